// SPDX-License-Identifier: GPL-3.0-or-later
// stock, receive, distribute and history: what is on hand, what comes in and goes out, and an
// item's ledger. Text output is an aligned table for people; --json gives the same facts to
// scripts. What they share with the other inventory commands is in StockSupport.h.

#include "app/cli/Commands.h"
#include "app/cli/StockSupport.h"
#include "core/inventory/Parsing.h"
#include "core/inventory/Vocabulary.h"
#include "core/storage/Settings.h"

#include <QJsonArray>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace larder::cli {

using namespace larder::inventory;

namespace {

QJsonObject onHandJson(const OnHand& line) {
    QJsonObject object{{u"item"_s, line.itemName},
                       {u"item_id"_s, line.itemId},
                       {u"category"_s, line.category},
                       {u"unit"_s, line.unit},
                       {u"location"_s, line.locationName},
                       {u"location_id"_s, line.locationId},
                       {u"lot_id"_s, textOrNull(line.lotId)},
                       {u"expiry"_s, dateJson(line.expiry)},
                       {u"quantity"_s, line.quantity}};
    if (line.quantity < 0)
        object.insert(u"warning"_s, u"negative"_s);
    return object;
}

// ---- stock ----

int runStock(Context& context) {
    exclusive(context, u"expiring"_s, u"expiring-within"_s);
    qint64 days = context.integer(u"expiring-within"_s, -1, 0, 36500);
    if (context.isSet(u"below-par"_s) &&
        (context.isSet(u"location"_s) || context.isSet(u"expiring-within"_s) ||
         context.isSet(u"expiring"_s)))
        throw UsageProblem{StockTr::tr("--below-par lists whole-pantry totals: it does not go with "
                                       "--location or --expiring")};
    const Pantry pantry = openPantry(context);
    const Inventory& inventory = pantry.inv();
    if (context.isSet(u"expiring"_s))
        days = Settings(*pantry.store).get(settings::ExpiryWarningDays);
    std::optional<Item> item;
    if (context.isSet(u"item"_s))
        item = itemOption(context, inventory);

    if (context.isSet(u"below-par"_s)) {
        QList<ItemTotal> totals;
        for (const ItemTotal& total : inventory.belowPar()) {
            if (!item || total.itemId == item->id)
                totals.append(total);
        }
        if (context.isSet(u"json"_s)) {
            QJsonArray list;
            for (const ItemTotal& total : std::as_const(totals))
                list.append(QJsonObject{{u"item"_s, total.name},
                                        {u"item_id"_s, total.itemId},
                                        {u"category"_s, total.category},
                                        {u"unit"_s, total.unit},
                                        {u"on_hand"_s, total.onHand},
                                        {u"par"_s, total.parLevel},
                                        {u"short"_s, total.parLevel - total.onHand},
                                        {u"next_expiry"_s, dateJson(total.nextExpiry)}});
            printJson(context, {{u"below_par"_s, list}});
            return Success;
        }
        if (totals.isEmpty()) {
            context.out << StockTr::tr("No item is below its par level.") << '\n';
            return Success;
        }
        Table table({StockTr::tr("Item"), StockTr::tr("Category"), StockTr::tr("On hand"),
                     StockTr::tr("Par"), StockTr::tr("Short"), StockTr::tr("Next expiry")},
                    {2, 3, 4});
        for (const ItemTotal& total : std::as_const(totals))
            table.add({total.name, total.category, Quantities::format(total.onHand, total.unit),
                       Quantities::format(total.parLevel, total.unit),
                       Quantities::format(total.parLevel - total.onHand, total.unit),
                       dateText(total.nextExpiry)});
        table.print(context.out);
        return Success;
    }

    StockFilter filter;
    if (const auto location = optionalLocation(context, inventory))
        filter.locationId = location->id;
    if (days >= 0)
        filter.expiringWithinDays = int(days);
    if (item)
        filter.itemId = item->id;
    QList<OnHand> lines = inventory.onHand(filter);
    if (filter.expiringWithinDays) // soonest first: what has to go out first
        std::stable_sort(lines.begin(), lines.end(),
                         [](const OnHand& a, const OnHand& b) { return a.expiry < b.expiry; });

    if (context.isSet(u"json"_s)) {
        QJsonArray list;
        for (const OnHand& line : std::as_const(lines))
            list.append(onHandJson(line));
        printJson(context, {{u"stock"_s, list}});
        return Success;
    }
    if (lines.isEmpty()) {
        context.out << StockTr::tr("No stock on hand matches.") << '\n';
        return Success;
    }
    const QDate today = inventory.today();
    int negative = 0;
    Table table({StockTr::tr("Item"), StockTr::tr("Category"), StockTr::tr("Location"),
                 StockTr::tr("Expiry"), StockTr::tr("Quantity"), StockTr::tr("Warning")},
                {4});
    for (const OnHand& line : std::as_const(lines)) {
        QStringList warnings;
        if (line.quantity < 0) {
            warnings.append(StockTr::tr("NEGATIVE"));
            ++negative;
        }
        if (line.expiry && *line.expiry < today)
            warnings.append(StockTr::tr("expired"));
        table.add({line.itemName, line.category, line.locationName, dateText(line.expiry),
                   Quantities::format(line.quantity, line.unit), warnings.join(u", "_s)});
    }
    table.print(context.out);
    // A warning, not data: on stderr, so a script cutting the table sees only its rows.
    context.out.flush();
    if (negative > 0)
        context.err << StockTr::tr(
                           "%1 line(s) below zero: more went out than was recorded coming in. "
                           "Count that stock, or check the intake and recent sync files.")
                           .arg(negative)
                    << '\n';
    return Success;
}

} // namespace

Command stockCommand() {
    Command stock;
    stock.name = u"stock"_s;
    stock.summary =
        StockTr::tr("Show stock on hand by item, location and lot, or what is below par.");
    stock.description =
        StockTr::tr(
            "Lists what is on hand, one line per item, location and lot, with the lot's expiry. "
            "Lines below zero (possible after a sync) are shown with a warning, never hidden: "
            "NEGATIVE in the table, \"warning\": \"negative\" in JSON. --expiring-within DAYS "
            "keeps lots expiring by today plus DAYS, expired ones included, soonest first. "
            "--json prints {\"stock\": [{\"item\", \"item_id\", \"category\", \"unit\", "
            "\"location\", \"location_id\", \"lot_id\", \"expiry\" (YYYY-MM-DD or null), "
            "\"quantity\"}, ...]}. --below-par lists items whose whole-pantry total is below "
            "their par level instead ({\"below_par\": [...]} with --json). ") +
        itemHelp();
    stock.synopsis = u"[--json] [--location L] [--expiring-within DAYS | --expiring] [--item X] "
                     u"[--below-par]"_s;
    stock.options = {
        jsonOption(),
        QCommandLineOption(u"location"_s, StockTr::tr("only this location, by name or id"), u"L"_s),
        QCommandLineOption(u"expiring-within"_s,
                           StockTr::tr("only lots expiring within DAYS days, expired included"),
                           u"DAYS"_s),
        QCommandLineOption(
            u"expiring"_s,
            StockTr::tr("the same, within the pantry's expiry warning days (a setting, "
                        "7 unless changed)")),
        itemOptionDef(StockTr::tr("only this item: name, barcode or id")),
        QCommandLineOption(u"below-par"_s, StockTr::tr("list items below their par level instead")),
    };
    stock.example = u"larder-cli --db pantry.larder stock --expiring-within 7 --location Fridge"_s;
    stock.run = handled(runStock);
    return stock;
}

namespace {

// ---- receive ----

int runReceive(Context& context) {
    const Pantry pantry = openPantry(context);
    const Inventory& inventory = pantry.inv();
    const Item item = itemOption(context, inventory);
    if (!item.active)
        refuseFlag(u"item"_s, StockTr::tr("\"%1\" is retired.").arg(item.name),
                   StockTr::tr("Make it active again in the catalog before receiving it."));
    const qint64 quantity = quantityOption(context, pantry, item);

    Location location;
    if (context.isSet(u"location"_s)) {
        location = *optionalLocation(context, inventory);
    } else {
        const QList<Location> all = inventory.locations();
        if (all.isEmpty())
            refuseNoLocations();
        if (all.size() > 1)
            refuseFlag(u"location"_s,
                       StockTr::tr("this pantry has %1 locations; say where the stock goes.")
                           .arg(all.size()),
                       StockTr::tr("Known locations: %1.").arg(knownLocations(inventory)));
        location = all.first();
    }

    Receipt receipt;
    receipt.itemId = item.id;
    receipt.locationId = location.id;
    receipt.quantity = quantity;
    receipt.note = context.value(u"note"_s);
    receipt.allowPastExpiry = context.isSet(u"allow-past-expiry"_s);

    if (context.isSet(u"expiry"_s)) {
        const bool monthFirst = Settings(*pantry.store).get(settings::DatesMonthFirst);
        const auto parsed =
            InputParser::parseExpiry(context.value(u"expiry"_s), inventory.today(), monthFirst);
        if (!parsed.ok() && !(parsed.date && receipt.allowPastExpiry)) {
            if (parsed.date)
                refuseFlag(u"expiry"_s, parsed.error,
                           StockTr::tr("Check the date on the package: food past its date goes to "
                                       "disposal, not onto the shelf. Add --allow-past-expiry to "
                                       "record it anyway."));
            refuseFlag(u"expiry"_s, parsed.error);
        }
        receipt.expiry = parsed.date;
    } else if (item.perishable && item.shelfLifeDays <= 0) {
        refuseFlag(
            u"expiry"_s,
            StockTr::tr("\"%1\" is perishable and has no default shelf life.").arg(item.name),
            StockTr::tr("Add --expiry with its date, such as 5d, 12/5 or 2027-01."));
    }

    if (context.isSet(u"source"_s)) {
        receipt.source = required(context, u"source"_s, u"SOURCE"_s).toLower();
        if (!vocabulary::intakeSources().contains(receipt.source))
            refuseFlag(
                u"source"_s,
                StockTr::tr("\"%1\" is not a kind of intake.").arg(context.value(u"source"_s)),
                StockTr::tr("Use one of: %1.").arg(vocabulary::intakeSources().join(u", "_s)));
    }
    if (context.isSet(u"supplier"_s)) {
        const QString wanted = required(context, u"supplier"_s, u"NAME"_s);
        QStringList names;
        for (const Supplier& supplier : inventory.suppliers()) {
            names.append(supplier.name);
            if (supplier.id == wanted || supplier.name.compare(wanted, Qt::CaseInsensitive) == 0)
                receipt.supplierId = supplier.id;
        }
        if (receipt.supplierId.isEmpty())
            refuseFlag(u"supplier"_s, StockTr::tr("there is no supplier \"%1\".").arg(wanted),
                       names.isEmpty()
                           ? StockTr::tr("This pantry has no suppliers yet; leave "
                                         "--supplier out, or add the supplier in Larder.")
                           : StockTr::tr("Known suppliers: %1.").arg(names.join(u", "_s)));
        if (!context.isSet(u"source"_s))
            receipt.source = u"supplier"_s;
    }

    const Posted posted = checked(pantry.inventory->receive(receipt));
    std::optional<QDate> expiry = receipt.expiry;
    if (const auto row = inventory.movement(posted.movementIds.value(0)))
        expiry = row->expiry; // the default shelf life may have set it
    printPosted(context, pantry, u"receive"_s,
                StockTr::tr("Received %1 of \"%2\" into %3, %4.")
                    .arg(Quantities::format(quantity, item.unit), item.name, location.name,
                         lotText(expiry)),
                posted);
    return Success;
}

} // namespace

Command receiveCommand() {
    Command receive;
    receive.name = u"receive"_s;
    receive.summary = StockTr::tr("Record stock coming in, into a lot per expiry date.");
    receive.description =
        StockTr::tr(
            "Records an intake: the item, how many, the expiry (one lot per item and expiry "
            "date), the location and where it came from. The expiry is read as at the intake "
            "screen: 3d, 3w, 2m, 1y from today, tomorrow, fri, 12/5 (day/month, or month/day "
            "when the pantry's setting says so), 12/5/27, 2027-01 (the end of that month), "
            "2027-01-15. Without --expiry a perishable item gets its default shelf life. A date "
            "already past is refused unless --allow-past-expiry. --location may be left out "
            "when the pantry has one location. --supplier alone means --source supplier. ") +
        itemHelp() + u' ' + changeHelp();
    receive.synopsis = u"--item X --quantity Q [--expiry TEXT] [--location L] [--source SOURCE] "
                       u"[--supplier NAME] [--note TEXT] [--allow-past-expiry] [--json]"_s;
    receive.options = {
        itemOptionDef(StockTr::tr("the item: barcode, name or id")),
        quantityOptionDef(),
        QCommandLineOption(
            u"expiry"_s, StockTr::tr("the expiry: 3w, 12/5, 2027-01, 2027-01-15, ..."), u"TEXT"_s),
        QCommandLineOption(u"location"_s, StockTr::tr("where it goes, by name or id"), u"L"_s),
        QCommandLineOption(u"source"_s,
                           StockTr::tr("supplier, donation (the default), purchase or drive"),
                           u"SOURCE"_s),
        QCommandLineOption(u"supplier"_s, StockTr::tr("the supplier, by name or id"), u"NAME"_s),
        QCommandLineOption(u"note"_s, StockTr::tr("a note kept with the movement"), u"TEXT"_s),
        QCommandLineOption(u"allow-past-expiry"_s,
                           StockTr::tr("accept an expiry date that is already past")),
        jsonOption(),
    };
    receive.example = u"larder-cli --db pantry.larder receive --item 0041331092609 --quantity "
                      u"\"3 cases\" --expiry 3w --location \"Shelf A\""_s;
    receive.run = handled(runReceive);
    return receive;
}

namespace {

// ---- distribute ----

int runDistribute(Context& context) {
    const Pantry pantry = openPantry(context);
    const Inventory& inventory = pantry.inv();
    const Item item = itemOption(context, inventory);
    const qint64 quantity = quantityOption(context, pantry, item);
    const std::optional<Location> location = optionalLocation(context, inventory);
    const bool allowNegative = context.isSet(u"allow-negative"_s);
    if (!allowNegative) {
        StockFilter filter;
        filter.itemId = item.id;
        if (location)
            filter.locationId = location->id;
        qint64 available = 0;
        for (const OnHand& line : inventory.onHand(filter))
            available += std::max<qint64>(line.quantity, 0);
        if (available < quantity)
            refuseFlag(
                u"quantity"_s,
                StockTr::tr("only %1 of \"%2\" on hand%3; %4 asked for.")
                    .arg(Quantities::format(available, item.unit), item.name,
                         location ? StockTr::tr(" at %1").arg(location->name) : QString(),
                         Quantities::format(quantity, item.unit)),
                StockTr::tr("Give out what there is, record the missing intake first, or add "
                            "--allow-negative to record it anyway."));
    }
    const Posted posted = checked(pantry.inventory->distribute(
        item.id, quantity, location ? location->id : QString(), {}, allowNegative));
    printPosted(context, pantry, u"distribute"_s,
                StockTr::tr("Distributed %1 of \"%2\", first expiry first out.")
                    .arg(Quantities::format(quantity, item.unit), item.name),
                posted);
    return Success;
}

} // namespace

Command distributeCommand() {
    Command distribute;
    distribute.name = u"distribute"_s;
    distribute.summary = StockTr::tr("Give stock out, first expiry first out.");
    distribute.description =
        StockTr::tr(
            "Takes the quantity from the item's lots, the earliest expiry first (lots without "
            "expiry last), at one location or across all. Taking more than is on hand is "
            "refused unless --allow-negative, which records it and leaves the line below zero "
            "as a warning. ") +
        itemHelp() + u' ' + changeHelp();
    distribute.synopsis = u"--item X --quantity Q [--location L] [--allow-negative] [--json]"_s;
    distribute.options = {
        itemOptionDef(StockTr::tr("the item: barcode, name or id")),
        quantityOptionDef(),
        QCommandLineOption(u"location"_s, StockTr::tr("take only from this location"), u"L"_s),
        QCommandLineOption(u"allow-negative"_s,
                           StockTr::tr("record it even when more goes out than is on hand")),
        jsonOption(),
    };
    distribute.example =
        u"larder-cli --db pantry.larder distribute --item \"black beans\" --quantity 24"_s;
    distribute.run = handled(runDistribute);
    return distribute;
}

namespace {

// ---- history ----

int runHistory(Context& context) {
    const qint64 limit = context.integer(u"limit"_s, std::numeric_limits<int>::max(), 1,
                                         std::numeric_limits<int>::max());
    const Pantry pantry = openPantry(context);
    const Item item = itemOption(context, pantry.inv());
    const QList<MovementRow> rows = pantry.inv().history(item.id, int(limit));
    if (context.isSet(u"json"_s)) {
        QJsonArray list;
        for (const MovementRow& row : rows)
            list.append(movementJson(row));
        printJson(context, {{u"item"_s, item.name}, {u"item_id"_s, item.id}, {u"history"_s, list}});
        return Success;
    }
    context.out << StockTr::tr("History of \"%1\" (%2), newest first: %3 movement(s).")
                       .arg(item.name, item.unit, QString::number(rows.size()))
                << '\n';
    if (rows.isEmpty())
        return Success;
    Table table({StockTr::tr("When"), StockTr::tr("Kind"), StockTr::tr("Quantity"),
                 StockTr::tr("Expiry"), StockTr::tr("Location"), StockTr::tr("Who"),
                 StockTr::tr("Why"), StockTr::tr("Reversed"), StockTr::tr("Movement")},
                {2});
    for (const MovementRow& row : rows) {
        QString why = row.reason;
        if (!row.reverses.isEmpty())
            why = StockTr::tr("%1 (reverses %2)").arg(why, row.reverses);
        table.add({localTime(row.at), row.kind, Quantities::formatSigned(row.quantity, item.unit),
                   dateText(row.expiry), row.locationName,
                   !row.recordedByName.isEmpty() ? row.recordedByName
                   : row.recordedBy.isEmpty()    ? u"-"_s
                                                 : row.recordedBy,
                   why, row.reversed ? StockTr::tr("reversed") : QString(), row.id});
    }
    table.print(context.out);
    return Success;
}

} // namespace

Command historyCommand() {
    Command history;
    history.name = u"history"_s;
    history.summary = StockTr::tr("Show every movement of an item.");
    history.description =
        StockTr::tr("Lists the item's movements, newest first: when, kind, quantity, lot expiry, "
                    "location, who recorded it, why, whether it was reversed, and its id. --json "
                    "prints {\"item\", \"item_id\", \"history\": [{\"id\", \"at\", \"kind\", "
                    "\"quantity\", \"expiry\", \"location\", \"reason\", \"recorded_by\", "
                    "\"reversed\", ...}]}. ") +
        itemHelp();
    history.synopsis = u"--item X [--json] [--limit N]"_s;
    history.options = {
        itemOptionDef(StockTr::tr("the item: barcode, name or id")),
        jsonOption(),
        QCommandLineOption(u"limit"_s, StockTr::tr("only the newest N movements (default: all)"),
                           u"N"_s),
    };
    history.example = u"larder-cli --db pantry.larder history --item \"Rice 2 lb\" --limit 20"_s;
    history.run = handled(runHistory);
    return history;
}

} // namespace larder::cli
