// SPDX-License-Identifier: GPL-3.0-or-later
// run outcome: what happened at each stop, brought back from the paper route sheets one stop at a
// time or as a whole CSV file (the rest of run is in RunCommands.cpp).

#include "app/cli/CliSupport.h"
#include "app/cli/RunSupport.h"
#include "app/cli/SyncSupport.h"
#include "core/io/Csv.h"
#include "core/runs/Packages.h"
#include "core/runs/Runs.h"
#include "core/storage/Store.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace larder::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(larder::cli::RunCommands)
};

// An outcome as typed: its key, or its number on the sheet (1-5); "none" clears.
std::optional<QString> parseOutcome(const QString& text) {
    const QString key = text.trimmed().toLower().replace(u' ', u'_').replace(u'-', u'_');
    if (key == u"none" || key == u"clear")
        return QString();
    if (runs::outcome::all().contains(key))
        return key;
    bool isNumber = false;
    const int number = key.toInt(&isNumber);
    if (isNumber && number >= 1 && number <= runs::outcome::all().size())
        return runs::outcome::all().at(number - 1);
    return std::nullopt;
}

QString outcomeChoices() {
    return Tr::tr("Use one of: %1 (or 1-5 in that order).").arg(runs::outcome::all().join(u", "));
}

// The stop at `stop` on route `route` of the run, or an error naming what is missing.
Result<QString> stopAt(const QList<runs::RunDriver>& drivers, const QList<runs::RunStop>& stops,
                       int route, int stop) {
    const auto driver =
        std::find_if(drivers.begin(), drivers.end(),
                     [route](const runs::RunDriver& d) { return d.routeNo == route; });
    if (driver == drivers.end())
        return Error::invalidInput(Tr::tr("There is no route %1 on this day.").arg(route),
                                   Tr::tr("Routes are numbered 1 to %1.").arg(drivers.size()));
    for (const runs::RunStop& s : stops) {
        if (s.driverId == driver->id && s.position == stop)
            return s.id;
    }
    return Error::invalidInput(Tr::tr("Route %1 has no stop %2.").arg(route).arg(stop),
                               Tr::tr("Check the stop's number on the route sheet."));
}

int runOutcome(Context& context) {
    const QDate date = dateOption(context);
    const bool fromFile = context.isSet(u"file"_s);
    if (fromFile == context.isSet(u"stop"_s))
        throw UsageProblem{Tr::tr("give either --stop with --outcome, or --file")};
    std::optional<QString> single;
    if (!fromFile) {
        if (!context.isSet(u"outcome"_s))
            throw UsageProblem{Tr::tr("--stop needs --outcome")};
        single = parseOutcome(context.value(u"outcome"_s));
        if (!single)
            throw UsageProblem{Tr::tr("--outcome \"%1\" is not an outcome. %2")
                                   .arg(context.value(u"outcome"_s), outcomeChoices())};
    }
    auto day = openDayRun(context, date);
    if (!day)
        return context.fail(day.error());
    runs::Runs& runs = *day->runs;
    const runs::Run& run = day->run;
    const QList<runs::RunDriver> drivers = runs.drivers(run.id);
    const QList<runs::RunStop> stops = runs.stops(run.id);

    QList<runs::OutcomeEntry> entries;
    if (!fromFile) {
        // A stop id, or ROUTE:STOP as on the sheets.
        const QString given = context.value(u"stop"_s).trimmed();
        QString stopId;
        const QStringList parts = given.split(u':');
        bool routeOk = false, stopOk = false;
        if (parts.size() == 2) {
            const int route = parts.at(0).toInt(&routeOk);
            const int number = parts.at(1).toInt(&stopOk);
            if (routeOk && stopOk) {
                auto found = stopAt(drivers, stops, route, number);
                if (!found)
                    return context.fail(found.error());
                stopId = found.value();
            }
        }
        if (stopId.isEmpty()) {
            for (const runs::RunStop& stop : stops) {
                if (stop.id == given)
                    stopId = stop.id;
            }
        }
        if (stopId.isEmpty())
            return context.fail(Error::invalidInput(
                Tr::tr("\"%1\" is not a stop of the distribution day on %2.")
                    .arg(given, dateText(date)),
                Tr::tr("Give the stop's id (run show --json) or ROUTE:STOP, such as "
                       "2:5.")));
        entries.append({stopId, *single, context.value(u"note"_s)});
    } else {
        const QString path = context.value(u"file"_s);
        auto table = io::CsvReader::readFile(path);
        if (!table)
            return context.fail(table.error());
        if (!table->problems.isEmpty()) {
            Error error = table->problems.first();
            if (error.path.isEmpty())
                error.path = path;
            return context.fail(error);
        }
        auto columnOf = [&table](const QString& name) {
            for (int i = 0; i < table->header.size(); ++i) {
                if (table->header.at(i).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                    return i;
            }
            return -1;
        };
        const int routeColumn = columnOf(u"route"_s), stopColumn = columnOf(u"stop"_s),
                  outcomeColumn = columnOf(u"outcome"_s), noteColumn = columnOf(u"note"_s);
        for (const auto& [column, name] :
             {std::pair{routeColumn, u"route"_s}, std::pair{stopColumn, u"stop"_s},
              std::pair{outcomeColumn, u"outcome"_s}}) {
            if (column < 0) {
                Error error =
                    Error::invalidInput(Tr::tr("The file has no \"%1\" column.").arg(name),
                                        Tr::tr("The first row must name the columns route, stop, "
                                               "outcome and note."));
                error.path = path;
                error.row = 1;
                error.column = name;
                return context.fail(error);
            }
        }
        for (int r = 0; r < table->rows.size(); ++r) {
            const QStringList& row = table->rows.at(r);
            auto cell = [&row](int column) {
                return column >= 0 && column < row.size() ? row.at(column).trimmed() : QString();
            };
            auto fail = [&](const QString& column, const QString& message, const QString& hint) {
                Error error = Error::invalidInput(message, hint);
                error.path = path;
                error.row = table->rowNumbers.value(r, r + 2);
                error.column = column;
                return context.fail(error);
            };
            if (cell(outcomeColumn).isEmpty())
                continue; // not entered yet
            bool routeOk = false, stopOk = false;
            const int route = cell(routeColumn).toInt(&routeOk);
            const int number = cell(stopColumn).toInt(&stopOk);
            if (!routeOk)
                return fail(u"route"_s,
                            Tr::tr("\"%1\" is not a route number.").arg(cell(routeColumn)),
                            Tr::tr("Type the number on the route sheet, such as 2."));
            if (!stopOk)
                return fail(u"stop"_s, Tr::tr("\"%1\" is not a stop number.").arg(cell(stopColumn)),
                            Tr::tr("Type the stop's number on the route sheet, such as 5."));
            const auto outcome = parseOutcome(cell(outcomeColumn));
            if (!outcome)
                return fail(u"outcome"_s,
                            Tr::tr("\"%1\" is not an outcome.").arg(cell(outcomeColumn)),
                            outcomeChoices());
            auto found = stopAt(drivers, stops, route, number);
            if (!found)
                return fail(u"stop"_s, found.error().message, found.error().hint);
            entries.append({found.value(), *outcome, cell(noteColumn)});
        }
    }
    auto recorded = runs.recordOutcomes(entries);
    if (!recorded)
        return context.fail(recorded.error());
    int missing = 0;
    for (const runs::RunStop& stop : runs.stops(run.id))
        missing += stop.outcome.isEmpty() ? 1 : 0;
    context.out << Tr::tr("Recorded %n outcome(s).", "", int(entries.size())) << ' '
                << (missing == 0 ? Tr::tr("Every stop has an outcome; the day is closed.")
                                 : Tr::tr("%n stop(s) still have no outcome.", "", missing))
                << '\n';
    if (run.kind != runs::kind::SupplierPickup &&
        runs::Packages(*day->store).allocations(run.id).isEmpty())
        context.err << Tr::tr("Note: no stock was set aside for this day, so delivered boxes "
                              "took nothing from stock. Run packages allocate --date %1 before "
                              "recording outcomes.")
                           .arg(dateText(date))
                    << '\n';
    context.out.flush();
    return Success;
}

} // namespace

Command runOutcomeCommand() {
    Command outcome;
    outcome.name = u"outcome"_s;
    outcome.summary = Tr::tr("Record what happened at stops, from the route sheets.");
    outcome.description =
        Tr::tr(
            "Records one stop's outcome (--stop: the stop's id, or ROUTE:STOP as on the sheets), "
            "or "
            "a CSV file's (columns route, stop, outcome, note; rows without an outcome are "
            "skipped). "
            "Outcomes: %1, or their numbers 1-5; none clears one. Delivered boxes leave stock from "
            "the lots packed for them; the others' go back on the shelf. With any problem in the "
            "file nothing is recorded. The day closes when every stop has an outcome.")
            .arg(runs::outcome::all().join(u", "));
    outcome.synopsis =
        u"--date YYYY-MM-DD (--stop STOP --outcome OUTCOME [--note TEXT] | --file FILE.csv)"_s;
    outcome.options = {
        dateOptionSpec(),
        QCommandLineOption(u"stop"_s, Tr::tr("the stop: its id, or ROUTE:STOP"), u"STOP"_s),
        QCommandLineOption(u"outcome"_s, Tr::tr("what happened"), u"OUTCOME"_s),
        QCommandLineOption(u"note"_s, Tr::tr("what the driver wrote"), u"TEXT"_s),
        QCommandLineOption(u"file"_s, Tr::tr("outcomes from a CSV file"), u"FILE.csv"_s),
        passphraseFileOption()}; // notes are personal: a locked pantry takes outcomes only
    outcome.example =
        u"larder-cli --db pantry.larder run outcome --date 2026-03-07 --file sheets.csv"_s;
    outcome.run = runOutcome;
    return outcome;
}

} // namespace larder::cli
