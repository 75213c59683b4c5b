// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/StockSupport.h"

#include "core/inventory/Parsing.h"
#include "core/inventory/Quantities.h"
#include "core/storage/Settings.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace larder::cli {

using namespace larder::inventory;

namespace {

// A refusal about what was typed for `label`: an option ("--item") or an argument ("ITEM").
[[noreturn]] void refuseAbout(const QString& label, const QString& message, const QString& hint) {
    refuse(label + u": "_s + message, hint);
}

} // namespace

QString quotedList(const QStringList& names, int most) {
    QStringList shown;
    for (const QString& name : names.mid(0, most))
        shown.append(u'"' + name + u'"');
    QString text = shown.join(u", "_s);
    if (names.size() > most)
        text += StockTr::tr(" and %1 more").arg(names.size() - most);
    return text;
}

qint64 Pantry::maximumEntry() const {
    return Settings(*store).get(settings::MaxIntakeQuantity);
}

Pantry openPantry(const Context& context) {
    Pantry pantry;
    pantry.store = openStore(context);
    pantry.inventory = std::make_unique<Inventory>(*pantry.store);
    return pantry;
}

// ---- Finding what a person named ----

QString knownLocations(const Inventory& inventory) {
    QStringList names;
    for (const Location& location : inventory.locations())
        names.append(location.name);
    return names.join(u", "_s);
}

[[noreturn]] void refuseNoLocations() {
    refuse(StockTr::tr("This pantry has no locations yet."),
           StockTr::tr("Add one first: larder-cli --db FILE locations add --name \"Shelf A\" "
                       "--kind shelf."));
}

Location findLocation(const Inventory& inventory, const QString& option, const QString& text) {
    const QString wanted = text.trimmed();
    for (const Location& location : inventory.locations(true)) {
        if (location.id == wanted)
            return location;
    }
    if (const auto byName = inventory.locationByName(wanted))
        return *byName;
    if (inventory.locations().isEmpty())
        refuseFlag(
            option,
            StockTr::tr("there is no location \"%1\" and no location at all yet.").arg(wanted),
            StockTr::tr("Add one with: larder-cli --db FILE locations add --name \"%1\" --kind "
                        "shelf.")
                .arg(wanted));
    refuseFlag(option, StockTr::tr("there is no location \"%1\".").arg(wanted),
               StockTr::tr("Known locations: %1.").arg(knownLocations(inventory)));
}

std::optional<Location> optionalLocation(const Context& context, const Inventory& inventory,
                                         const QString& option) {
    if (!context.isSet(option))
        return std::nullopt;
    return findLocation(inventory, option, required(context, option, u"L"_s));
}

Item findItem(const Inventory& inventory, const QString& label, const QString& text) {
    const QString wanted = text.trimmed();
    if (const auto byCode = inventory.itemByBarcode(wanted))
        return *byCode;
    const QList<Item> all = inventory.items(true);
    QList<Item> exact;
    for (const Item& item : all) {
        if (item.id == wanted)
            return item;
        if (item.name.compare(wanted, Qt::CaseInsensitive) == 0)
            exact.append(item);
    }
    auto pick = [](const QList<Item>& found) -> std::optional<Item> {
        QList<Item> active;
        for (const Item& item : found) {
            if (item.active)
                active.append(item);
        }
        if (active.size() == 1)
            return active.first();
        if (active.isEmpty() && found.size() == 1)
            return found.first();
        return std::nullopt;
    };
    const QList<Item> found = exact.isEmpty() ? inventory.findItems(wanted, 1000) : exact;
    if (const auto item = pick(found))
        return *item;
    if (found.isEmpty()) {
        static const QRegularExpression code(u"^\\d{6,}$"_s);
        if (code.match(wanted).hasMatch())
            refuseAbout(
                label, StockTr::tr("no item has the barcode %1.").arg(wanted),
                StockTr::tr("Check the number, or add the item: larder-cli --db FILE items add "
                            "--name NAME --category CATEGORY --barcode %1.")
                    .arg(wanted));
        refuseAbout(
            label, StockTr::tr("no item is called \"%1\".").arg(wanted),
            StockTr::tr("See the catalog with larder-cli --db FILE items, or give a barcode."));
    }
    QStringList names;
    for (const Item& item : found)
        names.append(item.active ? item.name : StockTr::tr("%1 (retired)").arg(item.name));
    refuseAbout(
        label,
        StockTr::tr("\"%1\" could be %2 items: %3.")
            .arg(wanted, QString::number(found.size()), quotedList(names)),
        StockTr::tr("Give the whole name, a barcode or the item's id (larder-cli --db FILE items "
                    "--json)."));
}

Item itemOption(const Context& context, const Inventory& inventory) {
    return findItem(inventory, u"--item"_s, required(context, u"item"_s, u"X"_s));
}

qint64 quantityOption(const Context& context, const Pantry& pantry, const Item& item) {
    const QString text = required(context, u"quantity"_s, u"Q"_s);
    const auto parsed = InputParser::parseQuantity(text, item.caseSize, pantry.maximumEntry());
    if (!parsed.ok())
        refuseFlag(u"quantity"_s, parsed.error);
    return parsed.quantity;
}

QString lotText(const std::optional<QDate>& expiry) {
    return expiry ? StockTr::tr("lot expiring %1").arg(dateText(expiry))
                  : StockTr::tr("lot without expiry");
}

QJsonObject movementJson(const MovementRow& row) {
    return {{u"id"_s, row.id},
            {u"at"_s, row.at},
            {u"kind"_s, row.kind},
            {u"item"_s, row.itemName},
            {u"item_id"_s, row.itemId},
            {u"quantity"_s, row.quantity},
            {u"lot_id"_s, textOrNull(row.lotId)},
            {u"expiry"_s, dateJson(row.expiry)},
            {u"location"_s, row.locationName},
            {u"location_id"_s, row.locationId},
            {u"reason"_s, textOrNull(row.reason)},
            {u"reference"_s, textOrNull(row.reference)},
            {u"reverses"_s, textOrNull(row.reverses)},
            {u"recorded_by"_s, textOrNull(row.recordedBy)},
            {u"recorded_by_name"_s, textOrNull(row.recordedByName)},
            {u"reversed"_s, row.reversed}};
}

// ---- What a change posted ----

void printPosted(Context& context, const Pantry& pantry, const QString& action,
                 const QString& sentence, const Posted& posted) {
    QList<MovementRow> rows;
    for (const QString& id : posted.movementIds) {
        if (const auto row = pantry.inv().movement(id))
            rows.append(*row);
    }
    if (context.isSet(u"json"_s)) {
        QJsonArray movements;
        for (const MovementRow& row : std::as_const(rows))
            movements.append(movementJson(row));
        QJsonObject object{{u"action"_s, action},
                           {u"reference"_s, textOrNull(posted.reference)},
                           {u"movements"_s, movements}};
        if (!posted.lotId.isEmpty())
            object.insert(u"lot_id"_s, posted.lotId);
        printJson(context, object);
        return;
    }
    context.out << sentence << '\n';
    if (rows.isEmpty())
        return;
    // Each row in its item's unit ("+2 cases"); one action may touch several items.
    QHash<QString, QString> units;
    for (const MovementRow& row : std::as_const(rows)) {
        if (!units.contains(row.itemId)) {
            const auto item = pantry.inv().item(row.itemId);
            units.insert(row.itemId, item ? item->unit : QString());
        }
    }
    Table table({StockTr::tr("Movement"), StockTr::tr("Kind"), StockTr::tr("Item"),
                 StockTr::tr("Location"), StockTr::tr("Expiry"), StockTr::tr("Quantity")},
                {5});
    for (const MovementRow& row : std::as_const(rows))
        table.add({row.id, row.kind, row.itemName, row.locationName, dateText(row.expiry),
                   Quantities::formatSigned(row.quantity, units.value(row.itemId))});
    table.print(context.out);
}

QCommandLineOption itemOptionDef(const QString& what) {
    return QCommandLineOption(u"item"_s, what, u"X"_s);
}
QCommandLineOption quantityOptionDef() {
    return QCommandLineOption(
        u"quantity"_s,
        StockTr::tr("how many, in the item's unit: 14, \"3 cases\" (times the case size) or 2x12"),
        u"Q"_s);
}

QString itemHelp() {
    return StockTr::tr(
        "The item, X, is found by barcode, then by id, then by name: the whole name (any "
        "case) or words that only one item's name holds.");
}
QString changeHelp() {
    return StockTr::tr(
        "Prints what it posted: a sentence, then the ledger rows with their ids (the ids that "
        "reverse takes); --json prints {\"action\", \"reference\", \"movements\": [...]}. Bad "
        "input saves nothing and prints one line on stderr naming the option to fix (exit 1).");
}

} // namespace larder::cli
