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
    static const QList<Dependent> list{
        {"run_stops", "household_id", "households", {"outcome_note"}}};
    return list;
}

// Clears the values of (table ?1, record ?2, column ?3) written before clock ?4.
const QByteArray ScrubBefore = "UPDATE sync_ops SET value = NULL WHERE " +
                               OperationLog::fieldIs(1, 3) +
                               " AND field > 0 AND row_id = larder_row_key(?2) AND hlc < ?4 AND "
                               "value IS NOT NULL";

// Every record of `d` ever linked to `id`: by its current link or by any operation that set it
// (the link itself may be empty by now). Links are not personal, so the log holds them plain.
QStringList linked(sql::Connection& db, const Dependent& d, const QString& id) {
    QStringList rows;
    auto q = db.prepare("SELECT larder_row_text(row_id) FROM sync_ops WHERE " +
                        OperationLog::fieldIs(1, 2) +
                        " AND field > 0 AND value = ?3 UNION SELECT id FROM " + d.table +
                        " WHERE " + d.link + " = ?3");
    q.bindAll(QString::fromLatin1(d.table), QString::fromLatin1(d.link), id);
    while (q.step())
        rows << q.text(0);
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
                auto scrub = db.prepare(ScrubBefore);
                scrub.bindAll(dependentTable, row, name, deletedAt).run();
                // The record keeps its winning value: empty now, unless written after the purge.
                auto keep = db.prepare(
                    QByteArray("UPDATE ") + d.table + " SET " + column +
                    " = (SELECT o.value FROM sync_ops o JOIN sync_names n ON n.number = o.site "
                    "WHERE o." +
                    OperationLog::fieldIs(1, 3) +
                    " AND o.field > 0 AND o.row_id = larder_row_key(?2) ORDER BY o.hlc DESC, "
                    "n.name DESC LIMIT 1) WHERE id = ?2");
                keep.bindAll(dependentTable, row, name).run();
                auto forget = db.prepare(
                    "DELETE FROM sync_conflicts WHERE tbl = ?1 AND row_id = ?2 AND col = ?3");
                forget.bindAll(dependentTable, row, name).run();
            }
        }
    }
}

bool erasedByPurge(sql::Connection& db, const QString& table, const QString& row,
                   const QString& column, qint64 hlc) {
    for (const Dependent& d : dependents()) {
        if (table != QLatin1String(d.table) ||
            std::none_of(d.columns.cbegin(), d.columns.cend(),
                         [&column](const char* c) { return column == QLatin1String(c); }))
            continue;
        auto q = db.prepare("SELECT 1 FROM tombstones t WHERE t.tbl = ?1 AND t.hlc > ?4 AND "
                            "t.row_id IN (SELECT value FROM sync_ops WHERE " +
                            OperationLog::fieldIs(2, 5) +
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
        auto erased = db.prepare(
            "SELECT max(t.hlc) FROM tombstones t WHERE t.tbl = ?1 AND t.row_id IN (SELECT value "
            "FROM sync_ops WHERE " +
            OperationLog::fieldIs(2, 4) + " AND field > 0 AND row_id = larder_row_key(?3))");
        erased.bindAll(QString::fromLatin1(d.target), table, row, QString::fromLatin1(d.link));
        if (!erased.step() || erased.isNull(0))
            continue;
        const qint64 deletedAt = erased.int64(0);
        for (const char* column : d.columns) {
            auto scrub = db.prepare(ScrubBefore);
            scrub.bindAll(table, row, QString::fromLatin1(column), deletedAt).run();
            auto forget = db.prepare(
                "DELETE FROM sync_conflicts WHERE tbl = ?1 AND row_id = ?2 AND col = ?3");
            forget.bindAll(table, row, QString::fromLatin1(column)).run();
        }
    }
}

} // namespace larder::erasure
