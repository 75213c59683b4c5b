// SPDX-License-Identifier: GPL-3.0-or-later
// The redacted household export made k-anonymous (core/io/Anonymity): the generalisation of
// each value, the ladder from fine to coarse on hand-built sets where the rows to generalise and
// to leave out are known, the property that no combination in the output covers fewer than 5
// households (seeded random sets of many sizes), and a pantry too small to show any row.

#include "core/io/Anonymity.h"

#include <QHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace larder::io;
using namespace Qt::StringLiterals;

namespace {

using D = Generalisation::Date;
using S = Generalisation::Size;

HouseholdFacts facts(const QString& postal, int size, const QString& status, const QDate& made) {
    HouseholdFacts h;
    h.postalCode = postal;
    h.size = size;
    h.status = status;
    h.created = made;
    return h;
}

// `count` households alike but for the day of the month their record was made.
QList<HouseholdFacts> alike(int count, const QString& postal, int size, const QString& status,
                            int year, int month) {
    QList<HouseholdFacts> list;
    for (int i = 0; i < count; ++i)
        list << facts(postal, size, status, QDate(year, month, 1 + i % 28));
    return list;
}

QStringList row(const char* area, const char* size, const char* status, const char* made) {
    return {QString::fromUtf8(area), QString::fromUtf8(size), QString::fromUtf8(status),
            QString::fromUtf8(made)};
}

// How many rows of `rows` share each combination, smallest first.
int smallestGroup(const QList<QStringList>& rows) {
    QHash<QString, int> counts;
    for (const QStringList& r : rows)
        ++counts[r.join(u'\x1f')];
    int smallest = std::numeric_limits<int>::max();
    for (const int count : std::as_const(counts))
        smallest = std::min(smallest, count);
    return smallest;
}

} // namespace

class TestAnonymity : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void generalisesEachValue() {
        QCOMPARE(Anonymity::sizeBand(0, S::Bands), u"1"_s);
        QCOMPARE(Anonymity::sizeBand(1, S::Bands), u"1"_s);
        QCOMPARE(Anonymity::sizeBand(2, S::Bands), u"2"_s);
        QCOMPARE(Anonymity::sizeBand(3, S::Bands), u"3-4"_s);
        QCOMPARE(Anonymity::sizeBand(4, S::Bands), u"3-4"_s);
        QCOMPARE(Anonymity::sizeBand(5, S::Bands), u"5+"_s);
        QCOMPARE(Anonymity::sizeBand(11, S::Bands), u"5+"_s);
        QCOMPARE(Anonymity::sizeBand(2, S::TwoBands), u"1-2"_s);
        QCOMPARE(Anonymity::sizeBand(3, S::TwoBands), u"3+"_s);
        const QDate day(2026, 8, 17);
        QCOMPARE(Anonymity::dateText(day, D::Month), u"2026-08"_s);
        QCOMPARE(Anonymity::dateText(day, D::Quarter), u"2026-Q3"_s);
        QCOMPARE(Anonymity::dateText(QDate(2026, 3, 31), D::Quarter), u"2026-Q1"_s);
        QCOMPARE(Anonymity::dateText(QDate(2026, 4, 1), D::Quarter), u"2026-Q2"_s);
        QCOMPARE(Anonymity::dateText(day, D::Year), u"2026"_s);
        QCOMPARE(Anonymity::dateText(day, D::Hidden), QString());
        QCOMPARE(Anonymity::dateText(QDate(), D::Month), QString());
        // The postal code to its area, as the redacted export always cut it.
        QCOMPARE(Anonymity::row(facts(u"60608-1234"_s, 3, u"active"_s, day), {}),
                 row("606", "3-4", "active", "2026-08"));
        QCOMPARE(Anonymity::row(facts(u"SW1A 1AA"_s, 1, u"paused"_s, day), {D::Year, S::Bands}),
                 row("SW1A", "1", "paused", "2026"));
        QCOMPARE(Anonymity::row(facts(QString(), 6, u"closed"_s, day), {D::Hidden, S::TwoBands}),
                 row("", "3+", "closed", ""));
    }

    void keepsTheMonthWhenFewEnoughAreLeftOut() {
        // 21 households: three groups of at least 5 at the finest rung, one household alone.
        // Leaving out 1 of 21 is within 5%: the month stays, the lone one goes.
        QList<HouseholdFacts> set = alike(6, u"60608"_s, 2, u"active"_s, 2026, 1);
        set += {facts(u"60609"_s, 3, u"active"_s, QDate(2026, 2, 3)),
                facts(u"60609"_s, 4, u"active"_s, QDate(2026, 2, 9)),
                facts(u"60612"_s, 3, u"active"_s, QDate(2026, 2, 11)),
                facts(u"606"_s, 4, u"active"_s, QDate(2026, 2, 20)),
                facts(u"60616"_s, 3, u"active"_s, QDate(2026, 2, 28))};
        set += {facts(u"94110"_s, 5, u"active"_s, QDate(2026, 2, 1)),
                facts(u"94110"_s, 6, u"active"_s, QDate(2026, 2, 2)),
                facts(u"94103"_s, 9, u"active"_s, QDate(2026, 2, 3)),
                facts(u"94110"_s, 7, u"active"_s, QDate(2026, 2, 4)),
                facts(u"94112"_s, 5, u"active"_s, QDate(2026, 2, 5))};
        set += alike(4, u"60623"_s, 1, u"paused"_s, 2025, 12);
        set << facts(u"60623"_s, 1, u"paused"_s, QDate(2025, 12, 30));
        set << facts(u"10001"_s, 1, u"closed"_s, QDate(2025, 7, 4)); // alone in every way
        QCOMPARE(set.size(), 22);

        const AnonymousTable table = Anonymity::households(set);
        QCOMPARE(table.k, 5);
        QCOMPARE(table.households, 22);
        QCOMPARE(table.suppressed, 1);
        QCOMPARE(table.generalisation.date, D::Month);
        QCOMPARE(table.generalisation.size, S::Bands);
        QCOMPARE(table.columns,
                 (QStringList{u"postal_area"_s, u"household_size"_s, u"status"_s, u"created"_s}));
        QList<QStringList> expected;
        for (int i = 0; i < 6; ++i)
            expected << row("606", "2", "active", "2026-01");
        for (int i = 0; i < 5; ++i)
            expected << row("606", "3-4", "active", "2026-02");
        for (int i = 0; i < 5; ++i)
            expected << row("606", "1", "paused", "2025-12");
        for (int i = 0; i < 5; ++i)
            expected << row("941", "5+", "active", "2026-02");
        std::sort(expected.begin(), expected.end());
        QCOMPARE(table.rows, expected);
        QVERIFY(table.notes.last().contains(u"1 of 22 households"_s));
        QVERIFY(table.notes.last().contains(u"fewer than 5"_s));
    }

    void climbsToTheQuarterWhenMonthsSingleHouseholdsOut() {
        // Ten households of one kind made over three months (4, 3 and 3 a month): by month every
        // group is too small, by quarter they are one group of ten.
        QList<HouseholdFacts> set = alike(4, u"60608"_s, 1, u"active"_s, 2026, 1);
        set += alike(3, u"60608"_s, 1, u"active"_s, 2026, 2);
        set += alike(3, u"60608"_s, 1, u"active"_s, 2026, 3);
        set += alike(5, u"94110"_s, 2, u"active"_s, 2025, 11);
        const AnonymousTable table = Anonymity::households(set);
        QCOMPARE(table.generalisation.date, D::Quarter);
        QCOMPARE(table.generalisation.size, S::Bands);
        QCOMPARE(table.suppressed, 0);
        QCOMPARE(table.rows.size(), 15);
        QCOMPARE(table.rows.count(row("606", "1", "active", "2026-Q1")), 10);
        QCOMPARE(table.rows.count(row("941", "2", "active", "2025-Q4")), 5);
        QVERIFY(table.notes.join(u'\n').contains(u"quarter"_s));
        QVERIFY(table.notes.last().contains(u"none"_s));
    }

    void hidesTheDateThenWidensTheSizeBands() {
        // Three of one and three of two people, made years apart: only "1-2" without a date
        // puts them together.
        QList<HouseholdFacts> set;
        for (int i = 0; i < 3; ++i) {
            set << facts(u"60608"_s, 1, u"active"_s, QDate(2020 + i, 5, 5));
            set << facts(u"60608"_s, 2, u"active"_s, QDate(2023 + i, 6, 6));
        }
        const AnonymousTable table = Anonymity::households(set);
        QCOMPARE(table.generalisation.date, D::Hidden);
        QCOMPARE(table.generalisation.size, S::TwoBands);
        QCOMPARE(table.suppressed, 0);
        QCOMPARE(table.rows, QList<QStringList>(6, row("606", "1-2", "active", "")));
        QVERIFY(table.notes.join(u'\n').contains(u"1-2 / 3+"_s));
        QVERIFY(table.notes.join(u'\n').contains(u"not shown"_s));
    }

    void whenNoRungIsEnoughTheFewestAreLeftOut() {
        // Nothing brings these two areas together: both rows go, at the finest rung that
        // leaves out no more than the coarsest.
        QList<HouseholdFacts> set = alike(8, u"60608"_s, 1, u"active"_s, 2026, 1);
        set << facts(u"10001"_s, 1, u"active"_s, QDate(2026, 1, 2));
        set << facts(u"94110"_s, 1, u"active"_s, QDate(2026, 1, 3));
        const AnonymousTable table = Anonymity::households(set);
        QCOMPARE(table.suppressed, 2);
        QCOMPARE(table.generalisation.date, D::Month);
        QCOMPARE(table.rows, QList<QStringList>(8, row("606", "1", "active", "2026-01")));
    }

    void noCombinationCoversFewerThanFive_data() {
        QTest::addColumn<int>("households");
        QTest::addColumn<quint32>("seed");
        for (const int n : {5, 6, 9, 17, 40, 73, 150, 400, 1200})
            for (const quint32 seed : {1u, 7u, 2026u})
                QTest::addRow("%d households, seed %u", n, seed) << n << seed;
    }

    void noCombinationCoversFewerThanFive() {
        QFETCH(int, households);
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        const QStringList postal{u"60608"_s, u"60608"_s,    u"60623"_s,  u"60616"_s,
                                 u"94110"_s, u"SW1A 1AA"_s, u"K1A0B1"_s, QString()};
        const QStringList statuses{u"active"_s, u"active"_s, u"active"_s,
                                   u"active"_s, u"paused"_s, u"closed"_s};
        QList<HouseholdFacts> set;
        for (int i = 0; i < households; ++i)
            set << facts(postal.at(random.bounded(int(postal.size()))), 1 + random.bounded(9),
                         statuses.at(random.bounded(int(statuses.size()))),
                         QDate(2023, 1, 1).addDays(random.bounded(3 * 365)));
        const AnonymousTable table = Anonymity::households(set);
        QCOMPARE(table.rows.size() + table.suppressed, households);
        if (!table.rows.isEmpty())
            QVERIFY2(smallestGroup(table.rows) >= 5,
                     qPrintable(QString::number(smallestGroup(table.rows))));
        // Every row is one of the households at the chosen rung, and as many as there were.
        QHash<QString, int> available;
        for (const HouseholdFacts& h : std::as_const(set))
            ++available[Anonymity::row(h, table.generalisation).join(u'\x1f')];
        for (const QStringList& r : table.rows)
            QVERIFY(--available[r.join(u'\x1f')] >= 0);
        QVERIFY(std::is_sorted(table.rows.cbegin(), table.rows.cend()));
        // The rung taken is the first that leaves out at most 5%, else the first of those that
        // leave out the fewest.
        const int allowed = int(Anonymity::MaxSuppressedShare * households);
        int expected = -1;
        int fewest = households + 1;
        const QList<Generalisation> ladder = Anonymity::ladder();
        for (int i = 0; i < ladder.size(); ++i) {
            QHash<QString, int> counts;
            for (const HouseholdFacts& h : std::as_const(set))
                ++counts[Anonymity::row(h, ladder.at(i)).join(u'\x1f')];
            int left = 0;
            for (const int count : std::as_const(counts))
                left += count < 5 ? count : 0;
            if (left < fewest) {
                fewest = left;
                expected = i;
            }
            if (left <= allowed) {
                expected = i;
                break;
            }
        }
        QCOMPARE(table.generalisation.date, ladder.at(expected).date);
        QCOMPARE(table.generalisation.size, ladder.at(expected).size);
        QCOMPARE(table.suppressed, fewest);
    }

    void aPantryWithFewerThanFiveHouseholdsHasNoRows() {
        for (int n = 0; n < 5; ++n) {
            const AnonymousTable table =
                Anonymity::households(alike(n, u"60608"_s, 1, u"active"_s, 2026, 1));
            QCOMPARE(table.rows.size(), 0);
            QCOMPARE(table.suppressed, n);
            const QString last = table.notes.last();
            if (n == 0)
                QVERIFY2(last.contains(u"no households"_s), qPrintable(last));
            else
                QVERIFY2(last.contains(u"fewer than 5 households in the pantry"_s),
                         qPrintable(last));
        }
        // Five alike are enough.
        QCOMPARE(Anonymity::households(alike(5, u"60608"_s, 1, u"active"_s, 2026, 1)).rows.size(),
                 5);
    }

    void notesSayWhatTheFileHolds() {
        const AnonymousTable table =
            Anonymity::households(alike(7, u"60608"_s, 1, u"active"_s, 2026, 1));
        QCOMPARE(table.notes.size(), 5);
        const QString all = table.notes.join(u'\n');
        QVERIFY(all.contains(u"k = 5"_s));
        QVERIFY(all.contains(u"postal code to its area"_s));
        QVERIFY(all.contains(u"1 / 2 / 3-4 / 5+"_s));
        QVERIFY(all.contains(u"month"_s));
        QVERIFY(all.contains(u"languages"_s));
        // No separator in the English notes, so each stays one cell that a reader can skip as
        // a comment line.
        QVERIFY(!all.contains(u','));
        QVERIFY(!all.contains(u';'));
    }
};

QTEST_GUILESS_MAIN(TestAnonymity)
#include "tst_anonymity.moc"
