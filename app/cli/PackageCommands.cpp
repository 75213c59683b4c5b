// SPDX-License-Identifier: GPL-3.0-or-later
// The package commands: templates (what a household's package holds, by size) and packages
// (allocate a day's run first-expiry-first-out, its shortages, substitutes and the pick list).
// Each reads or changes the pantry file through runs::Packages only; every change is one
// Packages call, so one transaction, and a refused command changes nothing. Text output is an
// aligned table for people; --json gives the same facts to scripts.

#include "app/cli/Commands.h"
#include "app/cli/StockSupport.h"
#include "core/inventory/Inventory.h"
#include "core/inventory/Quantities.h"
#include "core/runs/Packages.h"
#include "core/runs/Runs.h"
#include "core/storage/Store.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace larder::cli {

namespace {

using namespace larder::runs;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(larder::cli::PackageCommands)
};

QCommandLineOption dateOption() {
    return QCommandLineOption(u"date"_s, Tr::tr("the run's day, YYYY-MM-DD"), u"D"_s);
}
QCommandLineOption runOption() {
    return QCommandLineOption(u"run"_s, Tr::tr("the run's id, when the day has several runs"),
                              u"ID"_s);
}

// The pantry open (StockSupport), with its packages. Opening failures are refusals (exit code 1).
struct PackagePantry : Pantry {
    std::unique_ptr<Packages> packages;
};

PackagePantry openPackages(const Context& context) {
    PackagePantry pantry{openPantry(context), nullptr};
    pantry.packages = std::make_unique<Packages>(*pantry.store);
    return pantry;
}

// The run a command works on: --run ID, or the one delivery or pickup run on --date.
QString findRun(const Context& context, Store& store) {
    runs::Runs runs(store);
    if (context.isSet(u"run"_s)) {
        const QString id = context.value(u"run"_s).trimmed();
        if (!runs.run(id))
            refuse(Tr::tr("--run: there is no run %1.").arg(id),
                   Tr::tr("Give the day instead: --date YYYY-MM-DD."));
        return id;
    }
    const QString text = required(context, u"date"_s, u"YYYY-MM-DD"_s);
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        refuse(Tr::tr("--date: \"%1\" is not a date.").arg(text),
               Tr::tr("Type it as YYYY-MM-DD, such as %1.").arg(dateText(QDate(2026, 3, 3))));
    QStringList ids;
    for (const runs::Run& run : runs.runsOn(date)) {
        if (run.kind != runs::kind::SupplierPickup)
            ids.prepend(run.id); // runsOn lists the newest first; name the oldest first
    }
    if (ids.isEmpty())
        refuse(Tr::tr("--date: there is no delivery or pickup run on %1.").arg(dateText(date)),
               Tr::tr("Check the day, or create the run first."));
    if (ids.size() > 1)
        refuse(Tr::tr("--date: %1 has %2 runs.").arg(dateText(date)).arg(ids.size()),
               Tr::tr("Name one with --run: %1.").arg(ids.join(u", "_s)));
    return ids.first();
}

// An amount of an item in its unit ("2 cases", "3 lb"), for lists that carry the item's id but
// not its unit.
QString unitAmount(const inventory::Inventory& inventory, const QString& itemId, qint64 amount) {
    const auto item = inventory.item(itemId);
    return inventory::Quantities::format(amount, item ? item->unit : QString());
}

// ---- templates ----

QString sizeText(const BoxTemplate& t) {
    if (!t.maxSize)
        return Tr::tr("%1+").arg(t.minSize);
    if (*t.maxSize == t.minSize)
        return QString::number(t.minSize);
    return Tr::tr("%1-%2").arg(t.minSize).arg(*t.maxSize);
}

int runTemplates(Context& context) {
    PackagePantry pantry = openPackages(context);
    const QList<BoxTemplate> templates = pantry.packages->templates(context.isSet(u"all"_s));
    if (context.isSet(u"json"_s)) {
        QJsonArray list;
        for (const BoxTemplate& t : templates) {
            QJsonArray lines;
            for (const TemplateLine& line : t.lines)
                lines.append(QJsonObject{{u"item_id"_s, line.itemId},
                                         {u"item"_s, line.itemName},
                                         {u"quantity"_s, line.quantity}});
            list.append(QJsonObject{
                {u"id"_s, t.id},
                {u"name"_s, t.name},
                {u"min_size"_s, t.minSize},
                {u"max_size"_s, t.maxSize ? QJsonValue(*t.maxSize) : QJsonValue(QJsonValue::Null)},
                {u"boxes"_s, t.boxes},
                {u"active"_s, t.active},
                {u"lines"_s, lines}});
        }
        printJson(context, {{u"templates"_s, list}});
        return Success;
    }
    if (templates.isEmpty()) {
        context.out << Tr::tr("No box templates yet.") << '\n';
        return Success;
    }
    for (const BoxTemplate& t : templates) {
        context.out << Tr::tr("%1 (household size %2, boxes: %3)")
                           .arg(t.name, sizeText(t), QString::number(t.boxes));
        if (!t.active)
            context.out << ' ' << Tr::tr("[retired]");
        context.out << '\n';
        QStringList amounts;
        qsizetype width = 4;
        for (const TemplateLine& line : t.lines) {
            amounts.append(unitAmount(*pantry.inventory, line.itemId, line.quantity));
            width = std::max(width, amounts.last().size());
        }
        for (qsizetype i = 0; i < t.lines.size(); ++i)
            context.out << u"  "_s << amounts.at(i).rightJustified(width) << u"  "_s
                        << t.lines.at(i).itemName << '\n';
    }
    return Success;
}

// ---- packages ----

QJsonObject shortageJson(const Shortage& shortage) {
    QJsonArray substitutes;
    for (const Shortage::Substitute& s : shortage.substitutes)
        substitutes.append(QJsonObject{
            {u"item_id"_s, s.itemId}, {u"item"_s, s.itemName}, {u"available"_s, s.available}});
    return {{u"item_id"_s, shortage.itemId},
            {u"item"_s, shortage.itemName},
            {u"unit"_s, shortage.unit},
            {u"needed"_s, shortage.needed},
            {u"available"_s, shortage.available},
            {u"stop_ids"_s, QJsonArray::fromStringList(shortage.stopIds)},
            {u"households"_s, QJsonArray::fromStringList(shortage.householdNames)},
            {u"substitutes"_s, substitutes}};
}

void printShortages(Context& context, const inventory::Inventory& inventory,
                    const QList<Shortage>& shortages) {
    if (shortages.isEmpty()) {
        context.out << Tr::tr("Nothing is short: every package is complete.") << '\n';
        return;
    }
    Table table({Tr::tr("item"), Tr::tr("needed"), Tr::tr("available"), Tr::tr("for whom"),
                 Tr::tr("substitutes")},
                {1, 2});
    for (const Shortage& shortage : shortages) {
        QStringList substitutes;
        for (const Shortage::Substitute& s : shortage.substitutes)
            substitutes.append(
                Tr::tr("%1 (%2)").arg(s.itemName, unitAmount(inventory, s.itemId, s.available)));
        // A table row stays readable: the first few households, then how many more (--json
        // lists them all).
        QStringList forWhom = shortage.householdNames.mid(0, 4);
        if (shortage.householdNames.size() > 4)
            forWhom.append(Tr::tr("%1 more").arg(shortage.householdNames.size() - 4));
        table.add({shortage.itemName, inventory::Quantities::format(shortage.needed, shortage.unit),
                   inventory::Quantities::format(shortage.available, shortage.unit),
                   forWhom.join(u", "_s),
                   substitutes.isEmpty() ? Tr::tr("none") : substitutes.join(u"; "_s)});
    }
    table.print(context.out);
}

int runAllocate(Context& context) {
    PackagePantry pantry = openPackages(context);
    const QString runId = findRun(context, *pantry.store);
    const QList<Shortage> shortages = checked(pantry.packages->allocate(runId));
    const QList<Allocation> allocations = pantry.packages->allocations(runId);
    qint64 units = 0;
    QSet<QString> stops;
    for (const Allocation& a : allocations) {
        if (a.status == u"allocated"_s) {
            units += a.quantity;
            stops.insert(a.stopId);
        }
    }
    if (context.isSet(u"json"_s)) {
        QJsonArray list;
        for (const Shortage& shortage : shortages)
            list.append(shortageJson(shortage));
        printJson(context, {{u"run_id"_s, runId},
                            {u"stops"_s, int(stops.size())},
                            {u"units"_s, units},
                            {u"shortages"_s, list}});
        return Success;
    }
    context.out << Tr::tr("Set aside %1 units for %2 packages.").arg(units).arg(stops.size())
                << '\n';
    printShortages(context, *pantry.inventory, shortages);
    return Success;
}

int runShortages(Context& context) {
    PackagePantry pantry = openPackages(context);
    const QString runId = findRun(context, *pantry.store);
    const QList<Shortage> shortages = pantry.packages->shortages(runId);
    if (context.isSet(u"json"_s)) {
        QJsonArray list;
        for (const Shortage& shortage : shortages)
            list.append(shortageJson(shortage));
        printJson(context, {{u"run_id"_s, runId}, {u"shortages"_s, list}});
        return Success;
    }
    printShortages(context, *pantry.inventory, shortages);
    return Success;
}

int runSubstitute(Context& context) {
    PackagePantry pantry = openPackages(context);
    const QString runId = findRun(context, *pantry.store);
    const inventory::Item item = findItem(pantry.inv(), u"ITEM"_s, context.arguments.at(0));
    const inventory::Item substitute =
        findItem(pantry.inv(), u"SUBSTITUTE"_s, context.arguments.at(1));
    checked(pantry.packages->substitute(runId, item.id, substitute.id));
    context.out
        << Tr::tr("\"%1\" stands in for \"%2\" where it was short.").arg(substitute.name, item.name)
        << '\n';
    printShortages(context, *pantry.inventory, pantry.packages->shortages(runId));
    return Success;
}

int runPickList(Context& context) {
    PackagePantry pantry = openPackages(context);
    const QString runId = findRun(context, *pantry.store);
    const QList<PickLine> lines = pantry.packages->pickList(runId);
    if (context.isSet(u"json"_s)) {
        QJsonArray list;
        for (const PickLine& line : lines)
            list.append(QJsonObject{{u"location_id"_s, line.locationId},
                                    {u"location"_s, line.locationName},
                                    {u"item_id"_s, line.itemId},
                                    {u"item"_s, line.itemName},
                                    {u"unit"_s, line.unit},
                                    {u"lot_id"_s, line.lotId},
                                    {u"expiry"_s, dateJson(line.expiry)},
                                    {u"quantity"_s, line.quantity}});
        printJson(context, {{u"run_id"_s, runId}, {u"pick"_s, list}});
        return Success;
    }
    if (lines.isEmpty()) {
        context.out << Tr::tr("Nothing is set aside for this run yet: run packages allocate "
                              "first.")
                    << '\n';
        return Success;
    }
    QString location;
    QList<QStringList> rows;
    auto flush = [&]() {
        if (rows.isEmpty())
            return;
        context.out << location << '\n';
        Table table({Tr::tr("  quantity"), Tr::tr("item"), Tr::tr("use by")}, {0});
        for (const QStringList& row : std::as_const(rows))
            table.add(row);
        table.print(context.out);
        context.out << '\n';
        rows.clear();
    };
    for (const PickLine& line : lines) {
        const QString name =
            line.locationName.isEmpty() ? Tr::tr("(no location)") : line.locationName;
        if (name != location)
            flush();
        location = name;
        rows.append({inventory::Quantities::format(line.quantity, line.unit), line.itemName,
                     dateText(line.expiry)});
    }
    flush();
    return Success;
}

int runPackagesWithoutSubcommand(Context&) {
    throw UsageProblem{
        Tr::tr("name what to do: packages allocate, shortages, substitute or picklist")};
}

QString runHelp() {
    return Tr::tr("The run is the day's delivery or pickup run (--date), or --run ID when the "
                  "day has several.");
}

} // namespace

QList<Command> packageCommands() {
    QList<Command> commands;

    Command templates;
    templates.name = u"templates"_s;
    templates.summary = Tr::tr("List the box templates: what a package holds, by household size.");
    templates.description = Tr::tr(
        "Lists the active box templates, smallest households first, with their items and "
        "quantities; --all adds retired ones. A household gets the template whose size range "
        "holds its size (the narrowest when several do). --json prints {\"templates\": [{\"id\", "
        "\"name\", \"min_size\", \"max_size\" (null: no limit), \"boxes\", \"active\", "
        "\"lines\": [{\"item_id\", \"item\", \"quantity\"}]}]}.");
    templates.synopsis = u"[list] [--json] [--all]"_s;
    templates.options = {jsonOption(),
                         QCommandLineOption(u"all"_s, Tr::tr("include retired templates"))};
    templates.example = u"larder-cli --db pantry.larder templates list --json"_s;
    templates.run = handled(runTemplates);
    Command templatesList = templates;
    templatesList.name = u"list"_s;
    templatesList.summary = Tr::tr("List the box templates.");
    templatesList.synopsis = u"[--json] [--all]"_s;
    templates.subcommands = {templatesList};
    commands << templates;

    Command packages;
    packages.name = u"packages"_s;
    packages.summary = Tr::tr("Packages of a run: allocate, shortages, substitute, picklist.");
    packages.description = Tr::tr(
        "Sets stock aside for a run's households and shows what it lacks. allocate chooses each "
        "household's package (its template, with items that do not suit its dietary tags "
        "replaced) and sets stock aside first expiry first out; shortages lists what could not "
        "be set aside; substitute puts another item in its place; picklist says what to take "
        "from where.");
    packages.synopsis = u"allocate|shortages|substitute|picklist ..."_s;
    packages.example = u"larder-cli --db pantry.larder packages allocate --date 2026-03-03"_s;
    packages.run = handled(runPackagesWithoutSubcommand);

    Command allocate;
    allocate.name = u"allocate"_s;
    allocate.needsDetails = true;
    allocate.summary = Tr::tr("Set stock aside for every household of a run.");
    allocate.description =
        Tr::tr("Sets stock aside for every stop of the run that has no outcome yet: first expiry "
               "first out across lots and locations (no expiry last, lots that expire before the "
               "run's day never), never more than is on hand and not set aside for another open "
               "run. Allocating again replaces what was set aside before, except what was added "
               "by hand and what stops with an outcome had. Then prints the shortages: item, "
               "needed, available, for whom and the substitutes that suit them. --json prints "
               "{\"run_id\", \"stops\", \"units\", \"shortages\": [...]} as packages shortages "
               "does. ") +
        runHelp();
    allocate.synopsis = u"--date D [--run ID] [--json]"_s;
    allocate.options = {dateOption(), runOption(), jsonOption()};
    allocate.example = u"larder-cli --db pantry.larder packages allocate --date 2026-03-03"_s;
    allocate.run = handled(runAllocate);

    Command shortages;
    shortages.name = u"shortages"_s;
    shortages.needsDetails = true;
    shortages.summary = Tr::tr("What a run's packages lack, and what could stand in.");
    shortages.description =
        Tr::tr("Lists each item the run needs more of than was set aside: how many the run "
               "needs, how many are available (on hand and not set aside for another run), the "
               "households short of it and up to five items of the same category that suit them "
               "all, most on hand first. --json prints {\"run_id\", \"shortages\": [{\"item_id\", "
               "\"item\", \"unit\", \"needed\", \"available\", \"stop_ids\", \"households\", "
               "\"substitutes\": [{\"item_id\", \"item\", \"available\"}]}]}. ") +
        runHelp();
    shortages.synopsis = u"--date D [--run ID] [--json]"_s;
    shortages.options = {dateOption(), runOption(), jsonOption()};
    shortages.example = u"larder-cli --db pantry.larder packages shortages --date 2026-03-03"_s;
    shortages.run = handled(runShortages);

    Command substitute;
    substitute.name = u"substitute"_s;
    substitute.needsDetails = true;
    substitute.summary = Tr::tr("Put another item in place of one that is short.");
    substitute.description =
        Tr::tr("Sets SUBSTITUTE aside, one for one, for the households of the run that lack "
               "ITEM. Refused when it does not suit one of them (a halal household never gets "
               "pork) or none of it is free. Items are found by barcode, id, whole name or words "
               "only one name holds. ") +
        runHelp();
    substitute.synopsis = u"--date D [--run ID] ITEM SUBSTITUTE"_s;
    substitute.arguments = {u"ITEM"_s, u"SUBSTITUTE"_s};
    substitute.options = {dateOption(), runOption()};
    substitute.example = u"larder-cli --db pantry.larder packages substitute --date 2026-03-03 "
                         u"\"Dry black beans 2 lb\" \"Dry lentils 1 lb\""_s;
    substitute.run = handled(runSubstitute);

    Command pickList;
    pickList.name = u"picklist"_s;
    pickList.summary = Tr::tr("What to take from where to pack a run.");
    pickList.description =
        Tr::tr("Lists what is set aside for the run, by location, then item, then use-by date: "
               "the packers' list. --json prints {\"run_id\", \"pick\": [{\"location\", "
               "\"item\", \"unit\", \"lot_id\", \"expiry\", \"quantity\", ...}]}. ") +
        runHelp();
    pickList.synopsis = u"--date D [--run ID] [--json]"_s;
    pickList.options = {dateOption(), runOption(), jsonOption()};
    pickList.example = u"larder-cli --db pantry.larder packages picklist --date 2026-03-03"_s;
    pickList.run = handled(runPickList);

    packages.subcommands = {allocate, shortages, substitute, pickList};
    commands << packages;
    return commands;
}

} // namespace larder::cli
