// SPDX-License-Identifier: GPL-3.0-or-later
// Privacy at rest: with a passphrase, no name, street, phone or note is readable in the pantry
// file, its log, a backup or a sync file; a locked pantry shows and takes no personal details;
// a sealed value opens only in its own place; a planted trigger is refused; the migration of a
// schema-4 file leaves no plain value behind.

#include "core/inventory/Suppliers.h"
#include "core/people/HouseholdIndex.h"
#include "core/people/Households.h"
#include "core/runs/Packages.h"
#include "core/runs/Runs.h"
#include "core/storage/Backup.h"
#include "core/storage/Integrity.h"
#include "core/storage/KeyRing.h"
#include "core/storage/PassphrasePolicy.h"
#include "core/storage/PrivacySettings.h"
#include "core/storage/Schema.h"
#include "core/storage/Settings.h"
#include "core/storage/Sqlite.h"
#include "core/sync/Replicator.h"
#include "tests/TestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QSet>
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
    h.city = u"Pilsenville"_s;
    h.postalCode = u"60608"_s;
    h.languages = {u"es"_s, u"ar"_s};
    h.dietaryTags = {u"halal"_s};
    h.schedule = u"biweekly"_s;
    h.windowStart = QTime(16, 30);
    h.windowEnd = QTime(18, 45);
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
// Turns the compact operation log (schema 8) back into the wide one of schemas 1 to 6, for a
// file "left by" an older Larder. rawExec's connection has the larder_row_text() function.
const QByteArray wideLog = R"sql(
    CREATE TABLE wide AS SELECT s.name AS site, o.seq, o.hlc, f.tbl, larder_row_text(o.row_id) AS
        row_id, f.col, o.value, a.name AS actor FROM sync_ops o JOIN sync_names s ON s.number =
        o.site JOIN sync_fields f ON f.number = o.field LEFT JOIN sync_names a ON a.number =
        o.actor;
    DROP VIEW sync_log; DROP TABLE sync_ops; DROP TABLE sync_names; DROP TABLE sync_fields;
    CREATE TABLE sync_ops (site TEXT NOT NULL, seq INTEGER NOT NULL, hlc INTEGER NOT NULL,
        tbl TEXT NOT NULL, row_id TEXT NOT NULL, col TEXT NOT NULL, value, actor TEXT,
        PRIMARY KEY (site, seq)) WITHOUT ROWID;
    CREATE INDEX sync_ops_by_field ON sync_ops (tbl, row_id, col, hlc) WHERE col <> '*';
    INSERT INTO sync_ops SELECT * FROM wide; DROP TABLE wide;)sql";

void rawExec(const QString& path, const QByteArray& sql) {
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    sqlite3_create_function_v2(
        db, "larder_writer", 0, SQLITE_UTF8, nullptr,
        [](sqlite3_context* c, int, sqlite3_value**) { sqlite3_result_int(c, 1); }, nullptr,
        nullptr, nullptr);
    sqlite3_create_function_v2(
        db, "larder_row_text", 1, SQLITE_UTF8, nullptr,
        [](sqlite3_context* c, int, sqlite3_value** v) {
            const QVariant key =
                sqlite3_value_type(v[0]) == SQLITE_BLOB
                    ? QVariant(QByteArray(static_cast<const char*>(sqlite3_value_blob(v[0])),
                                          sqlite3_value_bytes(v[0])))
                    : QVariant(QString::fromUtf8(
                          reinterpret_cast<const char*>(sqlite3_value_text(v[0]))));
            const QByteArray text = sql::rowIdText(key).toUtf8();
            sqlite3_result_text(c, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        },
        nullptr, nullptr, nullptr);
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
    // A new passphrase below the minimum is refused with the reason; the suggestions are six
    // words from Larder's list (66 bits) and pass the policy.
    void weakPassphrasesAreRefusedWithTheReason_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions"); // empty: accepted
        QTest::newRow("short") << u"beans rice"_s << u"at least 12"_s;
        QTest::newRow("short, counted in characters") << u"ñandú ñandú"_s << u"has 11"_s;
        QTest::newRow("repeated") << u"aaaaaaaaaaaaaaaa"_s << u"repeats"_s;
        QTest::newRow("digits") << u"3125550175 12"_s << u"digits"_s;
        QTest::newRow("a run of keys") << u"abcdefghijklmn"_s << u"in order"_s;
        QTest::newRow("common password") << u"Password2024!"_s << u"password"_s;
        QTest::newRow("the pantry's name") << u"Eastside Pantry 1"_s << u"name"_s;
        QTest::newRow("the name, but more") << u"eastside beans on tuesday"_s << QString();
        QTest::newRow("a sentence") << u"beans on tuesday at the church"_s << QString();
        QTest::newRow("spaces around") << u"   beans on tuesday   "_s << QString();
    }

    void weakPassphrasesAreRefusedWithTheReason() {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        const auto checked = passphrase::check(text, {u"Eastside"_s});
        if (mentions.isEmpty()) {
            QVERIFY2(checked.ok(), checked.ok() ? "" : qPrintable(checked.error().message));
            return;
        }
        QVERIFY(!checked.ok());
        QCOMPARE(checked.error().kind, Error::Kind::InvalidInput);
        QVERIFY2(checked.error().message.contains(mentions), qPrintable(checked.error().message));
        QVERIFY(!checked.error().hint.isEmpty());
    }

    void suggestionsAreSixWordsFromTheList() {
        QVERIFY(passphrase::suggestionBits() >= 64.0);
        const QSet<QString> list = [] {
            QSet<QString> words;
            for (const char* word : passphrase::Words)
                words.insert(QString::fromLatin1(word));
            return words;
        }();
        QCOMPARE(list.size(), passphrase::WordCount); // no word twice
        QSet<QString> seen;
        for (int i = 0; i < 50; ++i) {
            const QString suggestion = passphrase::suggest();
            const QStringList words = suggestion.split(u' ');
            QCOMPARE(words.size(), passphrase::SuggestedWords);
            for (const QString& word : words)
                QVERIFY2(list.contains(word), qPrintable(word));
            QVERIFY2(passphrase::check(suggestion, {u"Eastside"_s}).ok(), qPrintable(suggestion));
            seen.insert(suggestion);
        }
        QCOMPARE(seen.size(), 50); // 66 bits: a repeat in 50 draws would mean a broken source
    }

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
                     .scalar("SELECT count(*) FROM sync_log WHERE tbl = 'households' AND col IN "
                             "('chosen_name', 'street') AND value IS NOT NULL")
                     .toInt(),
                 2);
        const QByteArray whileOpen = allBytes(dir.path());
        store.reset();
        const QByteArray closed = allBytes(dir.path());
        for (const QByteArray& bytes : {whileOpen, closed}) {
            for (const char* secret :
                 {"Familia Ortiz", "Ortiz", "Casa Azul", "2376 W 25th", "Throop", "555-0175",
                  "3125550175", "neighbour in 1F", "41.857913", "87.656722", "Pilsenville", "60608",
                  "halal", "biweekly", "16:30", "18:45", "es,ar"})
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
        QCOMPARE(found->city, u"Pilsenville"_s);
        QCOMPARE(found->postalCode, u"60608"_s);
        QCOMPARE(found->languages, QStringList({u"es"_s, u"ar"_s}));
        QCOMPARE(found->dietaryTags, QStringList({u"halal"_s}));
        QCOMPARE(found->schedule, u"biweekly"_s);
        QCOMPARE(found->windowStart, QTime(16, 30));
    }

    // A record's personal values live in the record only (the insert keeps their hashes): a
    // value changed behind Larder's back, sealed properly with the pantry's own key, is found by
    // `check --thorough` on an unlocked pantry, which hashes each one against its insert.
    void checkThoroughFindsAPersonalValueChangedBehindLardersBack() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"east.larder"_s);
        QString id, other;
        QByteArray envelope;
        {
            auto store = LARDER_MUST(Store::create(path, u"East"_s, protectedOptions()));
            id = LARDER_MUST(Households(*store).add(
                household(u"Familia Ortiz"_s, u"2376 W 25th St"_s, u"(312) 555-0175"_s, {})));
            other = LARDER_MUST(Households(*store).add(
                household(u"Familia Reyes"_s, u"1 Main St"_s, u"(312) 555-0100"_s, {})));
            // An edit of its own: the insert's street is replaced, so not compared.
            LARDER_VERIFY_OK(store->write([&other](Writer& w) {
                w.update(u"households", other, {{u"street"_s, u"2 Main St"_s}});
            }));
            QList<CheckResult> results = runChecks(*store, CheckDepth::Thorough);
            const auto insertValues =
                std::find_if(results.cbegin(), results.cend(),
                             [](const CheckResult& r) { return r.name == u"insert values"; });
            QVERIFY(insertValues != results.cend());
            QVERIFY2(insertValues->ok, qPrintable(insertValues->detail));
            QVERIFY(insertValues->detail.contains(u"personal value"_s));
            envelope = store->connection()
                           .scalar("SELECT value FROM meta WHERE key = 'data_key'")
                           .toByteArray();
        }
        KeyRing key;
        LARDER_VERIFY_OK(key.unlock(envelope, Passphrase));
        const QByteArray forged = key.seal(u"households", u"street", id, u"9 Oak St"_s);
        rawExec(path, "UPDATE households SET street = X'" + forged.toHex() + "' WHERE id = '" +
                          id.toUtf8() + "'");
        auto store = LARDER_MUST(Store::open(path, protectedOptions()));
        for (const CheckResult& result : runChecks(*store)) // opens in place: the rest is sound
            QVERIFY2(result.ok, qPrintable(result.name + u": "_s + result.detail));
        bool found = false;
        for (const CheckResult& result : runChecks(*store, CheckDepth::Thorough)) {
            if (result.name != u"insert values")
                continue;
            found = true;
            QVERIFY(!result.ok);
            QVERIFY2(result.detail.contains(u"households %1 (street)"_s.arg(id)),
                     qPrintable(result.detail));
        }
        QVERIFY(found);
    }

    // Schema 6 made more columns personal (city, postal code, languages, schedule, window ...).
    // A file protected under schema 5 holds them plain: its first unlock seals them, and until
    // then `check` says they are plain.
    void columnsMadePersonalLaterAreSealedAtUnlock() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"east.larder"_s);
        QString id;
        {
            auto store = LARDER_MUST(Store::create(path, u"East"_s, protectedOptions()));
            id = LARDER_MUST(Households(*store).add(
                household(u"Familia Ortiz"_s, u"2376 W 25th St"_s, u"(312) 555-0175"_s, {})));
            // The city as an edit of its own, as a schema-5 Larder logged each column.
            LARDER_VERIFY_OK(store->write([&id](Writer& w) {
                w.update(u"households", id, {{u"city"_s, u"Pilsen"_s}});
            }));
        }
        // As a schema-5 Larder left it: the city plain in the record and in the log.
        rawExec(
            path,
            "UPDATE households SET city = 'Pilsenville'; UPDATE sync_ops SET value = "
            "'Pilsenville' WHERE field = (SELECT number FROM sync_fields WHERE tbl = "
            "'households' AND col = 'city') AND value IS NOT NULL; DROP TABLE "
            "settings_confirmed; DROP TABLE sync_sites; ALTER TABLE suppliers DROP COLUMN "
            "address; ALTER TABLE suppliers DROP COLUMN latitude; ALTER TABLE "
            "suppliers DROP COLUMN longitude; ALTER TABLE suppliers DROP COLUMN "
            "usual_boxes; ALTER TABLE run_drivers DROP COLUMN available_from; ALTER TABLE "
            "run_drivers DROP COLUMN available_until; DROP INDEX run_stops_by_offer; DROP INDEX "
            "run_allocations_by_request; ALTER TABLE run_stops DROP COLUMN offer_id; "
            "ALTER TABLE run_allocations DROP COLUMN request_id; DROP TABLE matches; DROP "
            "TABLE offers; DROP TABLE requests; PRAGMA user_version = 5;" +
                wideLog);
        QVERIFY(allBytes(dir.path()).contains("Pilsenville"));
        {
            auto store = LARDER_MUST(Store::open(path, atTestEpoch()));
            QCOMPARE(store->protection(), Store::Protection::Locked);
            QVERIFY(!store->connection()
                         .scalar("SELECT value FROM meta WHERE key = "
                                 "'seal_pending'")
                         .isNull());
            LARDER_MUST(store->unlock(Passphrase));
            QVERIFY(store->connection()
                        .scalar("SELECT value FROM meta WHERE key = "
                                "'seal_pending'")
                        .isNull());
            QCOMPARE(Households(*store).household(id)->city, u"Pilsenville"_s);
            for (const CheckResult& result : runChecks(*store))
                QVERIFY2(result.ok, qPrintable(result.name + u": "_s + result.detail));
        }
        QVERIFY(!allBytes(dir.path()).contains("Pilsenville"));

        // A plain value written behind Larder's back into a protected file is reported.
        rawExec(path, "UPDATE households SET postal_code = '60608'");
        auto store = LARDER_MUST(Store::open(path, protectedOptions()));
        bool reported = false;
        for (const CheckResult& result : runChecks(*store)) {
            if (result.name == u"sealed values"_s) {
                QVERIFY(!result.ok);
                QVERIFY2(result.detail.contains(u"plain"_s), qPrintable(result.detail));
                QVERIFY2(result.detail.contains(u"postal_code"_s), qPrintable(result.detail));
                reported = true;
            }
        }
        QVERIFY(reported);
    }

    // A supplier can be a private person (a neighbour's garden): where it is and who to ask
    // for are sealed like a household's, in the file and its log; a locked laptop still lists
    // the suppliers by name (intake needs them) but writes no address.
    void aSuppliersAddressIsSealed() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"east.larder"_s);
        QString id;
        {
            auto store = LARDER_MUST(Store::create(path, u"East"_s, protectedOptions()));
            inventory::Supplier garden;
            garden.name = u"Garden on Wolcott"_s;
            garden.kind = u"farm"_s;
            garden.contactName = u"Teodora Quispe"_s;
            garden.address = u"2151 W Coulter St"_s;
            garden.where = people::Coordinates{41.850613, -87.677812};
            garden.pickupDays = {u"sat"_s};
            garden.usualBoxes = 2;
            id = LARDER_MUST(inventory::Suppliers(*store).add(garden));
        }
        const QByteArray bytes = allBytes(dir.path());
        QVERIFY(bytes.contains("Garden on Wolcott")); // the name is what intake shows
        for (const char* secret : {"2151 W Coulter", "Teodora", "41.850613", "87.677812"})
            QVERIFY2(!bytes.contains(secret), secret);
        QVERIFY(!bytes.contains(QByteArray::number(41.850613, 'g', 17)));

        auto store = LARDER_MUST(Store::open(path, atTestEpoch()));
        QCOMPARE(store->protection(), Store::Protection::Locked);
        inventory::Suppliers suppliers(*store);
        const QList<inventory::Supplier> listed = suppliers.list();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().name, u"Garden on Wolcott"_s);
        QVERIFY(listed.first().address.isEmpty());
        QVERIFY(!listed.first().where);
        inventory::Supplier other;
        other.name = u"Bakery"_s;
        const auto refused = suppliers.add(other);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Locked);
        LARDER_MUST(store->unlock(Passphrase));
        const auto unlocked = suppliers.supplier(id);
        QVERIFY(unlocked);
        QCOMPARE(unlocked->address, u"2151 W Coulter St"_s);
        QCOMPARE(unlocked->where->latitude, 41.850613);
        QCOMPARE(unlocked->contactName, u"Teodora Quispe"_s);
        QCOMPARE(unlocked->usualBoxes, 2);
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

    // Unlocked reads open sealed values a batch at a time on two threads: every row comes back
    // in the query's order with its own values, the same as read one at a time, and a value
    // that does not open in its place reads as empty and is counted from either thread.
    void manyRecordsOpenInOrderOnTwoThreads() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"many.larder"_s);
        QStringList ids;
        {
            auto store = LARDER_MUST(Store::create(path, u"East"_s, protectedOptions()));
            Households households(*store);
            for (int i = 0; i < 700; ++i)
                ids << LARDER_MUST(households.add(household(
                    u"Neighbour %1"_s.arg(i), u"%1 S Loomis St"_s.arg(1000 + i), {}, {})));
        }
        std::sort(ids.begin(), ids.end());
        // A sealed name moved late in the id order, so the helper thread meets it.
        const QString moved = ids.at(650);
        rawExec(path, u"UPDATE households SET chosen_name = (SELECT chosen_name FROM households "
                      u"WHERE id = '%1') WHERE id = '%2'"_s.arg(ids.at(3), moved)
                          .toUtf8());
        auto store = LARDER_MUST(Store::open(path, protectedOptions()));
        QCOMPARE(store->protection(), Store::Protection::Unlocked);
        const int before = store->unopenedValues();
        QStringList readIds, names, streets;
        LARDER_VERIFY_OK(store->read("SELECT id, chosen_name, street FROM households ORDER BY id",
                                     {}, [&](const Row& row) {
                                         readIds << row.text(0);
                                         names << row.text(1);
                                         streets << row.text(2);
                                     }));
        QCOMPARE(readIds, ids);
        QCOMPARE(store->unopenedValues(), before + 1);
        Households households(*store);
        for (int i = 0; i < ids.size(); ++i) {
            const auto one = households.household(ids.at(i));
            QVERIFY(one);
            QCOMPARE(names.at(i), one->chosenName);
            QCOMPARE(streets.at(i), one->street);
            if (ids.at(i) == moved)
                QVERIFY(names.at(i).isEmpty());
            else
                QVERIFY2(names.at(i).startsWith(u"Neighbour "_s), qPrintable(names.at(i)));
        }
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
                         .scalar("SELECT count(*) FROM (SELECT tbl, row_id, col FROM sync_log "
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

    // A backup taken before the passphrase shows the details; it is listed as unprotected, and
    // replacing deletes it and takes a sealed one.
    void backupsFromBeforeThePassphraseAreReplaced() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"east.larder"_s);
        auto store = LARDER_MUST(Store::create(path, u"East"_s, atTestEpoch()));
        LARDER_MUST(Households(*store).add(
            household(u"Familia Ortiz"_s, u"2376 W 25th St"_s, u"(312) 555-0175"_s, {})));
        Backups backups(*store);
        LARDER_MUST(backups.take());
        QVERIFY(backups.unprotected().isEmpty()); // nothing to compare with yet: all plain
        LARDER_MUST(store->protect(Passphrase, KdfLimits::minimal()));
        QCOMPARE(backups.unprotected().size(), 1);
        QVERIFY(allBytes(backups.folder()).contains("Familia Ortiz"));

        store->lock();
        const auto locked = backups.replaceUnprotected();
        QVERIFY(!locked.ok()); // the new backup must be taken unlocked
        QCOMPARE(backups.list().size(), 1);
        LARDER_MUST(store->unlock(Passphrase));
        const RotationReport report = LARDER_MUST(backups.replaceUnprotected());
        QCOMPARE(report.deleted.size(), 1);
        QVERIFY(report.taken);
        QCOMPARE(backups.list().size(), 1);
        QVERIFY(backups.unprotected().isEmpty());
        QVERIFY(!allBytes(backups.folder()).contains("Familia Ortiz"));
        QVERIFY(!allBytes(backups.folder()).contains("2376 W 25th"));
    }

    // A privacy setting made weaker on another laptop (it arrives by sync, not through
    // Settings::set here) waits for a confirmation here; a stricter one applies at once.
    void weakerPrivacySettingsWaitForAConfirmation() {
        QTemporaryDir dir;
        auto store =
            LARDER_MUST(Store::create(dir.filePath(u"east.larder"_s), u"East"_s, atTestEpoch()));
        Settings here(*store);
        PrivacySettings privacy(*store);
        const auto arrive = [&store](const char* key, const QString& value) {
            return store->write([&](Writer& w) {
                const QString id = QString::fromLatin1(key);
                if (store->record(u"settings", id).isEmpty())
                    w.insert(u"settings", {{u"value"_s, value}}, id);
                else
                    w.update(u"settings", id, {{u"value"_s, value}});
            });
        };
        LARDER_MUST(arrive(settings::HouseholdRetentionMonths.key, u"36"_s));
        QCOMPARE(here.get(settings::HouseholdRetentionMonths), 12); // the default stays
        LARDER_MUST(arrive(settings::LockAfterMinutes.key, u"5"_s));
        QCOMPARE(here.get(settings::LockAfterMinutes), 5); // stricter: at once
        LARDER_MUST(here.set(settings::SheetInitialsOnly, true));
        LARDER_MUST(arrive(settings::SheetInitialsOnly.key, u"false"_s));
        QCOMPARE(here.get(settings::SheetInitialsOnly), true);

        QList<PendingSetting> pending = privacy.pending();
        QCOMPARE(pending.size(), 2);
        QCOMPARE(pending.at(0).key, u"sheet_initials_only"_s);
        QCOMPARE(pending.at(0).inEffect, u"on"_s);
        QCOMPARE(pending.at(0).proposed, u"off"_s);
        QCOMPARE(pending.at(1).key, u"household_retention_months"_s);
        QCOMPARE(pending.at(1).inEffect, u"12"_s);
        QCOMPARE(pending.at(1).proposed, u"36"_s);

        LARDER_MUST(privacy.confirm(u"household_retention_months"_s));
        QCOMPARE(here.get(settings::HouseholdRetentionMonths), 36);
        LARDER_MUST(arrive(settings::HouseholdRetentionMonths.key, u"48"_s));
        QCOMPARE(here.get(settings::HouseholdRetentionMonths), 36);    // agreed here: 36
        LARDER_MUST(here.set(settings::HouseholdRetentionMonths, 60)); // chosen here: at once
        QCOMPARE(here.get(settings::HouseholdRetentionMonths), 60);
        QCOMPARE(privacy.pending().size(), 1);
        QVERIFY(!privacy.confirm(u"pantry_name"_s).ok()); // not a guarded setting
    }

    // Who is due, where the stops are and what suits a household are sealed: while locked a
    // delivery day is not made, routes are not planned and boxes are not packed (a supplier
    // pickup day, which names no household, is).
    void planningAndPackingWaitForTheUnlock() {
        QTemporaryDir dir;
        auto store = LARDER_MUST(
            Store::create(dir.filePath(u"east.larder"_s), u"East"_s, protectedOptions()));
        LARDER_MUST(Households(*store).add(
            household(u"Familia Ortiz"_s, u"2376 W 25th St"_s, u"(312) 555-0175"_s, {})));
        runs::Runs days(*store);
        const QDate saturday(2026, 3, 7);
        const QString run = LARDER_MUST(days.create(saturday, runs::kind::Delivery));
        QCOMPARE(days.stops(run).size(), 1); // due: never served yet
        store->lock();
        QCOMPARE(days.dueHouseholds(saturday), QStringList());
        const auto made = days.create(saturday, runs::kind::Delivery);
        QVERIFY(!made.ok());
        QCOMPARE(made.error().kind, Error::Kind::Locked);
        QCOMPARE(days.plan(run).error().kind, Error::Kind::Locked);
        QCOMPARE(runs::Packages(*store).allocate(run).error().kind, Error::Kind::Locked);
        QVERIFY(days.create(saturday, runs::kind::SupplierPickup).ok());
        QCOMPARE(days.stops(run).size(), 1); // the day itself still reads, by number
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
