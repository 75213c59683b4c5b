// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/distribution/DistributionPage.h"

#include "core/storage/Store.h"
#include "ui/common/Palette.h"
#include "ui/distribution/DriversTab.h"
#include "ui/distribution/HandOffBar.h"
#include "ui/distribution/RoutesTab.h"
#include "ui/distribution/StopsTab.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

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

QString kindLabel(const QString& kind) {
    if (kind == runs::kind::Pickup)
        return DistributionPage::tr("pick-up at the pantry");
    if (kind == runs::kind::SupplierPickup)
        return DistributionPage::tr("collection from suppliers");
    return DistributionPage::tr("delivery");
}

} // namespace

QString DistributionPage::pageTitle() {
    return tr("Distribution");
}

DistributionPage::DistributionPage(Store& store, QWidget* parent)
    : Page(store, pageTitle(),
           tr("Plan a distribution day: the households due, the drivers who came, and a route "
              "for each. Every change is saved at once; Ctrl+Z undoes."),
           parent)
    , m_runs(std::make_unique<runs::Runs>(store)) {
    m_undo = new QUndoStack(this);
    addLockedNote(tr("Stops show by route and number, and check-in by route and stop number "
                     "works. Making a day, planning routes, packing boxes and printing route "
                     "sheets wait for a coordinator."));
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
             {"runs", "run_stops", "run_drivers", "households", "people", "suppliers", "settings"})
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
    m_date->setToolTip(tr("The day to plan: its distribution shows below, or one can be started."));
    dayLabel->setBuddy(m_date);
    m_runChoice = new QComboBox(this);
    m_runChoice->setObjectName(u"runChoice"_s);
    m_runChoice->setToolTip(tr("More than one distribution on this day: choose which."));
    // No mnemonic: Alt+N is the page's action below, which opens the menu; an "&N" here too made
    // Alt+N ambiguous, and Qt then does neither.
    m_newDay = new QPushButton(tr("New distribution day"), this);
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
    m_stopsTab->setDay(stops, m_drivers, run->kind);
    m_driversTab->setDay(m_drivers, boxes);
    m_routesTab->setSupplierDay(run->kind == runs::kind::SupplierPickup);
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

void DistributionPage::selectRoute(const QString& driverId) {
    m_routesTab->selectRoute(driverId);
}

QString DistributionPage::selectedRoute() const {
    return m_routesTab->selectedRoute();
}

} // namespace larder::ui
