// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Integrity.h"

#include "core/identity/HybridClock.h"
#include "core/storage/KeyRing.h"
#include "core/storage/Schema.h"
#include "core/storage/Sqlite.h"
#include "core/storage/Store.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace larder {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(larder::Integrity)
};

QString number(qint64 n) {
    return QLocale::c().toString(n);
}

QByteArray quoted(const QString& text) {
    return "'" + text.toUtf8().replace("'", "''") + "'";
}

QList<const TableDef*> tablesOfKind(TableKind kind) {
    QList<const TableDef*> result;
    for (const TableDef& table : schema::tables()) {
        if (table.kind == kind)
            result.append(&table);
    }
    return result;
}

// Runs one check, turning a statement SQLite refuses into a failed check rather than an abort.
CheckResult guarded(const QString& name, const std::function<CheckResult()>& body) {
    try {
        return body();
    } catch (const sql::SqlError& e) {
        return {name, false, Tr::tr("could not run: %1").arg(e.message().simplified())};
    }
}

CheckResult integrityCheck(sql::Connection& db) {
    const QString name = u"integrity"_s;
    QStringList problems;
    sql::Statement statement = db.prepare("PRAGMA integrity_check(20)");
    while (statement.step())
        problems.append(statement.text(0));
    if (problems == QStringList{u"ok"_s})
        return {name, true, Tr::tr("SQLite's integrity_check found the file sound")};
    return {name, false,
            Tr::tr("SQLite's integrity_check reports %n problem(s), first: %1", nullptr,
                   int(problems.size()))
                .arg(problems.value(0))};
}

CheckResult foreignKeyCheck(sql::Connection& db) {
    const QString name = u"foreign keys"_s;
    sql::Statement statement = db.prepare("PRAGMA foreign_key_check");
    qint64 count = 0;
    QString first;
    while (statement.step()) {
        if (count++ == 0) {
            // table, rowid, parent table, foreign key index
            const QString table = statement.text(0);
            QString id;
            if (!statement.isNull(1)) {
                sql::Statement row =
                    db.prepare("SELECT * FROM " + table.toUtf8() + " WHERE rowid = ?1");
                row.bind(1, statement.int64(1));
                id = row.step() ? row.text(0) : QString::number(statement.int64(1));
            }
            first = Tr::tr("%1 %2 refers to a missing %3").arg(table, id, statement.text(2));
        }
    }
    if (count == 0)
        return {name, true, Tr::tr("every reference between tables points to an existing row")};
    return {name, false, Tr::tr("%1 broken reference(s); first: %2").arg(number(count), first)};
}

CheckResult stockOnHandCheck(sql::Connection& db) {
    const QString name = u"stock on hand"_s;
    // Ledger sums and the aggregate, side by side: a group present in one and not the other,
    // or with a different quantity, is a mismatch.
    const QByteArray sql = R"sql(
        WITH ledger AS (
            SELECT item_id, location_id, coalesce(lot_id, '') AS lot_id, sum(quantity) AS quantity
            FROM stock_movements GROUP BY 1, 2, 3),
        mismatches AS (
            SELECT l.item_id, l.location_id, l.lot_id, l.quantity AS ledger, s.quantity AS onhand
            FROM ledger l LEFT JOIN stock_on_hand s USING (item_id, location_id, lot_id)
            WHERE s.quantity IS NOT l.quantity AND NOT (s.quantity IS NULL AND l.quantity = 0)
            UNION ALL
            SELECT s.item_id, s.location_id, s.lot_id, NULL, s.quantity
            FROM stock_on_hand s
            WHERE NOT EXISTS (SELECT 1 FROM ledger l WHERE l.item_id = s.item_id
                              AND l.location_id = s.location_id AND l.lot_id = s.lot_id))
        SELECT count(*) OVER (), item_id, location_id, lot_id, ledger, onhand
        FROM mismatches LIMIT 1)sql";
    sql::Statement statement = db.prepare(sql);
    const qint64 groups = db.scalar("SELECT count(*) FROM stock_on_hand").toLongLong();
    if (!statement.step())
        return {name, true,
                Tr::tr("%1 on-hand total(s) equal the sum of the ledger").arg(number(groups))};
    const QString ledger =
        statement.isNull(4) ? Tr::tr("no movements") : QString::number(statement.int64(4));
    const QString onHand =
        statement.isNull(5) ? Tr::tr("no total") : QString::number(statement.int64(5));
    return {name, false,
            Tr::tr("%1 on-hand total(s) differ from the ledger; first: item %2 at location %3, "
                   "lot %4: ledger says %5, on hand says %6")
                .arg(number(statement.int64(0)), statement.text(1), statement.text(2),
                     statement.text(3).isEmpty() ? Tr::tr("(none)") : statement.text(3), ledger,
                     onHand)};
}

CheckResult sequenceCheck(sql::Connection& db, const Store& store) {
    const QString name = u"operation sequence"_s;
    const QByteArray site =
        "(SELECT number FROM sync_names WHERE name = " + quoted(store.siteId()) + ")";
    sql::Statement stats =
        db.prepare("SELECT count(*), min(seq), max(seq) FROM sync_ops WHERE site = " + site);
    stats.step();
    const qint64 count = stats.int64(0);
    const qint64 lowest = stats.isNull(1) ? 0 : stats.int64(1);
    const qint64 highest = stats.isNull(2) ? 0 : stats.int64(2);
    const qint64 expected = store.lastSeq();
    if (count == expected && highest == expected && (count == 0 || lowest == 1))
        return {name, true,
                Tr::tr("this site's %1 operation(s) are numbered 1 to %1 without a gap")
                    .arg(number(count))};
    QStringList wrong;
    if (count > 0 && lowest != 1)
        wrong << Tr::tr("the first is %1, not 1").arg(number(lowest));
    if (count != highest) {
        sql::Statement gap = db.prepare(
            "SELECT a.seq + 1 FROM sync_ops a WHERE a.site = " + site +
            " AND a.seq < (SELECT max(seq) FROM sync_ops WHERE site = " + site +
            ") AND NOT EXISTS (SELECT 1 FROM sync_ops b WHERE b.site = a.site AND b.seq = a.seq + "
            "1) ORDER BY a.seq LIMIT 1");
        const qint64 missing = gap.step() ? gap.int64(0) : lowest > 1 ? 1 : 0;
        wrong << Tr::tr("%1 operation(s) are missing, first seq %2")
                     .arg(number(highest - count), number(missing));
    }
    if (highest != expected)
        wrong << Tr::tr("the file's counter says %1 but the highest is %2")
                     .arg(number(expected), number(highest));
    return {name, false,
            Tr::tr("this site has %1 operation(s): %2").arg(number(count), wrong.join(u"; "_s))};
}

CheckResult clockCheck(sql::Connection& db, const Store& store) {
    const QString name = u"clock"_s;
    const qint64 persisted = store.lastHlc();
    sql::Statement statement =
        db.prepare("SELECT count(*) OVER (), site, seq, hlc FROM sync_log WHERE hlc > ?1 "
                   "ORDER BY hlc DESC LIMIT 1");
    statement.bind(1, persisted);
    if (!statement.step())
        return {name, true,
                Tr::tr("no operation is later than the file's clock (%1)")
                    .arg(HybridClock::toString(persisted))};
    return {name, false,
            Tr::tr("%1 operation(s) are later than the file's clock (%2); latest: site %3, seq %4 "
                   "at %5")
                .arg(number(statement.int64(0)), HybridClock::toString(persisted),
                     statement.text(1), number(statement.int64(2)),
                     HybridClock::toString(statement.int64(3)))};
}

// Every operation's laptop, person on shift and field are named in the log's dictionaries
// (schema 8): an operation whose number names nothing would be left out of every check that reads
// the log through sync_log, and would travel with an empty name.
CheckResult logNamesCheck(sql::Connection& db) {
    const QString name = u"log dictionaries"_s;
    sql::Statement statement = db.prepare(
        "SELECT count(*) OVER (), (SELECT name FROM sync_names WHERE number = o.site), o.seq FROM "
        "sync_ops o WHERE o.site NOT IN (SELECT number FROM sync_names) OR o.field NOT IN "
        "(SELECT number FROM sync_fields) OR (o.actor IS NOT NULL AND o.actor NOT IN (SELECT "
        "number FROM sync_names)) LIMIT 1");
    if (!statement.step())
        return {name, true, Tr::tr("every operation's laptop, person and field are named")};
    return {name, false,
            Tr::tr("%1 operation(s) name a laptop, person or field the file does not know; "
                   "first: site %2, seq %3")
                .arg(number(statement.int64(0)),
                     statement.isNull(1) ? Tr::tr("(unknown)") : statement.text(1),
                     number(statement.int64(2)))};
}

// Rows of `tables` that match `condition` (SQL over alias t, with :table for the table name).
CheckResult perTableCheck(sql::Connection& db, const QString& name,
                          const QList<const TableDef*>& tables, const QByteArray& condition,
                          const QString& okText, const QString& failText) {
    qint64 total = 0;
    qint64 checked = 0;
    QString firstTable, firstId;
    for (const TableDef* table : tables) {
        const QByteArray tableName = table->name.toUtf8();
        QByteArray where = condition;
        where.replace(":table", quoted(table->name));
        sql::Statement statement = db.prepare("SELECT count(*) OVER (), t.id FROM " + tableName +
                                              " t WHERE " + where + " LIMIT 1");
        if (statement.step()) {
            if (total == 0) {
                firstTable = table->name;
                firstId = statement.text(1);
            }
            total += statement.int64(0);
        }
        checked += db.scalar("SELECT count(*) FROM " + tableName).toLongLong();
    }
    if (total == 0)
        return {name, true, okText.arg(number(checked))};
    return {name, false, failText.arg(number(total), firstTable, firstId)};
}

CheckResult recordOperationsCheck(sql::Connection& db) {
    return perTableCheck(
        db, u"record operations"_s, tablesOfKind(TableKind::Record),
        // One pass over the log (its partial index), not one lookup per record.
        "t.id NOT IN (SELECT larder_row_text(row_id) FROM sync_ops WHERE field IN (SELECT "
        "number FROM sync_fields WHERE tbl = :table) AND field > 0)",
        Tr::tr("each of %1 record(s) has its operations"),
        Tr::tr("%1 record(s) have no operation, so no other laptop can learn of them; first: %2 "
               "%3"));
}

CheckResult tombstoneCheck(sql::Connection& db) {
    return perTableCheck(
        db, u"tombstones"_s, tablesOfKind(TableKind::Record),
        "EXISTS (SELECT 1 FROM tombstones d WHERE d.tbl = :table AND d.row_id = t.id)",
        Tr::tr("none of %1 record(s) was deleted before"),
        Tr::tr("%1 deleted record(s) are back in the file; first: %2 %3"));
}

quint64 mixed(quint64 x) { // splitmix64's finaliser
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// A sum of one 64-bit hash per (id, site, clock): two equal multisets give equal sums.
std::pair<qint64, quint64> ledgerFingerprint(sql::Connection& db, const QByteArray& sql) {
    sql::Statement statement = db.prepare(sql);
    qint64 count = 0;
    quint64 sum = 0;
    while (statement.step()) {
        ++count;
        const quint64 id = qHash(statement.blob(0), 17);
        const quint64 site = qHash(statement.blob(1), 31);
        sum += mixed(id ^ mixed(site ^ mixed(quint64(statement.int64(2)))));
    }
    return {count, sum};
}

// The ledger's operations: (row id, site id, clock) of each.
const QByteArray LedgerOperations =
    "SELECT larder_row_text(o.row_id) AS row_id, n.name AS site, o.hlc FROM sync_ops o JOIN "
    "sync_names n ON n.number = o.site WHERE o.field = (SELECT number FROM sync_fields WHERE tbl "
    "= 'stock_movements' AND col = '*')";

// Every ledger row has its operation, and carries that operation's site and clock (a row whose
// contents are not its operation's was written under a number another laptop uses). Two
// sequential passes compare fingerprints of the ledger and of its operations; only when they
// differ does a join find the first row at fault.
QList<CheckResult> ledgerChecks(sql::Connection& db) {
    const QString operations = u"ledger operations"_s, contents = u"ledger contents"_s;
    try {
        const auto [rows, rowsSum] =
            ledgerFingerprint(db, "SELECT id, site, hlc FROM stock_movements");
        const auto [ops, opsSum] = ledgerFingerprint(db, LedgerOperations);
        if (rows == ops && rowsSum == opsSum)
            return {{operations, true,
                     Tr::tr("each of %1 ledger row(s) has its operation").arg(number(rows))},
                    {contents, true, Tr::tr("each ledger row was written by its own operation")}};
        sql::Statement statement = db.prepare(R"sql(
            WITH o AS MATERIALIZED ()sql" + LedgerOperations +
                                              R"sql()
            SELECT coalesce(sum(o.row_id IS NULL), 0),
                   min(CASE WHEN o.row_id IS NULL THEN t.id END),
                   coalesce(sum(o.row_id IS NOT NULL AND (t.site IS NOT o.site OR
                                                          t.hlc IS NOT o.hlc)), 0),
                   min(CASE WHEN o.row_id IS NOT NULL AND (t.site IS NOT o.site OR
                                                           t.hlc IS NOT o.hlc) THEN t.id END)
            FROM stock_movements t LEFT JOIN o ON o.row_id = t.id)sql");
        statement.step();
        const qint64 missing = statement.int64(0), differing = statement.int64(2);
        QList<CheckResult> results;
        if (missing > 0)
            results.append({operations, false,
                            Tr::tr("%1 ledger row(s) have no operation; first: %2 %3")
                                .arg(number(missing), u"stock_movements"_s, statement.text(1))});
        else if (differing == 0) // the fingerprints differ all the same
            results.append({operations, false,
                            Tr::tr("%1 ledger row(s) and %2 operation(s) naming ledger rows: an "
                                   "operation names no row, or one row twice")
                                .arg(number(rows), number(ops))});
        else
            results.append(
                {operations, true,
                 Tr::tr("each of %1 ledger row(s) has its operation").arg(number(rows))});
        if (differing == 0)
            results.append(
                {contents, true, Tr::tr("each ledger row was written by its own operation")});
        else
            results.append({contents, false,
                            Tr::tr("%1 ledger row(s) differ from their operation (another "
                                   "laptop's number carries other contents); first: "
                                   "stock_movements %2")
                                .arg(number(differing), statement.text(3))});
        return results;
    } catch (const sql::SqlError& e) {
        const QString why = Tr::tr("could not run: %1").arg(e.message().simplified());
        return {{operations, false, why}, {contents, false, why}};
    }
}

// Two stored values, as the merge writes them: numbers by value, text and bytes exactly.
bool sameStored(const QVariant& a, const QVariant& b) {
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    const auto number = [](const QVariant& v) {
        return v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Double;
    };
    if (number(a) && number(b))
        return a.typeId() == QMetaType::Double || b.typeId() == QMetaType::Double
                   ? a.toDouble() == b.toDouble()
                   : a.toLongLong() == b.toLongLong();
    return a.typeId() == b.typeId() && a == b;
}

// Every synced record rebuilt from its winning operations (per column the greatest (hybrid
// clock, site); a delete wins), as an import rebuilds it, and compared with its table row. One
// ordered pass over the log's field index merged with one pass over each table by id: no query
// per record.
CheckResult rebuildCheck(sql::Connection& db) {
    const QString name = u"records rebuilt"_s;
    qint64 records = 0, differing = 0, withoutRecord = 0, withoutOps = 0;
    QString firstDiffering, firstWithoutRecord, firstWithoutOps;
    QHash<QString, QSet<QString>> tombstones;
    {
        sql::Statement all = db.prepare("SELECT tbl, row_id FROM tombstones");
        while (all.step())
            tombstones[all.text(0)].insert(all.text(1));
    }
    for (const TableDef* table : tablesOfKind(TableKind::Record)) {
        const QSet<QString> gone = tombstones.value(table->name);
        // Nullable references: a link to a deleted record reads as empty everywhere.
        QHash<int, QString> nullableTargets;
        {
            sql::Statement keys = db.prepare(
                "SELECT k.\"from\", k.\"table\" FROM pragma_foreign_key_list(?1) k JOIN "
                "pragma_table_info(?1) i ON i.name = k.\"from\" WHERE i.\"notnull\" = 0");
            keys.bind(1, table->name);
            while (keys.step()) {
                for (int i = 0; i < table->columns.size(); ++i) {
                    if (table->columns.at(i).name == keys.text(0))
                        nullableTargets.insert(i, keys.text(1));
                }
            }
        }
        QHash<QString, int> columnIndex;
        for (int i = 0; i < table->columns.size(); ++i)
            columnIndex.insert(table->columns.at(i).name, i);

        sql::Statement ops =
            db.prepare("SELECT larder_row_text(o.row_id) AS row_text, f.col, o.value FROM sync_ops "
                       "o JOIN sync_fields f ON f.number = o.field JOIN sync_names n ON n.number "
                       "= o.site WHERE f.tbl = ?1 AND o.field > 0 AND f.col <> '-' ORDER BY "
                       "row_text, f.col, o.hlc, n.name");
        ops.bind(1, table->name);
        const QByteArray columns = [&] {
            QByteArray list;
            for (const ColumnDef& c : table->columns)
                list += (list.isEmpty() ? "" : ", ") + c.name.toUtf8();
            return list;
        }();
        sql::Statement rows =
            db.prepare("SELECT " + columns + " FROM " + table->name.toUtf8() + " ORDER BY id");
        bool haveOp = ops.step();
        bool haveRow = rows.step();
        QList<QVariant> expected(table->columns.size());
        QList<bool> known(table->columns.size());
        while (haveOp || haveRow) {
            const QString opRow = haveOp ? ops.text(0) : QString();
            const QString tableRow = haveRow ? rows.text(0) : QString();
            const int order = !haveOp ? 1 : !haveRow ? -1 : opRow.compare(tableRow);
            if (order > 0) { // a row without operations
                if (withoutOps++ == 0)
                    firstWithoutOps = table->name + u' ' + tableRow;
                haveRow = rows.step();
                continue;
            }
            // The winners of this record: the last operation of each column in index order.
            std::fill(known.begin(), known.end(), false);
            while (haveOp && ops.text(0) == opRow) {
                const int i = columnIndex.value(ops.text(1), -1);
                if (i > 0) {
                    expected[i] = ops.value(2);
                    known[i] = true;
                }
                haveOp = ops.step();
            }
            if (gone.contains(opRow)) {
                if (order == 0)
                    haveRow = rows.step(); // the tombstones check reports it
                continue;
            }
            ++records;
            if (order < 0) { // operations without a row
                if (withoutRecord++ == 0)
                    firstWithoutRecord = table->name + u' ' + opRow;
                continue;
            }
            for (int i = 1; i < table->columns.size(); ++i) {
                if (!known.at(i))
                    continue;
                QVariant want = expected.at(i);
                const QVariant have = rows.value(i);
                if (nullableTargets.contains(i) && !want.isNull() &&
                    tombstones.value(nullableTargets.value(i)).contains(want.toString()))
                    want = QVariant();
                // Sealed values hold a random nonce each: the row stores the winner's bytes,
                // compared only when both are there.
                if (table->columns.at(i).sensitive && (want.isNull() || have.isNull()))
                    continue;
                if (!sameStored(want, have)) {
                    if (differing++ == 0)
                        firstDiffering = Tr::tr("%1 %2 (%3)")
                                             .arg(table->name, tableRow, table->columns.at(i).name);
                    break;
                }
            }
            haveRow = rows.step();
        }
    }
    QStringList wrong;
    if (differing > 0)
        wrong << Tr::tr("%1 record(s) differ from their winning operations; first: %2")
                     .arg(number(differing), firstDiffering);
    if (withoutRecord > 0)
        wrong << Tr::tr("%1 record(s) have operations but no row (waiting for fields that have "
                        "not arrived, or lost); first: %2")
                     .arg(number(withoutRecord), firstWithoutRecord);
    if (withoutOps > 0)
        wrong << Tr::tr("%1 record(s) have no operation; first: %2")
                     .arg(number(withoutOps), firstWithoutOps);
    if (wrong.isEmpty())
        return {name, true,
                Tr::tr("each of %1 record(s) equals its rebuild from its operations")
                    .arg(number(records))};
    return {name, false, wrong.join(u"; "_s)};
}

CheckResult guardCheck(sql::Connection& db) {
    const QString name = u"guards"_s;
    // The names guardTriggersSql() creates, read back from its own output.
    QStringList expected;
    for (const QByteArray& line : schema::guardTriggersSql().split('\n')) {
        if (line.startsWith("CREATE TRIGGER "))
            expected.append(QString::fromUtf8(line.mid(15, line.indexOf(' ', 15) - 15)));
    }
    QStringList missing;
    for (const QString& trigger : expected) {
        sql::Statement statement =
            db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'trigger' AND name = ?1");
        statement.bind(1, trigger);
        if (!statement.step())
            missing.append(trigger);
    }
    if (missing.isEmpty())
        return {name, true,
                Tr::tr("all %1 guard triggers are in place").arg(number(expected.size()))};
    return {name, false,
            Tr::tr("%1 guard trigger(s) are missing, so tools can change data without Larder; "
                   "first: %2")
                .arg(number(missing.size()), missing.first())};
}

// Every sealed personal value opens where it is (a value copied to another row, or tampered
// with, does not): only when the details are unlocked.
CheckResult sealCheck(sql::Connection& db, const Store& store) {
    const QString name = u"sealed values"_s;
    if (store.protection() == Store::Protection::Unprotected)
        return {name, true, Tr::tr("this pantry has no passphrase yet: nothing is sealed")};
    if (store.protection() == Store::Protection::Locked)
        return {name, true, Tr::tr("not checked: the details are locked (add --passphrase-file)")};
    qint64 checked = 0;
    QStringList bad, plain;
    for (const TableDef& table : schema::tables()) {
        if (table.kind != TableKind::Record || !table.hasSensitiveColumns())
            continue;
        for (const ColumnDef& column : table.columns) {
            if (!column.sensitive)
                continue;
            auto rows =
                db.prepare("SELECT id, " + column.name.toUtf8() + " FROM " + table.name.toUtf8() +
                           " WHERE " + column.name.toUtf8() + " IS NOT NULL");
            while (rows.step()) {
                ++checked;
                const QString where = u"%1 %2 (%3)"_s.arg(table.name, rows.text(0), column.name);
                if (!KeyRing::isSealed(rows.value(1)))
                    plain.append(where);
                else if (!store.opensInPlace(table, column, rows.text(0), rows.value(1)))
                    bad.append(where);
            }
        }
    }
    if (!plain.isEmpty())
        return {name, false,
                Tr::tr("%1 personal value(s) are stored plain in a pantry that has a passphrase "
                       "(written by another program); first: %2")
                    .arg(number(plain.size()), plain.first())};
    if (bad.isEmpty())
        return {name, true, Tr::tr("all %1 sealed value(s) open in their place").arg(checked)};
    return {name, false,
            Tr::tr("%1 sealed value(s) do not open where they are (moved or damaged; they read as "
                   "empty); first: %2")
                .arg(number(bad.size()), bad.first())};
}

} // namespace

QList<CheckResult> runChecks(Store& store) {
    sql::Connection& db = store.connection();
    QList<CheckResult> results;
    results << guarded(u"integrity"_s, [&] { return integrityCheck(db); });
    results << guarded(u"foreign keys"_s, [&] { return foreignKeyCheck(db); });
    results << guarded(u"guards"_s, [&] { return guardCheck(db); });
    results << guarded(u"stock on hand"_s, [&] { return stockOnHandCheck(db); });
    results << guarded(u"operation sequence"_s, [&] { return sequenceCheck(db, store); });
    results << guarded(u"clock"_s, [&] { return clockCheck(db, store); });
    results << guarded(u"log dictionaries"_s, [&] { return logNamesCheck(db); });
    results << guarded(u"record operations"_s, [&] { return recordOperationsCheck(db); });
    results << guarded(u"tombstones"_s, [&] { return tombstoneCheck(db); });
    results << ledgerChecks(db);
    results << guarded(u"records rebuilt"_s, [&] { return rebuildCheck(db); });
    results << guarded(u"sealed values"_s, [&] { return sealCheck(db, store); });
    return results;
}

} // namespace larder
