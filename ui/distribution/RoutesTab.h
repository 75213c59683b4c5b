// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/runs/Runs.h"
#include "ui/distribution/DistributionTab.h"

class QLabel;
class QPushButton;
class QTableView;

namespace larder::ui {

class RouteMapWidget;
class RunRoutesModel;
class RunStopsModel;

// The Distribution page's third tab: one row per driver's route (and the stops on none), the
// selected route's stops in order beside its schematic map, the buttons that plan, move and lock,
// and a line saying what the last plan did. Stops move by drag and drop too.
class RoutesTab : public DistributionTab {
    Q_OBJECT

public:
    explicit RoutesTab(DistributionPage& page, QWidget* parent = nullptr);

    // Shows the day's routes (none: no day), keeping the selected route and stop; `report` is
    // what the last "Plan routes" on this day found, or nullptr.
    // A collection day's stops are suppliers (the stop list's heading says so).
    void setSupplierDay(bool suppliers);
    void setDay(const QList<runs::RunStop>& stops, const QList<runs::RunDriver>& drivers,
                const runs::PlanReport* report);
    // No day: empty lists and no map.
    void clear();
    void selectRoute(const QString& driverId);
    QString selectedRoute() const;
    // Whether a route is locked, so that planning keeps it and re-plans the rest.
    bool anyLocked() const { return m_anyLocked; }
    void focusRoutes();
    // Ctrl+M on this tab: the routes menu for the selected stop; false when none is selected.
    bool moveCurrentStop();
    // Ctrl+L: what the lock button does, when it can be pressed.
    void lockSelectedRoute();

private:
    void showRoute(int row);
    void showReport(const runs::PlanReport* report);
    void showMap();

    RunRoutesModel* m_routes = nullptr;
    QTableView* m_routesView = nullptr;
    RunStopsModel* m_routeStops = nullptr;
    QTableView* m_routeStopsView = nullptr;
    QLabel* m_reportLine = nullptr;
    QPushButton* m_plan = nullptr;
    QPushButton* m_lock = nullptr;
    RouteMapWidget* m_map = nullptr;
    QLabel* m_mapTitle = nullptr;
    bool m_anyLocked = false;
};

} // namespace larder::ui
