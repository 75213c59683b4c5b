#pragma once

#include "core/runs/Runs.h"
#include "ui/common/Page.h"

#include <memory>

class QComboBox;
class QHBoxLayout;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QUndoCommand;
class QUndoStack;
class QCompleter;

namespace larder::people {
class HouseholdIndex;
}

namespace larder::ui {

class RouteMapWidget;
class RunDriversModel;
class RunRoutesModel;
class RunStopsModel;

// Planning a distribution day on screen: pick the day (or start a new one, which proposes the
// households due), adjust its stops and the drivers who came, plan the routes, then correct them
// by hand — move a stop to another route, reorder, lock a route and re-plan the rest. Every change
// is saved at once through core/runs and is a command on the page's undo stack (Ctrl+Z); views
// reload from Store::changed. Errors from core show in the line under the day picker.
class DistributionPage : public Page {
    Q_OBJECT

public:
    explicit DistributionPage(Store& store, QWidget* parent = nullptr);
    ~DistributionPage() override;

    void focusContent() override;

    // The day shown, and its run (empty when the day has none).
    QDate date() const;
    void showDate(const QDate& date);
    QString runId() const { return m_runId; }
    void showRun(const QString& runId);

    // What the buttons and keys do, callable from tests. Each returns whether core accepted it
    // (the message line says why not).
    bool createDay(const QString& kind = runs::kind::Delivery);
    bool addHousehold(const QString& householdId);
    bool removeStop(const QString& stopId);
    bool setBoxes(const QString& stopId, int boxes);
    bool addDriver(const QString& personId);
    bool removeDriver(const QString& driverId);
    bool planRoutes();
    bool moveStop(const QString& stopId, const QString& driverId, int position = 1 << 20);
    bool shiftStop(const QString& stopId, int delta); // within its route: -1 up, +1 down
    bool setLocked(const QString& driverId, bool locked);
    void selectRoute(const QString& driverId);
    QString selectedRoute() const;

    // How "Plan routes" searches: 0 iterations and -1 ms mean the setting's time limit alone.
    // Opens the print preview of the run's route sheets or packing lists.
    bool printPapers(bool routeSheets);

    void setPlanLimits(qint64 maxIterations, qint64 timeLimitMs);
    const runs::PlanReport& lastReport() const { return m_report; }

    // Re-reads the run from the file (also done at the next turn of the event loop after every
    // change to runs, stops, drivers, households or people).
    void reload();

    QUndoStack* undoStack() const override { return m_undo; }
    QLabel* messageLine() const { return m_message; }
    QLabel* emptyState() const { return m_empty; }
    QTabWidget* tabs() const { return m_tabs; }
    RunStopsModel* stopsModel() const { return m_stops; }
    RunStopsModel* routeStopsModel() const { return m_routeStops; }
    RunRoutesModel* routesModel() const { return m_routes; }
    RunDriversModel* driversModel() const { return m_drivers; }
    QLineEdit* householdSearch() const { return m_search; }
    RouteMapWidget* routeMap() const { return m_map; }

private:
    QWidget* buildStopsTab();
    QWidget* buildDriversTab();
    QWidget* buildRoutesTab();
    QHBoxLayout* buildHandOffs();
    void buildActions();
    void scheduleReload();
    void reloadRuns();
    void reloadDriverChoices();
    void showReport();
    void showMap();
    void say(const QString& text, bool problem);
    bool push(QUndoCommand* command, bool* failed);
    bool assignmentChange(const QString& text, std::function<Result<void>()> change);
    void searchHouseholds(const QString& text);
    void addFirstMatch();
    void chooseRouteFor(const QString& stopId, QWidget* near);
    QString currentStopId(QTableView* view) const;
    void stopMenu(QTableView* view, const QPoint& at);

    std::unique_ptr<runs::Runs> m_runs;
    QString m_runId;
    runs::PlanReport m_report;
    bool m_haveReport = false;
    qint64 m_planIterations = 0;
    qint64 m_planTimeMs = -1;
    bool m_reloadPending = false;

    QUndoStack* m_undo = nullptr;
    QDateEdit* m_date = nullptr;
    QComboBox* m_runChoice = nullptr;
    QPushButton* m_newDay = nullptr;
    QLabel* m_runSummary = nullptr;
    QLabel* m_message = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_empty = nullptr;
    QWidget* m_editor = nullptr; // the tabs and the buttons that hand the day on
    QTabWidget* m_tabs = nullptr;

    people::HouseholdIndex* m_index = nullptr; // built on first search
    QLineEdit* m_search = nullptr;
    QCompleter* m_completer = nullptr;
    QStandardItemModel* m_matches = nullptr;
    RunStopsModel* m_stops = nullptr;
    QTableView* m_stopsView = nullptr;
    QLabel* m_stopsSummary = nullptr;

    QComboBox* m_driverChoice = nullptr;
    QPushButton* m_addDriver = nullptr;
    RunDriversModel* m_drivers = nullptr;
    QTableView* m_driversView = nullptr;
    QLabel* m_driversSummary = nullptr;

    RunRoutesModel* m_routes = nullptr;
    QTableView* m_routesView = nullptr;
    RunStopsModel* m_routeStops = nullptr;
    QTableView* m_routeStopsView = nullptr;
    QLabel* m_reportLine = nullptr;
    QPushButton* m_plan = nullptr;
    QPushButton* m_lock = nullptr;
    RouteMapWidget* m_map = nullptr;
    QLabel* m_mapTitle = nullptr;
};

} // namespace larder::ui
