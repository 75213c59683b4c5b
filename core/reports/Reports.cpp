// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/Reports.h"

#include "core/inventory/Vocabulary.h"
#include "core/runs/Outcomes.h"
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

// Ledger rows of the period, grouped: one bucket per kind, item and what the figures break
// down by. Corrections (reversals) are read as negative rows of the kind they correct, at the
// time of the row they correct.
struct Bucket {
    QString kind;
    QString itemId;
    QString reason;      // received, disposed: the reason's head
    QString supplier;    // received: supplier id
    bool backed = false; // distributed: its reference is a stop whose boxes left the van
    QString location;    // counted: location id
    qint64 quantity = 0;
    qint64 rows = 0;
    qint64 atMs = 0; // corrections only: when the corrected row was
};

const QByteArray BucketColumns =
    "m.kind, larder_row_text(m.item_id), "
    "CASE WHEN m.kind IN ('received', 'disposed') THEN m.reason END, "
    "CASE WHEN m.kind = 'received' THEN larder_row_text(m.supplier_id) END, "
    "CASE WHEN m.kind = 'distributed' THEN ifnull(m.reference IN (SELECT larder_row_key(id) "
    "FROM run_stops WHERE outcome IN ('delivered', 'left_at_door')), 0) END, "
    "CASE WHEN m.kind = 'counted' THEN larder_row_text(m.location_id) END";

const QByteArray CountedKinds = "('received', 'distributed', 'disposed', 'returned', 'counted')";

void readBuckets(const Store& store, qint64 fromMs, qint64 toMs, const QVariant& site,
                 QList<Bucket>& out) {
    store.readOrWarn(
        "SELECT " + BucketColumns +
            ", sum(m.quantity), count(*) FROM stock_movements m WHERE m.at >= ?1 AND "
            "m.at < ?2 AND m.kind IN " +
            CountedKinds + " AND (?3 IS NULL OR m.site = ?3) GROUP BY 1, 2, 3, 4, 5, 6",
        {fromMs, toMs, site}, [&out](const Row& row) {
            out.append({row.text(0), row.text(1), reasonHead(row.text(2)), row.text(3),
                        row.integer(4) != 0, row.text(5), row.integer(6), row.integer(7), 0});
        });
}

void readCorrections(const Store& store, qint64 fromMs, qint64 toMs, const QVariant& site,
                     QList<Bucket>& out) {
    store.readOrWarn(
        "SELECT " + BucketColumns +
            ", sum(r.quantity), count(*), m.at + 0 FROM stock_movements r JOIN stock_movements m "
            "ON m.id = r.reverses WHERE r.reverses IS NOT NULL AND r.kind = 'reversal' AND m.at "
            ">= ?1 AND m.at < ?2 AND m.kind IN " +
            CountedKinds + " AND (?3 IS NULL OR m.site = ?3) GROUP BY 1, 2, 3, 4, 5, 6, 9",
        {fromMs, toMs, site}, [&out](const Row& row) {
            out.append({row.text(0), row.text(1), reasonHead(row.text(2)), row.text(3),
                        row.integer(4) != 0, row.text(5), row.integer(6), row.integer(7),
                        row.integer(8)});
        });
}

// Buckets with the same keys added up: a correction nets out with the rows it corrects.
QList<Bucket> merged(const QList<Bucket>& buckets) {
    QHash<QString, qsizetype> index;
    QList<Bucket> out;
    out.reserve(buckets.size());
    for (const Bucket& b : buckets) {
        const QString key = b.kind + u'\n' + b.itemId + u'\n' + b.reason + u'\n' + b.supplier +
                            (b.backed ? u"\n1\n"_s : u"\n0\n"_s) + b.location;
        const auto it = index.constFind(key);
        if (it == index.cend()) {
            index.insert(key, out.size());
            out.append(b);
            continue;
        }
        out[*it].quantity += b.quantity;
        out[*it].rows += b.rows;
    }
    return out;
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

void addTo(QHash<QString, AmountLine>& lines, const QString& key, const QString& label,
           qint64 quantity, qint64 rows, int unitGrams) {
    AmountLine& line = lines[key];
    line.key = key;
    line.label = label;
    line.amount.add(quantity, unitGrams);
    line.amount.movements += rows;
}

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
    return sites + others;
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
    if (!scope.isNetwork()) {
        for (const Site& site : sites()) {
            if (site.id == scope.site)
                s.scopeName = site.name;
        }
    }
    s.weeks = makeWeeks(period);
    const QHash<QString, ItemInfo> items = readItems(m_store);
    QSet<QString> withoutWeight;
    const auto itemOf = [&items, &withoutWeight](const QString& id, qint64 quantity) {
        const ItemInfo info = items.value(id);
        if (info.unitGrams <= 0 && quantity != 0)
            withoutWeight.insert(info.name.isEmpty() ? id : info.name);
        return info;
    };

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
    QList<QList<Bucket>> weekBuckets(s.weeks.size());
    for (int i = 0; i < s.weeks.size(); ++i)
        readBuckets(m_store, startMs(s.weeks[i].start), startMs(s.weeks[i].end.addDays(1)), site,
                    weekBuckets[i]);
    QList<Bucket> corrections;
    readCorrections(m_store, startMs(period.from), startMs(period.to.addDays(1)), site,
                    corrections);
    for (const Bucket& c : std::as_const(corrections)) {
        const int week =
            weekOf(s.weeks, QDateTime::fromMSecsSinceEpoch(c.atMs).toLocalTime().date());
        if (week >= 0)
            weekBuckets[week].append(c);
    }
    for (QList<Bucket>& buckets : weekBuckets)
        buckets = merged(buckets);

    const QHash<QString, QString> suppliers = readNames(m_store, "suppliers");
    const QHash<QString, QString> locations = readNames(m_store, "locations");
    QHash<QString, AmountLine> byCategory, bySource, bySupplier, byReason;
    QHash<QString, CountDifference> counts;
    QHash<QString, UnbackedLine> unbacked;
    for (int i = 0; i < s.weeks.size(); ++i) {
        Week& week = s.weeks[i];
        for (const Bucket& b : std::as_const(weekBuckets[i])) {
            const ItemInfo item = itemOf(b.itemId, b.quantity);
            if (b.kind == mv::Distributed) {
                const qint64 out = -b.quantity;
                week.givenOut.add(out, item.unitGrams);
                week.givenOut.movements += b.rows;
                addTo(byCategory, item.category, item.category, out, b.rows, item.unitGrams);
                if (!b.backed) {
                    UnbackedLine& line = unbacked[b.itemId];
                    line.itemId = b.itemId;
                    line.itemName = item.name;
                    line.amount.add(out, item.unitGrams);
                    line.amount.movements += b.rows;
                }
            } else if (b.kind == mv::Received) {
                week.received.add(b.quantity, item.unitGrams);
                week.received.movements += b.rows;
                addTo(bySource, b.reason, b.reason, b.quantity, b.rows, item.unitGrams);
                const QString supplierName =
                    b.supplier.isEmpty() ? QString() : suppliers.value(b.supplier, b.supplier);
                addTo(bySupplier, b.supplier,
                      supplierName.isEmpty() ? tr("no supplier named") : supplierName, b.quantity,
                      b.rows, item.unitGrams);
            } else if (b.kind == mv::Disposed) {
                week.disposed.add(-b.quantity, item.unitGrams);
                week.disposed.movements += b.rows;
                const QString reason = disposalKey(b.reason);
                addTo(byReason, reason, reason, -b.quantity, b.rows, item.unitGrams);
            } else if (b.kind == mv::Returned) {
                s.returned.add(b.quantity, item.unitGrams);
                s.returned.movements += b.rows;
            } else if (b.kind == mv::Counted) {
                CountDifference& line = counts[b.itemId + u'\n' + b.location];
                line.itemId = b.itemId;
                line.itemName = item.name;
                line.locationId = b.location;
                line.locationName = locations.value(b.location, b.location);
                line.lines += b.rows;
                // A count's rows and their corrections net out per bucket: a shortfall is lost.
                if (b.quantity < 0) {
                    line.lost += -b.quantity;
                    week.countLost += -b.quantity;
                } else {
                    line.found += b.quantity;
                    week.countFound += b.quantity;
                }
            }
        }
        s.givenOut += week.givenOut;
        s.received += week.received;
        s.disposed += week.disposed;
        s.countLost += week.countLost;
        s.countFound += week.countFound;
    }
    s.givenOutByCategory = sortedLines(byCategory);
    s.receivedBySource = sortedLines(bySource);
    s.receivedBySupplier = sortedLines(bySupplier);
    s.disposedByReason = sortedLines(byReason);
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it->lost != 0 || it->found != 0)
            s.countDifferences.append(it.value());
    }
    std::sort(s.countDifferences.begin(), s.countDifferences.end(),
              [](const CountDifference& a, const CountDifference& b) {
                  if (a.lost != b.lost)
                      return a.lost > b.lost;
                  if (a.found != b.found)
                      return a.found > b.found;
                  return std::tie(a.itemName, a.locationName) <
                         std::tie(b.itemName, b.locationName);
              });
    for (const UnbackedLine& line : std::as_const(unbacked)) {
        if (line.amount.units == 0)
            continue; // given out and corrected
        s.unbackedByItem.append(line);
        s.givenOutUnbacked += line.amount;
    }
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
            return key.isEmpty() || reasonHead(reason) == key;
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
    struct Found {
        QByteArray id;
        MovementLine line;
    };
    QList<Found> found;
    m_store.readOrWarn(
        "SELECT CAST(m.id AS BLOB), m.at, larder_row_text(m.item_id), m.quantity, loc.name, "
        "m.reason, "
        "larder_row_text(m.supplier_id), CAST(m.reference AS BLOB) FROM stock_movements m LEFT "
        "JOIN "
        "locations loc ON loc.id = larder_row_text(m.location_id) WHERE m.at >= ?1 AND m.at < "
        "?2 AND m.kind = ?3 AND (?4 IS NULL OR m.site = ?4) ORDER BY m.at, m.rowid",
        {startMs(period.from), startMs(period.to.addDays(1)), kind, site}, [&](const Row& row) {
            if (found.size() >= limit)
                return;
            const QString itemId = row.text(2);
            if (!matches(itemId, row.text(5), row.text(6), row[7].toByteArray()))
                return;
            const ItemInfo item = items.value(itemId);
            MovementLine line{QDateTime::fromString(row.text(1), Qt::ISODateWithMs).toLocalTime(),
                              kind,
                              item.name,
                              item.category,
                              row.integer(3),
                              row.text(4),
                              row.text(5),
                              false};
            found.append({row[0].toByteArray(), line});
        });
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
                key.isEmpty() || outcome == key ||
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
