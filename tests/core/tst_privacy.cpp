// SPDX-License-Identifier: GPL-3.0-or-later
// Privacy at rest: with a passphrase, no name, street, phone or note is readable in the pantry
// file, its log, a backup or a sync file; a locked pantry shows and takes no personal details;
// a sealed value opens only in its own place; a planted trigger is refused; the migration of a
// schema-4 file leaves no plain value behind.

#include "core/people/HouseholdIndex.h"
#include "core/people/Households.h"
#include "core/storage/Backup.h"
#include "core/storage/KeyRing.h"
#include "core/storage/Schema.h"
#include "core/storage/Sqlite.h"
#include "core/sync/Replicator.h"
#include "tests/TestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace larder;
using namespace larder::people;
using namespace larder::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray Passphrase = "beans on tuesday at the church";

StoreOptions protectedOptions(const QByteArray& passphrase = Passphrase) {
    StoreOptions options = atTestEpoch();
    options.passphrase = passphrase;
    options.kdf = KdfLimits::minimal();
    return options;
}

Household household(const QString& name, const QString& street, const QString& phone,
                    const QString& notes) {
    Household h;
    h.chosenName = name;
    h.street = street;
    h.city = u"Chicago"_s;
    h.postalCode = u"60608"_s;
    h.phone = phone;
    h.deliveryNotes = notes;
    h.coordinates = Coordinates{41.857913, -87.656722};
    return h;
}

// Every byte of every file under `folder`, recursively (the pantry, its log, backups, sync files).
QByteArray allBytes(const QString& folder) {
    QByteArray all;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

// Runs SQL on a pantry file behind Larder's back, with a larder_writer() that lets the guard
// triggers pass: what someone with the file and the sqlite3 tool can do.
void rawExec(const QString& path, const QByteArray& sql) {
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    sqlite3_create_function_v2(
        db, "larder_writer", 0, SQLITE_UTF8, nullptr,
        [](sqlite3_context* c, int, sqlite3_value**) { sqlite3_result_int(c, 1); }, nullptr,
        nullptr, nullptr);
    char* message = nullptr;
    const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message);
    const QString error = message ? QString::fromUtf8(message) : QString();
    sqlite3_free(message);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(error));
}

} // namespace

class TestPrivacy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sealedValuesRoundTrip() {
        KeyRing keys;
        LARDER_MUST(keys.create(Passphrase, KdfLimits::minimal()));
        const QList<QVariant> values{QVariant(u"Familia Ortiz"_s), QVariant(u""_s),
                                     QVariant(u"Ñandú — 1F, 🏠"_s), QVariant(qint64(-42)),
                                     QVariant(41.857913),          QVariant(QString(300, u'x'))};
        for (const QVariant& value : values) {
            const QByteArray sealed = keys.seal(u"households", u"chosen_name", u"row-1", value);
            QVERIFY(KeyRing::isSealed(sealed));
            QVERIFY(!sealed.contains(value.toString().toUtf8()) || value.toString().isEmpty());
            const auto opened = keys.open(u"households", u"chosen_name", u"row-1", sealed);
            QVERIFY(opened);
            QCOMPARE(*opened, value);
            // Bound to its place: another row, column or table does not open it.
            QVERIFY(!keys.open(u"households", u"chosen_name", u"row-2", sealed));
            QVERIFY(!keys.open(u"households", u"street", u"row-1", sealed));
            QVERIFY(!keys.open(u"people", u"chosen_name", u"row-1", sealed));
            QByteArray tampered = sealed;
            tampered[tampered.size() - 1] = char(tampered.at(tampered.size() - 1) ^ 1);
            QVERIFY(!keys.open(u"households", u"chosen_name", u"row-1", tampered));
        }
        // Text is padded: two names of different length in the same block look the same size.
        QCOMPARE(keys.seal(u"t", u"c", u"r", u"Ana"_s).size(),
                 keys.seal(u"t", u"c", u"r", u"Rosa M."_s).size());
        // Another key does not open it.
        KeyRing other;
        LARDER_MUST(other.create(Passphrase, KdfLimits::minimal()));
        QVERIFY(!other.open(u"t", u"c", u"r", keys.seal(u"t", u"c", u"r", u"Ana"_s)));
    }

    void wrongPassphraseAndDamagedEnvelope() {
        KeyRing keys;
        const QByteArray envelope = LARDER_MUST(keys.create(Passphrase, KdfLimits::minimal()));
        QCOMPARE(envelope.size(), KeyRing::EnvelopeBytes);
        QVERIFY(!envelope.contains(Passphrase));
        KeyRing again;
        auto wrong = again.unlock(envelope, "beans on wednesday");
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().kind, Error::Kind::WrongPassphrase);
        QVERIFY(!again.isUnlocked());
        auto cut = again.unlock(envelope.left(60), Passphrase);
        QCOMPARE(cut.error().kind, Error::Kind::Damaged);
        // A cost raised beyond what Larder accepts is refused before any derivation runs.
        QByteArray costly = envelope;
        costly[5] = char(0x7f);
        QCOMPARE(again.unlock(costly, Passphrase).error().kind, Error::Kind::Damaged);
        LARDER_MUST(again.unlock(envelope, Passphrase));
        QVERIFY(again.isUnlocked());

        // The pantry: a wrong passphrase opens nothing and changes nothing.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.larder"_s);
        {
            auto store = LARDER_MUST(Store::create(path, u"East"_s, protectedOptions()));
            Households households(*store);
            LARDER_MUST(households.add(household(u"Ana R."_s, u"1843 S Loomis St"_s, {}, {})));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        auto refused = Store::open(path, protectedOptions("not the passphrase"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::WrongPassphrase);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

    void filesHoldNoPersonalData() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"east.larder"_s);
        auto store = LARDER_MUST(Store::create(path, u"East"_s, protectedOptions()));
        QCOMPARE(store->protection(), Store::Protection::Unlocked);
        Households households(*store);
        const QString id = LARDER_MUST(
            households.add(household(u"Familia Ortiz"_s, u"2376 W 25th St"_s, u"(312) 555-0175"_s,
                                     u"leave with the neighbour in 1F if nobody answers"_s)));
        // A rename to an alias and a move: the old values must not stay anywhere.
        Household changed = *households.household(id);
        changed.chosenName = u"Casa Azul"_s;
        changed.street = u"1901 S Throop St"_s;
        LARDER_MUST(households.update(changed));
        QCOMPARE(households.household(id)->chosenName, u"Casa Azul"_s);

        Backups backups(*store, dir.filePath(u"backups"_s));
        LARDER_MUST(backups.take());
        sync::Replicator replicator(*store, KdfLimits::minimal());
        LARDER_MUST(replicator.exportFile(dir.filePath(u"east.larder-sync"_s), Passphrase));
        // Each (row, column) keeps at most one value in the log: the current one.
        QCOMPARE(store->connection()
                     .scalar("SELECT count(*) FROM sync_ops WHERE tbl = 'households' AND col IN "
                             "('chosen_name', 'street') AND value IS NOT NULL")
                     .toInt(),
                 2);
        const QByteArray whileOpen = allBytes(dir.path());
        store.reset();
        const QByteArray closed = allBytes(dir.path());
        for (const QByteArray& bytes : {whileOpen, closed}) {
            for (const char* secret :
                 {"Familia Ortiz", "Ortiz", "Casa Azul", "2376 W 25th", "Throop", "555-0175",
                  "3125550175", "neighbour in 1F", "41.857913", "87.656722"})
                QVERIFY2(!bytes.contains(secret), secret);
        }

        // Reopened with the passphrase, everything is there.
        store = LARDER_MUST(Store::open(path, protectedOptions()));
        Households again(*store);
        const auto found = again.household(id);
        QVERIFY(found);
        QCOMPARE(found->chosenName, u"Casa Azul"_s);
        QCOMPARE(found->phone, u"(312) 555-0175"_s);
        QCOMPARE(found->deliveryNotes, u"leave with the neighbour in 1F if nobody answers"_s);
        QVERIFY(found->coordinates);
        QCOMPARE(found->coordinates->latitude, 41.857913);
    }

    void lockedPantryShowsAndTakesNoDetails() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"east.larder"_s);
        QString id;
        {
            auto store = LARDER_MUST(Store::create(path, u"East"_s, protectedOptions()));
            Households households(*store);
            id = LARDER_MUST(households.add(
                household(u"Rosa M."_s, u"1840 S Blue Island Ave"_s, u"312 555 0142"_s, {})));
        }
        // Opened without the passphrase: locked.
        auto store = LARDER_MUST(Store::open(path, atTestEpoch()));
        QCOMPARE(store->protection(), Store::Protection::Locked);
        QVERIFY(!store->detailsReadable());
        Households households(*store);
        HouseholdIndex index(*store);
        QCOMPARE(index.size(), 0);
        const auto locked = households.household(id);
        QVERIFY(locked); // it exists, with its size and status
        QVERIFY(locked->chosenName.isEmpty());
        QVERIFY(locked->street.isEmpty());
        QCOMPARE(locked->status, u"active"_s);
        QVERIFY(store->record(u"households", id).value(u"phone"_s).isNull());
        // No personal detail can be written, not even an empty one that would erase it.
        auto added = households.add(household(u"New"_s, u"1 Main St"_s, {}, {}));
        QVERIFY(!added.ok());
        QCOMPARE(added.error().kind, Error::Kind::Locked);
        auto erased = store->write([&](Writer& w) {
            w.update(u"households", id, {{u"phone"_s, {}}});
        });
        QCOMPARE(erased.error().kind, Error::Kind::Locked);
        // What needs no details still works: the status.
        LARDER_MUST(store->write([&](Writer& w) {
            w.update(u"households", id, {{u"status"_s, u"paused"_s}});
        }));

        // Unlocked: the details and the search index are back; locked again: gone.
        QVERIFY(!store->unlock("wrong passphrase").ok());
        LARDER_MUST(store->unlock(Passphrase));
        QCOMPARE(households.household(id)->chosenName, u"Rosa M."_s);
        QCOMPARE(index.size(), 1);
        SearchQuery query;
        query.text = u"rosa"_s;
        query.statuses = {};
        QCOMPARE(index.search(query).total, 1);
        store->lock();
        QCOMPARE(index.size(), 0);
        QVERIFY(households.household(id)->chosenName.isEmpty());
    }

    void aSealedValueOpensOnlyInItsPlace() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"east.larder"_s);
        QString ana, rosa;
        {
            auto store = LARDER_MUST(Store::create(path, u"East"_s, protectedOptions()));
            Households households(*store);
            ana =
                LARDER_MUST(households.add(household(u"Ana R."_s, u"1843 S Loomis St"_s, {}, {})));
            rosa = LARDER_MUST(
                households.add(household(u"Rosa M."_s, u"1840 S Blue Island Ave"_s, {}, {})));
        }
        // Someone with the file moves Ana's sealed name onto Rosa's record.
        const QString moveName = u"UPDATE households SET chosen_name = (SELECT chosen_name FROM "
                                 u"households WHERE id = '%1') WHERE id = '%2'"_s.arg(ana, rosa);
        rawExec(path, moveName.toUtf8());
        auto store = LARDER_MUST(Store::open(path, protectedOptions()));
        Households households(*store);
        QCOMPARE(households.household(ana)->chosenName, u"Ana R."_s);
        QVERIFY(households.household(rosa)->chosenName.isEmpty()); // does not open there
        QCOMPARE(households.household(rosa)->street, u"1840 S Blue Island Ave"_s);
        QVERIFY(store->unopenedValues() >= 1);
    }

    void aPlantedTriggerIsRefused_data() {
        QTest::addColumn<QByteArray>("trigger");
        QTest::newRow("spy") << QByteArray("spy");
        QTest::newRow("named like a guard") << QByteArray("households_guard_copy");
    }

    void aPlantedTriggerIsRefused() {
        QFETCH(QByteArray, trigger);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"east.larder"_s);
        { LARDER_MUST(Store::create(path, u"East"_s, atTestEpoch())); }
        rawExec(path, "CREATE TABLE loot (v); CREATE TRIGGER " + trigger +
                          " AFTER UPDATE ON households BEGIN INSERT INTO loot VALUES "
                          "(new.chosen_name); END;");
        auto opened = Store::open(path, atTestEpoch());
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, Error::Kind::Damaged);
        QVERIFY2(opened.error().message.contains(QString::fromLatin1(trigger)),
                 qPrintable(opened.error().message));
    }

    void everyConnectionIsHardened() {
        QTemporaryDir dir;
        auto store =
            LARDER_MUST(Store::create(dir.filePath(u"e.larder"_s), u"East"_s, atTestEpoch()));
        auto& db = store->connection();
        QCOMPARE(db.scalar("PRAGMA secure_delete").toInt(), 1);
        QCOMPARE(db.scalar("PRAGMA temp_store").toInt(), 2);
        QCOMPARE(db.scalar("PRAGMA trusted_schema").toInt(), 0);
        // Defensive: the schema cannot be edited by hand, even with writable_schema on.
        int defensive = -1;
        sqlite3_db_config(db.handle(), SQLITE_DBCONFIG_DEFENSIVE, -1, &defensive);
        QCOMPARE(defensive, 1);
        db.exec("PRAGMA writable_schema = ON");
        bool edited = true;
        try {
            db.exec("UPDATE sqlite_schema SET sql = sql WHERE name = 'households'");
        } catch (const sql::SqlError&) {
            edited = false;
        }
        QVERIFY(!edited);
#ifdef Q_OS_UNIX
        QCOMPARE(QFile::permissions(store->path()) & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
        Backups backups(*store, dir.filePath(u"backups"_s));
        const auto taken = LARDER_MUST(backups.take());
        QVERIFY(taken.taken);
        QCOMPARE(QFile::permissions(dir.filePath(u"backups"_s)) &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::ExeGroup | QFile::ExeOther),
                 QFile::Permissions());
        QCOMPARE(QFile::permissions(taken.taken->path) & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
#endif
    }

    void aSchema4FileIsSealedOnItsFirstPassphrase() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.larder"_s);
        QFile fixture(QStringLiteral(LARDER_FIXTURES_DIR "/schema-v4.sql"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        rawExec(path, fixture.readAll());
        QVERIFY(allBytes(dir.path()).contains("Ana Rivera"));

        QString digestBefore;
        {
            auto store = LARDER_MUST(Store::open(path, atTestEpoch()));
            QCOMPARE(store->protection(), Store::Protection::Unprotected);
            QCOMPARE(store->schemaVersion(), schema::CurrentVersion);
            digestBefore = sync::digest(*store);
            LARDER_MUST(store->protect(Passphrase, KdfLimits::minimal()));
            QCOMPARE(store->protection(), Store::Protection::Unlocked);
            QCOMPARE(sync::digest(*store), digestBefore); // the same data, sealed
            QCOMPARE(store->connection()
                         .scalar("SELECT count(*) FROM (SELECT tbl, row_id, col FROM sync_ops "
                                 "WHERE tbl = 'households' AND col = 'chosen_name' AND value IS "
                                 "NOT NULL GROUP BY 1, 2, 3 HAVING count(*) > 1)")
                         .toInt(),
                     0);
        }
        const QByteArray bytes = allBytes(dir.path());
        for (const char* secret : {"Ana Rivera", "Ana R.", "Throop", "S Loomis St",
                                   "neighbour in 1F", "Rosa M.", "Blue Island"})
            QVERIFY2(!bytes.contains(secret), secret);

        auto store = LARDER_MUST(Store::open(path, protectedOptions()));
        QCOMPARE(sync::digest(*store), digestBefore);
    }

    void twoLaptopsShareTheDetails() {
        QTemporaryDir dir;
        auto east = LARDER_MUST(
            Store::create(dir.filePath(u"east.larder"_s), u"East"_s, protectedOptions()));
        Households eastHouseholds(*east);
        const QString id = LARDER_MUST(eastHouseholds.add(
            household(u"Familia Ortiz"_s, u"2376 W 25th St"_s, u"(312) 555-0175"_s, {})));
        sync::Replicator eastSync(*east, KdfLimits::minimal());
        const QString first = dir.filePath(u"1.larder-sync"_s);
        LARDER_MUST(eastSync.exportFile(first, Passphrase));

        auto west =
            LARDER_MUST(sync::Replicator::join(dir.filePath(u"west.larder"_s), u"West"_s, first,
                                               Passphrase, atTestEpoch(), KdfLimits::minimal()));
        QCOMPARE(west->protection(), Store::Protection::Unlocked);
        Households westHouseholds(*west);
        QCOMPARE(westHouseholds.household(id)->phone, u"(312) 555-0175"_s);

        // East renames; West, locked, imports (the file's passphrase opens it for the import).
        Household renamed = *eastHouseholds.household(id);
        renamed.chosenName = u"Casa Azul"_s;
        LARDER_MUST(eastHouseholds.update(renamed));
        const QString second = dir.filePath(u"2.larder-sync"_s);
        LARDER_MUST(eastSync.exportFile(second, Passphrase));
        west->lock();
        sync::Replicator westSync(*west, KdfLimits::minimal());
        LARDER_MUST(westSync.importFile(second, Passphrase));
        QCOMPARE(west->protection(), Store::Protection::Locked); // locked again after
        LARDER_MUST(west->unlock(Passphrase));
        QCOMPARE(westHouseholds.household(id)->chosenName, u"Casa Azul"_s);
        QCOMPARE(sync::digest(*west), sync::digest(*east));
        const QString westPath = west->path();
        west.reset();
        QVERIFY(!allBytes(QFileInfo(westPath).absolutePath()).contains("Familia Ortiz"));
    }

    void changingThePassphraseKeepsTheData() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"east.larder"_s);
        QString id;
        {
            auto store = LARDER_MUST(Store::create(path, u"East"_s, protectedOptions()));
            Households households(*store);
            id = LARDER_MUST(households.add(household(u"Ana R."_s, u"1843 S Loomis St"_s, {}, {})));
            QVERIFY(!store->changePassphrase("wrong", "the new one is long", KdfLimits::minimal())
                         .ok());
            LARDER_MUST(store->changePassphrase(Passphrase, "rice and beans on friday",
                                                KdfLimits::minimal()));
        }
        QCOMPARE(Store::open(path, protectedOptions()).error().kind, Error::Kind::WrongPassphrase);
        auto store = LARDER_MUST(Store::open(path, protectedOptions("rice and beans on friday")));
        QCOMPARE(Households(*store).household(id)->chosenName, u"Ana R."_s);
    }
};

QTEST_GUILESS_MAIN(TestPrivacy)
#include "tst_privacy.moc"
