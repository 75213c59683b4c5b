// SPDX-License-Identifier: GPL-3.0-or-later
// The Distribution page offscreen: the empty state, a new day proposing stops, adding a household
// by type-ahead, drivers, planning with an iteration budget, moving and reordering stops, undo
// restoring the routes, and a locked route surviving "Re-plan the rest".

#include "core/people/Households.h"
#include "core/people/People.h"
#include "core/requests/Requests.h"
#include "core/runs/Runs.h"
#include "core/storage/Settings.h"
#include "core/storage/Store.h"
#include "tests/TestSupport.h"
#include "ui/distribution/DistributionPage.h"
#include "ui/distribution/RouteMapWidget.h"
#include "ui/distribution/RunDriversModel.h"
#include "ui/distribution/RunRoutesModel.h"
#include "ui/distribution/RunStopsModel.h"
#include "ui/inventory/SuppliersDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <random>

using namespace Qt::StringLiterals;
using larder::Store;
using larder::runs::Runs;
using larder::ui::DistributionPage;
using larder::ui::RunRoutesModel;
using larder::ui::RunStopsModel;

class TestDistributionUi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void emptyStateSaysWhatToDo();
    void newDayProposesStopsAndUndoRemovesIt();
    void typeAheadAddsAHousehold();
    void boxesAndRemovalAreUndoable();
    void driversComeFromPeopleWithTheRole();
    void planShowsOneRoutePerDriver();
    void aCollectionDayAddsAndPlansSuppliers();
    void aPickupOfAnOfferIsAddedByTyping();
    void moveAndReorderAreUndoable();
    void dragAndDropMovesStops();
    void lockedRouteSurvivesReplanning();
    void modelsPassTheTester();

private:
    // A day with every household on it and both drivers, not planned yet.
    void prepareDay();
    QStringList routeStops(const QString& driverId) const;
    // The page's widgets and models, found by objectName (taken with LARDER_MUST).
    template <typename T> larder::Result<T*> child(const QString& name) const {
        return larder::test::child<T>(*m_page, name);
    }
    larder::Result<RunStopsModel*> stopsModel() const {
        return child<RunStopsModel>(u"stopsModel"_s);
    }
    larder::Result<RunStopsModel*> routeStopsModel() const {
        return child<RunStopsModel>(u"routeStopsModel"_s);
    }
    larder::Result<RunRoutesModel*> routesModel() const {
        return child<RunRoutesModel>(u"routesModel"_s);
    }
    larder::Result<larder::ui::RunDriversModel*> driversModel() const {
        return child<larder::ui::RunDriversModel>(u"driversModel"_s);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<DistributionPage> m_page;
    QStringList m_households;
    QStringList m_people;
    const QDate m_day{2026, 3, 16}; // a Monday, two weeks after the households joined
};

void TestDistributionUi::initTestCase() {
    QVERIFY(m_dir.isValid());
}

void TestDistributionUi::init() {
    QTest::failOnWarning(QRegularExpression(u"^(?!This plugin does not support).*"_s));
    static int files = 0;
    auto created = Store::create(m_dir.filePath(u"d%1.larder"_s.arg(++files)), u"Test pantry"_s,
                                 larder::test::fixedOptions(std::make_shared<larder::ManualClock>(
                                     larder::test::TestEpochMs, 1)));
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().toString()));
    m_store = std::move(created).value();
    larder::Settings settings(*m_store);
    LARDER_VERIFY_OK(settings.set(larder::settings::PantryCoordinates, u"41.8500, -87.6500"_s));

    // Ten households scattered around the pantry (seeded), weekly, any weekday.
    std::mt19937 random(7);
    std::uniform_real_distribution<double> offset(-0.03, 0.03);
    const QStringList names{u"Maria Lopez"_s, u"Ana Ruiz"_s,   u"Tom Baker"_s,   u"Li Wei"_s,
                            u"Omar Haddad"_s, u"Sara Cohen"_s, u"Kofi Mensah"_s, u"Iris Novak"_s,
                            u"Juan Perez"_s,  u"Beth Moore"_s};
    larder::people::Households households(*m_store);
    m_households.clear();
    for (int i = 0; i < names.size(); ++i) {
        larder::people::Household h;
        h.chosenName = names.at(i);
        h.street = u"%1 Oak Street"_s.arg(10 + i * 7);
        h.city = u"Chicago"_s;
        h.postalCode = u"60608"_s;
        h.coordinates =
            larder::people::Coordinates{41.85 + offset(random), -87.65 + offset(random)};
        if (i == 0) { // one household wants its boxes in the afternoon
            h.windowStart = QTime(14, 0);
            h.windowEnd = QTime(16, 0);
        }
        auto added = households.add(h);
        LARDER_VERIFY_OK(added);
        m_households << added.value();
    }
    larder::people::People people(*m_store);
    m_people.clear();
    for (const auto& [name, capacity] : {std::pair{u"Dana Driver"_s, 8}, {u"Eli Wheels"_s, 8}}) {
        larder::people::Person person;
        person.displayName = name;
        person.roles = {u"driver"_s};
        person.vehicleCapacity = capacity;
        auto added = people.add(person);
        LARDER_VERIFY_OK(added);
        m_people << added.value();
    }
    larder::people::Person volunteer;
    volunteer.displayName = u"Val Packer"_s;
    volunteer.roles = {u"packer"_s};
    LARDER_VERIFY_OK(people.add(volunteer));

    m_page = std::make_unique<DistributionPage>(*m_store);
    m_page->setPlanLimits(300, -1); // an iteration budget: the same routes on every machine
    m_page->resize(1200, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->showDate(m_day);
}

void TestDistributionUi::cleanup() {
    m_page.reset();
    m_store.reset();
}

void TestDistributionUi::prepareDay() {
    QVERIFY(m_page->createDay());
    QStringList onDay;
    for (int row = 0; row < LARDER_MUST(stopsModel())->rowCount(); ++row)
        onDay << LARDER_MUST(stopsModel())->stopAt(row).householdId;
    for (const QString& id : m_households)
        if (!onDay.contains(id))
            QVERIFY(m_page->addHousehold(id));
    for (const QString& id : m_people)
        QVERIFY(m_page->addDriver(id));
    m_page->reload();
    QCOMPARE(LARDER_MUST(stopsModel())->rowCount(), m_households.size());
    QCOMPARE(LARDER_MUST(driversModel())->rowCount(), 2);
}

QStringList TestDistributionUi::routeStops(const QString& driverId) const {
    QStringList ids;
    for (const auto& stop : Runs(*m_store).stops(m_page->runId()))
        if (stop.driverId == driverId)
            ids << stop.id;
    return ids;
}

void TestDistributionUi::emptyStateSaysWhatToDo() {
    QVERIFY(m_page->runId().isEmpty());
    QVERIFY(LARDER_MUST(child<QLabel>(u"distributionEmpty"_s))->isVisible());
    const QString text = LARDER_MUST(child<QLabel>(u"distributionEmpty"_s))->text();
    QVERIFY2(text.contains(u"No distribution day on"_s), qPrintable(text));
    QVERIFY(text.contains(u"New distribution day"_s));
    QVERIFY(!LARDER_MUST(child<QTabWidget>(u"distributionTabs"_s))->isVisible());
    if (const QString folder = qEnvironmentVariable("LARDER_SCREENSHOTS"); !folder.isEmpty())
        QVERIFY(m_page->grab().save(folder + u"/distribution-empty.png"_s));
}

void TestDistributionUi::newDayProposesStopsAndUndoRemovesIt() {
    const QStringList due = Runs(*m_store).dueHouseholds(m_day);
    QVERIFY(!due.isEmpty());
    QVERIFY(m_page->createDay());
    const QString runId = m_page->runId();
    QVERIFY(!runId.isEmpty());
    QVERIFY(LARDER_MUST(child<QTabWidget>(u"distributionTabs"_s))->isVisible());
    QCOMPARE(Runs(*m_store).runsOn(m_day).size(), 1);
    // The stops shown are the ones core proposed: the households due.
    QCOMPARE(LARDER_MUST(stopsModel())->rowCount(), due.size());
    // Undo takes the day back; the page says what to do again.
    m_page->undoStack()->undo();
    m_page->reload();
    QVERIFY(Runs(*m_store).runsOn(m_day).isEmpty());
    QVERIFY(m_page->runId().isEmpty());
    QVERIFY(LARDER_MUST(child<QLabel>(u"distributionEmpty"_s))->isVisible());
}

void TestDistributionUi::typeAheadAddsAHousehold() {
    QVERIFY(m_page->createDay());
    // Take Omar off the day if the schedule proposed him, then add him back by typing.
    const QString omar = m_households.at(4);
    for (int row = 0; row < LARDER_MUST(stopsModel())->rowCount(); ++row)
        if (LARDER_MUST(stopsModel())->stopAt(row).householdId == omar)
            QVERIFY(m_page->removeStop(LARDER_MUST(stopsModel())->stopAt(row).id));
    m_page->reload();
    const int before = LARDER_MUST(stopsModel())->rowCount();
    QLineEdit* search = LARDER_MUST(child<QLineEdit>(u"stopSearch"_s));
    search->setFocus();
    QTest::keyClicks(search, u"omar"_s);
    QTest::keyClick(search, Qt::Key_Return);
    m_page->reload();
    QVERIFY2(LARDER_MUST(stopsModel())->rowCount() == before + 1,
             qPrintable(LARDER_MUST(child<QLabel>(u"distributionMessage"_s))->text() + u" / "_s +
                        search->text()));
    bool found = false;
    for (int row = 0; row < LARDER_MUST(stopsModel())->rowCount(); ++row)
        found = found || LARDER_MUST(stopsModel())->stopAt(row).householdId == omar;
    QVERIFY(found);
    QVERIFY(search->text().isEmpty());
    // A name nobody has is said, not silently ignored.
    QTest::keyClicks(search, u"zzzz"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(LARDER_MUST(child<QLabel>(u"distributionMessage"_s))->isVisible());
    QVERIFY(
        LARDER_MUST(child<QLabel>(u"distributionMessage"_s))->text().contains(u"No household"_s));
}

void TestDistributionUi::boxesAndRemovalAreUndoable() {
    prepareDay();
    RunStopsModel* stops = LARDER_MUST(stopsModel());
    const QString stopId = stops->stopAt(0).id;
    const QString household = stops->stopAt(0).householdId;
    // Boxes are edited in place.
    QVERIFY(stops->setData(stops->index(0, RunStopsModel::Boxes), 3, Qt::EditRole));
    QCOMPARE(Runs(*m_store).stop(stopId)->boxes, 3);
    m_page->undoStack()->undo();
    QCOMPARE(Runs(*m_store).stop(stopId)->boxes, 1);
    // Removing a stop, then undoing, puts the household back.
    QVERIFY(m_page->removeStop(stopId));
    m_page->reload();
    QCOMPARE(stops->rowCount(), m_households.size() - 1);
    m_page->undoStack()->undo();
    m_page->reload();
    QCOMPARE(stops->rowCount(), m_households.size());
    bool back = false;
    for (int row = 0; row < stops->rowCount(); ++row)
        back = back || stops->stopAt(row).householdId == household;
    QVERIFY(back);
}

void TestDistributionUi::driversComeFromPeopleWithTheRole() {
    QVERIFY(m_page->createDay());
    QVERIFY(m_page->addDriver(m_people.at(0)));
    m_page->reload();
    auto* drivers = LARDER_MUST(driversModel());
    QCOMPARE(drivers->rowCount(), 1);
    QCOMPARE(drivers->driverAt(0).capacity, 8);
    QCOMPARE(drivers->driverAt(0).maxStops,
             larder::Settings(*m_store).get(larder::settings::DefaultMaxStops));
    // Today's capacity is edited in place and undoable.
    QVERIFY(drivers->setData(drivers->index(0, larder::ui::RunDriversModel::Capacity), 5,
                             Qt::EditRole));
    QCOMPARE(Runs(*m_store).drivers(m_page->runId()).at(0).capacity, 5);
    m_page->undoStack()->undo();
    QCOMPARE(Runs(*m_store).drivers(m_page->runId()).at(0).capacity, 8);
    // The packer is not offered as a driver; the driver on the day is not offered twice.
    auto* choice = m_page->findChild<QComboBox*>(u"driverChoice"_s);
    QVERIFY(choice);
    QCOMPARE(choice->count(), 1);
    QCOMPARE(choice->itemData(0).toString(), m_people.at(1));
}

void TestDistributionUi::planShowsOneRoutePerDriver() {
    prepareDay();
    QVERIFY(m_page->planRoutes());
    QCOMPARE(LARDER_MUST(child<QTabWidget>(u"distributionTabs"_s))->currentIndex(), 2);
    const auto& report = m_page->lastReport();
    QCOMPARE(report.routedStops, m_households.size()); // 10 stops, 16 boxes of room
    QVERIFY(report.unplacedStopIds.isEmpty());
    RunRoutesModel* routes = LARDER_MUST(routesModel());
    QCOMPARE(routes->rowCount(), 2); // no "not on a route" row
    int shown = 0;
    for (int row = 0; row < routes->rowCount(); ++row) {
        const QString driverId = routes->driverIdAt(row);
        m_page->selectRoute(driverId);
        QCOMPARE(LARDER_MUST(routeStopsModel())->rowCount(), routeStops(driverId).size());
        // In order: 1, 2, 3...
        for (int r = 0; r < LARDER_MUST(routeStopsModel())->rowCount(); ++r)
            QCOMPARE(LARDER_MUST(routeStopsModel())->stopAt(r).position, r + 1);
        shown += LARDER_MUST(routeStopsModel())->rowCount();
        QVERIFY(routes->index(row, RunRoutesModel::Kilometres).data().toString() != QString());
        QCOMPARE(
            LARDER_MUST(child<larder::ui::RouteMapWidget>(u"routeMap"_s))->route().stops.size(),
            LARDER_MUST(routeStopsModel())->rowCount());
    }
    QCOMPARE(shown, m_households.size());
    QVERIFY(m_page->findChild<QLabel*>(u"planReport"_s)->text().contains(u"km"_s));
    // A day with a household's window: each route says when it leaves, and Maria Lopez's
    // boxes arrive within her window.
    for (int row = 0; row < routes->rowCount(); ++row)
        QVERIFY(!routes->index(row, RunRoutesModel::Leaves).data().toString().isEmpty());
    const larder::runs::RunStop maria = [&] {
        for (const larder::runs::RunStop& stop : Runs(*m_store).stops(m_page->runId()))
            if (stop.householdId == m_households.first())
                return stop;
        return larder::runs::RunStop{};
    }();
    const QTime arrives =
        Runs(*m_store).routeTimes(m_page->runId()).value(maria.driverId).arrival.value(maria.id);
    QVERIFY2(arrives >= QTime(14, 0) && arrives <= QTime(16, 0), qPrintable(arrives.toString()));

    // LARDER_SCREENSHOTS=folder: pictures of the three tabs, for a person to look at.
    if (const QString folder = qEnvironmentVariable("LARDER_SCREENSHOTS"); !folder.isEmpty()) {
        m_page->selectRoute(routes->driverIdAt(0));
        for (int tab = 0; tab < 3; ++tab) {
            LARDER_MUST(child<QTabWidget>(u"distributionTabs"_s))->setCurrentIndex(tab);
            QTest::qWait(50);
            QVERIFY(m_page->grab().save(u"%1/distribution-%2.png"_s.arg(folder).arg(tab)));
        }
    }
}

// An offer that needs picking up is added to a delivery day by typing "pick up" (or who offers
// it) in the stops' search; planning puts it on a route, its boxes counted; undo takes it off.
void TestDistributionUi::aPickupOfAnOfferIsAddedByTyping() {
    prepareDay();
    larder::requests::Offer offer;
    offer.offeredBy = u"Ana on 19th St"_s;
    offer.description = u"kids' winter coats"_s;
    offer.category = u"clothing"_s;
    offer.quantity = 2;
    offer.pickup = true;
    offer.boxes = 2;
    offer.address = u"1900 S Racine Ave"_s;
    offer.where = larder::people::Coordinates{41.856, -87.657};
    const QString offerId = LARDER_MUST(larder::requests::Requests(*m_store).addOffer(offer));
    RunStopsModel* stops = LARDER_MUST(stopsModel());
    const int before = stops->rowCount();
    QLineEdit* search = LARDER_MUST(child<QLineEdit>(u"stopSearch"_s));
    search->setFocus();
    QTest::keyClicks(search, u"pick up"_s);
    QTest::keyClick(search, Qt::Key_Return);
    m_page->reload();
    QCOMPARE(stops->rowCount(), before + 1);
    QString stopId;
    for (int row = 0; row < stops->rowCount(); ++row) {
        if (stops->stopAt(row).offerId == offerId)
            stopId = stops->stopAt(row).id;
    }
    QVERIFY(!stopId.isEmpty());
    QCOMPARE(Runs(*m_store).stop(stopId)->name, u"Ana on 19th St"_s);
    QVERIFY(m_page->planRoutes());
    QVERIFY(!Runs(*m_store).stop(stopId)->driverId.isEmpty());
    m_page->undoStack()->undo(); // the plan
    m_page->undoStack()->undo(); // the pickup
    m_page->reload();
    QCOMPARE(stops->rowCount(), before);
    QVERIFY(larder::requests::Requests(*m_store).offer(offerId)->stopId.isEmpty());
}

void TestDistributionUi::moveAndReorderAreUndoable() {
    prepareDay();
    QVERIFY(m_page->planRoutes());
    const QString first = LARDER_MUST(routesModel())->driverIdAt(0);
    const QString second = LARDER_MUST(routesModel())->driverIdAt(1);
    const QStringList firstBefore = routeStops(first);
    const QStringList secondBefore = routeStops(second);
    QVERIFY(!firstBefore.isEmpty());
    const QString moved = firstBefore.first();

    QVERIFY(m_page->moveStop(moved, second));
    QVERIFY(routeStops(second).contains(moved));
    QVERIFY(!routeStops(first).contains(moved));
    m_page->undoStack()->undo();
    QCOMPARE(routeStops(first), firstBefore);
    QCOMPARE(routeStops(second), secondBefore);
    m_page->undoStack()->redo();
    QVERIFY(routeStops(second).contains(moved));
    m_page->undoStack()->undo();

    // Alt+Down on the route's list moves the selected stop one place later.
    if (firstBefore.size() >= 2) {
        m_page->reload();
        m_page->selectRoute(first);
        auto* view = m_page->findChild<QTableView*>(u"routeStopsView"_s);
        view->setFocus();
        view->setCurrentIndex(LARDER_MUST(routeStopsModel())->index(0, RunStopsModel::Household));
        QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
        const QStringList after = routeStops(first);
        QCOMPARE(after.at(0), firstBefore.at(1));
        QCOMPARE(after.at(1), firstBefore.at(0));
        QTest::keyClick(m_page.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(routeStops(first), firstBefore);
    }
}

void TestDistributionUi::dragAndDropMovesStops() {
    prepareDay();
    QVERIFY(m_page->planRoutes());
    const QString first = LARDER_MUST(routesModel())->driverIdAt(0);
    const QString second = LARDER_MUST(routesModel())->driverIdAt(1);
    const QStringList firstBefore = routeStops(first);
    const QStringList secondBefore = routeStops(second);
    QVERIFY(firstBefore.size() >= 2);

    // Drag the first stop of route 1 and drop it on route 2's row: it goes to the end there.
    m_page->selectRoute(first);
    RunStopsModel* stops = LARDER_MUST(routeStopsModel());
    std::unique_ptr<QMimeData> dragged(
        stops->mimeData({stops->index(0, RunStopsModel::Household)}));
    QVERIFY(dragged);
    RunRoutesModel* routes = LARDER_MUST(routesModel());
    QVERIFY(routes->flags(routes->index(1, RunRoutesModel::Driver)) & Qt::ItemIsDropEnabled);
    routes->dropMimeData(dragged.get(), Qt::MoveAction, -1, -1,
                         routes->index(routes->rowOf(second), RunRoutesModel::Driver));
    QTRY_COMPARE(routeStops(second), secondBefore + QStringList{firstBefore.first()});
    QCOMPARE(routeStops(first), firstBefore.mid(1));
    m_page->undoStack()->undo();
    QCOMPARE(routeStops(first), firstBefore);

    // Drag the first stop below the second on its own route: they swap.
    m_page->reload();
    m_page->selectRoute(first);
    stops = LARDER_MUST(routeStopsModel());
    dragged.reset(stops->mimeData({stops->index(0, RunStopsModel::Household)}));
    stops->dropMimeData(dragged.get(), Qt::MoveAction, 2, 0, {});
    QTRY_COMPARE(routeStops(first).mid(0, 2), (QStringList{firstBefore.at(1), firstBefore.at(0)}));
    m_page->undoStack()->undo();
    QCOMPARE(routeStops(first), firstBefore);
}

void TestDistributionUi::lockedRouteSurvivesReplanning() {
    prepareDay();
    QVERIFY(m_page->planRoutes());
    const QString locked = LARDER_MUST(routesModel())->driverIdAt(0);
    const QString other = LARDER_MUST(routesModel())->driverIdAt(1);
    QVERIFY(m_page->setLocked(locked, true));
    m_page->reload();
    QCOMPARE(m_page->findChild<QPushButton*>(u"planRoutes"_s)->text(), u"Re-plan the rest"_s);
    const QStringList kept = routeStops(locked);
    // Put one of the other route's stops on no route, then re-plan the rest.
    const QStringList others = routeStops(other);
    QVERIFY(!others.isEmpty());
    QVERIFY(m_page->moveStop(others.last(), QString(), 0));
    QVERIFY(!routeStops(other).contains(others.last()));
    QVERIFY(m_page->planRoutes());
    QCOMPARE(routeStops(locked), kept); // same stops, same order
    QVERIFY(routeStops(other).contains(others.last()));
    // Undo the re-plan, the move and the lock: the route is unlocked again.
    m_page->undoStack()->undo();
    m_page->undoStack()->undo();
    m_page->undoStack()->undo();
    QVERIFY(!Runs(*m_store).assignment(m_page->runId()).lockedDriverIds.contains(locked));
}

// Issue #16: a supplier is added in the Suppliers dialog as a volunteer types it (a bad place is
// said and not saved; the map link is read); a collection day proposes it on its pickup day, the
// Stops tab adds suppliers by name (undoable), and the plan routes them by their coordinates.
void TestDistributionUi::aCollectionDayAddsAndPlansSuppliers() {
    {
        larder::ui::SuppliersDialog dialog(*m_store, m_page.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.startNew();
        auto* name = LARDER_MUST(larder::test::child<QLineEdit>(dialog, u"supplierName"_s));
        auto* where = LARDER_MUST(larder::test::child<QLineEdit>(dialog, u"supplierWhere"_s));
        auto* address = LARDER_MUST(larder::test::child<QLineEdit>(dialog, u"supplierAddress"_s));
        name->setFocus();
        name->insert(u"Taquería Pepe"_s); // keyClicks types ASCII only
        QTest::keyClick(name, Qt::Key_Tab);
        QVERIFY2(dialog.messageText().contains(u"Added"_s), qPrintable(dialog.messageText()));
        QCOMPARE(larder::inventory::Suppliers(*m_store).list().size(), 1);
        const QString id = larder::inventory::Suppliers(*m_store).list().first().id;
        where->setFocus();
        QTest::keyClicks(where, u"1000, 5"_s);
        QTest::keyClick(where, Qt::Key_Tab);
        QVERIFY2(dialog.messageText().contains(u"Not saved"_s), qPrintable(dialog.messageText()));
        QVERIFY(!larder::inventory::Suppliers(*m_store).supplier(id)->where);
        where->setFocus();
        where->clear();
        QTest::keyClicks(where, u"https://www.openstreetmap.org/?mlat=41.8535&mlon=-87.6790"_s);
        QTest::keyClick(where, Qt::Key_Tab);
        address->setFocus();
        QTest::keyClicks(address, u"2100 W 21st St"_s);
        QTest::keyClick(address, Qt::Key_Tab);
        LARDER_MUST(larder::test::child<QCheckBox>(dialog, u"supplierDay_mon"_s))->click();
        LARDER_MUST(larder::test::child<QSpinBox>(dialog, u"supplierBoxes"_s))->setValue(3);
        const auto saved = larder::inventory::Suppliers(*m_store).supplier(id);
        QVERIFY(saved->where);
        QCOMPARE(saved->where->latitude, 41.8535);
        QCOMPARE(saved->address, u"2100 W 21st St"_s);
        QCOMPARE(saved->pickupDays, QStringList{u"mon"_s});
        QCOMPARE(saved->usualBoxes, 3);
        QVERIFY(dialog.changed());
        if (const QString folder = qEnvironmentVariable("LARDER_SCREENSHOTS"); !folder.isEmpty())
            QVERIFY(dialog.grab().save(folder + u"/suppliers-dialog.png"_s));
    }
    larder::inventory::Supplier bakery;
    bakery.name = u"Panadería La Espiga"_s;
    bakery.kind = u"bakery"_s;
    bakery.address = u"1432 W 18th St"_s;
    bakery.where = larder::people::Coordinates{41.8494, -87.6626};
    bakery.usualBoxes = 4;
    const QString bakeryId = LARDER_MUST(larder::inventory::Suppliers(*m_store).add(bakery));

    // Monday is Pepe's pickup day: the collection day proposes him, not the bakery.
    QVERIFY(m_page->createDay(larder::runs::kind::SupplierPickup));
    m_page->reload();
    RunStopsModel* stops = LARDER_MUST(stopsModel());
    QCOMPARE(stops->rowCount(), 1);
    QCOMPARE(stops->stopAt(0).name, u"Taquería Pepe"_s);
    QCOMPARE(stops->stopAt(0).boxes, 3);
    QCOMPARE(
        stops->headerData(RunStopsModel::Household, Qt::Horizontal, Qt::DisplayRole).toString(),
        u"Supplier"_s);
    QVERIFY(LARDER_MUST(child<QPushButton>(u"stopsSuppliers"_s))->isVisible());
    QLineEdit* search = LARDER_MUST(child<QLineEdit>(u"stopSearch"_s));
    search->setFocus();
    QTest::keyClicks(search, u"espiga"_s);
    QTest::keyClick(search, Qt::Key_Return);
    m_page->reload();
    QCOMPARE(stops->rowCount(), 2);
    QCOMPARE(stops->stopAt(1).supplierId, bakeryId);
    QCOMPARE(stops->stopAt(1).boxes, 4); // its usual load
    m_page->undoStack()->undo();
    m_page->reload();
    QCOMPARE(stops->rowCount(), 1);
    m_page->undoStack()->redo();
    m_page->reload();
    QCOMPARE(stops->rowCount(), 2);
    QTest::keyClicks(search, u"household"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(
        LARDER_MUST(child<QLabel>(u"distributionMessage"_s))->text().contains(u"No supplier"_s));

    QVERIFY(m_page->addDriver(m_people.at(0)));
    m_page->reload();
    QVERIFY2(m_page->planRoutes(),
             qPrintable(LARDER_MUST(child<QLabel>(u"distributionMessage"_s))->text()));
    m_page->reload();
    for (const auto& stop : Runs(*m_store).stops(m_page->runId()))
        QVERIFY2(!stop.driverId.isEmpty(), qPrintable(stop.name));
    auto* routeStops = LARDER_MUST(child<RunStopsModel>(u"routeStopsModel"_s));
    QCOMPARE(routeStops->headerData(RunStopsModel::Household, Qt::Horizontal, Qt::DisplayRole),
             QVariant(u"Supplier"_s));
    if (const QString folder = qEnvironmentVariable("LARDER_SCREENSHOTS"); !folder.isEmpty())
        QVERIFY(m_page->grab().save(folder + u"/distribution-collection.png"_s));
}

void TestDistributionUi::modelsPassTheTester() {
    prepareDay();
    QVERIFY(m_page->planRoutes());
    QAbstractItemModelTester stops(LARDER_MUST(stopsModel()),
                                   QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester routes(LARDER_MUST(routesModel()),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester drivers(LARDER_MUST(driversModel()),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->reload();
}

QTEST_MAIN(TestDistributionUi)
#include "tst_distribution_ui.moc"
