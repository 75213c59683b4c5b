// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/runs/Runs.h"
#include "ui/common/Page.h"
#include "ui/common/UndoCommand.h"

#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QUndoStack;

namespace larder::ui {

class DriversTab;
class HandOffBar;
class RoutesTab;
class StopsTab;

// Planning a distribution day on screen: pick the day (or start a new one, which proposes the
// households due), adjust its stops (StopsTab) and the drivers who came (DriversTab), plan the
// routes, then correct them by hand (RoutesTab) — move a stop to another route, reorder, lock a
// route and re-plan the rest — and hand the day on (HandOffBar). The page holds the day picker,
// the undo stack and the changes: every change is saved at once through core/runs and is a
// command on the page's undo stack (Ctrl+Z); the tabs reload from Store::changed through the
// page. Errors from core show in the line under the day picker. The changes are defined in
// DistributionPageChanges.cpp, the rest in DistributionPage.cpp.
class DistributionPage : public Page {
    Q_OBJECT

public:
    explicit DistributionPage(Store& store, QWidget* parent = nullptr);
    // The page's name in the navigation list and its heading (known before the page is built).
    static QString pageTitle();
    ~DistributionPage() override;

    void focusContent() override;

    // The day shown, and its run (empty when the day has none).
    QDate date() const;
    void showDate(const QDate& date);
    QString runId() const { return m_runId; }
    void showRun(const QString& runId);
    // The runs of this file, and the drivers of the run shown as last reloaded.
    runs::Runs& runs() const { return *m_runs; }
    const QList<runs::RunDriver>& drivers() const { return m_drivers; }

    // What the buttons and keys do, callable from tests. Each returns whether core accepted it
    // (the message line says why not).
    bool createDay(const QString& kind = runs::kind::Delivery);
    bool addHousehold(const QString& householdId);
    bool addSupplier(const QString& supplierId, const QString& name); // on a collection day
    // An offer that needs picking up (core/requests/Requests.h), as a stop of the day.
    bool addPickup(const QString& offerId, const QString& name);
    bool removeStop(const QString& stopId);
    bool setBoxes(const QString& stopId, int boxes);
    bool addDriver(const QString& personId);
    bool removeDriver(const QString& driverId);
    bool updateDriver(const runs::RunDriver& before, const runs::RunDriver& after);
    bool planRoutes();
    bool moveStop(const QString& stopId, const QString& driverId, int position = 1 << 20);
    bool shiftStop(const QString& stopId, int delta); // within its route: -1 up, +1 down
    bool setLocked(const QString& driverId, bool locked);
    void selectRoute(const QString& driverId);
    QString selectedRoute() const;

    // How "Plan routes" searches: 0 iterations and -1 ms mean the setting's time limit alone.
    void setPlanLimits(qint64 maxIterations, qint64 timeLimitMs);
    const runs::PlanReport& lastReport() const { return m_report; }

    // Re-reads the run from the file (also done at the next turn of the event loop after every
    // change to runs, stops, drivers, households or people).
    void reload();
    // Says `text` on the message line under the day picker, as a problem or as done.
    void say(const QString& text, bool problem);

    QUndoStack* undoStack() const override { return m_undo; }

private:
    void buildDayRow();
    void buildActions();
    void scheduleReload();
    void reloadRuns();
    bool push(QUndoCommand* command);
    // The report every command of the page gives: core's message on the message line.
    UndoCommand::Report report();
    bool assignmentChange(const QString& text, std::function<Result<void>()> change);

    std::unique_ptr<runs::Runs> m_runs;
    QString m_runId;
    QList<runs::RunDriver> m_drivers;
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
    StopsTab* m_stopsTab = nullptr;
    DriversTab* m_driversTab = nullptr;
    RoutesTab* m_routesTab = nullptr;
    HandOffBar* m_handOffs = nullptr;
};

} // namespace larder::ui
