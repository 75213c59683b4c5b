// The inventory commands: stock, receive, distribute, dispose, move, return, reverse, count,
// history, items and locations. Each reads or changes the pantry file through inventory::Inventory
// only; every change is one Inventory call, so one transaction, and everything a person typed is
// checked before it is called, so a refused command changes nothing. Text output is an aligned
// table for people; --json gives the same facts to scripts.

#include "Commands.h"
#include "inventory/Inventory.h"
#include "inventory/Parsing.h"
#include "inventory/Vocabulary.h"
#include "storage/Settings.h"
#include "storage/Store.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cstdio>
#include <limits>
#include <memory>

using namespace Qt::StringLiterals;

namespace larder::cli {

namespace {

using namespace larder::inventory;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(larder::cli::StockCommands)
};

// ---- Refusing before anything is written ----

// Bad input found by a command's checks: printed as the one line on stderr, exit code 1.
struct Refused {
    Error error;
};

Error invalidInput(const QString& message, const QString& hint = {}) {
    Error error;
    error.kind = Error::Kind::InvalidInput;
    error.message = message;
    error.hint = hint;
    return error;
}

[[noreturn]] void refuse(const QString& message, const QString& hint = {}) {
    throw Refused{invalidInput(message, hint)};
}

// "--quantity: ..." : the flag at fault first, then what is wrong.
[[noreturn]] void refuseFlag(const QString& option, const QString& message,
                             const QString& hint = {}) {
    refuse(u"--"_s + option + u": "_s + message, hint);
}

// The handler, with Refused turned into its one line on stderr and exit code 1.
std::function<int(Context&)> handled(int (*body)(Context&)) {
    return [body](Context& context) {
        try {
            return body(context);
        } catch (const Refused& refused) {
            context.out.flush();
            return context.fail(refused.error);
        }
    };
}

// ---- Reading the command line ----

// A value the command cannot do without: missing is a usage error (exit code 2).
QString required(const Context& context, const QString& option, const QString& valueName) {
    if (!context.isSet(option) || context.value(option).trimmed().isEmpty())
        throw UsageProblem{Tr::tr("--%1 is required: add --%1 %2").arg(option, valueName)};
    return context.value(option).trimmed();
}

void exclusive(const Context& context, const QString& first, const QString& second) {
    if (context.isSet(first) && context.isSet(second))
        throw UsageProblem{Tr::tr("give --%1 or --%2, not both").arg(first, second)};
}

void onlyWith(const Context& context, const QString& option, const QString& with) {
    if (context.isSet(option) && !context.isSet(with))
        throw UsageProblem{Tr::tr("--%1 goes with --%2").arg(option, with)};
}

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
                   Tr::tr("\"%1\" is not a whole number from %2 to %3.")
                       .arg(context.value(option), QString::number(min), QString::number(max)),
                   Tr::tr("Type digits only, such as %1.").arg(std::max<qint64>(min, 12)));
    return number;
}

// ---- Output ----

QString dateText(const std::optional<QDate>& date, const QString& none = u"-"_s) {
    return date ? date->toString(Qt::ISODate) : none;
}

QJsonValue dateJson(const std::optional<QDate>& date) {
    return date ? QJsonValue(date->toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString& text) {
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString signedNumber(qint64 number) {
    return number > 0 ? u"+"_s + QString::number(number) : QString::number(number);
}

// "2026-03-01T12:00:00.000Z" as this laptop's "2026-03-01 13:00".
QString localTime(const QString& iso) {
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return at.isValid() ? at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : iso;
}

void printJson(Context& context, const QJsonObject& object) {
    context.out << QJsonDocument(object).toJson(QJsonDocument::Indented);
}

// Columns separated by two spaces, numbers aligned right, no trailing spaces: readable on a
// terminal and easy to cut with awk.
class Table {
public:
    explicit Table(QStringList headers, QList<int> numericColumns = {})
        : m_headers(std::move(headers))
        , m_numeric(std::move(numericColumns)) {}

    void add(QStringList row) {
        while (row.size() < m_headers.size())
            row.append(QString());
        m_rows.append(std::move(row));
    }
    bool isEmpty() const { return m_rows.isEmpty(); }

    void print(QTextStream& out) const {
        QList<qsizetype> widths;
        for (const QString& header : m_headers)
            widths.append(header.size());
        for (const QStringList& row : m_rows) {
            for (int i = 0; i < widths.size(); ++i)
                widths[i] = std::max(widths[i], row.at(i).size());
        }
        auto line = [&](const QStringList& cells) {
            QString text;
            for (int i = 0; i < widths.size(); ++i) {
                if (i > 0)
                    text += u"  "_s;
                text += m_numeric.contains(i) ? cells.at(i).rightJustified(widths.at(i))
                                              : cells.at(i).leftJustified(widths.at(i));
            }
            while (text.endsWith(u' '))
                text.chop(1);
            out << text << '\n';
        };
        line(m_headers);
        for (const QStringList& row : m_rows)
            line(row);
    }

private:
    QStringList m_headers;
    QList<int> m_numeric;
    QList<QStringList> m_rows;
};

QString quotedList(const QStringList& names, int most = 8) {
    QStringList shown;
    for (const QString& name : names.mid(0, most))
        shown.append(u'"' + name + u'"');
    QString text = shown.join(u", "_s);
    if (names.size() > most)
        text += Tr::tr(" and %1 more").arg(names.size() - most);
    return text;
}

// ---- The pantry ----

// The file open, with its inventory. Opening failures are refusals (exit code 1).
struct Pantry {
    std::unique_ptr<Store> store;
    std::unique_ptr<Inventory> inventory;
    Inventory& inv() const { return *inventory; }
    qint64 maximumEntry() const { return Settings(*store).get(settings::MaxIntakeQuantity); }
};

Pantry openPantry(const Context& context) {
    auto opened = context.openPantry();
    if (!opened)
        throw Refused{opened.error()};
    Pantry pantry;
    pantry.store = std::move(opened).value();
    pantry.inventory = std::make_unique<Inventory>(*pantry.store);
    return pantry;
}

// Turns a refusal from Inventory into the command's one line on stderr.
template <typename T> T checked(Result<T> result) {
    if (!result)
        throw Refused{result.error()};
    return std::move(result).value();
}

void checked(Result<void> result) {
    if (!result)
        throw Refused{result.error()};
}

// ---- Finding what a person named ----

QString knownLocations(const Inventory& inventory) {
    QStringList names;
    for (const Location& location : inventory.locations())
        names.append(location.name);
    return names.join(u", "_s);
}

[[noreturn]] void refuseNoLocations() {
    refuse(Tr::tr("This pantry has no locations yet."),
           Tr::tr("Add one first: larder-cli --db FILE locations add --name \"Shelf A\" "
                  "--kind shelf."));
}

// A location by id or by name (case-insensitive).
Location findLocation(const Inventory& inventory, const QString& option, const QString& text) {
    const QString wanted = text.trimmed();
    for (const Location& location : inventory.locations(true)) {
        if (location.id == wanted)
            return location;
    }
    if (const auto byName = inventory.locationByName(wanted))
        return *byName;
    if (inventory.locations().isEmpty())
        refuseFlag(option,
                   Tr::tr("there is no location \"%1\" and no location at all yet.").arg(wanted),
                   Tr::tr("Add one with: larder-cli --db FILE locations add --name \"%1\" --kind "
                          "shelf.")
                       .arg(wanted));
    refuseFlag(option, Tr::tr("there is no location \"%1\".").arg(wanted),
               Tr::tr("Known locations: %1.").arg(knownLocations(inventory)));
}

std::optional<Location> optionalLocation(const Context& context, const Inventory& inventory,
                                         const QString& option = u"location"_s) {
    if (!context.isSet(option))
        return std::nullopt;
    return findLocation(inventory, option, required(context, option, u"L"_s));
}

// An item by barcode (exact), id, name (exact, case-insensitive) or, failing those, the one item
// whose name holds every word typed.
Item findItem(const Inventory& inventory, const QString& option, const QString& text) {
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
            refuseFlag(option, Tr::tr("no item has the barcode %1.").arg(wanted),
                       Tr::tr("Check the number, or add the item: larder-cli --db FILE items add "
                              "--name NAME --category CATEGORY --barcode %1.")
                           .arg(wanted));
        refuseFlag(option, Tr::tr("no item is called \"%1\".").arg(wanted),
                   Tr::tr("See the catalog with larder-cli --db FILE items, or give a barcode."));
    }
    QStringList names;
    for (const Item& item : found)
        names.append(item.active ? item.name : Tr::tr("%1 (retired)").arg(item.name));
    refuseFlag(option,
               Tr::tr("\"%1\" could be %2 items: %3.")
                   .arg(wanted, QString::number(found.size()), quotedList(names)),
               Tr::tr("Give the whole name, a barcode or the item's id (larder-cli --db FILE items "
                      "--json)."));
}

Item itemOption(const Context& context, const Inventory& inventory) {
    return findItem(inventory, u"item"_s, required(context, u"item"_s, u"X"_s));
}

qint64 quantityOption(const Context& context, const Pantry& pantry, const Item& item) {
    const QString text = required(context, u"quantity"_s, u"Q"_s);
    const auto parsed = InputParser::parseQuantity(text, item.caseSize, pantry.maximumEntry());
    if (!parsed.ok())
        refuseFlag(u"quantity"_s, parsed.error);
    return parsed.quantity;
}

QString unitOf(const Item& item) {
    return item.unit;
}

QString lotText(const std::optional<QDate>& expiry) {
    return expiry ? Tr::tr("lot expiring %1").arg(expiry->toString(Qt::ISODate))
                  : Tr::tr("lot without expiry");
}

// "2026-03-05 (6)", "no expiry (2)": a bin as the lot-choice messages list it.
QString binText(const OnHand& line, bool withLocation) {
    QString text = line.expiry ? line.expiry->toString(Qt::ISODate) : Tr::tr("no expiry");
    if (withLocation)
        text += u" at "_s + line.locationName;
    return text + u" ("_s + QString::number(line.quantity) + u')';
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
        refuseFlag(u"lot-expiry"_s, Tr::tr("\"%1\" is not a date.").arg(text),
                   Tr::tr("Type the lot's expiry as stock prints it, such as 2026-03-05, or "
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
            refuseFlag(u"lot"_s, Tr::tr("%1 is not a lot of \"%2\".").arg(lotId, item.name),
                       Tr::tr("See its lots with larder-cli --db FILE stock --json --item ID."));
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
    const QString where = location ? Tr::tr(" at %1").arg(location->name) : QString();
    if (withStock.isEmpty())
        refuseFlag(u"item"_s, Tr::tr("there is no \"%1\" on hand%2.").arg(item.name, where),
                   Tr::tr("See what there is with larder-cli --db FILE stock --item ID."));
    const QList<OnHand> lines = matchingLot(context, withStock, item, inventory);
    const bool lotNamed = context.isSet(u"lot"_s) || context.isSet(u"lot-expiry"_s);
    if (lines.isEmpty()) {
        QStringList bins;
        for (const OnHand& line : withStock)
            bins.append(binText(line, !location));
        refuseFlag(context.isSet(u"lot"_s) ? u"lot"_s : u"lot-expiry"_s,
                   Tr::tr("that lot of \"%1\" has nothing on hand%2.").arg(item.name, where),
                   Tr::tr("Lots with stock: %1.").arg(bins.join(u", "_s)));
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
                   Tr::tr("\"%1\" is at %2 locations: %3.")
                       .arg(item.name, QString::number(names.size()), names.join(u", "_s)),
                   Tr::tr("Say which with --%1 L.").arg(locationOption));
    }
    if (lines.size() > 1) {
        QStringList bins;
        for (const OnHand& line : lines)
            bins.append(binText(line, false));
        refuseFlag(
            lotNamed ? u"lot"_s : u"lot-expiry"_s,
            Tr::tr("\"%1\" has stock in %2 lots%3: %4.")
                .arg(item.name, QString::number(lines.size()),
                     where.isEmpty() ? Tr::tr(" at %1").arg(lines.first().locationName) : where,
                     bins.join(u", "_s)),
            Tr::tr("Say which with --lot-expiry DATE or --lot ID."));
    }
    return lines.first();
}

// ---- JSON shapes ----

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

// ---- What a change posted ----

// The sentence saying what was done, then the ledger rows written; with --json, the rows.
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
    Table table({Tr::tr("Movement"), Tr::tr("Kind"), Tr::tr("Item"), Tr::tr("Location"),
                 Tr::tr("Expiry"), Tr::tr("Quantity")},
                {5});
    for (const MovementRow& row : std::as_const(rows))
        table.add({row.id, row.kind, row.itemName, row.locationName, dateText(row.expiry),
                   signedNumber(row.quantity)});
    table.print(context.out);
}

// ---- stock ----

int runStock(Context& context) {
    exclusive(context, u"expiring"_s, u"expiring-within"_s);
    qint64 days = context.integer(u"expiring-within"_s, -1, 0, 36500);
    if (context.isSet(u"below-par"_s) &&
        (context.isSet(u"location"_s) || context.isSet(u"expiring-within"_s) ||
         context.isSet(u"expiring"_s)))
        throw UsageProblem{Tr::tr("--below-par lists whole-pantry totals: it does not go with "
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
            context.out << Tr::tr("No item is below its par level.") << '\n';
            return Success;
        }
        Table table({Tr::tr("Item"), Tr::tr("Category"), Tr::tr("On hand"), Tr::tr("Par"),
                     Tr::tr("Short"), Tr::tr("Unit"), Tr::tr("Next expiry")},
                    {2, 3, 4});
        for (const ItemTotal& total : std::as_const(totals))
            table.add({total.name, total.category, QString::number(total.onHand),
                       QString::number(total.parLevel),
                       QString::number(total.parLevel - total.onHand), total.unit,
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
        context.out << Tr::tr("No stock on hand matches.") << '\n';
        return Success;
    }
    const QDate today = inventory.today();
    int negative = 0;
    Table table({Tr::tr("Item"), Tr::tr("Category"), Tr::tr("Location"), Tr::tr("Expiry"),
                 Tr::tr("Quantity"), Tr::tr("Unit"), Tr::tr("Warning")},
                {4});
    for (const OnHand& line : std::as_const(lines)) {
        QStringList warnings;
        if (line.quantity < 0) {
            warnings.append(Tr::tr("NEGATIVE"));
            ++negative;
        }
        if (line.expiry && *line.expiry < today)
            warnings.append(Tr::tr("expired"));
        table.add({line.itemName, line.category, line.locationName, dateText(line.expiry),
                   QString::number(line.quantity), line.unit, warnings.join(u", "_s)});
    }
    table.print(context.out);
    if (negative > 0)
        context.out << '\n'
                    << Tr::tr("%1 line(s) below zero: more went out than was recorded coming in. "
                              "Count that stock, or check the intake and recent sync files.")
                           .arg(negative)
                    << '\n';
    return Success;
}

// ---- receive ----

int runReceive(Context& context) {
    const Pantry pantry = openPantry(context);
    const Inventory& inventory = pantry.inv();
    const Item item = itemOption(context, inventory);
    if (!item.active)
        refuseFlag(u"item"_s, Tr::tr("\"%1\" is retired.").arg(item.name),
                   Tr::tr("Make it active again in the catalog before receiving it."));
    const qint64 quantity = quantityOption(context, pantry, item);

    Location location;
    if (context.isSet(u"location"_s)) {
        location = *optionalLocation(context, inventory);
    } else {
        const QList<Location> all = inventory.locations();
        if (all.isEmpty())
            refuseNoLocations();
        if (all.size() > 1)
            refuseFlag(
                u"location"_s,
                Tr::tr("this pantry has %1 locations; say where the stock goes.").arg(all.size()),
                Tr::tr("Known locations: %1.").arg(knownLocations(inventory)));
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
                           Tr::tr("Check the date on the package: food past its date goes to "
                                  "disposal, not onto the shelf. Add --allow-past-expiry to "
                                  "record it anyway."));
            refuseFlag(u"expiry"_s, parsed.error);
        }
        receipt.expiry = parsed.date;
    } else if (item.perishable && item.shelfLifeDays <= 0) {
        refuseFlag(u"expiry"_s,
                   Tr::tr("\"%1\" is perishable and has no default shelf life.").arg(item.name),
                   Tr::tr("Add --expiry with its date, such as 5d, 12/5 or 2027-01."));
    }

    if (context.isSet(u"source"_s)) {
        receipt.source = required(context, u"source"_s, u"SOURCE"_s).toLower();
        if (!vocabulary::intakeSources().contains(receipt.source))
            refuseFlag(u"source"_s,
                       Tr::tr("\"%1\" is not a kind of intake.").arg(context.value(u"source"_s)),
                       Tr::tr("Use one of: %1.").arg(vocabulary::intakeSources().join(u", "_s)));
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
            refuseFlag(u"supplier"_s, Tr::tr("there is no supplier \"%1\".").arg(wanted),
                       names.isEmpty() ? Tr::tr("This pantry has no suppliers yet; leave "
                                                "--supplier out, or add the supplier in Larder.")
                                       : Tr::tr("Known suppliers: %1.").arg(names.join(u", "_s)));
        if (!context.isSet(u"source"_s))
            receipt.source = u"supplier"_s;
    }

    const Posted posted = checked(pantry.inventory->receive(receipt));
    std::optional<QDate> expiry = receipt.expiry;
    if (const auto row = inventory.movement(posted.movementIds.value(0)))
        expiry = row->expiry; // the default shelf life may have set it
    printPosted(context, pantry, u"receive"_s,
                Tr::tr("Received %1 %2 of \"%3\" into %4, %5.")
                    .arg(QString::number(quantity), unitOf(item), item.name, location.name,
                         lotText(expiry)),
                posted);
    return Success;
}

// ---- distribute, dispose, move, return, reverse ----

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
            refuseFlag(u"quantity"_s,
                       Tr::tr("only %1 %2 of \"%3\" on hand%4; %5 asked for.")
                           .arg(QString::number(available), unitOf(item), item.name,
                                location ? Tr::tr(" at %1").arg(location->name) : QString(),
                                QString::number(quantity)),
                       Tr::tr("Give out what there is, record the missing intake first, or add "
                              "--allow-negative to record it anyway."));
    }
    const Posted posted = checked(pantry.inventory->distribute(
        item.id, quantity, location ? location->id : QString(), {}, allowNegative));
    printPosted(context, pantry, u"distribute"_s,
                Tr::tr("Distributed %1 %2 of \"%3\", first expiry first out.")
                    .arg(QString::number(quantity), unitOf(item), item.name),
                posted);
    return Success;
}

int runDispose(Context& context) {
    exclusive(context, u"lot"_s, u"lot-expiry"_s);
    const QString reason = required(context, u"reason"_s, u"REASON"_s).toLower();
    const Pantry pantry = openPantry(context);
    const Inventory& inventory = pantry.inv();
    const Item item = itemOption(context, inventory);
    const qint64 quantity = quantityOption(context, pantry, item);
    if (!vocabulary::disposalReasons().contains(reason))
        refuseFlag(u"reason"_s,
                   Tr::tr("\"%1\" is not a reason for disposal.").arg(context.value(u"reason"_s)),
                   Tr::tr("Use one of: %1.").arg(vocabulary::disposalReasons().join(u", "_s)));
    const std::optional<Location> location = optionalLocation(context, inventory);
    const OnHand bin = chooseBin(context, inventory, item, location, u"location"_s);
    if (quantity > bin.quantity)
        refuseFlag(u"quantity"_s,
                   Tr::tr("only %1 %2 on hand in the %3 at %4; %5 asked for.")
                       .arg(QString::number(bin.quantity), unitOf(item), lotText(bin.expiry),
                            bin.locationName, QString::number(quantity)),
                   Tr::tr("Check the lot and location, or count the shelf first."));
    const Posted posted = checked(pantry.inventory->dispose(
        item.id, bin.lotId, bin.locationId, quantity, reason, context.value(u"note"_s)));
    printPosted(context, pantry, u"dispose"_s,
                Tr::tr("Disposed of %1 %2 of \"%3\" (%4) from %5, %6.")
                    .arg(QString::number(quantity), unitOf(item), item.name, reason,
                         bin.locationName, lotText(bin.expiry)),
                posted);
    return Success;
}

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
        refuseFlag(u"to"_s, Tr::tr("the stock is at %1 already.").arg(to.name),
                   Tr::tr("Give another location."));
    const OnHand bin = chooseBin(context, inventory, item, from, u"from"_s);
    if (quantity > bin.quantity)
        refuseFlag(u"quantity"_s,
                   Tr::tr("only %1 %2 on hand in the %3 at %4; %5 asked for.")
                       .arg(QString::number(bin.quantity), unitOf(item), lotText(bin.expiry),
                            from.name, QString::number(quantity)));
    const Posted posted =
        checked(pantry.inventory->move(item.id, bin.lotId, from.id, to.id, quantity));
    printPosted(context, pantry, u"move"_s,
                Tr::tr("Moved %1 %2 of \"%3\", %4, from %5 to %6.")
                    .arg(QString::number(quantity), unitOf(item), item.name, lotText(bin.expiry),
                         from.name, to.name),
                posted);
    return Success;
}

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
        refuseFlag(
            u"lot-expiry"_s,
            Tr::tr("\"%1\" has no lot expiring %2.").arg(item.name, context.value(u"lot-expiry"_s)),
            Tr::tr("See its lots with larder-cli --db FILE history --item ID."));
    QList<OnHand> lots = distinctLots(everywhere, location.id);
    if (lots.isEmpty())
        lots = distinctLots(everywhere, {});
    if (lots.size() > 1) {
        QStringList names;
        for (const OnHand& lot : std::as_const(lots))
            names.append(dateText(lot.expiry, Tr::tr("no expiry")));
        refuseFlag(u"lot-expiry"_s,
                   Tr::tr("\"%1\" has %2 lots: %3.")
                       .arg(item.name, QString::number(lots.size()), names.join(u", "_s)),
                   Tr::tr("Say which lot the boxes came from with --lot-expiry DATE or --lot ID."));
    }
    const QString lotId = lots.isEmpty() ? QString() : lots.first().lotId;
    const std::optional<QDate> expiry = lots.isEmpty() ? std::nullopt : lots.first().expiry;
    const Posted posted =
        checked(pantry.inventory->returnStock(item.id, lotId, location.id, quantity));
    printPosted(context, pantry, u"return"_s,
                Tr::tr("Returned %1 %2 of \"%3\" to %4, %5.")
                    .arg(QString::number(quantity), unitOf(item), item.name, location.name,
                         lotText(expiry)),
                posted);
    return Success;
}

int runReverse(Context& context) {
    const QString movementId = context.arguments.value(0).trimmed();
    const QString reason = required(context, u"reason"_s, u"TEXT"_s);
    const Pantry pantry = openPantry(context);
    const Inventory& inventory = pantry.inv();
    const auto original = inventory.movement(movementId);
    if (!original)
        refuse(Tr::tr("There is no movement %1.").arg(movementId),
               Tr::tr("Find the movement's id with larder-cli --db FILE history --item X."));
    if (original->reversed)
        refuse(Tr::tr("Movement %1 was reversed already.").arg(movementId),
               Tr::tr("To take stock in or out again, record that as a new movement."));
    const Posted posted =
        checked(pantry.inventory->reverse(movementId, reason, !context.isSet(u"row-only"_s)));
    printPosted(context, pantry, u"reverse"_s,
                Tr::tr("Reversed %1 movement(s) of \"%2\" (%3).")
                    .arg(QString::number(posted.movementIds.size()), original->itemName, reason),
                posted);
    return Success;
}

// ---- count ----

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

QString csvField(const QString& text) {
    static const QRegularExpression special(u"[\",\\r\\n]"_s);
    if (!text.contains(special))
        return text;
    return u'"' + QString(text).replace(u'"', u"\"\""_s) + u'"';
}

void printSheet(Context& context, const Inventory& inventory, const StockCount& count) {
    if (context.isSet(u"json"_s)) {
        printJson(context, {{u"count"_s, countJson(inventory, count)}});
        return;
    }
    if (context.isSet(u"csv"_s)) {
        context.out << "line_id,item,location,expiry,unit,expected,counted\n";
        for (const CountLine& line : count.lines)
            context.out << csvField(line.id) << ',' << csvField(line.itemName) << ','
                        << csvField(line.locationName) << ',' << dateText(line.expiry, {}) << ','
                        << csvField(line.unit) << ',' << line.expected << ','
                        << (line.counted ? QString::number(*line.counted) : QString()) << '\n';
        return;
    }
    context.out << Tr::tr("Count %1 of %2, %3, started %4: %5 line(s).")
                       .arg(count.id, countScope(inventory, count), count.status,
                            localTime(count.startedAt), QString::number(count.lines.size()))
                << '\n';
    if (count.lines.isEmpty())
        return;
    Table table({Tr::tr("Line"), Tr::tr("Item"), Tr::tr("Location"), Tr::tr("Expiry"),
                 Tr::tr("Unit"), Tr::tr("Expected"), Tr::tr("Counted")},
                {5, 6});
    for (const CountLine& line : count.lines)
        table.add({line.id, line.itemName, line.locationName, dateText(line.expiry), line.unit,
                   QString::number(line.expected),
                   line.counted ? QString::number(*line.counted) : QString()});
    table.print(context.out);
}

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

int runCountStart(Context& context) {
    const Pantry pantry = openPantry(context);
    const std::optional<Location> location = optionalLocation(context, pantry.inv());
    const QString id = checked(pantry.inventory->startCount(location ? location->id : QString()));
    printSheet(context, pantry.inv(), requireCount(pantry.inv(), id, false));
    return Success;
}

int runCountSheet(Context& context) {
    exclusive(context, u"json"_s, u"csv"_s);
    const Pantry pantry = openPantry(context);
    printSheet(context, pantry.inv(),
               requireCount(pantry.inv(), context.arguments.value(0), false));
    return Success;
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
            throw Refused{ok.error()};
        }
        saved.append(lineId);
    }
}

struct CsvRecord {
    int row = 0; // 1-based, the header is row 1: as a spreadsheet numbers them
    QStringList fields;
};

// RFC 4180: fields separated by `separator`, quoted fields may hold separators, doubled quotes
// and line breaks. Returns the row of an unterminated quote in `badRow`.
QList<CsvRecord> parseCsv(const QString& text, QChar separator, int* badRow) {
    QList<CsvRecord> records;
    CsvRecord record{1, {}};
    QString field;
    bool quoted = false, fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"' && field.trimmed().isEmpty()) {
            quoted = true;
            fieldStarted = true;
            field.clear();
        } else if (c == separator) {
            record.fields.append(field);
            field.clear();
            fieldStarted = true;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            if (fieldStarted || !field.isEmpty() || !record.fields.isEmpty())
                record.fields.append(field);
            records.append(record);
            record = CsvRecord{record.row + 1, {}};
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
        }
    }
    if (quoted) {
        *badRow = record.row;
        return {};
    }
    if (fieldStarted || !field.isEmpty() || !record.fields.isEmpty()) {
        record.fields.append(field);
        records.append(record);
    }
    return records;
}

QList<std::pair<QString, qint64>> readCountFile(const QString& path, const StockCount& count,
                                                int* skipped) {
    auto fileError = [&path](int row, const QString& column, const QString& message,
                             const QString& hint = {}) {
        Error error = invalidInput(message, hint);
        error.path = path == u"-" ? u"stdin"_s : path;
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
        Error error;
        error.kind = QFileInfo::exists(path) ? Error::Kind::InvalidInput : Error::Kind::NotFound;
        error.path = path;
        error.message =
            QFileInfo::exists(path)
                ? Tr::tr("Larder could not read this file (%1).").arg(file.errorString())
                : Tr::tr("This file does not exist.");
        error.hint = Tr::tr("Check the name after --file.");
        throw Refused{error};
    }
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QString firstLine = text.section(u'\n', 0, 0);
    QChar separator = u',';
    if (!firstLine.contains(u',') && firstLine.contains(u';'))
        separator = u';';
    else if (!firstLine.contains(u',') && firstLine.contains(u'\t'))
        separator = u'\t';
    int badRow = 0;
    const QList<CsvRecord> records = parseCsv(text, separator, &badRow);
    if (badRow > 0)
        throw fileError(badRow, {}, Tr::tr("A quoted field is never closed."),
                        Tr::tr("Add the closing \" and try again; nothing was saved."));
    const QString header = Tr::tr("The first row must name the columns: line_id,counted (count "
                                  "sheet COUNT_ID --csv writes such a file); nothing was saved.");
    if (records.isEmpty())
        throw fileError(1, {}, Tr::tr("The file is empty."), header);
    int lineColumn = -1, countedColumn = -1;
    const QStringList names = records.first().fields;
    for (int i = 0; i < names.size(); ++i) {
        const QString name = names.at(i).trimmed().toLower();
        if (name == u"line_id")
            lineColumn = i;
        else if (name == u"counted")
            countedColumn = i;
    }
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
    for (const CsvRecord& record : records.mid(1)) {
        const QString lineId = record.fields.value(lineColumn).trimmed();
        const QString counted = record.fields.value(countedColumn).trimmed();
        if (std::all_of(record.fields.cbegin(), record.fields.cend(),
                        [](const QString& field) { return field.trimmed().isEmpty(); }))
            continue; // a blank line
        if (counted.isEmpty()) {
            ++*skipped;
            continue;
        }
        if (lineId.isEmpty())
            throw fileError(record.row, u"line_id"_s,
                            Tr::tr("This row has a count but no line_id."),
                            Tr::tr("Copy the line's id from the count sheet; nothing was saved."));
        if (!onCount.contains(lineId))
            throw fileError(record.row, u"line_id"_s,
                            Tr::tr("\"%1\" is not a line of count %2.").arg(lineId, count.id),
                            Tr::tr("Check the line id against the count sheet; nothing was "
                                   "saved."));
        if (seenAt.contains(lineId))
            throw fileError(record.row, u"line_id"_s,
                            Tr::tr("Line %1 is on row %2 already.").arg(lineId).arg(seenAt[lineId]),
                            Tr::tr("Keep one row per line; nothing was saved."));
        seenAt.insert(lineId, record.row);
        qint64 value = 0;
        const QString why = countedError(counted, &value);
        if (!why.isEmpty())
            throw fileError(record.row, u"counted"_s, why, Tr::tr("Nothing was saved."));
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
    context.out << Tr::tr("Counted %1 %2 of \"%3\" at %4, %5 (on hand %6, difference %7).")
                       .arg(QString::number(value), line->unit, line->itemName, line->locationName,
                            lotText(line->expiry), QString::number(line->onHandNow),
                            signedNumber(value - line->onHandNow))
                << '\n';
    return Success;
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
                 Tr::tr("Unit"), Tr::tr("On hand"), Tr::tr("Counted"), Tr::tr("Difference")},
                {5, 6, 7});
    for (const CountLine& line : std::as_const(differences))
        table.add({line.id, line.itemName, line.locationName, dateText(line.expiry), line.unit,
                   QString::number(line.onHandNow), QString::number(*line.counted),
                   signedNumber(line.difference())});
    table.print(context.out);
    return Success;
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

int runCountCancel(Context& context) {
    const Pantry pantry = openPantry(context);
    const StockCount count = requireCount(pantry.inv(), context.arguments.value(0), true);
    checked(pantry.inventory->cancelCount(count.id));
    context.out << Tr::tr("Cancelled count %1; stock is unchanged.").arg(count.id) << '\n';
    return Success;
}

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
    context.out << Tr::tr("History of \"%1\" (%2), newest first: %3 movement(s).")
                       .arg(item.name, item.unit, QString::number(rows.size()))
                << '\n';
    if (rows.isEmpty())
        return Success;
    Table table({Tr::tr("When"), Tr::tr("Kind"), Tr::tr("Quantity"), Tr::tr("Expiry"),
                 Tr::tr("Location"), Tr::tr("Who"), Tr::tr("Why"), Tr::tr("Reversed"),
                 Tr::tr("Movement")},
                {2});
    for (const MovementRow& row : rows) {
        QString why = row.reason;
        if (!row.reverses.isEmpty())
            why = Tr::tr("%1 (reverses %2)").arg(why, row.reverses);
        table.add({localTime(row.at), row.kind, signedNumber(row.quantity), dateText(row.expiry),
                   row.locationName,
                   !row.recordedByName.isEmpty() ? row.recordedByName
                   : row.recordedBy.isEmpty()    ? u"-"_s
                                                 : row.recordedBy,
                   why, row.reversed ? Tr::tr("reversed") : QString(), row.id});
    }
    table.print(context.out);
    return Success;
}

// ---- items, locations ----

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
        context.out << Tr::tr("The catalog is empty; add an item with larder-cli --db FILE items "
                              "add --name NAME --category CATEGORY.")
                    << '\n';
        return Success;
    }
    Table table({Tr::tr("Name"), Tr::tr("Category"), Tr::tr("Unit"), Tr::tr("Barcodes"),
                 Tr::tr("Par"), Tr::tr("On hand"), Tr::tr("Status")},
                {4, 5});
    for (const Item& item : items) {
        QString unit = item.unit;
        if (item.caseSize > 0)
            unit += Tr::tr(" (case of %1)").arg(item.caseSize);
        QStringList status;
        if (!item.active)
            status.append(Tr::tr("retired"));
        if (item.parLevel > 0 && onHand.value(item.id) < item.parLevel)
            status.append(Tr::tr("below par"));
        table.add({item.name, item.category, unit, item.barcodes.join(u' '),
                   QString::number(item.parLevel), QString::number(onHand.value(item.id)),
                   status.join(u", "_s)});
    }
    table.print(context.out);
    return Success;
}

QString oneOf(const Context& context, const QString& option, const QString& valueName,
              const QStringList& vocabulary, const QString& what) {
    const QString value = required(context, option, valueName).toLower();
    if (!vocabulary.contains(value))
        refuseFlag(option, Tr::tr("\"%1\" is not %2.").arg(context.value(option), what),
                   Tr::tr("Use one of: %1.").arg(vocabulary.join(u", "_s)));
    return value;
}

int runItemsAdd(Context& context) {
    Item item;
    item.name = required(context, u"name"_s, u"N"_s);
    required(context, u"category"_s, u"C"_s);
    const Pantry pantry = openPantry(context);
    const Inventory& inventory = pantry.inv();
    item.category =
        oneOf(context, u"category"_s, u"C"_s, vocabulary::categories(), Tr::tr("a category"));
    if (context.isSet(u"unit"_s))
        item.unit = oneOf(context, u"unit"_s, u"U"_s, vocabulary::units(), Tr::tr("a unit"));
    item.caseSize = int(wholeNumber(context, u"case-size"_s, 0, 1, 10000));
    item.unitGrams = int(wholeNumber(context, u"unit-grams"_s, 0, 1, 1'000'000));
    item.shelfLifeDays = int(wholeNumber(context, u"shelf-life"_s, 0, 1, 3650));
    item.perishable = context.isSet(u"perishable"_s) || item.shelfLifeDays > 0;
    item.parLevel = wholeNumber(context, u"par"_s, 0, 0, 10'000'000);
    if (item.unit == u"case" && item.caseSize <= 0)
        refuseFlag(u"case-size"_s, Tr::tr("an item counted in cases needs its case size."),
                   Tr::tr("Add --case-size N, how many units one case holds."));
    for (const QString& tag : context.value(u"tags"_s).split(u',', Qt::SkipEmptyParts)) {
        const QString key = tag.trimmed().toLower();
        if (!vocabulary::dietaryTags().contains(key))
            refuseFlag(u"tags"_s, Tr::tr("\"%1\" is not a dietary tag.").arg(tag.trimmed()),
                       Tr::tr("Use any of: %1.").arg(vocabulary::dietaryTags().join(u", "_s)));
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
                           Tr::tr("%1 already belongs to \"%2\".").arg(trimmed, owner->name),
                           Tr::tr("A barcode names one item; check the code."));
            item.barcodes.append(trimmed);
        }
    }
    for (const Item& existing : inventory.items(true)) {
        if (existing.name.compare(item.name, Qt::CaseInsensitive) == 0)
            refuseFlag(u"name"_s,
                       Tr::tr("there is already an item called \"%1\"%2.")
                           .arg(existing.name, existing.active ? QString() : Tr::tr(" (retired)")),
                       Tr::tr("Give the new item a name that tells them apart, such as its "
                              "size."));
    }
    item.id = checked(pantry.inventory->addItem(item));
    if (const auto saved = inventory.item(item.id))
        item = *saved;
    if (context.isSet(u"json"_s)) {
        printJson(context, {{u"item"_s, itemJson(item, 0)}});
        return Success;
    }
    context.out << Tr::tr("Added item \"%1\" (%2, %3), id %4.")
                       .arg(item.name, item.category, item.unit, item.id)
                << '\n';
    return Success;
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
        context.out << Tr::tr("This pantry has no locations yet; add one with larder-cli --db "
                              "FILE locations add --name \"Shelf A\" --kind shelf.")
                    << '\n';
        return Success;
    }
    Table table({Tr::tr("Name"), Tr::tr("Kind"), Tr::tr("Id"), Tr::tr("Status")});
    for (const Location& location : locations)
        table.add({location.name, location.kind, location.id,
                   location.active ? QString() : Tr::tr("inactive")});
    table.print(context.out);
    return Success;
}

int runLocationsAdd(Context& context) {
    Location location;
    location.name = required(context, u"name"_s, u"N"_s);
    required(context, u"kind"_s, u"K"_s);
    const Pantry pantry = openPantry(context);
    location.kind = oneOf(context, u"kind"_s, u"K"_s, vocabulary::locationKinds(),
                          Tr::tr("a kind of location"));
    if (const auto existing = pantry.inv().locationByName(location.name))
        refuseFlag(u"name"_s,
                   Tr::tr("there is already a location called \"%1\".").arg(existing->name),
                   Tr::tr("Choose another name."));
    location.id = checked(pantry.inventory->addLocation(location));
    if (context.isSet(u"json"_s)) {
        printJson(context, {{u"location"_s, locationJson(location)}});
        return Success;
    }
    context.out << Tr::tr("Added location \"%1\" (%2), id %3.")
                       .arg(location.name, location.kind, location.id)
                << '\n';
    return Success;
}

// ---- The command table ----

QCommandLineOption jsonOption(const QString& what = Tr::tr("print JSON for scripts")) {
    return QCommandLineOption(u"json"_s, what);
}
QCommandLineOption itemOptionDef(const QString& what) {
    return QCommandLineOption(u"item"_s, what, u"X"_s);
}
QCommandLineOption quantityOptionDef() {
    return QCommandLineOption(
        u"quantity"_s,
        Tr::tr("how many, in the item's unit: 14, \"3 cases\" (times the case size) or 2x12"),
        u"Q"_s);
}
QCommandLineOption lotOptionDef() {
    return QCommandLineOption(u"lot"_s, Tr::tr("the lot, by its id (stock --json)"), u"ID"_s);
}
QCommandLineOption lotExpiryOptionDef() {
    return QCommandLineOption(u"lot-expiry"_s,
                              Tr::tr("the lot, by its expiry as stock prints it (2026-03-05), or "
                                     "\"none\""),
                              u"DATE"_s);
}

QString itemHelp() {
    return Tr::tr("The item, X, is found by barcode, then by id, then by name: the whole name (any "
                  "case) or words that only one item's name holds.");
}
QString changeHelp() {
    return Tr::tr(
        "Prints what it posted: a sentence, then the ledger rows with their ids (the ids that "
        "reverse takes); --json prints {\"action\", \"reference\", \"movements\": [...]}. Bad "
        "input saves nothing and prints one line on stderr naming the option to fix (exit 1).");
}

} // namespace

QList<Command> stockCommands() {
    QList<Command> commands;

    Command stock;
    stock.name = u"stock"_s;
    stock.summary = Tr::tr("Show stock on hand by item, location and lot, or what is below par.");
    stock.description =
        Tr::tr("Lists what is on hand, one line per item, location and lot, with the lot's expiry. "
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
        QCommandLineOption(u"location"_s, Tr::tr("only this location, by name or id"), u"L"_s),
        QCommandLineOption(u"expiring-within"_s,
                           Tr::tr("only lots expiring within DAYS days, expired included"),
                           u"DAYS"_s),
        QCommandLineOption(u"expiring"_s,
                           Tr::tr("the same, within the pantry's expiry warning days (a setting, "
                                  "7 unless changed)")),
        itemOptionDef(Tr::tr("only this item: name, barcode or id")),
        QCommandLineOption(u"below-par"_s, Tr::tr("list items below their par level instead")),
    };
    stock.example = u"larder-cli --db pantry.larder stock --expiring-within 7 --location Fridge"_s;
    stock.run = handled(runStock);
    commands << stock;

    Command receive;
    receive.name = u"receive"_s;
    receive.summary = Tr::tr("Record stock coming in, into a lot per expiry date.");
    receive.description =
        Tr::tr("Records an intake: the item, how many, the expiry (one lot per item and expiry "
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
        itemOptionDef(Tr::tr("the item: barcode, name or id")),
        quantityOptionDef(),
        QCommandLineOption(u"expiry"_s, Tr::tr("the expiry: 3w, 12/5, 2027-01, 2027-01-15, ..."),
                           u"TEXT"_s),
        QCommandLineOption(u"location"_s, Tr::tr("where it goes, by name or id"), u"L"_s),
        QCommandLineOption(u"source"_s,
                           Tr::tr("supplier, donation (the default), purchase or drive"),
                           u"SOURCE"_s),
        QCommandLineOption(u"supplier"_s, Tr::tr("the supplier, by name or id"), u"NAME"_s),
        QCommandLineOption(u"note"_s, Tr::tr("a note kept with the movement"), u"TEXT"_s),
        QCommandLineOption(u"allow-past-expiry"_s,
                           Tr::tr("accept an expiry date that is already past")),
        jsonOption(),
    };
    receive.example = u"larder-cli --db pantry.larder receive --item 0041331092609 --quantity "
                      u"\"3 cases\" --expiry 3w --location \"Shelf A\""_s;
    receive.run = handled(runReceive);
    commands << receive;

    Command distribute;
    distribute.name = u"distribute"_s;
    distribute.summary = Tr::tr("Give stock out, first expiry first out.");
    distribute.description =
        Tr::tr("Takes the quantity from the item's lots, the earliest expiry first (lots without "
               "expiry last), at one location or across all. Taking more than is on hand is "
               "refused unless --allow-negative, which records it and leaves the line below zero "
               "as a warning. ") +
        itemHelp() + u' ' + changeHelp();
    distribute.synopsis = u"--item X --quantity Q [--location L] [--allow-negative] [--json]"_s;
    distribute.options = {
        itemOptionDef(Tr::tr("the item: barcode, name or id")),
        quantityOptionDef(),
        QCommandLineOption(u"location"_s, Tr::tr("take only from this location"), u"L"_s),
        QCommandLineOption(u"allow-negative"_s,
                           Tr::tr("record it even when more goes out than is on hand")),
        jsonOption(),
    };
    distribute.example =
        u"larder-cli --db pantry.larder distribute --item \"black beans\" --quantity 24"_s;
    distribute.run = handled(runDistribute);
    commands << distribute;

    Command dispose;
    dispose.name = u"dispose"_s;
    dispose.summary = Tr::tr("Throw stock away: spoiled, expired, damaged or recalled.");
    dispose.description =
        Tr::tr("Takes the quantity out of one lot at one location, with the reason. The lot is "
               "named by --lot-expiry or --lot; when the item has stock in one lot only (at "
               "--location, or anywhere) that one is used. ") +
        itemHelp() + u' ' + changeHelp();
    dispose.synopsis = u"--item X --quantity Q --reason REASON [--lot-expiry DATE | --lot ID] "
                       u"[--location L] [--note TEXT] [--json]"_s;
    dispose.options = {
        itemOptionDef(Tr::tr("the item: barcode, name or id")),
        quantityOptionDef(),
        QCommandLineOption(u"reason"_s, Tr::tr("spoiled, expired, damaged or recalled"),
                           u"REASON"_s),
        lotExpiryOptionDef(),
        lotOptionDef(),
        QCommandLineOption(u"location"_s, Tr::tr("where the stock is, by name or id"), u"L"_s),
        QCommandLineOption(u"note"_s, Tr::tr("a note kept with the movement"), u"TEXT"_s),
        jsonOption(),
    };
    dispose.example = u"larder-cli --db pantry.larder dispose --item Milk --quantity 3 --reason "
                      u"spoiled --lot-expiry 2026-03-05 --location Fridge"_s;
    dispose.run = handled(runDispose);
    commands << dispose;

    Command move;
    move.name = u"move"_s;
    move.summary = Tr::tr("Move stock of one lot from one location to another.");
    move.description =
        Tr::tr("Posts a pair of movements that sum to nothing: out of --from, into --to, same "
               "lot. The lot is named by --lot-expiry or --lot, or is the only one with stock at "
               "--from. ") +
        itemHelp() + u' ' + changeHelp();
    move.synopsis =
        u"--item X --quantity Q --from L --to L [--lot-expiry DATE | --lot ID] [--json]"_s;
    move.options = {
        itemOptionDef(Tr::tr("the item: barcode, name or id")),
        quantityOptionDef(),
        QCommandLineOption(u"from"_s, Tr::tr("where the stock is now"), u"L"_s),
        QCommandLineOption(u"to"_s, Tr::tr("where it goes"), u"L"_s),
        lotExpiryOptionDef(),
        lotOptionDef(),
        jsonOption(),
    };
    move.example = u"larder-cli --db pantry.larder move --item Yogurt --quantity 6 --from "
                   u"\"Walk-in fridge\" --to \"Hub: St. Pius\""_s;
    move.run = handled(runMove);
    commands << move;

    Command returnCommand;
    returnCommand.name = u"return"_s;
    returnCommand.summary = Tr::tr("Put undelivered boxes back on the shelf, into their lot.");
    returnCommand.description =
        Tr::tr("Adds the quantity back at --location, into the lot it came from: named by "
               "--lot-expiry or --lot, or the item's only lot at that location, or its only lot "
               "anywhere. ") +
        itemHelp() + u' ' + changeHelp();
    returnCommand.synopsis =
        u"--item X --quantity Q --location L [--lot-expiry DATE | --lot ID] [--json]"_s;
    returnCommand.options = {
        itemOptionDef(Tr::tr("the item: barcode, name or id")),
        quantityOptionDef(),
        QCommandLineOption(u"location"_s, Tr::tr("where it goes back, by name or id"), u"L"_s),
        lotExpiryOptionDef(),
        lotOptionDef(),
        jsonOption(),
    };
    returnCommand.example = u"larder-cli --db pantry.larder return --item Rice --quantity 2 "
                            u"--location \"Shelf A\" --lot-expiry 2026-09-30"_s;
    returnCommand.run = handled(runReturn);
    commands << returnCommand;

    Command reverse;
    reverse.name = u"reverse"_s;
    reverse.summary = Tr::tr("Correct a movement by posting its opposite.");
    reverse.description =
        Tr::tr("Movements are never edited or deleted: a correction is a reversal that points "
               "back at the movement, with a reason. The whole action is reversed (both halves of "
               "a move, every lot of a distribution) unless --row-only. A movement is reversed at "
               "most once; a reversal cannot be reversed. Find movement ids with history. ") +
        changeHelp();
    reverse.synopsis = u"MOVEMENT_ID --reason TEXT [--row-only] [--json]"_s;
    reverse.arguments = {u"MOVEMENT_ID"_s};
    reverse.options = {
        QCommandLineOption(u"reason"_s, Tr::tr("why, kept with the reversal"), u"TEXT"_s),
        QCommandLineOption(u"row-only"_s,
                           Tr::tr("reverse only this row, not the rest of its action")),
        jsonOption(),
    };
    reverse.example = u"larder-cli --db pantry.larder reverse 0195f0c2-7a1b-7c3d-9e4f-"
                      u"0a1b2c3d4e5f --reason \"typed 30, meant 3\""_s;
    reverse.run = handled(runReverse);
    commands << reverse;

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

    Command countSheet;
    countSheet.name = u"sheet"_s;
    countSheet.summary = Tr::tr("Print a count's lines.");
    countSheet.description =
        Tr::tr("Prints each line of the count: line id, item, location, lot expiry, unit, "
               "expected (on hand when the count started) and counted. --csv writes "
               "line_id,item,location,expiry,unit,expected,counted: fill in counted and give the "
               "file to count enter --file. --json prints {\"count\": {..., \"lines\": "
               "[{\"line_id\", \"item\", ..., \"expected\", \"counted\", \"on_hand\"}]}}.");
    countSheet.synopsis = u"COUNT_ID [--json | --csv]"_s;
    countSheet.arguments = {u"COUNT_ID"_s};
    countSheet.options = {jsonOption(),
                          QCommandLineOption(u"csv"_s, Tr::tr("print the lines as CSV"))};
    countSheet.example = u"larder-cli --db pantry.larder count sheet COUNT_ID --csv > count.csv"_s;
    countSheet.run = handled(runCountSheet);

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

    Command countCancel;
    countCancel.name = u"cancel"_s;
    countCancel.summary = Tr::tr("Close a count without posting anything.");
    countCancel.description = Tr::tr("Closes an open count; stock does not change.");
    countCancel.synopsis = u"COUNT_ID"_s;
    countCancel.arguments = {u"COUNT_ID"_s};
    countCancel.example = u"larder-cli --db pantry.larder count cancel COUNT_ID"_s;
    countCancel.run = handled(runCountCancel);

    count.subcommands = {countStart,  countSheet,   countEnter,
                         countReview, countConfirm, countCancel};
    commands << count;

    Command history;
    history.name = u"history"_s;
    history.summary = Tr::tr("Show every movement of an item.");
    history.description =
        Tr::tr("Lists the item's movements, newest first: when, kind, quantity, lot expiry, "
               "location, who recorded it, why, whether it was reversed, and its id. --json "
               "prints {\"item\", \"item_id\", \"history\": [{\"id\", \"at\", \"kind\", "
               "\"quantity\", \"expiry\", \"location\", \"reason\", \"recorded_by\", "
               "\"reversed\", ...}]}. ") +
        itemHelp();
    history.synopsis = u"--item X [--json] [--limit N]"_s;
    history.options = {
        itemOptionDef(Tr::tr("the item: barcode, name or id")),
        jsonOption(),
        QCommandLineOption(u"limit"_s, Tr::tr("only the newest N movements (default: all)"),
                           u"N"_s),
    };
    history.example = u"larder-cli --db pantry.larder history --item \"Rice 2 lb\" --limit 20"_s;
    history.run = handled(runHistory);
    commands << history;

    Command items;
    items.name = u"items"_s;
    items.summary = Tr::tr("List the catalog, or add an item (items add).");
    items.description =
        Tr::tr("Lists the active items with category, unit, barcodes, par level and on-hand "
               "total; --all adds retired ones. --json prints {\"items\": [{\"id\", \"name\", "
               "\"category\", \"unit\", \"case_size\", \"barcodes\", \"tags\", \"par\", "
               "\"on_hand\", \"active\", ...}]}.");
    items.synopsis = u"[add ...] [--json] [--all]"_s;
    items.options = {jsonOption(), QCommandLineOption(u"all"_s, Tr::tr("include retired items"))};
    items.example = u"larder-cli --db pantry.larder items --json"_s;
    items.run = handled(runItems);

    Command itemsAdd;
    itemsAdd.name = u"add"_s;
    itemsAdd.summary = Tr::tr("Add an item to the catalog.");
    itemsAdd.description =
        Tr::tr("Adds an item. Categories: %1. Units: %2 (a case needs --case-size). Dietary tags: "
               "%3. --shelf-life makes the item perishable; its intake then proposes today plus "
               "that many days as expiry. A barcode already on another item, or a name already "
               "in the catalog, is refused.")
            .arg(vocabulary::categories().join(u", "_s), vocabulary::units().join(u", "_s),
                 vocabulary::dietaryTags().join(u", "_s));
    itemsAdd.synopsis =
        u"--name N --category C [--unit U] [--case-size N] [--barcode CODE ...] [--perishable "
        u"[--shelf-life DAYS]] [--tags t1,t2] [--par N] [--unit-grams G] [--json]"_s;
    itemsAdd.options = {
        QCommandLineOption(u"name"_s, Tr::tr("the item's name, such as \"Rice 2 lb\""), u"N"_s),
        QCommandLineOption(u"category"_s, Tr::tr("food, water, hygiene, baby, ..."), u"C"_s),
        QCommandLineOption(u"unit"_s, Tr::tr("each (the default), lb, kg or case"), u"U"_s),
        QCommandLineOption(u"case-size"_s, Tr::tr("units in a case, for \"3 cases\" at intake"),
                           u"N"_s),
        QCommandLineOption(u"barcode"_s, Tr::tr("a barcode; repeat for more"), u"CODE"_s),
        QCommandLineOption(u"perishable"_s, Tr::tr("it has an expiry date")),
        QCommandLineOption(u"shelf-life"_s, Tr::tr("default shelf life in days"), u"DAYS"_s),
        QCommandLineOption(u"tags"_s, Tr::tr("dietary tags, separated by commas"), u"t1,t2"_s),
        QCommandLineOption(u"par"_s, Tr::tr("below this on-hand total the item is flagged"),
                           u"N"_s),
        QCommandLineOption(u"unit-grams"_s, Tr::tr("weight of one unit in grams, for reports"),
                           u"G"_s),
        jsonOption(),
    };
    itemsAdd.example = u"larder-cli --db pantry.larder items add --name \"Black beans 15 oz\" "
                       u"--category food --case-size 24 --barcode 0041331092609 --tags "
                       u"vegan,gluten-free --par 48"_s;
    itemsAdd.run = handled(runItemsAdd);
    items.subcommands = {itemsAdd};
    commands << items;

    Command locations;
    locations.name = u"locations"_s;
    locations.summary = Tr::tr("List the locations, or add one (locations add).");
    locations.description = Tr::tr("Lists the active locations with kind and id; --all adds "
                                   "inactive ones. --json prints {\"locations\": [{\"id\", "
                                   "\"name\", \"kind\", \"active\"}]}.");
    locations.synopsis = u"[add ...] [--json] [--all]"_s;
    locations.options = {jsonOption(),
                         QCommandLineOption(u"all"_s, Tr::tr("include inactive locations"))};
    locations.example = u"larder-cli --db pantry.larder locations"_s;
    locations.run = handled(runLocations);

    Command locationsAdd;
    locationsAdd.name = u"add"_s;
    locationsAdd.summary = Tr::tr("Add a location.");
    locationsAdd.description =
        Tr::tr("Adds a place stock is kept. Kinds: %1 (a partner's hub is \"hub\"). Names are "
               "unique, whatever their case.")
            .arg(vocabulary::locationKinds().join(u", "_s));
    locationsAdd.synopsis = u"--name N --kind K [--json]"_s;
    locationsAdd.options = {
        QCommandLineOption(u"name"_s, Tr::tr("the location's name"), u"N"_s),
        QCommandLineOption(u"kind"_s, Tr::tr("shelf, fridge, freezer, hub or other"), u"K"_s),
        jsonOption(),
    };
    locationsAdd.example =
        u"larder-cli --db pantry.larder locations add --name \"Walk-in fridge\" --kind fridge"_s;
    locationsAdd.run = handled(runLocationsAdd);
    locations.subcommands = {locationsAdd};
    commands << locations;

    return commands;
}

} // namespace larder::cli
