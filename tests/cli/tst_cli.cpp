// SPDX-License-Identifier: GPL-3.0-or-later
// The larder-cli contract (commands, output, exit codes, one-line errors), run through QProcess
// against the built binary, and the demo data and integrity checks it is made of.

#include "core/demo/DemoData.h"
#include "core/storage/Schema.h"
#include "core/storage/Sqlite.h"
#include "core/storage/Store.h"
#include "tests/CliRun.h"
#include "tests/TestSupport.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace larder;

namespace {

using Run = CliRun;

// The rows of every synced table, ordered by id, without the columns that name this laptop.
using Content = QMap<QString, QList<QVariantList>>;

} // namespace

// Runs larder-cli as a user or a script would, and checks what it prints and returns.
class TestCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QString m_passphraseFile = m_dir.filePath(u"passphrase.txt"_s);
    int m_files = 0;

    QString newPath(const QString& stem = u"pantry"_s) {
        return m_dir.filePath(stem + u'-' + QString::number(++m_files) + u".larder"_s);
    }

    Run cli(const QStringList& arguments) { return runCli(arguments); }

    // A demo made by the command line; empty when it failed (the test has failed then).
    QString demo(int households, quint64 seed, qint64 movements = 0) {
        const QString path = newPath(u"demo"_s);
        QStringList arguments{u"--db"_s,
                              path,
                              u"demo"_s,
                              u"--households"_s,
                              QString::number(households),
                              u"--seed"_s,
                              QString::number(seed)};
        if (movements > 0)
            arguments << u"--movements"_s << QString::number(movements);
        const Run run = cli(arguments);
        if (run.code != 0) {
            qWarning("demo failed (%d): %s", run.code, qPrintable(run.err));
            return {};
        }
        return path;
    }

    QJsonObject stats(const QString& path) {
        const Run run = cli({u"--db"_s, path, u"stats"_s, u"--json"_s});
        if (run.code != 0)
            return {};
        return QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"tables"_s).toObject();
    }

    static Content content(const QString& path) {
        Content result;
        sql::Connection db(path, sql::Connection::OpenMode::ReadOnly);
        for (const TableDef& table : schema::tables()) {
            if (table.kind == TableKind::Local)
                continue;
            QByteArray columns;
            for (const ColumnDef& column : table.columns) {
                if (column.name == u"site")
                    continue;
                columns += (columns.isEmpty() ? "" : ", ") + column.name.toUtf8();
            }
            sql::Statement statement =
                db.prepare("SELECT " + columns + " FROM " + table.name.toUtf8() + " ORDER BY id");
            QList<QVariantList>& rows = result[table.name];
            while (statement.step()) {
                QVariantList row;
                for (int i = 0; i < statement.columnCount(); ++i)
                    row.append(statement.value(i));
                rows.append(row);
            }
        }
        return result;
    }

    // Changes a file behind Larder's back, as the sqlite3 tool would. Empty on success.
    static QString execRaw(const QString& path, const QByteArray& sqlText) {
        try {
            sql::Connection db(path, sql::Connection::OpenMode::ReadWriteCreate);
            db.exec(sqlText);
        } catch (const sql::SqlError& e) {
            return e.message();
        }
        return {};
    }

    static void verifyOneLineError(const Run& run) {
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(run.err.endsWith(u'\n'), qPrintable(run.err));
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(QFileInfo::exists(QStringLiteral(LARDER_CLI_PATH)), LARDER_CLI_PATH);
        QVERIFY(m_dir.isValid());
        // New pantries need a passphrase; a cheap key derivation keeps the suite quick.
        qputenv("LARDER_KDF", "minimal");
        QFile file(m_passphraseFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("beans on tuesday at the church\n");
    }

    // ---- version and help ----

    void version() {
        const Run run = cli({u"--version"_s});
        QCOMPARE(run.code, 0);
        QCOMPARE(run.out, u"larder-cli " LARDER_VERSION "\n"_s);
        QVERIFY(run.err.isEmpty());
    }

    void globalHelp() {
        const Run run = cli({u"--help"_s});
        QCOMPARE(run.code, 0);
        QVERIFY(run.err.isEmpty());
        for (const char* command : {"init", "demo", "check", "stats"})
            QVERIFY2(run.out.contains(
                         QRegularExpression(u"\\n  "_s + QLatin1String(command) + u"\\s+\\S"_s)),
                     command);
        QVERIFY(run.out.contains(u"--db FILE"_s));
        QVERIFY(run.out.contains(u"--version"_s));
    }

    void commandHelp_data() {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("option");
        QTest::newRow("init") << u"init"_s << u"--site-name NAME"_s;
        QTest::newRow("demo") << u"demo"_s << u"--households N"_s;
        QTest::newRow("check") << u"check"_s << u"--db FILE"_s;
        QTest::newRow("stats") << u"stats"_s << u"--json"_s;
    }

    void commandHelp() {
        QFETCH(QString, command);
        QFETCH(QString, option);
        for (const QStringList& arguments :
             {QStringList{command, u"--help"_s}, QStringList{u"help"_s, command},
              QStringList{u"--db"_s, u"x.larder"_s, command, u"-h"_s}}) {
            const Run run = cli(arguments);
            QCOMPARE(run.code, 0);
            QVERIFY(run.err.isEmpty());
            QVERIFY2(run.out.startsWith(u"Usage: larder-cli"_s), qPrintable(run.out));
            QVERIFY(run.out.contains(u' ' + command));
            QVERIFY2(run.out.contains(option), qPrintable(run.out));
            QVERIFY(run.out.contains(u"Example:\n  larder-cli"_s));
        }
        QVERIFY(!QFileInfo::exists(u"x.larder"_s));
    }

    // ---- init ----

    void initCreatesAndRefusesAnExistingFile() {
        const QString path = newPath();
        Run run = cli({u"--db"_s, path, u"init"_s, u"--site-name"_s, u"Eastside pantry"_s,
                       u"--passphrase-file"_s, m_passphraseFile});
        QCOMPARE(run.code, 0);
        QVERIFY(run.err.isEmpty());
        QVERIFY(QFileInfo::exists(path));
        auto store = Store::open(path, test::atTestEpoch());
        QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().toString()));
        QCOMPARE((*store)->siteName(), u"Eastside pantry"_s);
        store = Store::open(newPath(), test::atTestEpoch()); // release the first
        const QByteArray before = [&] {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();

        run = cli({u"--db"_s, path, u"init"_s, u"--site-name"_s, u"Again"_s, u"--passphrase-file"_s,
                   m_passphraseFile});
        QCOMPARE(run.code, 1);
        verifyOneLineError(run);
        QVERIFY2(run.err.contains(u"already exists"_s), qPrintable(run.err));
        QVERIFY(run.err.contains(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

    void initAcceptsDbAfterTheCommand() {
        const QString path = newPath();
        const Run run = cli({u"init"_s, u"--site-name=Westside"_s, u"--db"_s, path,
                             u"--passphrase-file"_s, m_passphraseFile});
        QCOMPARE(run.code, 0);
        QVERIFY(QFileInfo::exists(path));
    }

    // Every new pantry is protected: without a passphrase, or with a weak one, init makes
    // nothing and says why.
    void initNeedsAGoodPassphrase_data() {
        QTest::addColumn<QByteArray>("passphrase"); // empty: no --passphrase-file at all
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("none") << QByteArray() << 2 << u"--passphrase-file"_s;
        QTest::newRow("too short") << QByteArray("beans\n") << 1 << u"at least 12"_s;
        QTest::newRow("digits") << QByteArray("312555017599\n") << 1 << u"digits"_s;
        QTest::newRow("common") << QByteArray("Password2024!\n") << 1 << u"password"_s;
        QTest::newRow("the pantry's name")
            << QByteArray("Westside Pantry 1\n") << 1 << u"pantry's name"_s;
    }

    void initNeedsAGoodPassphrase() {
        QFETCH(QByteArray, passphrase);
        QFETCH(int, code);
        QFETCH(QString, mentions);
        const QString path = newPath();
        QStringList arguments{u"--db"_s, path, u"init"_s, u"--site-name"_s, u"Westside"_s};
        if (!passphrase.isEmpty()) {
            const QString file =
                m_dir.filePath(u"weak-%1.txt"_s.arg(QString::fromUtf8(QTest::currentDataTag())));
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(passphrase);
            out.close();
            arguments << u"--passphrase-file"_s << file;
        }
        const Run run = cli(arguments);
        QCOMPARE(run.code, code);
        QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(path));
    }

    void initIntoMissingFolderFails() {
        const Run run = cli({u"--db"_s, m_dir.filePath(u"no/such/folder/p.larder"_s), u"init"_s,
                             u"--site-name"_s, u"X"_s, u"--passphrase-file"_s, m_passphraseFile});
        QCOMPARE(run.code, 1);
        verifyOneLineError(run);
        QVERIFY(run.err.contains(u"does not exist"_s));
    }

    // ---- demo, check, stats ----

    void demoThenCheckAndStats() {
        const QString path = demo(50, 7);
        QVERIFY(!path.isEmpty());

        const Run check = cli({u"--db"_s, path, u"check"_s});
        QCOMPARE(check.code, 0);
        QVERIFY2(check.err.isEmpty(), qPrintable(check.err));
        const QStringList lines = check.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 8);
        QVERIFY(lines.first().startsWith(u"ok   integrity: "_s));
        for (const QString& line : lines)
            QVERIFY2(line.startsWith(u"ok   "_s), qPrintable(line));
        for (const char* name : {"foreign keys", "stock on hand", "operation sequence", "clock",
                                 "record operations", "tombstones", "ledger operations"})
            QVERIFY2(check.out.contains(u"ok   "_s + QLatin1String(name) + u':'), name);

        const QJsonObject tables = stats(path);
        QVERIFY(!tables.isEmpty());
        for (const TableDef& table : schema::tables())
            QVERIFY2(tables.contains(table.name), qPrintable(table.name));
        QCOMPARE(tables.size(), schema::tables().size());
        QCOMPARE(tables.value(u"households"_s).toInteger(), 50);
        QVERIFY(tables.value(u"items"_s).toInteger() >= 140);
        QVERIFY(tables.value(u"items"_s).toInteger() <= 160);
        QVERIFY(tables.value(u"item_barcodes"_s).toInteger() >=
                tables.value(u"items"_s).toInteger());
        QCOMPARE(tables.value(u"locations"_s).toInteger(), 7);
        QVERIFY(tables.value(u"suppliers"_s).toInteger() >= 5);
        QVERIFY(tables.value(u"people"_s).toInteger() >= 20);
        QVERIFY(tables.value(u"lots"_s).toInteger() > 0);
        QVERIFY(tables.value(u"stock_movements"_s).toInteger() > 0);
        QVERIFY(tables.value(u"stock_on_hand"_s).toInteger() > 0);
        QVERIFY(tables.value(u"sync_ops"_s).toInteger() >
                tables.value(u"households"_s).toInteger());
        {
            // The demo deletes nothing but what setting stock aside for a day replaces.
            auto store = Store::open(path, test::atTestEpoch());
            QVERIFY(store);
            QCOMPARE((*store)
                         ->connection()
                         .scalar("SELECT count(*) FROM tombstones WHERE tbl NOT IN "
                                 "('run_allocations', 'run_stops')")
                         .toLongLong(),
                     0);
        }

        const Run text = cli({u"--db"_s, path, u"stats"_s});
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.contains(QRegularExpression(u"\\nhouseholds +50\\n"_s)));
    }

    void demoMakesExactlyTheMovementsAskedFor() {
        const QString path = demo(10, 3, 777);
        QVERIFY(!path.isEmpty());
        // The history, plus what last delivery day's outcomes posted and the food bank's
        // delivery for the next day.
        qint64 delivered = 0;
        {
            auto store = Store::open(path, test::atTestEpoch());
            QVERIFY(store);
            delivered =
                (*store)
                    ->connection()
                    .scalar(
                        "SELECT count(*) FROM stock_movements WHERE reference IN "
                        "(SELECT larder_row_key(id) FROM run_stops) OR reason LIKE 'supplier: Food "
                        "bank delivery%'")
                    .toLongLong();
        }
        QCOMPARE(stats(path).value(u"stock_movements"_s).toInteger(), 777 + delivered);
        QCOMPARE(cli({u"--db"_s, path, u"check"_s}).code, 0);
    }

    void demoRefusesAnExistingFile() {
        const QString path = newPath();
        QCOMPARE(cli({u"--db"_s, path, u"init"_s, u"--site-name"_s, u"Mine"_s,
                      u"--passphrase-file"_s, m_passphraseFile})
                     .code,
                 0);
        const QJsonObject before = stats(path);
        const Run run = cli({u"--db"_s, path, u"demo"_s, u"--households"_s, u"5"_s});
        QCOMPARE(run.code, 1);
        verifyOneLineError(run);
        QVERIFY2(run.err.contains(u"already exists"_s), qPrintable(run.err));
        QCOMPARE(stats(path), before);
    }

    void sameSeedGivesTheSameContent() {
        // Both demos see the same LARDER_NOW (CliRun.h), as a script that fixes it would.
        const QString first = demo(40, 11);
        const QString second = demo(40, 11);
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        const Content a = content(first);
        const Content b = content(second);
        QCOMPARE(a.keys(), b.keys());
        for (auto it = a.cbegin(); it != a.cend(); ++it) {
            static const QStringList mayBeEmpty{u"tombstones"_s, u"settings"_s, u"stock_counts"_s,
                                                u"stock_count_lines"_s,
                                                u"matches"_s}; // for a coordinator to confirm
            QVERIFY2(!it.value().isEmpty() || mayBeEmpty.contains(it.key()), qPrintable(it.key()));
            QCOMPARE(it.value().size(), b.value(it.key()).size());
            for (int i = 0; i < it.value().size(); ++i)
                QVERIFY2(it.value().at(i) == b.value(it.key()).at(i),
                         qPrintable(it.key() + u" row "_s + QString::number(i)));
        }
        QCOMPARE(stats(first), stats(second));
    }

    void differentSeedsDiffer() {
        const QString first = demo(40, 1);
        const QString second = demo(40, 2);
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        const Content a = content(first);
        const Content b = content(second);
        QCOMPARE(a.value(u"items"_s).size(), b.value(u"items"_s).size());
        QVERIFY(a.value(u"households"_s) != b.value(u"households"_s));
        QVERIFY(a.value(u"stock_movements"_s) != b.value(u"stock_movements"_s));
    }

    void checkWarnsWhenTheFileIsInASyncedFolder() {
        QVERIFY(QDir(m_dir.path()).mkpath(u"Dropbox (Pantry)/Larder"_s));
        const QString path = m_dir.filePath(u"Dropbox (Pantry)/Larder/east.larder"_s);
        QCOMPARE(cli({u"--db"_s, path, u"init"_s, u"--site-name"_s, u"East"_s,
                      u"--passphrase-file"_s, m_passphraseFile})
                     .code,
                 0);
        const Run run = cli({u"--db"_s, path, u"check"_s});
        QCOMPARE(run.code, 0); // a warning, not a failed check
        QVERIFY(!run.out.contains(u"FAIL"_s));
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(run.err.startsWith(u"Warning: "_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"Dropbox copies off this laptop: "_s +
                                  QDir::toNativeSeparators(m_dir.filePath(u"Dropbox (Pantry)"_s))),
                 qPrintable(run.err));
        // A renamed synced folder, known by the marker its client leaves.
        QVERIFY(QDir(m_dir.path()).mkpath(u"Shared/Larder"_s));
        QFile marker(m_dir.filePath(u"Shared/.nextcloudsync.log"_s));
        QVERIFY(marker.open(QIODevice::WriteOnly));
        marker.close();
        const QString shared = m_dir.filePath(u"Shared/Larder/east.larder"_s);
        QCOMPARE(cli({u"--db"_s, shared, u"init"_s, u"--site-name"_s, u"East"_s,
                      u"--passphrase-file"_s, m_passphraseFile})
                     .code,
                 0);
        const Run nextcloud = cli({u"--db"_s, shared, u"check"_s});
        QCOMPARE(nextcloud.code, 0);
        QVERIFY2(nextcloud.err.contains(u"Nextcloud"_s), qPrintable(nextcloud.err));
    }

    void checkRefusesWhatIsNotALarderFile_data() {
        QTest::addColumn<QByteArray>("kind");
        QTest::newRow("text file") << QByteArray("text");
        QTest::newRow("other SQLite database") << QByteArray("sqlite");
        QTest::newRow("missing file") << QByteArray("missing");
        QTest::newRow("empty file") << QByteArray("empty");
    }

    void checkRefusesWhatIsNotALarderFile() {
        QFETCH(QByteArray, kind);
        const QString path = newPath(u"not-larder"_s);
        if (kind == "text") {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("name,street\nAna,18th St\n");
        } else if (kind == "sqlite") {
            QCOMPARE(execRaw(path + u"-create"_s, "CREATE TABLE t (x); INSERT INTO t VALUES (1);"),
                     QString());
            QVERIFY(QFile::rename(path + u"-create"_s, path));
        } else if (kind == "empty") {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        const Run run = cli({u"--db"_s, path, u"check"_s});
        QCOMPARE(run.code, 1);
        verifyOneLineError(run);
        QVERIFY(run.err.contains(path));
        QVERIFY(run.out.isEmpty());
    }

    void checkDetectsCorruption_data() {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<QString>("failing");
        const QByteArray site =
            "(SELECT number FROM sync_names WHERE name = (SELECT value FROM meta WHERE key = "
            "'site_id'))";
        QTest::newRow("on-hand total edited")
            << QByteArray("DROP TRIGGER stock_on_hand_guard_update;"
                          "UPDATE stock_on_hand SET quantity = quantity + 5 WHERE (item_id, "
                          "location_id, lot_id) = (SELECT item_id, location_id, lot_id FROM "
                          "stock_on_hand ORDER BY 1, 2, 3 LIMIT 1);")
            << u"stock on hand"_s;
        QTest::newRow("on-hand total without movements")
            << QByteArray("DROP TRIGGER stock_on_hand_guard_insert;"
                          "INSERT INTO stock_on_hand VALUES ('no-item', 'no-location', '', 3);")
            << u"stock on hand"_s;
        QTest::newRow("gap in operations")
            << QByteArray("DROP TRIGGER sync_ops_guard_delete; DELETE FROM sync_ops WHERE seq = "
                          "10 AND site = " +
                          site + ";")
            << u"operation sequence"_s;
        QTest::newRow("operation after the clock")
            << QByteArray("DROP TRIGGER sync_ops_guard_update; UPDATE sync_ops SET hlc = (SELECT "
                          "max(hlc) FROM sync_ops) + (60000 << 16) WHERE seq = 5 AND site = " +
                          site + ";")
            << u"clock"_s;
        QTest::newRow("operation naming no field")
            << QByteArray("DROP TRIGGER sync_ops_guard_update; UPDATE sync_ops SET field = 9999 "
                          "WHERE seq = 3 AND site = " +
                          site + ";")
            << u"log dictionaries"_s;
        QTest::newRow("record without operations")
            << QByteArray("DROP TRIGGER items_guard_insert; INSERT INTO items (id, name, "
                          "created_at) VALUES ('01900000-0000-7000-8000-000000000001', "
                          "'Smuggled rice', '2026-01-01');")
            << u"record operations"_s;
        QTest::newRow("deleted record back")
            << QByteArray("DROP TRIGGER tombstones_guard_insert; INSERT INTO tombstones SELECT "
                          "'households', id, 1, 'elsewhere' FROM households ORDER BY id LIMIT 1;")
            << u"tombstones"_s;
        QTest::newRow("ledger row without operation")
            << QByteArray("DROP TRIGGER sync_ops_guard_update; UPDATE sync_ops SET field = "
                          "(SELECT max(number) FROM sync_fields) WHERE field < 0 AND seq = "
                          "(SELECT max(seq) FROM sync_ops WHERE field < 0);")
            << u"ledger operations"_s;
        QTest::newRow("broken reference")
            << QByteArray("DROP TRIGGER item_barcodes_guard_update; UPDATE item_barcodes SET "
                          "item_id = 'no-such-item' WHERE id = (SELECT min(id) FROM "
                          "item_barcodes);")
            << u"foreign keys"_s;
        QTest::newRow("ledger row naming no item")
            << QByteArray("DROP TRIGGER stock_movements_guard_update; UPDATE stock_movements SET "
                          "item_id = 'no-such-item' WHERE id = (SELECT min(id) FROM "
                          "stock_movements);")
            << u"foreign keys"_s;
        QTest::newRow("ledger row naming no location")
            << QByteArray("DROP TRIGGER stock_movements_guard_update; UPDATE stock_movements SET "
                          "location_id = 'no-such-shelf' WHERE id = (SELECT max(id) FROM "
                          "stock_movements);")
            << u"foreign keys"_s;
        QTest::newRow("ledger quantity edited")
            << QByteArray("DROP TRIGGER stock_movements_guard_update; UPDATE stock_movements SET "
                          "quantity = quantity + 1 WHERE id = (SELECT max(id) FROM "
                          "stock_movements);")
            << u"stock on hand"_s;
    }

    void checkDepth() {
        // The ordinary check reads every page (quick_check); --thorough also compares every
        // index with its table (integrity_check), and says which it ran.
        const QString path = demo(20, 5, 300);
        QVERIFY(!path.isEmpty());
        const Run quick = cli({u"--db"_s, path, u"check"_s});
        QCOMPARE(quick.code, 0);
        QVERIFY2(quick.out.startsWith(u"ok   integrity: SQLite's quick_check"_s),
                 qPrintable(quick.out));
        const Run thorough = cli({u"--db"_s, path, u"check"_s, u"--thorough"_s});
        QCOMPARE(thorough.code, 0);
        QVERIFY2(thorough.out.startsWith(u"ok   integrity: SQLite's integrity_check"_s),
                 qPrintable(thorough.out));
        // (and one check more: each personal value a record holds for its insert)
        QCOMPARE(thorough.out.count(u'\n'), quick.out.count(u'\n') + 1);
        QVERIFY2(thorough.out.contains(u"insert values"_s), qPrintable(thorough.out));
        // An index that disagrees with its table: only the thorough check reads indexes
        // against their tables.
        // Larder's connections are defensive (no writable_schema): a plain SQLite handle, as
        // another tool would use.
        sqlite3* raw = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
        const int rc = sqlite3_exec(raw,
                                    "PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql = "
                                    "replace(sql, '(item_id, at)', '(at, item_id)') WHERE name = "
                                    "'stock_movements_by_item'; PRAGMA writable_schema = OFF;",
                                    nullptr, nullptr, nullptr);
        sqlite3_close(raw);
        QCOMPARE(rc, SQLITE_OK);
        const Run stillQuick = cli({u"--db"_s, path, u"check"_s});
        QVERIFY2(stillQuick.out.startsWith(u"ok   integrity: "_s), qPrintable(stillQuick.out));
        const Run damaged = cli({u"--db"_s, path, u"check"_s, u"--thorough"_s});
        QCOMPARE(damaged.code, 1);
        QVERIFY2(damaged.out.startsWith(u"FAIL integrity: "_s), qPrintable(damaged.out));
    }

    void droppedGuardIsRestoredBeforeCheck() {
        // Another tool dropped a guard trigger: opening the file puts it back, so check passes.
        const QString path = demo(20, 5, 300);
        QVERIFY(!path.isEmpty());
        QCOMPARE(execRaw(path, "DROP TRIGGER locations_guard_delete;"), QString());
        const Run run = cli({u"--db"_s, path, u"check"_s});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(u"ok   guards: "_s), qPrintable(run.out));
    }

    void checkDetectsCorruption() {
        QFETCH(QByteArray, sql);
        QFETCH(QString, failing);
        const QString path = demo(20, 5, 300);
        QVERIFY(!path.isEmpty());
        QCOMPARE(execRaw(path, sql), QString());
        const Run run = cli({u"--db"_s, path, u"check"_s});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.out.contains(u"\nFAIL "_s + failing + u": "_s) ||
                     run.out.startsWith(u"FAIL "_s + failing + u": "_s),
                 qPrintable(run.out));
        verifyOneLineError(run);
        QVERIFY2(run.err.contains(failing), qPrintable(run.err));
        // The integrity of the file itself is not in question.
        QVERIFY(run.out.startsWith(u"ok   integrity: "_s));
    }

    // ---- usage errors ----

    void usageErrors_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        const QString db = u"usage.larder"_s;
        QTest::newRow("nothing") << QStringList{} << u"no command"_s;
        QTest::newRow("missing --db") << QStringList{u"check"_s} << u"--db"_s;
        QTest::newRow("--db without value") << QStringList{u"--db"_s} << u"--db"_s;
        QTest::newRow("unknown command")
            << QStringList{u"--db"_s, db, u"frobnicate"_s} << u"frobnicate"_s;
        QTest::newRow("unknown global option")
            << QStringList{u"--frob"_s, u"check"_s} << u"--frob"_s;
        QTest::newRow("unknown option")
            << QStringList{u"--db"_s, db, u"check"_s, u"--bogus"_s} << u"bogus"_s;
        QTest::newRow("non-numeric households")
            << QStringList{u"--db"_s, db, u"demo"_s, u"--households"_s, u"abc"_s}
            << u"--households"_s;
        QTest::newRow("negative households")
            << QStringList{u"--db"_s, db, u"demo"_s, u"--households"_s, u"-5"_s}
            << u"--households"_s;
        QTest::newRow("non-numeric seed")
            << QStringList{u"--db"_s, db, u"demo"_s, u"--seed"_s, u"seven"_s} << u"--seed"_s;
        QTest::newRow("missing value")
            << QStringList{u"--db"_s, db, u"demo"_s, u"--households"_s} << u"households"_s;
        QTest::newRow("init without a name")
            << QStringList{u"--db"_s, db, u"init"_s} << u"--site-name"_s;
        QTest::newRow("unexpected argument")
            << QStringList{u"--db"_s, db, u"stats"_s, u"extra"_s} << u"extra"_s;
    }

    void usageErrors() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const Run run = cli(arguments);
        QCOMPARE(run.code, 2);
        verifyOneLineError(run);
        QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
        QVERIFY2(run.err.contains(QRegularExpression(u"see larder-cli( \\w+)? --help"_s)),
                 qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QVERIFY(!QFileInfo::exists(u"usage.larder"_s));
    }

    // ---- the core parts, directly ----

    void demoDataIsDeterministic() {
        demo::DemoOptions options;
        options.households = 25;
        options.seed = 99;
        options.movements = 400;
        options.clock = std::make_shared<ManualClock>(test::TestEpochMs);
        const QString first = newPath(u"core"_s);
        const QString second = newPath(u"core"_s);
        auto a = demo::createDemoFile(first, options);
        QVERIFY2(a.ok(), a.ok() ? "" : qPrintable(a.error().toString()));
        auto b = demo::createDemoFile(second, options);
        QVERIFY2(b.ok(), b.ok() ? "" : qPrintable(b.error().toString()));
        QCOMPARE(a->movements, 400);
        QCOMPARE(a->households, 25);
        QCOMPARE(content(first), content(second));
    }

    void fillWorksOnAnyStoreAndKeepsItsInvariants() {
        const QString path = newPath(u"fill"_s);
        auto store = Store::create(path, u"Fill test"_s, test::atTestEpoch());
        QVERIFY(store.ok());
        demo::DemoOptions options;
        options.households = 30;
        options.movements = 1500;
        options.weeksOfHistory = 3;
        qint64 lastDone = -1, total = 0;
        options.progress = [&](qint64 done, qint64 all) {
            QVERIFY(done > lastDone);
            lastDone = done;
            total = all;
        };
        auto summary = demo::fill(**store, options);
        QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().toString()));
        QCOMPARE(lastDone, total);
        QCOMPARE(summary->movements, 1500);
        LARDER_VERIFY_OK(test::integrity(**store));

        sql::Connection& db = (*store)->connection();
        QCOMPARE(db.scalar("SELECT count(*) FROM stock_on_hand WHERE quantity < 0").toInt(), 0);
        QCOMPARE(db.scalar("SELECT count(*) FROM stock_movements").toInt(), 1500);
        // Every kind of movement, and a move is a pair that sums to nothing.
        for (const char* kind : {"received", "distributed", "disposed", "counted", "moved"})
            QVERIFY2(db.scalar(QByteArray("SELECT count(*) FROM stock_movements WHERE kind = '") +
                               kind + "'")
                             .toInt() > 0,
                     kind);
        QCOMPARE(db.scalar("SELECT count(*) FROM (SELECT reference FROM stock_movements WHERE "
                           "kind = 'moved' GROUP BY reference HAVING count(*) != 2 OR "
                           "sum(quantity) != 0)")
                     .toInt(),
                 0);
        // Movements walk forward through the history and are recorded by people on shift.
        QCOMPARE(db.scalar("SELECT count(*) FROM stock_movements WHERE recorded_by IS NULL "
                           "OR recorded_by NOT IN (SELECT larder_row_key(id) FROM people)")
                     .toInt(),
                 0);
        QVERIFY(db.scalar("SELECT count(DISTINCT recorded_by) FROM stock_movements").toInt() > 3);
        QVERIFY(db.scalar("SELECT count(DISTINCT substr(larder_moment_text(at), 1, 10)) FROM "
                          "stock_movements")
                    .toInt() >= 18);
        // Perishable lots have expiry dates; others do not.
        QCOMPARE(db.scalar("SELECT count(*) FROM lots JOIN items i ON i.id = lots.item_id "
                           "WHERE (i.perishable = 1) != (lots.expiry IS NOT NULL)")
                     .toInt(),
                 0);
    }

    void demoDataLooksReal() {
        const QString path = newPath(u"real"_s);
        demo::DemoOptions options;
        options.households = 400;
        options.clock = std::make_shared<ManualClock>(test::TestEpochMs);
        auto made = demo::createDemoFile(path, options);
        QVERIFY(made.ok());
        sql::Connection db(path, sql::Connection::OpenMode::ReadOnly);

        // Barcodes are EAN-13 with a correct check digit, and unique.
        sql::Statement codes = db.prepare("SELECT code FROM item_barcodes");
        int count = 0;
        while (codes.step()) {
            const QString code = codes.text(0);
            QVERIFY2(code.size() == 13, qPrintable(code));
            int sum = 0;
            for (int i = 0; i < 12; ++i)
                sum += code.at(i).digitValue() * (i % 2 ? 3 : 1);
            QCOMPARE(code.at(12).digitValue(), (10 - sum % 10) % 10);
            ++count;
        }
        QCOMPARE(db.scalar("SELECT count(DISTINCT code) FROM item_barcodes").toInt(), count);

        // Every category, dietary tags only from the vocabulary.
        QCOMPARE(db.scalar("SELECT count(DISTINCT category) FROM items").toInt(), 9);
        const QStringList vocabulary{
            u"halal"_s,       u"kosher"_s,   u"vegetarian"_s,        u"vegan"_s,
            u"gluten-free"_s, u"nut-free"_s, u"diabetic-friendly"_s, u"low-sodium"_s};
        for (const char* table : {"items", "households"}) {
            sql::Statement tags = db.prepare(QByteArray("SELECT DISTINCT dietary_tags FROM ") +
                                             table + " WHERE dietary_tags != ''");
            while (tags.step()) {
                for (const QString& tag : tags.text(0).split(u','))
                    QVERIFY2(vocabulary.contains(tag), qPrintable(tag));
            }
        }

        // Households sit around the pantry (about 1850 S Blue Island Ave), in Chicago ZIPs.
        QVERIFY(db.scalar("SELECT count(*) FROM households WHERE latitude IS NOT NULL AND NOT "
                          "(latitude BETWEEN 41.82 AND 41.86 AND longitude BETWEEN -87.71 AND "
                          "-87.64)")
                    .toInt() == 0);
        QVERIFY(db.scalar("SELECT count(*) FROM households WHERE postal_code NOT IN ('60608', "
                          "'60623', '60616')")
                    .toInt() == 0);
        const int meetingPoints =
            db.scalar("SELECT count(*) FROM households WHERE meeting_point IS NOT NULL AND "
                      "street IS NULL AND latitude IS NULL")
                .toInt();
        QVERIFY(meetingPoints > 0 && meetingPoints < 40);
        const int noCoordinates =
            db.scalar("SELECT count(*) FROM households WHERE street IS NOT NULL AND latitude IS "
                      "NULL")
                .toInt();
        QVERIFY(noCoordinates > 0 && noCoordinates < 60);
        const int withPhone =
            db.scalar("SELECT count(*) FROM households WHERE phone IS NOT NULL").toInt();
        QVERIFY(withPhone > 180 && withPhone < 300);
        QVERIFY(db.scalar("SELECT count(*) FROM households WHERE languages LIKE 'es%'").toInt() >
                200);
        // Drivers have vehicles; some volunteers are also households.
        QCOMPARE(db.scalar("SELECT count(*) FROM people WHERE roles LIKE '%driver%' AND "
                           "vehicle_capacity NOT BETWEEN 6 AND 20")
                     .toInt(),
                 0);
        QVERIFY(db.scalar("SELECT count(*) FROM people WHERE household_id IS NOT NULL").toInt() >
                0);
        QVERIFY(db.scalar("SELECT count(*) FROM suppliers WHERE pickup_days != ''").toInt() >= 5);
        // The history ends before today.
        QVERIFY(db.scalar("SELECT larder_moment_text(max(at)) FROM stock_movements").toString() <
                cliTestToday().toString(Qt::ISODate));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
