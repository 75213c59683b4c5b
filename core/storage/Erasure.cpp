// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Erasure.h"

#include "core/storage/OperationLog.h"
#include "core/storage/Sqlite.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace larder::erasure {

namespace {

// A record of `table` found by its `link` to a record of `target`: when that record is erased,
// its `columns` go too.
struct Dependent {
    const char* table;
    const char* link;
    const char* target;
    QList<const char*> columns;
};

const QList<Dependent>& dependents() {
    // A request or offer of a purged household is removed with it; these scrub one made on
    // another laptop at the same time, which the purge's tombstone only unlinks.
    static const QList<Dependent> list{
        {"run_stops", "household_id", "households", {"outcome_note"}},
        {"requests", "household_id", "households", {"description", "notes", "closed_reason"}},
        {"offers",
         "household_id",
         "households",
         {"offered_by", "phone", "address", "latitude", "longitude", "description", "notes"}}};
    return list;
}

// Clears the values of (table ?1, record ?2, column ?3) written before clock ?4.
const QByteArray ScrubBefore = "UPDATE sync_ops SET value = NULL WHERE " +
                               OperationLog::fieldIs(1, 3) +
                               " AND field > 0 AND row_id = larder_row_key(?2) AND hlc < ?4 AND "
                               "value IS NOT NULL";
// The same for the column's value in the record's insert operation.
const QByteArray ScrubInsertBefore =
    "UPDATE sync_ops SET value = larder_insert_erase(value, ?3) WHERE " +
    OperationLog::insertOf(1) +
    " AND field > 0 AND row_id = larder_row_key(?2) AND hlc < ?4 AND value IS NOT NULL";

// Clears `column` of `table` `row` written before clock `before`, in the log and in the record:
// the record keeps its winning value, empty now unless written after (by an insert that left the
// value to the record, the record's own).
void scrubBefore(sql::Connection& db, const QString& table, const QString& row,
                 const QString& column, qint64 before) {
    auto scrub = db.prepare(ScrubBefore);
    scrub.bindAll(table, row, column, before).run();
    auto inInsert = db.prepare(ScrubInsertBefore);
    inInsert.bindAll(table, row, column, before).run();
    const QByteArray current = table.toUtf8() + "." + column.toUtf8();
    auto keep = db.prepare(
        "UPDATE " + table.toUtf8() + " SET " + column.toUtf8() +
        " = (SELECT CASE WHEN o.value IS NULL OR f.col <> '+' THEN o.value ELSE "
        "coalesce(larder_insert_value(o.value, ?3), CASE WHEN o.hlc >= ?4 THEN " +
        current +
        " END) END FROM sync_ops o JOIN sync_names n ON n.number = o.site JOIN sync_fields f ON "
        "f.number = o.field WHERE f.tbl = ?1 AND (f.col = ?3 OR (f.col = '+' AND "
        "larder_insert_has(o.value, ?3))) AND o.field > 0 AND o.row_id = larder_row_key(?2) "
        "ORDER BY o.hlc DESC, n.name DESC LIMIT 1) WHERE id = ?2");
    keep.bindAll(table, row, column, before).run();
}

// Every record of `d` ever linked to `id`: by its current link or by any operation that set it
// (the link itself may be empty by now). Links are not personal, so the log holds them plain.
QStringList linked(sql::Connection& db, const Dependent& d, const QString& id) {
    QStringList rows;
    auto q = db.prepare("SELECT larder_row_text(row_id) FROM sync_ops WHERE " +
                        OperationLog::fieldIs(1, 2) +
                        " AND field > 0 AND value = ?3 UNION SELECT larder_row_text(row_id) FROM "
                        "sync_ops WHERE " +
                        OperationLog::insertOf(1) +
                        " AND field > 0 AND instr(value, CAST(?3 AS BLOB)) > 0 AND "
                        "larder_insert_value(value, ?2) = ?3 UNION SELECT id "
                        "FROM " +
                        d.table + " WHERE " + d.link + " = ?3");
    q.bindAll(QString::fromLatin1(d.table), QString::fromLatin1(d.link), id);
    while (q.step())
        rows << q.text(0);
    // A record moved to another household that is still on file (a merge) keeps what it holds.
    auto now =
        db.prepare("SELECT 1 FROM " + QByteArray(d.table) + " x JOIN " + d.target +
                   " t ON t.id = x." + d.link + " WHERE x.id = ?1 AND x." + d.link + " <> ?2");
    rows.erase(std::remove_if(rows.begin(), rows.end(),
                              [&now, &id](const QString& row) {
                                  now.reset();
                                  now.bindAll(row, id);
                                  return now.step();
                              }),
               rows.end());
    return rows;
}

} // namespace

void scrubDependents(sql::Connection& db, const QString& table, const QString& id,
                     qint64 deletedAt) {
    for (const Dependent& d : dependents()) {
        if (table != QLatin1String(d.target))
            continue;
        const QString dependentTable = QString::fromLatin1(d.table);
        for (const QString& row : linked(db, d, id)) {
            for (const char* column : d.columns) {
                const QString name = QString::fromLatin1(column);
                scrubBefore(db, dependentTable, row, name, deletedAt);
                auto forget = db.prepare(
                    "DELETE FROM sync_conflicts WHERE tbl = ?1 AND row_id = ?2 AND col = ?3");
                forget.bindAll(dependentTable, row, name).run();
            }
        }
    }
}

bool erasedByPurge(sql::Connection& db, const QString& table, const QString& row,
                   const QString& column, qint64 hlc, const QVariantMap& links) {
    for (const Dependent& d : dependents()) {
        if (table != QLatin1String(d.table) ||
            std::none_of(d.columns.cbegin(), d.columns.cend(),
                         [&column](const char* c) { return column == QLatin1String(c); }))
            continue;
        const QVariant link = links.value(QString::fromLatin1(d.link));
        if (!link.isNull()) {
            auto& gone =
                db.cached("SELECT 1 FROM tombstones WHERE tbl = ?1 AND row_id = ?2 AND hlc > ?3");
            gone.bindAll(QString::fromLatin1(d.target), link, hlc);
            const bool erased = gone.step();
            gone.reset();
            if (erased)
                return true;
        }
        auto q = db.prepare("SELECT 1 FROM tombstones t WHERE t.tbl = ?1 AND t.hlc > ?4 AND "
                            "t.row_id IN (SELECT value FROM sync_ops WHERE " +
                            OperationLog::fieldIs(2, 5) +
                            " AND field > 0 AND row_id = larder_row_key(?3) UNION SELECT "
                            "larder_insert_value(value, ?5) FROM sync_ops WHERE " +
                            OperationLog::insertOf(2) +
                            " AND field > 0 AND row_id = larder_row_key(?3) UNION SELECT " +
                            d.link + " FROM " + d.table + " WHERE id = ?3)");
        q.bindAll(QString::fromLatin1(d.target), table, row, hlc, QString::fromLatin1(d.link));
        if (q.step())
            return true;
    }
    return false;
}

void scrubIfLinkedToErased(sql::Connection& db, const QString& table, const QString& row) {
    for (const Dependent& d : dependents()) {
        if (table != QLatin1String(d.table))
            continue;
        // Cached: an import asks this of every stop it rebuilds.
        auto& erased = db.cached(
            "SELECT max(t.hlc) FROM tombstones t WHERE t.tbl = ?1 AND t.row_id IN (SELECT value "
            "FROM sync_ops WHERE " +
            OperationLog::fieldIs(2, 4) +
            " AND field > 0 AND row_id = larder_row_key(?3) UNION SELECT "
            "larder_insert_value(value, ?4) FROM sync_ops WHERE " +
            OperationLog::insertOf(2) + " AND field > 0 AND row_id = larder_row_key(?3))");
        erased.reset();
        erased.bindAll(QString::fromLatin1(d.target), table, row, QString::fromLatin1(d.link));
        const bool found = erased.step() && !erased.isNull(0);
        const qint64 deletedAt = found ? erased.int64(0) : 0;
        erased.reset();
        if (!found)
            continue;
        for (const char* column : d.columns) {
            scrubBefore(db, table, row, QString::fromLatin1(column), deletedAt);
            auto forget = db.prepare(
                "DELETE FROM sync_conflicts WHERE tbl = ?1 AND row_id = ?2 AND col = ?3");
            forget.bindAll(table, row, QString::fromLatin1(column)).run();
        }
    }
}

} // namespace larder::erasure
