// SPDX-License-Identifier: GPL-3.0-or-later
// Packages: box templates by household size, the dietary rule (a halal household never gets
// pork), substitutions, stock set aside first-expiry-first-out across lots and locations and
// never beyond what is on hand and free of other open runs, shortages with the households short
// and what could stand in, re-allocation, the pick list, and bad input refused with nothing
// saved. Runs and stops are written straight through the write API, as Runs would.

#include "core/demo/DemoData.h"
#include "core/inventory/Inventory.h"
#include "core/people/Households.h"
#include "core/runs/Packages.h"
#include "core/storage/Settings.h"
#include "core/storage/Sqlite.h"
#include "tests/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace larder;
using namespace larder::runs;
using namespace larder::test;
using namespace Qt::StringLiterals;

namespace {

// The test's "today" is 2026-03-01; runs are on the Tuesday after.
const QDate Today(2026, 3, 1);
const QDate RunDay(2026, 3, 3);

} // namespace

class TestPackages : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<ManualClock> m_clock;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<inventory::Inventory> m_inventory;
    std::unique_ptr<Packages> m_packages;
    std::unique_ptr<people::Households> m_households;

    // ---- Building a pantry ----

    QString item(const QString& name, const QString& tags, const QString& category = u"food"_s) {
        inventory::Item item;
        item.name = name;
        item.category = category;
        item.dietaryTags = tags.split(u',', Qt::SkipEmptyParts);
        return LARDER_MUST(m_inventory->addItem(item), {});
    }
    QString location(const QString& name) {
        inventory::Location location;
        location.name = name;
        return LARDER_MUST(m_inventory->addLocation(location), {});
    }
    void receive(const QString& itemId, const QString& locationId, qint64 quantity,
                 std::optional<QDate> expiry = std::nullopt) {
        inventory::Receipt receipt;
        receipt.itemId = itemId;
        receipt.locationId = locationId;
        receipt.quantity = quantity;
        receipt.expiry = expiry;
        receipt.allowPastExpiry = true;
        LARDER_MUST(m_inventory->receive(receipt));
    }
    QString household(const QString& name, int size, const QStringList& tags = {}) {
        people::Household h;
        h.chosenName = name;
        h.street = u"1850 S Blue Island Ave"_s;
        h.city = u"Chicago"_s;
        h.postalCode = u"60608"_s;
        h.adults = size;
        h.dietaryTags = tags;
        return LARDER_MUST(m_households->add(h), {});
    }
    QString templateOf(const QString& name, int minSize, std::optional<int> maxSize,
                       const QList<std::pair<QString, qint64>>& lines) {
        BoxTemplate t;
        t.name = name;
        t.minSize = minSize;
        t.maxSize = maxSize;
        for (const auto& [itemId, quantity] : lines)
            t.lines.append({itemId, {}, quantity});
        return LARDER_MUST(m_packages->addTemplate(t), {});
    }
    QString run(const QDate& date = RunDay, const QString& kind = u"delivery"_s) {
        QString id;
        LARDER_MUST(m_store->write([&](Writer& w) {
            id = w.insert(u"runs", {{u"run_date"_s, date.toString(Qt::ISODate)},
                                    {u"kind"_s, kind},
                                    {u"status"_s, u"planned"_s}});
        }),
                    QString());
        return id;
    }
    QString stop(const QString& runId, const QString& householdId, int position) {
        QString id;
        LARDER_MUST(m_store->write([&](Writer& w) {
            id = w.insert(u"run_stops", {{u"run_id"_s, runId},
                                         {u"household_id"_s, householdId},
                                         {u"position"_s, position}});
        }),
                    QString());
        return id;
    }
    void setColumn(const QString& table, const QString& id, const QString& column,
                   const QVariant& value) {
        LARDER_MUST(m_store->write([&](Writer& w) { w.update(table, id, {{column, value}}); }));
    }
    qint64 rows(const char* table) const {
        return m_store->connection()
            .scalar(QByteArray("SELECT count(*) FROM ") + table)
            .toLongLong();
    }
    qint64 allocated(const QString& stopId, const QString& itemId) const {
        qint64 total = 0;
        for (const Allocation& a : m_packages->allocationsForStop(stopId))
            total += a.itemId == itemId ? a.quantity : 0;
        return total;
    }
    static const Shortage* shortageOf(const QList<Shortage>& list, const QString& itemId) {
        for (const Shortage& s : list) {
            if (s.itemId == itemId)
                return &s;
        }
        return nullptr;
    }

private Q_SLOTS:
    void init() {
        QTest::failOnWarning(QRegularExpression(u".*"_s));
        m_clock = std::make_shared<ManualClock>(TestEpochMs, 1);
        m_store = LARDER_MUST(createPantry(m_dir, m_clock));
        m_inventory = std::make_unique<inventory::Inventory>(*m_store);
        m_packages = std::make_unique<Packages>(*m_store);
        m_households = std::make_unique<people::Households>(*m_store);
    }

    void cleanup() {
        m_packages.reset();
        m_inventory.reset();
        m_households.reset();
        m_store.reset();
    }

    // ---- Templates ----

    void templatesBySize() {
        const QString rice = item(u"Rice"_s, u"halal,kosher,vegan"_s);
        const QString beans = item(u"Beans"_s, u"halal,kosher,vegan"_s);
        const QString small = templateOf(u"1-2 people"_s, 1, 2, {{rice, 1}});
        const QString medium = templateOf(u"3-5 people"_s, 3, 5, {{rice, 2}, {beans, 2}});
        const QString large = templateOf(u"6+ people"_s, 6, std::nullopt, {{rice, 4}});
        QCOMPARE(m_packages->templateFor(1)->id, small);
        QCOMPARE(m_packages->templateFor(0)->id, small); // a household is at least one person
        QCOMPARE(m_packages->templateFor(2)->id, small);
        QCOMPARE(m_packages->templateFor(3)->id, medium);
        QCOMPARE(m_packages->templateFor(5)->id, medium);
        QCOMPARE(m_packages->templateFor(6)->id, large);
        QCOMPARE(m_packages->templateFor(40)->id, large);

        // The narrowest range wins where they overlap; an inactive one is never chosen.
        const QString single = templateOf(u"Single"_s, 1, 1, {{beans, 1}});
        QCOMPARE(m_packages->templateFor(1)->id, single);
        QCOMPARE(m_packages->templateFor(2)->id, small);
        BoxTemplate retired = *m_packages->boxTemplate(single);
        retired.active = false;
        LARDER_VERIFY_OK(m_packages->updateTemplate(retired));
        QCOMPARE(m_packages->templateFor(1)->id, small);
        QCOMPARE(m_packages->templates().size(), 3);
        QCOMPARE(m_packages->templates(true).size(), 4);

        // Lines read back with their names; an update replaces them.
        BoxTemplate mediumTemplate = *m_packages->boxTemplate(medium);
        QCOMPARE(mediumTemplate.lines.size(), 2);
        QCOMPARE(mediumTemplate.lines.at(0).itemName, u"Beans"_s);
        QCOMPARE(mediumTemplate.lines.at(1).quantity, 2);
        mediumTemplate.lines = {{rice, {}, 3}};
        mediumTemplate.boxes = 2;
        LARDER_VERIFY_OK(m_packages->updateTemplate(mediumTemplate));
        const BoxTemplate updated = *m_packages->boxTemplate(medium);
        QCOMPARE(updated.lines.size(), 1);
        QCOMPARE(updated.lines.at(0).quantity, 3);
        QCOMPARE(updated.boxes, 2);
        QCOMPARE(rows("box_template_lines"), 4); // small 1 + medium 1 + large 1 + single 1

        // Removing: deleted when no stop used it, retired when one did.
        LARDER_VERIFY_OK(m_packages->removeTemplate(single));
        QVERIFY(!m_packages->boxTemplate(single));
        const QString runId = run();
        const QString stopId = stop(runId, household(u"Dee"_s, 1), 1);
        setColumn(u"run_stops"_s, stopId, u"template_id"_s, small);
        LARDER_VERIFY_OK(m_packages->removeTemplate(small));
        QVERIFY(m_packages->boxTemplate(small));
        QVERIFY(!m_packages->boxTemplate(small)->active);
        QVERIFY(!m_packages->templateFor(1));
    }

    void badTemplatesAreRefused() {
        const QString rice = item(u"Rice"_s, {});
        const QString retiredItem = item(u"Old soup"_s, {});
        LARDER_VERIFY_OK(m_inventory->setItemActive(retiredItem, false));
        templateOf(u"1-2 people"_s, 1, 2, {{rice, 1}});
        const qint64 seq = m_store->lastSeq();
        const qint64 templates = rows("box_templates");

        auto refused = [&](BoxTemplate t, const QString& words) {
            const auto added = m_packages->addTemplate(t);
            QVERIFY2(!added.ok(), qPrintable(words));
            QCOMPARE(added.error().kind, Error::Kind::InvalidInput);
            QVERIFY2(added.error().message.contains(words, Qt::CaseInsensitive),
                     qPrintable(added.error().message));
            QVERIFY(!added.error().hint.isEmpty());
        };
        BoxTemplate good;
        good.name = u"3-5 people"_s;
        good.minSize = 3;
        good.maxSize = 5;
        good.lines = {{rice, {}, 2}};
        BoxTemplate t = good;
        t.name = u"  "_s;
        refused(t, u"needs a name"_s);
        t = good;
        t.maxSize = 2;
        refused(t, u"largest household size"_s);
        t = good;
        t.minSize = 0;
        refused(t, u"smallest household size"_s);
        t = good;
        t.boxes = 0;
        refused(t, u"boxes"_s);
        t = good;
        t.lines = {{rice, {}, 1}, {rice, {}, 2}};
        refused(t, u"twice"_s);
        t = good;
        t.lines = {{u"no-such-item"_s, {}, 1}};
        refused(t, u"not in the catalog"_s);
        t = good;
        t.lines = {{retiredItem, {}, 1}};
        refused(t, u"retired"_s);
        t = good;
        t.lines = {{rice, {}, 0}};
        refused(t, u"from 1 to 1000"_s);
        t = good;
        t.name = u"1-2 PEOPLE"_s;
        refused(t, u"already a box template"_s);

        QCOMPARE(m_store->lastSeq(), seq);
        QCOMPARE(rows("box_templates"), templates);
        QVERIFY(!m_packages->updateTemplate(good).ok()); // no id: not on file
        QVERIFY(!m_packages->removeTemplate(u"nope"_s).ok());
        QCOMPARE(m_store->lastSeq(), seq);
    }

    // ---- The dietary rule ----

    void suitsDietaryTags() {
        const QString pork = item(u"Pork shoulder"_s, u"gluten-free,nut-free"_s);
        const QString halalChicken = item(u"Halal chicken"_s, u"halal,gluten-free,nut-free"_s);
        const QString tofu = item(u"Tofu"_s, u"halal,kosher,vegan,gluten-free"_s);
        const QString cheese = item(u"Cheese"_s, u"vegetarian,gluten-free"_s);
        const QString peanutButter = item(u"Peanut butter"_s, u"halal,kosher,vegan"_s);
        const QString soap = item(u"Soap"_s, {}, u"hygiene"_s);
        const QString ramen = item(u"Ramen"_s, {});

        QVERIFY(!m_packages->suits(pork, {u"halal"_s}));
        QVERIFY(m_packages->suits(halalChicken, {u"halal"_s}));
        QVERIFY(!m_packages->suits(halalChicken, {u"kosher"_s}));
        QVERIFY(m_packages->suits(pork, {}));
        // Vegan food suits a vegetarian household; vegetarian food does not suit a vegan one.
        QVERIFY(m_packages->suits(tofu, {u"vegetarian"_s}));
        QVERIFY(!m_packages->suits(cheese, {u"vegan"_s}));
        QVERIFY(m_packages->suits(cheese, {u"vegetarian"_s}));
        QVERIFY(!m_packages->suits(peanutButter, {u"nut-free"_s}));
        QVERIFY(!m_packages->suits(ramen, {u"halal"_s}));
        // Preferences never exclude; non-food suits everyone.
        QVERIFY(m_packages->suits(ramen, {u"diabetic-friendly"_s, u"low-sodium"_s}));
        QVERIFY(m_packages->suits(soap, {u"halal"_s, u"vegan"_s, u"kosher"_s}));
        QVERIFY(!m_packages->suits(u"no-such-item"_s, {}));
    }

    void packageSubstitutesForDietaryTags() {
        const QString freezer = location(u"Freezer"_s);
        const QString shelf = location(u"Shelf"_s);
        const QString pork = item(u"Pork shoulder"_s, u"gluten-free,nut-free"_s);
        const QString halalChicken = item(u"Halal chicken"_s, u"halal,gluten-free,nut-free"_s);
        const QString lentils = item(u"Lentils"_s, u"halal,kosher,vegan,gluten-free"_s);
        const QString rice = item(u"Rice"_s, u"halal,kosher,vegan,gluten-free"_s);
        const QString soap = item(u"Soap"_s, {}, u"hygiene"_s);
        receive(pork, freezer, 10);
        receive(halalChicken, freezer, 5);
        receive(lentils, shelf, 50); // more on hand, but kept on the shelf, not in the freezer
        receive(rice, shelf, 20);
        templateOf(u"3-5 people"_s, 3, 5, {{pork, 1}, {rice, 2}, {soap, 1}});

        people::Household halal;
        halal.adults = 4;
        halal.dietaryTags = {u"halal"_s};
        const QList<PackageLine> lines = m_packages->packageFor(halal);
        QCOMPARE(lines.size(), 3);
        for (const PackageLine& line : lines)
            QVERIFY2(line.itemId != pork, "a halal household never gets pork");
        const PackageLine& meat = lines.at(0);
        QCOMPARE(meat.kind, u"substitute"_s);
        QCOMPARE(meat.itemId, halalChicken); // kept where the pork is kept: the freezer
        QCOMPARE(meat.replacesItemId, pork);
        QCOMPARE(meat.replacesItemName, u"Pork shoulder"_s);
        QCOMPARE(meat.quantity, 1);
        QCOMPARE(lines.at(1).itemId, rice);
        QCOMPARE(lines.at(1).kind, u"template"_s);
        QCOMPARE(lines.at(2).itemId, soap); // not food: suits everyone

        people::Household any;
        any.adults = 3;
        QCOMPARE(m_packages->packageFor(any).at(0).itemId, pork);

        // Without the halal chicken in stock, what there is of a suitable item is preferred.
        inventory::Posted gone = LARDER_MUST(m_inventory->distribute(halalChicken, 5));
        Q_UNUSED(gone);
        QCOMPARE(m_packages->packageFor(halal).at(0).itemId, lentils);

        // No template for the size: no package.
        people::Household big;
        big.adults = 9;
        QVERIFY(m_packages->packageFor(big).isEmpty());
    }

    void packageKeepsALineWhenNothingSuits() {
        const QString peanutButter = item(u"Peanut butter"_s, u"halal,kosher,vegan"_s);
        const QString soap = item(u"Soap"_s, {}, u"hygiene"_s);
        templateOf(u"Everyone"_s, 1, std::nullopt, {{peanutButter, 1}, {soap, 2}});
        people::Household nutFree;
        nutFree.dietaryTags = {u"nut-free"_s};
        const QList<PackageLine> lines = m_packages->packageFor(nutFree);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).kind, u"substitute"_s);
        QCOMPARE(lines.at(0).quantity, 0);
        QVERIFY(lines.at(0).itemId.isEmpty());
        QCOMPARE(lines.at(0).replacesItemId, peanutButter);
        QCOMPARE(lines.at(1).itemId, soap);
        QCOMPARE(lines.at(1).quantity, 2);
    }

    // ---- Allocation ----

    void allocatesFirstExpiryFirstAcrossLotsAndLocations() {
        const QString hub = location(u"B hub"_s);
        const QString shelf = location(u"A shelf"_s);
        const QString milk = item(u"Milk"_s, u"kosher,vegetarian"_s);
        receive(milk, shelf, 3, RunDay.addDays(10));
        receive(milk, hub, 2, RunDay.addDays(4));
        receive(milk, shelf, 2, RunDay.addDays(4));
        receive(milk, shelf, 9);                     // no expiry: last
        receive(milk, shelf, 7, RunDay.addDays(-1)); // expired by the run's day: never
        templateOf(u"All"_s, 1, std::nullopt, {{milk, 8}});
        const QString runId = run();
        const QString stopId = stop(runId, household(u"Dee"_s, 2), 1);

        const auto shortages = LARDER_MUST(m_packages->allocate(runId));
        QVERIFY(shortages.isEmpty());
        const QList<Allocation> list = m_packages->allocationsForStop(stopId);
        QCOMPARE(list.size(), 4);
        struct Expected {
            std::optional<QDate> expiry;
            QString location;
            qint64 quantity;
        };
        const QList<Expected> expected{{RunDay.addDays(4), shelf, 2},
                                       {RunDay.addDays(4), hub, 2},
                                       {RunDay.addDays(10), shelf, 3},
                                       {std::nullopt, shelf, 1}};
        // allocationsForStop sorts by expiry then location name; the FEFO order is the same.
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(list.at(i).expiry, expected.at(i).expiry);
            QCOMPARE(list.at(i).locationId, expected.at(i).location);
            QCOMPARE(list.at(i).quantity, expected.at(i).quantity);
            QCOMPARE(list.at(i).status, u"allocated"_s);
            QCOMPARE(list.at(i).kind, u"template"_s);
            QCOMPARE(list.at(i).runId, runId);
            QVERIFY(!list.at(i).lotId.isEmpty());
        }
        QCOMPARE(m_packages->setAside(milk), 8);
        // On hand does not change until the boxes go out.
        QCOMPARE(m_inventory->onHandTotal(milk), 23);
    }

    void neverAllocatesMoreThanOnHand() {
        const QString shelf = location(u"Shelf"_s);
        const QString beans = item(u"Beans"_s, u"halal"_s);
        receive(beans, shelf, 5);
        templateOf(u"All"_s, 1, std::nullopt, {{beans, 2}});
        const QString runId = run();
        const QString first = stop(runId, household(u"Ana"_s, 1), 1);
        const QString second = stop(runId, household(u"Ben"_s, 1), 2);
        const QString third = stop(runId, household(u"Cal"_s, 1), 3);

        const auto shortages = LARDER_MUST(m_packages->allocate(runId));
        QCOMPARE(allocated(first, beans), 2);
        QCOMPARE(allocated(second, beans), 2);
        QCOMPARE(allocated(third, beans), 1);
        QCOMPARE(m_packages->setAside(beans), 5);
        QCOMPARE(shortages.size(), 1);
        QCOMPARE(shortages.at(0).itemId, beans);
        QCOMPARE(shortages.at(0).needed, 6);
        QCOMPARE(shortages.at(0).available, 5);
        QCOMPARE(shortages.at(0).stopIds, QStringList{third});
        QCOMPARE(shortages.at(0).householdNames, QStringList{u"Cal"_s});
        // shortages() reads the same from the file.
        const auto again = m_packages->shortages(runId);
        QCOMPARE(again.size(), 1);
        QCOMPARE(again.at(0).stopIds, QStringList{third});
        QCOMPARE(again.at(0).needed, 6);
    }

    void anotherOpenRunsAllocationIsRespected() {
        const QString shelf = location(u"Shelf"_s);
        const QString beans = item(u"Beans"_s, {});
        receive(beans, shelf, 5);
        templateOf(u"All"_s, 1, std::nullopt, {{beans, 4}});
        const QString tuesday = run(RunDay);
        const QString tuesdayStop = stop(tuesday, household(u"Ana"_s, 1), 1);
        const QString thursday = run(RunDay.addDays(2));
        const QString thursdayStop = stop(thursday, household(u"Ben"_s, 1), 1);

        QVERIFY(LARDER_MUST(m_packages->allocate(tuesday)).isEmpty());
        const auto shortages = LARDER_MUST(m_packages->allocate(thursday));
        QCOMPARE(allocated(thursdayStop, beans), 1);
        QCOMPARE(shortages.size(), 1);
        QCOMPARE(shortages.at(0).available, 1);
        // Allocating Tuesday again replaces its own allocation, not Thursday's.
        QVERIFY(LARDER_MUST(m_packages->allocate(tuesday)).isEmpty());
        QCOMPARE(allocated(tuesdayStop, beans), 4);
        QCOMPARE(allocated(thursdayStop, beans), 1);
        QCOMPARE(m_packages->setAside(beans), 5);

        // A closed run sets nothing aside any more.
        setColumn(u"runs"_s, tuesday, u"status"_s, u"closed"_s);
        QCOMPARE(m_packages->setAside(beans), 1);
        QVERIFY(LARDER_MUST(m_packages->allocate(thursday)).isEmpty());
        QCOMPARE(allocated(thursdayStop, beans), 4);
    }

    void shortageListsHouseholdsAndSuitableSubstitutes() {
        const QString shelf = location(u"Shelf"_s);
        const QString beans = item(u"Black beans"_s, u"halal,kosher,vegan"_s);
        const QString lentils = item(u"Lentils"_s, u"halal,kosher,vegan"_s);
        const QString chickpeas = item(u"Chickpeas"_s, u"halal,kosher,vegan"_s);
        const QString pork = item(u"Pork and beans"_s, {});
        const QString soap = item(u"Soap"_s, {}, u"hygiene"_s);
        receive(beans, shelf, 1);
        receive(lentils, shelf, 4);
        receive(chickpeas, shelf, 9);
        receive(pork, shelf, 30);
        receive(soap, shelf, 30);
        templateOf(u"All"_s, 1, std::nullopt, {{beans, 1}});
        const QString runId = run();
        const QString dee = stop(runId, household(u"Dee"_s, 1), 1);
        const QString amira = stop(runId, household(u"Amira"_s, 2, {u"halal"_s}), 2);
        const QString mei = stop(runId, household(u"Mei"_s, 2, {u"vegan"_s}), 3);

        const auto shortages = LARDER_MUST(m_packages->allocate(runId));
        QCOMPARE(allocated(dee, beans), 1);
        QCOMPARE(shortages.size(), 1);
        const Shortage& shortage = shortages.at(0);
        QCOMPARE(shortage.itemName, u"Black beans"_s);
        QCOMPARE(shortage.needed, 3);
        QCOMPARE(shortage.available, 1);
        QCOMPARE(shortage.stopIds, (QStringList{amira, mei}));
        QCOMPARE(shortage.householdNames, (QStringList{u"Amira"_s, u"Mei"_s}));
        // Same category, suits both, most on hand first; never the pork, never the soap.
        QCOMPARE(shortage.substitutes.size(), 2);
        QCOMPARE(shortage.substitutes.at(0).itemId, chickpeas);
        QCOMPARE(shortage.substitutes.at(0).available, 9);
        QCOMPARE(shortage.substitutes.at(1).itemId, lentils);

        // A substitute that does not suit is refused, and nothing is saved.
        const qint64 seq = m_store->lastSeq();
        const auto refused = m_packages->substitute(runId, beans, pork);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(u"2 of the households"_s),
                 qPrintable(refused.error().message));
        QCOMPARE(m_store->lastSeq(), seq);

        LARDER_VERIFY_OK(m_packages->substitute(runId, beans, lentils));
        QCOMPARE(allocated(amira, lentils), 1);
        QCOMPARE(allocated(mei, lentils), 1);
        for (const Allocation& a : m_packages->allocationsForStop(amira)) {
            QCOMPARE(a.kind, u"substitute"_s);
            QCOMPARE(a.replacesItemId, beans);
        }
        QVERIFY(m_packages->shortages(runId).isEmpty());
        QCOMPARE(m_packages->setAside(lentils), 2);
        // Nothing is short now: substituting again is refused.
        QVERIFY(!m_packages->substitute(runId, beans, chickpeas).ok());
    }

    void reallocatingReplacesButKeepsAdditionsAndOutcomes() {
        const QString shelf = location(u"Shelf"_s);
        const QString rice = item(u"Rice"_s, {});
        const QString oil = item(u"Oil"_s, {});
        receive(rice, shelf, 3);
        receive(oil, shelf, 10);
        templateOf(u"All"_s, 1, std::nullopt, {{rice, 1}});
        const QString runId = run();
        const QString first = stop(runId, household(u"Ana"_s, 1), 1);
        const QString second = stop(runId, household(u"Ben"_s, 1), 2);
        const QString third = stop(runId, household(u"Cal"_s, 1), 3);

        QVERIFY(LARDER_MUST(m_packages->allocate(runId)).isEmpty());
        LARDER_VERIFY_OK(m_packages->addToPackage(second, oil, 2));
        QCOMPARE(allocated(second, oil), 2);
        QCOMPARE(m_packages->allocationsForStop(second).size(), 2);
        // The first stop was delivered: its allocation stays as it is.
        setColumn(u"run_stops"_s, first, u"outcome"_s, u"delivered"_s);
        const QString firstAllocation = m_packages->allocationsForStop(first).at(0).id;

        QVERIFY(LARDER_MUST(m_packages->allocate(runId)).isEmpty());
        QCOMPARE(m_packages->allocationsForStop(first).size(), 1);
        QCOMPARE(m_packages->allocationsForStop(first).at(0).id, firstAllocation);
        QCOMPARE(allocated(second, rice), 1);
        QCOMPARE(allocated(second, oil), 2); // what was added by hand is kept
        QCOMPARE(allocated(third, rice), 1);
        QCOMPARE(m_packages->allocations(runId).size(), 4);
        QCOMPARE(m_packages->setAside(rice), 3);

        // Less stock than before: the later stop goes short, nothing is counted twice.
        const QString newStop = stop(runId, household(u"Dev"_s, 1), 4);
        const auto shortages = LARDER_MUST(m_packages->allocate(runId));
        QCOMPARE(shortages.size(), 1);
        QCOMPARE(shortages.at(0).stopIds, QStringList{newStop});
        QCOMPARE(shortages.at(0).needed, 3); // the three stops without an outcome
        QCOMPARE(shortages.at(0).available, 2);
        receive(rice, shelf, 1);
        QVERIFY(LARDER_MUST(m_packages->allocate(runId)).isEmpty());
        QCOMPARE(allocated(newStop, rice), 1);
        QCOMPARE(m_packages->setAside(rice), 4);
    }

    void pickListIsGroupedByLocation() {
        const QString fridge = location(u"Fridge"_s);
        const QString shelf = location(u"Shelf"_s);
        const QString milk = item(u"Milk"_s, {});
        const QString beans = item(u"Beans"_s, {});
        const QString apples = item(u"Apples"_s, {});
        receive(milk, fridge, 10, RunDay.addDays(5));
        receive(beans, shelf, 2, RunDay.addDays(100));
        receive(beans, shelf, 10);
        receive(apples, fridge, 10, RunDay.addDays(7));
        templateOf(u"All"_s, 1, std::nullopt, {{milk, 1}, {beans, 3}, {apples, 2}});
        const QString runId = run();
        stop(runId, household(u"Ana"_s, 1), 1);
        stop(runId, household(u"Ben"_s, 1), 2);
        QVERIFY(LARDER_MUST(m_packages->allocate(runId)).isEmpty());

        const QList<PickLine> pick = m_packages->pickList(runId);
        QCOMPARE(pick.size(), 4);
        QCOMPARE(pick.at(0).locationName, u"Fridge"_s);
        QCOMPARE(pick.at(0).itemName, u"Apples"_s);
        QCOMPARE(pick.at(0).quantity, 4);
        QCOMPARE(pick.at(1).itemName, u"Milk"_s);
        QCOMPARE(pick.at(1).quantity, 2);
        QCOMPARE(pick.at(2).locationName, u"Shelf"_s);
        QCOMPARE(pick.at(2).itemName, u"Beans"_s);
        QCOMPARE(pick.at(2).expiry, std::optional<QDate>(RunDay.addDays(100)));
        QCOMPARE(pick.at(2).quantity, 2);
        QCOMPARE(pick.at(3).itemName, u"Beans"_s);
        QVERIFY(!pick.at(3).expiry);
        QCOMPARE(pick.at(3).quantity, 4);
        QCOMPARE(pick.at(3).unit, u"each"_s);
    }

    void badInputIsRefusedWithNothingSaved() {
        const QString shelf = location(u"Shelf"_s);
        const QString beans = item(u"Beans"_s, u"halal"_s);
        const QString pork = item(u"Pork"_s, {});
        receive(beans, shelf, 3);
        receive(pork, shelf, 3);
        templateOf(u"All"_s, 1, std::nullopt, {{beans, 1}});
        const QString runId = run();
        const QString stopId = stop(runId, household(u"Amira"_s, 1, {u"halal"_s}), 1);
        const QString closed = run(RunDay.addDays(-7));
        setColumn(u"runs"_s, closed, u"status"_s, u"closed"_s);
        const QString supplierRun = run(RunDay, u"supplier_pickup"_s);
        const qint64 seq = m_store->lastSeq();

        auto refusedWith = [](const auto& result, const QString& words) {
            QVERIFY2(!result.ok(), qPrintable(words));
            QCOMPARE(result.error().kind, Error::Kind::InvalidInput);
            QVERIFY2(result.error().message.contains(words), qPrintable(result.error().message));
            QVERIFY(!result.error().hint.isEmpty());
        };
        refusedWith(m_packages->allocate(u"no-such-run"_s), u"no longer on file"_s);
        refusedWith(m_packages->allocate(closed), u"closed"_s);
        refusedWith(m_packages->allocate(supplierRun), u"supplier pickup"_s);
        refusedWith(m_packages->addToPackage(stopId, beans, 0), u"from 1 to 1000"_s);
        refusedWith(m_packages->addToPackage(stopId, beans, 4), u"Only 3"_s);
        refusedWith(m_packages->addToPackage(stopId, pork, 1), u"dietary"_s);
        refusedWith(m_packages->addToPackage(stopId, u"nope"_s, 1), u"catalog"_s);
        refusedWith(m_packages->addToPackage(u"nope"_s, beans, 1), u"stop"_s);
        refusedWith(m_packages->substitute(runId, beans, beans), u"itself"_s);
        refusedWith(m_packages->substitute(runId, beans, u"nope"_s), u"catalog"_s);
        refusedWith(m_packages->substitute(runId, beans, pork), u"does not suit"_s);
        QCOMPARE(m_store->lastSeq(), seq);
        QCOMPARE(rows("run_allocations"), 0);

        // No templates at all: allocating says what to do first.
        const QString only = m_packages->templates().at(0).id;
        LARDER_VERIFY_OK(m_packages->removeTemplate(only));
        const qint64 before = m_store->lastSeq();
        refusedWith(m_packages->allocate(runId), u"no box templates"_s);
        QCOMPARE(m_store->lastSeq(), before);
    }

    // ---- The demo pantry ----

    void demoHasTemplatesAndThePantry() {
        demo::DemoOptions options;
        options.households = 40;
        options.movements = 800;
        options.weeksOfHistory = 2;
        options.seed = 5;
        auto filled = demo::fill(*m_store, options);
        QVERIFY2(filled.ok(), filled.ok() ? "" : qPrintable(filled.error().toString()));
        const QList<BoxTemplate> templates = m_packages->templates();
        QCOMPARE(templates.size(), 3);
        QCOMPARE(m_packages->templateFor(1)->id, templates.at(0).id);
        QCOMPARE(m_packages->templateFor(4)->id, templates.at(1).id);
        QCOMPARE(m_packages->templateFor(8)->id, templates.at(2).id);
        for (const BoxTemplate& t : templates)
            QVERIFY2(t.lines.size() >= 6 && t.lines.size() <= 10, qPrintable(t.name));
        const Settings settings(*m_store);
        QVERIFY(!settings.get(settings::PantryName).isEmpty());
        QVERIFY(!settings.get(settings::PantryAddress).isEmpty());
        QVERIFY(settings.get(settings::PantryCoordinates).startsWith(u"41.8"_s));

        // A pork item exists, and no halal household's package holds it.
        QString porkId;
        for (const inventory::Item& i : m_inventory->items()) {
            if (i.name.contains(u"pork"_s, Qt::CaseInsensitive))
                porkId = i.id;
        }
        QVERIFY(!porkId.isEmpty());
        QVERIFY(!m_packages->suits(porkId, {u"halal"_s}));
        int halalHouseholds = 0;
        for (const people::Household& h : m_households->all()) {
            if (!h.dietaryTags.contains(u"halal"_s))
                continue;
            ++halalHouseholds;
            for (const PackageLine& line : m_packages->packageFor(h))
                QVERIFY(line.itemId.isEmpty() || m_packages->suits(line.itemId, {u"halal"_s}));
        }
        Q_UNUSED(halalHouseholds);
    }
};

QTEST_GUILESS_MAIN(TestPackages)
#include "tst_packages.moc"
