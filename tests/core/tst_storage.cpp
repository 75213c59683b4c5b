// SPDX-License-Identifier: GPL-3.0-or-later
// Opening and creating pantry files: WAL and foreign keys, the schema declared in Schema.cpp
// matching what the migrations build, every fixture of an earlier version migrating, and each
// refusal (not a database, not Larder's, newer Larder, read-only folder, already open) saying
// what is wrong without changing the file. Also: a copied file gets a new site id.

#include "core/inventory/Inventory.h"
#include "core/storage/Migrations.h"
#include "core/storage/Schema.h"
#include "core/storage/Sqlite.h"
#include "tests/TestSupport.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <random>
#include <unistd.h>

using namespace larder;
using namespace Qt::StringLiterals;

namespace {

QByteArray fileHash(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Runs SQL on a file with the plain SQLite API, as the sqlite3 tool would (no Larder functions).
void rawExec(const QString& path, const char* sqlText) {
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    char* message = nullptr;
    const int rc = sqlite3_exec(db, sqlText, nullptr, nullptr, &message);
    const QString text = QString::fromUtf8(message ? message : "");
    sqlite3_free(message);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(text));
}

// A new pantry at `path` on the test clock (taken with LARDER_MUST).
Result<std::unique_ptr<Store>> createStore(const QString& path) {
    return Store::create(path, u"Eastside"_s, test::atTestEpoch());
}

// Every row of a query, each as its values joined by '|' (NULL spelled out), for comparing a
// table before and after a migration.
QStringList rowsAsText(sql::Connection& db, const QByteArray& query) {
    QStringList rows;
    auto read = db.prepare(query);
    while (read.step()) {
        QStringList fields;
        for (int i = 0; i < read.columnCount(); ++i)
            fields << (read.isNull(i) ? u"NULL"_s : read.text(i));
        rows << fields.join(u'|');
    }
    return rows;
}

} // namespace

class TestStorage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void createsWalFileWithForeignKeys() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"pantry.larder"_s);
        auto store = LARDER_MUST(createStore(path));
        auto& db = store->connection();
        QCOMPARE(db.scalar("PRAGMA journal_mode").toString(), u"wal"_s);
        QCOMPARE(db.scalar("PRAGMA foreign_keys").toInt(), 1);
        QCOMPARE(db.scalar("PRAGMA application_id").toInt(), schema::ApplicationId);
        QCOMPARE(store->schemaVersion(), schema::CurrentVersion);
        QCOMPARE(store->siteName(), u"Eastside"_s);
        QCOMPARE(store->siteId().size(), 32);
        QCOMPARE(store->networkId().size(), 32);
        QVERIFY(store->siteId() != store->networkId());
        QVERIFY(!store->wasRekeyed());
    }

    void aFailedReadIsLoggedNeverDropped() {
        QTemporaryDir dir;
        auto clock = std::make_shared<ManualClock>(test::TestEpochMs, 1);
        auto created = Store::create(dir.filePath(u"pantry.larder"_s), u"Eastside"_s,
                                     test::fixedOptions(clock));
        QVERIFY(created);
        const std::unique_ptr<Store> store = std::move(created).value();
        int rows = 0;
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(
                              u"^A read failed: no such column: nmae .*SELECT nmae FROM people"_s));
        QVERIFY(!store->readOrWarn("SELECT nmae FROM people", {}, [&rows](const Row&) { ++rows; }));
        QCOMPARE(rows, 0);
        QVERIFY(store->readOrWarn("SELECT count(*) FROM people", {},
                                  [&rows](const Row& row) { rows += 1 + int(row.integer(0)); }));
        QCOMPARE(rows, 1);
    }

    void createRefusesExistingFileAndEmptyName() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"pantry.larder"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me");
        file.close();
        auto again = Store::create(path, u"Eastside"_s, test::atTestEpoch());
        QVERIFY(!again);
        QCOMPARE(again.error().kind, Error::Kind::AlreadyExists);
        QCOMPARE(fileHash(path), QCryptographicHash::hash("keep me", QCryptographicHash::Sha256));

        auto unnamed = Store::create(dir.filePath(u"other.larder"_s), u"  "_s, test::atTestEpoch());
        QVERIFY(!unnamed);
        QCOMPARE(unnamed.error().kind, Error::Kind::InvalidInput);
        QVERIFY(!QFile::exists(dir.filePath(u"other.larder"_s)));

        auto nowhere =
            Store::create(dir.filePath(u"no/such/folder/p.larder"_s), u"E"_s, test::atTestEpoch());
        QVERIFY(!nowhere);
        QCOMPARE(nowhere.error().kind, Error::Kind::NotFound);
    }

    void schemaMatchesDeclarations() {
        QTemporaryDir dir;
        auto store = LARDER_MUST(createStore(dir.filePath(u"pantry.larder"_s)));
        for (const TableDef& table : schema::tables()) {
            QStringList actual;
            LARDER_VERIFY_OK(store->read("SELECT name FROM pragma_table_info(?1)", {table.name},
                                         [&actual](const Row& row) { actual << row.text(0); }));
            QStringList declared;
            for (const ColumnDef& column : table.columns)
                declared << column.name;
            QCOMPARE(actual, declared);
        }
        // And no table exists that the declarations do not know.
        QStringList names;
        LARDER_VERIFY_OK(store->read("SELECT name FROM sqlite_schema WHERE type = 'table' "
                                     "AND name NOT LIKE 'sqlite_%' ORDER BY name",
                                     {}, [&names](const Row& row) { names << row.text(0); }));
        QStringList declared;
        for (const TableDef& table : schema::tables())
            declared << table.name;
        declared.sort();
        QCOMPARE(names, declared);
    }

    void sensitiveColumnsAreDeclaredOnce() {
        // The personal columns a lost laptop must not reveal.
        // Postal code, city, languages, needs, schedule and window re-identify together.
        for (const char* column :
             {"chosen_name", "street", "unit", "meeting_point", "latitude", "longitude", "phone",
              "delivery_notes", "access_needs", "city", "postal_code", "languages", "dietary_tags",
              "schedule", "preferred_weekday", "window_start", "window_end"})
            QVERIFY2(schema::isSensitive(u"households", QString::fromLatin1(column)), column);
        for (const char* column :
             {"display_name", "phone", "start_latitude", "notes", "languages", "usual_days"})
            QVERIFY2(schema::isSensitive(u"people", QString::fromLatin1(column)), column);
        // What packing, reports and the lock need stays readable.
        for (const char* column : {"id", "adults", "children", "seniors", "status"})
            QVERIFY2(!schema::isSensitive(u"households", QString::fromLatin1(column)), column);
        QVERIFY(!schema::isSensitive(u"items", u"name"));
        for (const TableDef& table : schema::tables()) {
            if (table.kind != TableKind::Local)
                QCOMPARE(table.columns.first().name, u"id"_s);
        }
    }

    void everyFixtureMigrates_data() {
        QTest::addColumn<QString>("fixture");
        const QDir fixtures(QStringLiteral(LARDER_FIXTURES_DIR));
        const QStringList files = fixtures.entryList({u"schema-v*.sql"_s}, QDir::Files);
        QVERIFY2(!files.isEmpty(), "tests/fixtures must hold a fixture of every released schema");
        for (const QString& file : files)
            QTest::newRow(qPrintable(file)) << fixtures.filePath(file);
    }

    void everyFixtureMigrates() {
        QFETCH(QString, fixture);
        QFile sqlFile(fixture);
        QVERIFY(sqlFile.open(QIODevice::ReadOnly));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.larder"_s);
        rawExec(path, sqlFile.readAll().constData());

        QMap<QString, qint64> counts; // row counts before, per synced table
        for (const TableDef& table : schema::tables()) {
            if (table.kind == TableKind::Local)
                continue;
            sqlite3* db = nullptr;
            sqlite3_open(path.toUtf8().constData(), &db);
            sqlite3_stmt* st = nullptr;
            const QByteArray q = "SELECT count(*) FROM " + table.name.toUtf8();
            if (sqlite3_prepare_v2(db, q.constData(), -1, &st, nullptr) == SQLITE_OK &&
                sqlite3_step(st) == SQLITE_ROW)
                counts.insert(table.name, sqlite3_column_int64(st, 0));
            sqlite3_finalize(st);
            sqlite3_close(db);
        }

        auto opened = Store::open(path, test::atTestEpoch());
        LARDER_VERIFY_OK(opened);
        auto& store = *opened.value();
        QCOMPARE(store.schemaVersion(), schema::CurrentVersion);
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            const qint64 now =
                store.connection().scalar("SELECT count(*) FROM " + it.key().toUtf8()).toLongLong();
            QCOMPARE(now, it.value());
        }
        QVERIFY(counts.value(u"households"_s) > 0);
        // Schema 11: the ledger keeps no index by lot or by time alone.
        QCOMPARE(store.connection()
                     .scalar("SELECT count(*) FROM sqlite_master WHERE name IN "
                             "('stock_movements_by_lot', 'stock_movements_by_at')")
                     .toInt(),
                 0);
        QCOMPARE(store.connection()
                     .scalar("SELECT count(*) FROM sqlite_master WHERE name = "
                             "'stock_movements_by_item'")
                     .toInt(),
                 1);
        // The migrated file takes writes through the API.
        LARDER_VERIFY_OK(store.write([](Writer& w) {
            w.insert(u"locations", {{u"name"_s, u"After migration"_s}});
        }));
    }

    // Schema 8's compact log holds every operation of schema 7 as it was: the same site, number,
    // clock, table, record, column, value, person and digest, read back through sync_log.
    void theCompactLogKeepsEveryOperation() {
        QFile sqlFile(QStringLiteral(LARDER_FIXTURES_DIR "/schema-v7.sql"));
        QVERIFY(sqlFile.open(QIODevice::ReadOnly));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"seven.larder"_s);
        rawExec(path, sqlFile.readAll().constData());
        const auto wide = [](sql::Connection& db, const QByteArray& table) {
            return rowsAsText(db, "SELECT site, seq, hlc, tbl, row_id, col, quote(value), actor, "
                                  "hex(digest) FROM " +
                                      table + " ORDER BY site, seq");
        };
        QStringList before;
        {
            sql::Connection old(path, sql::Connection::OpenMode::ReadOnly);
            before = wide(old, "sync_ops");
        }
        QVERIFY(before.size() > 40);
        auto store = LARDER_MUST(Store::open(path, test::atTestEpoch()));
        QCOMPARE(wide(store->connection(), "sync_log"), before);
        // Site ids and people are numbers, a UUID row id is its 16 bytes, ledger rows' field is
        // below zero (so the field index leaves them out).
        sql::Connection& db = store->connection();
        QCOMPARE(db.scalar("SELECT count(*) FROM sync_ops WHERE typeof(site) <> 'integer' OR "
                           "typeof(field) <> 'integer' OR (actor IS NOT NULL AND typeof(actor) <> "
                           "'integer')")
                     .toInt(),
                 0);
        QCOMPARE(db.scalar("SELECT count(*) FROM sync_ops WHERE length(row_id) <> 16").toInt(), 0);
        QVERIFY(db.scalar("SELECT count(*) FROM sync_log WHERE col = '*' AND field > 0").toInt() ==
                0);
        QVERIFY(db.scalar("SELECT count(*) FROM sync_log WHERE col = '*'").toInt() > 0);
        LARDER_VERIFY_OK(test::integrity(*store));
    }

    // Schema 9's compact ledger holds every movement of schema 8 as it was: spelled out again,
    // each row is the text it was; ids are 16 bytes, times numbers, the laptop its number in the
    // log's dictionary; the file checks clean and the ledger takes a correction.
    void theCompactLedgerKeepsEveryMovement() {
        QFile sqlFile(QStringLiteral(LARDER_FIXTURES_DIR "/schema-v8.sql"));
        QVERIFY(sqlFile.open(QIODevice::ReadOnly));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"eight.larder"_s);
        rawExec(path, sqlFile.readAll().constData());
        const TableDef& ledger = *schema::table(u"stock_movements");
        QByteArray wideColumns;
        for (const ColumnDef& column : ledger.columns)
            wideColumns += (wideColumns.isEmpty() ? "" : ", ") + column.name.toUtf8();
        const auto rows = [](sql::Connection& db, const QByteArray& columns) {
            return rowsAsText(db, "SELECT " + columns + " FROM stock_movements ORDER BY rowid");
        };
        QStringList before;
        {
            sql::Connection old(path, sql::Connection::OpenMode::ReadOnly);
            QCOMPARE(old.scalar("PRAGMA user_version").toInt(), 8);
            before = rows(old, wideColumns);
        }
        QCOMPARE(before.size(), 7);
        auto store = LARDER_MUST(Store::open(path, test::atTestEpoch()));
        sql::Connection& db = store->connection();
        QCOMPARE(rows(db, schema::decodedColumnsSql(ledger)), before);
        QCOMPARE(db.scalar("SELECT count(*) FROM stock_movements WHERE typeof(id) <> 'blob' OR "
                           "length(id) <> 16 OR typeof(item_id) <> 'blob' OR typeof(location_id) "
                           "<> 'blob' OR typeof(at) <> 'integer' OR typeof(site) <> 'integer'")
                     .toInt(),
                 0);
        QCOMPARE(db.scalar("SELECT count(*) FROM stock_movements WHERE reverses IS NOT NULL AND "
                           "length(reverses) = 16")
                     .toInt(),
                 1);
        // Read through the store, a movement is its text again.
        const QString first = before.first().section(u'|', 0, 0);
        const Values row = store->record(u"stock_movements", first);
        QCOMPARE(row.value(u"id"_s).toString(), first);
        QCOMPARE(row.value(u"at"_s).toString(), before.first().section(u'|', 1, 1));
        QCOMPARE(row.value(u"site"_s).toString(), before.first().section(u'|', 12, 12));
        LARDER_VERIFY_OK(test::integrity(*store));
        // The migrated ledger takes a new movement, and `check` still finds nothing wrong.
        inventory::Inventory stock(*store);
        LARDER_VERIFY_OK(stock.reverse(first, u"counted twice"_s, false));
        auto reversal =
            db.prepare("SELECT count(*) FROM stock_movements WHERE reverses = larder_row_key(?1)");
        reversal.bind(1, first);
        QVERIFY(reversal.step());
        QCOMPARE(reversal.int64(0), 1);
        LARDER_VERIFY_OK(test::integrity(*store));
    }

    // A row id is stored as 16 bytes only when it is a UUID spelled as Larder spells one; any
    // other id keeps its text, so every id comes back exactly.
    void rowIdsComeBackExactly() {
        const QString uuid = u"01a24978-6f23-735d-9d96-f208e4049750"_s;
        QCOMPARE(sql::rowKey(uuid).typeId(), QMetaType::QByteArray);
        QCOMPARE(sql::rowKey(uuid).toByteArray().toHex(),
                 QByteArray("01a249786f23735d9d96f208e4049750"));
        for (const QString& id :
             {uuid, u"01A24978-6F23-735D-9D96-F208E4049750"_s, u"sheet_initials_only"_s,
              u"01a24978-6f23-735d-9d96-f208e404975"_s, u"01a24978-6f23-735d-9d96-f208e40497500"_s,
              u"01a24978x6f23-735d-9d96-f208e4049750"_s, u"01a24978-6f23-735d-9d96-f208e404975g"_s,
              u"zz-no-such-row"_s, u"01a24978-6f23-735d-9d96-f208e404975\u00e9"_s, QString()}) {
            const QVariant key = sql::rowKey(id);
            QCOMPARE(sql::rowIdText(key), id);
            if (id != uuid)
                QCOMPARE(key.typeId(), QMetaType::QString);
        }
        // The SQL functions agree with the C++ ones.
        sql::Connection db(u":memory:"_s, sql::Connection::OpenMode::ReadWriteCreate);
        auto q = db.prepare("SELECT larder_row_key(?1), larder_row_text(larder_row_key(?1)), "
                            "larder_row_text(?2), larder_row_key(NULL), larder_row_key(7)");
        q.bindAll(uuid, u"sheet_initials_only"_s);
        QVERIFY(q.step());
        QCOMPARE(q.blob(0), sql::rowKey(uuid).toByteArray());
        QCOMPARE(q.text(1), uuid);
        QCOMPARE(q.text(2), u"sheet_initials_only"_s);
        QVERIFY(q.isNull(3));
        QCOMPARE(q.int64(4), 7);
    }

    // A ledger time is kept as milliseconds only when it is spelled as Larder spells one; any
    // other text is kept as it is, so every time comes back exactly (schema 9).
    void momentsComeBackExactly() {
        const QString canonical = u"2026-12-06T08:30:48.125Z"_s;
        QCOMPARE(sql::momentKey(canonical).typeId(), QMetaType::LongLong);
        QCOMPARE(sql::momentKey(canonical).toLongLong(), 1796545848125);
        for (const QString& at :
             {canonical, u"1970-01-01T00:00:00.000Z"_s, u"2026-12-06T08:30:48Z"_s,
              u"2026-12-06T08:30:48.125+01:00"_s, u"2026-12-06 08:30:48.125Z"_s,
              u"2026-02-30T08:30:48.125Z"_s, u"2026-12-06T24:30:48.125Z"_s, u"2026-12-06"_s,
              u"2026-12-06t08:30:48.125z"_s, u"1969-12-31T23:59:59.999Z"_s,
              u"2024-02-29T12:00:00.000Z"_s, u"2023-02-29T12:00:00.000Z"_s, u"12345"_s,
              u"not a time"_s, QString()}) {
            const QVariant key = sql::momentKey(at);
            QCOMPARE(sql::momentText(key), at);
            const bool packs = at == canonical || at == u"1970-01-01T00:00:00.000Z"_s ||
                               at == u"2024-02-29T12:00:00.000Z"_s;
            QCOMPARE(key.typeId(), packs ? QMetaType::LongLong : QMetaType::QString);
        }
        // Larder's own spelling and Qt's agree on any time from 1970 to 9999 (seeded).
        std::mt19937_64 random(20261206);
        std::uniform_int_distribution<qint64> anyTime(0, 253402300799999);
        for (int i = 0; i < 5000; ++i) {
            const qint64 ms = i == 0 ? 253402300799999 : anyTime(random);
            const QString text = sql::momentText(QVariant(ms));
            QCOMPARE(text, QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs));
            QCOMPARE(sql::momentKey(text), QVariant(ms));
        }
        // The SQL functions agree with the C++ ones, and a number that is not a time is not made
        // one by the column: the ledger's columns have no type affinity.
        sql::Connection db(u":memory:"_s, sql::Connection::OpenMode::ReadWriteCreate);
        db.exec("CREATE TABLE t (at BLOB NOT NULL)");
        auto insert = db.prepare("INSERT INTO t VALUES (larder_moment(?1))");
        insert.bindAll(u"12345"_s).run();
        insert.reset();
        insert.bindAll(canonical).run();
        auto q = db.prepare("SELECT typeof(at), larder_moment_text(at) FROM t ORDER BY rowid");
        QVERIFY(q.step());
        QCOMPARE(q.text(0), u"text"_s);
        QCOMPARE(q.text(1), u"12345"_s);
        QVERIFY(q.step());
        QCOMPARE(q.text(0), u"integer"_s);
        QCOMPARE(q.text(1), canonical);
    }

    // A number the log's dictionary made inside a transaction that rolled back is forgotten:
    // the next writer gets a number the file holds, never one that names nothing.
    void aRolledBackNumberIsForgotten() {
        QTemporaryDir dir;
        auto store = LARDER_MUST(createStore(dir.filePath(u"e.larder"_s)));
        LARDER_VERIFY_OK(store->write([](Writer& w) {
            w.insert(u"locations", {{u"name"_s, u"Shelf"_s}});
        }));
        // A refused action after it made the number of a new person on shift and of a field.
        const QString person = u"01a24978-0000-7000-8000-00000000abcd"_s;
        store->setActor(person);
        const auto refused = store->write([](Writer& w) {
            w.insert(u"items", {{u"name"_s, u"Rice"_s}, {u"category"_s, u"food"_s}});
            throw Refusal(Error::invalidInput(u"no"_s));
        });
        QVERIFY(!refused);
        sql::Connection& db = store->connection();
        QCOMPARE(db.scalar("SELECT count(*) FROM sync_names WHERE name = '" + person.toUtf8() + "'")
                     .toInt(),
                 0);
        QCOMPARE(db.scalar("SELECT count(*) FROM sync_fields WHERE tbl = 'items'").toInt(), 0);
        // Writing again makes them again, and every operation names what the file holds.
        LARDER_VERIFY_OK(store->write([](Writer& w) {
            w.insert(u"items", {{u"name"_s, u"Rice"_s}, {u"category"_s, u"food"_s}});
        }));
        QCOMPARE(db.scalar("SELECT count(*) FROM sync_ops o WHERE NOT EXISTS (SELECT 1 FROM "
                           "sync_fields f WHERE f.number = o.field) OR NOT EXISTS (SELECT 1 FROM "
                           "sync_names n WHERE n.number = o.site) OR (o.actor IS NOT NULL AND NOT "
                           "EXISTS (SELECT 1 FROM sync_names n WHERE n.number = o.actor))")
                     .toInt(),
                 0);
        QCOMPARE(
            db.scalar("SELECT count(DISTINCT actor) FROM sync_log WHERE tbl = 'items'").toString(),
            u"1"_s);
        QCOMPARE(db.scalar("SELECT DISTINCT actor FROM sync_log WHERE tbl = 'items'").toString(),
                 person);
        LARDER_VERIFY_OK(test::integrity(*store));
    }

    void refusesMissingFile() {
        QTemporaryDir dir;
        auto opened = Store::open(dir.filePath(u"missing.larder"_s), test::atTestEpoch());
        QVERIFY(!opened);
        QCOMPARE(opened.error().kind, Error::Kind::NotFound);
        QVERIFY(!QFile::exists(dir.filePath(u"missing.larder"_s)));
    }

    void refusesFileThatIsNotADatabase() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"notes.larder"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,street\nAna,1 Main St\n");
        file.close();
        const QByteArray before = fileHash(path);
        auto opened = Store::open(path, test::atTestEpoch());
        QVERIFY(!opened);
        QCOMPARE(opened.error().kind, Error::Kind::NotADatabase);
        QCOMPARE(opened.error().path, path);
        QVERIFY(!opened.error().hint.isEmpty());
        QCOMPARE(fileHash(path), before);
    }

    void refusesForeignSqliteDatabase() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"other.db"_s);
        rawExec(path, "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x');");
        const QByteArray before = fileHash(path);
        auto opened = Store::open(path, test::atTestEpoch());
        QVERIFY(!opened);
        QCOMPARE(opened.error().kind, Error::Kind::NotLarder);
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + u"-wal"_s));
    }

    void refusesDamagedFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"pantry.larder"_s);
        LARDER_MUST(createStore(path)).reset();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(100);
        file.write(QByteArray(4000, '\xA5')); // scribble over the first page's content
        file.close();
        auto opened = Store::open(path, test::atTestEpoch());
        QVERIFY(!opened);
        QVERIFY2(opened.error().kind == Error::Kind::NotADatabase ||
                     opened.error().kind == Error::Kind::NotLarder,
                 qPrintable(opened.error().toString()));
    }

    void refusesNewerSchemaWithoutChangingFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"pantry.larder"_s);
        LARDER_MUST(createStore(path)).reset();
        rawExec(path, "PRAGMA user_version = 99");
        const QByteArray before = fileHash(path);
        auto opened = Store::open(path, test::atTestEpoch());
        QVERIFY(!opened);
        QCOMPARE(opened.error().kind, Error::Kind::NewerSchema);
        QVERIFY2(opened.error().message.contains(u"99"_s), qPrintable(opened.error().message));
        QVERIFY(opened.error().hint.contains(u"Update Larder"_s));
        QCOMPARE(fileHash(path), before);
    }

    void refusesSecondWriterUntilFirstCloses() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"pantry.larder"_s);
        auto first = LARDER_MUST(createStore(path));
        auto second = Store::open(path, test::atTestEpoch());
        QVERIFY(!second);
        QCOMPARE(second.error().kind, Error::Kind::AlreadyOpen);
        QVERIFY2(
            second.error().message.contains(QString::number(QCoreApplication::applicationPid())),
            qPrintable(second.error().message));
        first.reset();
        auto third = Store::open(path, test::atTestEpoch());
        LARDER_VERIFY_OK(third);
    }

    void staleLockOfDeadProcessDoesNotBlock() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"pantry.larder"_s);
        LARDER_MUST(createStore(path)).reset();
        // A Larder that crashed left its lock behind; its process is gone.
        QProcess dead;
        dead.start(u"/bin/true"_s, {});
        QVERIFY(dead.waitForFinished());
        const qint64 deadPid = dead.processId() ? dead.processId() : 999999;
        QFile lock(path + u".lock"_s);
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArray::number(deadPid) + "\nlarder\n" +
                   QSysInfo::machineHostName().toUtf8() + "\n");
        lock.close();
        LARDER_VERIFY_OK(Store::open(path, test::atTestEpoch()));
    }

    void refusesReadOnlyFolder() {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"shared"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + u"/pantry.larder"_s;
        LARDER_MUST(createStore(path)).reset();
        const bool mounted = makeReadOnly(folder);
        if (!mounted && ::geteuid() == 0)
            QSKIP("running as root without permission to mount a read-only folder");
        const QByteArray before = fileHash(path);
        auto opened = Store::open(path, test::atTestEpoch());
        auto created = Store::create(folder + u"/new.larder"_s, u"E"_s, test::atTestEpoch());
        if (mounted)
            QProcess::execute(u"umount"_s, {folder});
        else
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!opened);
        QCOMPARE(opened.error().kind, Error::Kind::ReadOnlyFolder);
        QVERIFY(!created);
        QCOMPARE(created.error().kind, Error::Kind::ReadOnlyFolder);
        QVERIFY(!opened.error().hint.isEmpty());
        QCOMPARE(fileHash(path), before);
    }

    void copiedFileGetsNewSiteId() {
        QTemporaryDir dir;
        const QString original = dir.filePath(u"east.larder"_s);
        QString originalSite;
        {
            auto store = LARDER_MUST(createStore(original));
            originalSite = store->siteId();
            LARDER_VERIFY_OK(store->write([](Writer& w) {
                w.insert(u"locations", {{u"name"_s, u"Shelf A"_s}});
            }));
        }
        const QString copy = dir.filePath(u"copy.larder"_s);
        QVERIFY(QFile::copy(original, copy));

        auto copied = Store::open(copy, test::atTestEpoch());
        LARDER_VERIFY_OK(copied);
        QVERIFY(copied.value()->wasRekeyed());
        QVERIFY(copied.value()->siteId() != originalSite);
        QCOMPARE(copied.value()->lastSeq(), 0);
        QCOMPARE(copied.value()
                     ->connection()
                     .scalar("SELECT replaced_by FROM site_history WHERE site = '" +
                             originalSite.toUtf8() + "'")
                     .toString(),
                 copied.value()->siteId());
        LARDER_VERIFY_OK(copied.value()->write([](Writer& w) {
            w.insert(u"locations", {{u"name"_s, u"Shelf B"_s}});
        }));
        QCOMPARE(copied.value()
                     ->connection()
                     .scalar("SELECT min(seq) FROM sync_log WHERE site = '" +
                             copied.value()->siteId().toUtf8() + "'")
                     .toInt(),
                 1);
        // Reopening the copy keeps its new id; the original keeps its own.
        const QString copySite = copied.value()->siteId();
        copied.value().reset();
        auto reopened = Store::open(copy, test::atTestEpoch());
        LARDER_VERIFY_OK(reopened);
        QCOMPARE(reopened.value()->siteId(), copySite);
        QVERIFY(!reopened.value()->wasRekeyed());
        auto originalAgain = Store::open(original, test::atTestEpoch());
        LARDER_VERIFY_OK(originalAgain);
        QCOMPARE(originalAgain.value()->siteId(), originalSite);
        QVERIFY(!originalAgain.value()->wasRekeyed());
    }

    void plainSqliteToolCanReadButNotWrite() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"pantry.larder"_s);
        {
            auto store = LARDER_MUST(createStore(path));
            LARDER_VERIFY_OK(store->write([](Writer& w) {
                w.insert(u"items", {{u"name"_s, u"Rice"_s}});
            }));
        }
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
        sqlite3_stmt* st = nullptr;
        QCOMPARE(sqlite3_prepare_v2(db, "SELECT name FROM items", -1, &st, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_step(st), SQLITE_ROW);
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(st, 0))),
                 QByteArray("Rice"));
        sqlite3_finalize(st);
        char* message = nullptr;
        QVERIFY(sqlite3_exec(db, "UPDATE items SET name = 'x'", nullptr, nullptr, &message) !=
                SQLITE_OK);
        sqlite3_free(message);
        sqlite3_close(db);
    }

    void droppedGuardTriggersAreRestoredOnOpen() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"pantry.larder"_s);
        LARDER_MUST(createStore(path)).reset();
        rawExec(path, "DROP TRIGGER households_guard_update; DROP TRIGGER sync_ops_guard_delete;");
        auto opened = Store::open(path, test::atTestEpoch());
        LARDER_VERIFY_OK(opened);
        QCOMPARE(opened.value()
                     ->connection()
                     .scalar("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'")
                     .toInt(),
                 schema::guardTriggerCount());
        QVERIFY_THROWS_EXCEPTION(
            sql::SqlError,
            opened.value()->connection().exec(
                "INSERT INTO households (id, chosen_name, created_at) VALUES ('x', 'y', 'z')"));
    }

private:
    // Makes `folder` read-only: a read-only bind mount when running as root (root ignores
    // permission bits), plain permissions otherwise. Returns true when it mounted.
    static bool makeReadOnly(const QString& folder) {
        if (::geteuid() != 0) {
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner);
            return false;
        }
        if (QProcess::execute(u"mount"_s, {u"--bind"_s, folder, folder}) != 0)
            return false;
        if (QProcess::execute(u"mount"_s, {u"-o"_s, u"remount,ro,bind"_s, folder}) != 0) {
            QProcess::execute(u"umount"_s, {folder});
            return false;
        }
        return true;
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
