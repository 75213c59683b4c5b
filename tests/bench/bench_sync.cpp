// SPDX-License-Identifier: GPL-3.0-or-later
// Sync benchmark: a pantry with about a million operations exchanged through one sync file.
// Makes the Eastside database through the write API (demo data: a household is about 27
// operations, a ledger movement 1), then prints: the key derivation on its own (wrapping and
// opening the network key), export (time, file size, peak memory above the start), import into
// a fresh laptop that joined the network (time, peak memory), re-import of the same file (time;
// a no-op), and the same number of rows inserted by a plain SQLite loop (one prepared INSERT in
// one transaction) with the ratio import / plain; then every row the import wrote (log, ledger,
// records, totals) with the pantry's own indexes, by the same kind of loop, and that ratio. Export
// and import run as an unlocked member does, with no passphrase and so no key derivation. Prints
// figures only; asserts nothing about time.
//
//   bench_sync [--households N] [--movements M] [--kdf moderate|minimal] [--keep DIR]

#include "core/demo/DemoData.h"
#include "core/storage/Schema.h"
#include "core/storage/Sqlite.h"
#include "core/storage/Store.h"
#include "core/sync/Replicator.h"
#include "core/sync/SyncFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>

#include <string>
#include <sys/resource.h>
#include <vector>

using namespace larder;
using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);
const QByteArray Passphrase("beans on tuesday at the church");

double peakMemoryMiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // KiB on Linux
}

// The peak resident memory since the last resetPeak(), from /proc (VmHWM), in MiB.
double peakSinceResetMiB() {
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& text : status.readAll().split('\n')) {
        if (text.startsWith("VmHWM:"))
            return text.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

// Starts a new peak: Linux resets VmHWM to the current resident size on "5" in clear_refs.
void resetPeak() {
    QFile clear(u"/proc/self/clear_refs"_s);
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

double residentMiB() {
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& text : status.readAll().split('\n')) {
        if (text.startsWith("VmRSS:"))
            return text.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

qint64 fileBytes(const QString& path) {
    qint64 total = 0;
    for (const char* suffix : {"", "-wal", "-shm"})
        total += QFileInfo(path + QLatin1String(suffix)).size();
    return total;
}

void line(const QString& what, const QString& figure) {
    out << what.leftJustified(56, u'.') << u' ' << figure << Qt::endl;
}

QString mibText(qint64 bytes) {
    return u"%1 MiB"_s.arg(double(bytes) / 1048576.0, 0, 'f', 1);
}

// A laptop's file at rest: its size, and the operation log's share (its table, index and
// dictionaries, from SQLite's dbstat), each per operation.
void atRest(const QString& name, const Store& store, const QString& path, qint64 operations) {
    const qint64 file = fileBytes(path);
    const qint64 log =
        store.connection()
            .scalar("SELECT sum(pgsize) FROM dbstat WHERE name IN ('sync_ops', "
                    "'sync_ops_by_field', 'sync_names', 'sync_fields') OR name LIKE "
                    "'sqlite_autoindex_sync_names%' OR name LIKE 'sqlite_autoindex_sync_fields%'")
            .toLongLong();
    line(name + u" database, at rest"_s, u"%1 (%2 bytes per operation)"_s.arg(mibText(file))
                                             .arg(double(file) / double(operations), 0, 'f', 0));
    line(u"  of which the operation log"_s, u"%1 (%2 bytes per operation)"_s.arg(mibText(log))
                                                .arg(double(log) / double(operations), 0, 'f', 0));
}

QString seconds(qint64 ms) {
    return u"%1 s"_s.arg(double(ms) / 1000.0, 0, 'f', 2);
}

QString mib(qint64 bytes) {
    return u"%1 MiB"_s.arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
}

[[noreturn]] void die(const QString& what, const Error& error) {
    out << what << ": " << error.toString() << Qt::endl;
    std::exit(1);
}

// One row of sync_ops (the compact log: numbers for site, field and actor, a packed row id),
// held in memory so the plain loop times only its inserts.
struct RawOp {
    qint64 site = 0;
    qint64 seq = 0;
    qint64 hlc = 0;
    qint64 field = 0;
    std::string row; // 16 bytes of a UUID, or text
    bool rowIsBlob = false;
    int valueType = SQLITE_NULL;
    std::string valueBytes; // text or blob
    qint64 valueInteger = 0;
    double valueReal = 0;
    qint64 actor = 0;
    bool hasActor = false;
};

std::string columnText(sqlite3_stmt* statement, int column) {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
    return text ? std::string(text, std::size_t(sqlite3_column_bytes(statement, column)))
                : std::string();
}

std::vector<RawOp> readOperations(const QString& path) {
    std::vector<RawOp> ops;
    sqlite3* db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* statement = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT site, seq, hlc, field, row_id, value, actor FROM sync_ops "
                       "ORDER BY site, seq",
                       -1, &statement, nullptr);
    while (sqlite3_step(statement) == SQLITE_ROW) {
        RawOp op;
        op.site = sqlite3_column_int64(statement, 0);
        op.seq = sqlite3_column_int64(statement, 1);
        op.hlc = sqlite3_column_int64(statement, 2);
        op.field = sqlite3_column_int64(statement, 3);
        op.rowIsBlob = sqlite3_column_type(statement, 4) == SQLITE_BLOB;
        if (op.rowIsBlob)
            op.row.assign(static_cast<const char*>(sqlite3_column_blob(statement, 4)),
                          std::size_t(sqlite3_column_bytes(statement, 4)));
        else
            op.row = columnText(statement, 4);
        op.valueType = sqlite3_column_type(statement, 5);
        if (op.valueType == SQLITE_INTEGER)
            op.valueInteger = sqlite3_column_int64(statement, 5);
        else if (op.valueType == SQLITE_FLOAT)
            op.valueReal = sqlite3_column_double(statement, 5);
        else if (op.valueType == SQLITE_BLOB)
            op.valueBytes.assign(static_cast<const char*>(sqlite3_column_blob(statement, 5)),
                                 std::size_t(sqlite3_column_bytes(statement, 5)));
        else if (op.valueType == SQLITE_TEXT)
            op.valueBytes = columnText(statement, 5);
        op.hasActor = sqlite3_column_type(statement, 6) != SQLITE_NULL;
        op.actor = sqlite3_column_int64(statement, 6);
        ops.push_back(std::move(op));
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return ops;
}

// The same rows into a table shaped like sync_ops (its key and its index), by one prepared
// INSERT in one transaction, with the journal mode Larder uses. Returns milliseconds.
// Every row of the pantry at `from` (its synced tables, the log and its dictionaries, the
// ledger and the on-hand totals: what an import writes), inserted by a plain loop (one prepared
// INSERT per table, one transaction) into a new file at `path` with the same tables and indexes
// and no triggers. The time of the loop alone, in ms; the rows are read into memory first.
qint64 plainInsertOfEverything(const QString& from, const QString& path, qint64& rowCount) {
    sqlite3* source = nullptr;
    sqlite3_open_v2(from.toUtf8().constData(), &source, SQLITE_OPEN_READONLY, nullptr);
    sqlite3* db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                    nullptr);
    sqlite3_exec(db, "PRAGMA journal_mode = WAL", nullptr, nullptr, nullptr);
    struct Table {
        std::string insert;
        int width = 0;
        std::vector<sqlite3_value*> values; // rows one after the other
    };
    std::vector<Table> tables;
    sqlite3_stmt* schema = nullptr;
    sqlite3_prepare_v2(source,
                       "SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL AND type "
                       "IN ('table', 'index') AND name NOT LIKE 'sqlite_%' ORDER BY type DESC",
                       -1, &schema, nullptr);
    while (sqlite3_step(schema) == SQLITE_ROW) {
        const std::string type = reinterpret_cast<const char*>(sqlite3_column_text(schema, 0));
        const std::string name = reinterpret_cast<const char*>(sqlite3_column_text(schema, 1));
        sqlite3_exec(db, reinterpret_cast<const char*>(sqlite3_column_text(schema, 2)), nullptr,
                     nullptr, nullptr);
        if (type != "table")
            continue;
        Table table;
        sqlite3_stmt* rows = nullptr;
        sqlite3_prepare_v2(source, ("SELECT * FROM \"" + name + "\"").c_str(), -1, &rows, nullptr);
        table.width = sqlite3_column_count(rows);
        table.insert = "INSERT INTO \"" + name + "\" VALUES (";
        for (int i = 0; i < table.width; ++i)
            table.insert += i ? ", ?" : "?";
        table.insert += ")";
        while (sqlite3_step(rows) == SQLITE_ROW) {
            for (int i = 0; i < table.width; ++i)
                table.values.push_back(sqlite3_value_dup(sqlite3_column_value(rows, i)));
        }
        sqlite3_finalize(rows);
        tables.push_back(std::move(table));
    }
    sqlite3_finalize(schema);
    sqlite3_close(source);

    QElapsedTimer timer;
    timer.start();
    rowCount = 0;
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    for (const Table& table : tables) {
        sqlite3_stmt* insert = nullptr;
        sqlite3_prepare_v2(db, table.insert.c_str(), -1, &insert, nullptr);
        for (size_t at = 0; table.width > 0 && at < table.values.size();
             at += size_t(table.width)) {
            for (int i = 0; i < table.width; ++i)
                sqlite3_bind_value(insert, i + 1, table.values[at + size_t(i)]);
            if (sqlite3_step(insert) != SQLITE_DONE) {
                out << "plain insert failed: " << sqlite3_errmsg(db) << Qt::endl;
                std::exit(1);
            }
            sqlite3_reset(insert);
            ++rowCount;
        }
        sqlite3_finalize(insert);
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const qint64 ms = timer.elapsed();
    sqlite3_close(db);
    for (const Table& table : tables) {
        for (sqlite3_value* value : table.values)
            sqlite3_value_free(value);
    }
    return ms;
}

qint64 plainInsert(const QString& path, const std::vector<RawOp>& ops) {
    QElapsedTimer timer;
    timer.start();
    sqlite3* db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                    nullptr);
    sqlite3_exec(db,
                 "PRAGMA journal_mode = WAL;"
                 "CREATE TABLE ops (site INTEGER NOT NULL, seq INTEGER NOT NULL, hlc INTEGER "
                 "NOT NULL, field INTEGER NOT NULL, row_id NOT NULL, value, actor INTEGER, "
                 "digest BLOB, PRIMARY KEY (site, seq)) WITHOUT ROWID;"
                 "CREATE INDEX ops_by_field ON ops (field, row_id, hlc) WHERE field > 0;",
                 nullptr, nullptr, nullptr);
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt* insert = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO ops (site, seq, hlc, field, row_id, value, actor, digest) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, zeroblob(16))",
                       -1, &insert, nullptr);
    for (const RawOp& op : ops) {
        sqlite3_bind_int64(insert, 1, op.site);
        sqlite3_bind_int64(insert, 2, op.seq);
        sqlite3_bind_int64(insert, 3, op.hlc);
        sqlite3_bind_int64(insert, 4, op.field);
        if (op.rowIsBlob)
            sqlite3_bind_blob(insert, 5, op.row.data(), int(op.row.size()), SQLITE_STATIC);
        else
            sqlite3_bind_text(insert, 5, op.row.data(), int(op.row.size()), SQLITE_STATIC);
        switch (op.valueType) {
        case SQLITE_INTEGER:
            sqlite3_bind_int64(insert, 6, op.valueInteger);
            break;
        case SQLITE_FLOAT:
            sqlite3_bind_double(insert, 6, op.valueReal);
            break;
        case SQLITE_TEXT:
            sqlite3_bind_text(insert, 6, op.valueBytes.data(), int(op.valueBytes.size()),
                              SQLITE_STATIC);
            break;
        case SQLITE_BLOB:
            sqlite3_bind_blob(insert, 6, op.valueBytes.data(), int(op.valueBytes.size()),
                              SQLITE_STATIC);
            break;
        default:
            sqlite3_bind_null(insert, 6);
        }
        if (op.hasActor)
            sqlite3_bind_int64(insert, 7, op.actor);
        else
            sqlite3_bind_null(insert, 7);
        if (sqlite3_step(insert) != SQLITE_DONE) {
            out << "plain insert failed: " << sqlite3_errmsg(db) << Qt::endl;
            std::exit(1);
        }
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return timer.elapsed();
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"households"_s, u"Households to make."_s, u"N"_s, u"15000"_s});
    parser.addOption({u"movements"_s, u"Ledger movements to make."_s, u"M"_s, u"400000"_s});
    parser.addOption({u"kdf"_s, u"Key derivation cost: moderate (real) or minimal."_s, u"COST"_s,
                      u"moderate"_s});
    parser.addOption({u"keep"_s, u"Keep the databases and the file in DIR."_s, u"DIR"_s});
    parser.process(app);

    QTemporaryDir temporary;
    const QString dir = parser.isSet(u"keep"_s) ? parser.value(u"keep"_s) : temporary.path();
    QDir().mkpath(dir);
    const sync::KdfLimits limits = parser.value(u"kdf"_s) == u"minimal"
                                       ? sync::KdfLimits::minimal()
                                       : sync::KdfLimits::moderate();
    demo::DemoOptions options;
    options.households = parser.value(u"households"_s).toInt();
    options.movements = parser.value(u"movements"_s).toLongLong();
    options.weeksOfHistory = 52;

    out << "Larder sync benchmark: " << options.households << " households, " << options.movements
        << " ledger movements, Argon2id "
        << (limits.memLimit == sync::KdfLimits::moderate().memLimit ? "moderate" : "minimal")
        << " (" << limits.opsLimit << " passes, " << mib(qint64(limits.memLimit)) << ")"
        << Qt::endl;
    QElapsedTimer timer;

    // The key derivation on its own: wrap a new key under the passphrase, and open it again.
    KeyRing ring;
    timer.start();
    auto envelope = ring.create(Passphrase, limits);
    const qint64 sealMs = timer.elapsed();
    if (!envelope)
        die(u"wrap"_s, envelope.error());
    timer.restart();
    if (auto opened = ring.unlock(envelope.value(), Passphrase); !opened)
        die(u"unwrap"_s, opened.error());
    const qint64 openMs = timer.elapsed();
    line(u"Key derivation: wrap the network key"_s, seconds(sealMs));
    line(u"Key derivation: open the network key"_s, seconds(openMs));

    // Eastside starts the network; Westside joins from its first (empty) file.
    const QString eastPath = dir + u"/east.larder"_s;
    const QString westPath = dir + u"/west.larder"_s;
    const QString firstFile = dir + u"/first.lardersync"_s;
    const QString bigFile = dir + u"/east.lardersync"_s;
    auto created = Store::create(eastPath, u"Eastside"_s);
    if (!created)
        die(u"create"_s, created.error());
    std::unique_ptr<Store> east = std::move(created).value();
    sync::Replicator eastSync(*east, limits);
    if (auto set = eastSync.setPassphrase(Passphrase); !set)
        die(u"passphrase"_s, set.error());
    if (auto first = eastSync.exportFile(firstFile, Passphrase); !first)
        die(u"first export"_s, first.error());
    auto joined =
        sync::Replicator::join(westPath, u"Westside"_s, firstFile, Passphrase, {}, limits);
    if (!joined)
        die(u"join"_s, joined.error());
    std::unique_ptr<Store> west = std::move(joined).value();
    sync::Replicator westSync(*west, limits);
    // Export also checks the passphrase against the stored verifier: a second derivation.
    timer.restart();
    if (auto checked = eastSync.checkPassphrase(Passphrase); !checked)
        die(u"check"_s, checked.error());
    const qint64 checkMs = timer.elapsed();
    line(u"Key derivation: check the passphrase's verifier"_s, seconds(checkMs));

    timer.restart();
    int lastPercent = -1;
    options.progress = [&lastPercent](qint64 done, qint64 total) {
        const int percent = total ? int(done * 100 / total) : 100;
        if (percent / 10 != lastPercent / 10)
            out << "  making data: " << percent << '%' << Qt::endl;
        lastPercent = percent;
    };
    auto filled = demo::fill(*east, options);
    if (!filled)
        die(u"demo"_s, filled.error());
    const qint64 operations =
        east->connection().scalar("SELECT count(*) FROM sync_ops").toLongLong();
    line(u"Make Eastside through the write API"_s, seconds(timer.elapsed()));
    line(u"Operations"_s, QString::number(operations));
    // At rest: the write-ahead log checkpointed (it shrinks to its limit, see Store).
    east->connection().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    atRest(u"Eastside"_s, *east, eastPath, operations);

    // A member that is unlocked exports and imports with no passphrase: no key derivation.
    east->connection().clearCache();
    resetPeak();
    const double before = residentMiB();
    timer.restart();
    auto exported = eastSync.exportFile(bigFile, {});
    const qint64 exportMs = timer.elapsed();
    if (!exported)
        die(u"export"_s, exported.error());
    line(u"Export (an unlocked member: no key derivation)"_s, seconds(exportMs));
    line(u"  memory: peak during export above the start"_s,
         u"%1 MiB (resident before %2 MiB)"_s.arg(peakSinceResetMiB() - before, 0, 'f', 0)
             .arg(before, 0, 'f', 0));
    Q_UNUSED(sealMs);
    line(u"Sync file"_s, u"%1 (%2 bytes per operation)"_s.arg(mib(exported->bytes))
                             .arg(double(exported->bytes) / double(operations), 0, 'f', 1));
    // Again, as every later export runs: the digests are stored, only the head is signed.
    timer.restart();
    if (auto again = eastSync.exportFile(bigFile + u".again"_s, {}); !again)
        die(u"export again"_s, again.error());
    line(u"Export again (digests stored)"_s, seconds(timer.elapsed()));
    QFile::remove(bigFile + u".again"_s);

    resetPeak();
    const double beforeImport = residentMiB();
    timer.restart();
    auto imported = westSync.importFile(bigFile, {});
    const qint64 importMs = timer.elapsed();
    if (!imported)
        die(u"import"_s, imported.error());
    line(u"Import into the joined laptop (no key derivation)"_s, seconds(importMs));
    line(u"  memory: peak during import above the start"_s,
         u"%1 MiB (resident before %2 MiB)"_s.arg(peakSinceResetMiB() - beforeImport, 0, 'f', 0)
             .arg(beforeImport, 0, 'f', 0));
    line(u"  applied / skipped"_s, u"%1 / %2"_s.arg(imported->applied).arg(imported->skipped));
    west->connection().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    atRest(u"Westside"_s, *west, westPath, operations);

    timer.restart();
    auto again = westSync.importFile(bigFile, {});
    const qint64 againMs = timer.elapsed();
    if (!again)
        die(u"re-import"_s, again.error());
    line(u"Re-import of the same file"_s, seconds(againMs));
    line(u"  applied / skipped"_s, u"%1 / %2"_s.arg(again->applied).arg(again->skipped));

    const bool same = sync::digest(*east) == sync::digest(*west);
    line(u"Same digest on both laptops"_s, same ? u"yes"_s : u"NO"_s);

    const std::vector<RawOp> ops = readOperations(eastPath);
    const qint64 plainMs = plainInsert(dir + u"/plain.sqlite"_s, ops);
    line(u"Plain SQLite loop, same rows into a sync_ops-shaped table"_s, seconds(plainMs));
    line(u"Ratio import / plain loop"_s,
         u"%1"_s.arg(double(importMs) / double(plainMs), 0, 'f', 1));
    line(u"Peak memory (before the loop below, which holds every row in memory)"_s,
         u"%1 MiB"_s.arg(peakMemoryMiB(), 0, 'f', 0));
    // The floor an import cannot go under: every row it wrote (the log, the ledger, the records,
    // the totals) with the pantry's own indexes, by a plain loop.
    qint64 everyRow = 0;
    const qint64 everythingMs =
        plainInsertOfEverything(westPath, dir + u"/plain-everything.sqlite"_s, everyRow);
    line(u"Plain SQLite loop, every row the import wrote (%1 rows)"_s.arg(everyRow),
         seconds(everythingMs));
    line(u"Ratio import / that loop"_s,
         u"%1"_s.arg(double(importMs) / double(everythingMs), 0, 'f', 1));
    Q_UNUSED(openMs);
    return same ? 0 : 1;
}
