// SPDX-License-Identifier: GPL-3.0-or-later
// The sync commands of larder-cli (init with a network, sync export/import/status/conflicts/
// resolve, dump), run through QProcess against the built binary with LARDER_KDF=minimal: story 5
// end to end, and every kind of bad file refused by name with nothing changed.

#include "core/demo/DemoData.h"
#include "core/identity/Clock.h"
#include "core/storage/KeyRing.h"
#include "core/storage/Sqlite.h"
#include "core/storage/Store.h"
#include "core/sync/Replicator.h"
#include "tests/CliRun.h"
#include "tests/TestSupport.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;
using namespace larder;

namespace {

const QByteArray Passphrase("lentils and rice every thursday");

using Run = CliRun;

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

} // namespace

// Two pantries of one network exchanging files through larder-cli, as coordinators' scripts
// would: what they print, what they refuse, and that both laptops end with the same data.
class TestCliSync : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QString m_passphraseFile;
    QStringList m_leaks; // runs whose output showed the passphrase

    QString newPath(const QString& stem, const QString& suffix = u".larder"_s) {
        return m_dir.filePath(stem + u'-' + QString::number(++m_files) + suffix);
    }

    Run cli(const QStringList& arguments, const QByteArray& kdf = "minimal") {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (kdf.isEmpty())
            environment.remove(u"LARDER_KDF"_s);
        else
            environment.insert(u"LARDER_KDF"_s, QString::fromLatin1(kdf));
        Run run = runCli(arguments, environment);
        if (run.out.contains(QString::fromUtf8(Passphrase)) ||
            run.err.contains(QString::fromUtf8(Passphrase)))
            m_leaks.append(arguments.join(u' '));
        return run;
    }

    // `larder-cli --db path ARGS...`
    Run on(const QString& path, const QStringList& arguments) {
        return cli(QStringList{u"--db"_s, path} + arguments);
    }

    QString network(const QString& name) {
        const QString path = newPath(name);
        const Run run =
            on(path, {u"init"_s, u"--site-name"_s, name, u"--passphrase-file"_s, m_passphraseFile});
        if (run.code != 0) {
            qWarning("init failed (%d): %s", run.code, qPrintable(run.err));
            return {};
        }
        return path;
    }

    QString joined(const QString& name, const QString& file) {
        const QString path = newPath(name);
        const Run run = on(path, {u"init"_s, u"--site-name"_s, name, u"--join"_s, file,
                                  u"--passphrase-file"_s, m_passphraseFile});
        if (run.code != 0) {
            qWarning("join failed (%d): %s", run.code, qPrintable(run.err));
            return {};
        }
        return path;
    }

    // Exports everything (or what `forSite` lacks); empty when it failed.
    QString exportFrom(const QString& db, const QString& forSite = {}) {
        const QString file = newPath(u"sync"_s, u".lardersync"_s);
        QStringList arguments{u"sync"_s, u"export"_s, file, u"--passphrase-file"_s,
                              m_passphraseFile};
        if (!forSite.isEmpty())
            arguments << u"--for"_s << forSite;
        const Run run = on(db, arguments);
        if (run.code != 0) {
            qWarning("export failed (%d): %s", run.code, qPrintable(run.err));
            return {};
        }
        return file;
    }

    QJsonObject importInto(const QString& db, const QStringList& files) {
        const Run run =
            on(db, QStringList{u"sync"_s, u"import"_s} + files +
                       QStringList{u"--passphrase-file"_s, m_passphraseFile, u"--json"_s});
        if (run.code != 0)
            qWarning("import failed (%d): %s", run.code, qPrintable(run.err));
        return run.json();
    }

    QString digestOf(const QString& db) { return on(db, {u"dump"_s, u"--digest"_s}).out.trimmed(); }

    QJsonObject stats(const QString& db) {
        return on(db, {u"stats"_s, u"--json"_s}).json().value(u"tables"_s).toObject();
    }

    QJsonObject status(const QString& db) {
        return on(db, {u"sync"_s, u"status"_s, u"--json"_s}).json();
    }

    QJsonArray conflicts(const QString& db) {
        return on(db, {u"sync"_s, u"conflicts"_s, u"--json"_s})
            .json()
            .value(u"conflicts"_s)
            .toArray();
    }

    // A pantry of the suite opened as a coordinator would: unlocked with the network's passphrase.
    static Result<std::unique_ptr<Store>> openUnlocked(const QString& db) {
        auto store = Store::open(db, test::atTestEpoch());
        if (store && (*store)->protection() == Store::Protection::Locked) {
            if (auto unlocked = (*store)->unlock(Passphrase); !unlocked)
                return unlocked.error();
        }
        return store;
    }

    // Demo-like data through the core (households, people, catalog, weeks of stock history),
    // written the way the app writes: every row has its operations.
    static QString fillDemo(const QString& db, int households, qint64 movements) {
        auto store = openUnlocked(db);
        if (!store)
            return store.error().toString();
        demo::DemoOptions options;
        options.households = households;
        options.movements = movements;
        options.weeksOfHistory = 2;
        auto filled = demo::fill(**store, options);
        return filled ? QString() : filled.error().toString();
    }

    // A household's door note, changed as a volunteer would on that laptop.
    static QString setDoorNote(const QString& db, const QString& household, const QString& note) {
        auto store = openUnlocked(db);
        if (!store)
            return store.error().toString();
        auto written = (*store)->write([&](Writer& w) {
            w.update(u"households", household, {{u"delivery_notes"_s, note}});
        });
        return written ? QString() : written.error().toString();
    }

    static QVariant field(const QString& db, const QString& table, const QString& id,
                          const QString& column) {
        auto store = openUnlocked(db);
        return store ? (*store)->record(table, id).value(column) : QVariant();
    }

    static QString firstHousehold(const QString& db) {
        auto store = openUnlocked(db);
        if (!store)
            return {};
        return (*store)
            ->connection()
            .scalar("SELECT id FROM households ORDER BY id LIMIT 1")
            .toString();
    }

    static QJsonObject withoutImportLog(QJsonObject tables) {
        tables.remove(u"sync_imports"_s);
        return tables;
    }

    static void verifyOneLineError(const Run& run) {
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(run.err.endsWith(u'\n'), qPrintable(run.err));
    }

    // Imports `file` into `db` and expects it refused, naming the file and saying `why`, with the
    // data, the counts and the import log unchanged.
    void expectRefused(const QString& db, const QString& file, const QString& why,
                       const QString& passphraseFile = {}, const QString& named = {}) {
        const QString digestBefore = digestOf(db);
        const QJsonObject statsBefore = stats(db);
        const Run run = on(db, {u"sync"_s, u"import"_s, file, u"--passphrase-file"_s,
                                passphraseFile.isEmpty() ? m_passphraseFile : passphraseFile});
        QCOMPARE(run.code, 1);
        verifyOneLineError(run);
        QVERIFY2(run.err.contains(named.isEmpty() ? file : named), qPrintable(run.err));
        QVERIFY2(run.err.contains(why, Qt::CaseInsensitive), qPrintable(run.err));
        QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
        QCOMPARE(digestOf(db), digestBefore);
        QCOMPARE(stats(db), statsBefore);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(QFileInfo::exists(QStringLiteral(LARDER_CLI_PATH)), LARDER_CLI_PATH);
        QVERIFY(m_dir.isValid());
        m_passphraseFile = m_dir.filePath(u"passphrase.txt"_s);
        QVERIFY(writeAll(m_passphraseFile, Passphrase + '\n'));
        // The network's pantries are protected with this passphrase: commands that show or
        // change household details read it from here (detailsNeedThePassphrase runs without).
        qputenv("LARDER_PASSPHRASE_FILE", m_passphraseFile.toUtf8());
    }

    void detailsNeedThePassphrase() {
        const QString east = network(u"Eastside"_s);
        QVERIFY(!east.isEmpty());
        const QString csv = newPath(u"households"_s, u".csv"_s);
        QVERIFY(
            writeAll(csv, "chosen_name,street,phone\nFamilia Ortiz,2376 W 25th St,312 555 0175\n"));
        QCOMPARE(on(east, {u"households"_s, u"import"_s, csv}).code, 0);
        const QByteArray saved = qgetenv("LARDER_PASSPHRASE_FILE");
        qunsetenv("LARDER_PASSPHRASE_FILE");
        const Run locked = on(east, {u"households"_s, u"list"_s});
        const Run stock = on(east, {u"stock"_s});
        const Run unlocked =
            on(east, {u"households"_s, u"list"_s, u"--passphrase-file"_s, m_passphraseFile});
        qputenv("LARDER_PASSPHRASE_FILE", saved);
        QCOMPARE(locked.code, 1);
        verifyOneLineError(locked);
        QVERIFY2(locked.err.contains(u"locked"_s), qPrintable(locked.err));
        QVERIFY2(locked.err.contains(u"--passphrase-file"_s), qPrintable(locked.err));
        QVERIFY2(!locked.out.contains(u"Ortiz"_s), qPrintable(locked.out));
        QCOMPARE(stock.code, 0); // stock needs no passphrase
        QCOMPARE(unlocked.code, 0);
        QVERIFY2(unlocked.out.contains(u"Familia Ortiz"_s), qPrintable(unlocked.out));
        // On disk, nothing of it in the clear.
        QVERIFY(!readAll(east).contains("Ortiz"));
    }

    void cleanup() {
        const QStringList leaks = std::exchange(m_leaks, {});
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u"; "_s)));
    }

    // ---- help ----

    void help_data() {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<bool>("derivesKey");
        QTest::newRow("init") << QStringList{u"init"_s} << true;
        QTest::newRow("sync") << QStringList{u"sync"_s} << false;
        QTest::newRow("sync export") << QStringList{u"sync"_s, u"export"_s} << true;
        QTest::newRow("sync import") << QStringList{u"sync"_s, u"import"_s} << true;
        QTest::newRow("sync status") << QStringList{u"sync"_s, u"status"_s} << false;
        QTest::newRow("sync conflicts") << QStringList{u"sync"_s, u"conflicts"_s} << false;
        QTest::newRow("sync resolve") << QStringList{u"sync"_s, u"resolve"_s} << false;
        QTest::newRow("sync members") << QStringList{u"sync"_s, u"members"_s} << false;
        QTest::newRow("sync revoke") << QStringList{u"sync"_s, u"revoke"_s} << false;
        QTest::newRow("dump") << QStringList{u"dump"_s} << false;
    }

    // ---- members and revoke ----

    void membersAreListedAndALostLaptopIsRevoked() {
        const QString east = network(u"East"_s);
        const QString hall = joined(u"Church hall"_s, exportFrom(east));
        QVERIFY(!hall.isEmpty());
        importInto(east, {exportFrom(hall)});
        const Run listed = on(east, {u"sync"_s, u"members"_s, u"--json"_s});
        QCOMPARE(listed.code, 0);
        const QJsonArray members = listed.json().value(u"members"_s).toArray();
        QCOMPARE(members.size(), 2);
        QVERIFY(members.at(0).toObject().value(u"self"_s).toBool());
        const QJsonObject other = members.at(1).toObject();
        QCOMPARE(other.value(u"name"_s).toString(), u"Church hall"_s);
        QVERIFY(other.value(u"id_from_key"_s).toBool());
        QCOMPARE(other.value(u"fingerprint"_s).toString().size(), 19); // "abcd abcd abcd abcd"
        // The text list says the same, one line per laptop.
        const Run text = on(east, {u"sync"_s, u"members"_s});
        QVERIFY2(text.out.contains(other.value(u"fingerprint"_s).toString()), qPrintable(text.out));
        QVERIFY2(text.out.contains(u"this laptop"_s), qPrintable(text.out));

        const Run revoked = on(east, {u"sync"_s, u"revoke"_s, u"church HALL"_s});
        QCOMPARE(revoked.code, 0);
        QVERIFY2(revoked.out.contains(u"Revoked \"Church hall\""_s), qPrintable(revoked.out));
        QVERIFY2(revoked.out.contains(u"passphrase rotate"_s), qPrintable(revoked.out));
        // The lost laptop's next file is refused whole; a second revoke or an unknown name is
        // refused with a message, as is revoking this laptop itself.
        expectRefused(east, exportFrom(hall), u"revoked"_s);
        for (const QString& name : {u"Church hall"_s, u"Nobody"_s, u"East"_s}) {
            const Run again = on(east, {u"sync"_s, u"revoke"_s, name});
            QCOMPARE(again.code, 1);
            verifyOneLineError(again);
        }
        const QJsonObject afterwards = on(east, {u"sync"_s, u"members"_s, u"--json"_s})
                                           .json()
                                           .value(u"members"_s)
                                           .toArray()
                                           .at(1)
                                           .toObject();
        QVERIFY(afterwards.contains(u"revoked_after"_s));
        QCOMPARE(afterwards.value(u"revoked_by"_s).toString(), u"East"_s);
    }

    void help() {
        QFETCH(QStringList, command);
        QFETCH(bool, derivesKey);
        const Run run = cli(command + QStringList{u"--help"_s});
        QCOMPARE(run.code, 0);
        QVERIFY(run.err.isEmpty());
        QVERIFY2(run.out.startsWith(u"Usage: larder-cli --db FILE "_s + command.join(u' ')),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(u"Example:\n  larder-cli --db "_s), qPrintable(run.out));
        if (derivesKey) {
            QVERIFY2(run.out.contains(u"LARDER_KDF=minimal"_s), qPrintable(run.out));
            QVERIFY2(run.out.simplified().contains(u"For tests only"_s), qPrintable(run.out));
            QVERIFY2(run.out.contains(u"--passphrase-file P"_s), qPrintable(run.out));
        }
        // "larder-cli help sync export" is the same help.
        const Run viaHelp = cli(QStringList{u"help"_s} + command);
        QCOMPARE(viaHelp.code, 0);
        QCOMPARE(viaHelp.out, run.out);
    }

    void globalHelpListsSyncAndDump() {
        const Run run = cli({u"--help"_s});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(QRegularExpression(u"\n  sync +Share data"_s)));
        QVERIFY(run.out.contains(QRegularExpression(u"\n  dump +Print the data"_s)));
    }

    // ---- networks ----

    void initWithAPassphraseStartsANetwork() {
        const QString path = newPath(u"east"_s);
        const Run run = on(path, {u"init"_s, u"--site-name"_s, u"Eastside"_s,
                                  u"--passphrase-file"_s, m_passphraseFile});
        QCOMPARE(run.code, 0);
        QVERIFY(run.err.isEmpty());
        QVERIFY2(run.out.contains(u"new network"_s), qPrintable(run.out));
        const QJsonObject s = status(path);
        QCOMPARE(s.value(u"name"_s).toString(), u"Eastside"_s);
        QVERIFY(s.value(u"passphrase_set"_s).toBool());
        QCOMPARE(s.value(u"network"_s).toString().size(), 32);
        QVERIFY(s.value(u"site"_s).toString() != s.value(u"network"_s).toString());
        // The passphrase is kept only as a verifier.
        QVERIFY(!readAll(path).contains(Passphrase));
    }

    // init makes no pantry without a passphrase; one from before (or the demo) has none and
    // cannot export until it gets one.
    void aPantryWithoutAPassphraseIsOnItsOwn() {
        const QString path = newPath(u"alone"_s);
        const Run refused = on(path, {u"init"_s, u"--site-name"_s, u"Alone"_s});
        QCOMPARE(refused.code, 2);
        QVERIFY2(refused.err.contains(u"--passphrase-file"_s), qPrintable(refused.err));
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(on(path, {u"demo"_s, u"--households"_s, u"3"_s}).code, 0);
        QVERIFY(!status(path).value(u"passphrase_set"_s).toBool());
        const Run text = on(path, {u"sync"_s, u"status"_s});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(u"none yet"_s), qPrintable(text.out));
        const QString file = newPath(u"alone"_s, u".lardersync"_s);
        const Run run =
            on(path, {u"sync"_s, u"export"_s, file, u"--passphrase-file"_s, m_passphraseFile});
        QCOMPARE(run.code, 1);
        verifyOneLineError(run);
        QVERIFY2(run.err.contains(u"no network passphrase yet"_s), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(file));
    }

    void badPassphraseFilesAreRefusedAndLeaveNoFile_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QByteArray() << u"empty"_s;
        QTest::newRow("empty first line") << QByteArray("\nbeans on tuesday\n") << u"empty"_s;
        QTest::newRow("windows line end only") << QByteArray("\r\n") << u"empty"_s;
        QTest::newRow("too short") << QByteArray("beans\n") << u"at least 12"_s;
        QTest::newRow("the pantry's name") << QByteArray("eastside eastside\n") << u"name"_s;
    }

    void badPassphraseFilesAreRefusedAndLeaveNoFile() {
        QFETCH(QByteArray, content);
        QFETCH(QString, mentions);
        const QString passphraseFile = newPath(u"passphrase"_s, u".txt"_s);
        QVERIFY(writeAll(passphraseFile, content));
        const QString path = newPath(u"refused"_s);
        const Run run = on(path, {u"init"_s, u"--site-name"_s, u"Eastside"_s,
                                  u"--passphrase-file"_s, passphraseFile});
        QCOMPARE(run.code, 1);
        verifyOneLineError(run);
        QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
        QVERIFY2(run.err.contains(passphraseFile), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(path));
    }

    void missingPassphraseFileIsRefused() {
        const QString path = newPath(u"refused"_s);
        const Run run = on(path, {u"init"_s, u"--site-name"_s, u"Eastside"_s,
                                  u"--passphrase-file"_s, m_dir.filePath(u"no-such-file"_s)});
        QCOMPARE(run.code, 1);
        verifyOneLineError(run);
        QVERIFY2(run.err.contains(u"cannot be read"_s), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(path));
    }

    void passphraseLineEndsAreNotPartOfIt() {
        // The same passphrase written with a Windows line end, or none, opens the same files.
        const QString east = network(u"Eastside"_s);
        QVERIFY(!east.isEmpty());
        const QString crlf = newPath(u"crlf"_s, u".txt"_s);
        const QString bare = newPath(u"bare"_s, u".txt"_s);
        QVERIFY(writeAll(crlf, Passphrase + "\r\nsecond line is ignored\n"));
        QVERIFY(writeAll(bare, Passphrase));
        const QString file = newPath(u"sync"_s, u".lardersync"_s);
        QCOMPARE(on(east, {u"sync"_s, u"export"_s, file, u"--passphrase-file"_s, crlf}).code, 0);
        const Run run = on(east, {u"sync"_s, u"import"_s, file, u"--passphrase-file"_s, bare});
        QCOMPARE(run.code, 0);
    }

    // ---- story 5: two pantries, one network ----

    void storyFiveTwoPantriesOneNetwork() {
        // Eastside starts the network and has been in use for a while.
        const QString east = network(u"Eastside"_s);
        QVERIFY(!east.isEmpty());
        const QString filled = fillDemo(east, 12, 80);
        QVERIFY2(filled.isEmpty(), qPrintable(filled));
        QCOMPARE(on(east, {u"locations"_s, u"add"_s, u"--name"_s, u"Back room"_s, u"--kind"_s,
                           u"shelf"_s})
                     .code,
                 0);
        QCOMPARE(on(east, {u"items"_s, u"add"_s, u"--name"_s, u"Test lentils 1 lb"_s,
                           u"--category"_s, u"food"_s})
                     .code,
                 0);

        // It exports to the stick; the Westside laptop joins from that file.
        const QString firstFile = newPath(u"eastside"_s, u".lardersync"_s);
        Run run = on(east, {u"sync"_s, u"export"_s, firstFile, u"--passphrase-file"_s,
                            m_passphraseFile, u"--json"_s});
        QCOMPARE(run.code, 0);
        const qint64 operations = run.json().value(u"operations"_s).toInteger();
        QVERIFY2(operations > 12 * 20, qPrintable(run.out));
        QCOMPARE(run.json().value(u"bytes"_s).toInteger(), QFileInfo(firstFile).size());
        run = on(east, {u"sync"_s, u"export"_s, newPath(u"text"_s, u".lardersync"_s),
                        u"--passphrase-file"_s, m_passphraseFile});
        QCOMPARE(run.code, 0);
        QVERIFY2(
            run.out.contains(QRegularExpression(u"%1 operations, \\d+ bytes"_s.arg(operations))),
            qPrintable(run.out));

        const QString westPath = newPath(u"west"_s);
        run = on(westPath, {u"init"_s, u"--site-name"_s, u"Westside"_s, u"--join"_s, firstFile,
                            u"--passphrase-file"_s, m_passphraseFile});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(u"%1 changes from \"Eastside\""_s.arg(operations)),
                 qPrintable(run.out));
        const QString west = westPath;
        QCOMPARE(status(west).value(u"network"_s), status(east).value(u"network"_s));
        QVERIFY(status(west).value(u"site"_s) != status(east).value(u"site"_s));
        QCOMPARE(digestOf(west), digestOf(east));

        // Both laptops work: stock on each, and the same household's door note on both, neither
        // having seen the other's (Westside's is the newer).
        QCOMPARE(on(east, {u"receive"_s, u"--item"_s, u"Test lentils 1 lb"_s, u"--quantity"_s,
                           u"12"_s, u"--location"_s, u"Back room"_s})
                     .code,
                 0);
        QCOMPARE(on(west, {u"locations"_s, u"add"_s, u"--name"_s, u"Westside garage"_s, u"--kind"_s,
                           u"hub"_s})
                     .code,
                 0);
        QCOMPARE(on(west, {u"receive"_s, u"--item"_s, u"Test lentils 1 lb"_s, u"--quantity"_s,
                           u"5"_s, u"--location"_s, u"Westside garage"_s})
                     .code,
                 0);
        const QString household = firstHousehold(east);
        QVERIFY(!household.isEmpty());
        QString edited = setDoorNote(east, household, u"Side door, ring twice"_s);
        QVERIFY2(edited.isEmpty(), qPrintable(edited));
        QTest::qWait(5); // a later wall-clock time on the same machine
        edited = setDoorNote(west, household, u"Back gate, knock"_s);
        QVERIFY2(edited.isEmpty(), qPrintable(edited));
        QVERIFY(digestOf(west) != digestOf(east));

        // Westside exports back only what Eastside lacks; Eastside exports everything.
        const QString westFile = exportFrom(west, u"Eastside"_s);
        const QString eastFile = exportFrom(east);
        QVERIFY(!westFile.isEmpty() && !eastFile.isEmpty());
        const QJsonObject intoEast = importInto(east, {westFile});
        const QJsonObject eastReport = intoEast.value(u"files"_s).toArray().at(0).toObject();
        QVERIFY2(eastReport.value(u"ok"_s).toBool(), QJsonDocument(intoEast).toJson().constData());
        QCOMPARE(eastReport.value(u"from_name"_s).toString(), u"Westside"_s);
        QVERIFY(eastReport.value(u"applied"_s).toInteger() > 0);
        QCOMPARE(eastReport.value(u"skipped"_s).toInteger(), 0); // --for sent only what it lacked
        QCOMPARE(eastReport.value(u"conflicts"_s).toInteger(), 1);
        QVERIFY2(!eastReport.value(u"clock_warning"_s).toBool(),
                 QJsonDocument(intoEast).toJson().constData());

        run =
            on(west, {u"sync"_s, u"import"_s, eastFile, u"--passphrase-file"_s, m_passphraseFile});
        QCOMPARE(run.code, 0);
        QVERIFY(run.err.isEmpty());
        QVERIFY2(run.out.contains(QRegularExpression(
                     u"from \"Eastside\" \\(site \\w+\\): \\d+ operations applied, \\d+ already "
                     u"here \\(skipped\\), 1 new conflicts to review"_s)),
                 qPrintable(run.out));

        // The same data on both laptops; the newer door note won everywhere.
        const QString digest = digestOf(east);
        QCOMPARE(digest.size(), 64);
        QCOMPARE(digestOf(west), digest);
        QCOMPARE(field(east, u"households"_s, household, u"delivery_notes"_s).toString(),
                 u"Back gate, knock"_s);
        QCOMPARE(on(east, {u"check"_s}).code, 0);
        QCOMPARE(on(west, {u"check"_s}).code, 0);

        // ... and the other is listed for review on both.
        const QJsonArray eastConflicts = conflicts(east);
        QCOMPARE(eastConflicts.size(), 1);
        const QJsonObject conflict = eastConflicts.at(0).toObject();
        QCOMPARE(conflict.value(u"table"_s).toString(), u"households"_s);
        QCOMPARE(conflict.value(u"row_id"_s).toString(), household);
        QCOMPARE(conflict.value(u"column"_s).toString(), u"delivery_notes"_s);
        QCOMPARE(conflict.value(u"kept_value"_s).toString(), u"Back gate, knock"_s);
        QCOMPARE(conflict.value(u"kept_name"_s).toString(), u"Westside"_s);
        QCOMPARE(conflict.value(u"lost_value"_s).toString(), u"Side door, ring twice"_s);
        QCOMPARE(conflict.value(u"lost_name"_s).toString(), u"Eastside"_s);
        QCOMPARE(conflicts(west).size(), 1);
        run = on(east, {u"sync"_s, u"conflicts"_s});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(u"kept \"Back gate, knock\" (from \"Westside\"), replaced "
                                  u"\"Side door, ring twice\" (from \"Eastside\")"_s),
                 qPrintable(run.out));

        // Status: who is who, what each holds, what came from whom.
        const QJsonObject s = status(east);
        QCOMPARE(s.value(u"open_conflicts"_s).toInt(), 1);
        QCOMPARE(s.value(u"version_vector"_s).toObject().size(), 2);
        const QJsonArray peers = s.value(u"peers"_s).toArray();
        QCOMPARE(peers.size(), 1);
        QCOMPARE(peers.at(0).toObject().value(u"name"_s).toString(), u"Westside"_s);
        QCOMPARE(peers.at(0).toObject().value(u"version_vector"_s).toObject().size(), 2);
        QVERIFY(peers.at(0).toObject().value(u"file_created_ms"_s).toInteger() > 0);
        const QJsonArray imports = s.value(u"recent_imports"_s).toArray();
        QCOMPARE(imports.size(), 1);
        QCOMPARE(imports.at(0).toObject().value(u"file"_s).toString(),
                 QFileInfo(westFile).fileName());
        run = on(east, {u"sync"_s, u"status"_s});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(u"\"Westside\""_s) && run.out.contains(u"Open conflicts: 1"_s),
                 qPrintable(run.out));

        // A week later someone imports the same old files again: nothing changes.
        const QJsonObject westStats = stats(west);
        const QJsonObject again = importInto(west, {firstFile, eastFile});
        for (const QJsonValue& file : again.value(u"files"_s).toArray()) {
            QVERIFY(file.toObject().value(u"ok"_s).toBool());
            QCOMPARE(file.toObject().value(u"applied"_s).toInteger(), 0);
            QCOMPARE(file.toObject().value(u"conflicts"_s).toInteger(), 0);
            QVERIFY(file.toObject().value(u"skipped"_s).toInteger() > 0);
        }
        QCOMPARE(digestOf(west), digest);
        QCOMPARE(withoutImportLog(stats(west)), withoutImportLog(westStats));
        QCOMPARE(stats(west).value(u"sync_imports"_s).toInteger(),
                 westStats.value(u"sync_imports"_s).toInteger() + 2);
        QCOMPARE(conflicts(west).size(), 1);

        // A stick with a half-copied file: refused, says so, nothing changed.
        const QString half = newPath(u"half"_s, u".lardersync"_s);
        const QByteArray whole = readAll(eastFile);
        QVERIFY(writeAll(half, whole.left(whole.size() / 2)));
        expectRefused(west, half, u"cut short"_s);

        // Resolving: Eastside brings its note back as a new change; Westside accepts.
        const qint64 eastConflict = conflict.value(u"id"_s).toInteger();
        run = on(east, {u"sync"_s, u"resolve"_s, QString::number(eastConflict), u"--restore"_s});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(u"\"Side door, ring twice\""_s), qPrintable(run.out));
        QCOMPARE(conflicts(east).size(), 0);
        const qint64 westConflict = conflicts(west).at(0).toObject().value(u"id"_s).toInteger();
        QCOMPARE(
            on(west, {u"sync"_s, u"resolve"_s, QString::number(westConflict), u"--accept"_s}).code,
            0);
        QCOMPARE(conflicts(west).size(), 0);
        run = on(west, {u"sync"_s, u"resolve"_s, QString::number(westConflict), u"--accept"_s});
        QCOMPARE(run.code, 1);
        verifyOneLineError(run);
        QVERIFY2(run.err.contains(u"no open conflict"_s), qPrintable(run.err));

        const QString restored = exportFrom(east, u"Westside"_s);
        const QJsonObject report =
            importInto(west, {restored}).value(u"files"_s).toArray().at(0).toObject();
        QCOMPARE(report.value(u"applied"_s).toInteger(), 1);
        QCOMPARE(report.value(u"conflicts"_s).toInteger(), 0);
        QCOMPARE(digestOf(west), digestOf(east));
        QCOMPARE(field(west, u"households"_s, household, u"delivery_notes"_s).toString(),
                 u"Side door, ring twice"_s);
    }

    // ---- bad files ----

    void rotatingTheNetworksKey() {
        const QString east = network(u"Eastside"_s);
        QVERIFY(!east.isEmpty());
        const QString west = joined(u"Westside"_s, exportFrom(east));
        const QString lost = joined(u"Lost"_s, exportFrom(east));
        QVERIFY(!west.isEmpty() && !lost.isEmpty());
        const QString next = newPath(u"next"_s, u".txt"_s);
        QVERIFY(writeAll(next, "lentils every second thursday at noon\n"));
        const Run rotate = on(east, {u"passphrase"_s, u"rotate"_s, u"--passphrase-file"_s,
                                     m_passphraseFile, u"--new-passphrase-file"_s, next});
        QCOMPARE(rotate.code, 0);
        QVERIFY2(rotate.out.contains(u"rotated"_s), qPrintable(rotate.out));
        const QString file = newPath(u"rotated"_s, u".lardersync"_s);
        QCOMPARE(on(east, {u"sync"_s, u"export"_s, file, u"--passphrase-file"_s, next}).code, 0);
        // The lost laptop's passphrase opens nothing made from now on.
        expectRefused(lost, file, u"rotated on another laptop"_s);
        // A member gives its passphrase and the new one, and takes the new key.
        const Run taken = on(west, {u"sync"_s, u"import"_s, file, u"--passphrase-file"_s,
                                    m_passphraseFile, u"--new-passphrase-file"_s, next});
        QCOMPARE(taken.code, 0);
        QVERIFY2(taken.err.contains(u"key was rotated"_s), qPrintable(taken.err));
        const auto digestWith = [this, &next](const QString& db) {
            const Run run = on(db, {u"dump"_s, u"--digest"_s, u"--passphrase-file"_s, next});
            return run.code == 0 ? run.out.trimmed() : QString();
        };
        QVERIFY(!digestWith(east).isEmpty());
        QCOMPARE(digestWith(west), digestWith(east));
        const Run old =
            on(west, {u"households"_s, u"list"_s, u"--passphrase-file"_s, m_passphraseFile});
        QCOMPARE(old.code, 1);
    }

    void badFilesAreRefusedByName() {
        const QString east = network(u"Eastside"_s);
        QVERIFY(!east.isEmpty());
        QCOMPARE(
            on(east, {u"locations"_s, u"add"_s, u"--name"_s, u"Shelf A"_s, u"--kind"_s, u"shelf"_s})
                .code,
            0);
        const QString eastFile = exportFrom(east);
        const QString west = joined(u"Westside"_s, eastFile);
        QVERIFY(!west.isEmpty());
        QCOMPARE(
            on(west, {u"locations"_s, u"add"_s, u"--name"_s, u"Shelf B"_s, u"--kind"_s, u"shelf"_s})
                .code,
            0);
        const QString westFile = exportFrom(west);
        QVERIFY(!westFile.isEmpty());

        // The wrong passphrase: it does not open the pantry, which holds the network's key.
        const QString wrong = newPath(u"wrong"_s, u".txt"_s);
        QVERIFY(writeAll(wrong, "a different sentence entirely\n"));
        expectRefused(east, westFile, u"not this pantry's passphrase"_s, wrong, east);

        // Another network's file (even with the same passphrase).
        const QString north = network(u"Northside"_s);
        QVERIFY(!north.isEmpty());
        QCOMPARE(on(north,
                    {u"locations"_s, u"add"_s, u"--name"_s, u"Shelf N"_s, u"--kind"_s, u"shelf"_s})
                     .code,
                 0);
        const QString northFile = exportFrom(north);
        expectRefused(east, northFile, u"another network"_s);

        // A file from a newer Larder (format version 4), and one from before signed changes
        // (format version 2).
        const QString newer = newPath(u"newer"_s, u".lardersync"_s);
        QByteArray bytes = readAll(westFile);
        bytes[8] = 4;
        QVERIFY(writeAll(newer, bytes));
        expectRefused(east, newer, u"update Larder"_s);
        const QString older = newPath(u"older"_s, u".lardersync"_s);
        bytes[8] = 2;
        QVERIFY(writeAll(older, bytes));
        expectRefused(east, older, u"export again"_s);

        // A flipped bit, trailing bytes, something that is not a sync file at all.
        const QString flipped = newPath(u"flipped"_s, u".lardersync"_s);
        bytes = readAll(westFile);
        bytes[bytes.size() - 40] = char(bytes.at(bytes.size() - 40) ^ 0x10);
        QVERIFY(writeAll(flipped, bytes));
        expectRefused(east, flipped, u"changed or damaged"_s);
        const QString trailing = newPath(u"trailing"_s, u".lardersync"_s);
        QVERIFY(writeAll(trailing, readAll(westFile) + "extra"));
        expectRefused(east, trailing, u"unexpected bytes"_s);
        expectRefused(east, east, u"not a Larder sync file"_s);
        expectRefused(east, m_dir.filePath(u"missing.lardersync"_s), u"cannot be read"_s);

        // Several files: each is its own transaction; the good one imports, the bad ones are
        // reported, one line each, and the exit code says something was refused.
        const QString digestBefore = digestOf(east);
        Run run = on(east, {u"sync"_s, u"import"_s, newer, westFile, northFile,
                            u"--passphrase-file"_s, m_passphraseFile});
        QCOMPARE(run.code, 1);
        QCOMPARE(run.errLines().size(), 2);
        QVERIFY2(run.errLines().at(0).startsWith(newer), qPrintable(run.err));
        QVERIFY2(run.errLines().at(1).startsWith(northFile), qPrintable(run.err));
        QVERIFY2(run.out.startsWith(westFile + u": from \"Westside\""_s), qPrintable(run.out));
        QVERIFY(digestOf(east) != digestBefore);
        QCOMPARE(digestOf(east), digestOf(west));

        // --json reports each file, refused ones with the kind of refusal.
        run = on(east, {u"sync"_s, u"import"_s, westFile, flipped, northFile, newer,
                        u"--passphrase-file"_s, m_passphraseFile, u"--json"_s});
        QCOMPARE(run.code, 1);
        const QJsonArray files = run.json().value(u"files"_s).toArray();
        QCOMPARE(files.size(), 4);
        QVERIFY(files.at(0).toObject().value(u"ok"_s).toBool());
        QCOMPARE(files.at(1).toObject().value(u"error"_s).toString(), u"damaged"_s);
        QCOMPARE(files.at(2).toObject().value(u"error"_s).toString(), u"foreign_network"_s);
        QCOMPARE(files.at(3).toObject().value(u"error"_s).toString(), u"newer_format"_s);

        // Joining from a bad file, or with the wrong passphrase, leaves no file behind.
        for (const auto& [file, passphrase] :
             {std::pair{half(westFile), m_passphraseFile}, std::pair{westFile, wrong}}) {
            const QString path = newPath(u"joiner"_s);
            run = on(path, {u"init"_s, u"--site-name"_s, u"Joiner"_s, u"--join"_s, file,
                            u"--passphrase-file"_s, passphrase});
            QCOMPARE(run.code, 1);
            verifyOneLineError(run);
            QVERIFY(!QFileInfo::exists(path));
        }

        // Export with the wrong passphrase writes nothing; export never replaces a pantry file.
        const QString notWritten = newPath(u"unwritten"_s, u".lardersync"_s);
        run = on(east, {u"sync"_s, u"export"_s, notWritten, u"--passphrase-file"_s, wrong});
        QCOMPARE(run.code, 1);
        verifyOneLineError(run);
        QVERIFY2(run.err.contains(u"not this pantry's passphrase"_s), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(notWritten));
        const QByteArray westBytes = readAll(west);
        run = on(east, {u"sync"_s, u"export"_s, west, u"--passphrase-file"_s, m_passphraseFile});
        QCOMPARE(run.code, 1);
        verifyOneLineError(run);
        QVERIFY2(run.err.contains(u"not a sync file"_s), qPrintable(run.err));
        QCOMPARE(readAll(west), westBytes);
        // ... but replaces an older sync file.
        QCOMPARE(
            on(east, {u"sync"_s, u"export"_s, eastFile, u"--passphrase-file"_s, m_passphraseFile})
                .code,
            0);

        // --for a laptop this one has never heard from.
        run = on(east, {u"sync"_s, u"export"_s, newPath(u"for"_s, u".lardersync"_s), u"--for"_s,
                        u"Nowhere"_s, u"--passphrase-file"_s, m_passphraseFile});
        QCOMPARE(run.code, 1);
        verifyOneLineError(run);
        QVERIFY2(run.err.contains(u"Nowhere"_s), qPrintable(run.err));
    }

    void clockMoreThanADayAheadIsRefused() {
        const QString east = network(u"Eastside"_s);
        QVERIFY(!east.isEmpty());
        const QString eastFile = exportFrom(east);
        QVERIFY(!eastFile.isEmpty());
        // A laptop whose clock runs three days and an hour and a half ahead joins and makes a
        // change; one 20 hours ahead does the same.
        QStringList files;
        for (const qint64 aheadMinutes : {73 * 60 + 30, 20 * 60}) {
            const QString file = newPath(u"future"_s, u".lardersync"_s);
            auto clock = std::make_shared<ManualClock>(
                test::TestEpochMs + aheadMinutes * 60 * 1000LL, 1); // ahead of CliTestNow
            auto future =
                sync::Replicator::join(newPath(u"future"_s), u"Future"_s, eastFile, Passphrase,
                                       test::fixedOptions(clock, 9), sync::KdfLimits::minimal());
            QVERIFY2(future.ok(), future.ok() ? "" : qPrintable(future.error().toString()));
            LARDER_VERIFY_OK((*future)->write([](Writer& w) {
                w.insert(u"locations",
                         {{u"name"_s, u"Tomorrow's shelf"_s}, {u"kind"_s, u"shelf"_s}});
            }));
            sync::Replicator replicator(**future, sync::KdfLimits::minimal());
            LARDER_VERIFY_OK(replicator.exportFile(file, Passphrase));
            files << file;
        }
        Run run = on(
            east, {u"sync"_s, u"import"_s, files.at(0), u"--passphrase-file"_s, m_passphraseFile});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(u"3 days and 1 hour ahead"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"set its date and time"_s), qPrintable(run.err));
        // Less than a day ahead: imported, and the lead recorded.
        const QJsonObject report =
            importInto(east, {files.at(1)}).value(u"files"_s).toArray().at(0).toObject();
        QVERIFY(report.value(u"ok"_s).toBool());
        QVERIFY(report.value(u"clock_ahead_ms"_s).toInteger() > 19 * 3600 * 1000LL);
    }

    // ---- dump ----

    void dumpFormatsAgree() {
        const QString east = network(u"Eastside"_s);
        QVERIFY(!east.isEmpty());
        const QString filled = fillDemo(east, 3, 20);
        QVERIFY2(filled.isEmpty(), qPrintable(filled));
        const Run lines = on(east, {u"dump"_s});
        QCOMPARE(lines.code, 0);
        const QStringList objects = lines.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(objects.size() > 3 * 3 + 20);
        for (const QString& line : objects) {
            const QJsonObject object = QJsonDocument::fromJson(line.toUtf8()).object();
            QVERIFY2(object.contains(u"table"_s) && object.contains(u"row"_s), qPrintable(line));
        }
        const Run json = on(east, {u"dump"_s, u"--json"_s});
        QCOMPARE(json.code, 0);
        QJsonParseError error;
        const QJsonDocument array = QJsonDocument::fromJson(json.out.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(array.array().size(), objects.size());
        QCOMPARE(array.array().first().toObject(),
                 QJsonDocument::fromJson(objects.first().toUtf8()).object());
        const QString digest = QString::fromLatin1(
            QCryptographicHash::hash(lines.out.toUtf8(), QCryptographicHash::Sha256).toHex());
        QCOMPARE(digestOf(east), digest);

        const QString empty = network(u"Empty"_s);
        const Run none = on(empty, {u"dump"_s, u"--json"_s});
        QCOMPARE(none.code, 0);
        QCOMPARE(none.out, u"[]\n"_s);
    }

    // ---- usage ----

    void usageErrors_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        const QString db = m_dir.filePath(u"usage.larder"_s);
        const QString p = m_dir.filePath(u"passphrase.txt"_s);
        const QStringList dbArgs{u"--db"_s, db};
        QTest::newRow("sync alone") << dbArgs + QStringList{u"sync"_s} << u"export, import"_s;
        QTest::newRow("unknown sync command")
            << dbArgs + QStringList{u"sync"_s, u"frob"_s} << u"frob"_s;
        QTest::newRow("export without OUT")
            << dbArgs + QStringList{u"sync"_s, u"export"_s, u"--passphrase-file"_s, p} << u"OUT"_s;
        QTest::newRow("export without passphrase")
            << dbArgs + QStringList{u"sync"_s, u"export"_s, u"out.lardersync"_s}
            << u"--passphrase-file"_s;
        QTest::newRow("export with two outputs")
            << dbArgs +
                   QStringList{u"sync"_s, u"export"_s, u"a"_s, u"b"_s, u"--passphrase-file"_s, p}
            << u"\"b\""_s;
        QTest::newRow("export --for nothing")
            << dbArgs + QStringList{u"sync"_s,  u"export"_s, u"out"_s,
                                    u"--for"_s, u" "_s,      u"--passphrase-file"_s,
                                    p}
            << u"--for"_s;
        QTest::newRow("import without files")
            << dbArgs + QStringList{u"sync"_s, u"import"_s, u"--passphrase-file"_s, p} << u"FILE"_s;
        QTest::newRow("import without passphrase")
            << dbArgs + QStringList{u"sync"_s, u"import"_s, u"a.lardersync"_s}
            << u"--passphrase-file"_s;
        QTest::newRow("passphrase-file without value")
            << dbArgs + QStringList{u"sync"_s, u"import"_s, u"a"_s, u"--passphrase-file"_s}
            << u"passphrase-file"_s;
        QTest::newRow("resolve without id")
            << dbArgs + QStringList{u"sync"_s, u"resolve"_s, u"--accept"_s} << u"ID"_s;
        QTest::newRow("resolve with a word")
            << dbArgs + QStringList{u"sync"_s, u"resolve"_s, u"three"_s, u"--accept"_s}
            << u"three"_s;
        QTest::newRow("resolve without a choice")
            << dbArgs + QStringList{u"sync"_s, u"resolve"_s, u"3"_s} << u"--accept"_s;
        QTest::newRow("resolve with both")
            << dbArgs + QStringList{u"sync"_s, u"resolve"_s, u"3"_s, u"--accept"_s, u"--restore"_s}
            << u"--restore"_s;
        QTest::newRow("status with an argument")
            << dbArgs + QStringList{u"sync"_s, u"status"_s, u"now"_s} << u"now"_s;
        QTest::newRow("dump both ways")
            << dbArgs + QStringList{u"dump"_s, u"--json"_s, u"--digest"_s} << u"--digest"_s;
        QTest::newRow("sync without --db") << QStringList{u"sync"_s, u"status"_s} << u"--db"_s;
        QTest::newRow("join without passphrase")
            << dbArgs + QStringList{u"init"_s, u"--site-name"_s, u"W"_s, u"--join"_s, u"f"_s}
            << u"--passphrase-file"_s;
    }

    void usageErrors() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const Run run = cli(arguments);
        QCOMPARE(run.code, 2);
        verifyOneLineError(run);
        QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
        QVERIFY2(run.err.contains(QRegularExpression(u"see larder-cli[ \\w]* --help"_s)),
                 qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"usage.larder"_s)));
    }

    void unknownKdfSettingIsAUsageError() {
        const Run run = cli({u"--db"_s, newPath(u"kdf"_s), u"init"_s, u"--site-name"_s, u"K"_s,
                             u"--passphrase-file"_s, m_passphraseFile},
                            "fast");
        QCOMPARE(run.code, 2);
        verifyOneLineError(run);
        QVERIFY2(run.err.contains(u"LARDER_KDF"_s), qPrintable(run.err));
    }

    void moderateIsTheDefault() {
        // Without LARDER_KDF the pantry's key is wrapped at libsodium's moderate cost (256 MiB).
        const QString path = newPath(u"moderate"_s);
        const Run run = cli({u"--db"_s, path, u"init"_s, u"--site-name"_s, u"M"_s,
                             u"--passphrase-file"_s, m_passphraseFile},
                            "");
        QCOMPARE(run.code, 0);
        auto store = Store::open(path, test::atTestEpoch());
        QVERIFY(store.ok());
        const QByteArray envelope = (*store)
                                        ->connection()
                                        .scalar("SELECT value FROM meta WHERE key = 'data_key'")
                                        .toByteArray();
        QCOMPARE(envelope.size(), KeyRing::EnvelopeBytes);
        QCOMPARE(qFromBigEndian<quint64>(envelope.constData() + 13), quint64(256) << 20);
        QVERIFY((*store)
                    ->connection()
                    .scalar("SELECT value FROM meta WHERE key = "
                            "'passphrase_check'")
                    .isNull());
    }

private:
    QString half(const QString& file) {
        const QString path = newPath(u"half"_s, u".lardersync"_s);
        const QByteArray bytes = readAll(file);
        writeAll(path, bytes.left(bytes.size() / 2));
        return path;
    }
};

QTEST_GUILESS_MAIN(TestCliSync)
#include "tst_cli_sync.moc"
