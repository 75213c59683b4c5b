// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/distribution/DistributionPage.h"

#include "core/people/People.h"
#include "core/storage/Settings.h"
#include "core/storage/Store.h"
#include "ui/common/Palette.h"
#include "ui/distribution/DriversTab.h"
#include "ui/distribution/HandOffBar.h"
#include "ui/distribution/RoutesTab.h"
#include "ui/distribution/RunUndoCommands.h"
#include "ui/distribution/StopsTab.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressDialog>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <atomic>

using namespace Qt::StringLiterals;

namespace larder::ui {

namespace {

QAction* pageAction(QWidget* owner, const QString& text, const QKeySequence& key) {
    auto* action = new QAction(text, owner);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    owner->addAction(action);
    return action;
}

// A step that makes a record (a day, a stop, a driver) keeps its id in `id` for the step that
// takes it back, since each redo makes a new one.
Result<void> keepId(const Result<QString>& made, QString& id) {
    if (!made.ok())
        return made.error();
    id = made.value();
    return {};
}

QString kindLabel(const QString& kind) {
    if (kind == runs::kind::Pickup)
        return DistributionPage::tr("pick-up at the pantry");
    if (kind == runs::kind::SupplierPickup)
        return DistributionPage::tr("collection from suppliers");
    return DistributionPage::tr("delivery");
}

} // namespace

DistributionPage::DistributionPage(Store& store, QWidget* parent)
    : Page(store, tr("Distribution"),
           tr("Plan a distribution day: the households due, the drivers who came, and a route "
              "for each. Every change is saved at once; Ctrl+Z undoes."),
           parent)
    , m_runs(std::make_unique<runs::Runs>(store)) {
    m_undo = new QUndoStack(this);
    buildDayRow();

    m_message = new QLabel(this);
    m_message->setObjectName(u"distributionMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    body()->addWidget(m_message);

    m_stack = new QStackedWidget(this);
    m_empty = new QLabel(this);
    m_empty->setObjectName(u"distributionEmpty"_s);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_empty->setMargin(24);
    m_stack->addWidget(m_empty);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"distributionTabs"_s);
    m_stopsTab = new StopsTab(*this, m_tabs);
    m_driversTab = new DriversTab(*this, m_tabs);
    m_routesTab = new RoutesTab(*this, m_tabs);
    m_tabs->addTab(m_stopsTab, tr("&Stops"));
    m_tabs->addTab(m_driversTab, tr("D&rivers"));
    m_tabs->addTab(m_routesTab, tr("R&outes"));
    m_editor = new QWidget(this);
    auto* editorLayout = new QVBoxLayout(m_editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_tabs, 1);
    m_handOffs = new HandOffBar(*this, m_editor);
    editorLayout->addWidget(m_handOffs);
    m_stack->addWidget(m_editor);
    body()->addWidget(m_stack, 1);

    buildActions();

    connect(m_date, &QDateEdit::dateChanged, this, [this] { reloadRuns(); });
    connect(m_runChoice, &QComboBox::activated, this,
            [this](int row) { showRun(m_runChoice->itemData(row).toString()); });
    connect(&store, &Store::changed, this, [this](const QSet<QString>& tables) {
        for (const char* table :
             {"runs", "run_stops", "run_drivers", "households", "people", "settings"})
            if (tables.contains(QString::fromLatin1(table))) {
                scheduleReload();
                return;
            }
    });

    // The next distribution day from today, or today.
    const QDate today = store.today();
    QDate start = today;
    const QList<runs::Run> coming = m_runs->runs(today, today.addYears(1));
    if (!coming.isEmpty())
        start = coming.last().date;
    m_date->setDate(start);
    reloadRuns();
}

DistributionPage::~DistributionPage() {
    m_undo->clear(); // commands refer to m_runs
}

void DistributionPage::buildDayRow() {
    auto* dayRow = new QHBoxLayout;
    auto* dayLabel = new QLabel(tr("&Day:"), this);
    m_date = new QDateEdit(this);
    m_date->setObjectName(u"distributionDate"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::LongFormat));
    dayLabel->setBuddy(m_date);
    m_runChoice = new QComboBox(this);
    m_runChoice->setObjectName(u"runChoice"_s);
    m_runChoice->setToolTip(tr("More than one distribution on this day: choose which."));
    m_newDay = new QPushButton(tr("&New distribution day"), this);
    m_newDay->setObjectName(u"newDistributionDay"_s);
    m_newDay->setToolTip(tr("Start the day shown: the households due that day are proposed as "
                            "stops (Alt+N)."));
    auto* kinds = new QMenu(m_newDay);
    kinds->addAction(tr("&Delivery by drivers"), this, [this] { createDay(runs::kind::Delivery); });
    kinds->addAction(tr("&Pick-up at the pantry"), this, [this] { createDay(runs::kind::Pickup); });
    kinds->addAction(tr("&Collection from suppliers"), this,
                     [this] { createDay(runs::kind::SupplierPickup); });
    m_newDay->setMenu(kinds);
    m_runSummary = new QLabel(this);
    m_runSummary->setObjectName(u"runSummary"_s);
    dayRow->addWidget(dayLabel);
    dayRow->addWidget(m_date);
    dayRow->addWidget(m_runChoice);
    dayRow->addSpacing(12);
    dayRow->addWidget(m_runSummary, 1);
    dayRow->addWidget(m_newDay);
    body()->addLayout(dayRow);
}

void DistributionPage::buildActions() {
    QAction* undo = m_undo->createUndoAction(this, tr("Undo"));
    undo->setObjectName(u"distributionUndo"_s);
    undo->setShortcuts(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undo);
    QAction* redo = m_undo->createRedoAction(this, tr("Redo"));
    redo->setShortcuts(QKeySequence::Redo);
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(redo);
    connect(m_undo, &QUndoStack::indexChanged, this, [this] { scheduleReload(); });

    auto* newDay = pageAction(this, tr("New distribution day"), QKeySequence(Qt::ALT | Qt::Key_N));
    connect(newDay, &QAction::triggered, m_newDay, &QPushButton::showMenu);
    auto* plan = pageAction(this, tr("Plan routes"), QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(plan, &QAction::triggered, this, &DistributionPage::planRoutes);
    auto* move = pageAction(this, tr("Move to route"), QKeySequence(Qt::CTRL | Qt::Key_M));
    connect(move, &QAction::triggered, this, [this] {
        const bool chosen = m_tabs->currentIndex() == 0 ? m_stopsTab->moveCurrentStop()
                                                        : m_routesTab->moveCurrentStop();
        if (!chosen)
            say(tr("Choose a stop first, then Ctrl+M."), true);
    });
    auto* lock = pageAction(this, tr("Lock route"), QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(lock, &QAction::triggered, m_routesTab, &RoutesTab::lockSelectedRoute);
    auto* print = pageAction(this, tr("Print route sheets"), QKeySequence::Print);
    connect(print, &QAction::triggered, m_handOffs, &HandOffBar::printRouteSheets);
}

void DistributionPage::focusContent() {
    if (m_runId.isEmpty())
        m_date->setFocus();
    else if (m_tabs->currentIndex() == 0)
        m_stopsTab->focusSearch();
}

QDate DistributionPage::date() const {
    return m_date->date();
}

void DistributionPage::showDate(const QDate& date) {
    m_date->setDate(date);
    reloadRuns();
}

void DistributionPage::reloadRuns() {
    const QList<runs::Run> runs = m_runs->runsOn(m_date->date());
    const QSignalBlocker block(m_runChoice);
    m_runChoice->clear();
    for (const runs::Run& run : runs)
        m_runChoice->addItem(run.name.isEmpty() ? kindLabel(run.kind)
                                                : tr("%1 (%2)").arg(run.name, kindLabel(run.kind)),
                             run.id);
    m_runChoice->setVisible(runs.size() > 1);
    int keep = m_runChoice->findData(m_runId);
    if (keep < 0)
        keep = runs.isEmpty() ? -1 : 0;
    m_runChoice->setCurrentIndex(keep);
    showRun(keep < 0 ? QString() : m_runChoice->itemData(keep).toString());
}

void DistributionPage::showRun(const QString& runId) {
    if (runId != m_runId) {
        m_runId = runId;
        m_haveReport = false;
        m_report = {};
        m_message->hide();
    }
    const int row = m_runChoice->findData(runId);
    if (row >= 0 && row != m_runChoice->currentIndex()) {
        const QSignalBlocker block(m_runChoice);
        m_runChoice->setCurrentIndex(row);
    }
    reload();
}

void DistributionPage::scheduleReload() {
    if (m_reloadPending)
        return;
    m_reloadPending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_reloadPending)
                reload();
        },
        Qt::QueuedConnection);
}

void DistributionPage::reload() {
    m_reloadPending = false;
    const std::optional<runs::Run> run = m_runId.isEmpty() ? std::nullopt : m_runs->run(m_runId);
    if (!run) {
        m_runId.clear();
        const QString day = QLocale().toString(m_date->date(), QLocale::LongFormat);
        m_empty->setText(
            tr("<h3>No distribution day on %1.</h3>"
               "<p>Press <b>New distribution day</b> (Alt+N) to start one: Larder proposes the "
               "households due that day by their schedule, and you add or remove any.</p>"
               "<p>Then add the drivers who came, press <b>Plan routes</b> (Ctrl+R), and correct "
               "the routes by hand where you know better. Or pick another day above.</p>")
                .arg(day.toHtmlEscaped()));
        m_runSummary->clear();
        m_stack->setCurrentWidget(m_empty);
        m_drivers.clear();
        m_stopsTab->clear();
        m_routesTab->clear();
        m_driversTab->clear();
        return;
    }
    m_stack->setCurrentWidget(m_editor);

    const QList<runs::RunStop> stops = m_runs->stops(m_runId);
    m_drivers = m_runs->drivers(m_runId);
    int boxes = 0;
    for (const runs::RunStop& stop : stops)
        boxes += stop.boxes;
    m_stopsTab->setDay(stops, m_drivers);
    m_driversTab->setDay(m_drivers, boxes);
    m_routesTab->setDay(stops, m_drivers, m_haveReport ? &m_report : nullptr);
    m_runSummary->setText(
        tr("%1 · %n stop(s)", nullptr, int(stops.size())).arg(kindLabel(run->kind)) +
        tr(" · %n driver(s)", nullptr, int(m_drivers.size())));
}

void DistributionPage::say(const QString& text, bool problem) {
    m_message->setText(text);
    m_message->setStyleSheet(problem
                                 ? Palette::textStyle(Palette::warning()) + u" font-weight: 600;"_s
                                 : Palette::textStyle(Palette::ok()));
    m_message->setVisible(!text.isEmpty());
}

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
            Result<QString> made = stop.householdId.isEmpty()
                                       ? m_runs->addSupplierStop(stop.runId, stop.supplierId)
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

void DistributionPage::selectRoute(const QString& driverId) {
    m_routesTab->selectRoute(driverId);
}

QString DistributionPage::selectedRoute() const {
    return m_routesTab->selectedRoute();
}

} // namespace larder::ui
