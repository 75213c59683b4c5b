// SPDX-License-Identifier: GPL-3.0-or-later
// SheetBuilder: what a pantry file's distribution day puts on paper — stops in route order,
// only what a driver needs from each household, the phone only with consent, initials and no
// phones under the privacy setting, and the refusals (no run that day, no such route). Ends
// with the whole path: a pantry file to a PDF read back with pdftotext.

#include "core/inventory/Suppliers.h"
#include "core/people/Households.h"
#include "core/runs/Runs.h"
#include "core/storage/Settings.h"
#include "print/RouteSheets.h"
#include "print/SheetBuilder.h"
#include "tests/TestSupport.h"
#include "tests/print/PrintTestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace larder;
using namespace larder::print;

namespace {

const QDate Day(2026, 3, 7);

} // namespace

class TestSheetBuilder : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<ManualClock> m_clock;
    std::unique_ptr<Store> m_store;
    QString m_runId;
    QStringList m_households; // Amara (consents to calls), Bao (phone, no consent), Carmen

    QString addHousehold(const QString& name, const QString& street, const QString& unit,
                         const QString& phone, bool mayCall, double latitude) {
        people::Household h;
        h.chosenName = name;
        h.street = street;
        h.unit = unit;
        h.city = u"Chicago"_s;
        h.postalCode = u"60608"_s;
        h.phone = phone;
        h.mayCall = mayCall;
        h.languages = {u"es"_s, u"en"_s};
        h.deliveryNotes = u"Notes of %1"_s.arg(name);
        h.accessNeeds = u"No stairs"_s;
        h.coordinates = people::Coordinates{latitude, -87.66};
        return LARDER_MUST(people::Households(*m_store).add(h), {});
    }

private Q_SLOTS:
    void init() {
        m_clock = std::make_shared<ManualClock>(test::TestEpochMs, 1);
        m_store = LARDER_MUST(test::createPantry(m_dir, m_clock));
        Settings settings(*m_store);
        LARDER_VERIFY_OK(settings.set(settings::PantryName, u"Eastside pantry"_s));
        LARDER_VERIFY_OK(settings.set(settings::PantryPhone, u"555-0100"_s));
        LARDER_VERIFY_OK(settings.set(settings::PantryCoordinates, u"41.85, -87.65"_s));

        m_households = {addHousehold(u"Amara Okafor"_s, u"1400 W 18th St"_s, u"Apt 2"_s,
                                     u"555-0111"_s, true, 41.851),
                        addHousehold(u"Bao Tran"_s, u"1500 W 18th St"_s, QString(), u"555-0122"_s,
                                     false, 41.852),
                        addHousehold(u"Carmen Ruiz"_s, u"1600 W 18th St"_s, QString(), QString(),
                                     false, 41.853)};

        runs::Runs runs(*m_store);
        m_runId = LARDER_MUST(runs.create(Day, runs::kind::Delivery, u"Saturday morning"_s));
        runs::RunDriver first;
        first.routeNo = 1;
        first.capacity = 10;
        first.maxStops = 0;
        runs::RunDriver second = first;
        second.routeNo = 2;
        const QString one = LARDER_MUST(runs.addDriver(m_runId, first));
        const QString two = LARDER_MUST(runs.addDriver(m_runId, second));
        // Route 1: Carmen, then Amara; route 2: Bao.
        const auto stopOf = [&](const QString& householdId) -> QString {
            for (const runs::RunStop& stop : runs.stops(m_runId)) {
                if (stop.householdId == householdId)
                    return stop.id;
            }
            return LARDER_MUST(runs.addStop(m_runId, householdId), {});
        };
        const QString amara = stopOf(m_households.at(0));
        const QString bao = stopOf(m_households.at(1));
        const QString carmen = stopOf(m_households.at(2));
        LARDER_VERIFY_OK(runs.moveStop(carmen, one, 1));
        LARDER_VERIFY_OK(runs.moveStop(amara, one, 2));
        LARDER_VERIFY_OK(runs.moveStop(bao, two, 1));
    }

    void cleanup() { m_store.reset(); }

    void sheetsInRouteOrderWithWhatDriversNeed() {
        const auto sheets = SheetBuilder(*m_store).routeSheets(Day);
        LARDER_VERIFY_OK(sheets);
        QCOMPARE(sheets->size(), 2);
        const RouteSheetData& one = sheets->at(0);
        QCOMPARE(one.routeNo, 1);
        QCOMPARE(one.runName, u"Saturday morning"_s);
        QCOMPARE(one.capacity, 10);
        QCOMPARE(one.stops.size(), 2);
        QCOMPARE(one.stops.at(0).name, u"Carmen Ruiz"_s);
        QCOMPARE(one.stops.at(0).number, 1);
        QCOMPARE(one.stops.at(1).name, u"Amara Okafor"_s);
        QCOMPARE(one.stops.at(1).number, 2);
        QVERIFY2(one.stops.at(1).address.contains(u"1400 W 18th St, Apt 2"_s),
                 qPrintable(one.stops.at(1).address));
        QCOMPARE(one.stops.at(1).languages, (QStringList{u"Spanish"_s, u"English"_s}));
        QCOMPARE(one.stops.at(1).deliveryNotes, u"Notes of Amara Okafor"_s);
        QCOMPARE(one.stops.at(1).accessNeeds, u"No stairs"_s);
        QVERIFY(one.stops.at(1).phone.startsWith(u"555-0111"_s)); // consented
        QVERIFY(one.stops.at(0).phone.isEmpty());
        // The map: the pantry as start, both stops numbered as on the sheet.
        QVERIFY(one.map.start.has_value());
        QCOMPARE(one.map.start->latitude, 41.85);
        QCOMPARE(one.map.stops.size(), 2);
        QCOMPARE(one.map.stops.at(1).number, 2);
        QCOMPARE(one.map.stops.at(1).where.latitude, 41.851);

        const RouteSheetData& two = sheets->at(1);
        QCOMPARE(two.stops.size(), 1);
        QCOMPARE(two.stops.at(0).name, u"Bao Tran"_s);
        QVERIFY(two.stops.at(0).phone.isEmpty()); // a phone on file, but no consent

        const PrintOptions options = SheetBuilder(*m_store).options();
        QCOMPARE(options.pantryName, u"Eastside pantry"_s);
        QCOMPARE(options.pantryPhone, u"555-0100"_s);
        QCOMPARE(options.paper, QPageSize::Letter);
        QVERIFY(!options.initialsOnly);
    }

    void oneRouteOrRefused() {
        const SheetBuilder builder(*m_store);
        const auto two = builder.routeSheets(Day, 2);
        LARDER_VERIFY_OK(two);
        QCOMPARE(two->size(), 1);
        QCOMPARE(two->first().routeNo, 2);

        const auto missing = builder.routeSheets(Day, 7);
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().message.contains(u"route 7"_s),
                 qPrintable(missing.error().message));
        QVERIFY(missing.error().hint.contains(u"1, 2"_s));

        const auto noRun = builder.routeSheets(Day.addDays(1));
        QVERIFY(!noRun.ok());
        QVERIFY(noRun.error().message.contains(u"2026-03-08"_s));
        QVERIFY(!noRun.error().hint.isEmpty());
        QVERIFY(!builder.pickList(Day.addDays(1)).ok());
        QVERIFY(!builder.packingLists(Day.addDays(1)).ok());
    }

    void privacySettingGivesInitialsAndNoPhones() {
        LARDER_VERIFY_OK(Settings(*m_store).set(settings::SheetInitialsOnly, true));
        LARDER_VERIFY_OK(Settings(*m_store).set(settings::PaperSize, u"a4"_s));
        const SheetBuilder builder(*m_store);
        QVERIFY(builder.options().initialsOnly);
        QCOMPARE(builder.options().paper, QPageSize::A4);
        const auto sheets = builder.routeSheets(Day);
        LARDER_VERIFY_OK(sheets);
        QCOMPARE(sheets->at(0).stops.at(0).name, u"C. R."_s);
        QCOMPARE(sheets->at(0).stops.at(1).name, u"A. O."_s);
        for (const RouteSheetData& sheet : sheets.value()) {
            for (const SheetStop& stop : sheet.stops)
                QVERIFY(stop.phone.isEmpty());
        }
        const auto packing = builder.packingLists(Day);
        LARDER_VERIFY_OK(packing);
        QCOMPARE(packing->at(0).lines.at(1).household, u"A. O."_s);
    }

    void packingListsFollowTheRoutes() {
        const auto lists = SheetBuilder(*m_store).packingLists(Day);
        LARDER_VERIFY_OK(lists);
        QCOMPARE(lists->size(), 2);
        QCOMPARE(lists->at(0).lines.size(), 2);
        QCOMPARE(lists->at(0).lines.at(0).stopNumber, 1);
        QCOMPARE(lists->at(0).lines.at(0).household, u"Carmen Ruiz"_s);
    }

    void pickListOfADayWithNothingSetAside() {
        const auto list = SheetBuilder(*m_store).pickList(Day);
        LARDER_VERIFY_OK(list);
        QCOMPARE(list->date, Day);
        QVERIFY(list->lines.isEmpty());
    }

    void quantities() {
        QCOMPARE(SheetBuilder::quantity(2500, u"g"_s), u"2.5 kg"_s);
        QCOMPARE(SheetBuilder::quantity(400, u"g"_s), u"400 g"_s);
        QCOMPARE(SheetBuilder::quantity(12, u"each"_s), u"12"_s);
        QCOMPARE(SheetBuilder::quantity(3, u"lb"_s), u"3 lb"_s);
        QCOMPARE(SheetBuilder::quantity(1, u"case"_s), u"1 case"_s);
    }

    // A collection from suppliers (issue #16): suppliers with an address and coordinates are
    // planned like a delivery day, their loads picked up instead of delivered, and each driver's
    // manifest follows the planned order, addresses and map included. A supplier without
    // coordinates is reported, not guessed.
    void aCollectionDayIsPlannedAndItsManifestsFollowTheRoutes() {
        inventory::Suppliers suppliers(*m_store);
        const auto add = [&](const QString& name, const QString& address,
                             std::optional<people::Coordinates> where,
                             const QString& phone) -> QString {
            inventory::Supplier s;
            s.name = name;
            s.kind = u"grocery"_s;
            s.pickupDays = {u"sat"_s};
            s.address = address;
            s.where = where;
            s.contactName = u"Ask for %1"_s.arg(name.left(4));
            s.phone = phone;
            s.notes = u"Dock of %1"_s.arg(name);
            s.usualBoxes = 3;
            return LARDER_MUST(suppliers.add(s), QString());
        };
        const QString far = add(u"Far Farm"_s, u"9000 W Far Rd"_s,
                                people::Coordinates{41.80, -87.75}, u"555-0131"_s);
        const QString near = add(u"Near Bakery"_s, u"100 W Near St"_s,
                                 people::Coordinates{41.851, -87.652}, u"555-0132"_s);
        const QString middle = add(u"Middle Market"_s, u"500 W Mid Ave"_s,
                                   people::Coordinates{41.83, -87.70}, QString());
        const QString lost = add(u"Lost Grocer"_s, u"Somewhere"_s, std::nullopt, QString());

        runs::Runs runs(*m_store);
        const QString runId = LARDER_MUST(runs.create(Day, runs::kind::SupplierPickup));
        QStringList proposed;
        for (const runs::RunStop& stop : runs.stops(runId))
            proposed << stop.supplierId;
        proposed.sort();
        QStringList all{far, near, middle, lost};
        all.sort();
        QCOMPARE(proposed, all); // every supplier whose pickup day it is
        for (const runs::RunStop& stop : runs.stops(runId)) {
            if (stop.supplierId == near) {
                QCOMPARE(stop.address, u"100 W Near St"_s);
                QVERIFY(stop.where.has_value());
            }
            if (stop.supplierId == lost)
                QVERIFY(!stop.where.has_value());
        }
        runs::RunDriver driver;
        driver.routeNo = 1;
        driver.capacity = 10;
        LARDER_MUST(runs.addDriver(runId, driver));
        runs::PlanOptions plan;
        plan.maxIterations = 500;
        const runs::PlanReport report = LARDER_MUST(runs.plan(runId, plan));
        QCOMPARE(report.routedStops, 3);
        QCOMPARE(report.withoutCoordinatesStopIds.size(), 1);

        QStringList planned; // supplier ids in the order of the route
        for (const runs::RunStop& stop : runs.stops(runId))
            if (!stop.driverId.isEmpty())
                planned << stop.supplierId;
        QCOMPARE(planned.size(), 3);

        const auto manifests = SheetBuilder(*m_store).pickupManifests(Day);
        LARDER_VERIFY_OK(manifests);
        QCOMPARE(manifests->size(), 1);
        const PickupManifestData& manifest = manifests->first();
        QCOMPARE(manifest.stops.size(), 3);
        const QHash<QString, QString> nameOf{
            {far, u"Far Farm"_s}, {near, u"Near Bakery"_s}, {middle, u"Middle Market"_s}};
        const QHash<QString, double> latitudeOf{{far, 41.80}, {near, 41.851}, {middle, 41.83}};
        QCOMPARE(manifest.map.stops.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(manifest.stops.at(i).number, i + 1);
            QCOMPARE(manifest.stops.at(i).supplier, nameOf.value(planned.at(i)));
            QCOMPARE(manifest.stops.at(i).collect, u"Dock of "_s + nameOf.value(planned.at(i)));
            QCOMPARE(manifest.map.stops.at(i).number, i + 1);
            QCOMPARE(manifest.map.stops.at(i).where.latitude, latitudeOf.value(planned.at(i)));
        }
        QCOMPARE(manifest.stops.at(planned.indexOf(far)).address, u"9000 W Far Rd"_s);
        QCOMPARE(manifest.stops.at(0).boxes, 3); // the supplier's usual load
        QVERIFY(manifest.kilometres > 10);

        const QString path = m_dir.filePath(u"collection.pdf"_s);
        LARDER_VERIFY_OK(
            writePickupManifestsPdf(path, manifests.value(), SheetBuilder(*m_store).options()));
        const QString text = test::squeezed(test::pdfText(path));
        QVERIFY2(text.indexOf(nameOf.value(planned.at(0))) <
                         text.indexOf(nameOf.value(planned.at(1))) &&
                     text.indexOf(nameOf.value(planned.at(1))) <
                         text.indexOf(nameOf.value(planned.at(2))),
                 qPrintable(text));
        QVERIFY(text.contains(u"9000 W Far Rd"_s));
        QVERIFY(text.contains(u"about 3 boxes"_s));
        QVERIFY(!text.contains(u"Lost Grocer"_s)); // on no route, on no manifest
    }

    // From the pantry file to paper: the PDF has the stops in order and no phone without consent.
    void pantryFileToPdf() {
        const SheetBuilder builder(*m_store);
        const auto sheets = builder.routeSheets(Day);
        LARDER_VERIFY_OK(sheets);
        const QString path = m_dir.filePath(u"day.pdf"_s);
        LARDER_VERIFY_OK(writeRouteSheetsPdf(path, sheets.value(), builder.options()));
        const QString text = test::squeezed(test::pdfText(path));
        QVERIFY(text.indexOf(u"Carmen Ruiz"_s) < text.indexOf(u"Amara Okafor"_s));
        QVERIFY(text.indexOf(u"Amara Okafor"_s) < text.indexOf(u"Bao Tran"_s));
        QVERIFY(text.contains(u"555-0111"_s));
        QVERIFY(!text.contains(u"555-0122"_s));
        QVERIFY(text.contains(u"Spanish, English"_s));
        QVERIFY(text.contains(u"Eastside pantry"_s));
    }
};

QTEST_MAIN(TestSheetBuilder)
#include "tst_sheetbuilder.moc"
