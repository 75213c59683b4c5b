// SPDX-License-Identifier: GPL-3.0-or-later
// run create, plan, show, close: a distribution day from the command line — the households due,
// the drivers who came, routes planned, and closing the day. Outcomes brought back from the paper
// sheets (run outcome) are in RunOutcomeCommands.cpp.

#include "app/cli/CliSupport.h"
#include "app/cli/Commands.h"
#include "app/cli/RunSupport.h"
#include "core/io/Csv.h"
#include "core/people/FieldParser.h"
#include "core/people/People.h"
#include "core/runs/Outcomes.h"
#include "core/runs/Packages.h"
#include "core/runs/Runs.h"
#include "core/storage/Store.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace larder::cli {

namespace {

// A driver's hour for JSON: "14:00", or null.
QJsonValue hourJson(const QTime& time) {
    return time.isValid() ? QJsonValue(time.toString(u"HH:mm"_s)) : QJsonValue();
}

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(larder::cli::RunCommands)
};

QString km(qint64 metres) {
    return QString::number(double(metres) / 1000.0, 'f', 1);
}

QString minutes(qint64 seconds) {
    return QString::number((seconds + 30) / 60);
}

QJsonObject stopJson(const runs::RunStop& stop) {
    QJsonObject object{{u"id"_s, stop.id},
                       {u"name"_s, stop.name},
                       {u"address"_s, stop.address},
                       {u"postal_code"_s, stop.postalCode},
                       {u"boxes"_s, stop.boxes},
                       {u"placed_by_postal_area"_s, stop.placedByPostalArea},
                       {u"has_coordinates"_s, bool(stop.where)}};
    if (stop.position > 0)
        object.insert(u"stop"_s, stop.position);
    if (!stop.outcome.isEmpty())
        object.insert(u"outcome"_s, stop.outcome);
    return object;
}

// "Name - address", or the name alone for a stop with no address (a supplier, a meeting point
// not on file).
QString nameAndAddress(const runs::RunStop& stop) {
    return stop.address.isEmpty() ? stop.name : stop.name + u" - "_s + stop.address;
}

// Prints the day: each route with its stops in order, then the stops on no route.
void printRun(Context& context, runs::Runs& runs, const runs::Run& run,
              const std::optional<runs::PlanReport>& report) {
    const QList<runs::RunDriver> drivers = runs.drivers(run.id);
    const QList<runs::RunStop> stops = runs.stops(run.id);
    QList<runs::RunStop> unplaced, withoutCoordinates;
    for (const runs::RunStop& stop : stops) {
        if (!stop.driverId.isEmpty())
            continue;
        if (!stop.where)
            withoutCoordinates << stop;
        else
            unplaced << stop;
    }

    const runs::WorkSpread spread = runs.workSpread(run.id);
    const auto idleReason = [&spread](const QString& driverId) {
        for (const runs::WorkSpread::Idle& idle : spread.idle) {
            if (idle.driverId == driverId)
                return idle.reason;
        }
        return QString();
    };

    if (context.isSet(u"json"_s)) {
        QJsonArray routes;
        for (const runs::RunDriver& driver : drivers) {
            QJsonArray routeStops;
            int boxes = 0;
            for (const runs::RunStop& stop : stops) {
                if (stop.driverId == driver.id) {
                    routeStops.append(stopJson(stop));
                    boxes += stop.boxes;
                }
            }
            routes.append(QJsonObject{{u"route"_s, driver.routeNo},
                                      {u"driver"_s, driver.personName},
                                      {u"driver_id"_s, driver.id},
                                      {u"capacity"_s, driver.capacity},
                                      {u"boxes"_s, boxes},
                                      {u"locked"_s, driver.locked},
                                      {u"distance_m"_s, driver.distanceMetres},
                                      {u"duration_s"_s, driver.durationSeconds},
                                      {u"available_from"_s, hourJson(driver.availableFrom)},
                                      {u"available_until"_s, hourJson(driver.availableUntil)},
                                      {u"stops"_s, routeStops}});
            if (const QString reason = idleReason(driver.id); !reason.isEmpty()) {
                QJsonObject route = routes.last().toObject();
                route.insert(u"no_stop_because"_s, reason);
                routes.replace(routes.size() - 1, route);
            }
        }
        auto list = [](const QList<runs::RunStop>& list) {
            QJsonArray array;
            for (const runs::RunStop& stop : list)
                array.append(stopJson(stop));
            return array;
        };
        QJsonObject root{{u"run_id"_s, run.id},
                         {u"date"_s, run.date.toString(Qt::ISODate)},
                         {u"kind"_s, run.kind},
                         {u"status"_s, run.status},
                         {u"routes"_s, routes},
                         {u"unplaced"_s, list(unplaced)},
                         {u"without_coordinates"_s, list(withoutCoordinates)},
                         {u"longest_route_s"_s, spread.longestSeconds},
                         {u"shortest_route_s"_s, spread.shortestSeconds},
                         {u"spread_s"_s, spread.spreadSeconds()}};
        if (report) {
            root.insert(u"distance_m"_s, report->distanceMetres);
            root.insert(u"cancelled"_s, report->cancelled);
        }
        printJson(context, root);
        return;
    }

    qint64 total = 0;
    for (const runs::RunDriver& driver : drivers)
        total += driver.distanceMetres;
    const QHash<QString, runs::RouteTimes> dayTimes = runs.routeTimes(run.id);
    context.out << Tr::tr("Distribution day %1 (%2, %3): %n stop(s)", "", int(stops.size()))
                       .arg(dateText(run.date), run.kind, run.status)
                << Tr::tr(", %n route(s), %1 km", "", int(drivers.size())).arg(km(total)) << '\n';
    if (spread.routesWithStops > 1)
        context.out << Tr::tr("Longest route %1 min, shortest %2 min: %3 min apart.")
                           .arg(minutes(spread.longestSeconds), minutes(spread.shortestSeconds),
                                minutes(spread.spreadSeconds()))
                    << '\n';
    for (const runs::RunDriver& driver : drivers) {
        int count = 0, boxes = 0;
        for (const runs::RunStop& stop : stops) {
            if (stop.driverId == driver.id) {
                ++count;
                boxes += stop.boxes;
            }
        }
        const QString who = driver.personName.isEmpty() ? Tr::tr("(no name)") : driver.personName;
        context.out << '\n'
                    << Tr::tr("Route %1 - %2: %3 stops, %4 of %5 boxes, %6 km, %7 min%8")
                           .arg(driver.routeNo)
                           .arg(who)
                           .arg(count)
                           .arg(boxes)
                           .arg(driver.capacity)
                           .arg(km(driver.distanceMetres), minutes(driver.durationSeconds),
                                driver.locked ? Tr::tr(" (locked)") : QString())
                    << '\n';
        if (const QString reason = idleReason(driver.id); !reason.isEmpty())
            context.out << Tr::tr("  No stop: %1.").arg(reason) << '\n';
        const runs::RouteTimes times = count > 0 ? dayTimes.value(driver.id) : runs::RouteTimes{};
        if (times.departure.isValid())
            context.out << Tr::tr("  Leaves at %1.").arg(times.departure.toString(u"HH:mm"_s))
                        << (driver.availableUntil.isValid()
                                ? u' ' + Tr::tr("Back by %1 (the driver's hours).")
                                             .arg(driver.availableUntil.toString(u"HH:mm"_s))
                                : QString())
                        << '\n';
        for (const runs::RunStop& stop : stops) {
            if (stop.driverId != driver.id)
                continue;
            QString line = u"  %1. %2"_s.arg(stop.position).arg(nameAndAddress(stop));
            if (const QTime at = times.arrival.value(stop.id); at.isValid())
                line += Tr::tr(" - about %1").arg(at.toString(u"HH:mm"_s));
            if (stop.windowStart.isValid())
                line += Tr::tr(" (window %1-%2)")
                            .arg(stop.windowStart.toString(u"HH:mm"_s),
                                 stop.windowEnd.toString(u"HH:mm"_s));
            if (const int late = times.minutesLate.value(stop.id); late > 0)
                line += Tr::tr(" [%1 min late]").arg(late);
            if (stop.boxes != 1)
                line += Tr::tr(" (%1 boxes)").arg(stop.boxes);
            if (stop.placedByPostalArea)
                line += Tr::tr(" [placed by postal code %1]").arg(stop.postalCode);
            if (!stop.outcome.isEmpty())
                line += u" ["_s + runs::outcome::label(stop.outcome) + u']';
            context.out << line << '\n';
        }
    }
    auto printList = [&context](const QString& title, const QList<runs::RunStop>& list) {
        if (list.isEmpty())
            return;
        context.out << '\n' << title << '\n';
        for (const runs::RunStop& stop : list)
            context.out << u"  %1 (%2)"_s.arg(nameAndAddress(stop), stop.id) << '\n';
    };
    printList(Tr::tr("On no route (no driver could take them within their limits):"), unplaced);
    printList(Tr::tr("Without coordinates (add them, or put the stop on a route by hand):"),
              withoutCoordinates);
    context.out.flush();
}

// ---- plan ----

int runPlan(Context& context) {
    const QDate date = dateOption(context);
    const qint64 timeLimit = context.integer(u"time-limit-ms"_s, -1, 1, 3600000);
    const quint64 seed = context.unsignedInteger(u"seed"_s, 1);
    QStringList names;
    if (context.isSet(u"drivers"_s)) {
        for (const QString& name : context.value(u"drivers"_s).split(u',', Qt::SkipEmptyParts))
            names << name.trimmed();
        if (names.isEmpty())
            throw UsageProblem{Tr::tr("--drivers needs at least one name")};
    }
    const QString kind = kindOption(context);
    auto opened = context.openPantry();
    if (!opened)
        return context.fail(opened.error());
    Store& store = **opened;
    runs::Runs runs(store);
    people::People people(store);

    // Who drives: the people named, or the drivers who usually come on that weekday.
    QList<people::Person> drivers;
    if (!names.isEmpty()) {
        const QList<people::Person> everyone = people.all();
        for (const QString& name : std::as_const(names)) {
            auto found =
                std::find_if(everyone.begin(), everyone.end(), [&name](const people::Person& p) {
                    return p.displayName.compare(name, Qt::CaseInsensitive) == 0;
                });
            if (found == everyone.end())
                return context.fail(Error::invalidInput(
                    Tr::tr("Nobody called \"%1\" is on file.").arg(name),
                    Tr::tr("Check the spelling; larder-cli people lists everyone.")));
            drivers << *found;
        }
    } else {
        const QString weekday = people::vocabulary::weekdays().at(date.dayOfWeek() - 1);
        for (const people::Person& p : people.drivers()) {
            if (p.usualDays.contains(weekday) && p.vehicleCapacity > 0)
                drivers << p;
        }
        if (drivers.isEmpty())
            return context.fail(
                Error::invalidInput(Tr::tr("No driver usually comes on %1.").arg(dateText(date)),
                                    Tr::tr("Name the drivers who came with --drivers NAME,NAME.")));
    }

    std::optional<runs::Run> run = runOn(runs, date, kind);
    if (!run) {
        auto created = runs.create(date, kind.isEmpty() ? runs::kind::Delivery : kind);
        if (!created)
            return context.fail(created.error());
        run = runs.run(created.value());
    }
    QSet<QString> already;
    for (const runs::RunDriver& driver : runs.drivers(run->id))
        already.insert(driver.personId);
    for (const people::Person& person : std::as_const(drivers)) {
        if (already.contains(person.id))
            continue;
        runs::RunDriver driver;
        driver.personId = person.id;
        if (person.start)
            driver.startKind = u"home"_s;
        auto added = runs.addDriver(run->id, driver);
        if (!added)
            return context.fail(added.error());
    }

    runs::PlanOptions options;
    options.timeLimitMs = timeLimit;
    options.seed = seed;
    auto planned = runs.plan(run->id, options);
    if (!planned)
        return context.fail(planned.error());
    printRun(context, runs, *runs.run(run->id), planned.value());
    return Success;
}

Command planCommand() {
    Command plan;
    plan.name = u"plan"_s;
    plan.needsDetails = true;
    plan.summary = Tr::tr("Plan a distribution day's routes.");
    plan.description = Tr::tr(
        "Makes the day's delivery run if there is none (the households due by their schedules "
        "become its stops), adds the drivers (those named, or the drivers who usually come on "
        "that weekday; a driver with a home start on file starts there), plans the routes from "
        "the pantry's coordinates and prints them: each route's stops in order with the "
        "household's name and address, its kilometres and minutes, and the stops that are on no "
        "route.");
    plan.description += u' ' + Tr::tr("--kind supplier_pickup plans the day's collection from "
                                      "suppliers instead (made if there is none: the suppliers "
                                      "whose pickup day it is become its stops).");
    plan.synopsis = u"--date YYYY-MM-DD [--kind K] [--drivers NAME,...] [--time-limit-ms T] "
                    "[--seed S] [--json]"_s;
    plan.options = {
        dateOptionSpec(),
        kindOptionSpec(),
        QCommandLineOption(u"drivers"_s, Tr::tr("the drivers who came, by name"), u"NAME,..."_s),
        QCommandLineOption(u"time-limit-ms"_s, Tr::tr("how long to search (default: the setting)"),
                           u"T"_s),
        QCommandLineOption(u"seed"_s, Tr::tr("the search's seed (default 1)"), u"S"_s),
        jsonOption()};
    plan.example = u"larder-cli --db pantry.larder run plan --date 2026-03-07 --drivers Ama,Jean"_s;
    plan.run = runPlan;
    return plan;
}

// ---- show ----

int runShow(Context& context) {
    const QDate date = dateOption(context);
    auto day = openDayRun(context, date, kindOption(context));
    if (!day)
        return context.fail(day.error());
    printRun(context, *day->runs, day->run, std::nullopt);
    return Success;
}

Command showCommand() {
    Command show;
    show.name = u"show"_s;
    show.needsDetails = true;
    show.summary = Tr::tr("Print a distribution day's routes.");
    show.description = Tr::tr("Prints the day's routes as run plan does, without planning.");
    show.synopsis = u"--date YYYY-MM-DD [--kind K] [--json]"_s;
    show.options = {dateOptionSpec(), kindOptionSpec(), jsonOption()};
    show.example = u"larder-cli --db pantry.larder run show --date 2026-03-07 --json"_s;
    show.run = runShow;
    return show;
}

// ---- close ----

int runClose(Context& context) {
    const QDate date = dateOption(context);
    auto day = openDayRun(context, date);
    if (!day)
        return context.fail(day.error());
    auto closed = day->runs->close(day->run.id);
    if (!closed)
        return context.fail(closed.error());
    context.out << Tr::tr("The distribution day of %1 is closed.").arg(dateText(date)) << '\n';
    context.out.flush();
    return Success;
}

Command closeCommand() {
    Command close;
    close.name = u"close"_s;
    close.summary = Tr::tr("Close a distribution day.");
    close.description =
        Tr::tr("Closes the day once every stop has an outcome; otherwise says how many are left.");
    close.synopsis = u"--date YYYY-MM-DD"_s;
    close.options = {dateOptionSpec()};
    close.example = u"larder-cli --db pantry.larder run close --date 2026-03-07"_s;
    close.run = runClose;
    return close;
}

// ---- create ----

int runCreate(Context& context) {
    const QDate date = dateOption(context);
    const QString kind = kindOption(context).isEmpty() ? runs::kind::Delivery : kindOption(context);
    auto opened = context.openPantry();
    if (!opened)
        return context.fail(opened.error());
    runs::Runs runs(**opened);
    auto created = runs.create(date, kind, context.value(u"name"_s));
    if (!created)
        return context.fail(created.error());
    context.out << Tr::tr("Made the %1 day of %2 (%3) with %4 proposed stop(s).")
                       .arg(kind, dateText(date), *created)
                       .arg(runs.stops(*created).size())
                << '\n';
    context.out.flush();
    return Success;
}

Command createCommand() {
    Command create;
    create.name = u"create"_s;
    create.needsDetails = true;
    create.summary = Tr::tr("Make a distribution day and propose its stops.");
    create.description = Tr::tr(
        "Makes a day of the given kind: for a delivery or a pick-up at the pantry the households "
        "due by their schedules become its stops; for a collection from suppliers, the "
        "suppliers whose pickup day it is. A day may hold several runs.");
    create.synopsis = u"--date YYYY-MM-DD [--kind delivery|pickup|supplier_pickup] [--name N]"_s;
    create.options = {
        dateOptionSpec(),
        QCommandLineOption(u"kind"_s, Tr::tr("the kind of day (default delivery)"), u"KIND"_s),
        QCommandLineOption(u"name"_s, Tr::tr("a name for the day"), u"NAME"_s)};
    create.example =
        u"larder-cli --db pantry.larder run create --date 2026-03-07 --kind supplier_pickup"_s;
    create.run = runCreate;
    return create;
}

} // namespace

// ---- RunSupport.h ----

QDate dateOption(const Context& context) {
    const QString text = context.value(u"date"_s).trimmed();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        throw UsageProblem{
            Tr::tr("--date must be a date such as 2026-03-07, not \"%1\"").arg(text)};
    return date;
}

std::optional<runs::Run> runOn(runs::Runs& runs, const QDate& date, const QString& kind) {
    const QList<runs::Run> onDate = runs.runsOn(date);
    for (const runs::Run& run : onDate) {
        if (run.kind == (kind.isEmpty() ? runs::kind::Delivery : kind))
            return run;
    }
    if (!onDate.isEmpty() && kind.isEmpty())
        return onDate.first();
    return std::nullopt;
}

Error noRun(const QDate& date) {
    return Error::invalidInput(
        Tr::tr("There is no distribution day on %1.").arg(dateText(date)),
        Tr::tr("Plan one first: larder-cli run plan --date %1").arg(dateText(date)));
}

QCommandLineOption kindOptionSpec() {
    return QCommandLineOption(u"kind"_s,
                              Tr::tr("which of the day's runs: delivery (the default), pickup or "
                                     "supplier_pickup"),
                              u"K"_s);
}

QString kindOption(const Context& context) {
    const QString kind = context.value(u"kind"_s).trimmed();
    if (!kind.isEmpty() && !runs::kind::all().contains(kind))
        throw UsageProblem{Tr::tr("--kind must be one of: %1").arg(runs::kind::all().join(u", "))};
    return kind;
}

Result<DayRun> openDayRun(const Context& context, const QDate& date, const QString& kind) {
    auto opened = context.openPantry();
    if (!opened)
        return opened.error();
    DayRun day;
    day.store = std::move(*opened);
    day.runs = std::make_unique<runs::Runs>(*day.store);
    const auto run = runOn(*day.runs, date, kind);
    if (!run)
        return noRun(date);
    day.run = *run;
    return day;
}

QCommandLineOption dateOptionSpec() {
    return QCommandLineOption(u"date"_s, Tr::tr("the distribution day"), u"YYYY-MM-DD"_s);
}

QList<Command> runCommands() {
    Command run;
    run.name = u"run"_s;
    run.summary =
        Tr::tr("Distribution days: make one, plan routes, show them, record outcomes, close.");
    run.description = Tr::tr("Give a subcommand: create, plan, show, outcome or close.");
    run.synopsis = u"create | plan | show | outcome | close ..."_s;
    run.example = u"larder-cli --db pantry.larder run plan --date 2026-03-07"_s;
    run.run = [](Context&) -> int {
        throw UsageProblem{Tr::tr("run needs a subcommand: create, plan, show, outcome or close")};
    };
    run.subcommands = {createCommand(), planCommand(), showCommand(), runOutcomeCommand(),
                       closeCommand()};
    return {run};
}

} // namespace larder::cli
