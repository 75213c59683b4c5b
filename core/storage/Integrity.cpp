// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Integrity.h"

#include "core/identity/HybridClock.h"
#include "core/storage/InsertOperation.h"
#include "core/storage/KeyRing.h"
#include "core/storage/Schema.h"
#include "core/storage/Sqlite.h"
#include "core/storage/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QStringList>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <functional>
#include <memory>
#include <thread>
#include <tuple>
#include <vector>

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
// Times it.
CheckResult guarded(const QString& name, const std::function<CheckResult()>& body) {
    QElapsedTimer timer;
    timer.start();
    CheckResult result;
    try {
        result = body();
    } catch (const std::exception& e) { // SQLite's refusal, or no memory on a helper thread
        result = {name, false,
                  Tr::tr("could not run: %1").arg(QString::fromUtf8(e.what()).simplified())};
    }
    result.seconds = timer.nsecsElapsed() / 1e9;
    return result;
}

CheckResult integrityCheck(sql::Connection& db, CheckDepth depth) {
    const QString name = u"integrity"_s;
    const QString pragma = depth == CheckDepth::Thorough ? u"integrity_check"_s : u"quick_check"_s;
    QStringList problems;
    sql::Statement statement = db.prepare("PRAGMA " + pragma.toUtf8() + "(20)");
    while (statement.step())
        problems.append(statement.text(0));
    if (problems == QStringList{u"ok"_s})
        return {name, true,
                depth == CheckDepth::Thorough
                    ? Tr::tr("SQLite's integrity_check found the file sound")
                    : Tr::tr("SQLite's quick_check found the file sound (--thorough also compares "
                             "every index with its table)")};
    return {name, false,
            Tr::tr("SQLite's %1 reports %n problem(s), first: %2", nullptr, int(problems.size()))
                .arg(pragma, problems.value(0))};
}

// ---- reading columns without copying ----

// A column of the statement's current row as bytes (text or blob), valid until the next step.
QByteArrayView bytesOf(sqlite3_stmt* statement, int column) {
    const void* data = sqlite3_column_blob(statement, column);
    return {static_cast<const char*>(data), sqlite3_column_bytes(statement, column)};
}

quint64 mixed(quint64 x) { // splitmix64's finaliser
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// A stored value reduced to what the merge's equality looks at: numbers exactly by value (an
// integral real equals the integer), text and bytes by a 64-bit hash, each kind apart.
struct Stored {
    enum Kind : quint8 { Null, Integer, Real, Text, Blob };
    quint64 bits = 0;
    Kind kind = Null;
    bool operator==(const Stored& other) const { return kind == other.kind && bits == other.bits; }
};

// A real as the merge's equality sees it: an integral one equals the integer.
Stored storedReal(double real) {
    if (real >= -9.2e18 && real <= 9.2e18 && real == double(qint64(real)))
        return {quint64(qint64(real)), Stored::Integer};
    return {std::bit_cast<quint64>(real), Stored::Real};
}

Stored storedOf(sqlite3_stmt* statement, int column) {
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_NULL:
        return {};
    case SQLITE_INTEGER:
        return {quint64(sqlite3_column_int64(statement, column)), Stored::Integer};
    case SQLITE_FLOAT:
        return storedReal(sqlite3_column_double(statement, column));
    case SQLITE_TEXT:
        return {quint64(qHash(bytesOf(statement, column), 0x5eed)), Stored::Text};
    default:
        return {quint64(qHash(bytesOf(statement, column), 0x5eed)), Stored::Blob};
    }
}

// The same for a value read from an insert operation's map.
Stored storedOf(const QVariant& value) {
    if (!value.isValid() || value.isNull())
        return {};
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        return {quint64(value.toLongLong()), Stored::Integer};
    case QMetaType::Double:
        return storedReal(value.toDouble());
    case QMetaType::QByteArray:
        return {quint64(qHash(QByteArrayView(value.toByteArray()), 0x5eed)), Stored::Blob};
    default:
        return {quint64(qHash(QByteArrayView(value.toString().toUtf8()), 0x5eed)), Stored::Text};
    }
}

// A record id as the log stores it (sql::rowKey): 16 bytes for a UUID, else its text. The kind
// is part of the key: a text id never equals a packed one.
struct RowKeys {
    QHash<QByteArray, int> text;
    QHash<QUuid, int> packed; // hashed and compared as 16 bytes, without the text's cost

    // The record number of the key in `column`, or -1; looks up without copying the key.
    int find(sqlite3_stmt* statement, int column) const {
        const QByteArrayView bytes = bytesOf(statement, column);
        if (sqlite3_column_type(statement, column) == SQLITE_BLOB)
            return bytes.size() == 16 ? packed.value(QUuid::fromRfc4122(bytes), -1) : -1;
        return text.value(QByteArray::fromRawData(bytes.data(), bytes.size()), -1);
    }
};

quint64 keyHash(sqlite3_stmt* statement, int column) {
    return qHash(bytesOf(statement, column),
                 sqlite3_column_type(statement, column) == SQLITE_BLOB ? 41 : 43);
}

// One ledger row or operation in a fingerprint: a sum of one hash per (id, site, clock), so two
// equal multisets give equal sums whatever their order.
quint64 ledgerEntryHash(quint64 id, quint64 site, qint64 hlc) {
    return mixed(id ^ mixed(site ^ mixed(quint64(hlc))));
}

struct LedgerFingerprint {
    qint64 count = 0;
    quint64 sum = 0;
    bool operator==(const LedgerFingerprint& other) const {
        return count == other.count && sum == other.sum;
    }
};

// ---- what the passes find ----

// A count of offending rows and the first of them, as the checks report it.
struct Offences {
    qint64 count = 0;
    QString first;
    void add(const QString& what) {
        if (count++ == 0)
            first = what;
    }
    void add(const Offences& other) {
        if (count == 0)
            first = other.first;
        count += other.count;
    }
};

// What the checks found, filled by tasks that may run on two threads at once: each task writes
// only its own members, and the results are put in order once both threads are done.
struct Findings {
    CheckResult integrity, guards, tombstones, sealed, insertValues;
    // foreign keys: the ledger's references are checked in the ledger pass (hash sets of the
    // few items, locations and lots), every other table by SQLite's foreign_key_check
    Offences ledgerReferences, otherReferences;
    double referencesSeconds = 0;
    CheckResult stockOnHand;
    LedgerFingerprint ledgerRows; // from stock_movements
    QString ledgerError;
    CheckResult sequence, clock, logNames, recordOperations, rebuilt;
    LedgerFingerprint ledgerOperations; // from the log
    double ledgerSeconds = 0;
};

CheckResult foreignKeyResult(const Findings& found) {
    Offences all = found.otherReferences;
    all.add(found.ledgerReferences);
    CheckResult result{
        u"foreign keys"_s, all.count == 0,
        all.count == 0
            ? Tr::tr("every reference between tables points to an existing row")
            : Tr::tr("%1 broken reference(s); first: %2").arg(number(all.count), all.first)};
    result.seconds = found.referencesSeconds;
    return result;
}

// SQLite's foreign_key_check on every table but the ledger (its 2 million rows are checked in
// the ledger pass, against hash sets, at a fraction of the cost).
Offences otherForeignKeys(sql::Connection& db) {
    Offences found;
    sql::Statement tables = db.prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name <> 'stock_movements' AND "
        "name NOT LIKE 'sqlite_%' ORDER BY name");
    while (tables.step()) {
        const QString table = tables.text(0);
        sql::Statement statement = db.prepare("PRAGMA foreign_key_check(" + quoted(table) + ")");
        while (statement.step()) {
            if (found.count > 0) {
                ++found.count;
                continue;
            }
            // table, rowid, parent table, foreign key index
            QString id;
            if (!statement.isNull(1)) {
                // The name comes from the file: quoted as an identifier.
                sql::Statement row =
                    db.prepare("SELECT * FROM \"" + table.toUtf8().replace('"', "\"\"") +
                               "\" WHERE rowid = ?1");
                row.bind(1, statement.int64(1));
                id = row.step() ? row.text(0) : QString::number(statement.int64(1));
            }
            found.add(Tr::tr("%1 %2 refers to a missing %3").arg(table, id, statement.text(2)));
        }
    }
    return found;
}

// The ids of a table, each given a small number; ids met later that the table does not hold get
// numbers from `known` on (a ledger row naming a missing item still has its sum compared).
struct Interned {
    QHash<QByteArray, int> numbers;
    QList<QByteArray> ids;
    int known = 0;

    void load(sql::Connection& db, const QByteArray& table) {
        // As the ledger keeps them (schema 9): a UUID as its 16 bytes.
        sql::Statement statement = db.prepare("SELECT larder_row_key(id) FROM " + table);
        while (statement.step())
            intern(statement.blob(0));
        known = int(ids.size());
    }
    int intern(QByteArrayView id) {
        const auto it = numbers.constFind(QByteArray::fromRawData(id.data(), id.size()));
        if (it != numbers.cend())
            return *it;
        ids.append(id.toByteArray());
        numbers.insert(ids.last(), int(ids.size() - 1));
        return int(ids.size() - 1);
    }
    int find(const QByteArray& id) const { return numbers.value(id, -1); }
};

// A key as the ledger keeps it (larder_row_key), spelled for a message.
QString spelledKey(const QByteArray& key) {
    return key.size() == 16 ? sql::rowIdText(QVariant(key)) : QString::fromUtf8(key);
}

// An on-hand total's group: item, location and lot (-1: none), by their Interned numbers.
struct Group {
    int item = 0, location = 0, lot = -1;
    bool operator==(const Group& other) const {
        return item == other.item && location == other.location && lot == other.lot;
    }
};

size_t qHash(const Group& group, size_t seed = 0) {
    return qHashMulti(seed, group.item, group.location, group.lot);
}

// A part of the ledger read by one thread: its movements' references, sums and fingerprint.
struct LedgerPart {
    Interned items, locations, lots;
    QHash<Group, qint64> sums;
    LedgerFingerprint rows;
    Offences references;
    QString error;
    double seconds = 0;
};

// One pass over the ledger rows with rowid in [from, to]: each movement's references (to items,
// locations and lots, looked up in hash tables), its share of the on-hand totals (summed in a
// hash table rather than by sorting two million rows), and its entry in the ledger's
// fingerprint. The ledger is read in two such parts, one on each thread.
void ledgerScan(sql::Connection& db, qint64 from, qint64 to, LedgerPart& part) {
    QElapsedTimer timer;
    timer.start();
    try {
        part.items.load(db, "items");
        part.locations.load(db, "locations");
        part.lots.load(db, "lots");
        sql::Statement rows =
            db.prepare("SELECT id, site, hlc, item_id, location_id, lot_id, quantity FROM "
                       "stock_movements WHERE rowid BETWEEN ?1 AND ?2");
        rows.bind(1, from).bind(2, to);
        sqlite3_stmt* row = rows.handle();
        const auto reference = [&](Interned& parent, int column, const char* table) {
            const int number = parent.intern(bytesOf(row, column));
            if (number >= parent.known)
                part.references.add(Tr::tr("%1 %2 refers to a missing %3")
                                        .arg(u"stock_movements"_s, sql::rowIdText(rows.value(0)),
                                             QString::fromLatin1(table)));
            return number;
        };
        while (rows.step()) {
            ++part.rows.count; // id and site as the log keeps them (schema 9)
            part.rows.sum += ledgerEntryHash(keyHash(row, 0), quint64(sqlite3_column_int64(row, 1)),
                                             sqlite3_column_int64(row, 2));
            Group group{reference(part.items, 3, "items"),
                        reference(part.locations, 4, "locations"), -1};
            if (sqlite3_column_type(row, 5) != SQLITE_NULL) {
                const int lot = reference(part.lots, 5, "lots");
                group.lot = part.lots.ids.at(lot).isEmpty() ? -1 : lot; // '' is no lot
            }
            part.sums[group] += sqlite3_column_int64(row, 6);
        }
    } catch (const std::exception& e) { // SQLite's refusal, or no memory on a helper thread
        part.error = Tr::tr("could not run: %1").arg(QString::fromUtf8(e.what()).simplified());
    }
    part.seconds = timer.nsecsElapsed() / 1e9;
}

// The two parts of the ledger put together, and their sums compared with the on-hand totals.
void ledgerTotals(sql::Connection& db, LedgerPart& part, LedgerPart& other, Findings& found) {
    found.ledgerSeconds = part.seconds + other.seconds;
    if (!part.error.isEmpty() || !other.error.isEmpty()) {
        found.ledgerError = part.error.isEmpty() ? other.error : part.error;
        found.ledgerReferences.add(found.ledgerError);
        return;
    }
    found.ledgerRows = {part.rows.count + other.rows.count, part.rows.sum + other.rows.sum};
    found.ledgerReferences = part.references;
    found.ledgerReferences.add(other.references);
    for (auto it = other.sums.cbegin(); it != other.sums.cend(); ++it) {
        const Group group{part.items.intern(other.items.ids.at(it.key().item)),
                          part.locations.intern(other.locations.ids.at(it.key().location)),
                          it.key().lot < 0 ? -1
                                           : part.lots.intern(other.lots.ids.at(it.key().lot))};
        part.sums[group] += it.value();
    }
    const Interned &items = part.items, &locations = part.locations, &lots = part.lots;
    QHash<Group, qint64>& sums = part.sums;

    // The totals side by side: a group in one and not the other, or with another quantity.
    const QString name = u"stock on hand"_s;
    qint64 groups = 0, differing = 0;
    QString first;
    const auto differs = [&](const QByteArray& item, const QByteArray& location,
                             const QByteArray& lot, const QString& ledger, const QString& onHand) {
        if (differing++ > 0)
            return;
        first = Tr::tr("item %1 at location %2, lot %3: ledger says %4, on hand says %5")
                    .arg(spelledKey(item), spelledKey(location),
                         lot.isEmpty() ? Tr::tr("(none)") : spelledKey(lot), ledger, onHand);
    };
    sql::Statement onHand = db.prepare(
        "SELECT larder_row_key(item_id), larder_row_key(location_id), larder_row_key(lot_id), "
        "quantity FROM stock_on_hand ORDER BY 1, 2, 3");
    while (onHand.step()) {
        ++groups;
        const QByteArray item = onHand.blob(0), location = onHand.blob(1), lot = onHand.blob(2);
        const Group group{items.find(item), locations.find(location),
                          lot.isEmpty() ? -1 : lots.find(lot)};
        const bool named =
            group.item >= 0 && group.location >= 0 && (lot.isEmpty() || group.lot >= 0);
        const auto it = named ? sums.constFind(group) : sums.cend();
        if (it == sums.cend())
            differs(item, location, lot, Tr::tr("no movements"), QString::number(onHand.int64(3)));
        else if (*it != onHand.int64(3))
            differs(item, location, lot, QString::number(*it), QString::number(onHand.int64(3)));
        if (it != sums.cend())
            sums.erase(it);
    }
    // Groups with movements but no total: only those not summing to 0, the first by its ids.
    QList<std::tuple<QByteArray, QByteArray, QByteArray, qint64>> left;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        if (it.value() != 0)
            left.append({items.ids.at(it.key().item), locations.ids.at(it.key().location),
                         it.key().lot < 0 ? QByteArray() : lots.ids.at(it.key().lot), it.value()});
    }
    std::sort(left.begin(), left.end());
    for (const auto& [item, location, lot, quantity] : left)
        differs(item, location, lot, QString::number(quantity), Tr::tr("no total"));
    found.stockOnHand =
        differing == 0 ? CheckResult{name, true,
                                     Tr::tr("%1 on-hand total(s) equal the sum of the ledger")
                                         .arg(number(groups))}
                       : CheckResult{name, false,
                                     Tr::tr("%1 on-hand total(s) differ from the ledger; first: %2")
                                         .arg(number(differing), first)};
}

// A record table as the log pass sees it: its rows, by key, with the values they store, and the
// winning operation of each of their columns so far.
struct RecordTable {
    struct Winner {
        qint64 hlc = 0;
        int rank = -1; // of the site's id among all site ids; -1: no operation yet
        Stored value;
    };

    const TableDef* table = nullptr;
    QList<QByteArray> ids;       // in the table's own order
    RowKeys keys;                // key -> index into ids
    int width = 0;               // columns
    std::vector<Stored> stored;  // ids.size() x width
    std::vector<Winner> winners; // ids.size() x width
    std::vector<bool> hasOperation;
    QSet<QByteArray> packedWithoutRow, textWithoutRow; // keys of operations naming no row
    QHash<int, QString> nullableTargets;               // column -> referenced table

    void load(sql::Connection& db) {
        width = int(table->columns.size());
        QByteArray columns;
        for (const ColumnDef& c : table->columns)
            columns += (columns.isEmpty() ? "" : ", ") + c.name.toUtf8();
        const QByteArray tableName = table->name.toUtf8();
        const qint64 count = db.scalar("SELECT count(*) FROM " + tableName).toLongLong();
        ids.reserve(count);
        stored.reserve(size_t(count) * size_t(width));
        sql::Statement rows = db.prepare("SELECT " + columns + " FROM " + tableName);
        sqlite3_stmt* row = rows.handle();
        unsigned char packed[16];
        while (rows.step()) {
            const int index = int(ids.size());
            const QByteArrayView id = bytesOf(row, 0);
            ids.append(id.toByteArray());
            if (sql::packUuid(id, packed))
                keys.packed.insert(
                    QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char*>(packed), 16)),
                    index);
            else
                keys.text.insert(ids.last(), index);
            for (int i = 0; i < width; ++i)
                stored.push_back(storedOf(row, i));
        }
        winners.resize(stored.size());
        hasOperation.assign(ids.size(), false);
        sql::Statement references =
            db.prepare("SELECT k.\"from\", k.\"table\" FROM pragma_foreign_key_list(?1) k JOIN "
                       "pragma_table_info(?1) i ON i.name = k.\"from\" WHERE i.\"notnull\" = 0");
        references.bind(1, table->name);
        while (references.step()) {
            for (int i = 0; i < width; ++i) {
                if (table->columns.at(i).name == references.text(0))
                    nullableTargets.insert(i, references.text(1));
            }
        }
    }
};

// Where a field number of the log points: the ledger, a column of a record table, a record
// table's delete marker, or nothing Larder keeps a table for.
struct FieldTarget {
    RecordTable* table = nullptr;
    int column = -1; // -1: the delete marker '-', or a column the table no longer has
    bool ledger = false;
    bool insert = false; // an insert operation: a map of the record's columns
};

// One pass over the whole operation log, in the order it is stored, for every check that reads
// it: this laptop's numbering, the clock, the dictionaries, the ledger's operations (for the
// fingerprint), and each record's winning operation per column, compared afterwards with the
// record's row. Memory: the rows of the record tables as hashes, about 50 bytes per column.
void logPass(sql::Connection& db, const QString& siteId, qint64 lastSeq, qint64 persistedHlc,
             Findings& found) {
    // The names of the log's dictionary: a laptop's site id or a person's, by number.
    struct Name {
        QString text;
        int rank = 0; // among all names, for the tie of two clocks
    };
    QHash<qint64, Name> names;
    qint64 ownSite = -1;
    {
        sql::Statement all = db.prepare("SELECT number, name FROM sync_names ORDER BY name");
        while (all.step()) {
            names.insert(all.int64(0), {all.text(1), int(names.size())});
            if (all.text(1) == siteId)
                ownSite = all.int64(0);
        }
    }
    const Name unknown{Tr::tr("(unknown)"), -1};

    std::vector<std::unique_ptr<RecordTable>> tables;
    QHash<QString, RecordTable*> tableByName;
    for (const TableDef* def : tablesOfKind(TableKind::Record)) {
        auto table = std::make_unique<RecordTable>();
        table->table = def;
        table->load(db);
        tableByName.insert(def->name, table.get());
        tables.push_back(std::move(table));
    }
    QHash<qint64, FieldTarget> fields;
    {
        sql::Statement all = db.prepare("SELECT number, tbl, col FROM sync_fields");
        while (all.step()) {
            FieldTarget target;
            target.ledger = all.int64(0) < 0 && all.text(1) == u"stock_movements"_s;
            if (RecordTable* table = tableByName.value(all.text(1))) {
                target.table = table;
                target.insert = all.text(2) == insertop::Column;
                for (int i = 1; i < table->width; ++i) {
                    if (table->table->columns.at(i).name == all.text(2))
                        target.column = i;
                }
            }
            fields.insert(all.int64(0), target);
        }
    }

    qint64 ownCount = 0, ownLowest = 0, ownHighest = 0, late = 0, latestHlc = 0, latestSeq = 0;
    QString latestSite;
    Offences unnamed;
    sql::Statement ops =
        db.prepare("SELECT site, seq, hlc, field, row_id, actor, value FROM sync_ops");
    sqlite3_stmt* op = ops.handle();
    qint64 lastSite = 0;
    const Name* name = nullptr; // of lastSite: the log is stored by site, so it changes rarely
    while (ops.step()) {
        const qint64 site = sqlite3_column_int64(op, 0), seq = sqlite3_column_int64(op, 1),
                     hlc = sqlite3_column_int64(op, 2), field = sqlite3_column_int64(op, 3);
        if (site == ownSite) {
            ownLowest = ownCount == 0 ? seq : std::min(ownLowest, seq);
            ownHighest = ownCount == 0 ? seq : std::max(ownHighest, seq);
            ++ownCount;
        }
        if (!name || site != lastSite) {
            const auto it = names.constFind(site);
            name = it == names.cend() ? &unknown : &*it;
            lastSite = site;
        }
        if (hlc > persistedHlc) {
            if (late++ == 0 || hlc > latestHlc) {
                latestHlc = hlc;
                latestSeq = seq;
                latestSite = name->text;
            }
        }
        const auto target = fields.constFind(field);
        if (name == &unknown || target == fields.cend() ||
            (sqlite3_column_type(op, 5) != SQLITE_NULL &&
             !names.contains(sqlite3_column_int64(op, 5)))) {
            unnamed.add(Tr::tr("site %1, seq %2").arg(name->text, number(seq)));
            continue;
        }
        if (target->ledger) {
            ++found.ledgerOperations.count;
            found.ledgerOperations.sum += ledgerEntryHash(keyHash(op, 4), quint64(site), hlc);
            continue;
        }
        RecordTable* table = target->table;
        if (!table || field < 0)
            continue;
        const int record = table->keys.find(op, 4);
        if (record < 0) {
            if (target->column >= 0 || target->insert) {
                const QByteArray key = ops.blob(4);
                (sqlite3_column_type(op, 4) == SQLITE_BLOB ? table->packedWithoutRow
                                                           : table->textWithoutRow)
                    .insert(key);
            }
            continue;
        }
        table->hasOperation[record] = true;
        const auto offer = [&](int column, const Stored& value) {
            RecordTable::Winner& winner = table->winners[record * table->width + column];
            if (hlc > winner.hlc || (hlc == winner.hlc && name->rank > winner.rank)) {
                winner.hlc = hlc;
                winner.rank = name->rank;
                winner.value = value;
            }
        };
        if (target->insert) {
            // Each column of the map is a write of that column.
            if (sqlite3_column_type(op, 6) == SQLITE_NULL)
                continue; // the record was deleted: its values left the log
            const auto entries = insertop::decode(ops.blob(6));
            if (!entries) {
                unnamed.add(Tr::tr("site %1, seq %2").arg(name->text, number(seq)));
                continue;
            }
            for (const insertop::Entry& entry : *entries) {
                for (int i = 1; i < table->width; ++i) {
                    if (table->table->columns.at(i).name == entry.column) {
                        offer(i, storedOf(entry.value));
                        break;
                    }
                }
            }
            continue;
        }
        if (target->column < 0)
            continue;
        offer(target->column, storedOf(op, 6));
    }

    // This laptop's operations: numbered 1..N, N the file's counter.
    {
        const QString name = u"operation sequence"_s;
        if (ownCount == lastSeq && ownHighest == lastSeq && (ownCount == 0 || ownLowest == 1)) {
            found.sequence = {name, true,
                              Tr::tr("this site's %1 operation(s) are numbered 1 to %1 without a "
                                     "gap")
                                  .arg(number(ownCount))};
        } else {
            QStringList wrong;
            if (ownCount > 0 && ownLowest != 1)
                wrong << Tr::tr("the first is %1, not 1").arg(number(ownLowest));
            if (ownCount != ownHighest) {
                sql::Statement gap = db.prepare(
                    "SELECT a.seq + 1 FROM sync_ops a WHERE a.site = ?1 AND a.seq < ?2 AND NOT "
                    "EXISTS (SELECT 1 FROM sync_ops b WHERE b.site = a.site AND b.seq = a.seq + "
                    "1) ORDER BY a.seq LIMIT 1");
                gap.bind(1, ownSite).bind(2, ownHighest);
                const qint64 missing = gap.step() ? gap.int64(0) : ownLowest > 1 ? 1 : 0;
                wrong << Tr::tr("%1 operation(s) are missing, first seq %2")
                             .arg(number(ownHighest - ownCount), number(missing));
            }
            if (ownHighest != lastSeq)
                wrong << Tr::tr("the file's counter says %1 but the highest is %2")
                             .arg(number(lastSeq), number(ownHighest));
            found.sequence = {name, false,
                              Tr::tr("this site has %1 operation(s): %2")
                                  .arg(number(ownCount), wrong.join(u"; "_s))};
        }
    }
    found.clock =
        late == 0
            ? CheckResult{u"clock"_s, true,
                          Tr::tr("no operation is later than the file's clock (%1)")
                              .arg(HybridClock::toString(persistedHlc))}
            : CheckResult{u"clock"_s, false,
                          Tr::tr("%1 operation(s) are later than the file's clock (%2); latest: "
                                 "site %3, seq %4 at %5")
                              .arg(number(late), HybridClock::toString(persistedHlc), latestSite,
                                   number(latestSeq), HybridClock::toString(latestHlc))};
    // An operation whose number names nothing would be left out of every check that reads the
    // log through sync_log, and would travel with an empty name.
    found.logNames =
        unnamed.count == 0
            ? CheckResult{u"log dictionaries"_s, true,
                          Tr::tr("every operation's laptop, person and field are named")}
            : CheckResult{u"log dictionaries"_s, false,
                          Tr::tr("%1 operation(s) name a laptop, person or field the file does "
                                 "not know; first: %2")
                              .arg(number(unnamed.count), unnamed.first)};

    // Every record rebuilt from its winning operations (per column the greatest (hybrid clock,
    // site); a delete wins), as an import rebuilds it, and compared with its row.
    QHash<QString, QSet<QByteArray>> tombstones;
    QHash<QString, QSet<quint64>> deletedTargets; // a table's deleted ids, as stored text
    {
        sql::Statement all = db.prepare("SELECT tbl, row_id FROM tombstones");
        while (all.step()) {
            tombstones[all.text(0)].insert(all.blob(1));
            deletedTargets[all.text(0)].insert(storedOf(all.handle(), 1).bits);
        }
    }
    qint64 records = 0, checked = 0;
    Offences withoutOperations, differing, withoutRow;
    for (const auto& table : tables) {
        const QSet<QByteArray> gone = tombstones.value(table->table->name);
        const QString& tableName = table->table->name;
        checked += table->ids.size();
        for (qsizetype r = 0; r < table->ids.size(); ++r) {
            const QByteArray& id = table->ids.at(r);
            if (!table->hasOperation[r]) {
                withoutOperations.add(tableName + u' ' + QString::fromUtf8(id));
                continue;
            }
            if (gone.contains(id))
                continue; // the tombstones check reports it
            ++records;
            for (int i = 1; i < table->width; ++i) {
                const RecordTable::Winner& winner = table->winners[r * table->width + i];
                if (winner.rank < 0)
                    continue;
                Stored want = winner.value;
                const Stored have = table->stored[r * table->width + i];
                if (want.kind == Stored::Text && table->nullableTargets.contains(i) &&
                    deletedTargets.value(table->nullableTargets.value(i)).contains(want.bits))
                    want = {}; // a link to a deleted record reads as empty everywhere
                // Sealed values hold a random nonce each: the row stores the winner's bytes,
                // compared only when both are there.
                if (table->table->columns.at(i).sensitive &&
                    (want.kind == Stored::Null || have.kind == Stored::Null))
                    continue;
                if (!(want == have)) {
                    differing.add(Tr::tr("%1 %2 (%3)")
                                      .arg(tableName, QString::fromUtf8(id),
                                           table->table->columns.at(i).name));
                    break;
                }
            }
        }
        QList<QByteArray> orphans = table->textWithoutRow.values();
        for (const QByteArray& key : table->packedWithoutRow)
            orphans.append(sql::rowIdText(key).toUtf8());
        orphans.removeIf([&](const QByteArray& id) { return gone.contains(id); });
        std::sort(orphans.begin(), orphans.end());
        records += orphans.size();
        for (const QByteArray& id : orphans)
            withoutRow.add(tableName + u' ' + QString::fromUtf8(id));
    }
    found.recordOperations =
        withoutOperations.count == 0
            ? CheckResult{u"record operations"_s, true,
                          Tr::tr("each of %1 record(s) has its operations").arg(number(checked))}
            : CheckResult{u"record operations"_s, false,
                          Tr::tr("%1 record(s) have no operation, so no other laptop can learn "
                                 "of them; first: %2")
                              .arg(number(withoutOperations.count), withoutOperations.first)};
    QStringList wrong;
    if (differing.count > 0)
        wrong << Tr::tr("%1 record(s) differ from their winning operations; first: %2")
                     .arg(number(differing.count), differing.first);
    if (withoutRow.count > 0)
        wrong << Tr::tr("%1 record(s) have operations but no row (waiting for fields that have "
                        "not arrived, or lost); first: %2")
                     .arg(number(withoutRow.count), withoutRow.first);
    if (withoutOperations.count > 0)
        wrong << Tr::tr("%1 record(s) have no operation; first: %2")
                     .arg(number(withoutOperations.count), withoutOperations.first);
    found.rebuilt =
        wrong.isEmpty()
            ? CheckResult{u"records rebuilt"_s, true,
                          Tr::tr("each of %1 record(s) equals its rebuild from its operations")
                              .arg(number(records))}
            : CheckResult{u"records rebuilt"_s, false, wrong.join(u"; "_s)};
}

// The ledger's two checks from the fingerprints of both passes: every ledger row has its
// operation, and carries that operation's site and clock (a row whose contents are not its
// operation's was written under a number another laptop uses). Only when the fingerprints
// differ does a join find the first row at fault.
QList<CheckResult> ledgerResults(sql::Connection& db, const Findings& found) {
    const QString operations = u"ledger operations"_s, contents = u"ledger contents"_s;
    if (!found.ledgerError.isEmpty())
        return {{operations, false, found.ledgerError}, {contents, false, found.ledgerError}};
    const qint64 rows = found.ledgerRows.count, ops = found.ledgerOperations.count;
    if (found.ledgerRows == found.ledgerOperations)
        return {{operations, true,
                 Tr::tr("each of %1 ledger row(s) has its operation").arg(number(rows))},
                {contents, true, Tr::tr("each ledger row was written by its own operation")}};
    try {
        sql::Statement statement = db.prepare(R"sql(
            WITH o AS MATERIALIZED (
                SELECT o.row_id, o.site, o.hlc FROM sync_ops o
                WHERE o.field = (SELECT number FROM sync_fields WHERE tbl = 'stock_movements'
                                 AND col = '*'))
            SELECT coalesce(sum(o.row_id IS NULL), 0),
                   larder_row_text(min(CASE WHEN o.row_id IS NULL THEN t.id END)),
                   coalesce(sum(o.row_id IS NOT NULL AND (t.site IS NOT o.site OR
                                                          t.hlc IS NOT o.hlc)), 0),
                   larder_row_text(min(CASE WHEN o.row_id IS NOT NULL AND
                                                 (t.site IS NOT o.site OR t.hlc IS NOT o.hlc)
                                            THEN t.id END))
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

CheckResult tombstoneCheck(sql::Connection& db) {
    const QString name = u"tombstones"_s;
    Offences back;
    qint64 checked = 0;
    for (const TableDef* table : tablesOfKind(TableKind::Record)) {
        const QByteArray tableName = table->name.toUtf8();
        sql::Statement statement = db.prepare(
            "SELECT count(*) OVER (), t.id FROM " + tableName +
            " t WHERE EXISTS (SELECT 1 FROM tombstones d WHERE d.tbl = " + quoted(table->name) +
            " AND d.row_id = t.id) ORDER BY t.id LIMIT 1");
        if (statement.step()) {
            Offences here{statement.int64(0), table->name + u' ' + statement.text(1)};
            back.add(here);
        }
        checked += db.scalar("SELECT count(*) FROM " + tableName).toLongLong();
    }
    if (back.count == 0)
        return {name, true, Tr::tr("none of %1 record(s) was deleted before").arg(number(checked))};
    return {name, false,
            Tr::tr("%1 deleted record(s) are back in the file; first: %2")
                .arg(number(back.count), back.first)};
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

// Each personal value a record holds for its insert (the insert keeps only its hash,
// InsertOperation.h) is the value the insert was made with: the record's value opened and
// hashed equals the insert's hash, unless a later change of that column replaced it. The log
// pass cannot compare these values (they are not in the log); this opens every one, so only
// `check --thorough` on an unlocked pantry runs it.
CheckResult insertValuesCheck(sql::Connection& db, const Store& store) {
    const QString name = u"insert values"_s;
    if (store.protection() != Store::Protection::Unlocked)
        return {name, true, Tr::tr("not checked: the details are locked or have no passphrase")};
    qint64 checked = 0;
    Offences differ;
    for (const TableDef& table : schema::tables()) {
        if (table.kind != TableKind::Record || !table.hasSensitiveColumns())
            continue;
        auto inserts = db.prepare(
            "SELECT larder_row_text(row_id), value, hlc FROM sync_ops WHERE field = (SELECT number "
            "FROM sync_fields WHERE tbl = ?1 AND col = '+') AND field > 0 AND value IS NOT NULL");
        inserts.bind(1, table.name);
        auto record = db.prepare("SELECT * FROM " + table.name.toUtf8() + " WHERE id = ?1");
        auto later = db.prepare("SELECT 1 FROM sync_ops WHERE field = (SELECT number FROM "
                                "sync_fields WHERE tbl = ?1 AND col = ?2) AND field > 0 AND "
                                "row_id = larder_row_key(?3) AND hlc >= ?4 LIMIT 1");
        while (inserts.step()) {
            const QString row = inserts.text(0);
            const auto entries = insertop::decode(inserts.blob(1));
            if (!entries)
                continue; // the log pass reports it
            record.reset();
            record.bind(1, row);
            if (!record.step())
                continue; // deleted, or waiting: the log pass reports what is wrong
            for (const insertop::Entry& entry : *entries) {
                const ColumnDef* column = table.column(entry.column);
                if (!entry.hashOnly || entry.hash.isEmpty() || !column || !column->sensitive)
                    continue;
                int index = -1;
                for (int i = 0; i < record.columnCount(); ++i) {
                    if (record.columnName(i) == column->name.toUtf8())
                        index = i;
                }
                if (index < 0 || record.isNull(index))
                    continue; // erased by a purge, or replaced by an empty value
                later.reset();
                later.bindAll(table.name, column->name, row, inserts.int64(2));
                const bool replaced = later.step();
                later.reset();
                if (replaced)
                    continue;
                ++checked;
                const auto hash = store.insertHashOf(table, *column, row, record.value(index));
                if (!hash || *hash != entry.hash)
                    differ.add(Tr::tr("%1 %2 (%3)").arg(table.name, row, column->name));
            }
        }
    }
    if (differ.count == 0)
        return {name, true,
                Tr::tr("each of %1 personal value(s) kept for its insert is the one inserted")
                    .arg(number(checked))};
    return {name, false,
            Tr::tr("%1 personal value(s) differ from the insert that wrote them (changed behind "
                   "Larder's back); first: %2")
                .arg(number(differ.count), differ.first)};
}

// How much of the file check maps into memory (SQLite caps it at its compile-time limit).
constexpr qint64 MappedBytes = qint64(4) << 30;

} // namespace

QList<CheckResult> runChecks(Store& store, CheckDepth depth) {
    sql::Connection& db = store.connection();
    Findings found;
    const QString siteId = store.siteId();
    const qint64 lastSeq = store.lastSeq(), lastHlc = store.lastHlc();

    // The ledger in two parts by rowid, so whichever thread is free first takes the next.
    qint64 ledgerFirst = 1, ledgerLast = 0;
    try {
        sql::Statement bounds = db.prepare("SELECT min(rowid), max(rowid) FROM stock_movements");
        if (bounds.step() && !bounds.isNull(0)) {
            ledgerFirst = bounds.int64(0);
            ledgerLast = bounds.int64(1);
        }
    } catch (const sql::SqlError&) {
        // the parts report it
    }
    // Halfway, without overflow whatever rowids a file holds; the second part may be empty.
    const qint64 ledgerMiddle =
        qint64(quint64(ledgerFirst) + (quint64(ledgerLast) - quint64(ledgerFirst)) / 2);
    const qint64 secondFirst = ledgerMiddle < ledgerLast ? ledgerMiddle + 1 : 1;
    const qint64 secondLast = ledgerMiddle < ledgerLast ? ledgerLast : 0;
    std::array<LedgerPart, 2> ledgerParts;
    // The passes, longest first. Two threads take them in turn, one on the store's connection and
    // one on a read-only connection of its own, so SQLite's page checks and Larder's passes over
    // the ledger and the log overlap (two cores on a coordinator's laptop, as on the benchmark
    // machine). Each task writes only its own members of `found`.
    using Task = std::function<void(sql::Connection&)>;
    const QList<Task> tasks{
        [&](sql::Connection& c) {
            found.integrity = guarded(u"integrity"_s, [&] { return integrityCheck(c, depth); });
        },
        [&](sql::Connection& c) {
            // Times the whole pass, which every check it serves shares.
            found.rebuilt = guarded(u"records rebuilt"_s, [&] {
                logPass(c, siteId, lastSeq, lastHlc, found);
                return found.rebuilt;
            });
        },
        [&](sql::Connection& c) { ledgerScan(c, ledgerFirst, ledgerMiddle, ledgerParts[0]); },
        [&](sql::Connection& c) { ledgerScan(c, secondFirst, secondLast, ledgerParts[1]); },
        [&](sql::Connection& c) {
            QElapsedTimer timer;
            timer.start();
            try {
                found.otherReferences = otherForeignKeys(c);
            } catch (const std::exception& e) {
                found.otherReferences.add(
                    Tr::tr("could not run: %1").arg(QString::fromUtf8(e.what())));
            }
            found.referencesSeconds = timer.nsecsElapsed() / 1e9;
            found.guards = guarded(u"guards"_s, [&] { return guardCheck(c); });
            found.tombstones = guarded(u"tombstones"_s, [&] { return tombstoneCheck(c); });
        },
    };
    std::atomic<int> next = 0;
    const auto work = [&](sql::Connection& c) {
        for (int i = next++; i < tasks.size(); i = next++)
            tasks.at(i)(c);
    };
    std::unique_ptr<sql::Connection> second;
    try {
        if (QFileInfo(db.path()).isFile())
            second =
                std::make_unique<sql::Connection>(db.path(), sql::Connection::OpenMode::ReadOnly);
    } catch (const sql::SqlError&) {
        second.reset(); // the store's connection does it all
    }
    // Both read the whole file once: mapped, its pages come without a read call each.
    const qint64 mapped = db.scalar("PRAGMA mmap_size").toLongLong();
    db.exec("PRAGMA mmap_size = " + QByteArray::number(MappedBytes));
    if (second) {
        second->exec("PRAGMA mmap_size = " + QByteArray::number(MappedBytes));
        std::thread helper([&] { work(*second); });
        work(db);
        helper.join();
    } else {
        work(db);
    }
    db.exec("PRAGMA mmap_size = " + QByteArray::number(mapped));
    found.sealed = guarded(u"sealed values"_s, [&] { return sealCheck(db, store); });
    if (depth == CheckDepth::Thorough)
        found.insertValues =
            guarded(u"insert values"_s, [&] { return insertValuesCheck(db, store); });
    try {
        ledgerTotals(db, ledgerParts[0], ledgerParts[1], found);
    } catch (const std::exception& e) {
        found.ledgerError =
            Tr::tr("could not run: %1").arg(QString::fromUtf8(e.what()).simplified());
    }

    QList<CheckResult> results{found.integrity, foreignKeyResult(found), found.guards};
    if (found.ledgerError.isEmpty())
        results << found.stockOnHand;
    else
        results << CheckResult{u"stock on hand"_s, false, found.ledgerError};
    results.last().seconds = found.ledgerSeconds;
    // When the log pass could not run, its one failure stands for everything it checks.
    const bool logRan = !found.sequence.name.isEmpty();
    const auto fromLog = [&](const CheckResult& result, const QString& name) {
        return logRan ? result : CheckResult{name, false, found.rebuilt.detail};
    };
    results << fromLog(found.sequence, u"operation sequence"_s) << fromLog(found.clock, u"clock"_s)
            << fromLog(found.logNames, u"log dictionaries"_s)
            << fromLog(found.recordOperations, u"record operations"_s) << found.tombstones;
    if (logRan)
        results << ledgerResults(db, found);
    else
        results << CheckResult{u"ledger operations"_s, false, found.rebuilt.detail}
                << CheckResult{u"ledger contents"_s, false, found.rebuilt.detail};
    results << found.rebuilt << found.sealed;
    if (depth == CheckDepth::Thorough)
        results << found.insertValues;
    return results;
}

} // namespace larder
