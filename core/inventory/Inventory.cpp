// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/inventory/Inventory.h"

#include "core/identity/Clock.h"
#include "core/inventory/Vocabulary.h"
#include "core/storage/Settings.h"
#include "core/storage/Store.h"

#include <QDateTime>
#include <QHash>

using namespace Qt::StringLiterals;

namespace larder::inventory {

namespace {

std::optional<QDate> dateOrNone(const QVariant& value) {
    if (value.isNull() || value.toString().isEmpty())
        return std::nullopt;
    const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

QVariant dateValue(const std::optional<QDate>& date) {
    return date ? QVariant(date->toString(Qt::ISODate)) : QVariant();
}

QStringList splitTags(const QString& text) {
    QStringList tags;
    for (const QString& tag : text.split(u',', Qt::SkipEmptyParts))
        tags << tag.trimmed();
    return tags;
}

// One bin of stock: an item's lot at a location, with what is on hand there.
struct Bin {
    QString lotId;
    QString locationId;
    qint64 quantity = 0;
};

} // namespace

Inventory::Inventory(Store& store)
    : m_store(store) {}

QDate Inventory::today() const {
    return m_store.today();
}

// ---- Catalog ----

static Result<void> validateItem(const Item& item) {
    if (item.name.trimmed().isEmpty())
        return Error::invalidInput(Inventory::tr("The item needs a name."),
                                   Inventory::tr("Type a name, such as \"Rice 2 lb\"."));
    if (!vocabulary::categories().contains(item.category))
        return Error::invalidInput(
            Inventory::tr("\"%1\" is not a category.").arg(item.category),
            Inventory::tr("Choose one of: %1.").arg(vocabulary::categories().join(u", ")));
    if (!vocabulary::units().contains(item.unit))
        return Error::invalidInput(
            Inventory::tr("\"%1\" is not a unit.").arg(item.unit),
            Inventory::tr("Choose one of: %1.").arg(vocabulary::units().join(u", ")));
    if (item.caseSize < 0 || item.caseSize > 10000)
        return Error::invalidInput(
            Inventory::tr("A case of %1 is not possible.").arg(item.caseSize),
            Inventory::tr("Type how many units a case holds, or 0."));
    if (item.unit == u"case" && item.caseSize <= 0)
        return Error::invalidInput(Inventory::tr("An item counted in cases needs its case size."),
                                   Inventory::tr("Type how many units one case holds."));
    if (item.unitGrams < 0 || item.shelfLifeDays < 0 || item.parLevel < 0)
        return Error::invalidInput(
            Inventory::tr("Weights, shelf life and par level cannot be negative."));
    for (const QString& tag : item.dietaryTags) {
        if (!vocabulary::dietaryTags().contains(tag))
            return Error::invalidInput(
                Inventory::tr("\"%1\" is not a dietary tag.").arg(tag),
                Inventory::tr("Use: %1.").arg(vocabulary::dietaryTags().join(u", ")));
    }
    for (const QString& code : item.barcodes) {
        if (code.trimmed().isEmpty() || code.size() > 64)
            return Error::invalidInput(Inventory::tr("\"%1\" is not a barcode.").arg(code));
    }
    return {};
}

QVariantMap Inventory::toValues(const Item& item) {
    return {
        {u"name"_s, item.name.trimmed()},
        {u"category"_s, item.category},
        {u"unit"_s, item.unit},
        {u"case_size"_s, item.caseSize > 0 ? QVariant(item.caseSize) : QVariant()},
        {u"unit_grams"_s, item.unitGrams > 0 ? QVariant(item.unitGrams) : QVariant()},
        {u"perishable"_s, item.perishable ? 1 : 0},
        {u"shelf_life_days"_s, item.shelfLifeDays > 0 ? QVariant(item.shelfLifeDays) : QVariant()},
        {u"dietary_tags"_s, item.dietaryTags.join(u',')},
        {u"par_level"_s, item.parLevel},
        {u"active"_s, item.active ? 1 : 0}};
}

Result<QString> Inventory::addItem(const Item& item) {
    if (auto ok = validateItem(item); !ok)
        return ok.error();
    QString id;
    auto ok = m_store.write([&](Writer& w) {
        for (const QString& code : item.barcodes) {
            if (const auto owner = itemByBarcode(code.trimmed()))
                w.refuse(tr("The barcode %1 already belongs to \"%2\".").arg(code, owner->name),
                         tr("Scan it to find that item, or remove the code from it first."));
        }
        id = w.insert(u"items", toValues(item));
        for (const QString& code : item.barcodes)
            w.insert(u"item_barcodes", {{u"item_id"_s, id}, {u"code"_s, code.trimmed()}});
    });
    if (!ok)
        return ok.error();
    return id;
}

Result<void> Inventory::updateItem(const Item& item) {
    if (auto ok = validateItem(item); !ok)
        return ok;
    return m_store.write([&](Writer& w) {
        if (m_store.record(u"items", item.id).isEmpty())
            w.refuse(tr("This item no longer exists."));
        for (const QString& code : item.barcodes) {
            const auto owner = itemByBarcode(code.trimmed());
            if (owner && owner->id != item.id)
                w.refuse(tr("The barcode %1 already belongs to \"%2\".").arg(code, owner->name));
        }
        w.update(u"items", item.id, toValues(item));
        QHash<QString, QString> existing; // code -> barcode row id
        m_store.readOrWarn(
            "SELECT id, code FROM item_barcodes WHERE item_id = ?1", {item.id},
            [&existing](const Row& row) { existing.insert(row.text(1), row.text(0)); });
        QSet<QString> wanted;
        for (const QString& code : item.barcodes)
            wanted.insert(code.trimmed());
        for (auto it = existing.cbegin(); it != existing.cend(); ++it) {
            if (!wanted.contains(it.key()))
                w.remove(u"item_barcodes", it.value());
        }
        for (const QString& code : std::as_const(wanted)) {
            if (!existing.contains(code))
                w.insert(u"item_barcodes", {{u"item_id"_s, item.id}, {u"code"_s, code}});
        }
    });
}

Result<void> Inventory::setItemActive(const QString& itemId, bool active) {
    return m_store.write([&](Writer& w) {
        if (m_store.record(u"items", itemId).isEmpty())
            w.refuse(tr("This item no longer exists."));
        w.update(u"items", itemId, {{u"active"_s, active ? 1 : 0}});
    });
}

static const QByteArray ItemColumns =
    "i.id, i.name, i.category, i.unit, i.case_size, i.unit_grams, i.perishable, "
    "i.shelf_life_days, i.dietary_tags, i.par_level, i.active, "
    "(SELECT group_concat(code, char(10)) FROM item_barcodes b WHERE b.item_id = i.id)";

static Item itemFromRow(const Row& row) {
    Item item;
    item.id = row.text(0);
    item.name = row.text(1);
    item.category = row.text(2);
    item.unit = row.text(3);
    item.caseSize = int(row.integer(4));
    item.unitGrams = int(row.integer(5));
    item.perishable = row.integer(6) != 0;
    item.shelfLifeDays = int(row.integer(7));
    item.dietaryTags = splitTags(row.text(8));
    item.parLevel = row.integer(9);
    item.active = row.integer(10) != 0;
    item.barcodes = row.text(11).split(u'\n', Qt::SkipEmptyParts);
    item.barcodes.sort();
    return item;
}

std::optional<Item> Inventory::item(const QString& itemId) const {
    std::optional<Item> found;
    m_store.readOrWarn("SELECT " + ItemColumns + " FROM items i WHERE i.id = ?1", {itemId},
                       [&found](const Row& row) { found = itemFromRow(row); });
    return found;
}

std::optional<Item> Inventory::itemByBarcode(const QString& code) const {
    std::optional<Item> found;
    m_store.readOrWarn("SELECT " + ItemColumns +
                           " FROM item_barcodes b JOIN items i ON i.id = b.item_id "
                           "WHERE b.code = ?1 ORDER BY i.active DESC LIMIT 1",
                       {code.trimmed()}, [&found](const Row& row) { found = itemFromRow(row); });
    return found;
}

QList<Item> Inventory::items(bool includeRetired) const {
    QList<Item> list;
    m_store.readOrWarn("SELECT " + ItemColumns + " FROM items i " +
                           (includeRetired ? QByteArray() : "WHERE i.active = 1 ") +
                           "ORDER BY i.name COLLATE NOCASE",
                       {}, [&list](const Row& row) { list.append(itemFromRow(row)); });
    return list;
}

QList<Item> Inventory::findItems(const QString& text, int limit) const {
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    QList<Item> active, retired;
    for (const Item& item : items(true)) {
        bool all = true;
        for (const QString& word : words)
            all = all && item.name.contains(word, Qt::CaseInsensitive);
        if (all)
            (item.active ? active : retired).append(item);
    }
    active.append(retired);
    return active.mid(0, limit);
}

Result<QString> Inventory::addLocation(const Location& location) {
    if (location.name.trimmed().isEmpty())
        return Error::invalidInput(tr("The location needs a name."),
                                   tr("Type a name, such as \"Shelf B\"."));
    if (!vocabulary::locationKinds().contains(location.kind))
        return Error::invalidInput(
            tr("\"%1\" is not a kind of location.").arg(location.kind),
            tr("Choose one of: %1.").arg(vocabulary::locationKinds().join(u", ")));
    if (locationByName(location.name.trimmed()))
        return Error::invalidInput(
            tr("There is already a location called \"%1\".").arg(location.name.trimmed()),
            tr("Choose another name."));
    QString id;
    auto ok = m_store.write([&](Writer& w) {
        id = w.insert(u"locations", {{u"name"_s, location.name.trimmed()},
                                     {u"kind"_s, location.kind},
                                     {u"active"_s, location.active ? 1 : 0}});
    });
    if (!ok)
        return ok.error();
    return id;
}

QList<Location> Inventory::locations(bool includeInactive) const {
    QList<Location> list;
    m_store.readOrWarn(
        "SELECT id, name, kind, active FROM locations " +
            (includeInactive ? QByteArray() : "WHERE active = 1 ") + "ORDER BY name COLLATE NOCASE",
        {}, [&list](const Row& row) {
            list.append({row.text(0), row.text(1), row.text(2), row.integer(3) != 0});
        });
    return list;
}

std::optional<Location> Inventory::locationByName(const QString& name) const {
    for (const Location& location : locations(true)) {
        if (location.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return location;
    }
    return std::nullopt;
}

QList<Supplier> Inventory::suppliers() const {
    QList<Supplier> list;
    m_store.readOrWarn("SELECT id, name, kind FROM suppliers WHERE active = 1 "
                       "ORDER BY name COLLATE NOCASE",
                       {}, [&list](const Row& row) {
                           list.append({row.text(0), row.text(1), row.text(2)});
                       });
    return list;
}

// ---- Helpers for movements ----

namespace {

QString checkedLocation(Store& store, Writer& w, const QString& locationId) {
    if (locationId.isEmpty())
        w.refuse(Inventory::tr("Choose a location."));
    const Values location = store.record(u"locations", locationId);
    if (location.isEmpty())
        w.refuse(Inventory::tr("That location does not exist."),
                 Inventory::tr("Choose one of the pantry's locations."));
    return location.value(u"name"_s).toString();
}

Values checkedItem(Store& store, Writer& w, const QString& itemId) {
    const Values item = store.record(u"items", itemId);
    if (item.isEmpty())
        w.refuse(Inventory::tr("That item does not exist."),
                 Inventory::tr("Scan or search for the item again."));
    return item;
}

void checkQuantity(Writer& w, qint64 quantity, qint64 maximum) {
    if (quantity <= 0)
        w.refuse(Inventory::tr("The quantity must be more than zero."));
    if (quantity > maximum)
        w.refuse(
            Inventory::tr("%1 is more than Larder accepts in one entry (%2).")
                .arg(quantity)
                .arg(maximum),
            Inventory::tr("Check the number; split a very large delivery into several entries."));
}

qint64 binQuantity(Store& store, const QString& itemId, const QString& locationId,
                   const QString& lotId) {
    qint64 quantity = 0;
    store.readOrWarn("SELECT quantity FROM stock_on_hand WHERE item_id = ?1 AND "
                     "location_id = ?2 AND lot_id = ifnull(?3, '')",
                     {itemId, locationId, lotId},
                     [&quantity](const Row& row) { quantity = row.integer(0); });
    return quantity;
}

QString appendMovement(Writer& w, const QString& kind, const QString& itemId, const QString& lotId,
                       const QString& locationId, qint64 quantity, const QString& reason,
                       const QString& reference, const QString& reverses = {},
                       const QString& supplierId = {}) {
    Values row{{u"kind"_s, kind},
               {u"item_id"_s, itemId},
               {u"location_id"_s, locationId},
               {u"quantity"_s, quantity},
               {u"reason"_s, reason}};
    if (!lotId.isEmpty())
        row.insert(u"lot_id"_s, lotId);
    if (!reference.isEmpty())
        row.insert(u"reference"_s, reference);
    if (!reverses.isEmpty())
        row.insert(u"reverses"_s, reverses);
    if (!supplierId.isEmpty())
        row.insert(u"supplier_id"_s, supplierId);
    return w.append(u"stock_movements", row);
}

} // namespace

qint64 Inventory::onHandTotal(const QString& itemId, const QString& locationId) const {
    qint64 total = 0;
    m_store.readOrWarn(
        "SELECT coalesce(sum(quantity), 0) FROM stock_on_hand WHERE item_id = ?1 AND "
        "(ifnull(?2, '') = '' OR location_id = ?2)",
        {itemId, locationId}, [&total](const Row& row) { total = row.integer(0); });
    return total;
}

QString Inventory::distributeLotInside(Writer& writer, const QString& itemId, const QString& lotId,
                                       const QString& locationId, qint64 quantity,
                                       const QString& reference) {
    checkedItem(writer.store(), writer, itemId);
    checkedLocation(writer.store(), writer, locationId);
    checkQuantity(writer, quantity, std::numeric_limits<int>::max());
    return appendMovement(writer, movement::Distributed, itemId, lotId, locationId, -quantity, {},
                          reference);
}

QStringList Inventory::reverseReferenceInside(Writer& writer, const QString& reference,
                                              const QString& kind, const QString& reason) {
    QStringList created;
    if (reference.isEmpty())
        return created;
    QList<Values> targets;
    writer.store().readOrWarn(
        "SELECT m.id, m.item_id, m.lot_id, m.location_id, m.quantity FROM stock_movements m "
        "WHERE m.reference = larder_row_key(?1) AND m.kind = ?2 AND NOT EXISTS (SELECT 1 FROM "
        "stock_movements r "
        "WHERE r.reverses = m.id) ORDER BY m.hlc",
        {reference, kind}, [&targets](const Row& row) {
            targets.append({{u"id"_s, row.text(0)},
                            {u"item_id"_s, row.text(1)},
                            {u"lot_id"_s, row.text(2)},
                            {u"location_id"_s, row.text(3)},
                            {u"quantity"_s, row.integer(4)}});
        });
    for (const Values& target : std::as_const(targets))
        created << appendMovement(writer, movement::Reversal, target.value(u"item_id"_s).toString(),
                                  target.value(u"lot_id"_s).toString(),
                                  target.value(u"location_id"_s).toString(),
                                  -target.value(u"quantity"_s).toLongLong(), reason, reference,
                                  target.value(u"id"_s).toString());
    return created;
}

// ---- Intake ----

Result<Posted> Inventory::receive(const Receipt& receipt) {
    Posted posted;
    auto ok = m_store.write([&](Writer& w) { posted = receiveInside(w, receipt); });
    if (!ok)
        return ok.error();
    return posted;
}

Posted Inventory::receiveInside(Writer& w, const Receipt& receipt, const QString& reference) {
    Store& store = w.store();
    const QDate today = store.today();
    const qint64 maximum = Settings(store).get(settings::MaxIntakeQuantity);
    Posted posted;
    {
        const Values item = checkedItem(store, w, receipt.itemId);
        const QString itemName = item.value(u"name"_s).toString();
        if (item.value(u"active"_s).toInt() == 0)
            w.refuse(tr("\"%1\" is retired.").arg(itemName),
                     tr("Make it active again in the catalog before receiving it."));
        checkedLocation(store, w, receipt.locationId);
        checkQuantity(w, receipt.quantity, maximum);
        if (!vocabulary::intakeSources().contains(receipt.source))
            w.refuse(tr("\"%1\" is not a kind of intake.").arg(receipt.source),
                     tr("Use one of: %1.").arg(vocabulary::intakeSources().join(u", ")));
        if (!receipt.supplierId.isEmpty() &&
            store.record(u"suppliers", receipt.supplierId).isEmpty())
            w.refuse(tr("That supplier does not exist."));

        std::optional<QDate> expiry = receipt.expiry;
        const bool perishable = item.value(u"perishable"_s).toInt() != 0;
        if (!expiry && perishable) {
            const int shelfLife = item.value(u"shelf_life_days"_s).toInt();
            if (shelfLife <= 0)
                w.refuse(tr("\"%1\" is perishable: type its expiry date.").arg(itemName),
                         tr("For example 5d, 12/5 or 2027-01."));
            expiry = today.addDays(shelfLife);
        }
        if (expiry && *expiry < today && !receipt.allowPastExpiry)
            w.refuse(tr("The expiry date %1 is already past.").arg(expiry->toString(Qt::ISODate)),
                     tr("Check the date on the package; food past its date goes to disposal, "
                        "not onto the shelf."));

        // One lot per item and expiry date.
        QString lotId;
        store.readOrWarn(
            "SELECT id FROM lots WHERE item_id = ?1 AND expiry IS ?2 ORDER BY created_at LIMIT 1",
            {receipt.itemId, dateValue(expiry)}, [&lotId](const Row& row) { lotId = row.text(0); });
        if (lotId.isEmpty()) {
            Values lot{{u"item_id"_s, receipt.itemId},
                       {u"expiry"_s, dateValue(expiry)},
                       {u"received_on"_s, today.toString(Qt::ISODate)}};
            if (!receipt.supplierId.isEmpty())
                lot.insert(u"supplier_id"_s, receipt.supplierId);
            lotId = w.insert(u"lots", lot);
        }
        const QString reason = receipt.note.trimmed().isEmpty()
                                   ? receipt.source
                                   : receipt.source + u": "_s + receipt.note.trimmed();
        posted.lotId = lotId;
        posted.movementIds << appendMovement(w, movement::Received, receipt.itemId, lotId,
                                             receipt.locationId, receipt.quantity, reason,
                                             reference, {}, receipt.supplierId);
    }
    return posted;
}

// ---- Out ----

Result<Posted> Inventory::distribute(const QString& itemId, qint64 quantity,
                                     const QString& locationId, const QString& reference,
                                     bool allowNegative) {
    Posted posted;
    auto ok = m_store.write([&](Writer& w) {
        const Values item = checkedItem(m_store, w, itemId);
        if (!locationId.isEmpty())
            checkedLocation(m_store, w, locationId);
        checkQuantity(w, quantity, std::numeric_limits<int>::max());
        // First expiry, first out; stock without an expiry last; then oldest lot.
        QList<Bin> bins;
        m_store.readOrWarn(
            "SELECT s.lot_id, s.location_id, s.quantity FROM stock_on_hand s "
            "LEFT JOIN lots l ON l.id = s.lot_id "
            "WHERE s.item_id = ?1 AND (ifnull(?2, '') = '' OR s.location_id = ?2) AND s.quantity > "
            "0 "
            "ORDER BY l.expiry IS NULL, l.expiry, l.created_at, s.lot_id, s.location_id",
            {itemId, locationId}, [&bins](const Row& row) {
                bins.append({row.text(0), row.text(1), row.integer(2)});
            });
        qint64 available = 0;
        for (const Bin& bin : bins)
            available += bin.quantity;
        if (available < quantity && !allowNegative)
            w.refuse(tr("Only %1 of \"%2\" on hand; %3 asked for.")
                         .arg(QString::number(available), item.value(u"name"_s).toString(),
                              QString::number(quantity)),
                     tr("Give out what there is, or record the intake that is missing first."));
        posted.reference = reference.isEmpty() ? m_store.newId() : reference;
        qint64 left = quantity;
        for (const Bin& bin : bins) {
            if (left == 0)
                break;
            const qint64 take = std::min(left, bin.quantity);
            posted.movementIds << appendMovement(w, movement::Distributed, itemId, bin.lotId,
                                                 bin.locationId, -take, {}, posted.reference);
            left -= take;
        }
        if (left > 0) {
            // Allowed to go negative: book the rest where the stock would have been.
            QString lot, location = locationId;
            if (!bins.isEmpty()) {
                lot = bins.last().lotId;
                location = bins.last().locationId;
            }
            if (location.isEmpty())
                w.refuse(tr("There is no \"%1\" anywhere to take from.")
                             .arg(item.value(u"name"_s).toString()),
                         tr("Choose the location it was taken from."));
            posted.movementIds << appendMovement(w, movement::Distributed, itemId, lot, location,
                                                 -left, {}, posted.reference);
        }
    });
    if (!ok)
        return ok.error();
    return posted;
}

Result<Posted> Inventory::dispose(const QString& itemId, const QString& lotId,
                                  const QString& locationId, qint64 quantity, const QString& reason,
                                  const QString& note) {
    Posted posted;
    auto ok = m_store.write([&](Writer& w) {
        checkedItem(m_store, w, itemId);
        checkedLocation(m_store, w, locationId);
        checkQuantity(w, quantity, std::numeric_limits<int>::max());
        if (!vocabulary::disposalReasons().contains(reason))
            w.refuse(tr("Say why this stock is thrown away."),
                     tr("Choose one of: %1.").arg(vocabulary::disposalReasons().join(u", ")));
        const qint64 there = binQuantity(m_store, itemId, locationId, lotId);
        if (quantity > there)
            w.refuse(tr("Only %1 on hand in that lot at that location; %2 asked for.")
                         .arg(there)
                         .arg(quantity),
                     tr("Check the lot and location, or count the shelf first."));
        const QString why = note.trimmed().isEmpty() ? reason : reason + u": "_s + note.trimmed();
        posted.movementIds << appendMovement(w, movement::Disposed, itemId, lotId, locationId,
                                             -quantity, why, {});
    });
    if (!ok)
        return ok.error();
    return posted;
}

Result<Posted> Inventory::move(const QString& itemId, const QString& lotId,
                               const QString& fromLocationId, const QString& toLocationId,
                               qint64 quantity) {
    Posted posted;
    auto ok = m_store.write([&](Writer& w) {
        checkedItem(m_store, w, itemId);
        const QString from = checkedLocation(m_store, w, fromLocationId);
        const QString to = checkedLocation(m_store, w, toLocationId);
        if (fromLocationId == toLocationId)
            w.refuse(tr("The stock is already at %1.").arg(to), tr("Choose another location."));
        checkQuantity(w, quantity, std::numeric_limits<int>::max());
        const qint64 there = binQuantity(m_store, itemId, fromLocationId, lotId);
        if (quantity > there)
            w.refuse(tr("Only %1 on hand in that lot at %2; %3 asked for.")
                         .arg(there)
                         .arg(from)
                         .arg(quantity));
        posted.reference = m_store.newId();
        const QString why = tr("from %1 to %2").arg(from, to);
        posted.movementIds << appendMovement(w, movement::Moved, itemId, lotId, fromLocationId,
                                             -quantity, why, posted.reference);
        posted.movementIds << appendMovement(w, movement::Moved, itemId, lotId, toLocationId,
                                             quantity, why, posted.reference);
    });
    if (!ok)
        return ok.error();
    return posted;
}

Result<Posted> Inventory::returnStock(const QString& itemId, const QString& lotId,
                                      const QString& locationId, qint64 quantity,
                                      const QString& reference) {
    Posted posted;
    auto ok = m_store.write([&](Writer& w) {
        checkedItem(m_store, w, itemId);
        checkedLocation(m_store, w, locationId);
        checkQuantity(w, quantity, std::numeric_limits<int>::max());
        if (!lotId.isEmpty() && m_store.record(u"lots", lotId).value(u"item_id"_s) != itemId)
            w.refuse(tr("That lot is not a lot of this item."));
        posted.reference = reference;
        posted.movementIds << appendMovement(w, movement::Returned, itemId, lotId, locationId,
                                             quantity, tr("undelivered"), reference);
    });
    if (!ok)
        return ok.error();
    return posted;
}

Result<Posted> Inventory::reverse(const QString& movementId, const QString& reason,
                                  bool wholeAction) {
    Posted posted;
    auto ok = m_store.write([&](Writer& w) {
        const Values original = m_store.record(u"stock_movements", movementId);
        if (original.isEmpty())
            w.refuse(tr("That movement does not exist."));
        if (original.value(u"kind"_s).toString() == movement::Reversal)
            w.refuse(tr("A reversal cannot be reversed."),
                     tr("Record the movement again instead."));
        QStringList targets{movementId};
        const QString reference = original.value(u"reference"_s).toString();
        if (wholeAction && !reference.isEmpty()) {
            targets.clear();
            m_store.readOrWarn(
                "SELECT id FROM stock_movements WHERE reference = larder_row_key(?1) AND "
                "kind = ?2 ORDER BY hlc",
                {reference, original.value(u"kind"_s)},
                [&targets](const Row& row) { targets << row.text(0); });
        }
        posted.reference = m_store.newId();
        for (const QString& target : std::as_const(targets)) {
            bool reversed = false;
            m_store.readOrWarn("SELECT 1 FROM stock_movements WHERE reverses = larder_row_key(?1)",
                               {target}, [&reversed](const Row&) { reversed = true; });
            if (reversed) {
                if (target == movementId)
                    w.refuse(tr("This movement was reversed already."));
                continue;
            }
            const Values row =
                target == movementId ? original : m_store.record(u"stock_movements", target);
            posted.movementIds << appendMovement(
                w, movement::Reversal, row.value(u"item_id"_s).toString(),
                row.value(u"lot_id"_s).toString(), row.value(u"location_id"_s).toString(),
                -row.value(u"quantity"_s).toLongLong(), reason, posted.reference, target);
        }
    });
    if (!ok)
        return ok.error();
    return posted;
}

// ---- Counts ----

Result<QString> Inventory::startCount(const QString& locationId) {
    QString id;
    auto ok = m_store.write([&](Writer& w) {
        if (!locationId.isEmpty())
            checkedLocation(m_store, w, locationId);
        for (const StockCount& open : openCounts()) {
            if (open.locationId.isEmpty() || locationId.isEmpty() || open.locationId == locationId)
                w.refuse(tr("A count of this stock is already open (started %1).")
                             .arg(open.startedAt.left(16).replace(u'T', u' ')),
                         tr("Finish or cancel that count first."));
        }
        Values count{
            {u"status"_s, u"open"_s},
            {u"started_at"_s, QDateTime::fromMSecsSinceEpoch(m_store.clock().nowMs(), Qt::UTC)
                                  .toString(Qt::ISODateWithMs)}};
        if (!locationId.isEmpty())
            count.insert(u"location_id"_s, locationId);
        if (!m_store.actor().isEmpty())
            count.insert(u"started_by"_s, m_store.actor());
        id = w.insert(u"stock_counts", count);
        QList<Values> lines;
        m_store.readOrWarn(
            "SELECT s.item_id, s.location_id, s.lot_id, s.quantity FROM stock_on_hand s "
            "JOIN items i ON i.id = s.item_id "
            "WHERE s.quantity <> 0 AND (ifnull(?1, '') = '' OR s.location_id = ?1) "
            "ORDER BY s.location_id, i.name, s.lot_id",
            {locationId}, [&lines, &id](const Row& row) {
                lines.append({{u"count_id"_s, id},
                              {u"item_id"_s, row[0]},
                              {u"location_id"_s, row[1]},
                              {u"lot_id"_s, row[2]},
                              {u"expected"_s, row[3]}});
            });
        for (const Values& line : std::as_const(lines))
            w.insert(u"stock_count_lines", line);
    });
    if (!ok)
        return ok.error();
    return id;
}

std::optional<StockCount> Inventory::count(const QString& countId) const {
    std::optional<StockCount> count;
    m_store.readOrWarn("SELECT id, location_id, status, started_at, confirmed_at FROM "
                       "stock_counts WHERE id = ?1",
                       {countId}, [&count](const Row& row) {
                           count = StockCount{row.text(0), row.text(1), row.text(2),
                                              row.text(3), row.text(4), {}};
                       });
    if (!count)
        return count;
    m_store.readOrWarn(
        "SELECT c.id, c.item_id, i.name, i.unit, c.location_id, loc.name, c.lot_id, l.expiry, "
        "c.expected, c.counted, coalesce(s.quantity, 0) FROM stock_count_lines c "
        "JOIN items i ON i.id = c.item_id JOIN locations loc ON loc.id = c.location_id "
        "LEFT JOIN lots l ON l.id = c.lot_id "
        "LEFT JOIN stock_on_hand s ON s.item_id = c.item_id AND s.location_id = c.location_id "
        "AND s.lot_id = c.lot_id "
        "WHERE c.count_id = ?1 ORDER BY loc.name COLLATE NOCASE, i.name COLLATE NOCASE, l.expiry",
        {countId}, [&count](const Row& row) {
            CountLine line;
            line.id = row.text(0);
            line.itemId = row.text(1);
            line.itemName = row.text(2);
            line.unit = row.text(3);
            line.locationId = row.text(4);
            line.locationName = row.text(5);
            line.lotId = row.text(6);
            line.expiry = dateOrNone(row[7]);
            line.expected = row.integer(8);
            if (!row.isNull(9))
                line.counted = row.integer(9);
            line.onHandNow = row.integer(10);
            count->lines.append(line);
        });
    return count;
}

QList<StockCount> Inventory::openCounts() const {
    QList<StockCount> list;
    m_store.readOrWarn(
        "SELECT id, location_id, status, started_at, confirmed_at FROM "
        "stock_counts WHERE status = 'open' ORDER BY started_at",
        {}, [&list](const Row& row) {
            list.append({row.text(0), row.text(1), row.text(2), row.text(3), row.text(4), {}});
        });
    return list;
}

static void requireOpenCount(Store& store, Writer& w, const QString& countId) {
    const Values count = store.record(u"stock_counts", countId);
    if (count.isEmpty())
        w.refuse(Inventory::tr("That count does not exist."));
    if (count.value(u"status"_s).toString() != u"open")
        w.refuse(Inventory::tr("That count is closed already."),
                 Inventory::tr("Start a new count."));
}

Result<void> Inventory::enterCounted(const QString& countLineId, std::optional<qint64> counted) {
    return enterCounted({{countLineId, counted}});
}

Result<void>
Inventory::enterCounted(const QList<std::pair<QString, std::optional<qint64>>>& lines) {
    return m_store.write([&](Writer& w) {
        for (const auto& [countLineId, counted] : lines) {
            const Values line = m_store.record(u"stock_count_lines", countLineId);
            if (line.isEmpty())
                w.refuse(tr("That count line does not exist."));
            requireOpenCount(m_store, w, line.value(u"count_id"_s).toString());
            if (counted && (*counted < 0 || *counted > 10000000))
                w.refuse(tr("A counted quantity is a whole number from 0 up."),
                         tr("Type what is on the shelf, 0 if nothing; leave it empty if not "
                            "counted."));
            w.update(u"stock_count_lines", countLineId,
                     {{u"counted"_s, counted ? QVariant(*counted) : QVariant()}});
        }
    });
}

Result<QString> Inventory::addCountLine(const QString& countId, const QString& itemId,
                                        const QString& locationId, const QString& lotId,
                                        qint64 counted) {
    QString id;
    auto ok = m_store.write([&](Writer& w) {
        requireOpenCount(m_store, w, countId);
        checkedItem(m_store, w, itemId);
        checkedLocation(m_store, w, locationId);
        const QString scope =
            m_store.record(u"stock_counts", countId).value(u"location_id"_s).toString();
        if (!scope.isEmpty() && scope != locationId)
            w.refuse(tr("This count is for another location."));
        if (!lotId.isEmpty() && m_store.record(u"lots", lotId).value(u"item_id"_s) != itemId)
            w.refuse(tr("That lot is not a lot of this item."));
        if (counted < 0)
            w.refuse(tr("A counted quantity is a whole number from 0 up."));
        bool exists = false;
        m_store.readOrWarn("SELECT 1 FROM stock_count_lines WHERE count_id = ?1 AND "
                           "item_id = ?2 AND location_id = ?3 AND lot_id = ifnull(?4, '')",
                           {countId, itemId, locationId, lotId},
                           [&exists](const Row&) { exists = true; });
        if (exists)
            w.refuse(tr("This stock is on the count already."), tr("Enter its count there."));
        id = w.insert(u"stock_count_lines",
                      {{u"count_id"_s, countId},
                       {u"item_id"_s, itemId},
                       {u"location_id"_s, locationId},
                       {u"lot_id"_s, lotId},
                       {u"expected"_s, binQuantity(m_store, itemId, locationId, lotId)},
                       {u"counted"_s, counted}});
    });
    if (!ok)
        return ok.error();
    return id;
}

Result<Posted> Inventory::confirmCount(const QString& countId) {
    Posted posted;
    auto ok = m_store.write([&](Writer& w) {
        requireOpenCount(m_store, w, countId);
        const auto current = count(countId);
        posted.reference = m_store.newId();
        for (const CountLine& line : current->lines) {
            if (!line.counted || line.difference() == 0)
                continue;
            posted.movementIds << appendMovement(w, movement::Counted, line.itemId, line.lotId,
                                                 line.locationId, line.difference(), u"count"_s,
                                                 posted.reference);
        }
        w.update(
            u"stock_counts", countId,
            {{u"status"_s, u"confirmed"_s},
             {u"confirmed_at"_s, QDateTime::fromMSecsSinceEpoch(m_store.clock().nowMs(), Qt::UTC)
                                     .toString(Qt::ISODateWithMs)},
             {u"reference"_s, posted.reference}});
    });
    if (!ok)
        return ok.error();
    return posted;
}

Result<void> Inventory::cancelCount(const QString& countId) {
    return m_store.write([&](Writer& w) {
        requireOpenCount(m_store, w, countId);
        w.update(u"stock_counts", countId, {{u"status"_s, u"cancelled"_s}});
    });
}

// ---- Views ----

QList<OnHand> Inventory::onHand(const StockFilter& filter) const {
    QList<OnHand> list;
    const QVariant limit =
        filter.expiringWithinDays
            ? QVariant(today().addDays(*filter.expiringWithinDays).toString(Qt::ISODate))
            : QVariant();
    m_store.readOrWarn(
        "SELECT s.item_id, i.name, i.category, i.unit, s.location_id, loc.name, s.lot_id, "
        "l.expiry, s.quantity FROM stock_on_hand s JOIN items i ON i.id = s.item_id "
        "LEFT JOIN locations loc ON loc.id = s.location_id LEFT JOIN lots l ON l.id = s.lot_id "
        "WHERE (?1 OR s.quantity <> 0) AND (ifnull(?2, '') = '' OR s.location_id = ?2) "
        "AND (ifnull(?3, '') = '' OR s.item_id = ?3) AND (?4 IS NULL OR (l.expiry IS NOT NULL AND "
        "l.expiry <= ?4)) "
        "ORDER BY i.name COLLATE NOCASE, l.expiry IS NULL, l.expiry, loc.name",
        {filter.includeZero ? 1 : 0, filter.locationId, filter.itemId, limit},
        [&list](const Row& row) {
            list.append({row.text(0), row.text(1), row.text(2), row.text(3), row.text(4),
                         row.text(5), row.text(6), dateOrNone(row[7]), row.integer(8)});
        });
    return list;
}

QList<ItemTotal> Inventory::totals(bool includeRetired) const {
    QList<ItemTotal> list;
    m_store.readOrWarn(
        "SELECT i.id, i.name, i.category, i.unit, coalesce(sum(s.quantity), 0), i.par_level, "
        "min(CASE WHEN s.quantity > 0 THEN l.expiry END), i.active FROM items i "
        "LEFT JOIN stock_on_hand s ON s.item_id = i.id LEFT JOIN lots l ON l.id = s.lot_id " +
            (includeRetired ? QByteArray() : "WHERE i.active = 1 ") +
            "GROUP BY i.id ORDER BY i.name COLLATE NOCASE",
        {}, [&list](const Row& row) {
            list.append({row.text(0), row.text(1), row.text(2), row.text(3), row.integer(4),
                         row.integer(5), dateOrNone(row[6]), row.integer(7) != 0});
        });
    return list;
}

QList<ItemTotal> Inventory::belowPar() const {
    QList<ItemTotal> list;
    for (const ItemTotal& total : totals()) {
        if (total.isBelowPar())
            list.append(total);
    }
    return list;
}

QList<OnHand> Inventory::expiring(int withinDays) const {
    StockFilter filter;
    filter.expiringWithinDays = withinDays;
    QList<OnHand> list;
    for (const OnHand& line : onHand(filter)) {
        if (line.quantity > 0)
            list.append(line);
    }
    std::stable_sort(list.begin(), list.end(),
                     [](const OnHand& a, const OnHand& b) { return a.expiry < b.expiry; });
    return list;
}

QList<LotTotal> Inventory::expiringLots(int withinDays) const {
    QList<LotTotal> lots;
    QHash<QString, qsizetype> rowOfLot;
    for (const OnHand& line : expiring(withinDays)) {
        const auto found = rowOfLot.constFind(line.lotId);
        if (found == rowOfLot.cend()) {
            rowOfLot.insert(line.lotId, lots.size());
            lots.append({line.lotId, line.itemId, line.itemName, line.unit, line.expiry, 0, {}});
        }
        LotTotal& lot = lots[rowOfLot.value(line.lotId)];
        lot.quantity += line.quantity;
        if (!line.locationName.isEmpty() && !lot.locationNames.contains(line.locationName))
            lot.locationNames.append(line.locationName);
    }
    std::stable_sort(lots.begin(), lots.end(), [](const LotTotal& a, const LotTotal& b) {
        if (a.expiry != b.expiry)
            return a.expiry < b.expiry;
        return QString::localeAwareCompare(a.itemName, b.itemName) < 0;
    });
    return lots;
}

StockFigures Inventory::figures(int withinDays) const {
    StockFigures figures;
    m_store.readOrWarn("SELECT count(*) FROM items WHERE active = 1", {},
                       [&figures](const Row& row) { figures.activeItems = int(row.integer(0)); });
    const QDate day = today();
    for (const LotTotal& lot : expiringLots(withinDays)) {
        if (lot.expiry && *lot.expiry < day)
            ++figures.pastDate;
        else
            ++figures.expiringSoon;
    }
    figures.belowPar = int(belowPar().size());
    return figures;
}

QString Inventory::usualLocation(const QString& itemId) const {
    QString location;
    // By the stock table's key: instant on any ledger size.
    m_store.readOrWarn("SELECT location_id FROM stock_on_hand WHERE item_id = ?1 AND "
                       "quantity > 0 GROUP BY location_id ORDER BY sum(quantity) DESC, "
                       "location_id LIMIT 1",
                       {itemId}, [&location](const Row& row) { location = row.text(0); });
    return location;
}

static const QByteArray MovementColumns =
    "m.id, m.at, m.kind, m.item_id, i.name, m.lot_id, l.expiry, m.location_id, loc.name, "
    "m.quantity, m.reason, m.reference, m.reverses, m.recorded_by, p.display_name, "
    "EXISTS (SELECT 1 FROM stock_movements r WHERE r.reverses = m.id), p.id "
    "FROM stock_movements m JOIN items i ON i.id = larder_row_text(m.item_id) "
    "LEFT JOIN lots l ON l.id = larder_row_text(m.lot_id) "
    "LEFT JOIN locations loc ON loc.id = larder_row_text(m.location_id) "
    "LEFT JOIN people p ON p.id = larder_row_text(m.recorded_by) ";

static MovementRow movementFromRow(const Row& row) {
    MovementRow m;
    m.id = row.text(0);
    m.at = row.text(1);
    m.kind = row.text(2);
    m.itemId = row.text(3);
    m.itemName = row.text(4);
    m.lotId = row.text(5);
    m.expiry = dateOrNone(row[6]);
    m.locationId = row.text(7);
    m.locationName = row.text(8);
    m.quantity = row.integer(9);
    m.reason = row.text(10);
    m.reference = row.text(11);
    m.reverses = row.text(12);
    m.recordedBy = row.text(13);
    m.recordedByName = row.text(14);
    m.reversed = row.integer(15) != 0;
    return m;
}

QList<MovementRow> Inventory::history(const QString& itemId, int limit) const {
    QList<MovementRow> list;
    m_store.readOrWarn(
        "SELECT " + MovementColumns +
            "WHERE m.item_id = larder_row_key(?1) ORDER BY m.at DESC, m.hlc DESC LIMIT ?2",
        {itemId, limit}, [&list](const Row& row) { list.append(movementFromRow(row)); });
    return list;
}

std::optional<MovementRow> Inventory::movement(const QString& movementId) const {
    std::optional<MovementRow> found;
    m_store.readOrWarn("SELECT " + MovementColumns + "WHERE m.id = larder_row_key(?1)",
                       {movementId}, [&found](const Row& row) { found = movementFromRow(row); });
    return found;
}

} // namespace larder::inventory
