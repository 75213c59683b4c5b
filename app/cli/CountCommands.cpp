// SPDX-License-Identifier: GPL-3.0-or-later
// count (start, sheet, enter, review, confirm, cancel): comparing the shelf with the ledger.
// Count sheets are written, and counted quantities read, as CSV through core/io, so a sheet is
// safe to open in a spreadsheet and a file saved by one (UTF-16, Windows-1252, semicolons) reads.

#include "app/cli/Commands.h"
#include "app/cli/StockSupport.h"
#include "core/io/Csv.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace larder::cli {

using namespace larder::inventory;

namespace {

using Tr = StockTr;

StockCount requireCount(const Inventory& inventory, const QString& countId, bool mustBeOpen) {
    const auto count = inventory.count(countId);
    if (!count) {
        QStringList open;
        for (const StockCount& c : inventory.openCounts())
            open.append(c.id);
        refuse(Tr::tr("There is no count %1.").arg(countId),
               open.isEmpty() ? Tr::tr("No count is open; start one with larder-cli --db FILE "
                                       "count start.")
                              : Tr::tr("Open counts: %1.").arg(open.join(u", "_s)));
    }
    if (mustBeOpen && count->status != u"open")
        refuse(Tr::tr("Count %1 is %2 already, so it cannot change.").arg(countId, count->status),
               Tr::tr("Start a new count with larder-cli --db FILE count start."));
    return *count;
}

QString countScope(const Inventory& inventory, const StockCount& count) {
    if (count.locationId.isEmpty())
        return Tr::tr("all locations");
    for (const Location& location : inventory.locations(true)) {
        if (location.id == count.locationId)
            return location.name;
    }
    return count.locationId;
}

QJsonObject countLineJson(const CountLine& line) {
    return {{u"line_id"_s, line.id},
            {u"item"_s, line.itemName},
            {u"item_id"_s, line.itemId},
            {u"unit"_s, line.unit},
            {u"location"_s, line.locationName},
            {u"location_id"_s, line.locationId},
            {u"lot_id"_s, textOrNull(line.lotId)},
            {u"expiry"_s, dateJson(line.expiry)},
            {u"expected"_s, line.expected},
            {u"counted"_s, line.counted ? QJsonValue(*line.counted) : QJsonValue(QJsonValue::Null)},
            {u"on_hand"_s, line.onHandNow},
            {u"difference"_s,
             line.counted ? QJsonValue(line.difference()) : QJsonValue(QJsonValue::Null)}};
}

QJsonObject countJson(const Inventory& inventory, const StockCount& count) {
    QJsonArray lines;
    for (const CountLine& line : count.lines)
        lines.append(countLineJson(line));
    return {{u"id"_s, count.id},
            {u"location"_s, count.locationId.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                       : QJsonValue(countScope(inventory, count))},
            {u"location_id"_s, textOrNull(count.locationId)},
            {u"status"_s, count.status},
            {u"started_at"_s, count.startedAt},
            {u"confirmed_at"_s, textOrNull(count.confirmedAt)},
            {u"lines"_s, lines}};
}

void printSheet(Context& context, const Inventory& inventory, const StockCount& count) {
    if (context.isSet(u"json"_s)) {
        printJson(context, {{u"count"_s, countJson(inventory, count)}});
        return;
    }
    if (context.isSet(u"csv"_s)) {
        // core/io's quoting and formula neutralising, so an item called "=1+1" stays text in a
        // spreadsheet; one line per row, as before.
        auto row = [&context](const QStringList& values) {
            QStringList cells;
            for (const QString& value : values)
                cells.append(io::CsvWriter::quoted(io::CsvWriter::neutralised(value), u','));
            context.out << cells.join(u',') << '\n';
        };
        row({u"line_id"_s, u"item"_s, u"location"_s, u"expiry"_s, u"unit"_s, u"expected"_s,
             u"counted"_s});
        for (const CountLine& line : count.lines)
            row({line.id, line.itemName, line.locationName, dateText(line.expiry, {}), line.unit,
                 QString::number(line.expected),
                 line.counted ? QString::number(*line.counted) : QString()});
        return;
    }
    context.out << Tr::tr("Count %1 of %2, %3, started %4: %5 line(s).")
                       .arg(count.id, countScope(inventory, count), count.status,
                            localTime(count.startedAt), QString::number(count.lines.size()))
                << '\n';
    if (count.lines.isEmpty())
        return;
    Table table({Tr::tr("Line"), Tr::tr("Item"), Tr::tr("Location"), Tr::tr("Expiry"),
                 Tr::tr("Expected"), Tr::tr("Counted")},
                {4, 5});
    for (const CountLine& line : count.lines)
        table.add({line.id, line.itemName, line.locationName, dateText(line.expiry),
                   Quantities::format(line.expected, line.unit),
                   line.counted ? Quantities::format(*line.counted, line.unit) : QString()});
    table.print(context.out);
}

int runCountStart(Context& context) {
    const Pantry pantry = openPantry(context);
    const std::optional<Location> location = optionalLocation(context, pantry.inv());
    const QString id = checked(pantry.inventory->startCount(location ? location->id : QString()));
    printSheet(context, pantry.inv(), requireCount(pantry.inv(), id, false));
    return Success;
}

Command countStartCommand() {
    Command countStart;
    countStart.name = u"start"_s;
    countStart.summary = Tr::tr("Start a count and print its sheet.");
    countStart.description =
        Tr::tr("Starts a count of one location, or of every location when --location is left "
               "out, with one line per item and lot on hand there, and prints it: the count id "
               "on the first line (\"Count ID of ...\"), then the lines. Refused while another "
               "count of the same stock is open.");
    countStart.synopsis = u"[--location L] [--json | --csv]"_s;
    countStart.options = {
        QCommandLineOption(u"location"_s, Tr::tr("count only this location"), u"L"_s),
        jsonOption(Tr::tr("print the count as JSON")),
        QCommandLineOption(u"csv"_s, Tr::tr("print the lines as CSV, ready for count enter "
                                            "--file")),
    };
    countStart.example = u"larder-cli --db pantry.larder count start --location \"Shelf A\""_s;
    countStart.run = handled([](Context& context) {
        exclusive(context, u"json"_s, u"csv"_s);
        return runCountStart(context);
    });
    return countStart;
}

int runCountSheet(Context& context) {
    exclusive(context, u"json"_s, u"csv"_s);
    const Pantry pantry = openPantry(context);
    printSheet(context, pantry.inv(),
               requireCount(pantry.inv(), context.arguments.value(0), false));
    return Success;
}

Command countSheetCommand() {
    Command countSheet;
    countSheet.name = u"sheet"_s;
    countSheet.summary = Tr::tr("Print a count's lines.");
    countSheet.description =
        Tr::tr("Prints each line of the count: line id, item, location, lot expiry, expected "
               "(on hand when the count started) and counted, in the item's unit. --csv writes "
               "line_id,item,location,expiry,unit,expected,counted: fill in counted and give the "
               "file to count enter --file. --json prints {\"count\": {..., \"lines\": "
               "[{\"line_id\", \"item\", ..., \"expected\", \"counted\", \"on_hand\"}]}}.");
    countSheet.synopsis = u"COUNT_ID [--json | --csv]"_s;
    countSheet.arguments = {u"COUNT_ID"_s};
    countSheet.options = {jsonOption(),
                          QCommandLineOption(u"csv"_s, Tr::tr("print the lines as CSV"))};
    countSheet.example = u"larder-cli --db pantry.larder count sheet COUNT_ID --csv > count.csv"_s;
    countSheet.run = handled(runCountSheet);
    return countSheet;
}

// A counted quantity as typed: a whole number from 0. Empty string when fine, else why not.
QString countedError(const QString& text, qint64* value) {
    static const QRegularExpression digits(u"^[+]?\\d{1,9}$"_s);
    const QString trimmed = text.trimmed();
    if (!digits.match(trimmed).hasMatch() || trimmed.toLongLong() > 10'000'000)
        return Tr::tr("\"%1\" is not a counted quantity: type what is on the shelf as a whole "
                      "number, 0 if nothing.")
            .arg(text);
    *value = trimmed.toLongLong();
    return {};
}

// Saves counted quantities on an open count. Inventory saves one line per transaction, so the
// lines are all checked first, and if saving one still fails, the ones saved are put back.
void saveCounts(const Pantry& pantry, const StockCount& count,
                const QList<std::pair<QString, qint64>>& entries) {
    QHash<QString, std::optional<qint64>> before;
    for (const CountLine& line : count.lines)
        before.insert(line.id, line.counted);
    QStringList saved;
    for (const auto& [lineId, counted] : entries) {
        auto ok = pantry.inventory->enterCounted(lineId, counted);
        if (!ok) {
            for (const QString& undo : std::as_const(saved)) {
                auto restored = pantry.inventory->enterCounted(undo, before.value(undo));
                Q_UNUSED(restored);
            }
            checked(ok);
        }
        saved.append(lineId);
    }
}

// The counted quantities of a CSV file ("-": standard input) with columns line_id and counted,
// read by core/io (any encoding and separator a spreadsheet writes), all checked against the
// count before any is saved. Rows without a count are skipped and counted in `skipped`.
QList<std::pair<QString, qint64>> readCountFile(const QString& path, const StockCount& count,
                                                int* skipped) {
    const QString shownPath = path == u"-" ? u"stdin"_s : path;
    auto fileError = [&shownPath](int row, const QString& column, const QString& message,
                                  const QString& hint = {}) {
        Error error = Error::invalidInput(message, hint);
        error.path = shownPath;
        error.row = row;
        error.column = column;
        return Refused{error};
    };
    QFile file;
    bool opened = false;
    if (path == u"-") {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened) {
        const bool exists = QFileInfo::exists(path);
        Error error = Error::invalidInput(
            exists ? Tr::tr("Larder could not read this file (%1).").arg(file.errorString())
                   : Tr::tr("This file does not exist."),
            Tr::tr("Check the name after --file."));
        if (!exists)
            error.kind = Error::Kind::NotFound;
        error.path = path;
        throw Refused{error};
    }
    const QByteArray bytes = file.readAll();
    const QString header = Tr::tr("The first row must name the columns: line_id,counted (count "
                                  "sheet COUNT_ID --csv writes such a file); nothing was saved.");
    if (bytes.trimmed().isEmpty())
        throw fileError(1, {}, Tr::tr("The file is empty."), header);
    const io::CsvTable table = checked(io::CsvReader::parse(bytes, shownPath));
    auto column = [&table](const QString& name) {
        for (qsizetype i = 0; i < table.header.size(); ++i) {
            if (table.header.at(i).compare(name, Qt::CaseInsensitive) == 0)
                return i;
        }
        return qsizetype(-1);
    };
    const qsizetype lineColumn = column(u"line_id"_s);
    const qsizetype countedColumn = column(u"counted"_s);
    if (lineColumn < 0)
        throw fileError(1, u"line_id"_s, Tr::tr("There is no line_id column."), header);
    if (countedColumn < 0)
        throw fileError(1, u"counted"_s, Tr::tr("There is no counted column."), header);

    QSet<QString> onCount;
    for (const CountLine& line : count.lines)
        onCount.insert(line.id);
    QHash<QString, int> seenAt;
    QList<std::pair<QString, qint64>> entries;
    *skipped = 0;
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        const QStringList& values = table.rows.at(i);
        const int row = table.rowNumbers.at(i);
        const QString lineId = values.value(lineColumn).trimmed();
        const QString counted = values.value(countedColumn).trimmed();
        if (std::all_of(values.cbegin(), values.cend(),
                        [](const QString& value) { return value.trimmed().isEmpty(); }))
            continue; // a row of empty cells
        if (counted.isEmpty()) {
            ++*skipped;
            continue;
        }
        if (lineId.isEmpty())
            throw fileError(row, u"line_id"_s, Tr::tr("This row has a count but no line_id."),
                            Tr::tr("Copy the line's id from the count sheet; nothing was saved."));
        if (!onCount.contains(lineId))
            throw fileError(row, u"line_id"_s,
                            Tr::tr("\"%1\" is not a line of count %2.").arg(lineId, count.id),
                            Tr::tr("Check the line id against the count sheet; nothing was "
                                   "saved."));
        if (seenAt.contains(lineId))
            throw fileError(row, u"line_id"_s,
                            Tr::tr("Line %1 is on row %2 already.").arg(lineId).arg(seenAt[lineId]),
                            Tr::tr("Keep one row per line; nothing was saved."));
        seenAt.insert(lineId, row);
        qint64 value = 0;
        const QString why = countedError(counted, &value);
        if (!why.isEmpty())
            throw fileError(row, u"counted"_s, why, Tr::tr("Nothing was saved."));
        entries.append({lineId, value});
    }
    return entries;
}

int runCountEnter(Context& context) {
    exclusive(context, u"line"_s, u"file"_s);
    if (!context.isSet(u"line"_s) && !context.isSet(u"file"_s))
        throw UsageProblem{Tr::tr("say what was counted: --line LINE_ID --counted N, or "
                                  "--file F.csv")};
    onlyWith(context, u"counted"_s, u"line"_s);
    if (context.isSet(u"line"_s))
        required(context, u"counted"_s, u"N"_s);
    const Pantry pantry = openPantry(context);
    const StockCount count = requireCount(pantry.inv(), context.arguments.value(0), true);

    if (context.isSet(u"file"_s)) {
        int skipped = 0;
        const auto entries =
            readCountFile(required(context, u"file"_s, u"F.csv"_s), count, &skipped);
        saveCounts(pantry, count, entries);
        context.out << Tr::tr("Saved the count of %1 line(s) on count %2; %3 row(s) without a "
                              "count were skipped.")
                           .arg(QString::number(entries.size()), count.id, QString::number(skipped))
                    << '\n';
        return Success;
    }

    const QString lineId = required(context, u"line"_s, u"LINE_ID"_s);
    const auto line = std::find_if(count.lines.cbegin(), count.lines.cend(),
                                   [&lineId](const CountLine& l) { return l.id == lineId; });
    if (line == count.lines.cend())
        refuseFlag(u"line"_s, Tr::tr("\"%1\" is not a line of count %2.").arg(lineId, count.id),
                   Tr::tr("See the lines with larder-cli --db FILE count sheet %1.").arg(count.id));
    qint64 value = 0;
    const QString why = countedError(context.value(u"counted"_s), &value);
    if (!why.isEmpty())
        refuseFlag(u"counted"_s, why);
    saveCounts(pantry, count, {{lineId, value}});
    context.out << Tr::tr("Counted %1 of \"%2\" at %3, %4 (on hand %5, difference %6).")
                       .arg(Quantities::format(value, line->unit), line->itemName,
                            line->locationName, lotText(line->expiry),
                            Quantities::format(line->onHandNow, line->unit),
                            Quantities::formatSigned(value - line->onHandNow, line->unit))
                << '\n';
    return Success;
}

Command countEnterCommand() {
    Command countEnter;
    countEnter.name = u"enter"_s;
    countEnter.summary = Tr::tr("Enter counted quantities, one line or a CSV file.");
    countEnter.description = Tr::tr(
        "Saves what was counted on the shelf: --line LINE_ID --counted N for one line, or "
        "--file F.csv for many (\"-\" reads standard input). The file's first row names its "
        "columns; it needs line_id and counted, any others are ignored (so a filled-in count "
        "sheet --csv works), and it may be separated by commas, semicolons or tabs. Rows with an "
        "empty counted are skipped. Any bad row saves nothing, and the message names the file, "
        "the row (the header is row 1) and the column. Entering a line again replaces its "
        "count.");
    countEnter.synopsis = u"COUNT_ID (--line LINE_ID --counted N | --file F.csv)"_s;
    countEnter.arguments = {u"COUNT_ID"_s};
    countEnter.options = {
        QCommandLineOption(u"line"_s, Tr::tr("the line's id, from count sheet"), u"LINE_ID"_s),
        QCommandLineOption(u"counted"_s, Tr::tr("what is on the shelf, 0 if nothing"), u"N"_s),
        QCommandLineOption(u"file"_s, Tr::tr("a CSV file with columns line_id,counted"),
                           u"F.csv"_s),
    };
    countEnter.example = u"larder-cli --db pantry.larder count enter COUNT_ID --file count.csv"_s;
    countEnter.run = handled(runCountEnter);
    return countEnter;
}

int runCountReview(Context& context) {
    const Pantry pantry = openPantry(context);
    const StockCount count = requireCount(pantry.inv(), context.arguments.value(0), false);
    QList<CountLine> differences;
    int uncounted = 0;
    for (const CountLine& line : count.lines) {
        if (!line.counted)
            ++uncounted;
        else if (line.difference() != 0)
            differences.append(line);
    }
    if (context.isSet(u"json"_s)) {
        QJsonArray list;
        for (const CountLine& line : std::as_const(differences))
            list.append(countLineJson(line));
        printJson(context, {{u"count_id"_s, count.id},
                            {u"status"_s, count.status},
                            {u"total_lines"_s, count.lines.size()},
                            {u"uncounted"_s, uncounted},
                            {u"differences"_s, list}});
        return Success;
    }
    context.out << Tr::tr("Count %1 of %2 (%3): %4 difference(s); %5 of %6 line(s) not counted, "
                          "which confirming leaves as they are.")
                       .arg(count.id, countScope(pantry.inv(), count), count.status,
                            QString::number(differences.size()), QString::number(uncounted),
                            QString::number(count.lines.size()))
                << '\n';
    if (differences.isEmpty())
        return Success;
    Table table({Tr::tr("Line"), Tr::tr("Item"), Tr::tr("Location"), Tr::tr("Expiry"),
                 Tr::tr("On hand"), Tr::tr("Counted"), Tr::tr("Difference")},
                {4, 5, 6});
    for (const CountLine& line : std::as_const(differences))
        table.add({line.id, line.itemName, line.locationName, dateText(line.expiry),
                   Quantities::format(line.onHandNow, line.unit),
                   Quantities::format(*line.counted, line.unit),
                   Quantities::formatSigned(line.difference(), line.unit)});
    table.print(context.out);
    return Success;
}

Command countReviewCommand() {
    Command countReview;
    countReview.name = u"review"_s;
    countReview.summary = Tr::tr("Show the differences a count would post.");
    countReview.description = Tr::tr(
        "Lists the counted lines whose count differs from what is on hand now, and how "
        "many lines are not counted yet. The difference is counted minus on hand now, "
        "which is what confirm posts. --json prints {\"count_id\", \"status\", \"total_lines\", "
        "\"uncounted\", \"differences\": [...]}.");
    countReview.synopsis = u"COUNT_ID [--json]"_s;
    countReview.arguments = {u"COUNT_ID"_s};
    countReview.options = {jsonOption()};
    countReview.example = u"larder-cli --db pantry.larder count review COUNT_ID"_s;
    countReview.run = handled(runCountReview);
    return countReview;
}

int runCountConfirm(Context& context) {
    const Pantry pantry = openPantry(context);
    const StockCount count = requireCount(pantry.inv(), context.arguments.value(0), true);
    const Posted posted = checked(pantry.inventory->confirmCount(count.id));
    printPosted(context, pantry, u"count confirm"_s,
                Tr::tr("Confirmed count %1: %2 adjustment(s) posted with reason \"count\".")
                    .arg(count.id, QString::number(posted.movementIds.size())),
                posted);
    return Success;
}

Command countConfirmCommand() {
    Command countConfirm;
    countConfirm.name = u"confirm"_s;
    countConfirm.summary = Tr::tr("Post a count's differences and close it.");
    countConfirm.description =
        Tr::tr("Posts one \"counted\" movement per counted line that differs from on hand, with "
               "reason \"count\", and closes the count; all in one transaction. ") +
        changeHelp();
    countConfirm.synopsis = u"COUNT_ID [--json]"_s;
    countConfirm.arguments = {u"COUNT_ID"_s};
    countConfirm.options = {jsonOption()};
    countConfirm.example = u"larder-cli --db pantry.larder count confirm COUNT_ID"_s;
    countConfirm.run = handled(runCountConfirm);
    return countConfirm;
}

int runCountCancel(Context& context) {
    const Pantry pantry = openPantry(context);
    const StockCount count = requireCount(pantry.inv(), context.arguments.value(0), true);
    checked(pantry.inventory->cancelCount(count.id));
    context.out << Tr::tr("Cancelled count %1; stock is unchanged.").arg(count.id) << '\n';
    return Success;
}

Command countCancelCommand() {
    Command countCancel;
    countCancel.name = u"cancel"_s;
    countCancel.summary = Tr::tr("Close a count without posting anything.");
    countCancel.description = Tr::tr("Closes an open count; stock does not change.");
    countCancel.synopsis = u"COUNT_ID"_s;
    countCancel.arguments = {u"COUNT_ID"_s};
    countCancel.example = u"larder-cli --db pantry.larder count cancel COUNT_ID"_s;
    countCancel.run = handled(runCountCancel);
    return countCancel;
}

// ---- count: the open counts, and the subcommands ----

int runCountList(Context& context) {
    const Pantry pantry = openPantry(context);
    const QList<StockCount> open = pantry.inv().openCounts();
    if (context.isSet(u"json"_s)) {
        QJsonArray list;
        for (const StockCount& count : open) {
            QJsonObject object = countJson(pantry.inv(), count);
            object.remove(u"lines"_s);
            list.append(object);
        }
        printJson(context, {{u"counts"_s, list}});
        return Success;
    }
    if (open.isEmpty()) {
        context.out << Tr::tr("No count is open.") << '\n';
        return Success;
    }
    Table table({Tr::tr("Count"), Tr::tr("Of"), Tr::tr("Started")});
    for (const StockCount& count : open)
        table.add({count.id, countScope(pantry.inv(), count), localTime(count.startedAt)});
    table.print(context.out);
    return Success;
}

} // namespace

Command countCommand() {
    Command count;
    count.name = u"count"_s;
    count.summary = Tr::tr("Stock counts: start, sheet, enter, review, confirm, cancel.");
    count.description = Tr::tr(
        "A count compares the shelf with the ledger. Start one for a location or for all; print "
        "its sheet; enter what was counted, line by line or from a CSV file (partial counts are "
        "fine: lines not counted stay as they are); review the differences; confirm, which posts "
        "one \"counted\" movement per difference with reason \"count\", so every discrepancy "
        "stays in the history. Without a subcommand, lists the open counts.");
    count.synopsis = u"[start|sheet|enter|review|confirm|cancel] ..."_s;
    count.options = {jsonOption()};
    count.example = u"larder-cli --db pantry.larder count start --location Fridge"_s;
    count.run = handled(runCountList);
    count.subcommands = {countStartCommand(),  countSheetCommand(),   countEnterCommand(),
                         countReviewCommand(), countConfirmCommand(), countCancelCommand()};
    return count;
}

} // namespace larder::cli
