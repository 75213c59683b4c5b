// SPDX-License-Identifier: GPL-3.0-or-later
// Backups: a backup is a whole Larder file in `<file>.backups/`, named by the time it was taken;
// rotation keeps the newest backup per day for a week and per week for a month, and rewrites
// every kept backup that still holds a household purged (or deleted) since, so that no byte of
// any backup file holds it afterwards.

#include "core/people/Households.h"
#include "core/people/People.h"
#include "core/people/Retention.h"
#include "core/storage/Backup.h"
#include "core/storage/Sqlite.h"
#include "tests/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace larder;
using namespace larder::people;
using namespace larder::test;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 DayMs = 86400LL * 1000;

// Every byte of every file in the folder (backups, and anything left beside them).
QByteArray folderBytes(const QString& folder) {
    QByteArray bytes;
    for (const QFileInfo& file : QDir(folder).entryInfoList(QDir::Files | QDir::Hidden)) {
        QFile f(file.absoluteFilePath());
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
    }
    return bytes;
}

const QStringList Secrets{u"Quillonette Vasquez-Ybarra"_s, u"4471 W Zorblatt Ave"_s,
                          u"(312) 555-0199"_s, u"knock 3 times then wait"_s,
                          u"outcome: dog in the yard, Zorblatt"_s};

BackupInfo at(const QString& name, const QDateTime& when) {
    return {name, when, 1};
}

} // namespace

class TestBackup : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString newPath(const char* stem) {
        return m_dir.filePath(QString::fromLatin1(stem) + QString::number(++m_files) +
                              u".larder"_s);
    }

    static void fill(Store& store, int n) {
        Households households(store);
        for (int i = 0; i < n; ++i) {
            Household h;
            h.chosenName = u"Neighbour %1"_s.arg(i);
            h.street = u"%1 W 18th St"_s.arg(1000 + i);
            LARDER_MUST(households.add(h));
        }
    }

    static Household doomed() {
        Household h;
        h.chosenName = Secrets.at(0);
        h.street = Secrets.at(1);
        h.phone = Secrets.at(2);
        h.deliveryNotes = Secrets.at(3);
        h.coordinates = Coordinates{41.8512345, -87.6798765};
        return h;
    }

    // Opens a copy of a backup, as restoring does.
    std::unique_ptr<Store> restore(const QString& backup) {
        const QString copy = newPath("restored");
        if (!QFile::copy(backup, copy)) {
            QTest::qFail("could not copy the backup", __FILE__, __LINE__);
            return nullptr;
        }
        return LARDER_MUST(Store::open(copy), nullptr);
    }

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void aBackupIsAWholeLarderFileNamedByItsTime() {
        auto clock = std::make_shared<ManualClock>(TestEpochMs, 1);
        std::unique_ptr<Store> store =
            LARDER_MUST(Store::create(newPath("pantry"), u"East"_s, fixedOptions(clock)));
        fill(*store, 20);
        Backups backups(*store);
        QCOMPARE(backups.folder(), store->path() + u".backups"_s);
        QVERIFY(backups.list().isEmpty());
        const RotationReport report = LARDER_MUST(backups.take());
        QVERIFY(report.taken);
        QCOMPARE(report.taken->takenAt, QDateTime::fromMSecsSinceEpoch(TestEpochMs, Qt::UTC));
        QVERIFY2(report.taken->path.endsWith(u"-20260301-120000.larder"_s),
                 qPrintable(report.taken->path));
        QVERIFY(report.deleted.isEmpty());
        QCOMPARE(backups.list().size(), 1);
        QCOMPARE(backups.latest()->path, report.taken->path);
        // One self-contained file: no log, no journal, no partial copy beside it.
        QCOMPARE(QDir(backups.folder()).entryList(QDir::Files | QDir::Hidden).size(), 1);

        // A second backup in the same second gets its own name.
        const RotationReport second = LARDER_MUST(backups.take(BackupPolicy{.newest = 5}));
        QVERIFY(second.taken->path != report.taken->path);
        QCOMPARE(backups.list().size(), 2);
        QCOMPARE(backups.latest()->path, second.taken->path);

        // Restoring is opening a copy: the data is there, and the copy takes a new site id.
        fill(*store, 1); // the live file moves on; the backup does not
        std::unique_ptr<Store> restored = restore(report.taken->path);
        QVERIFY(restored->wasRekeyed());
        QVERIFY(restored->siteId() != store->siteId());
        QCOMPARE(Households(*restored).all().size(), 20);
        LARDER_VERIFY_OK(integrity(*restored));
    }

    void takeIfDueTakesOneADay() {
        auto clock = std::make_shared<ManualClock>(TestEpochMs, 1);
        std::unique_ptr<Store> store =
            LARDER_MUST(Store::create(newPath("pantry"), u"East"_s, fixedOptions(clock)));
        Backups backups(*store, m_dir.filePath(u"elsewhere"_s)); // a chosen folder
        QVERIFY(LARDER_MUST(backups.takeIfDue()).taken);
        clock->advance(DayMs - 60000);
        QVERIFY(!LARDER_MUST(backups.takeIfDue()).taken);
        clock->advance(60000);
        QVERIFY(LARDER_MUST(backups.takeIfDue()).taken);
        QCOMPARE(backups.list().size(), 2);
        QVERIFY(QFileInfo(m_dir.filePath(u"elsewhere"_s)).isDir());
    }

    void rotationKeepsDailyThenWeekly() {
        // One backup a day for 60 days, two on the last day.
        const QDateTime start(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
        QList<BackupInfo> all;
        for (int day = 0; day < 60; ++day)
            all.append(at(u"d%1"_s.arg(day, 2, 10, QLatin1Char('0')), start.addDays(day)));
        all.append(at(u"d59b"_s, start.addDays(59).addSecs(3600)));
        const QList<BackupInfo> keep = Backups::kept(all, BackupPolicy{});
        QStringList names;
        for (const BackupInfo& backup : keep)
            names << backup.path;
        // The newest of each of the last 7 days (the later one on the last day) ...
        QCOMPARE(names.mid(0, 7), (QStringList{u"d59b"_s, u"d58"_s, u"d57"_s, u"d56"_s, u"d55"_s,
                                               u"d54"_s, u"d53"_s}));
        QVERIFY(!names.contains(u"d59"_s));
        // ... and the newest of each of the last 4 ISO weeks. 2026-03-01 (day 59) is a Sunday,
        // so the weeks end on days 59, 52, 45 and 38.
        QCOMPARE(names.mid(7), (QStringList{u"d52"_s, u"d45"_s, u"d38"_s}));
        // --keep N: exactly the newest N.
        const QList<BackupInfo> newest = Backups::kept(all, BackupPolicy{.newest = 3});
        QCOMPARE(newest.size(), 3);
        QCOMPARE(newest.at(1).path, u"d59"_s);
        // Fewer backups than the policy allows: all are kept.
        QCOMPARE(Backups::kept(all.mid(0, 3), BackupPolicy{}).size(), 3);
    }

    void rotationDeletesBackupsBeyondThePolicy() {
        auto clock = std::make_shared<ManualClock>(TestEpochMs, 1);
        std::unique_ptr<Store> store =
            LARDER_MUST(Store::create(newPath("pantry"), u"East"_s, fixedOptions(clock)));
        Backups backups(*store);
        QStringList taken;
        for (int i = 0; i < 4; ++i) {
            taken << LARDER_MUST(backups.take(BackupPolicy{.newest = 2})).taken->path;
            clock->advance(3600 * 1000);
        }
        QCOMPARE(backups.list().size(), 2);
        QVERIFY(!QFile::exists(taken.at(0)));
        QVERIFY(!QFile::exists(taken.at(1)));
        QVERIFY(QFile::exists(taken.at(3)));
    }

    void purgedHouseholdLeavesEveryBackupAtTheNextRotation() {
        auto clock = std::make_shared<ManualClock>(TestEpochMs, 1);
        std::unique_ptr<Store> store =
            LARDER_MUST(Store::create(newPath("pantry"), u"East"_s, fixedOptions(clock)));
        Households households(*store);
        fill(*store, 80);
        const QString id = LARDER_MUST(households.add(doomed()));
        Person member;
        member.displayName = u"Volunteer from that household"_s;
        member.householdId = id;
        const QString memberId = LARDER_MUST(People(*store).add(member));
        // A route stop at the household with a note about the delivery.
        QString stopId;
        LARDER_VERIFY_OK(store->write([&](Writer& w) {
            const QString run = w.insert(u"runs", {{u"run_date"_s, u"2026-03-02"_s}});
            stopId = w.insert(u"run_stops", {{u"run_id"_s, run},
                                             {u"household_id"_s, id},
                                             {u"outcome"_s, u"not_home"_s},
                                             {u"outcome_note"_s, Secrets.at(4)}});
        }));
        fill(*store, 80);

        // Three backups over three days, all holding the household.
        Backups backups(*store);
        QStringList older;
        for (int i = 0; i < 3; ++i) {
            older << LARDER_MUST(backups.take()).taken->path;
            clock->advance(DayMs);
        }
        for (const QString& secret : Secrets)
            QVERIFY2(folderBytes(backups.folder()).contains(secret.toUtf8()), qPrintable(secret));

        LARDER_VERIFY_OK(households.setStatus(id, u"closed"_s, QDate(2024, 1, 15)));
        QCOMPARE(LARDER_MUST(Retention(*store).purgeClosed()).purged, 1);
        // Still in the backups until the next rotation.
        QVERIFY(folderBytes(backups.folder()).contains(Secrets.at(1).toUtf8()));

        const RotationReport report = LARDER_MUST(backups.take());
        QVERIFY(report.deleted.isEmpty());
        QCOMPARE(report.scrubbed.size(), 3);
        for (const QString& path : older)
            QVERIFY(report.scrubbed.contains(path));
        const QByteArray bytes = folderBytes(backups.folder());
        QVERIFY(bytes.size() > 0);
        for (const QString& secret : Secrets) {
            QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));
            QVERIFY2(!bytes.contains(secret.toLatin1()), qPrintable(secret));
        }
        QVERIFY(!bytes.contains("Zorblatt"));
        QVERIFY(bytes.contains("Neighbour 79")); // the rest is intact
        // No journal, log or partial copy left beside the backups.
        for (const QString& name : QDir(backups.folder()).entryList(QDir::Files | QDir::Hidden))
            QVERIFY2(name.endsWith(u".larder"_s), qPrintable(name));

        // A scrubbed backup is still a sound Larder file with everyone else in it.
        std::unique_ptr<Store> restored = restore(older.first());
        QVERIFY(!Households(*restored).household(id));
        QCOMPARE(Households(*restored).all().size(), 160);
        QVERIFY(People(*restored).person(memberId)->householdId.isEmpty());
        const Values stop = restored->record(u"run_stops", stopId);
        QCOMPARE(stop.value(u"outcome"_s).toString(), u"not_home"_s);
        QVERIFY(stop.value(u"outcome_note"_s).isNull());
        QVERIFY(stop.value(u"household_id"_s).isNull());
        QVERIFY(!restored->write([&](Writer& w) {
            w.insert(u"households", {{u"chosen_name"_s, u"Back"_s}}, id);
        }));
        LARDER_VERIFY_OK(integrity(*restored));

        // Nothing new deleted: the next rotation rewrites nothing.
        clock->advance(DayMs);
        QVERIFY(LARDER_MUST(backups.take()).scrubbed.isEmpty());
    }

    // A household deleted at another laptop reaches this one as a tombstone; it leaves this
    // laptop's backups the same way.
    void scrubSkipsWhatABackupNeverHeld() {
        auto clock = std::make_shared<ManualClock>(TestEpochMs, 1);
        std::unique_ptr<Store> store =
            LARDER_MUST(Store::create(newPath("pantry"), u"East"_s, fixedOptions(clock)));
        fill(*store, 5);
        Backups backups(*store);
        const QString first = LARDER_MUST(backups.take()).taken->path;
        const QByteArray before = folderBytes(backups.folder());
        // Created and deleted after the backup: the backup never held it.
        const QString id = LARDER_MUST(Households(*store).add(doomed()));
        LARDER_VERIFY_OK(Households(*store).remove(id));
        QCOMPARE(LARDER_MUST(backups.scrub(first)), false);
        QCOMPARE(folderBytes(backups.folder()), before);
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
