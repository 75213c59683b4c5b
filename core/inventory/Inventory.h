// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/inventory/Suppliers.h"
#include "core/storage/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace larder {
class Store;
class Writer;
} // namespace larder

namespace larder::inventory {

// ---- Catalog ----

struct Item {
    QString id;
    QString name;
    QString category = QStringLiteral("food"); // vocabulary::categories()
    QString unit = QStringLiteral("each");     // vocabulary::units()
    int caseSize = 0;                          // units in a case; 0 when not sold by the case
    int unitGrams = 0;                         // weight of one unit, for reports; 0 unknown
    bool perishable = false;
    int shelfLifeDays = 0; // default shelf life, proposed as expiry at intake; 0 none
    QStringList dietaryTags;
    qint64 parLevel = 0; // below this on-hand total, the item is flagged
    bool active = true;
    QStringList barcodes;
};

struct Location {
    QString id;
    QString name;
    QString kind = QStringLiteral("shelf"); // vocabulary::locationKinds()
    bool active = true;
};

// ---- Stock ----

struct Receipt {
    QString itemId;
    QString locationId;
    qint64 quantity = 0;                         // in the item's unit, > 0
    std::optional<QDate> expiry;                 // one lot per item and expiry date
    QString source = QStringLiteral("donation"); // vocabulary::intakeSources()
    QString supplierId;                          // optional
    QString note;
    bool allowPastExpiry = false; // a date already past is refused unless the person insisted
};

struct Posted {
    QStringList movementIds; // the ledger rows written, in order
    QString lotId;           // for a receipt: the lot the stock went into
    QString reference;       // groups the rows of one action (move, count, distribution)
};

// One on-hand line: an item at a location in a lot.
struct OnHand {
    QString itemId;
    QString itemName;
    QString category;
    QString unit;
    QString locationId;
    QString locationName;
    QString lotId; // empty: stock not tied to a lot
    std::optional<QDate> expiry;
    qint64 quantity = 0; // may be negative after a sync: shown as a warning, never hidden
};

struct ItemTotal {
    QString itemId;
    QString name;
    QString category;
    QString unit;
    qint64 onHand = 0;
    qint64 parLevel = 0;
    std::optional<QDate> nextExpiry; // earliest expiry among lots with stock
    bool active = true;
    // Flagged: it has a par level and less on hand (the rule of Inventory::belowPar).
    bool isBelowPar() const { return parLevel > 0 && onHand < parLevel; }
};

struct MovementRow {
    QString id;
    QString at; // ISO 8601 UTC
    QString kind;
    QString itemId;
    QString itemName;
    QString lotId;
    std::optional<QDate> expiry;
    QString locationId;
    QString locationName;
    qint64 quantity = 0;
    QString reason;
    QString reference;
    QString reverses;
    QString recordedBy;     // person id
    QString recordedByName; // decoded display name, or empty
    bool reversed = false;  // a later reversal points at this row
};

// One lot with stock on the shelf, its places taken together.
struct LotTotal {
    QString lotId;
    QString itemId;
    QString itemName;
    QString unit;
    std::optional<QDate> expiry;
    qint64 quantity = 0;       // summed over the places that hold some of it
    QStringList locationNames; // those places, by name
};

// The stock figures of a summary screen.
struct StockFigures {
    int activeItems = 0;  // items in the catalog, not retired
    int expiringSoon = 0; // lots with stock whose expiry is from today to today + N days
    int pastDate = 0;     // lots with stock after their expiry
    int belowPar = 0;     // items in belowPar()
};

struct StockFilter {
    QString locationId;                    // empty: all locations
    std::optional<int> expiringWithinDays; // only lots expiring by today + N (expired included)
    QString itemId;                        // empty: all items
    bool includeZero = false;              // include lines whose quantity is 0
};

// ---- Counts ----

struct CountLine {
    QString id;
    QString itemId;
    QString itemName;
    QString unit;
    QString locationId;
    QString locationName;
    QString lotId;
    std::optional<QDate> expiry;
    qint64 expected = 0;           // on hand when the count started
    std::optional<qint64> counted; // empty: not counted yet (partial counts are fine)
    qint64 onHandNow = 0;          // on hand at this moment
    qint64 difference() const { return counted ? *counted - onHandNow : 0; }
};

struct StockCount {
    QString id;
    QString locationId; // empty: all locations
    QString status;     // open, confirmed, cancelled
    QString startedAt;
    QString confirmedAt;
    QList<CountLine> lines;
};

// The pantry's stock: catalog, intake, everything that goes out, counts, and the views over the
// ledger. Every change is one Store::write() — one transaction, ledger rows appended through the
// write API so the on-hand aggregate stays equal to the ledger sum — and refuses bad input with a
// message that says what to fix, saving nothing. Movements are never edited: a correction is a
// reversal. `today` comes from the store's clock.
class Inventory {
    Q_DECLARE_TR_FUNCTIONS(larder::inventory::Inventory)

public:
    explicit Inventory(Store& store);

    QDate today() const;

    // Catalog
    // An item's columns as the items table stores them (shared with the CSV import).
    static QVariantMap toValues(const Item& item);
    Result<QString> addItem(const Item& item);
    Result<void> updateItem(const Item& item); // barcodes replaced by item.barcodes
    Result<void> setItemActive(const QString& itemId, bool active);
    std::optional<Item> item(const QString& itemId) const;
    std::optional<Item> itemByBarcode(const QString& code) const; // active or retired
    QList<Item> items(bool includeRetired = false) const;
    // Items whose name contains every word of `text` (case-insensitive), active first.
    QList<Item> findItems(const QString& text, int limit = 20) const;

    Result<QString> addLocation(const Location& location);
    QList<Location> locations(bool includeInactive = false) const;
    std::optional<Location> locationByName(const QString& name) const; // case-insensitive
    QList<Supplier> suppliers() const;

    // Intake
    Result<Posted> receive(const Receipt& receipt);

    // Out. Distribution takes first-expiry-first-out across the item's lots (at one location, or
    // all when locationId is empty). Taking more than is on hand is refused unless
    // allowNegative, which books the rest against the latest lot and leaves a warning.
    Result<Posted> distribute(const QString& itemId, qint64 quantity,
                              const QString& locationId = {}, const QString& reference = {},
                              bool allowNegative = false);
    Result<Posted> dispose(const QString& itemId, const QString& lotId, const QString& locationId,
                           qint64 quantity, const QString& reason, const QString& note = {});
    Result<Posted> move(const QString& itemId, const QString& lotId, const QString& fromLocationId,
                        const QString& toLocationId, qint64 quantity);
    // Undelivered boxes back on the shelf, into the lot they came from.
    Result<Posted> returnStock(const QString& itemId, const QString& lotId,
                               const QString& locationId, qint64 quantity,
                               const QString& reference = {});
    // Posts the opposite of a movement (and of every row of its action when wholeAction), with
    // kind "reversal" pointing back at it. A row is reversed at most once.
    Result<Posted> reverse(const QString& movementId, const QString& reason,
                           bool wholeAction = true);

    // Counts
    Result<QString> startCount(const QString& locationId = {}); // empty: every location
    std::optional<StockCount> count(const QString& countId) const;
    QList<StockCount> openCounts() const; // without lines
    Result<void> enterCounted(const QString& countLineId, std::optional<qint64> counted);
    // Several lines at once, in one transaction: all saved, or none.
    Result<void> enterCounted(const QList<std::pair<QString, std::optional<qint64>>>& lines);
    // A line for stock found that the count did not expect (an item, a lot, at a location).
    Result<QString> addCountLine(const QString& countId, const QString& itemId,
                                 const QString& locationId, const QString& lotId, qint64 counted);
    // Posts one "counted" movement per line whose counted quantity differs from on hand now,
    // reason "count", and closes the count.
    Result<Posted> confirmCount(const QString& countId);
    Result<void> cancelCount(const QString& countId);

    // Views
    QList<OnHand> onHand(const StockFilter& filter = {}) const;
    QList<ItemTotal> totals(bool includeRetired = false) const;
    QList<ItemTotal> belowPar() const;
    // Lots with stock whose expiry is on or before today + days (expired ones included).
    QList<OnHand> expiring(int withinDays) const;
    // expiring() by lot: one row per lot with its total and places, soonest first, then by name.
    QList<LotTotal> expiringLots(int withinDays) const;
    // Active items, lots to use within `withinDays` or already past their date, items below par.
    StockFigures figures(int withinDays) const;
    // The location that holds most of the item (lines with stock only); empty when none does.
    QString usualLocation(const QString& itemId) const;
    QList<MovementRow> history(const QString& itemId, int limit = 1000) const;
    std::optional<MovementRow> movement(const QString& movementId) const;
    qint64 onHandTotal(const QString& itemId, const QString& locationId = {}) const;

    // For other features' actions, inside the caller's write (a run's check-in, see core/runs).
    // Posts a distribution of `quantity` (> 0) taken from exactly this lot at this location.
    // A receipt inside another action's write (a received offer), its rows carrying `reference`.
    static Posted receiveInside(Writer& writer, const Receipt& receipt,
                                const QString& reference = {});
    static QString distributeLotInside(Writer& writer, const QString& itemId, const QString& lotId,
                                       const QString& locationId, qint64 quantity,
                                       const QString& reference);
    // Reverses every movement of `kind` with `reference` that is not reversed yet; the
    // reversals carry the same reference. Returns the new rows.
    static QStringList reverseReferenceInside(Writer& writer, const QString& reference,
                                              const QString& kind, const QString& reason);

private:
    Store& m_store;
};

} // namespace larder::inventory
