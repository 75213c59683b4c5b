// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/distribution/RoutesTab.h"

#include "core/people/FieldParser.h"
#include "core/storage/Settings.h"
#include "ui/common/Palette.h"
#include "ui/distribution/DistributionPage.h"
#include "ui/distribution/RouteMapWidget.h"
#include "ui/distribution/RunRoutesModel.h"
#include "ui/distribution/RunStopsModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace larder::ui {

RoutesTab::RoutesTab(DistributionPage& page, QWidget* parent)
    : DistributionTab(page, parent) {
    auto* layout = new QVBoxLayout(this);

    auto* buttons = new QHBoxLayout;
    m_plan = new QPushButton(tr("Plan routes"), this);
    m_plan->setObjectName(u"planRoutes"_s);
    m_plan->setToolTip(tr("Share the stops out between the drivers within their limits, keeping "
                          "locked routes as they are (Ctrl+R)."));
    auto* move = new QPushButton(tr("Move to route…"), this);
    move->setObjectName(u"moveStop"_s);
    move->setToolTip(tr("Give the selected stop to another driver (Ctrl+M). Alt+Up and Alt+Down "
                        "change its place on the route."));
    m_lock = new QPushButton(tr("Lock route"), this);
    m_lock->setObjectName(u"lockRoute"_s);
    m_lock->setToolTip(tr("A locked route stays as it is when you re-plan the rest (Ctrl+L)."));
    buttons->addWidget(m_plan);
    buttons->addWidget(move);
    buttons->addWidget(m_lock);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_reportLine = new QLabel(this);
    m_reportLine->setObjectName(u"planReport"_s);
    m_reportLine->setWordWrap(true);
    layout->addWidget(m_reportLine);

    auto* split = new QSplitter(Qt::Horizontal, this);
    auto* lists = new QSplitter(Qt::Vertical, split);
    m_routes = new RunRoutesModel(this);
    m_routes->setObjectName(u"routesModel"_s);
    m_routesView = makeTable(u"routesView"_s, lists);
    m_routesView->setAccessibleName(tr("Routes"));
    m_routesView->setAccessibleDescription(
        tr("Each driver's route with its stops, load and minutes; choosing one lists its stops "
           "and shows its map."));
    m_routesView->setModel(m_routes);
    m_routesView->horizontalHeader()->setStretchLastSection(false);
    m_routesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_routeStops = new RunStopsModel(this);
    m_routeStops->setObjectName(u"routeStopsModel"_s);
    m_routeStops->setShow(RunStopsModel::Show::OneRoute, {});
    m_routeStopsView = makeTable(u"routeStopsView"_s, lists);
    m_routeStopsView->setAccessibleName(tr("Stops on the chosen route"));
    m_routeStopsView->setAccessibleDescription(
        tr("The chosen route's stops in order; Alt+Up and Alt+Down change a stop's place, Ctrl+M "
           "gives it to another driver."));
    m_routeStopsView->setModel(m_routeStops);
    m_routeStopsView->setEditTriggers(QAbstractItemView::DoubleClicked |
                                      QAbstractItemView::EditKeyPressed);
    m_routeStopsView->hideColumn(RunStopsModel::Route);
    lists->addWidget(m_routesView);
    lists->addWidget(m_routeStopsView);
    // Drag a stop to another place on its route, or onto another route's row. The move runs
    // after the drop has finished (queued), through the same undoable command as Ctrl+M.
    m_routeStopsView->setDragDropMode(QAbstractItemView::DragDrop);
    m_routeStopsView->setDefaultDropAction(Qt::MoveAction);
    m_routeStopsView->setDropIndicatorShown(true);
    m_routesView->setDragDropMode(QAbstractItemView::DropOnly);
    m_routesView->setDragDropOverwriteMode(true);
    m_routesView->setDropIndicatorShown(true);
    auto dropped = [this](const QString& stopId, const QString& driverId, int position) {
        this->page().moveStop(stopId, driverId, position);
    };
    connect(m_routeStops, &RunStopsModel::stopDropped, this, dropped, Qt::QueuedConnection);
    connect(m_routes, &RunRoutesModel::stopDropped, this, dropped, Qt::QueuedConnection);
    lists->setStretchFactor(0, 1);
    lists->setStretchFactor(1, 1);
    auto* mapBox = new QWidget(split);
    auto* mapLayout = new QVBoxLayout(mapBox);
    mapLayout->setContentsMargins(0, 0, 0, 0);
    m_mapTitle = new QLabel(mapBox);
    m_mapTitle->setObjectName(u"mapTitle"_s);
    m_map = new RouteMapWidget(mapBox);
    m_map->setObjectName(u"routeMap"_s);
    mapLayout->addWidget(m_mapTitle);
    mapLayout->addWidget(m_map, 1);
    split->addWidget(lists);
    split->addWidget(mapBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(m_plan, &QPushButton::clicked, &page, &DistributionPage::planRoutes);
    connect(move, &QPushButton::clicked, this, [this] {
        if (!moveCurrentStop())
            this->page().say(tr("Choose a stop in the route's list first."), true);
    });
    connect(m_lock, &QPushButton::clicked, this, [this] {
        const QString driverId = selectedRoute();
        const int row = m_routes->rowOf(driverId);
        if (const runs::RunDriver* driver = m_routes->driverAt(row))
            this->page().setLocked(driverId, !driver->locked);
        else
            this->page().say(tr("Choose a driver's route first."), true);
    });
    connect(m_routesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (!current.isValid())
                    return;
                showRoute(current.row());
                showMap();
            });
    connect(m_routeStopsView, &QWidget::customContextMenuRequested, this,
            [this](const QPoint& at) { stopMenu(m_routeStopsView, at, true); });
    connect(m_routeStops, &RunStopsModel::boxesEdited, this,
            [this](const QString& stopId, int boxes) { this->page().setBoxes(stopId, boxes); });
    auto* up = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Up), m_routeStopsView, nullptr, nullptr,
                             Qt::WidgetShortcut);
    connect(up, &QShortcut::activated, this,
            [this] { this->page().shiftStop(currentStopId(m_routeStopsView), -1); });
    auto* down = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), m_routeStopsView, nullptr,
                               nullptr, Qt::WidgetShortcut);
    connect(down, &QShortcut::activated, this,
            [this] { this->page().shiftStop(currentStopId(m_routeStopsView), +1); });
}

void RoutesTab::setDay(const QList<runs::RunStop>& stops, const QList<runs::RunDriver>& drivers,
                       const runs::PlanReport* report) {
    // Keep what is selected across the reload, by id.
    const QString routeStopId = currentStopId(m_routeStopsView);
    const QString routeId = selectedRoute();
    m_routeStops->setStops(stops, drivers);
    // On a day with households' windows, each route's departure (routes may leave late).
    QHash<QString, QTime> departures;
    if (std::any_of(stops.cbegin(), stops.cend(),
                    [](const runs::RunStop& stop) { return stop.windowStart.isValid(); })) {
        const QHash<QString, runs::RouteTimes> times =
            runs::Runs(page().store()).routeTimes(stops.first().runId);
        for (auto it = times.cbegin(); it != times.cend(); ++it)
            departures.insert(it.key(), it.value().departure);
    }
    m_routes->setRoutes(drivers, stops, departures);
    int routeRow = m_routes->rowOf(routeId);
    if (routeRow < 0 && m_routes->rowCount() > 0)
        routeRow = 0;
    if (routeRow >= 0) {
        m_routesView->setCurrentIndex(m_routes->index(routeRow, RunRoutesModel::Driver));
        // currentRowChanged does not fire when the row number stays: show the route again.
        showRoute(routeRow);
    } else {
        m_routeStops->setShow(RunStopsModel::Show::OneRoute, {});
    }
    if (const int row = m_routeStops->rowOf(routeStopId); row >= 0)
        m_routeStopsView->setCurrentIndex(m_routeStops->index(row, RunStopsModel::Household));

    m_anyLocked = false;
    for (const runs::RunDriver& driver : drivers)
        m_anyLocked = m_anyLocked || driver.locked;
    m_plan->setText(m_anyLocked ? tr("Re-plan the rest") : tr("Plan routes"));
    showReport(report);
    showMap();
}

void RoutesTab::showRoute(int row) {
    m_routeStops->setShow(m_routes->isUnplacedRow(row) ? RunStopsModel::Show::Unplaced
                                                       : RunStopsModel::Show::OneRoute,
                          m_routes->driverIdAt(row));
    const runs::RunDriver* driver = m_routes->driverAt(row);
    m_lock->setText(driver && driver->locked ? tr("Unlock route") : tr("Lock route"));
    m_lock->setEnabled(driver != nullptr);
}

void RoutesTab::selectRoute(const QString& driverId) {
    const int row = m_routes->rowOf(driverId);
    if (row >= 0)
        m_routesView->setCurrentIndex(m_routes->index(row, RunRoutesModel::Driver));
}

QString RoutesTab::selectedRoute() const {
    const QModelIndex current = m_routesView->currentIndex();
    return current.isValid() ? m_routes->driverIdAt(current.row()) : QString();
}

void RoutesTab::focusRoutes() {
    m_routesView->setFocus();
}

bool RoutesTab::moveCurrentStop() {
    return chooseRouteForCurrent(m_routeStopsView);
}

void RoutesTab::lockSelectedRoute() {
    m_lock->click();
}

void RoutesTab::showReport(const runs::PlanReport* report) {
    if (!report) {
        m_reportLine->setText(
            m_routes->rowCount() == 0
                ? tr("Add the drivers who came (Drivers tab), then press Plan routes (Ctrl+R).")
                : tr("Select a route to see its stops and map. Ctrl+M moves a stop, Alt+Up/Down "
                     "reorders, Ctrl+L locks a route, Ctrl+Z undoes."));
        m_reportLine->setStyleSheet({});
        return;
    }
    const QLocale locale;
    QStringList parts;
    parts << tr("%n stop(s) placed on routes, ", nullptr, report->routedStops) +
                 tr("%1 km in all.").arg(locale.toString(report->distanceMetres / 1000.0, 'f', 1));
    if (report->cancelled)
        parts << tr("Stopped early: these are the best routes found so far.");
    if (!report->unplacedStopIds.isEmpty())
        parts << tr("%n stop(s) fit on no route: add a driver, raise a capacity or a limit, or "
                    "move them by hand.",
                    nullptr, int(report->unplacedStopIds.size()));
    if (!report->withoutCoordinatesStopIds.isEmpty())
        parts << tr("%n stop(s) without coordinates could not be planned.", nullptr,
                    int(report->withoutCoordinatesStopIds.size()));
    if (!report->placedByPostalAreaStopIds.isEmpty())
        parts << tr("%n stop(s) placed by postal area: check them.", nullptr,
                    int(report->placedByPostalAreaStopIds.size()));
    const runs::WorkSpread& spread = report->spread;
    if (spread.routesWithStops > 1)
        parts << tr("Longest route %1 min, shortest %2 min (%3 min apart).")
                     .arg((spread.longestSeconds + 30) / 60)
                     .arg((spread.shortestSeconds + 30) / 60)
                     .arg((spread.spreadSeconds() + 30) / 60);
    for (const runs::WorkSpread::Idle& idle : spread.idle)
        parts << tr("%1 has no stop: %2.").arg(idle.driverName, idle.reason);
    m_reportLine->setText(parts.join(u' '));
    const bool problem = !report->unplacedStopIds.isEmpty() ||
                         !report->withoutCoordinatesStopIds.isEmpty() || !spread.idle.isEmpty();
    m_reportLine->setStyleSheet(problem ? Palette::textStyle(Palette::warning()) : QString());
}

void RoutesTab::setSupplierDay(bool suppliers) {
    m_routeStops->setSupplierDay(suppliers);
}

void RoutesTab::clear() {
    m_routeStops->setStops({}, {});
    m_routes->setRoutes({}, {});
    m_map->clear();
}

void RoutesTab::showMap() {
    const QString driverId = selectedRoute();
    const int row = m_routes->rowOf(driverId);
    const runs::RunDriver* driver = m_routes->driverAt(row);
    if (!driver) {
        m_mapTitle->setText(row >= 0 ? tr("Stops on no route have no map.") : QString());
        m_map->clear();
        return;
    }
    RouteMapWidget::Route route;
    route.returns = driver->returns;
    if (driver->startKind == u"home"_s && driver->start) {
        route.start = std::pair{driver->start->latitude, driver->start->longitude};
        route.startLabel = tr("Home");
    } else {
        const auto pantry = people::FieldParser::coordinates(
            Settings(page().store()).get(settings::PantryCoordinates));
        if (pantry.ok() && pantry.value)
            route.start = std::pair{pantry.value->latitude, pantry.value->longitude};
        route.startLabel = tr("Pantry");
    }
    int withoutPlace = 0;
    for (int r = 0; r < m_routeStops->rowCount(); ++r) {
        const runs::RunStop& stop = m_routeStops->stopAt(r);
        if (!stop.where) {
            ++withoutPlace;
            continue;
        }
        route.stops.append({stop.position > 0 ? stop.position : r + 1, stop.where->latitude,
                            stop.where->longitude, stop.placedByPostalArea});
    }
    QString title = tr("Route %1 · %2").arg(driver->routeNo).arg(driver->personName);
    if (!route.start)
        title += u" — "_s + tr("set the pantry's coordinates in Settings to mark the start");
    if (withoutPlace > 0)
        title += u" — "_s + tr("%n stop(s) not on the map (no coordinates)", nullptr, withoutPlace);
    m_mapTitle->setText(title);
    m_map->setRoute(route);
}

} // namespace larder::ui
