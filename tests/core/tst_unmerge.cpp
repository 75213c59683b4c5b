// SPDX-License-Identifier: GPL-3.0-or-later
// Taking a household merge back (the households page's undo): the kept record gets its old
// values, the removed one comes back with its old values under a new id, and the references the
// merge moved follow it — except those changed since.

#include "core/people/HouseholdIndex.h"
#include "core/people/Households.h"
#include "core/people/People.h"
#include "tests/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace larder;
using namespace larder::people;
using namespace larder::test;
using namespace Qt::StringLiterals;

class TestUnmerge : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<ManualClock> m_clock;
    std::unique_ptr<Store> m_store;

private Q_SLOTS:
    void init() {
        QTest::failOnWarning(QRegularExpression(u".*"_s));
        m_clock = std::make_shared<ManualClock>(TestEpochMs, 1);
        m_store = LARDER_MUST(createPantry(m_dir, m_clock));
    }

    void unmergeRestoresBothRecordsAndTheirReferences() {
        Households households(*m_store);
        People people(*m_store);
        Household first;
        first.chosenName = u"Ana R."_s;
        first.street = u"1843 S Loomis St"_s;
        first.deliveryNotes = u"side door"_s;
        first.dietaryTags = {u"halal"_s};
        const QString keep = LARDER_MUST(households.add(first));
        m_clock->advance(86400 * 1000);
        Household second;
        second.chosenName = u"Ana Rodríguez"_s;
        second.street = u"1843 South Loomis Street"_s;
        second.phone = u"(312) 555-0142"_s;
        second.mayText = true;
        second.coordinates = Coordinates{41.8575, -87.6607};
        second.deliveryNotes = u"call on arrival"_s;
        second.adults = 3;
        second.status = u"paused"_s;
        const QString other = LARDER_MUST(households.add(second));
        const Household keptBefore = *households.household(keep);
        const Household otherBefore = *households.household(other);
        Person member;
        member.displayName = u"Ana (volunteer)"_s;
        member.householdId = other;
        const QString memberId = LARDER_MUST(people.add(member));
        Person another;
        another.displayName = u"Beto"_s;
        another.householdId = other;
        const QString anotherId = LARDER_MUST(people.add(another));
        HouseholdIndex index(*m_store);

        const MergeReport report = LARDER_MUST(households.merge(keep, other));
        QCOMPARE(report.moved.size(), 2);
        QVERIFY(report.keptBefore && report.removedBefore);
        QCOMPARE(households.household(keep)->phone, u"(312) 555-0142"_s);
        QCOMPARE(index.size(), 1);
        // Meanwhile Beto moves to another household: taking the merge back leaves him there.
        const QString elsewhere = LARDER_MUST(households.add([] {
            Household h;
            h.chosenName = u"Elsewhere"_s;
            h.street = u"1 W Main St"_s;
            return h;
        }()));
        LARDER_VERIFY_OK(people.link(anotherId, elsewhere));

        const QString back = LARDER_MUST(households.unmerge(report));
        QVERIFY(back != other); // a deleted id never comes back
        QVERIFY(!households.household(other));
        const Household kept = *households.household(keep);
        QCOMPARE(kept.phone, QString());
        QVERIFY(!kept.coordinates);
        QCOMPARE(kept.deliveryNotes, keptBefore.deliveryNotes);
        QCOMPARE(kept.createdAt, keptBefore.createdAt);
        const Household restored = *households.household(back);
        QCOMPARE(restored.chosenName, otherBefore.chosenName);
        QCOMPARE(restored.street, otherBefore.street);
        QCOMPARE(restored.phone, otherBefore.phone);
        QVERIFY(restored.mayText);
        QCOMPARE(restored.coordinates->latitude, 41.8575);
        QCOMPARE(restored.deliveryNotes, otherBefore.deliveryNotes);
        QCOMPARE(restored.adults, 3);
        QCOMPARE(restored.status, u"paused"_s);
        QCOMPARE(restored.statusSince, otherBefore.statusSince);
        QCOMPARE(restored.createdAt, otherBefore.createdAt);
        QCOMPARE(people.person(memberId)->householdId, back);
        QCOMPARE(people.person(anotherId)->householdId, elsewhere);
        QCOMPARE(index.size(), 3);
        LARDER_VERIFY_OK(integrity(*m_store));

        // Redo is merging again, with the re-created record.
        const MergeReport again = LARDER_MUST(households.merge(keep, back));
        QCOMPARE(again.moved.size(), 1);
        QCOMPARE(households.household(keep)->phone, u"(312) 555-0142"_s);
        QCOMPARE(people.person(memberId)->householdId, keep);
    }

    void unmergeRefusesWhenTheKeptRecordIsGone() {
        Households households(*m_store);
        Household a;
        a.chosenName = u"A"_s;
        a.street = u"1 Main St"_s;
        Household b = a;
        b.chosenName = u"B"_s;
        const QString keep = LARDER_MUST(households.add(a));
        const QString other = LARDER_MUST(households.add(b));
        const MergeReport report = LARDER_MUST(households.merge(keep, other));
        LARDER_VERIFY_OK(households.remove(keep));
        const auto refused = households.unmerge(report);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(u"no longer on file"_s));
        QCOMPARE(households.count(), 0);
        // A report without the snapshot (made by hand) is refused too.
        MergeReport bare;
        bare.keptId = keep;
        QVERIFY(!households.unmerge(bare));
    }
};

QTEST_GUILESS_MAIN(TestUnmerge)
#include "tst_unmerge.moc"
