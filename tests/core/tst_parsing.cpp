// SPDX-License-Identifier: GPL-3.0-or-later
// What volunteers type at intake: quick expiry dates and quantities, with messages that say what
// to type instead.

#include "core/inventory/Parsing.h"

#include <QTest>

using namespace larder::inventory;
using namespace Qt::StringLiterals;

class TestParsing : public QObject {
    Q_OBJECT

    const QDate today{2026, 11, 22}; // a Sunday

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void expiry_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("monthFirst");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("days") << u"5d"_s << false << QDate(2026, 11, 27);
        QTest::newRow("weeks") << u"3w"_s << false << QDate(2026, 12, 13);
        QTest::newRow("weeks spaced") << u"3 weeks"_s << false << QDate(2026, 12, 13);
        QTest::newRow("months") << u"2m"_s << false << QDate(2027, 1, 22);
        QTest::newRow("year") << u"1y"_s << false << QDate(2027, 11, 22);
        QTest::newRow("tomorrow") << u"tomorrow"_s << false << QDate(2026, 11, 23);
        QTest::newRow("friday") << u"fri"_s << false << QDate(2026, 11, 27);
        QTest::newRow("Friday full") << u"Friday"_s << false << QDate(2026, 11, 27);
        QTest::newRow("sunday is next week") << u"sun"_s << false << QDate(2026, 11, 29);
        QTest::newRow("viernes") << u"viernes"_s << false << QDate(2026, 11, 27);
        QTest::newRow("day/month ahead") << u"12/12"_s << false << QDate(2026, 12, 12);
        QTest::newRow("day/month rolls to next year") << u"12/5"_s << false << QDate(2027, 5, 12);
        QTest::newRow("month/day") << u"12/5"_s << true << QDate(2026, 12, 5);
        QTest::newRow("dotted") << u"3.1"_s << false << QDate(2027, 1, 3);
        QTest::newRow("short year") << u"12/5/27"_s << false << QDate(2027, 5, 12);
        QTest::newRow("long year") << u"12/5/2027"_s << false << QDate(2027, 5, 12);
        QTest::newRow("year-month is end of month") << u"2027-01"_s << false << QDate(2027, 1, 31);
        QTest::newRow("february end") << u"2028-02"_s << false << QDate(2028, 2, 29);
        QTest::newRow("iso") << u"2027-01-15"_s << false << QDate(2027, 1, 15);
        QTest::newRow("spaces and case") << u"  2W "_s << false << QDate(2026, 12, 6);
    }

    void expiry() {
        QFETCH(QString, text);
        QFETCH(bool, monthFirst);
        QFETCH(QDate, expected);
        const auto result = InputParser::parseExpiry(text, today, monthFirst);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.date.has_value());
        QCOMPARE(*result.date, expected);
    }

    void emptyMeansNoExpiry() {
        const auto result = InputParser::parseExpiry(u"  "_s, today);
        QVERIFY(result.ok());
        QVERIFY(!result.date);
    }

    void badExpiry_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("says");
        QTest::newRow("word") << u"soon"_s << u"not a date"_s;
        QTest::newRow("month 13") << u"2027-13"_s << u"no month 13"_s;
        QTest::newRow("31 feb") << u"31/2"_s << u"not a real date"_s;
        QTest::newRow("past iso") << u"2026-11-01"_s << u"already past"_s;
        QTest::newRow("past with year") << u"1/1/26"_s << u"already past"_s;
        QTest::newRow("number alone") << u"14"_s << u"not a date"_s;
    }

    void badExpiry() {
        QFETCH(QString, text);
        QFETCH(QString, says);
        const auto result = InputParser::parseExpiry(text, today);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(says), qPrintable(result.error));
    }

    void quantity_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("caseSize");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("plain") << u"14"_s << 0 << qint64(14);
        QTest::newRow("cases") << u"3 cases"_s << 24 << qint64(72);
        QTest::newRow("cs") << u"3cs"_s << 24 << qint64(72);
        QTest::newRow("c") << u"2c"_s << 12 << qint64(24);
        QTest::newRow("cajas") << u"2 cajas"_s << 6 << qint64(12);
        QTest::newRow("times") << u"2x12"_s << 0 << qint64(24);
        QTest::newRow("plus sign") << u"+5"_s << 0 << qint64(5);
    }

    void quantity() {
        QFETCH(QString, text);
        QFETCH(int, caseSize);
        QFETCH(qint64, expected);
        const auto result = InputParser::parseQuantity(text, caseSize);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.quantity, expected);
    }

    void badQuantity_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("caseSize");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << u""_s << 0 << u"Type how many"_s;
        QTest::newRow("zero") << u"0"_s << 0 << u"more than zero"_s;
        QTest::newRow("negative") << u"-3"_s << 0 << u"more than zero"_s;
        QTest::newRow("fraction") << u"2.5"_s << 0 << u"whole units"_s;
        QTest::newRow("text") << u"fourteen"_s << 0 << u"not a quantity"_s;
        QTest::newRow("absurd") << u"999999"_s << 0 << u"more than Larder accepts"_s;
        QTest::newRow("cases without size") << u"3 cases"_s << 0 << u"no case size"_s;
    }

    void badQuantity() {
        QFETCH(QString, text);
        QFETCH(int, caseSize);
        QFETCH(QString, says);
        const auto result = InputParser::parseQuantity(text, caseSize);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(says), qPrintable(result.error));
    }
};

QTEST_APPLESS_MAIN(TestParsing)
#include "tst_parsing.moc"
