// SPDX-License-Identifier: GPL-3.0-or-later
// Reports over a hand-built ledger, every answer worked out by hand in the comments: intake by
// source and supplier, give-outs for delivered stops and by hand, disposals, a reversal inside
// the period and one made after it, a move, a count, a return, negative stock, runs with every
// kind of outcome, a sync from a second pantry; then the exports (no personal data, small cells
// suppressed) and refused periods.

#include "core/inventory/Inventory.h"
#include "core/people/Households.h"
#include "core/reports/ReportExport.h"
#include "core/reports/Reports.h"
#include "core/runs/Outcomes.h"
#include "core/runs/Runs.h"
#include "core/storage/KeyRing.h"
#include "core/sync/Replicator.h"
#include "tests/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace larder;
using namespace larder::test;
using namespace Qt::StringLiterals;

namespace {

// Noon of a day, local time: the day a report puts a movement in.
qint64 noon(int month, int day) {
    return QDateTime(QDate(2026, month, day), QTime(12, 0)).toMSecsSinceEpoch();
}

const QByteArray Passphrase("beans on tuesday at the church");

} // namespace

class TestReports : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<ManualClock> m_clock;
    std::unique_ptr<Store> m_store;
    QString m_shelf, m_fridge, m_rice, m_soap, m_diapers, m_market;
    QString m_ana, m_bo, m_cy, m_di; // households
    // The period every test reads: two weeks, Monday 2 to Sunday 15 March 2026.
    const reports::Period m_period{QDate(2026, 3, 2), QDate(2026, 3, 15)};

    inventory::Inventory inv() { return inventory::Inventory(*m_store); }
    void at(int month, int day, int minute = 0) { m_clock->set(noon(month, day) + minute * 60000); }

    QString household(const QString& name, int adults, int children, int seniors) {
        people::Household h;
        h.chosenName = name;
        h.street = name + u" Street 1"_s;
        h.city = u"Springfield"_s;
        h.phone = u"(312) 555-01"_s + QString::number(10 + adults * 10 + children + seniors);
        h.adults = adults;
        h.children = children;
        h.seniors = seniors;
        return LARDER_MUST(people::Households(*m_store).add(h), {});
    }

    // A run on `day` with exactly these households as stops.
    std::pair<QString, QStringList> run(int month, int day, const QStringList& households) {
        runs::Runs runs(*m_store);
        const QString id = LARDER_MUST(runs.create(QDate(2026, month, day)), {});
        for (const runs::RunStop& stop : runs.stops(id))
            LARDER_MUST(runs.removeStop(stop.id), {});
        QStringList stops;
        for (const QString& h : households)
            stops << LARDER_MUST(runs.addStop(id, h), {});
        return {id, stops};
    }

    void resize(const QString& id, int adults, int children, int seniors) {
        people::Households households(*m_store);
        people::Household h = *households.household(id);
        h.adults = adults;
        h.children = children;
        h.seniors = seniors;
        LARDER_VERIFY_OK(households.update(h));
    }

    void outcome(const QString& stop, const QString& code, int boxes) {
        runs::Runs runs(*m_store);
        LARDER_VERIFY_OK(runs.setBoxes(stop, boxes));
        LARDER_VERIFY_OK(runs.recordOutcomes({{stop, code, QString()}}));
    }

    // The ledger of the tests, with what each row adds to the period's figures.
    void buildLedger() {
        auto stock = inv();
        // Before the period: 100 rice donated (on hand, not received in the period).
        at(2, 27);
        const QString riceLot =
            LARDER_MUST(stock.receive({m_rice, m_shelf, 100, {}, u"donation"_s})).lotId;
        // Week 1 (2-8 March).
        at(3, 2);
        // Received: rice 50 from the market (50 kg), soap 40 bought (4 kg), diapers 30 donated
        // (no weight).
        inventory::Receipt fromMarket{m_rice, m_shelf, 50, {}, u"supplier"_s, m_market};
        LARDER_MUST(stock.receive(fromMarket));
        const QString soapLot =
            LARDER_MUST(stock.receive({m_soap, m_shelf, 40, {}, u"purchase"_s})).lotId;
        LARDER_MUST(
            stock.receive({m_diapers, m_shelf, 30, {}, u"donation"_s, {}, u"from the school"_s}));
        at(3, 3);
        const auto [early, earlyStops] = run(3, 3, {m_ana});
        outcome(earlyStops[0], runs::outcome::Delivered, 1);
        // 4 rice for Ana's delivered stop: backed by a delivery.
        LARDER_MUST(stock.distribute(m_rice, 4, {}, earlyStops[0]));
        // 10 rice given out by hand: no delivery behind it.
        LARDER_MUST(stock.distribute(m_rice, 10, {}));
        at(3, 4);
        // Thrown away: 5 soap spoiled (0.5 kg); 2 rice damaged, reversed on the 5th (0).
        LARDER_MUST(stock.dispose(m_soap, soapLot, m_shelf, 5, u"spoiled"_s, {}));
        const auto damaged =
            LARDER_MUST(stock.dispose(m_rice, riceLot, m_shelf, 2, u"damaged"_s, u"bag torn"_s));
        at(3, 5);
        LARDER_MUST(stock.move(m_rice, riceLot, m_shelf, m_fridge, 20)); // counts nowhere
        LARDER_MUST(stock.reverse(damaged.movementIds.first(), u"miscounted"_s));
        at(3, 6);
        resize(m_cy, 0, 0, 2); // Cy is two from the 6th: two at the delivery of the 10th

        // Week 2 (9-15 March).
        at(3, 9);
        // 6 diapers given out by hand, reversed after the period (the 16th): counts as 0.
        const auto diapers = LARDER_MUST(stock.distribute(m_diapers, 6, {}));
        at(3, 10);
        // 7 soap donated and reversed the same day: 0.
        const auto soap = LARDER_MUST(stock.receive({m_soap, m_shelf, 7, {}, u"donation"_s}));
        LARDER_MUST(stock.reverse(soap.movementIds.first(), u"typo"_s));
        const auto [main, stops] = run(3, 10, {m_ana, m_bo, m_cy, m_di});
        outcome(stops[0], runs::outcome::Delivered, 2);  // Ana again
        outcome(stops[1], runs::outcome::NotHome, 2);    // Bo
        outcome(stops[2], runs::outcome::LeftAtDoor, 1); // Cy
        // Di: no outcome yet.
        LARDER_MUST(stock.distribute(m_rice, 8, {}, stops[0])); // backed
        LARDER_MUST(stock.distribute(m_soap, 3, {}, stops[2])); // backed
        LARDER_MUST(stock.distribute(m_soap, 2, {}, stops[1])); // not home: unbacked
        at(3, 11);
        // A count of the shelf: rice 3 short, soap 2 extra.
        const QString count = LARDER_MUST(stock.startCount(m_shelf));
        const auto opened = *stock.count(count);
        for (const inventory::CountLine& line : opened.lines) {
            if (line.itemId == m_rice)
                LARDER_VERIFY_OK(stock.enterCounted(line.id, line.onHandNow - 3));
            else if (line.itemId == m_soap)
                LARDER_VERIFY_OK(stock.enterCounted(line.id, line.onHandNow + 2));
            else
                LARDER_VERIFY_OK(stock.enterCounted(line.id, line.onHandNow));
        }
        LARDER_MUST(stock.confirmCount(count));
        at(3, 12);
        LARDER_MUST(stock.returnStock(m_rice, riceLot, m_shelf, 4, {})); // returned: 4 rice
        // After the period.
        at(3, 16);
        LARDER_MUST(stock.reverse(diapers.movementIds.first(), u"never left"_s));
        LARDER_MUST(stock.receive({m_rice, m_shelf, 1000, {}, u"donation"_s}));
        const auto [late, lateStops] = run(3, 20, {m_bo});
        outcome(lateStops[0], runs::outcome::Delivered, 3);
        // 20 soap more than the shelf holds at the fridge: stock below zero there.
        at(3, 17);
        LARDER_MUST(stock.distribute(m_soap, 20, m_fridge, {}, true));
        at(3, 18);
    }

private Q_SLOTS:
    void init() {
        QTest::failOnWarning(QRegularExpression(u".*"_s));
        m_clock = std::make_shared<ManualClock>(noon(2, 20), 1);
        m_store = LARDER_MUST(createPantry(m_dir, m_clock));
        auto stock = inv();
        m_shelf = LARDER_MUST(stock.addLocation({{}, u"Shelf A"_s, u"shelf"_s, true}));
        m_fridge = LARDER_MUST(stock.addLocation({{}, u"Fridge"_s, u"fridge"_s, true}));
        inventory::Item rice;
        rice.name = u"Rice 1 kg"_s;
        rice.unitGrams = 1000;
        m_rice = LARDER_MUST(stock.addItem(rice));
        inventory::Item soap;
        soap.name = u"Soap bar"_s;
        soap.category = u"hygiene"_s;
        soap.unitGrams = 100;
        m_soap = LARDER_MUST(stock.addItem(soap));
        inventory::Item diapers;
        diapers.name = u"Diapers size 4"_s;
        diapers.category = u"baby"_s;
        m_diapers = LARDER_MUST(stock.addItem(diapers));
        LARDER_VERIFY_OK(m_store->write([this](Writer& w) {
            m_market = w.insert(
                u"suppliers",
                {{u"name"_s, u"Corner Market"_s}, {u"kind"_s, u"grocer"_s}, {u"active"_s, 1}});
        }));
        m_ana = household(u"Ana Quintero"_s, 2, 0, 0);
        m_bo = household(u"Bo Lindqvist"_s, 1, 3, 0);
        m_cy = household(u"Cy Okafor"_s, 0, 0, 1);
        m_di = household(u"Di Marchetti"_s, 2, 2, 2);
    }

    void cleanup() { m_store.reset(); }

    void aPeriodAddsUpByHand() {
        buildLedger();
        const reports::Summary s = LARDER_MUST(reports::Reports(*m_store).summary(m_period));
        // Deliveries: Ana (3rd, 10th), Cy (10th) served; Bo not home; Di no outcome; Bo's
        // delivery of the 20th is after the period.
        QCOMPARE(s.householdsServed, 2);
        QCOMPARE(s.peopleReached, 4); // Ana 2 + Cy 2, as they were on the 10th
        QCOMPARE(s.stopsPlanned, 5);
        QCOMPARE(s.stopsAttempted, 4);
        QCOMPARE(s.stopsDelivered, 3);
        QCOMPARE(s.stopsWithoutOutcome, 1);
        QCOMPARE(s.outcomes.value(runs::outcome::Delivered), 2);
        QCOMPARE(s.outcomes.value(runs::outcome::LeftAtDoor), 1);
        QCOMPARE(s.outcomes.value(runs::outcome::NotHome), 1);
        QCOMPARE(s.outcomes.value(runs::outcome::Declined), 0);
        QCOMPARE(s.boxesDelivered, 4); // 1 + 2 + 1

        // Given out: rice 4 + 10 + 8 = 22 (22 kg); soap 3 + 2 = 5 (0.5 kg); diapers 6 - 6 = 0.
        QCOMPARE(s.givenOut.units, 27);
        QCOMPARE(s.givenOut.grams, 22500);
        QCOMPARE(s.givenOut.unitsWithoutWeight, 0);
        QCOMPARE(s.givenOutByCategory.size(), 3);
        QCOMPARE(s.givenOutByCategory[0].key, u"food"_s);
        QCOMPARE(s.givenOutByCategory[0].amount.units, 22);
        QCOMPARE(s.givenOutByCategory[1].key, u"hygiene"_s);
        QCOMPARE(s.givenOutByCategory[1].amount.grams, 500);
        QCOMPARE(s.givenOutByCategory[2].key, u"baby"_s);
        QCOMPARE(s.givenOutByCategory[2].amount.units, 0);
        QCOMPARE(s.givenOutByCategory[2].amount.movements, 2); // the row and its correction

        // Received: rice 50, soap 40 + 7 - 7, diapers 30 (no weight).
        QCOMPARE(s.received.units, 120);
        QCOMPARE(s.received.grams, 54000);
        QCOMPARE(s.received.unitsWithoutWeight, 30);
        QHash<QString, qint64> bySource;
        for (const reports::AmountLine& line : s.receivedBySource)
            bySource.insert(line.key, line.amount.units);
        QCOMPARE(bySource.value(u"supplier"_s), 50);
        QCOMPARE(bySource.value(u"purchase"_s), 40);
        QCOMPARE(bySource.value(u"donation"_s), 30); // "donation: from the school" and 7 - 7
        QCOMPARE(s.receivedBySupplier.size(), 2);
        QCOMPARE(s.receivedBySupplier[0].label, u"Corner Market"_s);
        QCOMPARE(s.receivedBySupplier[0].amount.units, 50);
        QCOMPARE(s.receivedBySupplier[1].key, QString());
        QCOMPARE(s.receivedBySupplier[1].amount.units, 70);

        // Thrown away: soap 5 (0.5 kg); rice 2 damaged and reversed.
        QCOMPARE(s.disposed.units, 5);
        QCOMPARE(s.disposed.grams, 500);
        QCOMPARE(s.disposedByReason[0].key, u"spoiled"_s);
        QCOMPARE(s.disposedByReason[1].key, u"damaged"_s);
        QCOMPARE(s.disposedByReason[1].amount.units, 0);
        // Waste rate by weight: 0.5 kg of 22.5 + 0.5 kg.
        QVERIFY(s.wasteRate);
        QVERIFY(s.wasteRateByWeight);
        QCOMPARE(*s.wasteRate, 0.5 / 23.0);
        QCOMPARE(s.returned.units, 4);
        QCOMPARE(s.itemsWithoutWeight, QStringList{u"Diapers size 4"_s});

        // Supply checks: the count found rice 3 short and soap 2 extra, both on Shelf A.
        QCOMPARE(s.countLost, 3);
        QCOMPARE(s.countFound, 2);
        QCOMPARE(s.countDifferences.size(), 2);
        QCOMPARE(s.countDifferences[0].itemName, u"Rice 1 kg"_s);
        QCOMPARE(s.countDifferences[0].locationName, u"Shelf A"_s);
        QCOMPARE(s.countDifferences[0].lost, 3);
        QCOMPARE(s.countDifferences[1].found, 2);
        // No delivery behind: 10 rice by hand, 2 soap for Bo (not home); diapers net 0.
        QCOMPARE(s.givenOutUnbacked.units, 12);
        QCOMPARE(s.unbackedByItem.size(), 2);
        QCOMPARE(s.unbackedByItem[0].itemName, u"Rice 1 kg"_s);
        QCOMPARE(s.unbackedByItem[1].amount.units, 2);

        // Weeks: givens 14 rice / 13 (8 rice, 5 soap; diapers 0); households 1 / 2.
        QCOMPARE(s.weeks.size(), 2);
        QCOMPARE(s.weeks[0].start, QDate(2026, 3, 2));
        QCOMPARE(s.weeks[0].givenOut.units, 14);
        QCOMPARE(s.weeks[1].givenOut.units, 13);
        QCOMPARE(s.weeks[0].householdsServed, 1);
        QCOMPARE(s.weeks[1].householdsServed, 2);
        QCOMPARE(s.weeks[1].stopsDelivered, 2);
        QCOMPARE(s.weeks[0].disposed.units, 5);
        QCOMPARE(s.weeks[1].countLost, 3);

        // The shelf now (18 March). Rice: 100 + 50 - 22 - 2 + 2 - 3 + 4 + 1000 = 1129.
        // Soap: 40 - 5 + 7 - 7 - 5 + 2 - 20 = 12, of which the fridge is -20: a negative bin,
        // so on hand counts the shelf's 32. Diapers: 30 - 6 + 6 = 30.
        QCOMPARE(s.negativeBins, 1);
        QCOMPARE(s.onHand.units, 1129 + 32 + 30);
        QCOMPARE(s.onHand.grams, 1129 * 1000 + 32 * 100);
        QCOMPARE(s.onHand.unitsWithoutWeight, 30);

        // Ana is five from the 18th: the period's figure stays what it was then.
        resize(m_ana, 5, 0, 0);
        const reports::Summary later = LARDER_MUST(reports::Reports(*m_store).summary(m_period));
        QCOMPARE(later.peopleReached, 4);
        const reports::Summary april = LARDER_MUST(
            reports::Reports(*m_store).summary({QDate(2026, 3, 16), QDate(2026, 4, 30)}));
        QCOMPARE(april.householdsServed, 1); // Bo on the 20th
        QCOMPARE(april.peopleReached, 4);
    }

    // A day is a small part of the ledger's time and is read through the index on `at`; the
    // fortnight is most of it and is read in table order. Day by day adds up to the fortnight.
    void daysAddUpToThePeriod() {
        buildLedger();
        const reports::Reports reports(*m_store);
        const reports::Summary whole = LARDER_MUST(reports.summary(m_period));
        reports::Amount given, received, disposed;
        qint64 lost = 0, found = 0, unbacked = 0;
        for (QDate day = m_period.from; day <= m_period.to; day = day.addDays(1)) {
            const reports::Summary one = LARDER_MUST(reports.summary({day, day}));
            given += one.givenOut;
            received += one.received;
            disposed += one.disposed;
            lost += one.countLost;
            found += one.countFound;
            unbacked += one.givenOutUnbacked.units;
        }
        QCOMPARE(given.units, whole.givenOut.units);
        QCOMPARE(given.grams, whole.givenOut.grams);
        QCOMPARE(given.movements, whole.givenOut.movements);
        QCOMPARE(received.units, whole.received.units);
        QCOMPARE(disposed.units, whole.disposed.units);
        QCOMPARE(lost, 3);
        QCOMPARE(found, 2);
        QCOMPARE(unbacked, whole.givenOutUnbacked.units);
        const reports::Summary count =
            LARDER_MUST(reports.summary({QDate(2026, 3, 11), QDate(2026, 3, 11)}));
        QCOMPARE(count.countDifferences.size(), 2);
        QCOMPARE(count.givenOut.units, 0);
    }

    void aFigureListsTheRowsBehindIt() {
        buildLedger();
        const reports::Reports reports(*m_store);
        const QList<reports::MovementLine> rice =
            reports.movementsBehind(m_period, {}, reports::Figure::GivenOut, u"food"_s);
        QCOMPARE(rice.size(), 3);
        qint64 sum = 0;
        for (const reports::MovementLine& line : rice)
            sum -= line.quantity;
        QCOMPARE(sum, 22);
        // The diapers and their correction, made after the period, listed under it.
        const QList<reports::MovementLine> baby =
            reports.movementsBehind(m_period, {}, reports::Figure::GivenOut, u"baby"_s);
        QCOMPARE(baby.size(), 2);
        QVERIFY(!baby[0].correction);
        QVERIFY(baby[1].correction);
        QCOMPARE(baby[0].quantity + baby[1].quantity, 0);
        const auto unbacked = reports.movementsBehind(m_period, {}, reports::Figure::Unbacked, {});
        QCOMPARE(unbacked.size(), 4); // rice 10, diapers 6 and its correction, soap 2
        const auto market = reports.movementsBehind(m_period, {}, reports::Figure::Received,
                                                    u"supplier:"_s + m_market);
        QCOMPARE(market.size(), 1);
        QCOMPARE(market[0].quantity, 50);

        const QList<reports::StopLine> served =
            reports.stopsBehind(m_period, {}, runs::outcome::Delivered);
        QCOMPARE(served.size(), 3);
        QCOMPARE(served[0].household, u"Ana Quintero"_s); // readable: not protected
        QCOMPARE(reports.stopsBehind(m_period, {}, u"none"_s).size(), 1);
        QCOMPARE(reports.stopsBehind(m_period, {}, {}).size(), 5);
    }

    void lockedReportsNameNobody() {
        buildLedger();
        auto sync = std::make_unique<sync::Replicator>(*m_store, KdfLimits::minimal());
        LARDER_VERIFY_OK(sync->setPassphrase(Passphrase));
        m_store->lock();
        QCOMPARE(m_store->protection(), Store::Protection::Locked);
        const reports::Reports reports(*m_store);
        const reports::Summary s = LARDER_MUST(reports.summary(m_period));
        QCOMPARE(s.householdsServed, 2);
        QCOMPARE(s.peopleReached, 4);
        for (const reports::StopLine& stop : reports.stopsBehind(m_period, {}, {}))
            QCOMPARE(stop.household, QString());
    }

    void exportsHoldNoPersonalDataAndSuppressSmallCells() {
        buildLedger();
        const reports::Summary s = LARDER_MUST(reports::Reports(*m_store).summary(m_period));
        const QByteArray csv = reports::toCsv(s, QLocale(QLocale::English, QLocale::Ireland));
        const QByteArray json = QJsonDocument(reports::toJson(s)).toJson();
        for (const QString& id : {m_ana, m_bo, m_cy, m_di}) {
            const people::Household h = *people::Households(*m_store).household(id);
            for (const QString& personal : {h.chosenName, h.street, h.phone, h.id}) {
                QVERIFY2(!csv.contains(personal.toUtf8()), qPrintable(personal));
                QVERIFY2(!json.contains(personal.toUtf8()), qPrintable(personal));
            }
        }
        // Two households served: the CSV says "<5", people and boxes follow; JSON is exact.
        const QString text = QString::fromUtf8(csv);
        QVERIFY(text.contains(u"deliveries,households served,<5,households"_s));
        QVERIFY(text.contains(u"deliveries,people reached,<5,people"_s));
        QVERIFY(text.contains(u"deliveries,boxes delivered,<5,boxes"_s));
        QVERIFY(!text.contains(u"deliveries,households served,2"_s));
        QVERIFY(text.contains(reports::ReportText::suppressionNote().left(30)));
        QVERIFY(text.contains(u"given out,total,22.5,kg"_s));
        QCOMPARE(reports::toJson(s)[u"deliveries"_s][u"households_served"_s].toInt(), 2);
        QCOMPARE(reports::householdCell(0), u"0"_s);
        QCOMPARE(reports::householdCell(4), u"<5"_s);
        QCOMPARE(reports::householdCell(5), u"5"_s);
    }

    // A hidden count must not come back as a total less the other counts: a second cell of each
    // printed sum is hidden too (worked out by hand below).
    void aHiddenCountCannotBeWorkedBack() {
        reports::Summary s;
        s.period = m_period;
        s.householdsServed = 40;
        s.stopsPlanned = 40;
        s.stopsAttempted = 38;
        s.stopsDelivered = 30;
        s.stopsWithoutOutcome = 2;
        s.outcomes = {{runs::outcome::Delivered, 27},
                      {runs::outcome::LeftAtDoor, 3},
                      {runs::outcome::NotHome, 5},
                      {runs::outcome::WrongAddress, 2},
                      {runs::outcome::Declined, 1}};
        // Small: left at door 3, wrong address 2, declined 1, no outcome 2. Completed 30 =
        // delivered + left at door: delivered is hidden too. Planned 40 = attempted + no
        // outcome: attempted is hidden too. Attempted then has five of its six hidden.
        const QSet<QString> hidden = reports::suppressedDeliveryCells(s);
        const QSet<QString> expected{runs::outcome::LeftAtDoor, runs::outcome::WrongAddress,
                                     runs::outcome::Declined,   reports::DeliveryCell::NoOutcome,
                                     runs::outcome::Delivered,  reports::DeliveryCell::Attempted};
        QCOMPARE(hidden, expected);
        const QString csv = QString::fromUtf8(reports::toCsv(s, QLocale::c()));
        QVERIFY(csv.contains(u"deliveries,outcome: Delivered,<5,stops"_s));
        QVERIFY(csv.contains(u"deliveries,deliveries attempted,<5,stops"_s));
        QVERIFY(csv.contains(u"deliveries,stops planned,40,stops"_s));
        QVERIFY(csv.contains(u"deliveries,deliveries completed,30,stops"_s));
        QVERIFY(csv.contains(u"deliveries,outcome: Not home,5,stops"_s));
        // Nothing small: nothing hidden.
        s.outcomes = {{runs::outcome::Delivered, 30}, {runs::outcome::NotHome, 8}};
        s.stopsWithoutOutcome = 0;
        QVERIFY(reports::suppressedDeliveryCells(s).isEmpty());
    }

    void eachPantryOfTheNetworkHasItsOwnFigures() {
        buildLedger();
        auto east = std::make_unique<sync::Replicator>(*m_store, KdfLimits::minimal());
        LARDER_VERIFY_OK(east->setPassphrase(Passphrase));
        const QString first = m_dir.filePath(u"east.lardersync"_s);
        LARDER_VERIFY_OK(east->exportFile(first, Passphrase, {}));
        // West joins on the 19th (after East's last change), receives 9 rice into a shelf of its
        // own and serves Di that day.
        auto westClock = std::make_shared<ManualClock>(noon(3, 19), 1);
        auto west = LARDER_MUST(
            sync::Replicator::join(m_dir.filePath(u"west.larder"_s), u"Westside"_s, first,
                                   Passphrase, fixedOptions(westClock, 7), KdfLimits::minimal()));
        {
            inventory::Inventory stock(*west);
            const QString shelf =
                LARDER_MUST(stock.addLocation({{}, u"West shelf"_s, u"shelf"_s, true}));
            LARDER_MUST(stock.receive({m_rice, shelf, 9, {}, u"drive"_s}));
            runs::Runs runs(*west);
            const QString run = LARDER_MUST(runs.create(QDate(2026, 3, 19)));
            for (const runs::RunStop& stop : runs.stops(run))
                LARDER_VERIFY_OK(runs.removeStop(stop.id));
            const QString stop = LARDER_MUST(runs.addStop(run, m_di));
            LARDER_VERIFY_OK(runs.recordOutcomes({{stop, runs::outcome::Delivered, {}}}));
        }
        sync::Replicator fromWest(*west, KdfLimits::minimal());
        const QString back = m_dir.filePath(u"west.lardersync"_s);
        LARDER_VERIFY_OK(fromWest.exportFile(back, Passphrase, {}));
        at(3, 20); // East's clock a day on, so West's changes are not ahead of it
        LARDER_VERIFY_OK(east->importFile(back, Passphrase));

        const reports::Reports reports(*m_store);
        QCOMPARE(reports.sites().size(), 2);
        QVERIFY(reports.sites()[0].self);
        const reports::Site westSite = LARDER_MUST(reports.findSite(u"westside"_s));
        QCOMPARE(westSite.id, west->siteId());
        QVERIFY(!reports.findSite(u"Northside"_s));
        QCOMPARE(LARDER_MUST(reports.findSite(u"West"_s)).id, westSite.id); // the start of a name

        // March: East received 120 in the fortnight and 1000 rice on the 16th; West 9.
        const reports::Period march{QDate(2026, 3, 1), QDate(2026, 3, 31)};
        const reports::Summary all = LARDER_MUST(reports.summary(march));
        const reports::Summary mine = LARDER_MUST(reports.summary(march, {m_store->siteId()}));
        const reports::Summary theirs = LARDER_MUST(reports.summary(march, {westSite.id}));
        QCOMPARE(all.received.units, 1129);
        QCOMPARE(mine.received.units, 1120);
        QCOMPARE(theirs.received.units, 9);
        QCOMPARE(theirs.receivedBySource[0].key, u"drive"_s);
        QCOMPARE(all.householdsServed, 4); // Ana, Cy, Bo by East; Di by West
        QCOMPARE(mine.householdsServed, 3);
        QCOMPARE(theirs.householdsServed, 1);
        QCOMPARE(theirs.peopleReached, 6);
        QCOMPARE(theirs.onHand.units, 9); // West's shelf only
        QCOMPARE(mine.onHand.units + theirs.onHand.units, all.onHand.units);
        QCOMPARE(theirs.scopeName, u"Westside"_s);

        const auto network = LARDER_MUST(reports.network(march));
        QCOMPARE(network.size(), 3);
        QCOMPARE(network.last().site.id, QString());
        QCOMPARE(network.last().summary.received.units, 1129);
        QCOMPARE(network[1].summary.received.units, 9);
    }

    void badPeriodsAreRefusedWhole() {
        const reports::Reports reports(*m_store);
        auto reversed = reports.summary({QDate(2026, 3, 15), QDate(2026, 3, 2)});
        QVERIFY(!reversed);
        QVERIFY(reversed.error().message.contains(u"before it starts"_s));
        QVERIFY(!reports.summary({QDate(), QDate(2026, 3, 2)}));
        auto long_ = reports.summary({QDate(2000, 1, 1), QDate(2026, 1, 1)});
        QVERIFY(!long_);
        QVERIFY(long_.error().hint.contains(u"shorter"_s));
        QVERIFY(reports
                    .movementsBehind({QDate(2026, 3, 15), QDate(2026, 3, 2)}, {},
                                     reports::Figure::GivenOut, {})
                    .isEmpty());
    }

    void presetsCoverWholeWeeksMonthsAndQuarters() {
        const QDate wednesday(2026, 12, 2);
        QCOMPARE(reports::presetPeriod(reports::Preset::ThisWeek, wednesday).from,
                 QDate(2026, 11, 30));
        QCOMPARE(reports::presetPeriod(reports::Preset::LastWeek, wednesday).to,
                 QDate(2026, 11, 29));
        QCOMPARE(reports::presetPeriod(reports::Preset::LastMonth, wednesday).from,
                 QDate(2026, 11, 1));
        QCOMPARE(reports::presetPeriod(reports::Preset::ThisQuarter, wednesday).from,
                 QDate(2026, 10, 1));
        QCOMPARE(reports::presetPeriod(reports::Preset::ThisQuarter, wednesday).to,
                 QDate(2026, 12, 31));
        QCOMPARE(reports::presetPeriod(reports::Preset::LastYear, wednesday).to,
                 QDate(2025, 12, 31));
        // A period's weeks start on Monday and are cut to the period.
        buildLedger();
        const reports::Summary s = LARDER_MUST(
            reports::Reports(*m_store).summary({QDate(2026, 3, 4), QDate(2026, 3, 10)}));
        QCOMPARE(s.weeks.size(), 2);
        QCOMPARE(s.weeks[0].start, QDate(2026, 3, 4));
        QCOMPARE(s.weeks[0].end, QDate(2026, 3, 8));
        QCOMPARE(s.weeks[1].start, QDate(2026, 3, 9));
        QCOMPARE(s.weeks[1].end, QDate(2026, 3, 10));
    }
};

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
