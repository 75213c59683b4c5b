// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/Reports.h"

#include "core/inventory/Vocabulary.h"
#include "core/runs/Outcomes.h"
#include "core/storage/Log.h"
#include "core/storage/Sqlite.h"
#include "core/storage/Store.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace larder::reports {

namespace mv = inventory::movement;

void Amount::add(qint64 quantity, int unitGrams) {
    units += quantity;
    if (unitGrams > 0)
        grams += quantity * unitGrams;
    else
        unitsWithoutWeight += quantity;
}

Amount& Amount::operator+=(const Amount& other) {
    units += other.units;
    grams += other.grams;
    unitsWithoutWeight += other.unitsWithoutWeight;
    movements += other.movements;
    return *this;
}

Period presetPeriod(Preset preset, const QDate& today) {
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    const QDate firstOfMonth(today.year(), today.month(), 1);
    switch (preset) {
    case Preset::ThisWeek:
        return {monday, monday.addDays(6)};
    case Preset::LastWeek:
        return {monday.addDays(-7), monday.addDays(-1)};
    case Preset::ThisMonth:
        return {firstOfMonth, firstOfMonth.addMonths(1).addDays(-1)};
    case Preset::LastMonth:
        return {firstOfMonth.addMonths(-1), firstOfMonth.addDays(-1)};
    case Preset::ThisQuarter: {
        const QDate start(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
        return {start, start.addMonths(3).addDays(-1)};
    }
    case Preset::ThisYear:
        return {QDate(today.year(), 1, 1), QDate(today.year(), 12, 31)};
    case Preset::LastYear:
        return {QDate(today.year() - 1, 1, 1), QDate(today.year() - 1, 12, 31)};
    }
    return {today, today};
}

namespace {

// The catalog as reports need it, by item id.
struct ItemInfo {
    QString name;
    QString category;
    int unitGrams = 0;
};

QHash<QString, ItemInfo> readItems(const Store& store) {
    QHash<QString, ItemInfo> items;
    store.readOrWarn("SELECT id, name, category, unit_grams FROM items", {},
                     [&items](const Row& row) {
                         items.insert(row.text(0), {row.text(1), row.text(2), int(row.integer(3))});
                     });
    return items;
}

QHash<QString, QString> readNames(const Store& store, const QByteArray& table) {
    QHash<QString, QString> names;
    store.readOrWarn("SELECT id, name FROM " + table, {},
                     [&names](const Row& row) { names.insert(row.text(0), row.text(1)); });
    return names;
}

qint64 startMs(const QDate& day) {
    return day.startOfDay().toMSecsSinceEpoch();
}

// The part of a ledger reason before its note ("donation: from the school" -> "donation").
QString reasonHead(const QString& reason) {
    const qsizetype colon = reason.indexOf(u':');
    return (colon < 0 ? reason : reason.left(colon)).trimmed();
}

// What a disposal is filed under: its reason when it is one of the vocabulary's, else "other"
// (a reason typed by hand in a file from before, or by a script).
QString disposalKey(const QString& reason) {
    const QString head = reasonHead(reason);
    return inventory::vocabulary::disposalReasons().contains(head) ? head : u"other"_s;
}

// What an intake is filed under: its source when it is one of the vocabulary's, else "other".
// The reason is free text to SQLite (a script, a file from before): only the vocabulary's words
// may leave in an export, never a note someone typed.
QString sourceKey(const QString& reason) {
    const QString head = reasonHead(reason);
    return inventory::vocabulary::intakeSources().contains(head) ? head : u"other"_s;
}

// The sites that made records of `table` (the laptop of each record's first operation), by
// record id, for the ids given.
QHash<QString, QString> creatorSites(const Store& store, const QByteArray& table,
                                     const QStringList& ids) {
    QHash<QString, QString> sites;
    for (const QString& id : ids) {
        store.readOrWarn(
            "SELECT n.name FROM sync_ops o JOIN sync_names n ON n.number = o.site WHERE o.field "
            "IN (SELECT number FROM sync_fields WHERE tbl = ?1) AND o.field > 0 AND o.row_id = "
            "larder_row_key(?2) ORDER BY o.hlc LIMIT 1",
            {QString::fromUtf8(table), id},
            [&sites, &id](const Row& row) { sites.insert(id, row.text(0)); });
    }
    return sites;
}

// How many people a household was on `day` (adults, children and seniors as its record stood at
// the end of that day): the newest of its operations on those columns up to then, an insert
// counting for every column it carries; the record as it is now when the log has none (a file
// from before the log, or a value scrubbed since).
qint64 householdSizeOn(const Store& store, const QString& id, const QDate& day) {
    static const QStringList columns{u"adults"_s, u"children"_s, u"seniors"_s};
    const qint64 bound = (startMs(day.addDays(1)) << 16) - 1;
    QHash<QString, qint64> size;
    store.readOrWarn(
        "SELECT f.col, CASE WHEN f.col = '+' THEN larder_insert_value(o.value, 'adults') ELSE "
        "o.value END, larder_insert_value(o.value, 'children'), larder_insert_value(o.value, "
        "'seniors'), larder_insert_has(o.value, 'adults') FROM sync_ops o JOIN sync_fields f ON "
        "f.number = o.field JOIN sync_names n ON n.number = o.site WHERE f.tbl = 'households' "
        "AND f.col IN ('adults', 'children', 'seniors', '+') AND o.field > 0 AND o.row_id = "
        "larder_row_key(?1) AND o.hlc <= ?2 ORDER BY o.hlc DESC, n.name DESC",
        {id, bound}, [&size](const Row& row) {
            const QString column = row.text(0);
            if (column != u"+") {
                if (!size.contains(column))
                    size.insert(column, row.integer(1));
                return;
            }
            if (row.integer(4) == 0)
                return; // an insert of a file from before that did not carry the sizes
            for (int i = 0; i < 3; ++i) {
                if (!size.contains(columns[i]))
                    size.insert(columns[i], row.integer(1 + i));
            }
        });
    if (size.size() < 3) {
        store.readOrWarn("SELECT adults, children, seniors FROM households WHERE id = ?1", {id},
                         [&size](const Row& row) {
                             for (int i = 0; i < 3; ++i) {
                                 if (!size.contains(columns[i]))
                                     size.insert(columns[i], row.integer(i));
                             }
                         });
    }
    qint64 people = 0;
    for (const qint64 n : std::as_const(size))
        people += std::max<qint64>(0, n);
    return people;
}

// A run of the period and whether it is in the scope.
struct RunInfo {
    QDate date;
    QString name;
};

QHash<QString, RunInfo> runsIn(const Store& store, const Period& period, const Scope& scope) {
    QHash<QString, RunInfo> runs;
    store.readOrWarn(
        "SELECT id, run_date, name FROM runs WHERE run_date >= ?1 AND run_date <= ?2",
        {period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate)},
        [&runs](const Row& row) {
            runs.insert(row.text(0), {QDate::fromString(row.text(1), Qt::ISODate), row.text(2)});
        });
    if (!scope.isNetwork()) {
        const QHash<QString, QString> made = creatorSites(store, "runs", runs.keys());
        for (auto it = runs.begin(); it != runs.end();) {
            if (made.value(it.key()) != scope.site)
                it = runs.erase(it);
            else
                ++it;
        }
    }
    return runs;
}

// The locations whose stock counts for the scope: those its laptop made (stock belongs to
// where it sits); every location for the network.
std::optional<QSet<QString>> locationsIn(const Store& store, const Scope& scope) {
    if (scope.isNetwork())
        return std::nullopt;
    QStringList ids;
    store.readOrWarn("SELECT id FROM locations", {},
                     [&ids](const Row& row) { ids << row.text(0); });
    const QHash<QString, QString> made = creatorSites(store, "locations", ids);
    QSet<QString> mine;
    for (auto it = made.cbegin(); it != made.cend(); ++it) {
        if (it.value() == scope.site)
            mine.insert(it.key());
    }
    return mine;
}

// The ledger's number for a site (sync_names), or nothing when it has written no row.
std::optional<qint64> siteNumber(const Store& store, const QString& site) {
    std::optional<qint64> number;
    store.readOrWarn("SELECT number FROM sync_names WHERE name = ?1", {site},
                     [&number](const Row& row) { number = row.integer(0); });
    return number;
}

// The stops whose boxes left the van, as the ledger keeps references (larder_row_key).
QSet<QByteArray> deliveredStopKeys(const Store& store) {
    QSet<QByteArray> keys;
    store.readOrWarn("SELECT larder_row_key(id) FROM run_stops WHERE outcome IN (?1, ?2)",
                     {runs::outcome::Delivered, runs::outcome::LeftAtDoor},
                     [&keys](const Row& row) { keys.insert(row[0].toByteArray()); });
    return keys;
}

// Lines of a breakdown, largest first (by weight, then units), then by label.
QList<AmountLine> sortedLines(const QHash<QString, AmountLine>& lines) {
    QList<AmountLine> list = lines.values();
    std::sort(list.begin(), list.end(), [](const AmountLine& a, const AmountLine& b) {
        if (a.amount.grams != b.amount.grams)
            return a.amount.grams > b.amount.grams;
        if (a.amount.units != b.amount.units)
            return a.amount.units > b.amount.units;
        return a.label.localeAwareCompare(b.label) < 0;
    });
    return list;
}

// The ledger rows from ?1 to ?2 (ms): a long period reads the table in order (most of its rows
// are wanted); a short one goes through (item_id, at), once per item of the catalog.
QByteArray periodRange(bool inTableOrder) {
    return inTableOrder ? "+m.at >= ?1 AND +m.at < ?2"
                        : "m.item_id IN (SELECT larder_row_key(id) FROM items) AND m.at >= ?1 "
                          "AND m.at < ?2";
}

// Whether a period covers enough of the ledger's time that reading the table in order is cheaper
// than fetching its rows through (item_id, at).
bool cheaperInTableOrder(const Store& store, qint64 fromMs, qint64 toMs) {
    // The ledger's time span from its first and last rows as written (rows are appended as they
    // happen, so nearly in time order; an estimate is all this needs): min(at) and max(at) would
    // each read the whole table now that no index is on `at` alone.
    const auto endAt = [&store](const char* order) {
        const QVariant at = store.connection().scalar(
            QByteArray("SELECT at FROM stock_movements ORDER BY rowid ") + order + " LIMIT 1");
        return at.typeId() == QMetaType::LongLong ? at.toLongLong() : qint64(0);
    };
    const qint64 first = endAt("ASC");
    const qint64 last = endAt("DESC");
    if (first == 0 || last <= first)
        return true;
    // Past a twenty-fourth of the ledger's time the rows fetched one by one through the index
    // cost more than reading the table in order (2 M rows: a month 0.52 s through the index,
    // 0.29 s in order; a week 0.12 s through the index).
    const qint64 overlap = std::min(toMs, last) - std::max(fromMs, first);
    return overlap * 24 > (last - first);
}

// The ledger of a period read in one pass, without SQLite sorting anything: every row (and every
// correction, at the time of the row it corrects) is added to running totals by week, item and
// what the figures break down by. Reads the raw connection: no column it reads is personal, and
// ids stay as the ledger keeps them (larder_row_key), looked up in maps of the small tables.
class LedgerScan {
public:
    enum Kind { Other, Received, Distributed, Disposed, Returned, Counted };

    struct ItemTotals {
        QString id, name, category;
        int unitGrams = 0;
        qint64 given = 0, givenRows = 0;
        qint64 unbacked = 0, unbackedRows = 0;
        qint64 touched = 0; // rows of any kind in the period
    };

    LedgerScan(const Store& store, const QList<Week>& weeks)
        : m_store(store)
        , m_weeks(weeks.size()) {
        for (const Week& week : weeks)
            m_weekStarts << startMs(week.start);
        auto items = store.connection().prepare(
            "SELECT larder_row_key(id), id, name, category, unit_grams FROM items");
        while (items.step()) {
            m_itemIndex.insert(items.blob(0), int(m_items.size()));
            m_items.append({items.text(1), items.text(2), items.text(3), int(items.int64(4))});
        }
        auto stops = store.connection().prepare(
            "SELECT larder_row_key(id) FROM run_stops WHERE outcome IN (?1, ?2)");
        stops.bindAll(runs::outcome::Delivered, runs::outcome::LeftAtDoor);
        while (stops.step())
            m_delivered.insert(stops.blob(0));
    }

    // Reads the rows from `fromMs` to `toMs` of `site` (null: every site), then the corrections
    // of those rows (periodRange says how).
    void read(qint64 fromMs, qint64 toMs, const QVariant& site, bool inTableOrder) {
        auto rows = m_store.connection().prepare(
            "SELECT " + Columns + ", m.quantity FROM stock_movements m WHERE " +
            periodRange(inTableOrder) + " AND m.kind <> 'moved' AND (?3 IS NULL OR m.site = ?3)");
        rows.bind(1, fromMs).bind(2, toMs).bind(3, site);
        while (rows.step())
            add(rows);
        // From the corrections (few, by the partial index on `reverses`) to the rows they
        // correct: CROSS JOIN keeps that order.
        auto corrections = m_store.connection().prepare(
            "SELECT " + Columns +
            ", r.quantity FROM stock_movements r CROSS JOIN stock_movements m ON m.id = r.reverses "
            "WHERE "
            "r.reverses IS NOT NULL AND r.kind = 'reversal' AND m.at >= ?1 AND m.at < ?2 AND "
            "m.kind IN " +
            Kinds + " AND (?3 IS NULL OR m.site = ?3)");
        corrections.bind(1, fromMs).bind(2, toMs).bind(3, site);
        while (corrections.step())
            add(corrections);
    }

    // What was read, into the summary's figures.
    void fill(Summary& s, const QHash<QString, QString>& suppliers,
              const QHash<QString, QString>& locations, QSet<QString>& withoutWeight) const {
        for (int i = 0; i < s.weeks.size(); ++i) {
            Week& week = s.weeks[i];
            const WeekTotals& w = m_weeks[i];
            week.givenOut = w.givenOut;
            week.received = w.received;
            week.disposed = w.disposed;
            s.givenOut += w.givenOut;
            s.received += w.received;
            s.disposed += w.disposed;
        }
        s.returned = m_returned;
        QHash<QString, AmountLine> byCategory;
        for (const ItemTotals& item : m_items) {
            if (item.touched == 0)
                continue;
            if (item.unitGrams <= 0)
                withoutWeight.insert(item.name);
            if (item.givenRows > 0) {
                AmountLine& line = byCategory[item.category];
                line.key = line.label = item.category;
                line.amount.add(item.given, item.unitGrams);
                line.amount.movements += item.givenRows;
            }
            if (item.unbackedRows > 0 && item.unbacked != 0) {
                UnbackedLine line{item.id, item.name, {}};
                line.amount.add(item.unbacked, item.unitGrams);
                line.amount.movements = item.unbackedRows;
                s.unbackedByItem.append(line);
                s.givenOutUnbacked += line.amount;
            }
        }
        s.givenOutByCategory = sortedLines(byCategory);
        QHash<QString, AmountLine> bySource, byReason, bySupplier;
        for (auto it = m_bySource.cbegin(); it != m_bySource.cend(); ++it)
            bySource.insert(it.key(), {it.key(), it.key(), it.value()});
        for (auto it = m_byReason.cbegin(); it != m_byReason.cend(); ++it)
            byReason.insert(it.key(), {it.key(), it.key(), it.value()});
        for (auto it = m_bySupplier.cbegin(); it != m_bySupplier.cend(); ++it) {
            const QString id = it.key().isEmpty() ? QString() : rowText(it.key());
            const QString name = id.isEmpty() ? tr("no supplier named") : suppliers.value(id, id);
            bySupplier.insert(id, {id, name, it.value()});
        }
        s.receivedBySource = sortedLines(bySource);
        s.receivedBySupplier = sortedLines(bySupplier);
        s.disposedByReason = sortedLines(byReason);

        // Counts: net per item, location and week; a shortfall is lost, a surplus found.
        QHash<QString, CountDifference> counts;
        for (auto it = m_counted.cbegin(); it != m_counted.cend(); ++it) {
            const CountKey& key = it.key();
            const ItemTotals& item = m_items[key.item];
            const QString location = rowText(key.location);
            CountDifference& line = counts[item.id + u'\n' + location];
            line.itemId = item.id;
            line.itemName = item.name;
            line.locationId = location;
            line.locationName = locations.value(location, location);
            line.lines += it->rows;
            if (it->net < 0) {
                line.lost += -it->net;
                s.weeks[key.week].countLost += -it->net;
            } else {
                line.found += it->net;
                s.weeks[key.week].countFound += it->net;
            }
        }
        for (const Week& week : std::as_const(s.weeks)) {
            s.countLost += week.countLost;
            s.countFound += week.countFound;
        }
        for (const CountDifference& line : std::as_const(counts)) {
            if (line.lost != 0 || line.found != 0)
                s.countDifferences.append(line);
        }
    }

private:
    Q_DECLARE_TR_FUNCTIONS(larder::reports::Reports)

    struct WeekTotals {
        Amount givenOut, received, disposed;
    };
    struct CountKey {
        int item = 0;
        QByteArray location;
        int week = 0;
        bool operator==(const CountKey&) const = default;
    };
    friend size_t qHash(const CountKey& key, size_t seed) {
        return qHashMulti(seed, key.item, key.location, key.week);
    }
    struct CountTotals {
        qint64 net = 0, rows = 0;
    };

    // kind, at, item, reason, supplier, reference, location; the quantity follows. The kind is a
    // number, the most frequent tested first; add() reads the other columns only for the kinds
    // that need them.
    inline static const QByteArray Columns =
        "CASE m.kind WHEN 'distributed' THEN 2 WHEN 'received' THEN 1 WHEN 'disposed' THEN 3 "
        "WHEN 'counted' THEN 5 WHEN 'returned' THEN 4 ELSE 0 END, m.at, m.item_id, m.reason, "
        "m.supplier_id, m.reference, m.location_id";
    inline static const QByteArray Kinds =
        "('received', 'distributed', 'disposed', 'returned', 'counted')";

    static QString rowText(const QByteArray& key) { return sql::rowIdText(QVariant(key)); }

    int weekOf(qint64 atMs) const {
        const auto after = std::upper_bound(m_weekStarts.cbegin(), m_weekStarts.cend(), atMs);
        return int(after - m_weekStarts.cbegin()) - 1;
    }

    int itemOf(const QByteArray& key) {
        const auto it = m_itemIndex.constFind(key);
        if (it != m_itemIndex.cend())
            return *it;
        // A row whose item is not in the catalog (it should not happen): named by its id.
        const QByteArray copy(key.constData(), key.size());
        const QString id = rowText(copy);
        m_itemIndex.insert(copy, int(m_items.size()));
        m_items.append({id, id, u"other"_s, 0});
        return int(m_items.size()) - 1;
    }

    void add(const sql::Statement& row) {
        const int kind = int(row.int64(0));
        const int week = weekOf(row.int64(1));
        if (kind == Other || week < 0 || week >= m_weeks.size())
            return;
        const int index = itemOf(row.blobInPlace(2));
        ItemTotals& item = m_items[index];
        const qint64 quantity = row.int64(7);
        ++item.touched;
        WeekTotals& totals = m_weeks[week];
        switch (kind) {
        case Distributed: {
            totals.givenOut.add(-quantity, item.unitGrams);
            ++totals.givenOut.movements;
            item.given -= quantity;
            ++item.givenRows;
            if (!m_delivered.contains(row.blobInPlace(5))) {
                item.unbacked -= quantity;
                ++item.unbackedRows;
            }
            break;
        }
        case Received: {
            totals.received.add(quantity, item.unitGrams);
            ++totals.received.movements;
            Amount& source = m_bySource[sourceKey(row.text(3))];
            source.add(quantity, item.unitGrams);
            ++source.movements;
            const QByteArray supplier = row.blobInPlace(4);
            auto it = m_bySupplier.find(supplier);
            if (it == m_bySupplier.end())
                it = m_bySupplier.insert(QByteArray(supplier.constData(), supplier.size()), {});
            it->add(quantity, item.unitGrams);
            ++it->movements;
            break;
        }
        case Disposed: {
            totals.disposed.add(-quantity, item.unitGrams);
            ++totals.disposed.movements;
            Amount& reason = m_byReason[disposalKey(row.text(3))];
            reason.add(-quantity, item.unitGrams);
            ++reason.movements;
            break;
        }
        case Returned:
            m_returned.add(quantity, item.unitGrams);
            ++m_returned.movements;
            break;
        case Counted: {
            const QByteArray location = row.blobInPlace(6);
            CountTotals& count =
                m_counted[{index, QByteArray(location.constData(), location.size()), week}];
            count.net += quantity;
            ++count.rows;
            break;
        }
        default:
            break;
        }
    }

    const Store& m_store;
    QList<qint64> m_weekStarts;
    QList<WeekTotals> m_weeks;
    QList<ItemTotals> m_items;
    QHash<QByteArray, int> m_itemIndex;
    QSet<QByteArray> m_delivered;
    QHash<QString, Amount> m_bySource, m_byReason;
    QHash<QByteArray, Amount> m_bySupplier;
    QHash<CountKey, CountTotals> m_counted;
    Amount m_returned;
};

QList<Week> makeWeeks(const Period& period) {
    QList<Week> weeks;
    QDate start = period.from;
    while (start <= period.to) {
        const QDate sunday = start.addDays(7 - start.dayOfWeek());
        const QDate end = std::min(sunday, period.to);
        Week week;
        week.start = start;
        week.end = end;
        weeks.append(week);
        start = end.addDays(1);
    }
    return weeks;
}

int weekOf(const QList<Week>& weeks, const QDate& day) {
    for (int i = 0; i < weeks.size(); ++i) {
        if (day >= weeks[i].start && day <= weeks[i].end)
            return i;
    }
    return -1;
}

} // namespace

Reports::Reports(const Store& store)
    : m_store(store) {}

std::optional<Error> Reports::checkPeriod(const Period& period) {
    if (!period.from.isValid() || !period.to.isValid())
        return Error::invalidInput(tr("The period needs a first and a last day."),
                                   tr("Give both dates as YYYY-MM-DD."));
    if (period.from > period.to)
        return Error::invalidInput(
            tr("The period ends (%1) before it starts (%2).")
                .arg(period.to.toString(Qt::ISODate), period.from.toString(Qt::ISODate)),
            tr("Swap the two dates."));
    if (period.days() > MaxPeriodDays)
        return Error::invalidInput(tr("The period is %1 days long; a report covers at most %2.")
                                       .arg(period.days())
                                       .arg(MaxPeriodDays),
                                   tr("Choose a shorter period."));
    return std::nullopt;
}

QList<Site> Reports::sites() const {
    QList<Site> sites{{m_store.siteId(), m_store.siteName(), true}};
    QList<Site> others;
    m_store.readOrWarn("SELECT site, name FROM sync_sites WHERE site <> ?1", {m_store.siteId()},
                       [&others](const Row& row) {
                           others.append({row.text(0), row.text(1), false});
                       });
    std::sort(others.begin(), others.end(),
              [](const Site& a, const Site& b) { return a.name.localeAwareCompare(b.name) < 0; });
    sites += others;
    // Two laptops of one name (a pantry file copied to a second laptop keeps its name and gets
    // an id of its own): each says the start of its id too.
    QHash<QString, int> named;
    for (const Site& site : std::as_const(sites))
        ++named[site.name];
    for (Site& site : sites) {
        if (named.value(site.name) > 1)
            site.name = u"%1 (%2)"_s.arg(site.name, site.id.left(8));
    }
    return sites;
}

Result<Site> Reports::findSite(const QString& idOrName) const {
    const QString wanted = idOrName.trimmed();
    const QList<Site> all = sites();
    QList<Site> matches;
    for (const Site& site : all) {
        if (site.id == wanted || site.name.compare(wanted, Qt::CaseInsensitive) == 0 ||
            (wanted.size() >= 8 && site.id.startsWith(wanted)))
            matches.append(site);
    }
    if (matches.isEmpty() && !wanted.isEmpty()) {
        // "Westside" for "Westside pantry": the start of one name only.
        for (const Site& site : all) {
            if (site.name.startsWith(wanted, Qt::CaseInsensitive))
                matches.append(site);
        }
    }
    if (matches.size() == 1)
        return matches.first();
    QStringList names;
    for (const Site& site : all)
        names << u"\"%1\" (%2)"_s.arg(site.name, site.id.left(8));
    if (matches.isEmpty())
        return Error::invalidInput(tr("No pantry of this file is called \"%1\".").arg(wanted),
                                   tr("Name one of: %1.").arg(names.join(u", ")));
    return Error::invalidInput(tr("More than one pantry is called \"%1\".").arg(wanted),
                               tr("Give its site id instead: %1.").arg(names.join(u", ")));
}

Result<Summary> Reports::summary(const Period& period, const Scope& scope) const {
    if (auto error = checkPeriod(period))
        return *error;
    Summary s;
    s.period = period;
    s.scope = scope;
    s.today = m_store.today();
    const QList<Site> known = sites();
    for (const Site& site : known) {
        // A file of one pantry: "all pantries" is that pantry, and says its name.
        if (site.id == scope.site || (scope.isNetwork() && known.size() == 1))
            s.scopeName = site.name;
    }
    s.weeks = makeWeeks(period);
    const QHash<QString, ItemInfo> items = readItems(m_store);
    QSet<QString> withoutWeight;

    // ---- Deliveries ----
    const QHash<QString, RunInfo> runs = runsIn(m_store, period, scope);
    for (const QString& code : runs::outcome::all())
        s.outcomes.insert(code, 0);
    QHash<QString, QDate> lastServed; // household -> the day of its last delivery in the period
    QList<QSet<QString>> servedByWeek(s.weeks.size());
    m_store.readOrWarn(
        "SELECT s.run_id, s.household_id, s.outcome, s.boxes FROM run_stops s JOIN runs r ON "
        "r.id = s.run_id WHERE r.run_date >= ?1 AND r.run_date <= ?2 AND ifnull(s.household_id, "
        "'') <> ''",
        {period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate)}, [&](const Row& row) {
            const auto run = runs.constFind(row.text(0));
            if (run == runs.cend())
                return;
            const QString household = row.text(1);
            const QString outcome = row.text(2);
            ++s.stopsPlanned;
            if (outcome.isEmpty()) {
                ++s.stopsWithoutOutcome;
                return;
            }
            ++s.stopsAttempted;
            s.outcomes[outcome] += 1;
            if (!runs::outcome::boxesDelivered(outcome))
                return;
            ++s.stopsDelivered;
            s.boxesDelivered += row.integer(3);
            const int week = weekOf(s.weeks, run->date);
            if (week >= 0) {
                ++s.weeks[week].stopsDelivered;
                servedByWeek[week].insert(household);
            }
            QDate& last = lastServed[household];
            last = std::max(last, run->date);
        });
    for (int i = 0; i < s.weeks.size(); ++i)
        s.weeks[i].householdsServed = servedByWeek[i].size();
    s.householdsServed = lastServed.size();
    for (auto it = lastServed.cbegin(); it != lastServed.cend(); ++it)
        s.peopleReached += householdSizeOn(m_store, it.key(), it.value());

    // ---- The ledger ----
    QVariant site; // null: every site
    if (!scope.isNetwork()) {
        const std::optional<qint64> number = siteNumber(m_store, scope.site);
        site = number ? QVariant(*number) : QVariant(qint64(-1)); // -1: no row is that site's
    }
    const qint64 fromMs = startMs(period.from);
    const qint64 toMs = startMs(period.to.addDays(1));
    std::optional<LedgerScan> ledger;
    try {
        ledger.emplace(m_store, s.weeks);
        ledger->read(fromMs, toMs, site, cheaperInTableOrder(m_store, fromMs, toMs));
    } catch (const sql::SqlError& e) {
        return Error::storage(tr("Larder could not read the ledger (%1).").arg(e.message()),
                              tr("Run \"larder-cli --db FILE check\" to see what is wrong."));
    }
    ledger->fill(s, readNames(m_store, "suppliers"), readNames(m_store, "locations"),
                 withoutWeight);
    std::sort(s.countDifferences.begin(), s.countDifferences.end(),
              [](const CountDifference& a, const CountDifference& b) {
                  if (a.lost != b.lost)
                      return a.lost > b.lost;
                  if (a.found != b.found)
                      return a.found > b.found;
                  return std::tie(a.itemName, a.locationName) <
                         std::tie(b.itemName, b.locationName);
              });
    std::sort(s.unbackedByItem.begin(), s.unbackedByItem.end(),
              [](const UnbackedLine& a, const UnbackedLine& b) {
                  if (a.amount.units != b.amount.units)
                      return a.amount.units > b.amount.units;
                  return a.itemName < b.itemName;
              });

    const Amount left = [&s] {
        Amount a = s.givenOut;
        a += s.disposed;
        return a;
    }();
    if (left.units > 0) {
        s.wasteRateByWeight = left.unitsWithoutWeight == 0 && left.grams > 0;
        s.wasteRate = s.wasteRateByWeight ? double(s.disposed.grams) / double(left.grams)
                                          : double(s.disposed.units) / double(left.units);
    }

    // ---- Now: the shelf ----
    const std::optional<QSet<QString>> here = locationsIn(m_store, scope);
    const QString today = s.today.toString(Qt::ISODate);
    const QString soon = s.today.addDays(s.expiringWithinDays).toString(Qt::ISODate);
    m_store.readOrWarn(
        "SELECT s.item_id, s.location_id, s.quantity, l.expiry FROM stock_on_hand s LEFT JOIN "
        "lots l ON l.id = s.lot_id WHERE s.quantity <> 0",
        {}, [&](const Row& row) {
            if (here && !here->contains(row.text(1)))
                return;
            const qint64 quantity = row.integer(2);
            if (quantity < 0) {
                ++s.negativeBins;
                return;
            }
            const ItemInfo item = items.value(row.text(0));
            s.onHand.add(quantity, item.unitGrams);
            const QString expiry = row.text(3);
            if (!expiry.isEmpty() && expiry >= today && expiry <= soon) {
                s.expiringSoon.add(quantity, item.unitGrams);
                ++s.lotsExpiringSoon;
            }
        });

    s.itemsWithoutWeight = QStringList(withoutWeight.cbegin(), withoutWeight.cend());
    s.itemsWithoutWeight.sort(Qt::CaseInsensitive);
    // ---- Requests: counts only ----
    struct Asked {
        QString category, status;
        QDate on, closed;
    };
    QHash<QString, Asked> asked;
    m_store.readOrWarn("SELECT id, category, status, requested_on, closed_on FROM requests", {},
                       [&asked](const Row& row) {
                           asked.insert(row.text(0), {row.text(1), row.text(2),
                                                      QDate::fromString(row.text(3), Qt::ISODate),
                                                      QDate::fromString(row.text(4), Qt::ISODate)});
                       });
    if (!scope.isNetwork()) {
        const QHash<QString, QString> made = creatorSites(m_store, "requests", asked.keys());
        for (auto it = asked.begin(); it != asked.end();)
            it = made.value(it.key()) == scope.site ? std::next(it) : asked.erase(it);
    }
    QMap<QString, Summary::RequestLine> byCategory;
    QList<qint64> daysToDelivery;
    const auto inPeriod = [&period](const QDate& date) {
        return date.isValid() && date >= period.from && date <= period.to;
    };
    for (const Asked& a : std::as_const(asked)) {
        Summary::RequestLine& line = byCategory[a.category];
        line.category = a.category;
        if (inPeriod(a.on)) {
            ++s.requestsAsked;
            ++line.asked;
        }
        if (a.status == u"delivered" && inPeriod(a.closed)) {
            ++s.requestsMet;
            ++line.met;
            if (a.on.isValid())
                daysToDelivery << std::max<qint64>(0, a.on.daysTo(a.closed));
        } else if (a.status == u"unmet" && inPeriod(a.closed)) {
            ++s.requestsUnmet;
            ++line.unmet;
        } else if (a.status != u"delivered" && a.status != u"unmet") {
            ++s.requestsOpen;
        }
    }
    for (const Summary::RequestLine& line : std::as_const(byCategory)) {
        if (line.asked + line.met + line.unmet > 0)
            s.requestsByCategory << line;
    }
    if (!daysToDelivery.isEmpty()) {
        std::sort(daysToDelivery.begin(), daysToDelivery.end());
        const qsizetype n = daysToDelivery.size();
        s.requestDaysMedian = n % 2
                                  ? double(daysToDelivery.at(n / 2))
                                  : (daysToDelivery.at(n / 2 - 1) + daysToDelivery.at(n / 2)) / 2.0;
        s.requestDaysLongest = daysToDelivery.last();
    }
    return s;
}

Result<QList<NetworkLine>> Reports::network(const Period& period) const {
    QList<NetworkLine> lines;
    QList<Site> all = sites();
    all.append(Site{});
    for (const Site& site : std::as_const(all)) {
        auto summary = this->summary(period, Scope{site.id});
        if (!summary)
            return summary.error();
        lines.append({site, *summary});
    }
    return lines;
}

QList<MovementLine> Reports::movementsBehind(const Period& period, const Scope& scope,
                                             Figure figure, const QString& key, int limit) const {
    QList<MovementLine> lines;
    if (checkPeriod(period) || figure == Figure::Stops || figure == Figure::Nothing)
        return lines;
    QString kind;
    switch (figure) {
    case Figure::GivenOut:
    case Figure::Unbacked:
        kind = mv::Distributed;
        break;
    case Figure::Received:
        kind = mv::Received;
        break;
    case Figure::Disposed:
        kind = mv::Disposed;
        break;
    case Figure::Returned:
        kind = mv::Returned;
        break;
    case Figure::CountDifferences:
        kind = mv::Counted;
        break;
    case Figure::Stops:
    case Figure::Nothing:
        break;
    }
    QVariant site;
    if (!scope.isNetwork()) {
        const std::optional<qint64> number = siteNumber(m_store, scope.site);
        site = number ? QVariant(*number) : QVariant(qint64(-1));
    }
    const QHash<QString, ItemInfo> items = readItems(m_store);
    const QSet<QByteArray> delivered =
        figure == Figure::Unbacked ? deliveredStopKeys(m_store) : QSet<QByteArray>();
    const bool bySupplier = key.startsWith(u"supplier:"_s);
    const QString supplier = bySupplier ? key.mid(9) : QString();
    const auto matches = [&](const QString& itemId, const QString& reason,
                             const QString& supplierId, const QByteArray& reference) {
        switch (figure) {
        case Figure::GivenOut:
            return key.isEmpty() || items.value(itemId).category == key;
        case Figure::Unbacked:
            return !delivered.contains(reference) && (key.isEmpty() || itemId == key);
        case Figure::Received:
            if (bySupplier)
                return supplierId == supplier;
            return key.isEmpty() || sourceKey(reason) == key;
        case Figure::Disposed:
            return key.isEmpty() || disposalKey(reason) == key;
        case Figure::CountDifferences:
            return key.isEmpty() || itemId == key;
        case Figure::Returned:
        case Figure::Stops:
        case Figure::Nothing:
            break;
        }
        return true;
    };
    // The rows that match, on the raw connection (ids as the ledger keeps them), then the first
    // `limit` of them by time: the ledger has no index on time alone (schema 11).
    struct Candidate {
        qint64 atMs = 0;
        qint64 rowid = 0;
    };
    QList<Candidate> candidates;
    const qint64 fromMs = startMs(period.from);
    const qint64 toMs = startMs(period.to.addDays(1));
    try {
        auto rows = m_store.connection().prepare(
            "SELECT m.rowid, m.at, larder_row_text(m.item_id), m.reason, "
            "larder_row_text(m.supplier_id), m.reference FROM stock_movements m WHERE " +
            periodRange(cheaperInTableOrder(m_store, fromMs, toMs)) +
            " AND m.kind = ?3 AND (?4 IS NULL OR m.site = ?4)");
        rows.bind(1, fromMs).bind(2, toMs).bind(3, kind).bind(4, site);
        while (rows.step()) {
            if (matches(rows.text(2), rows.text(3), rows.text(4), rows.blobInPlace(5)))
                candidates.append({rows.int64(1), rows.int64(0)});
        }
    } catch (const sql::SqlError& e) {
        qCWarning(lcStorage) << "movements behind a figure:" << e.what();
        return lines;
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        return std::tie(a.atMs, a.rowid) < std::tie(b.atMs, b.rowid);
    });
    if (candidates.size() > limit)
        candidates.resize(limit);
    struct Found {
        QByteArray id;
        MovementLine line;
    };
    QList<Found> found;
    for (const Candidate& c : std::as_const(candidates)) {
        m_store.readOrWarn(
            "SELECT CAST(m.id AS BLOB), m.at, larder_row_text(m.item_id), m.quantity, loc.name, "
            "m.reason FROM stock_movements m LEFT JOIN locations loc ON loc.id = "
            "larder_row_text(m.location_id) WHERE m.rowid = ?1",
            {c.rowid}, [&](const Row& row) {
                const ItemInfo item = items.value(row.text(2));
                found.append(
                    {row[0].toByteArray(),
                     {QDateTime::fromString(row.text(1), Qt::ISODateWithMs).toLocalTime(), kind,
                      item.name, item.category, row.integer(3), row.text(4), row.text(5), false}});
            });
    }
    for (const Found& f : std::as_const(found)) {
        lines.append(f.line);
        m_store.readOrWarn(
            "SELECT r.at, r.quantity, r.reason FROM stock_movements r WHERE r.reverses = ?1",
            {f.id}, [&](const Row& row) {
                MovementLine correction = f.line;
                correction.at = QDateTime::fromString(row.text(0), Qt::ISODateWithMs).toLocalTime();
                correction.kind = mv::Reversal;
                correction.quantity = row.integer(1);
                correction.reason = row.text(2);
                correction.correction = true;
                lines.append(correction);
            });
    }
    return lines;
}

QList<StopLine> Reports::stopsBehind(const Period& period, const Scope& scope, const QString& key,
                                     int limit) const {
    QList<StopLine> lines;
    if (checkPeriod(period))
        return lines;
    const QHash<QString, RunInfo> runs = runsIn(m_store, period, scope);
    m_store.readOrWarn(
        "SELECT s.run_id, h.id, h.chosen_name, s.outcome, s.boxes FROM run_stops s JOIN runs r "
        "ON r.id = s.run_id LEFT JOIN households h ON h.id = s.household_id WHERE r.run_date >= "
        "?1 AND r.run_date <= ?2 AND ifnull(s.household_id, '') <> '' ORDER BY r.run_date, "
        "s.driver_id, s.position, s.id",
        {period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate)}, [&](const Row& row) {
            if (lines.size() >= limit)
                return;
            const auto run = runs.constFind(row.text(0));
            if (run == runs.cend())
                return;
            const QString outcome = row.text(3);
            const bool wanted =
                key.isEmpty() || outcome == key || (key == u"attempted"_s && !outcome.isEmpty()) ||
                (key == runs::outcome::Delivered && runs::outcome::boxesDelivered(outcome)) ||
                (key == u"none"_s && outcome.isEmpty());
            if (!wanted)
                return;
            lines.append({run->date, run->name, m_store.detailsReadable() ? row.text(2) : QString(),
                          outcome, int(row.integer(4))});
        });
    return lines;
}

} // namespace larder::reports
