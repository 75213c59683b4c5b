// SPDX-License-Identifier: GPL-3.0-or-later
// Record ids (UUIDv7) and the hybrid logical clock: well-formed, ordered, unique; the clock never
// goes backwards, moves past times seen from other laptops, survives a wrong wall clock, and is
// persisted in the file.

#include "core/identity/HybridClock.h"
#include "core/identity/Uuid.h"
#include "core/storage/Sqlite.h"
#include "tests/TestSupport.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace larder;
using namespace larder::test;
using namespace Qt::StringLiterals;

class TestIdentity : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void uuidsAreVersion7WithTimestamp() {
        ManualClock clock(TestEpochMs);
        SystemRandom random;
        UuidV7Generator ids(clock, random);
        const QString id = ids.next();
        QVERIFY2(UuidV7Generator::isValid(id), qPrintable(id));
        QCOMPARE(id.size(), 36);
        QCOMPARE(UuidV7Generator::version(id), 7);
        QCOMPARE(UuidV7Generator::timestampMs(id), TestEpochMs);
        QVERIFY(!UuidV7Generator::isValid(u"not-a-uuid"_s));
        QVERIFY(!UuidV7Generator::isValid(u"123e4567-e89b-42d3-a456-426614174000"_s)); // v4
    }

    void uuidsIncreaseWithinOneMillisecondAndWhenClockGoesBack() {
        ManualClock clock(TestEpochMs); // frozen: every id in the same millisecond
        SeededRandom random(7);
        UuidV7Generator ids(clock, random);
        QString previous = ids.next();
        for (int i = 0; i < 10000; ++i) {
            if (i == 5000)
                clock.set(TestEpochMs - 60000); // the wall clock jumps back a minute
            const QString next = ids.next();
            QVERIFY2(next > previous, qPrintable(previous + u" !< "_s + next));
            QVERIFY(UuidV7Generator::isValid(next));
            previous = next;
        }
    }

    void uuidsAreUniqueAcrossGenerators() {
        ManualClock clock(TestEpochMs, 0);
        SystemRandom random;
        UuidV7Generator a(clock, random);
        UuidV7Generator b(clock, random);
        QSet<QString> seen;
        for (int i = 0; i < 50000; ++i) {
            seen.insert(a.next());
            seen.insert(b.next());
        }
        QCOMPARE(seen.size(), 100000);
    }

    void seededRandomRepeats() {
        SeededRandom a(99), b(99), c(100);
        const QByteArray x = a.bytes(64);
        QCOMPARE(b.bytes(64), x);
        QVERIFY(c.bytes(64) != x);
        SeededRandom d(5);
        for (int i = 0; i < 1000; ++i)
            QVERIFY(d.uniform(7) < 7);
    }

    void hybridClockFollowsWallClock() {
        ManualClock wall(TestEpochMs);
        HybridClock hlc(wall);
        const qint64 t1 = hlc.tick();
        QCOMPARE(HybridClock::millis(t1), TestEpochMs);
        QCOMPARE(HybridClock::counter(t1), 0);
        const qint64 t2 = hlc.tick(); // same millisecond: the counter moves
        QCOMPARE(HybridClock::millis(t2), TestEpochMs);
        QCOMPARE(HybridClock::counter(t2), 1);
        wall.advance(5);
        const qint64 t3 = hlc.tick();
        QCOMPARE(HybridClock::millis(t3), TestEpochMs + 5);
        QCOMPARE(HybridClock::counter(t3), 0);
        QVERIFY(t1 < t2 && t2 < t3);
    }

    void hybridClockIsMonotonicWhenWallClockGoesBack() {
        ManualClock wall(TestEpochMs);
        HybridClock hlc(wall);
        qint64 previous = hlc.tick();
        wall.set(TestEpochMs - 3600 * 1000); // someone set the laptop an hour back
        for (int i = 0; i < 70000; ++i) {    // more than one counter's worth
            const qint64 next = hlc.tick();
            QVERIFY(next > previous);
            previous = next;
        }
        QVERIFY(HybridClock::millis(previous) >= TestEpochMs);
    }

    void hybridClockMergesRemoteTime() {
        ManualClock wall(TestEpochMs);
        HybridClock hlc(wall);
        hlc.tick();
        const qint64 remote = HybridClock::pack(TestEpochMs + 86400000, 12); // a day ahead
        hlc.observe(remote);
        const qint64 next = hlc.tick();
        QVERIFY(next > remote);
        // An older remote time changes nothing.
        hlc.observe(HybridClock::pack(TestEpochMs - 1000, 0));
        QVERIFY(hlc.tick() > next);
        // Once the wall clock passes the remote time, the clock follows the wall again.
        wall.set(TestEpochMs + 2 * 86400000);
        QCOMPARE(HybridClock::millis(hlc.tick()), TestEpochMs + 2 * 86400000);
    }

    void hybridClockIsPersistedInTheFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"pantry.larder"_s);
        auto clock = std::make_shared<ManualClock>(TestEpochMs);
        qint64 lastBefore = 0;
        {
            auto created = Store::create(path, u"East"_s, fixedOptions(clock));
            LARDER_VERIFY_OK(created);
            LARDER_VERIFY_OK(created.value()->write([](Writer& w) {
                w.insert(u"locations", {{u"name"_s, u"Shelf"_s}});
            }));
            lastBefore = created.value()->lastHlc();
        }
        // Reopened with a wall clock a year behind: new operations still come after the old ones.
        auto behind = std::make_shared<ManualClock>(TestEpochMs - 365LL * 86400000);
        auto opened = Store::open(path, fixedOptions(behind));
        LARDER_VERIFY_OK(opened);
        QCOMPARE(opened.value()->lastHlc(), lastBefore);
        LARDER_VERIFY_OK(opened.value()->write([](Writer& w) {
            w.insert(u"locations", {{u"name"_s, u"Fridge"_s}});
        }));
        const qint64 minNew = opened.value()
                                  ->connection()
                                  .scalar("SELECT min(hlc) FROM sync_log WHERE tbl = 'locations' "
                                          "AND row_id IN (SELECT id FROM locations WHERE name = "
                                          "'Fridge')")
                                  .toLongLong();
        QVERIFY(minNew > lastBefore);
    }
};

QTEST_GUILESS_MAIN(TestIdentity)
#include "tst_identity.moc"
