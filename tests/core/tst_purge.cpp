// SPDX-License-Identifier: GPL-3.0-or-later
// Retention: households closed longer than the pantry's retention period are purged — deleted
// through the write API, their values scrubbed from the operation log and the conflict list, the
// write-ahead log checkpointed — and then neither the database file nor its log holds their name,
// address, phone or notes in any byte. The purge travels through sync: another laptop that
// imports it loses the values too, and nothing brings them back.

#include "core/people/HouseholdIndex.h"
#include "core/people/Households.h"
#include "core/people/People.h"
#include "core/people/Retention.h"
#include "core/storage/Settings.h"
#include "core/storage/Sqlite.h"
#include "core/sync/Replicator.h"
#include "tests/TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace larder;
using namespace larder::people;
using namespace larder::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray Passphrase("beans on tuesday at the church");
constexpr qint64 DayMs = 86400LL * 1000;

QByteArray fileBytes(const QString& path) {
    QByteArray bytes;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        QFile f(path + QLatin1String(suffix));
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
    }
    return bytes;
}

// The values of the household to be purged: each must vanish from every byte.
const QStringList Secrets{u"Quillonette Vasquez-Ybarra"_s,
                          u"4471 W Zorblatt Ave"_s,
                          u"Unit 9Q"_s,
                          u"(312) 555-0199"_s,
                          u"knock 3 times then wait"_s,
                          u"needs the box carried to 4th floor"_s,
                          u"peanuts-xq"_s,
                          u"ring the red bell"_s,
                          u"leave with the neighbour Ximo"_s,
                          u"late edit from Wobblefinch"_s};

} // namespace

class TestPurge : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString newPath(const char* stem) {
        return m_dir.filePath(QString::fromLatin1(stem) + QString::number(++m_files) +
                              u".larder"_s);
    }

    // Households around the doomed one, so that it shares pages with others.
    static void fill(Store& store, int n) {
        Households households(store);
        for (int i = 0; i < n; ++i) {
            Household h;
            h.chosenName = u"Neighbour %1"_s.arg(i);
            h.street = u"%1 W 18th St"_s.arg(1000 + i);
            h.phone = u"(773) 555-01%1"_s.arg(i % 100, 2, 10, QLatin1Char('0'));
            h.deliveryNotes = u"side door %1"_s.arg(i);
            LARDER_MUST(households.add(h));
        }
    }

    static Household doomed() {
        Household h;
        h.chosenName = Secrets.at(0);
        h.street = Secrets.at(1);
        h.unit = Secrets.at(2);
        h.phone = Secrets.at(3);
        h.deliveryNotes = Secrets.at(4);
        h.accessNeeds = Secrets.at(5);
        h.allergies = {Secrets.at(6)};
        h.coordinates = Coordinates{41.8512345, -87.6798765};
        h.mayCall = true;
        return h;
    }

    static void verifyGone(const Store& store) {
        const QByteArray bytes = fileBytes(store.path());
        QVERIFY(bytes.size() > 0);
        for (const QString& secret : Secrets) {
            QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));
            QVERIFY2(!bytes.contains(secret.toLatin1()), qPrintable(secret));
        }
        QVERIFY(!bytes.contains("Zorblatt"));
        // The WAL is empty after the checkpoint.
        QCOMPARE(QFile(store.path() + u"-wal"_s).size(), 0);
    }

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void purgeLeavesNoByteOfTheHousehold() {
        auto clock = std::make_shared<ManualClock>(TestEpochMs, 1);
        std::unique_ptr<Store> store =
            LARDER_MUST(Store::create(newPath("purge"), u"East"_s, fixedOptions(clock)));
        QCOMPARE(store->connection().scalar("PRAGMA secure_delete").toInt(), 1);
        Households households(*store);
        People people(*store);
        fill(*store, 150);
        const QString id = LARDER_MUST(households.add(doomed()));
        // Edited a few times: every old value sits in the operation log.
        Household h = *households.household(id);
        h.deliveryNotes = Secrets.at(7);
        LARDER_VERIFY_OK(households.update(h));
        h.deliveryNotes = Secrets.at(8);
        LARDER_VERIFY_OK(households.update(h));
        Person member;
        member.displayName = u"Volunteer from that household"_s;
        member.householdId = id;
        const QString memberId = LARDER_MUST(people.add(member));
        LARDER_VERIFY_OK(households.setStatus(id, u"closed"_s));
        // A household closed recently stays.
        const QString recent = LARDER_MUST(households.add([] {
            Household r;
            r.chosenName = u"Recently Closed"_s;
            r.street = u"12 W Keepme St"_s;
            return r;
        }()));
        fill(*store, 150);
        HouseholdIndex index(*store);
        QCOMPARE(index
                     .search([] {
                         SearchQuery q;
                         q.text = u"quillonette"_s;
                         return q;
                     }())
                     .total,
                 1);

        Retention retention(*store);
        QCOMPARE(retention.retentionMonths(), 12); // the default
        QVERIFY(retention.candidates().isEmpty());
        clock->advance(200 * DayMs);
        LARDER_VERIFY_OK(households.setStatus(recent, u"closed"_s));
        clock->advance(200 * DayMs); // the first closed 400 days ago, the other 200
        const auto candidates = retention.candidates();
        QCOMPARE(candidates.size(), 1);
        QCOMPARE(candidates.first().id, id);
        QCOMPARE(candidates.first().chosenName, Secrets.at(0));
        QCOMPARE(retention.candidates(6).size(), 2);
        // The period is a pantry setting.
        LARDER_VERIFY_OK(Settings(*store).set(settings::HouseholdRetentionMonths, 24));
        QVERIFY(retention.candidates().isEmpty());
        LARDER_VERIFY_OK(Settings(*store).set(settings::HouseholdRetentionMonths, 12));

        // A conflict kept for review holds the record's values too.
        store->connection().exec(
            "INSERT INTO sync_conflicts (tbl, row_id, col, kept_value, kept_site, kept_hlc, "
            "lost_value, lost_site, lost_hlc, detected_at) VALUES ('households', '" +
            id.toUtf8() + "', 'delivery_notes', '" + Secrets.at(8).toUtf8() + "', 'a', 1, '" +
            Secrets.at(7).toUtf8() + "', 'b', 2, '2026-01-01')");
        // Everything is in the file before the purge (the search below really looks).
        store->connection().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        QVERIFY(fileBytes(store->path()).contains(Secrets.at(1).toUtf8()));
        QVERIFY(fileBytes(store->path()).contains(Secrets.at(7).toUtf8()));

        const PurgeReport report = LARDER_MUST(retention.purgeClosed());
        QCOMPARE(report.purged, 1);
        QCOMPARE(report.unlinked, 1);
        QVERIFY(report.checkpointed);
        QVERIFY(!households.household(id));
        QVERIFY(households.household(recent));
        QCOMPARE(people.person(memberId)->householdId, QString()); // the person stays
        QCOMPARE(index
                     .search([] {
                         SearchQuery q;
                         q.text = u"quillonette"_s;
                         return q;
                     }())
                     .total,
                 0);
        auto& db = store->connection();
        QCOMPARE(db.scalar("SELECT count(*) FROM sync_conflicts").toInt(), 0);
        QCOMPARE(db.scalar("SELECT count(*) FROM sync_log WHERE row_id = '" + id.toUtf8() +
                           "' AND value IS NOT NULL AND col NOT IN ('-', '*')")
                     .toInt(),
                 0);
        QCOMPARE(db.scalar("SELECT count(*) FROM tombstones WHERE row_id = '" + id.toUtf8() + "'")
                     .toInt(),
                 1);
        verifyGone(*store);
        // The rest of the file is intact, and still readable in it.
        QVERIFY(fileBytes(store->path()).contains("Keepme"));
        LARDER_VERIFY_OK(integrity(*store));
        // Purging again finds nothing and is not an error.
        QCOMPARE(LARDER_MUST(retention.purgeClosed()).purged, 0);
        // And the record cannot be brought back under its id.
        QVERIFY(!store->write([&](Writer& w) {
            w.insert(u"households", {{u"chosen_name"_s, u"Back"_s}}, id);
        }));
    }

    void purgeTravelsThroughSync() {
        // East and West share the household; both edit its notes at the same time (a conflict
        // kept for review), then East purges it and West imports the purge.
        auto eastClock = std::make_shared<ManualClock>(TestEpochMs, 1);
        std::unique_ptr<Store> east =
            LARDER_MUST(Store::create(newPath("east"), u"East"_s, fixedOptions(eastClock, 1)));
        sync::Replicator eastSync(*east, sync::KdfLimits::minimal());
        LARDER_VERIFY_OK(eastSync.setPassphrase(Passphrase));
        fill(*east, 60);
        const QString id = LARDER_MUST(Households(*east).add(doomed()));
        auto exportFrom = [this](sync::Replicator& r) -> QString {
            const QString path = m_dir.filePath(u"sync%1.lardersync"_s.arg(++m_files));
            LARDER_MUST(r.exportFile(path, Passphrase), QString());
            return path;
        };
        auto westClock = std::make_shared<ManualClock>(TestEpochMs + 1000, 1);
        std::unique_ptr<Store> west = LARDER_MUST(
            sync::Replicator::join(newPath("west"), u"West"_s, exportFrom(eastSync), Passphrase,
                                   fixedOptions(westClock, 2), sync::KdfLimits::minimal()));
        sync::Replicator westSync(*west, sync::KdfLimits::minimal());
        QCOMPARE(Households(*west).household(id)->chosenName, Secrets.at(0));

        Household atEast = *Households(*east).household(id);
        atEast.deliveryNotes = Secrets.at(7);
        LARDER_VERIFY_OK(Households(*east).update(atEast));
        westClock->advance(5000);
        Household atWest = *Households(*west).household(id);
        atWest.deliveryNotes = Secrets.at(8);
        LARDER_VERIFY_OK(Households(*west).update(atWest));
        QCOMPARE(LARDER_MUST(eastSync.importFile(exportFrom(westSync), Passphrase)).conflicts, 1);
        LARDER_VERIFY_OK(westSync.importFile(exportFrom(eastSync), Passphrase));
        QCOMPARE(eastSync.openConflicts().size(), 1); // West's later value won; East lists it

        // Closed long ago at East.
        LARDER_VERIFY_OK(Households(*east).setStatus(id, u"closed"_s, QDate(2024, 1, 15)));
        const PurgeReport report = LARDER_MUST(Retention(*east).purgeClosed());
        QCOMPARE(report.purged, 1);
        QVERIFY(eastSync.openConflicts().isEmpty());
        verifyGone(*east);

        // West, not yet knowing, edits the household once more.
        HouseholdIndex westIndex(*west);
        QCOMPARE(westIndex.size(), 61);
        westClock->advance(60000);
        atWest = *Households(*west).household(id);
        atWest.deliveryNotes = Secrets.at(9);
        LARDER_VERIFY_OK(Households(*west).update(atWest));
        const QString lateEdit = exportFrom(westSync);

        // West imports the purge: the record, its logged values and its conflict go there too.
        LARDER_VERIFY_OK(westSync.importFile(exportFrom(eastSync), Passphrase));
        QVERIFY(!Households(*west).household(id));
        QCOMPARE(westIndex.size(), 60); // the index rebuilt after the import
        QVERIFY(westSync.openConflicts().isEmpty());
        QCOMPARE(west->connection()
                     .scalar("SELECT count(*) FROM sync_log WHERE row_id = '" + id.toUtf8() +
                             "' AND value IS NOT NULL AND col NOT IN ('-', '*')")
                     .toInt(),
                 0);
        QVERIFY(Retention::checkpoint(*west));
        verifyGone(*west);
        QCOMPARE(sync::digest(*east), sync::digest(*west));

        // West's late edit, made before it heard of the purge, brings nothing back at East.
        LARDER_VERIFY_OK(eastSync.importFile(lateEdit, Passphrase));
        QVERIFY(!Households(*east).household(id));
        QVERIFY(Retention::checkpoint(*east));
        verifyGone(*east);
        QCOMPARE(sync::digest(*east), sync::digest(*west));
    }

    // West links a volunteer to the household while East, not knowing, purges it. The link to
    // a deleted record materializes as empty on both laptops, so they keep exchanging files and
    // agree (it used to fail every import at COMMIT on the foreign key).
    void purgeRacingANewLinkStillSyncs() {
        auto eastClock = std::make_shared<ManualClock>(TestEpochMs, 1);
        std::unique_ptr<Store> east =
            LARDER_MUST(Store::create(newPath("east"), u"East"_s, fixedOptions(eastClock, 1)));
        sync::Replicator eastSync(*east, sync::KdfLimits::minimal());
        LARDER_VERIFY_OK(eastSync.setPassphrase(Passphrase));
        const QString id = LARDER_MUST(Households(*east).add(doomed()));
        auto exportFrom = [this](sync::Replicator& r) -> QString {
            const QString path = m_dir.filePath(u"sync%1.lardersync"_s.arg(++m_files));
            LARDER_MUST(r.exportFile(path, Passphrase), QString());
            return path;
        };
        auto westClock = std::make_shared<ManualClock>(TestEpochMs + 1000, 1);
        std::unique_ptr<Store> west = LARDER_MUST(
            sync::Replicator::join(newPath("west"), u"West"_s, exportFrom(eastSync), Passphrase,
                                   fixedOptions(westClock, 2), sync::KdfLimits::minimal()));
        sync::Replicator westSync(*west, sync::KdfLimits::minimal());
        Person volunteer;
        volunteer.displayName = u"Linked meanwhile"_s;
        volunteer.householdId = id;
        LARDER_MUST(People(*west).add(volunteer));
        LARDER_VERIFY_OK(Households(*east).setStatus(id, u"closed"_s, QDate(2024, 1, 15)));
        QCOMPARE(LARDER_MUST(Retention(*east).purgeClosed()).purged, 1);

        const bool atEast = eastSync.importFile(exportFrom(westSync), Passphrase).ok();
        const bool atWest = westSync.importFile(exportFrom(eastSync), Passphrase).ok();
        QVERIFY(atEast && atWest);
        QCOMPARE(sync::digest(*east), sync::digest(*west));
        QVERIFY(!Households(*west).household(id));
        const auto volunteers = People(*west).all();
        QCOMPARE(volunteers.size(), 1);
        QVERIFY(volunteers.first().householdId.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPurge)
#include "tst_purge.moc"
