// SPDX-License-Identifier: GPL-3.0-or-later
// count (start, sheet, review, confirm, cancel, and the open counts): comparing the shelf with the
// ledger. Count sheets are written as CSV through core/io, so a sheet is safe to open in a
// spreadsheet; count enter, which reads them back, is in CountEnterCommands.cpp.

#include "app/cli/Commands.h"
#include "app/cli/CountSupport.h"
#include "app/cli/StockSupport.h"
#include "core/io/Csv.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace larder::cli {

using namespace larder::inventory;

namespace {} // namespace

StockCount requireCount(const Inventory& inventory, const QString& countId, bool mustBeOpen) {
    const auto count = inventory.count(countId);
    if (!count) {
        QStringList open;
        for (const StockCount& c : inventory.openCounts())
            open.append(c.id);
        refuse(StockTr::tr("There is no count %1.").arg(countId),
               open.isEmpty() ? StockTr::tr("No count is open; start one with larder-cli --db FILE "
                                            "count start.")
                              : StockTr::tr("Open counts: %1.").arg(open.join(u", "_s)));
    }
    if (mustBeOpen && count->status != u"open")
        refuse(
            StockTr::tr("Count %1 is %2 already, so it cannot change.").arg(countId, count->status),
            StockTr::tr("Start a new count with larder-cli --db FILE count start."));
    return *count;
}

namespace {

QString countScope(const Inventory& inventory, const StockCount& count) {
    if (count.locationId.isEmpty())
        return StockTr::tr("all locations");
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
    context.out << StockTr::tr("Count %1 of %2, %3, started %4: %5 line(s).")
                       .arg(count.id, countScope(inventory, count), count.status,
                            localTime(count.startedAt), QString::number(count.lines.size()))
                << '\n';
    if (count.lines.isEmpty())
        return;
    Table table({StockTr::tr("Line"), StockTr::tr("Item"), StockTr::tr("Location"),
                 StockTr::tr("Expiry"), StockTr::tr("Expected"), StockTr::tr("Counted")},
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
    countStart.summary = StockTr::tr("Start a count and print its sheet.");
    countStart.description = StockTr::tr(
        "Starts a count of one location, or of every location when --location is left "
        "out, with one line per item and lot on hand there, and prints it: the count id "
        "on the first line (\"Count ID of ...\"), then the lines. Refused while another "
        "count of the same stock is open.");
    countStart.synopsis = u"[--location L] [--json | --csv]"_s;
    countStart.options = {
        QCommandLineOption(u"location"_s, StockTr::tr("count only this location"), u"L"_s),
        jsonOption(StockTr::tr("print the count as JSON")),
        QCommandLineOption(u"csv"_s, StockTr::tr("print the lines as CSV, ready for count enter "
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
    countSheet.summary = StockTr::tr("Print a count's lines.");
    countSheet.description = StockTr::tr(
        "Prints each line of the count: line id, item, location, lot expiry, expected "
        "(on hand when the count started) and counted, in the item's unit. --csv writes "
        "line_id,item,location,expiry,unit,expected,counted: fill in counted and give the "
        "file to count enter --file. --json prints {\"count\": {..., \"lines\": "
        "[{\"line_id\", \"item\", ..., \"expected\", \"counted\", \"on_hand\"}]}}.");
    countSheet.synopsis = u"COUNT_ID [--json | --csv]"_s;
    countSheet.arguments = {u"COUNT_ID"_s};
    countSheet.options = {jsonOption(),
                          QCommandLineOption(u"csv"_s, StockTr::tr("print the lines as CSV"))};
    countSheet.example = u"larder-cli --db pantry.larder count sheet COUNT_ID --csv > count.csv"_s;
    countSheet.run = handled(runCountSheet);
    return countSheet;
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
    context.out << StockTr::tr(
                       "Count %1 of %2 (%3): %4 difference(s); %5 of %6 line(s) not counted, "
                       "which confirming leaves as they are.")
                       .arg(count.id, countScope(pantry.inv(), count), count.status,
                            QString::number(differences.size()), QString::number(uncounted),
                            QString::number(count.lines.size()))
                << '\n';
    if (differences.isEmpty())
        return Success;
    Table table({StockTr::tr("Line"), StockTr::tr("Item"), StockTr::tr("Location"),
                 StockTr::tr("Expiry"), StockTr::tr("On hand"), StockTr::tr("Counted"),
                 StockTr::tr("Difference")},
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
    countReview.summary = StockTr::tr("Show the differences a count would post.");
    countReview.description = StockTr::tr(
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
                StockTr::tr("Confirmed count %1: %2 adjustment(s) posted with reason \"count\".")
                    .arg(count.id, QString::number(posted.movementIds.size())),
                posted);
    return Success;
}

Command countConfirmCommand() {
    Command countConfirm;
    countConfirm.name = u"confirm"_s;
    countConfirm.summary = StockTr::tr("Post a count's differences and close it.");
    countConfirm.description =
        StockTr::tr(
            "Posts one \"counted\" movement per counted line that differs from on hand, with "
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
    context.out << StockTr::tr("Cancelled count %1; stock is unchanged.").arg(count.id) << '\n';
    return Success;
}

Command countCancelCommand() {
    Command countCancel;
    countCancel.name = u"cancel"_s;
    countCancel.summary = StockTr::tr("Close a count without posting anything.");
    countCancel.description = StockTr::tr("Closes an open count; stock does not change.");
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
        context.out << StockTr::tr("No count is open.") << '\n';
        return Success;
    }
    Table table({StockTr::tr("Count"), StockTr::tr("Of"), StockTr::tr("Started")});
    for (const StockCount& count : open)
        table.add({count.id, countScope(pantry.inv(), count), localTime(count.startedAt)});
    table.print(context.out);
    return Success;
}

} // namespace

Command countCommand() {
    Command count;
    count.name = u"count"_s;
    count.summary = StockTr::tr("Stock counts: start, sheet, enter, review, confirm, cancel.");
    count.description = StockTr::tr(
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
