// SPDX-License-Identifier: GPL-3.0-or-later
// Inventory: catalog rules, intake into lots per expiry date, first-expiry-first-out, disposal,
// moves, returns, reversals and counts — every change a ledger movement, on-hand always the
// ledger sum, and bad input refused whole. A randomized test (seeded; LARDER_TEST_SEED replays)
// runs long random sequences of all of these.

#include "core/inventory/Inventory.h"
#include "core/inventory/Quantities.h"
#include "core/inventory/Suppliers.h"
#include "core/inventory/Vocabulary.h"
#include "core/people/Households.h"
#include "core/storage/Sqlite.h"
#include "tests/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace larder;
using namespace larder::inventory;
using namespace larder::test;
using namespace Qt::StringLiterals;

class TestInventory : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<ManualClock> m_clock;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Inventory> m_inventory;
    QString m_shelf, m_fridge, m_beans, m_bread;

    Inventory& inv() { return *m_inventory; }
    qint64 ledgerCount() const {
        return m_store->connection().scalar("SELECT count(*) FROM stock_movements").toLongLong();
    }
    qint64 ledgerSum(const QString& itemId) const {
        auto statement = m_store->connection().prepare(
            "SELECT coalesce(sum(quantity), 0) FROM stock_movements WHERE item_id = "
            "larder_row_key(?1)");
        statement.bind(1, itemId);
        statement.step();
        return statement.int64(0);
    }
    void verifyInvariants() { LARDER_VERIFY_OK(integrity(*m_store)); }

private Q_SLOTS:
    void init() {
        QTest::failOnWarning(QRegularExpression(u".*"_s));
        m_clock = std::make_shared<ManualClock>(TestEpochMs, 1); // 2026-03-01
        m_store = LARDER_MUST(createPantry(m_dir, m_clock));
        m_inventory = std::make_unique<Inventory>(*m_store);
        m_shelf = LARDER_MUST(inv().addLocation({{}, u"Shelf A"_s, u"shelf"_s, true}));
        m_fridge = LARDER_MUST(inv().addLocation({{}, u"Fridge"_s, u"fridge"_s, true}));
        Item beans;
        beans.name = u"Black beans 15 oz"_s;
        beans.caseSize = 24;
        beans.parLevel = 100;
        beans.dietaryTags = {u"vegan"_s, u"halal"_s};
        beans.barcodes = {u"0041331021565"_s};
        m_beans = LARDER_MUST(inv().addItem(beans));
        Item bread;
        bread.name = u"Bread loaf"_s;
        bread.perishable = true;
        bread.shelfLifeDays = 4;
        bread.barcodes = {u"0072250011112"_s, u"0072250011129"_s};
        m_bread = LARDER_MUST(inv().addItem(bread));
    }

    void cleanup() {
        m_inventory.reset();
        m_store.reset();
    }

    void catalogFindsByBarcodeAndRefusesBadItems() {
        QCOMPARE(inv().itemByBarcode(u"0072250011129"_s)->id, m_bread);
        QVERIFY(!inv().itemByBarcode(u"999"_s));
        const Item bread = *inv().item(m_bread);
        QCOMPARE(bread.barcodes.size(), 2);
        QVERIFY(bread.perishable);

        Item duplicate;
        duplicate.name = u"Other beans"_s;
        duplicate.barcodes = {u"0041331021565"_s};
        auto refused = inv().addItem(duplicate);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"Black beans"_s),
                 qPrintable(refused.error().message));

        Item bad;
        bad.name = u"Rice"_s;
        bad.category = u"grain"_s;
        QVERIFY(!inv().addItem(bad));
        bad.category = u"food"_s;
        bad.dietaryTags = {u"paleo"_s};
        QVERIFY(!inv().addItem(bad));
        bad.dietaryTags.clear();
        bad.unit = u"case"_s;
        QVERIFY(!inv().addItem(bad)); // a case without its size
        QCOMPARE(inv().items().size(), 2);

        // Barcodes are replaced on update; retired items are found but not received.
        Item changed = *inv().item(m_bread);
        changed.barcodes = {u"0072250011112"_s, u"2000000000008"_s};
        QVERIFY(inv().updateItem(changed));
        QVERIFY(!inv().itemByBarcode(u"0072250011129"_s));
        QCOMPARE(inv().itemByBarcode(u"2000000000008"_s)->id, m_bread);
        QVERIFY(inv().setItemActive(m_bread, false));
        QCOMPARE(inv().items().size(), 1);
        QCOMPARE(inv().findItems(u"loaf"_s).size(), 1);
        auto retired = inv().receive({m_bread, m_shelf, 5, QDate(2026, 3, 5)});
        QVERIFY(!retired);
        QVERIFY(retired.error().message.contains(u"retired"_s));
    }

    void intakeMakesOneLotPerExpiry() {
        const auto first = LARDER_MUST(inv().receive({m_bread, m_shelf, 14, QDate(2026, 3, 6)}));
        const auto second = LARDER_MUST(inv().receive({m_bread, m_shelf, 6, QDate(2026, 3, 6)}));
        const auto third = LARDER_MUST(inv().receive({m_bread, m_shelf, 10, QDate(2026, 3, 4)}));
        QCOMPARE(first.lotId, second.lotId);
        QVERIFY(third.lotId != first.lotId);
        QCOMPARE(inv().onHandTotal(m_bread), 30);
        QCOMPARE(inv().onHand({m_shelf, std::nullopt, m_bread}).size(), 2);
        // A perishable without a date gets today + its shelf life.
        const auto defaulted = LARDER_MUST(inv().receive({m_bread, m_fridge, 2, std::nullopt}));
        QCOMPARE(m_store->record(u"lots", defaulted.lotId).value(u"expiry"_s).toString(),
                 u"2026-03-05"_s);
        // Non-perishables go into one lot without an expiry.
        const auto cans = LARDER_MUST(inv().receive({m_beans, m_shelf, 72, std::nullopt}));
        QVERIFY(m_store->record(u"lots", cans.lotId).value(u"expiry"_s).isNull());
        verifyInvariants();
    }

    void badIntakeSavesNothing_data() {
        QTest::addColumn<QString>("what");
        QTest::newRow("zero") << u"zero"_s;
        QTest::newRow("negative") << u"negative"_s;
        QTest::newRow("absurd") << u"absurd"_s;
        QTest::newRow("past expiry") << u"past"_s;
        QTest::newRow("unknown location") << u"location"_s;
        QTest::newRow("unknown item") << u"item"_s;
        QTest::newRow("perishable without date") << u"nodate"_s;
        QTest::newRow("bad source") << u"source"_s;
    }

    void badIntakeSavesNothing() {
        QFETCH(QString, what);
        Item milk;
        milk.name = u"Milk"_s;
        milk.perishable = true; // and no default shelf life
        const QString milkId = LARDER_MUST(inv().addItem(milk));
        Receipt receipt{m_beans, m_shelf, 10, std::nullopt};
        if (what == u"zero")
            receipt.quantity = 0;
        else if (what == u"negative")
            receipt.quantity = -4;
        else if (what == u"absurd")
            receipt.quantity = 5000000;
        else if (what == u"past")
            receipt.expiry = QDate(2026, 2, 1);
        else if (what == u"location")
            receipt.locationId = u"01900000-0000-7000-8000-000000000000"_s;
        else if (what == u"item")
            receipt.itemId = u"01900000-0000-7000-8000-000000000000"_s;
        else if (what == u"nodate")
            receipt.itemId = milkId;
        else if (what == u"source")
            receipt.source = u"theft"_s;
        const qint64 seq = m_store->lastSeq();
        auto result = inv().receive(receipt);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Error::Kind::InvalidInput);
        QVERIFY(!result.error().message.isEmpty());
        QCOMPARE(ledgerCount(), 0);
        QCOMPARE(m_store->connection().scalar("SELECT count(*) FROM lots").toInt(), 0);
        QCOMPARE(m_store->lastSeq(), seq);
        // Insisting on a past date is possible (the person confirmed it).
        if (what == u"past") {
            receipt.allowPastExpiry = true;
            QVERIFY(inv().receive(receipt));
        }
    }

    void distributionIsFirstExpiryFirstOut() {
        const QString late =
            LARDER_MUST(inv().receive({m_bread, m_shelf, 5, QDate(2026, 3, 9)})).lotId;
        const QString early =
            LARDER_MUST(inv().receive({m_bread, m_fridge, 3, QDate(2026, 3, 3)})).lotId;
        const QString mid =
            LARDER_MUST(inv().receive({m_bread, m_shelf, 4, QDate(2026, 3, 5)})).lotId;
        const auto out = LARDER_MUST(inv().distribute(m_bread, 8));
        QCOMPARE(out.movementIds.size(), 3);
        QCOMPARE(inv().movement(out.movementIds.at(0))->lotId, early);
        QCOMPARE(inv().movement(out.movementIds.at(0))->quantity, -3);
        QCOMPARE(inv().movement(out.movementIds.at(1))->lotId, mid);
        QCOMPARE(inv().movement(out.movementIds.at(1))->quantity, -4);
        QCOMPARE(inv().movement(out.movementIds.at(2))->lotId, late);
        QCOMPARE(inv().movement(out.movementIds.at(2))->quantity, -1);
        QCOMPARE(inv().onHandTotal(m_bread), 4);
        for (const QString& id : out.movementIds)
            QCOMPARE(inv().movement(id)->reference, out.reference);

        // Only one location's stock when asked.
        LARDER_MUST(inv().receive({m_bread, m_fridge, 2, QDate(2026, 3, 10)}));
        const auto fromFridge = LARDER_MUST(inv().distribute(m_bread, 2, m_fridge));
        QCOMPARE(inv().movement(fromFridge.movementIds.at(0))->locationId, m_fridge);

        // More than on hand is refused, unless allowed; then stock shows negative.
        auto refused = inv().distribute(m_bread, 10);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"Only 4"_s),
                 qPrintable(refused.error().message));
        QVERIFY(inv().distribute(m_bread, 10, {}, {}, true));
        QCOMPARE(inv().onHandTotal(m_bread), -6);
        QCOMPARE(inv().onHand({{}, std::nullopt, m_bread}).last().quantity, -6);
        verifyInvariants();
    }

    void disposalMoveReturnAndReversal() {
        const QString lot = LARDER_MUST(inv().receive({m_beans, m_shelf, 48, std::nullopt})).lotId;
        QVERIFY(!inv().dispose(m_beans, lot, m_shelf, 5, u"because"_s));  // no such reason
        QVERIFY(!inv().dispose(m_beans, lot, m_shelf, 50, u"damaged"_s)); // more than there
        LARDER_MUST(inv().dispose(m_beans, lot, m_shelf, 2, u"damaged"_s, u"dented cans"_s));
        QCOMPARE(inv().history(m_beans).first().reason, u"damaged: dented cans"_s);

        QVERIFY(!inv().move(m_beans, lot, m_shelf, m_shelf, 1));
        QVERIFY(!inv().move(m_beans, lot, m_shelf, m_fridge, 100));
        const auto moved = LARDER_MUST(inv().move(m_beans, lot, m_shelf, m_fridge, 6));
        QCOMPARE(moved.movementIds.size(), 2);
        QCOMPARE(inv().onHandTotal(m_beans, m_shelf), 40);
        QCOMPARE(inv().onHandTotal(m_beans, m_fridge), 6);

        LARDER_MUST(inv().returnStock(m_beans, lot, m_shelf, 3));
        QCOMPARE(inv().onHandTotal(m_beans), 49);

        // Reversing one leg of a move reverses the whole move.
        const qint64 before = inv().onHandTotal(m_beans, m_shelf);
        const auto undone = LARDER_MUST(inv().reverse(moved.movementIds.at(1), u"wrong shelf"_s));
        QCOMPARE(undone.movementIds.size(), 2);
        QCOMPARE(inv().onHandTotal(m_beans, m_fridge), 0);
        QCOMPARE(inv().onHandTotal(m_beans, m_shelf), before + 6);
        QVERIFY(inv().movement(moved.movementIds.at(0))->reversed);
        QVERIFY(!inv().reverse(moved.movementIds.at(0), u"again"_s)); // once only
        QVERIFY(!inv().reverse(undone.movementIds.at(0), u"undo the undo"_s));
        // Nothing was edited or deleted: every row is still there.
        QCOMPARE(ledgerCount(), 1 + 1 + 2 + 1 + 2);
        verifyInvariants();
    }

    void countPostsExactlyTheDifferences() {
        const QString lotA = LARDER_MUST(inv().receive({m_beans, m_shelf, 48, std::nullopt})).lotId;
        const QString lotB =
            LARDER_MUST(inv().receive({m_bread, m_shelf, 10, QDate(2026, 3, 6)})).lotId;
        LARDER_MUST(inv().receive({m_bread, m_fridge, 4, QDate(2026, 3, 7)}));
        const QString countId = LARDER_MUST(inv().startCount(m_shelf));
        QVERIFY(!inv().startCount()); // an all-locations count overlaps the open one
        auto sheet = *inv().count(countId);
        QCOMPARE(sheet.lines.size(), 2); // only the shelf
        const auto lineFor = [&sheet](const QString& lot) {
            for (const CountLine& line : sheet.lines)
                if (line.lotId == lot)
                    return line.id;
            return QString();
        };
        // Beans counted short by 3; bread counted exactly; a found item added; bread in the
        // fridge not counted at all (partial count).
        QVERIFY(inv().enterCounted(lineFor(lotA), 45));
        QVERIFY(inv().enterCounted(lineFor(lotB), 10));
        QVERIFY(!inv().enterCounted(lineFor(lotB), -1));
        Item soap;
        soap.name = u"Soap bar"_s;
        soap.category = u"hygiene"_s;
        const QString soapId = LARDER_MUST(inv().addItem(soap));
        LARDER_MUST(inv().addCountLine(countId, soapId, m_shelf, {}, 7));
        QVERIFY(!inv().addCountLine(countId, soapId, m_fridge, {}, 1)); // other location

        const qint64 rowsBefore = ledgerCount();
        const auto posted = LARDER_MUST(inv().confirmCount(countId));
        QCOMPARE(posted.movementIds.size(), 2);
        QCOMPARE(ledgerCount(), rowsBefore + 2);
        const auto beansAdjustment = *inv().movement(posted.movementIds.at(0));
        const auto soapAdjustment = *inv().movement(posted.movementIds.at(1));
        QCOMPARE(beansAdjustment.kind, movement::Counted);
        QCOMPARE(beansAdjustment.reason, u"count"_s);
        QCOMPARE(beansAdjustment.quantity + soapAdjustment.quantity, -3 + 7);
        QCOMPARE(inv().onHandTotal(m_beans), 45);
        QCOMPARE(inv().onHandTotal(soapId), 7);
        QCOMPARE(inv().onHandTotal(m_bread), 14);
        QCOMPARE(inv().count(countId)->status, u"confirmed"_s);
        QVERIFY(!inv().enterCounted(lineFor(lotA), 1)); // closed
        QVERIFY(!inv().confirmCount(countId));
        // The discrepancy stays in the item's history.
        QCOMPARE(inv().history(m_beans).first().kind, movement::Counted);
        verifyInvariants();
    }

    void viewsShowExpiringBelowParAndNegative() {
        LARDER_MUST(inv().receive({m_bread, m_shelf, 5, QDate(2026, 3, 3)}));
        LARDER_MUST(inv().receive({m_bread, m_shelf, 5, QDate(2026, 3, 20)}));
        LARDER_MUST(
            inv().receive({m_bread, m_shelf, 2, QDate(2026, 2, 20), u"donation"_s, {}, {}, true}));
        LARDER_MUST(inv().receive({m_beans, m_shelf, 30, std::nullopt}));
        const auto soon = inv().expiring(7);
        QCOMPARE(soon.size(), 2); // the expired lot and the one within a week
        QCOMPARE(*soon.first().expiry, QDate(2026, 2, 20));
        const auto below = inv().belowPar();
        QCOMPARE(below.size(), 1);
        QCOMPARE(below.first().itemId, m_beans);
        const auto totals = inv().totals();
        QCOMPARE(totals.size(), 2);
        QCOMPARE(*totals.last().nextExpiry, QDate(2026, 2, 20)); // bread
        // History names who did it.
        LARDER_VERIFY_OK(m_store->write([this](Writer& w) {
            m_store->setActor(w.insert(u"people", {{u"display_name"_s, u"Rosa"_s}}));
        }));
        LARDER_MUST(inv().distribute(m_beans, 2));
        QCOMPARE(inv().history(m_beans).first().recordedByName, u"Rosa"_s);
    }

    // Today's "use first": one row per lot, its places together, soonest first, then by name.
    void expiringLotsTakeEachLotsPlacesTogether() {
        const QString soonBread =
            LARDER_MUST(inv().receive({m_bread, m_shelf, 5, QDate(2026, 3, 3)})).lotId;
        LARDER_MUST(inv().move(m_bread, soonBread, m_shelf, m_fridge, 2));
        LARDER_MUST(inv().receive({m_bread, m_shelf, 5, QDate(2026, 3, 20)})); // beyond the week
        LARDER_MUST(
            inv().receive({m_bread, m_fridge, 2, QDate(2026, 2, 20), u"donation"_s, {}, {}, true}));
        LARDER_MUST(inv().receive({m_beans, m_shelf, 10, QDate(2026, 3, 3)}));
        LARDER_MUST(inv().receive({m_beans, m_shelf, 30, std::nullopt}));
        const QString gone =
            LARDER_MUST(inv().receive({m_beans, m_fridge, 4, QDate(2026, 3, 2)})).lotId;
        LARDER_MUST(inv().dispose(m_beans, gone, m_fridge, 4, u"damaged"_s)); // nothing left of it

        const QList<LotTotal> lots = inv().expiringLots(7);
        QCOMPARE(lots.size(), 3);
        QCOMPARE(*lots.at(0).expiry, QDate(2026, 2, 20)); // past its date, first
        QCOMPARE(lots.at(0).quantity, 2);
        QCOMPARE(lots.at(0).locationNames, QStringList{u"Fridge"_s});
        // Two lots on one day: by item name.
        QCOMPARE(lots.at(1).itemId, m_beans);
        QCOMPARE(lots.at(1).quantity, 10);
        QCOMPARE(lots.at(2).lotId, soonBread);
        QCOMPARE(lots.at(2).itemName, u"Bread loaf"_s);
        QCOMPARE(lots.at(2).quantity, 5); // 3 on the shelf and 2 in the fridge
        QCOMPARE(lots.at(2).locationNames.size(), 2);
        QVERIFY(lots.at(2).locationNames.contains(u"Shelf A"_s));
        QVERIFY(lots.at(2).locationNames.contains(u"Fridge"_s));
        QCOMPARE(inv().expiringLots(30).size(), 4); // the March 20 lot too
    }

    void figuresCountLotsToUseAndItemsBelowPar() {
        Item retired;
        retired.name = u"Old soup"_s;
        retired.parLevel = 10;
        const QString soup = LARDER_MUST(inv().addItem(retired));
        QVERIFY(inv().setItemActive(soup, false));
        Item rice;
        rice.name = u"Rice 2 lb"_s;
        rice.parLevel = 20;
        const QString riceId = LARDER_MUST(inv().addItem(rice));
        LARDER_MUST(inv().receive({riceId, m_shelf, 20, std::nullopt})); // at par: not below
        LARDER_MUST(inv().receive({m_bread, m_shelf, 5, QDate(2026, 3, 3)}));
        LARDER_MUST(inv().receive({m_bread, m_fridge, 5, QDate(2026, 3, 3)})); // the same lot
        LARDER_MUST(
            inv().receive({m_bread, m_shelf, 5, QDate(2026, 3, 8)})); // the last day of the week
        LARDER_MUST(inv().receive({m_bread, m_shelf, 5, QDate(2026, 3, 9)})); // after it
        LARDER_MUST(
            inv().receive({m_bread, m_shelf, 2, QDate(2026, 2, 27), u"donation"_s, {}, {}, true}));
        LARDER_MUST(
            inv().receive({m_beans, m_shelf, 40, QDate(2026, 3, 1)})); // today: still to use

        const StockFigures figures = inv().figures(7);
        QCOMPARE(figures.activeItems, 3); // beans, bread, rice; not the retired soup
        QCOMPARE(figures.expiringSoon, 3);
        QCOMPARE(figures.pastDate, 1);
        QCOMPARE(figures.belowPar, 1); // beans: 40 of 100
        QCOMPARE(figures.belowPar, int(inv().belowPar().size()));
        QCOMPARE(inv().figures(8).expiringSoon, 4);
    }

    void usualLocationIsWhereMostOfItIs() {
        QVERIFY(inv().usualLocation(m_beans).isEmpty()); // nowhere yet
        LARDER_MUST(inv().receive({m_beans, m_shelf, 10, std::nullopt}));
        LARDER_MUST(inv().receive({m_beans, m_fridge, 6, QDate(2026, 4, 1)}));
        LARDER_MUST(inv().receive({m_beans, m_fridge, 6, QDate(2026, 5, 1)}));
        QCOMPARE(inv().usualLocation(m_beans), m_fridge); // 12 in two lots beat 10
        LARDER_MUST(inv().distribute(m_beans, 12, m_fridge));
        QCOMPARE(inv().usualLocation(m_beans), m_shelf); // an empty place does not count
        QVERIFY(inv().usualLocation(m_bread).isEmpty());
    }

    // One wording for screens, papers and the CLI.
    void quantitiesReadTheSameEverywhere() {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(Quantities::format(1, u"case"_s), u"1 case"_s);
        QCOMPARE(Quantities::format(3, u"case"_s), u"3 cases"_s);
        QCOMPARE(Quantities::format(1200, u"cases"_s), u"1,200 cases"_s);
        QCOMPARE(Quantities::format(0, u"case"_s), u"0 cases"_s);
        QCOMPARE(Quantities::format(2500, u"g"_s), u"2.5 kg"_s);
        QCOMPARE(Quantities::format(2000, u"g"_s), u"2 kg"_s);
        QCOMPARE(Quantities::format(-1500, u"ml"_s), u"-1.5 L"_s);
        QCOMPARE(Quantities::format(750, u"ml"_s), u"750 ml"_s);
        QCOMPARE(Quantities::format(14, u"each"_s), u"14"_s);
        QCOMPARE(Quantities::format(14, QString()), u"14"_s);
        QCOMPARE(Quantities::format(3, u"lb"_s), u"3 lb"_s);
        // Changes of stock carry their sign, a real minus sign when negative.
        QCOMPARE(Quantities::formatSigned(1, u"case"_s), u"+1 case"_s);
        QCOMPARE(Quantities::formatSigned(-2, u"case"_s), QChar(0x2212) + u"2 cases"_s);
        QCOMPARE(Quantities::formatSigned(-2500, u"g"_s), QChar(0x2212) + u"2.5 kg"_s);
        QCOMPARE(Quantities::formatSigned(14, u"each"_s), u"+14"_s);
        QCOMPARE(Quantities::formatSigned(0, u"lb"_s), u"0 lb"_s);
        QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
        QCOMPARE(Quantities::format(2500, u"g"_s), u"2,5 kg"_s);
        QLocale::setDefault(before);
    }

    // Random receive, distribute, dispose, move, return, count and reversal sequences.
    void randomLedger() {
        const quint64 seed = qEnvironmentVariableIsSet("LARDER_TEST_SEED")
                                 ? qEnvironmentVariable("LARDER_TEST_SEED").toULongLong()
                                 : 7;
        qInfo("seed %llu", seed);
        std::mt19937_64 rng(seed);
        auto pick = [&rng](int n) { return int(rng() % quint64(n)); };
        const QStringList locations{m_shelf, m_fridge};
        const QStringList items{m_beans, m_bread};
        QStringList reversible;
        for (int step = 0; step < 600; ++step) {
            m_clock->advance(3600 * 1000); // an hour passes
            const QString item = items.at(pick(2));
            const QString location = locations.at(pick(2));
            switch (pick(7)) {
            case 0:
            case 1: {
                const std::optional<QDate> expiry =
                    item == m_bread ? std::optional<QDate>(inv().today().addDays(pick(20)))
                                    : std::nullopt;
                auto r = inv().receive({item, location, 1 + pick(30), expiry});
                QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
                reversible << r->movementIds;
                break;
            }
            case 2: {
                // FEFO: the first lot taken is the earliest expiry with stock.
                // Stock that went negative (a receipt reversed after it was given out) is a
                // discrepancy to count, not stock to give: only positive lots are available.
                std::optional<QDate> earliest;
                bool any = false;
                qint64 available = 0;
                for (const OnHand& line : inv().onHand({{}, std::nullopt, item})) {
                    if (line.quantity <= 0)
                        continue;
                    available += line.quantity;
                    if (!any || (line.expiry && (!earliest || *line.expiry < *earliest)))
                        earliest = line.expiry;
                    any = true;
                }
                const qint64 want = 1 + pick(20);
                auto r = inv().distribute(item, want);
                if (!any || available < want) {
                    QVERIFY(!r);
                    break;
                }
                QVERIFY(r.ok());
                QCOMPARE(inv().movement(r->movementIds.first())->expiry, earliest);
                reversible << r->movementIds.first();
                break;
            }
            case 3: {
                const auto lines = inv().onHand({location, std::nullopt, item});
                if (lines.isEmpty() || lines.first().quantity <= 0)
                    break;
                const OnHand& line = lines.first();
                auto r = (pick(2) == 0) ? inv().dispose(item, line.lotId, location,
                                                        1 + pick(int(line.quantity)),
                                                        vocabulary::disposalReasons().at(pick(4)))
                                        : inv().move(item, line.lotId, location,
                                                     locations.at(1 - locations.indexOf(location)),
                                                     1 + pick(int(line.quantity)));
                QVERIFY(r.ok());
                reversible << r->movementIds.first();
                break;
            }
            case 4: {
                const auto lines = inv().onHand({location, std::nullopt, item, true});
                if (lines.isEmpty())
                    break;
                auto r = inv().returnStock(item, lines.first().lotId, location, 1 + pick(5));
                QVERIFY(r.ok());
                break;
            }
            case 5: {
                if (reversible.isEmpty())
                    break;
                const QString target = reversible.takeAt(pick(int(reversible.size())));
                const auto row = inv().movement(target);
                const qint64 itemBefore = inv().onHandTotal(row->itemId);
                auto r = inv().reverse(target, u"random"_s);
                if (row->reversed) {
                    QVERIFY(!r);
                    break;
                }
                QVERIFY(r.ok());
                // Reversing restores the item's total as it was without those movements: each
                // reversal row is the exact opposite of its target, and the row asked for is one.
                qint64 undone = 0;
                QStringList targets;
                for (const QString& id : r->movementIds) {
                    const auto reversal = *inv().movement(id);
                    const auto original = *inv().movement(reversal.reverses);
                    QCOMPARE(reversal.quantity, -original.quantity);
                    QCOMPARE(reversal.lotId, original.lotId);
                    QCOMPARE(reversal.locationId, original.locationId);
                    QVERIFY(original.reversed);
                    undone += reversal.quantity;
                    targets << original.id;
                }
                QVERIFY(targets.contains(target));
                QCOMPARE(inv().onHandTotal(row->itemId), itemBefore + undone);
                if (row->kind == movement::Moved)
                    QCOMPARE(undone, 0);
                break;
            }
            default: {
                auto started = inv().startCount(location);
                if (!started)
                    break;
                const auto sheet = *inv().count(*started);
                for (const CountLine& line : sheet.lines) {
                    if (pick(3) == 0)
                        continue; // partial
                    const qint64 counted = std::max<qint64>(0, line.expected + pick(5) - 2);
                    QVERIFY(inv().enterCounted(line.id, counted));
                }
                QVERIFY(inv().confirmCount(*started));
                const auto confirmed = *inv().count(*started);
                for (const CountLine& line : confirmed.lines) {
                    if (line.counted)
                        QCOMPARE(line.onHandNow, *line.counted);
                }
            }
            }
            for (const QString& i : items)
                QCOMPARE(inv().onHandTotal(i), ledgerSum(i));
        }
        verifyInvariants();
    }

    // ---- Suppliers ----

    // Each field is checked, named in the message, and a refused supplier leaves nothing
    // behind; names are unique among active suppliers, whatever their case.
    void suppliersAreCheckedFieldByField() {
        Suppliers suppliers(*m_store);
        Supplier market;
        market.name = u"  Mercado El Sol "_s;
        market.kind = u"grocery"_s;
        market.pickupDays = {u"fri"_s, u"mon"_s};
        market.where = people::Coordinates{41.8421, -87.6767};
        market.usualBoxes = 8;
        const QString id = LARDER_MUST(suppliers.add(market));
        const Supplier saved = *suppliers.supplier(id);
        QCOMPARE(saved.name, u"Mercado El Sol"_s);
        QCOMPARE(saved.pickupDays, (QStringList{u"mon"_s, u"fri"_s})); // in the week's order
        QCOMPARE(saved.usualBoxes, 8);
        QCOMPARE(suppliers.find(u"mercado el sol"_s)->id, id);
        QCOMPARE(suppliers.find(id)->id, id);
        QVERIFY(!suppliers.find(u"Mercado"_s)); // a name is a whole name

        const auto fieldsAtFault = [](const Supplier& s) {
            QStringList fields;
            for (const people::FieldProblem& problem : Suppliers::validate(s))
                fields << problem.field;
            return fields;
        };
        Supplier bad;
        QCOMPARE(fieldsAtFault(bad), QStringList{u"name"_s});
        bad.name = QString(121, u'x');
        bad.kind = u"shop"_s;
        bad.phone = u"12"_s;
        bad.pickupDays = {u"someday"_s};
        bad.address = QString(301, u'a');
        bad.where = people::Coordinates{91, 0};
        bad.notes = QString(2001, u'n');
        bad.usualBoxes = Suppliers::MostBoxes + 1;
        QCOMPARE(fieldsAtFault(bad),
                 (QStringList{u"name"_s, u"kind"_s, u"phone"_s, u"pickup_days"_s, u"address"_s,
                              u"where"_s, u"notes"_s, u"usual_boxes"_s}));
        for (const auto& where : {people::Coordinates{0, 0}, people::Coordinates{10, 181},
                                  people::Coordinates{qQNaN(), 1}}) {
            Supplier s;
            s.name = u"Somewhere"_s;
            s.where = where;
            QCOMPARE(fieldsAtFault(s), QStringList{u"where"_s});
        }
        const qint64 rows = m_store->connection().scalar("SELECT count(*) FROM suppliers").toInt();
        const auto refused = suppliers.add(bad);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.startsWith(u"Name: "_s),
                 qPrintable(refused.error().message));
        Supplier twin;
        twin.name = u"MERCADO EL SOL"_s;
        const auto same = suppliers.add(twin);
        QVERIFY(!same.ok());
        QVERIFY(same.error().message.contains(u"already a supplier"_s));
        QCOMPARE(m_store->connection().scalar("SELECT count(*) FROM suppliers").toInt(), rows);
    }

    // A retired supplier is kept (lots and movements name it) but offered no more; its name is
    // free for a new one, and it cannot come back while that one has it.
    void retiredSuppliersAreKeptAndFreeTheirName() {
        Suppliers suppliers(*m_store);
        Supplier bakery;
        bakery.name = u"Panadería La Espiga"_s;
        bakery.kind = u"bakery"_s;
        const QString old = LARDER_MUST(suppliers.add(bakery));
        LARDER_VERIFY_OK(suppliers.setActive(old, false));
        QVERIFY(suppliers.list().isEmpty());
        QCOMPARE(suppliers.list(true).size(), 1);
        QVERIFY(m_inventory->suppliers().isEmpty()); // not offered at intake
        const QString fresh = LARDER_MUST(suppliers.add(bakery));
        const auto back = suppliers.setActive(old, true);
        QVERIFY(!back.ok());
        QVERIFY(back.error().message.contains(u"already a supplier"_s));
        Supplier renamed = *suppliers.supplier(fresh);
        renamed.name = u"La Espiga (new owners)"_s;
        renamed.address = u"1432 W 18th St"_s;
        LARDER_VERIFY_OK(suppliers.update(renamed));
        LARDER_VERIFY_OK(suppliers.setActive(old, true));
        QCOMPARE(suppliers.list().size(), 2);
        QCOMPARE(suppliers.supplier(fresh)->address, u"1432 W 18th St"_s);
        Supplier gone = renamed;
        gone.id = u"01a00000-0000-7000-8000-000000000000"_s;
        QVERIFY(!suppliers.update(gone).ok());
    }
};

QTEST_GUILESS_MAIN(TestInventory)
#include "tst_inventory.moc"
