// SPDX-License-Identifier: GPL-3.0-or-later
// dispose, move, return and reverse: stock leaving a lot, moving between locations, coming back
// into its lot, and a movement corrected by its opposite. Each names one lot (--lot or
// --lot-expiry) or finds the only one there is.

#include "app/cli/Commands.h"
#include "app/cli/StockSupport.h"
#include "core/inventory/Vocabulary.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace larder::cli {

using namespace larder::inventory;

namespace {

// "2026-03-05 (6)", "no expiry (2 cases)": a bin as the lot-choice messages list it.
QString binText(const OnHand& line, bool withLocation) {
    QString text = dateText(line.expiry, StockTr::tr("no expiry"));
    if (withLocation)
        text += u" at "_s + line.locationName;
    return text + u" ("_s + Quantities::format(line.quantity, line.unit) + u')';
}

// --lot-expiry DATE: an ISO date as stock prints it, or "none" for a lot without expiry.
std::optional<std::optional<QDate>> lotExpiryOption(const Context& context) {
    if (!context.isSet(u"lot-expiry"_s))
        return std::nullopt;
    const QString text = required(context, u"lot-expiry"_s, u"DATE"_s);
    if (text.compare(u"none"_s, Qt::CaseInsensitive) == 0)
        return std::optional<QDate>();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        refuseFlag(u"lot-expiry"_s, StockTr::tr("\"%1\" is not a date.").arg(text),
                   StockTr::tr("Type the lot's expiry as stock prints it, such as 2026-03-05, or "
                               "\"none\" for a lot without expiry."));
    return std::optional<QDate>(date);
}

// The lots of `item` named by --lot ID or --lot-expiry DATE, among `lines`; all when neither.
QList<OnHand> matchingLot(const Context& context, const QList<OnHand>& lines, const Item& item,
                          const Inventory& inventory) {
    exclusive(context, u"lot"_s, u"lot-expiry"_s);
    QList<OnHand> kept;
    if (context.isSet(u"lot"_s)) {
        const QString lotId = required(context, u"lot"_s, u"ID"_s);
        StockFilter everywhere;
        everywhere.itemId = item.id;
        everywhere.includeZero = true;
        bool known = false;
        for (const OnHand& line : inventory.onHand(everywhere))
            known = known || line.lotId == lotId;
        if (!known)
            refuseFlag(
                u"lot"_s, StockTr::tr("%1 is not a lot of \"%2\".").arg(lotId, item.name),
                StockTr::tr("See its lots with larder-cli --db FILE stock --json --item ID."));
        for (const OnHand& line : lines) {
            if (line.lotId == lotId)
                kept.append(line);
        }
        return kept;
    }
    if (const auto expiry = lotExpiryOption(context)) {
        for (const OnHand& line : lines) {
            if (line.expiry == *expiry)
                kept.append(line);
        }
        return kept;
    }
    return lines;
}

// The one bin (lot at a location) with stock that dispose or move takes from: named by --lot or
// --lot-expiry, or the only one there is.
OnHand chooseBin(const Context& context, const Inventory& inventory, const Item& item,
                 const std::optional<Location>& location, const QString& locationOption) {
    StockFilter filter;
    filter.itemId = item.id;
    if (location)
        filter.locationId = location->id;
    QList<OnHand> withStock;
    for (const OnHand& line : inventory.onHand(filter)) {
        if (line.quantity > 0)
            withStock.append(line);
    }
    const QString where = location ? StockTr::tr(" at %1").arg(location->name) : QString();
    if (withStock.isEmpty())
        refuseFlag(u"item"_s, StockTr::tr("there is no \"%1\" on hand%2.").arg(item.name, where),
                   StockTr::tr("See what there is with larder-cli --db FILE stock --item ID."));
    const QList<OnHand> lines = matchingLot(context, withStock, item, inventory);
    const bool lotNamed = context.isSet(u"lot"_s) || context.isSet(u"lot-expiry"_s);
    if (lines.isEmpty()) {
        QStringList bins;
        for (const OnHand& line : withStock)
            bins.append(binText(line, !location));
        refuseFlag(context.isSet(u"lot"_s) ? u"lot"_s : u"lot-expiry"_s,
                   StockTr::tr("that lot of \"%1\" has nothing on hand%2.").arg(item.name, where),
                   StockTr::tr("Lots with stock: %1.").arg(bins.join(u", "_s)));
    }
    QSet<QString> locations;
    for (const OnHand& line : lines)
        locations.insert(line.locationId);
    if (locations.size() > 1) {
        QStringList names;
        for (const OnHand& line : lines) {
            if (!names.contains(line.locationName))
                names.append(line.locationName);
        }
        refuseFlag(locationOption,
                   StockTr::tr("\"%1\" is at %2 locations: %3.")
                       .arg(item.name, QString::number(names.size()), names.join(u", "_s)),
                   StockTr::tr("Say which with --%1 L.").arg(locationOption));
    }
    if (lines.size() > 1) {
        QStringList bins;
        for (const OnHand& line : lines)
            bins.append(binText(line, false));
        refuseFlag(lotNamed ? u"lot"_s : u"lot-expiry"_s,
                   StockTr::tr("\"%1\" has stock in %2 lots%3: %4.")
                       .arg(item.name, QString::number(lines.size()),
                            where.isEmpty() ? StockTr::tr(" at %1").arg(lines.first().locationName)
                                            : where,
                            bins.join(u", "_s)),
                   StockTr::tr("Say which with --lot-expiry DATE or --lot ID."));
    }
    return lines.first();
}

QCommandLineOption lotOptionDef() {
    return QCommandLineOption(u"lot"_s, StockTr::tr("the lot, by its id (stock --json)"), u"ID"_s);
}
QCommandLineOption lotExpiryOptionDef() {
    return QCommandLineOption(
        u"lot-expiry"_s,
        StockTr::tr("the lot, by its expiry as stock prints it (2026-03-05), or "
                    "\"none\""),
        u"DATE"_s);
}

// ---- dispose ----

int runDispose(Context& context) {
    exclusive(context, u"lot"_s, u"lot-expiry"_s);
    const QString reason = required(context, u"reason"_s, u"REASON"_s).toLower();
    const Pantry pantry = openPantry(context);
    const Inventory& inventory = pantry.inv();
    const Item item = itemOption(context, inventory);
    const qint64 quantity = quantityOption(context, pantry, item);
    if (!vocabulary::disposalReasons().contains(reason))
        refuseFlag(
            u"reason"_s,
            StockTr::tr("\"%1\" is not a reason for disposal.").arg(context.value(u"reason"_s)),
            StockTr::tr("Use one of: %1.").arg(vocabulary::disposalReasons().join(u", "_s)));
    const std::optional<Location> location = optionalLocation(context, inventory);
    const OnHand bin = chooseBin(context, inventory, item, location, u"location"_s);
    if (quantity > bin.quantity)
        refuseFlag(u"quantity"_s,
                   StockTr::tr("only %1 on hand in the %2 at %3; %4 asked for.")
                       .arg(Quantities::format(bin.quantity, item.unit), lotText(bin.expiry),
                            bin.locationName, Quantities::format(quantity, item.unit)),
                   StockTr::tr("Check the lot and location, or count the shelf first."));
    const Posted posted = checked(pantry.inventory->dispose(
        item.id, bin.lotId, bin.locationId, quantity, reason, context.value(u"note"_s)));
    printPosted(context, pantry, u"dispose"_s,
                StockTr::tr("Disposed of %1 of \"%2\" (%3) from %4, %5.")
                    .arg(Quantities::format(quantity, item.unit), item.name, reason,
                         bin.locationName, lotText(bin.expiry)),
                posted);
    return Success;
}

} // namespace

Command disposeCommand() {
    Command dispose;
    dispose.name = u"dispose"_s;
    dispose.summary = StockTr::tr("Throw stock away: spoiled, expired, damaged or recalled.");
    dispose.description =
        StockTr::tr(
            "Takes the quantity out of one lot at one location, with the reason. The lot is "
            "named by --lot-expiry or --lot; when the item has stock in one lot only (at "
            "--location, or anywhere) that one is used. ") +
        itemHelp() + u' ' + changeHelp();
    dispose.synopsis = u"--item X --quantity Q --reason REASON [--lot-expiry DATE | --lot ID] "
                       u"[--location L] [--note TEXT] [--json]"_s;
    dispose.options = {
        itemOptionDef(StockTr::tr("the item: barcode, name or id")),
        quantityOptionDef(),
        QCommandLineOption(u"reason"_s, StockTr::tr("spoiled, expired, damaged or recalled"),
                           u"REASON"_s),
        lotExpiryOptionDef(),
        lotOptionDef(),
        QCommandLineOption(u"location"_s, StockTr::tr("where the stock is, by name or id"), u"L"_s),
        QCommandLineOption(u"note"_s, StockTr::tr("a note kept with the movement"), u"TEXT"_s),
        jsonOption(),
    };
    dispose.example = u"larder-cli --db pantry.larder dispose --item Milk --quantity 3 --reason "
                      u"spoiled --lot-expiry 2026-03-05 --location Fridge"_s;
    dispose.run = handled(runDispose);
    return dispose;
}

namespace {

// ---- move ----

int runMove(Context& context) {
    exclusive(context, u"lot"_s, u"lot-expiry"_s);
    const QString fromText = required(context, u"from"_s, u"L"_s);
    const QString toText = required(context, u"to"_s, u"L"_s);
    const Pantry pantry = openPantry(context);
    const Inventory& inventory = pantry.inv();
    const Item item = itemOption(context, inventory);
    const qint64 quantity = quantityOption(context, pantry, item);
    const Location from = findLocation(inventory, u"from"_s, fromText);
    const Location to = findLocation(inventory, u"to"_s, toText);
    if (from.id == to.id)
        refuseFlag(u"to"_s, StockTr::tr("the stock is at %1 already.").arg(to.name),
                   StockTr::tr("Give another location."));
    const OnHand bin = chooseBin(context, inventory, item, from, u"from"_s);
    if (quantity > bin.quantity)
        refuseFlag(u"quantity"_s,
                   StockTr::tr("only %1 on hand in the %2 at %3; %4 asked for.")
                       .arg(Quantities::format(bin.quantity, item.unit), lotText(bin.expiry),
                            from.name, Quantities::format(quantity, item.unit)));
    const Posted posted =
        checked(pantry.inventory->move(item.id, bin.lotId, from.id, to.id, quantity));
    printPosted(context, pantry, u"move"_s,
                StockTr::tr("Moved %1 of \"%2\", %3, from %4 to %5.")
                    .arg(Quantities::format(quantity, item.unit), item.name, lotText(bin.expiry),
                         from.name, to.name),
                posted);
    return Success;
}

} // namespace

Command moveCommand() {
    Command move;
    move.name = u"move"_s;
    move.summary = StockTr::tr("Move stock of one lot from one location to another.");
    move.description =
        StockTr::tr(
            "Posts a pair of movements that sum to nothing: out of --from, into --to, same "
            "lot. The lot is named by --lot-expiry or --lot, or is the only one with stock at "
            "--from. ") +
        itemHelp() + u' ' + changeHelp();
    move.synopsis =
        u"--item X --quantity Q --from L --to L [--lot-expiry DATE | --lot ID] [--json]"_s;
    move.options = {
        itemOptionDef(StockTr::tr("the item: barcode, name or id")),
        quantityOptionDef(),
        QCommandLineOption(u"from"_s, StockTr::tr("where the stock is now"), u"L"_s),
        QCommandLineOption(u"to"_s, StockTr::tr("where it goes"), u"L"_s),
        lotExpiryOptionDef(),
        lotOptionDef(),
        jsonOption(),
    };
    move.example = u"larder-cli --db pantry.larder move --item Yogurt --quantity 6 --from "
                   u"\"Walk-in fridge\" --to \"Hub: St. Pius\""_s;
    move.run = handled(runMove);
    return move;
}

namespace {

// ---- return ----

int runReturn(Context& context) {
    exclusive(context, u"lot"_s, u"lot-expiry"_s);
    const QString locationText = required(context, u"location"_s, u"L"_s);
    const Pantry pantry = openPantry(context);
    const Inventory& inventory = pantry.inv();
    const Item item = itemOption(context, inventory);
    const qint64 quantity = quantityOption(context, pantry, item);
    const Location location = findLocation(inventory, u"location"_s, locationText);

    // The lots this item has ever had (a returned box goes back into the lot it came from):
    // named by --lot or --lot-expiry, else the only one at that location, else the only one.
    StockFilter filter;
    filter.itemId = item.id;
    filter.includeZero = true;
    const QList<OnHand> everywhere =
        matchingLot(context, inventory.onHand(filter), item, inventory);
    auto distinctLots = [](const QList<OnHand>& lines, const QString& locationId) {
        QList<OnHand> lots;
        QSet<QString> seen;
        for (const OnHand& line : lines) {
            if ((locationId.isEmpty() || line.locationId == locationId) &&
                !seen.contains(line.lotId)) {
                seen.insert(line.lotId);
                lots.append(line);
            }
        }
        return lots;
    };
    const bool lotNamed = context.isSet(u"lot"_s) || context.isSet(u"lot-expiry"_s);
    if (lotNamed && everywhere.isEmpty())
        refuseFlag(u"lot-expiry"_s,
                   StockTr::tr("\"%1\" has no lot expiring %2.")
                       .arg(item.name, context.value(u"lot-expiry"_s)),
                   StockTr::tr("See its lots with larder-cli --db FILE history --item ID."));
    QList<OnHand> lots = distinctLots(everywhere, location.id);
    if (lots.isEmpty())
        lots = distinctLots(everywhere, {});
    if (lots.size() > 1) {
        QStringList names;
        for (const OnHand& lot : std::as_const(lots))
            names.append(dateText(lot.expiry, StockTr::tr("no expiry")));
        refuseFlag(
            u"lot-expiry"_s,
            StockTr::tr("\"%1\" has %2 lots: %3.")
                .arg(item.name, QString::number(lots.size()), names.join(u", "_s)),
            StockTr::tr("Say which lot the boxes came from with --lot-expiry DATE or --lot ID."));
    }
    const QString lotId = lots.isEmpty() ? QString() : lots.first().lotId;
    const std::optional<QDate> expiry = lots.isEmpty() ? std::nullopt : lots.first().expiry;
    const Posted posted =
        checked(pantry.inventory->returnStock(item.id, lotId, location.id, quantity));
    printPosted(context, pantry, u"return"_s,
                StockTr::tr("Returned %1 of \"%2\" to %3, %4.")
                    .arg(Quantities::format(quantity, item.unit), item.name, location.name,
                         lotText(expiry)),
                posted);
    return Success;
}

} // namespace

Command returnCommand() {
    Command returnCommand;
    returnCommand.name = u"return"_s;
    returnCommand.summary = StockTr::tr("Put undelivered boxes back on the shelf, into their lot.");
    returnCommand.description =
        StockTr::tr(
            "Adds the quantity back at --location, into the lot it came from: named by "
            "--lot-expiry or --lot, or the item's only lot at that location, or its only lot "
            "anywhere. ") +
        itemHelp() + u' ' + changeHelp();
    returnCommand.synopsis =
        u"--item X --quantity Q --location L [--lot-expiry DATE | --lot ID] [--json]"_s;
    returnCommand.options = {
        itemOptionDef(StockTr::tr("the item: barcode, name or id")),
        quantityOptionDef(),
        QCommandLineOption(u"location"_s, StockTr::tr("where it goes back, by name or id"), u"L"_s),
        lotExpiryOptionDef(),
        lotOptionDef(),
        jsonOption(),
    };
    returnCommand.example = u"larder-cli --db pantry.larder return --item Rice --quantity 2 "
                            u"--location \"Shelf A\" --lot-expiry 2026-09-30"_s;
    returnCommand.run = handled(runReturn);
    return returnCommand;
}

namespace {

// ---- reverse ----

int runReverse(Context& context) {
    const QString movementId = context.arguments.value(0).trimmed();
    const QString reason = required(context, u"reason"_s, u"TEXT"_s);
    const Pantry pantry = openPantry(context);
    const Inventory& inventory = pantry.inv();
    const auto original = inventory.movement(movementId);
    if (!original)
        refuse(StockTr::tr("There is no movement %1.").arg(movementId),
               StockTr::tr("Find the movement's id with larder-cli --db FILE history --item X."));
    if (original->reversed)
        refuse(StockTr::tr("Movement %1 was reversed already.").arg(movementId),
               StockTr::tr("To take stock in or out again, record that as a new movement."));
    const Posted posted =
        checked(pantry.inventory->reverse(movementId, reason, !context.isSet(u"row-only"_s)));
    printPosted(context, pantry, u"reverse"_s,
                StockTr::tr("Reversed %1 movement(s) of \"%2\" (%3).")
                    .arg(QString::number(posted.movementIds.size()), original->itemName, reason),
                posted);
    return Success;
}

} // namespace

Command reverseCommand() {
    Command reverse;
    reverse.name = u"reverse"_s;
    reverse.summary = StockTr::tr("Correct a movement by posting its opposite.");
    reverse.description =
        StockTr::tr(
            "Movements are never edited or deleted: a correction is a reversal that points "
            "back at the movement, with a reason. The whole action is reversed (both halves of "
            "a move, every lot of a distribution) unless --row-only. A movement is reversed at "
            "most once; a reversal cannot be reversed. Find movement ids with history. ") +
        changeHelp();
    reverse.synopsis = u"MOVEMENT_ID --reason TEXT [--row-only] [--json]"_s;
    reverse.arguments = {u"MOVEMENT_ID"_s};
    reverse.options = {
        QCommandLineOption(u"reason"_s, StockTr::tr("why, kept with the reversal"), u"TEXT"_s),
        QCommandLineOption(u"row-only"_s,
                           StockTr::tr("reverse only this row, not the rest of its action")),
        jsonOption(),
    };
    reverse.example = u"larder-cli --db pantry.larder reverse 0195f0c2-7a1b-7c3d-9e4f-"
                      u"0a1b2c3d4e5f --reason \"typed 30, meant 3\""_s;
    reverse.run = handled(runReverse);
    return reverse;
}

} // namespace larder::cli
