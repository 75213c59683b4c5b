// SPDX-License-Identifier: GPL-3.0-or-later
// DistributionPage's changes to the day (its class is declared in DistributionPage.h; the page's
// layout, day picker and reload are in DistributionPage.cpp). Every button, key and drop of the
// page ends in one of these: a command on the page's undo stack (RunUndoCommand, or
// RunAssignmentUndoCommand for where stops are) that saves at once through core/runs and says
// on the message line what was done or why core refused. Planning runs behind a progress dialog
// that can stop early and keep the best routes so far.

#include "core/people/People.h"
#include "core/storage/Settings.h"
#include "core/storage/Store.h"
#include "ui/distribution/DistributionPage.h"
#include "ui/distribution/RoutesTab.h"
#include "ui/distribution/RunUndoCommands.h"
#include "ui/distribution/StopsTab.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QProgressDialog>
#include <QTabWidget>
#include <QUndoStack>

#include <algorithm>
#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;

namespace larder::ui {

namespace {

// A step that makes a record (a day, a stop, a driver) keeps its id in `id` for the step that
// takes it back, since each redo makes a new one.
Result<void> keepId(const Result<QString>& made, QString& id) {
    if (!made.ok())
        return made.error();
    id = made.value();
    return {};
}

} // namespace

UndoCommand::Report DistributionPage::report() {
    return [this](const Error& error) { say(error.message, true); };
}

bool DistributionPage::push(QUndoCommand* command) {
    // A refused command reports through say() and removes itself from the stack.
    m_message->hide();
    const QString text = command->text();
    m_undo->push(command); // deletes a command that made itself obsolete
    const bool refused = m_undo->index() == 0 || m_undo->command(m_undo->index() - 1) != command;
    if (!refused)
        say(tr("Done: %1. Ctrl+Z undoes it.").arg(text), false);
    return !refused;
}

bool DistributionPage::assignmentChange(const QString& text, std::function<Result<void>()> change) {
    if (m_runId.isEmpty())
        return false;
    return push(new RunAssignmentUndoCommand(*m_runs, m_runId, text, std::move(change), report()));
}

bool DistributionPage::createDay(const QString& kind) {
    const QDate day = m_date->date();
    auto created = std::make_shared<QString>();
    auto* command = new RunUndoCommand(
        tr("new distribution day on %1").arg(QLocale().toString(day, QLocale::ShortFormat)),
        [this, day, kind, created] { return keepId(m_runs->create(day, kind), *created); },
        [this, created] { return m_runs->remove(*created); }, report());
    if (!push(command))
        return false;
    reloadRuns();
    showRun(*created);
    m_tabs->setCurrentIndex(0);
    return true;
}

bool DistributionPage::addHousehold(const QString& householdId) {
    if (m_runId.isEmpty()) {
        say(tr("Start a distribution day first (Alt+N)."), true);
        return false;
    }
    const QString runId = m_runId;
    auto added = std::make_shared<QString>();
    const QString name = m_stopsTab->householdName(householdId);
    return push(new RunUndoCommand(
        tr("add %1").arg(name),
        [this, runId, householdId, added] {
            return keepId(m_runs->addStop(runId, householdId), *added);
        },
        [this, added] { return m_runs->removeStop(*added); }, report()));
}

bool DistributionPage::addSupplier(const QString& supplierId, const QString& name) {
    if (m_runId.isEmpty()) {
        say(tr("Start a collection day first (Alt+N)."), true);
        return false;
    }
    const QString runId = m_runId;
    auto added = std::make_shared<QString>();
    return push(new RunUndoCommand(
        tr("add %1").arg(name),
        [this, runId, supplierId, added] {
            return keepId(m_runs->addSupplierStop(runId, supplierId), *added);
        },
        [this, added] { return m_runs->removeStop(*added); }, report()));
}

bool DistributionPage::addPickup(const QString& offerId, const QString& name) {
    if (m_runId.isEmpty()) {
        say(tr("Start a delivery day first (Alt+N)."), true);
        return false;
    }
    const QString runId = m_runId;
    auto added = std::make_shared<QString>();
    return push(new RunUndoCommand(
        tr("add the pickup from %1").arg(name),
        [this, runId, offerId, added] {
            return keepId(m_runs->addOfferStop(runId, offerId), *added);
        },
        [this, added] { return m_runs->removeStop(*added); }, report()));
}

bool DistributionPage::removeStop(const QString& stopId) {
    const std::optional<runs::RunStop> before = m_runs->stop(stopId);
    if (!before)
        return false;
    // Undo adds the household again (a new stop) with its boxes, route and place.
    auto current = std::make_shared<QString>(stopId);
    const runs::RunStop stop = *before;
    return push(new RunUndoCommand(
        tr("remove %1").arg(stop.name), [this, current] { return m_runs->removeStop(*current); },
        [this, current, stop]() -> Result<void> {
            Result<QString> made =
                !stop.offerId.isEmpty()      ? m_runs->addOfferStop(stop.runId, stop.offerId)
                : stop.householdId.isEmpty() ? m_runs->addSupplierStop(stop.runId, stop.supplierId)
                                             : m_runs->addStop(stop.runId, stop.householdId);
            if (!made.ok())
                return made.error();
            *current = made.value();
            if (Result<void> boxes = m_runs->setBoxes(*current, stop.boxes); !boxes)
                return boxes;
            if (!stop.driverId.isEmpty())
                return m_runs->moveStop(*current, stop.driverId, stop.position);
            return {};
        },
        report()));
}

bool DistributionPage::setBoxes(const QString& stopId, int boxes) {
    const std::optional<runs::RunStop> before = m_runs->stop(stopId);
    if (!before)
        return false;
    const int old = before->boxes;
    return push(new RunUndoCommand(
        tr("%1: %n box(es)", nullptr, boxes).arg(before->name),
        [this, stopId, boxes] { return m_runs->setBoxes(stopId, boxes); },
        [this, stopId, old] { return m_runs->setBoxes(stopId, old); }, report()));
}

bool DistributionPage::addDriver(const QString& personId) {
    if (m_runId.isEmpty())
        return false;
    const std::optional<people::Person> person = people::People(store()).person(personId);
    if (!person) {
        say(tr("That driver is no longer on file. Choose another."), true);
        return false;
    }
    runs::RunDriver driver;
    driver.runId = m_runId;
    driver.personId = personId;
    driver.capacity = person->vehicleCapacity;
    driver.startKind = u"pantry"_s;
    driver.start = person->start;
    driver.startLabel = person->startPoint;
    driver.maxStops = Settings(store()).get(settings::DefaultMaxStops);
    auto added = std::make_shared<QString>();
    const bool ok = push(new RunUndoCommand(
        tr("add driver %1").arg(person->displayName),
        [this, driver, added] { return keepId(m_runs->addDriver(driver.runId, driver), *added); },
        [this, added] { return m_runs->removeDriver(*added); }, report()));
    if (ok && person->vehicleCapacity <= 0)
        say(tr("%1 has no vehicle capacity on file: type today's boxes in the Boxes column.")
                .arg(person->displayName),
            true);
    return ok;
}

bool DistributionPage::removeDriver(const QString& driverId) {
    const QList<runs::RunDriver> drivers = m_runs->drivers(m_runId);
    const auto found = std::find_if(drivers.begin(), drivers.end(),
                                    [&](const runs::RunDriver& d) { return d.id == driverId; });
    if (found == drivers.end())
        return false;
    // Undo adds the driver again (a new route id) and puts their stops back in order.
    const runs::RunDriver driver = *found;
    const runs::Assignment before = m_runs->assignment(m_runId);
    auto current = std::make_shared<QString>(driverId);
    return push(new RunUndoCommand(
        tr("remove driver %1").arg(driver.personName),
        [this, current] { return m_runs->removeDriver(*current); },
        [this, driver, before, current]() -> Result<void> {
            Result<QString> made = m_runs->addDriver(driver.runId, driver);
            if (!made.ok())
                return made.error();
            runs::Assignment back = before;
            for (auto& placement : back.stops)
                if (placement.driverId == *current)
                    placement.driverId = made.value();
            for (QString& locked : back.lockedDriverIds)
                if (locked == *current)
                    locked = made.value();
            *current = made.value();
            return m_runs->restore(driver.runId, back);
        },
        report()));
}

void DistributionPage::setPlanLimits(qint64 maxIterations, qint64 timeLimitMs) {
    m_planIterations = maxIterations;
    m_planTimeMs = timeLimitMs;
}

bool DistributionPage::planRoutes() {
    if (m_runId.isEmpty()) {
        say(tr("Start a distribution day first (Alt+N)."), true);
        return false;
    }
    if (m_drivers.isEmpty()) {
        m_tabs->setCurrentIndex(1);
        say(tr("No driver on this day yet: add the drivers who came, then plan."), true);
        return false;
    }
    const qint64 limitMs =
        m_planTimeMs >= 0 ? m_planTimeMs : Settings(store()).get(settings::PlanTimeLimitMs);
    std::atomic<bool> cancel{false};
    // The keyboard comes back where it was when the progress window closes.
    const QPointer<QWidget> focused = QApplication::focusWidget();
    QProgressDialog progress(tr("Planning routes…"), tr("Stop and keep the best so far"), 0, 100,
                             this);
    progress.setObjectName(u"planProgress"_s);
    progress.setWindowTitle(tr("Plan routes"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    QElapsedTimer shown;
    shown.start();

    runs::PlanOptions options;
    options.timeLimitMs = m_planIterations > 0 && m_planTimeMs < 0 ? 0 : limitMs;
    options.maxIterations = m_planIterations;
    options.cancel = &cancel;
    options.progress = [&](qint64 elapsedMs, qint64 bestMetres) {
        if (shown.elapsed() < 50)
            return; // the dialog only appears for plans that take a while
        if (limitMs > 0)
            progress.setValue(int(std::min<qint64>(99, elapsedMs * 100 / limitMs)));
        progress.setLabelText(tr("Planning routes… best so far %1 km")
                                  .arg(QLocale().toString(bestMetres / 1000.0, 'f', 1)));
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        if (progress.wasCanceled())
            cancel = true;
    };
    runs::PlanReport report;
    const bool locked = m_routesTab->anyLocked();
    const bool ok = assignmentChange(locked ? tr("re-plan the rest") : tr("plan routes"),
                                     [this, &options, &report]() -> Result<void> {
                                         Result<runs::PlanReport> planned =
                                             m_runs->plan(m_runId, options);
                                         if (!planned.ok())
                                             return planned.error();
                                         report = planned.value();
                                         return {};
                                     });
    progress.close();
    if (focused) {
        focused->activateWindow();
        focused->setFocus(Qt::OtherFocusReason);
    }
    if (!ok)
        return false;
    m_report = report;
    m_haveReport = true;
    reload();
    m_tabs->setCurrentIndex(2);
    m_routesTab->focusRoutes();
    say(tr("Routes planned. Ctrl+Z goes back to the routes before."), false);
    return true;
}

bool DistributionPage::moveStop(const QString& stopId, const QString& driverId, int position) {
    const std::optional<runs::RunStop> stop = m_runs->stop(stopId);
    if (!stop)
        return false;
    QString to = tr("no route");
    for (const runs::RunDriver& driver : m_drivers)
        if (driver.id == driverId)
            to = tr("route %1").arg(driver.routeNo);
    return assignmentChange(tr("move %1 to %2").arg(stop->name, to),
                            [this, stopId, driverId, position] {
                                return m_runs->moveStop(stopId, driverId, position);
                            });
}

bool DistributionPage::shiftStop(const QString& stopId, int delta) {
    const std::optional<runs::RunStop> stop = m_runs->stop(stopId);
    if (!stop || stop->driverId.isEmpty())
        return false;
    const int position = std::max(1, stop->position + delta);
    if (position == stop->position)
        return false;
    return assignmentChange(delta < 0 ? tr("move %1 up").arg(stop->name)
                                      : tr("move %1 down").arg(stop->name),
                            [this, stopId, driverId = stop->driverId, position] {
                                return m_runs->moveStop(stopId, driverId, position);
                            });
}

bool DistributionPage::setLocked(const QString& driverId, bool locked) {
    QString name;
    for (const runs::RunDriver& driver : m_drivers)
        if (driver.id == driverId)
            name = tr("route %1").arg(driver.routeNo);
    return assignmentChange(
        locked ? tr("lock %1").arg(name) : tr("unlock %1").arg(name),
        [this, driverId, locked] { return m_runs->setLocked(driverId, locked); });
}

bool DistributionPage::updateDriver(const runs::RunDriver& before, const runs::RunDriver& after) {
    return push(new RunUndoCommand(
        tr("change %1's limits").arg(after.personName),
        [this, after] { return m_runs->updateDriver(after); },
        [this, before] { return m_runs->updateDriver(before); }, report()));
}

} // namespace larder::ui
