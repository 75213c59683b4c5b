// SPDX-License-Identifier: GPL-3.0-or-later
// items and locations (and their add): the catalog of what the pantry stocks and where.

#include "app/cli/Commands.h"
#include "app/cli/StockSupport.h"
#include "core/inventory/Vocabulary.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace larder::cli {

using namespace larder::inventory;

namespace {

// A whole number a person typed as data (a case size, a par level): text or a number out of
// range is bad input (exit code 1) naming the flag. `fallback` when absent.
qint64 wholeNumber(const Context& context, const QString& option, qint64 fallback, qint64 min,
                   qint64 max) {
    if (!context.isSet(option))
        return fallback;
    const QString text = context.value(option).trimmed();
    static const QRegularExpression digits(u"^[+]?\\d{1,15}$"_s);
    const qint64 number = digits.match(text).hasMatch() ? text.toLongLong() : -1;
    if (number < min || number > max)
        refuseFlag(option,
                   StockTr::tr("\"%1\" is not a whole number from %2 to %3.")
                       .arg(context.value(option), QString::number(min), QString::number(max)),
                   StockTr::tr("Type digits only, such as %1.").arg(std::max<qint64>(min, 12)));
    return number;
}

QJsonObject itemJson(const Item& item, std::optional<qint64> onHand) {
    QJsonObject object{{u"id"_s, item.id},
                       {u"name"_s, item.name},
                       {u"category"_s, item.category},
                       {u"unit"_s, item.unit},
                       {u"case_size"_s, item.caseSize},
                       {u"unit_grams"_s, item.unitGrams},
                       {u"perishable"_s, item.perishable},
                       {u"shelf_life_days"_s, item.shelfLifeDays},
                       {u"tags"_s, QJsonArray::fromStringList(item.dietaryTags)},
                       {u"barcodes"_s, QJsonArray::fromStringList(item.barcodes)},
                       {u"par"_s, item.parLevel},
                       {u"active"_s, item.active}};
    if (onHand)
        object.insert(u"on_hand"_s, *onHand);
    return object;
}

QJsonObject locationJson(const Location& location) {
    return {{u"id"_s, location.id},
            {u"name"_s, location.name},
            {u"kind"_s, location.kind},
            {u"active"_s, location.active}};
}

QString oneOf(const Context& context, const QString& option, const QString& valueName,
              const QStringList& vocabulary, const QString& what) {
    const QString value = required(context, option, valueName).toLower();
    if (!vocabulary.contains(value))
        refuseFlag(option, StockTr::tr("\"%1\" is not %2.").arg(context.value(option), what),
                   StockTr::tr("Use one of: %1.").arg(vocabulary.join(u", "_s)));
    return value;
}

int runItemsAdd(Context& context) {
    Item item;
    item.name = required(context, u"name"_s, u"N"_s);
    required(context, u"category"_s, u"C"_s);
    const Pantry pantry = openPantry(context);
    const Inventory& inventory = pantry.inv();
    item.category =
        oneOf(context, u"category"_s, u"C"_s, vocabulary::categories(), StockTr::tr("a category"));
    if (context.isSet(u"unit"_s))
        item.unit = oneOf(context, u"unit"_s, u"U"_s, vocabulary::units(), StockTr::tr("a unit"));
    item.caseSize = int(wholeNumber(context, u"case-size"_s, 0, 1, 10000));
    item.unitGrams = int(wholeNumber(context, u"unit-grams"_s, 0, 1, 1'000'000));
    item.shelfLifeDays = int(wholeNumber(context, u"shelf-life"_s, 0, 1, 3650));
    item.perishable = context.isSet(u"perishable"_s) || item.shelfLifeDays > 0;
    item.parLevel = wholeNumber(context, u"par"_s, 0, 0, 10'000'000);
    if (item.unit == u"case" && item.caseSize <= 0)
        refuseFlag(u"case-size"_s, StockTr::tr("an item counted in cases needs its case size."),
                   StockTr::tr("Add --case-size N, how many units one case holds."));
    for (const QString& tag : context.value(u"tags"_s).split(u',', Qt::SkipEmptyParts)) {
        const QString key = tag.trimmed().toLower();
        if (!vocabulary::dietaryTags().contains(key))
            refuseFlag(u"tags"_s, StockTr::tr("\"%1\" is not a dietary tag.").arg(tag.trimmed()),
                       StockTr::tr("Use any of: %1.").arg(vocabulary::dietaryTags().join(u", "_s)));
        if (!item.dietaryTags.contains(key))
            item.dietaryTags.append(key);
    }
    for (const QString& value : context.parser.values(u"barcode"_s)) {
        for (const QString& code : value.split(u',', Qt::SkipEmptyParts)) {
            const QString trimmed = code.trimmed();
            if (trimmed.isEmpty() || item.barcodes.contains(trimmed))
                continue;
            if (const auto owner = inventory.itemByBarcode(trimmed))
                refuseFlag(u"barcode"_s,
                           StockTr::tr("%1 already belongs to \"%2\".").arg(trimmed, owner->name),
                           StockTr::tr("A barcode names one item; check the code."));
            item.barcodes.append(trimmed);
        }
    }
    for (const Item& existing : inventory.items(true)) {
        if (existing.name.compare(item.name, Qt::CaseInsensitive) == 0)
            refuseFlag(
                u"name"_s,
                StockTr::tr("there is already an item called \"%1\"%2.")
                    .arg(existing.name, existing.active ? QString() : StockTr::tr(" (retired)")),
                StockTr::tr("Give the new item a name that tells them apart, such as its "
                            "size."));
    }
    item.id = checked(pantry.inventory->addItem(item));
    if (const auto saved = inventory.item(item.id))
        item = *saved;
    if (context.isSet(u"json"_s)) {
        printJson(context, {{u"item"_s, itemJson(item, 0)}});
        return Success;
    }
    context.out << StockTr::tr("Added item \"%1\" (%2, %3), id %4.")
                       .arg(item.name, item.category, item.unit, item.id)
                << '\n';
    return Success;
}

Command itemsAddCommand() {
    Command itemsAdd;
    itemsAdd.name = u"add"_s;
    itemsAdd.summary = StockTr::tr("Add an item to the catalog.");
    itemsAdd.description =
        StockTr::tr(
            "Adds an item. Categories: %1. Units: %2 (a case needs --case-size). Dietary tags: "
            "%3. --shelf-life makes the item perishable; its intake then proposes today plus "
            "that many days as expiry. A barcode already on another item, or a name already "
            "in the catalog, is refused.")
            .arg(vocabulary::categories().join(u", "_s), vocabulary::units().join(u", "_s),
                 vocabulary::dietaryTags().join(u", "_s));
    itemsAdd.synopsis =
        u"--name N --category C [--unit U] [--case-size N] [--barcode CODE ...] [--perishable "
        u"[--shelf-life DAYS]] [--tags t1,t2] [--par N] [--unit-grams G] [--json]"_s;
    itemsAdd.options = {
        QCommandLineOption(u"name"_s, StockTr::tr("the item's name, such as \"Rice 2 lb\""),
                           u"N"_s),
        QCommandLineOption(u"category"_s, StockTr::tr("food, water, hygiene, baby, ..."), u"C"_s),
        QCommandLineOption(u"unit"_s, StockTr::tr("each (the default), lb, kg or case"), u"U"_s),
        QCommandLineOption(u"case-size"_s,
                           StockTr::tr("units in a case, for \"3 cases\" at intake"), u"N"_s),
        QCommandLineOption(u"barcode"_s, StockTr::tr("a barcode; repeat for more"), u"CODE"_s),
        QCommandLineOption(u"perishable"_s, StockTr::tr("it has an expiry date")),
        QCommandLineOption(u"shelf-life"_s, StockTr::tr("default shelf life in days"), u"DAYS"_s),
        QCommandLineOption(u"tags"_s, StockTr::tr("dietary tags, separated by commas"), u"t1,t2"_s),
        QCommandLineOption(u"par"_s, StockTr::tr("below this on-hand total the item is flagged"),
                           u"N"_s),
        QCommandLineOption(u"unit-grams"_s, StockTr::tr("weight of one unit in grams, for reports"),
                           u"G"_s),
        jsonOption(),
    };
    itemsAdd.example = u"larder-cli --db pantry.larder items add --name \"Black beans 15 oz\" "
                       u"--category food --case-size 24 --barcode 0041331092609 --tags "
                       u"vegan,gluten-free --par 48"_s;
    itemsAdd.run = handled(runItemsAdd);
    return itemsAdd;
}

int runItems(Context& context) {
    const Pantry pantry = openPantry(context);
    const bool all = context.isSet(u"all"_s);
    // Summed from the on-hand lines rather than Inventory::totals(), which also reads the lots
    // of every empty bin (hundreds of milliseconds on a file with two million movements).
    QHash<QString, qint64> onHand;
    for (const OnHand& line : pantry.inv().onHand())
        onHand[line.itemId] += line.quantity;
    const QList<Item> items = pantry.inv().items(all);
    if (context.isSet(u"json"_s)) {
        QJsonArray list;
        for (const Item& item : items)
            list.append(itemJson(item, onHand.value(item.id)));
        printJson(context, {{u"items"_s, list}});
        return Success;
    }
    if (items.isEmpty()) {
        context.out << StockTr::tr(
                           "The catalog is empty; add an item with larder-cli --db FILE items "
                           "add --name NAME --category CATEGORY.")
                    << '\n';
        return Success;
    }
    Table table({StockTr::tr("Name"), StockTr::tr("Category"), StockTr::tr("Unit"),
                 StockTr::tr("Barcodes"), StockTr::tr("Par"), StockTr::tr("On hand"),
                 StockTr::tr("Status")},
                {4, 5});
    for (const Item& item : items) {
        QString unit = item.unit;
        if (item.caseSize > 0)
            unit += StockTr::tr(" (case of %1)").arg(item.caseSize);
        QStringList status;
        if (!item.active)
            status.append(StockTr::tr("retired"));
        if (item.parLevel > 0 && onHand.value(item.id) < item.parLevel)
            status.append(StockTr::tr("below par"));
        table.add({item.name, item.category, unit, item.barcodes.join(u' '),
                   Quantities::format(item.parLevel, item.unit),
                   Quantities::format(onHand.value(item.id), item.unit), status.join(u", "_s)});
    }
    table.print(context.out);
    return Success;
}

} // namespace

Command itemsCommand() {
    Command items;
    items.name = u"items"_s;
    items.summary = StockTr::tr("List the catalog, or add an item (items add).");
    items.description =
        StockTr::tr("Lists the active items with category, unit, barcodes, par level and on-hand "
                    "total; --all adds retired ones. --json prints {\"items\": [{\"id\", \"name\", "
                    "\"category\", \"unit\", \"case_size\", \"barcodes\", \"tags\", \"par\", "
                    "\"on_hand\", \"active\", ...}]}.");
    items.synopsis = u"[add ...] [--json] [--all]"_s;
    items.options = {jsonOption(),
                     QCommandLineOption(u"all"_s, StockTr::tr("include retired items"))};
    items.example = u"larder-cli --db pantry.larder items --json"_s;
    items.run = handled(runItems);
    items.subcommands = {itemsAddCommand()};
    return items;
}

namespace {

int runLocationsAdd(Context& context) {
    Location location;
    location.name = required(context, u"name"_s, u"N"_s);
    required(context, u"kind"_s, u"K"_s);
    const Pantry pantry = openPantry(context);
    location.kind = oneOf(context, u"kind"_s, u"K"_s, vocabulary::locationKinds(),
                          StockTr::tr("a kind of location"));
    if (const auto existing = pantry.inv().locationByName(location.name))
        refuseFlag(u"name"_s,
                   StockTr::tr("there is already a location called \"%1\".").arg(existing->name),
                   StockTr::tr("Choose another name."));
    location.id = checked(pantry.inventory->addLocation(location));
    if (context.isSet(u"json"_s)) {
        printJson(context, {{u"location"_s, locationJson(location)}});
        return Success;
    }
    context.out << StockTr::tr("Added location \"%1\" (%2), id %3.")
                       .arg(location.name, location.kind, location.id)
                << '\n';
    return Success;
}

Command locationsAddCommand() {
    Command locationsAdd;
    locationsAdd.name = u"add"_s;
    locationsAdd.summary = StockTr::tr("Add a location.");
    locationsAdd.description =
        StockTr::tr("Adds a place stock is kept. Kinds: %1 (a partner's hub is \"hub\"). Names are "
                    "unique, whatever their case.")
            .arg(vocabulary::locationKinds().join(u", "_s));
    locationsAdd.synopsis = u"--name N --kind K [--json]"_s;
    locationsAdd.options = {
        QCommandLineOption(u"name"_s, StockTr::tr("the location's name"), u"N"_s),
        QCommandLineOption(u"kind"_s, StockTr::tr("shelf, fridge, freezer, hub or other"), u"K"_s),
        jsonOption(),
    };
    locationsAdd.example =
        u"larder-cli --db pantry.larder locations add --name \"Walk-in fridge\" --kind fridge"_s;
    locationsAdd.run = handled(runLocationsAdd);
    return locationsAdd;
}

int runLocations(Context& context) {
    const Pantry pantry = openPantry(context);
    const QList<Location> locations = pantry.inv().locations(context.isSet(u"all"_s));
    if (context.isSet(u"json"_s)) {
        QJsonArray list;
        for (const Location& location : locations)
            list.append(locationJson(location));
        printJson(context, {{u"locations"_s, list}});
        return Success;
    }
    if (locations.isEmpty()) {
        context.out << StockTr::tr("This pantry has no locations yet; add one with larder-cli --db "
                                   "FILE locations add --name \"Shelf A\" --kind shelf.")
                    << '\n';
        return Success;
    }
    Table table(
        {StockTr::tr("Name"), StockTr::tr("Kind"), StockTr::tr("Id"), StockTr::tr("Status")});
    for (const Location& location : locations)
        table.add({location.name, location.kind, location.id,
                   location.active ? QString() : StockTr::tr("inactive")});
    table.print(context.out);
    return Success;
}

} // namespace

Command locationsCommand() {
    Command locations;
    locations.name = u"locations"_s;
    locations.summary = StockTr::tr("List the locations, or add one (locations add).");
    locations.description = StockTr::tr("Lists the active locations with kind and id; --all adds "
                                        "inactive ones. --json prints {\"locations\": [{\"id\", "
                                        "\"name\", \"kind\", \"active\"}]}.");
    locations.synopsis = u"[add ...] [--json] [--all]"_s;
    locations.options = {jsonOption(),
                         QCommandLineOption(u"all"_s, StockTr::tr("include inactive locations"))};
    locations.example = u"larder-cli --db pantry.larder locations"_s;
    locations.run = handled(runLocations);
    locations.subcommands = {locationsAddCommand()};
    return locations;
}

} // namespace larder::cli
