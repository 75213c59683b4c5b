#include "ui/distribution/DistributionPage.h"

#include "core/people/FieldParser.h"
#include "core/people/HouseholdIndex.h"
#include "core/people/People.h"
#include "core/runs/Packages.h"
#include "core/storage/Settings.h"
#include "core/storage/Store.h"
#include "print/RouteSheets.h"
#include "print/SheetBuilder.h"
#include "ui/distribution/CheckInDialog.h"
#include "ui/distribution/PackingDialog.h"
#include "ui/distribution/RouteMapWidget.h"
#include "ui/distribution/RunModels.h"
#include "ui/distribution/RunUndoCommands.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <atomic>

using namespace Qt::StringLiterals;

namespace larder::ui {

namespace {

QTableView* makeTable(QWidget* parent, const QString& name) {
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    return view;
}

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

DistributionPage::DistributionPage(Store& store, QWidget* parent)
    : Page(store, tr("Distribution"),
           tr("Plan a distribution day: the households due, the drivers who came, and a route "
              "for each. Every change is saved at once; Ctrl+Z undoes."),
           parent)
    , m_runs(std::make_unique<runs::Runs>(store)) {
    m_undo = new QUndoStack(this);

    // The day and its run.
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
    m_tabs->addTab(buildStopsTab(), tr("&Stops"));
    m_tabs->addTab(buildDriversTab(), tr("D&rivers"));
    m_tabs->addTab(buildRoutesTab(), tr("R&outes"));
    m_editor = new QWidget(this);
    QWidget* editor = m_editor;
    auto* editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_tabs, 1);
    editorLayout->addLayout(buildHandOffs());
    m_stack->addWidget(editor);
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

QWidget* DistributionPage::buildStopsTab() {
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);

    auto* addRow = new QHBoxLayout;
    auto* addLabel = new QLabel(tr("&Add a household:"), tab);
    m_search = new QLineEdit(tab);
    m_search->setObjectName(u"stopSearch"_s);
    m_search->setPlaceholderText(tr("Type a name, street or phone, then Enter"));
    m_search->setClearButtonEnabled(true);
    addLabel->setBuddy(m_search);
    m_matches = new QStandardItemModel(this);
    m_completer = new QCompleter(m_matches, this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setWidget(m_search);
    connect(m_search, &QLineEdit::textEdited, this, &DistributionPage::searchHouseholds);
    connect(m_search, &QLineEdit::returnPressed, this, &DistributionPage::addFirstMatch);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) {
                // The line edit sees the same Enter next (returnPressed): empty it first.
                const QString id = index.data(RunRole::StopId).toString();
                m_search->clear();
                if (!id.isEmpty())
                    addHousehold(id);
            });
    addRow->addWidget(addLabel);
    addRow->addWidget(m_search, 1);
    auto* remove = new QPushButton(tr("Remove stop"), tab);
    remove->setObjectName(u"removeStop"_s);
    remove->setToolTip(tr("Take the selected household off this day (Delete)."));
    addRow->addWidget(remove);
    layout->addLayout(addRow);

    m_stops = new RunStopsModel(this);
    m_stopsView = makeTable(tab, u"stopsView"_s);
    m_stopsView->setModel(m_stops);
    m_stopsView->setEditTriggers(QAbstractItemView::DoubleClicked |
                                 QAbstractItemView::EditKeyPressed |
                                 QAbstractItemView::AnyKeyPressed);
    layout->addWidget(m_stopsView, 1);
    m_stopsSummary = new QLabel(tab);
    m_stopsSummary->setObjectName(u"stopsSummary"_s);
    m_stopsSummary->setWordWrap(true);
    layout->addWidget(m_stopsSummary);

    connect(m_stops, &RunStopsModel::boxesEdited, this,
            [this](const QString& stopId, int boxes) { setBoxes(stopId, boxes); });
    connect(remove, &QPushButton::clicked, this, [this] {
        const QString id = currentStopId(m_stopsView);
        if (id.isEmpty())
            say(tr("Choose a stop in the list first."), true);
        else
            removeStop(id);
    });
    auto* del =
        new QShortcut(QKeySequence::Delete, m_stopsView, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, remove, &QPushButton::click);
    connect(m_stopsView, &QWidget::customContextMenuRequested, this,
            [this](const QPoint& at) { stopMenu(m_stopsView, at); });
    return tab;
}

QWidget* DistributionPage::buildDriversTab() {
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    auto* addRow = new QHBoxLayout;
    auto* label = new QLabel(tr("Add a &driver who came:"), tab);
    m_driverChoice = new QComboBox(tab);
    m_driverChoice->setObjectName(u"driverChoice"_s);
    m_driverChoice->setMinimumContentsLength(24);
    label->setBuddy(m_driverChoice);
    m_addDriver = new QPushButton(tr("Add"), tab);
    m_addDriver->setObjectName(u"addDriver"_s);
    auto* remove = new QPushButton(tr("Remove driver"), tab);
    remove->setObjectName(u"removeDriver"_s);
    remove->setToolTip(tr("Their stops go back to \"not on a route\" (Delete)."));
    addRow->addWidget(label);
    addRow->addWidget(m_driverChoice);
    addRow->addWidget(m_addDriver);
    addRow->addStretch(1);
    addRow->addWidget(remove);
    layout->addLayout(addRow);

    m_drivers = new RunDriversModel(this);
    m_driversView = makeTable(tab, u"runDriversView"_s);
    m_driversView->setModel(m_drivers);
    m_driversView->horizontalHeader()->setStretchLastSection(false);
    m_driversView->setEditTriggers(QAbstractItemView::DoubleClicked |
                                   QAbstractItemView::EditKeyPressed |
                                   QAbstractItemView::AnyKeyPressed);
    layout->addWidget(m_driversView, 1);
    m_driversSummary = new QLabel(tab);
    m_driversSummary->setObjectName(u"driversSummary"_s);
    m_driversSummary->setWordWrap(true);
    layout->addWidget(m_driversSummary);

    connect(m_addDriver, &QPushButton::clicked, this, [this] {
        const QString personId = m_driverChoice->currentData().toString();
        if (!personId.isEmpty())
            addDriver(personId);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_driversView->currentIndex();
        if (!current.isValid())
            say(tr("Choose a driver in the list first."), true);
        else
            removeDriver(current.data(RunRole::DriverId).toString());
    });
    auto* del =
        new QShortcut(QKeySequence::Delete, m_driversView, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, remove, &QPushButton::click);
    connect(m_drivers, &RunDriversModel::driverEdited, this,
            [this](const runs::RunDriver& before, const runs::RunDriver& after) {
                bool failed = false;
                push(new RunUndoCommand(
                         tr("change %1's limits").arg(after.personName),
                         [this, after] { return m_runs->updateDriver(after); },
                         [this, before] { return m_runs->updateDriver(before); },
                         [this](const Error& error) { say(error.message, true); }),
                     &failed);
            });
    return tab;
}

QWidget* DistributionPage::buildRoutesTab() {
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);

    auto* buttons = new QHBoxLayout;
    m_plan = new QPushButton(tr("Plan routes"), tab);
    m_plan->setObjectName(u"planRoutes"_s);
    m_plan->setToolTip(tr("Share the stops out between the drivers within their limits, keeping "
                          "locked routes as they are (Ctrl+R)."));
    auto* move = new QPushButton(tr("Move to route…"), tab);
    move->setObjectName(u"moveStop"_s);
    move->setToolTip(tr("Give the selected stop to another driver (Ctrl+M). Alt+Up and Alt+Down "
                        "change its place on the route."));
    m_lock = new QPushButton(tr("Lock route"), tab);
    m_lock->setObjectName(u"lockRoute"_s);
    m_lock->setToolTip(tr("A locked route stays as it is when you re-plan the rest (Ctrl+L)."));
    buttons->addWidget(m_plan);
    buttons->addWidget(move);
    buttons->addWidget(m_lock);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_reportLine = new QLabel(tab);
    m_reportLine->setObjectName(u"planReport"_s);
    m_reportLine->setWordWrap(true);
    layout->addWidget(m_reportLine);

    auto* split = new QSplitter(Qt::Horizontal, tab);
    auto* lists = new QSplitter(Qt::Vertical, split);
    m_routes = new RunRoutesModel(this);
    m_routesView = makeTable(lists, u"routesView"_s);
    m_routesView->setModel(m_routes);
    m_routesView->horizontalHeader()->setStretchLastSection(false);
    m_routesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_routeStops = new RunStopsModel(this);
    m_routeStops->setShow(RunStopsModel::Show::OneRoute, {});
    m_routeStopsView = makeTable(lists, u"routeStopsView"_s);
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
        moveStop(stopId, driverId, position);
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

    connect(m_plan, &QPushButton::clicked, this, &DistributionPage::planRoutes);
    connect(move, &QPushButton::clicked, this, [this] {
        const QString id = currentStopId(m_routeStopsView);
        if (id.isEmpty())
            say(tr("Choose a stop in the route's list first."), true);
        else
            chooseRouteFor(id, m_routeStopsView);
    });
    connect(m_lock, &QPushButton::clicked, this, [this] {
        const QString driverId = selectedRoute();
        const int row = m_routes->rowOf(driverId);
        if (const runs::RunDriver* driver = m_routes->driverAt(row))
            setLocked(driverId, !driver->locked);
        else
            say(tr("Choose a driver's route first."), true);
    });
    connect(m_routesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (!current.isValid())
                    return;
                const QString driverId = m_routes->driverIdAt(current.row());
                m_routeStops->setShow(m_routes->isUnplacedRow(current.row())
                                          ? RunStopsModel::Show::Unplaced
                                          : RunStopsModel::Show::OneRoute,
                                      driverId);
                const runs::RunDriver* driver = m_routes->driverAt(current.row());
                m_lock->setText(driver && driver->locked ? tr("Unlock route") : tr("Lock route"));
                m_lock->setEnabled(driver != nullptr);
                showMap();
            });
    connect(m_routeStopsView, &QWidget::customContextMenuRequested, this,
            [this](const QPoint& at) { stopMenu(m_routeStopsView, at); });
    connect(m_routeStops, &RunStopsModel::boxesEdited, this,
            [this](const QString& stopId, int boxes) { setBoxes(stopId, boxes); });
    return tab;
}

QHBoxLayout* DistributionPage::buildHandOffs() {
    auto* row = new QHBoxLayout;
    const auto button = [&](const QString& name, const QString& text, const QString& tip) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setToolTip(tip);
        row->addWidget(b);
        return b;
    };
    QPushButton* packing =
        button(u"setAsideStock"_s, tr("Set aside stock…"),
               tr("Set stock aside for every household's package, see what is short and what "
                  "could stand in, and the pick list."));
    QPushButton* sheets = button(u"printRouteSheets"_s, tr("Print route sheets…"),
                                 tr("One sheet per driver: stops in order, map, tick boxes "
                                    "(Ctrl+P)."));
    QPushButton* lists = button(u"printPackingLists"_s, tr("Print packing lists…"),
                                tr("What goes into each household's boxes, route by route."));
    row->addStretch(1);
    QPushButton* outcomes =
        button(u"recordOutcomes"_s, tr("Record outcomes…"),
               tr("Type in what the drivers ticked on their sheets: delivered, not home…"));
    connect(packing, &QPushButton::clicked, this, [this] {
        if (m_runId.isEmpty())
            return;
        PackingDialog dialog(store(), m_runId, this);
        dialog.exec();
        reload();
    });
    connect(outcomes, &QPushButton::clicked, this, [this] {
        if (m_runId.isEmpty())
            return;
        // Delivered boxes leave stock from what was set aside for them: a day never set aside
        // would record deliveries and leave the shelf as it was.
        const std::optional<runs::Run> run = m_runs->run(m_runId);
        if (run && run->kind != runs::kind::SupplierPickup &&
            runs::Packages(store()).allocations(m_runId).isEmpty()) {
            const auto answer = QMessageBox::question(
                this, tr("Set stock aside first?"),
                tr("No stock was set aside for this day, so delivered boxes would take nothing "
                   "from stock. Set it aside now, first expiry first out, before recording "
                   "what happened?"),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
            if (answer == QMessageBox::Yes) {
                if (auto allocated = runs::Packages(store()).allocate(m_runId); !allocated)
                    say(allocated.error().toString(), true);
            }
        }
        CheckInDialog dialog(store(), m_runId, this);
        dialog.exec();
        reload();
    });
    connect(sheets, &QPushButton::clicked, this, [this] { printPapers(true); });
    connect(lists, &QPushButton::clicked, this, [this] { printPapers(false); });
    auto* print = pageAction(this, tr("Print route sheets"), QKeySequence::Print);
    connect(print, &QAction::triggered, sheets, &QPushButton::click);
    return row;
}

bool DistributionPage::printPapers(bool routeSheets) {
    if (m_runId.isEmpty())
        return false;
    const print::SheetBuilder builder(store());
    const print::PrintOptions options = builder.options();
    QString error;
    QList<print::RouteSheetData> sheets;
    QList<print::PackingListData> lists;
    if (routeSheets) {
        auto made = builder.routeSheetsForRun(m_runId);
        if (made.ok())
            sheets = made.value();
        else
            error = made.error().message;
    } else {
        auto made = builder.packingListsForRun(m_runId);
        if (made.ok())
            lists = made.value();
        else
            error = made.error().message;
    }
    if (!error.isEmpty()) {
        say(error, true);
        return false;
    }
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(routeSheets ? tr("Route sheets") : tr("Packing lists"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter* target) {
        if (routeSheets)
            print::printRouteSheets(*target, sheets, options);
        else
            print::printPackingLists(*target, lists, options);
    });
    preview.exec();
    return true;
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
        QTableView* view = m_tabs->currentIndex() == 0 ? m_stopsView : m_routeStopsView;
        const QString id = currentStopId(view);
        if (id.isEmpty())
            say(tr("Choose a stop first, then Ctrl+M."), true);
        else
            chooseRouteFor(id, view);
    });
    auto* lock = pageAction(this, tr("Lock route"), QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(lock, &QAction::triggered, m_lock, &QPushButton::click);
    auto* up = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Up), m_routeStopsView, nullptr, nullptr,
                             Qt::WidgetShortcut);
    connect(up, &QShortcut::activated, this,
            [this] { shiftStop(currentStopId(m_routeStopsView), -1); });
    auto* down = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), m_routeStopsView, nullptr,
                               nullptr, Qt::WidgetShortcut);
    connect(down, &QShortcut::activated, this,
            [this] { shiftStop(currentStopId(m_routeStopsView), +1); });
}

void DistributionPage::focusContent() {
    if (m_runId.isEmpty())
        m_date->setFocus();
    else if (m_tabs->currentIndex() == 0)
        m_search->setFocus();
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
        m_stops->setStops({}, {});
        m_routeStops->setStops({}, {});
        m_routes->setRoutes({}, {});
        m_drivers->setDrivers({});
        m_map->clear();
        return;
    }
    m_stack->setCurrentWidget(m_editor);

    // Keep what is selected across the reload, by id.
    const QString stopId = currentStopId(m_stopsView);
    const QString routeStopId = currentStopId(m_routeStopsView);
    const QString routeId = selectedRoute();
    const QModelIndex driverIndex = m_driversView->currentIndex();
    const QString driverId = driverIndex.data(RunRole::DriverId).toString();
    const int driverColumn = driverIndex.column();

    const QList<runs::RunStop> stops = m_runs->stops(m_runId);
    const QList<runs::RunDriver> drivers = m_runs->drivers(m_runId);
    m_stops->setStops(stops, drivers);
    m_routeStops->setStops(stops, drivers);
    m_routes->setRoutes(drivers, stops);
    m_drivers->setDrivers(drivers);

    if (const int row = m_stops->rowOf(stopId); row >= 0)
        m_stopsView->setCurrentIndex(m_stops->index(row, RunStopsModel::Household));
    if (const int row = m_drivers->rowOf(driverId); row >= 0)
        m_driversView->setCurrentIndex(m_drivers->index(row, std::max(0, driverColumn)));
    int routeRow = m_routes->rowOf(routeId);
    if (routeRow < 0 && m_routes->rowCount() > 0)
        routeRow = 0;
    if (routeRow >= 0) {
        m_routesView->setCurrentIndex(m_routes->index(routeRow, RunRoutesModel::Driver));
        // currentRowChanged does not fire when the row number stays: show the route again.
        m_routeStops->setShow(m_routes->isUnplacedRow(routeRow) ? RunStopsModel::Show::Unplaced
                                                                : RunStopsModel::Show::OneRoute,
                              m_routes->driverIdAt(routeRow));
        const runs::RunDriver* driver = m_routes->driverAt(routeRow);
        m_lock->setText(driver && driver->locked ? tr("Unlock route") : tr("Lock route"));
        m_lock->setEnabled(driver != nullptr);
    } else {
        m_routeStops->setShow(RunStopsModel::Show::OneRoute, {});
    }
    if (const int row = m_routeStops->rowOf(routeStopId); row >= 0)
        m_routeStopsView->setCurrentIndex(m_routeStops->index(row, RunStopsModel::Household));

    // Summaries.
    int boxes = 0, noPlace = 0, byArea = 0, unplaced = 0, capacity = 0;
    bool anyLocked = false;
    QSet<QString> driverIds;
    for (const runs::RunDriver& driver : drivers) {
        capacity += driver.capacity;
        anyLocked = anyLocked || driver.locked;
        driverIds.insert(driver.id);
    }
    for (const runs::RunStop& stop : stops) {
        boxes += stop.boxes;
        noPlace += stop.where ? 0 : 1;
        byArea += stop.placedByPostalArea ? 1 : 0;
        unplaced += driverIds.contains(stop.driverId) ? 0 : 1;
    }
    m_runSummary->setText(
        tr("%1 · %n stop(s)", nullptr, int(stops.size())).arg(kindLabel(run->kind)) +
        tr(" · %n driver(s)", nullptr, int(drivers.size())));
    if (stops.isEmpty())
        m_stopsSummary->setText(tr("No household is due this day. Add households above by name, "
                                   "street or phone."));
    else {
        QString text = tr("%n stop(s), ", nullptr, int(stops.size())) +
                       tr("%n box(es) in all.", nullptr, boxes);
        if (noPlace > 0)
            text += u' ' + tr("%n without coordinates: add them on the Households page, or place "
                              "the stop on a route by hand (Ctrl+M).",
                              nullptr, noPlace);
        m_stopsSummary->setText(text);
    }
    if (drivers.isEmpty())
        m_driversSummary->setText(tr("No driver yet. Add each driver who came from the list "
                                     "above; their vehicle's boxes and usual start fill in, and "
                                     "you can change them for today."));
    else
        m_driversSummary->setText(
            tr("Together they carry %1 boxes; the stops need %2.").arg(capacity).arg(boxes) +
            (capacity < boxes ? u' ' + tr("Not everyone fits: add a driver or raise a capacity.")
                              : QString()));
    m_plan->setText(anyLocked ? tr("Re-plan the rest") : tr("Plan routes"));
    showReport();
    reloadDriverChoices();
    showMap();
}

void DistributionPage::reloadDriverChoices() {
    const QString keep = m_driverChoice->currentData().toString();
    QSet<QString> taken;
    for (int row = 0; row < m_drivers->rowCount(); ++row)
        taken.insert(m_drivers->driverAt(row).personId);
    const QSignalBlocker block(m_driverChoice);
    m_driverChoice->clear();
    const QList<people::Person> people = people::People(store()).drivers();
    for (const people::Person& person : people) {
        if (taken.contains(person.id))
            continue;
        m_driverChoice->addItem(
            person.vehicleCapacity > 0
                ? tr("%1 (%n box(es))", nullptr, person.vehicleCapacity).arg(person.displayName)
                : person.displayName,
            person.id);
    }
    if (m_driverChoice->count() == 0)
        m_driverChoice->addItem(people.isEmpty()
                                    ? tr("No one has the driver role: add it under Households → "
                                         "Volunteers and drivers")
                                    : tr("Every driver is on this day already"),
                                QString());
    m_driverChoice->setCurrentIndex(std::max(0, m_driverChoice->findData(keep)));
    m_addDriver->setEnabled(!m_driverChoice->currentData().toString().isEmpty());
}

void DistributionPage::showReport() {
    if (!m_haveReport) {
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
    parts << tr("%n stop(s) placed on routes, ", nullptr, m_report.routedStops) +
                 tr("%1 km in all.").arg(locale.toString(m_report.distanceMetres / 1000.0, 'f', 1));
    if (m_report.cancelled)
        parts << tr("Stopped early: these are the best routes found so far.");
    if (!m_report.unplacedStopIds.isEmpty())
        parts << tr("%n stop(s) fit on no route: add a driver, raise a capacity or a limit, or "
                    "move them by hand.",
                    nullptr, int(m_report.unplacedStopIds.size()));
    if (!m_report.withoutCoordinatesStopIds.isEmpty())
        parts << tr("%n stop(s) without coordinates could not be planned.", nullptr,
                    int(m_report.withoutCoordinatesStopIds.size()));
    if (!m_report.placedByPostalAreaStopIds.isEmpty())
        parts << tr("%n stop(s) placed by postal area: check them.", nullptr,
                    int(m_report.placedByPostalAreaStopIds.size()));
    m_reportLine->setText(parts.join(u' '));
    const bool problem =
        !m_report.unplacedStopIds.isEmpty() || !m_report.withoutCoordinatesStopIds.isEmpty();
    m_reportLine->setStyleSheet(problem ? u"color: #a33b20;"_s : QString());
}

void DistributionPage::showMap() {
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
        const auto pantry =
            people::FieldParser::coordinates(Settings(store()).get(settings::PantryCoordinates));
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

void DistributionPage::say(const QString& text, bool problem) {
    m_message->setText(text);
    m_message->setStyleSheet(problem ? u"color: #a33b20; font-weight: 600;"_s
                                     : u"color: #2e6b30;"_s);
    m_message->setVisible(!text.isEmpty());
}

bool DistributionPage::push(QUndoCommand* command, bool* failed) {
    // A refused command reports through say() and removes itself from the stack.
    m_message->hide();
    const QString text = command->text();
    m_undo->push(command); // deletes a command that made itself obsolete
    const bool refused = m_undo->index() == 0 || m_undo->command(m_undo->index() - 1) != command;
    if (failed)
        *failed = refused;
    if (!refused)
        say(tr("Done: %1. Ctrl+Z undoes it.").arg(text), false);
    return !refused;
}

bool DistributionPage::assignmentChange(const QString& text, std::function<Result<void>()> change) {
    if (m_runId.isEmpty())
        return false;
    return push(
        new RunAssignmentUndoCommand(*m_runs, m_runId, text, std::move(change),
                                     [this](const Error& error) { say(error.message, true); }),
        nullptr);
}

bool DistributionPage::createDay(const QString& kind) {
    const QDate day = m_date->date();
    auto created = std::make_shared<QString>();
    auto* command = new RunUndoCommand(
        tr("new distribution day on %1").arg(QLocale().toString(day, QLocale::ShortFormat)),
        [this, day, kind, created]() -> Result<void> {
            Result<QString> made = m_runs->create(day, kind);
            if (!made.ok())
                return made.error();
            *created = made.value();
            return {};
        },
        [this, created] { return m_runs->remove(*created); },
        [this](const Error& error) { say(error.message, true); });
    if (!push(command, nullptr))
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
    QString name = householdId;
    if (m_index)
        if (const auto* summary = m_index->summary(householdId))
            name = summary->chosenName;
    return push(new RunUndoCommand(
                    tr("add %1").arg(name),
                    [this, runId, householdId, added]() -> Result<void> {
                        Result<QString> made = m_runs->addStop(runId, householdId);
                        if (!made.ok())
                            return made.error();
                        *added = made.value();
                        return {};
                    },
                    [this, added] { return m_runs->removeStop(*added); },
                    [this](const Error& error) { say(error.message, true); }),
                nullptr);
}

bool DistributionPage::removeStop(const QString& stopId) {
    const std::optional<runs::RunStop> before = m_runs->stop(stopId);
    if (!before)
        return false;
    // Undo adds the household again (a new stop) with its boxes, route and place.
    auto current = std::make_shared<QString>(stopId);
    const runs::RunStop stop = *before;
    return push(new RunUndoCommand(
                    tr("remove %1").arg(stop.name),
                    [this, current] { return m_runs->removeStop(*current); },
                    [this, current, stop]() -> Result<void> {
                        Result<QString> made =
                            stop.householdId.isEmpty()
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
                    [this](const Error& error) { say(error.message, true); }),
                nullptr);
}

bool DistributionPage::setBoxes(const QString& stopId, int boxes) {
    const std::optional<runs::RunStop> before = m_runs->stop(stopId);
    if (!before)
        return false;
    const int old = before->boxes;
    return push(new RunUndoCommand(
                    tr("%1: %n box(es)", nullptr, boxes).arg(before->name),
                    [this, stopId, boxes] { return m_runs->setBoxes(stopId, boxes); },
                    [this, stopId, old] { return m_runs->setBoxes(stopId, old); },
                    [this](const Error& error) { say(error.message, true); }),
                nullptr);
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
                             [this, driver, added]() -> Result<void> {
                                 Result<QString> made = m_runs->addDriver(driver.runId, driver);
                                 if (!made.ok())
                                     return made.error();
                                 *added = made.value();
                                 return {};
                             },
                             [this, added] { return m_runs->removeDriver(*added); },
                             [this](const Error& error) { say(error.message, true); }),
                         nullptr);
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
                    [this](const Error& error) { say(error.message, true); }),
                nullptr);
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
    if (m_drivers->rowCount() == 0) {
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
    const bool locked = m_plan->text() != tr("Plan routes");
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
    m_routesView->setFocus();
    say(tr("Routes planned. Ctrl+Z goes back to the routes before."), false);
    return true;
}

bool DistributionPage::moveStop(const QString& stopId, const QString& driverId, int position) {
    const std::optional<runs::RunStop> stop = m_runs->stop(stopId);
    if (!stop)
        return false;
    QString to = tr("no route");
    for (int row = 0; row < m_drivers->rowCount(); ++row)
        if (m_drivers->driverAt(row).id == driverId)
            to = tr("route %1").arg(m_drivers->driverAt(row).routeNo);
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
    for (int row = 0; row < m_drivers->rowCount(); ++row)
        if (m_drivers->driverAt(row).id == driverId)
            name = tr("route %1").arg(m_drivers->driverAt(row).routeNo);
    return assignmentChange(
        locked ? tr("lock %1").arg(name) : tr("unlock %1").arg(name),
        [this, driverId, locked] { return m_runs->setLocked(driverId, locked); });
}

void DistributionPage::selectRoute(const QString& driverId) {
    const int row = m_routes->rowOf(driverId);
    if (row >= 0)
        m_routesView->setCurrentIndex(m_routes->index(row, RunRoutesModel::Driver));
}

QString DistributionPage::selectedRoute() const {
    const QModelIndex current = m_routesView->currentIndex();
    return current.isValid() ? m_routes->driverIdAt(current.row()) : QString();
}

QString DistributionPage::currentStopId(QTableView* view) const {
    const QModelIndex current = view->currentIndex();
    return current.isValid() ? current.data(RunRole::StopId).toString() : QString();
}

void DistributionPage::chooseRouteFor(const QString& stopId, QWidget* near) {
    QMenu menu(this);
    const std::optional<runs::RunStop> stop = m_runs->stop(stopId);
    for (int row = 0; row < m_drivers->rowCount(); ++row) {
        const runs::RunDriver& driver = m_drivers->driverAt(row);
        QAction* action =
            menu.addAction(tr("Route %1 · %2").arg(driver.routeNo).arg(driver.personName));
        action->setEnabled(!stop || stop->driverId != driver.id);
        connect(action, &QAction::triggered, this,
                [this, stopId, id = driver.id] { moveStop(stopId, id); });
    }
    if (m_drivers->rowCount() == 0)
        menu.addAction(tr("No driver yet: add drivers first"))->setEnabled(false);
    menu.addSeparator();
    connect(menu.addAction(tr("Not on a route")), &QAction::triggered, this,
            [this, stopId] { moveStop(stopId, QString(), 0); });
    QPoint at = near->mapToGlobal(QPoint(near->width() / 3, 0));
    if (auto* view = qobject_cast<QTableView*>(near))
        at = view->viewport()->mapToGlobal(view->visualRect(view->currentIndex()).bottomLeft());
    menu.exec(at);
}

void DistributionPage::stopMenu(QTableView* view, const QPoint& at) {
    const QModelIndex index = view->indexAt(at);
    if (!index.isValid())
        return;
    view->setCurrentIndex(index);
    const QString stopId = index.data(RunRole::StopId).toString();
    QMenu menu(this);
    QMenu* moveTo = menu.addMenu(tr("Move to route"));
    for (int row = 0; row < m_drivers->rowCount(); ++row) {
        const runs::RunDriver& driver = m_drivers->driverAt(row);
        connect(moveTo->addAction(tr("Route %1 · %2").arg(driver.routeNo).arg(driver.personName)),
                &QAction::triggered, this,
                [this, stopId, id = driver.id] { moveStop(stopId, id); });
    }
    connect(moveTo->addAction(tr("Not on a route")), &QAction::triggered, this,
            [this, stopId] { moveStop(stopId, QString(), 0); });
    if (view == m_routeStopsView) {
        connect(menu.addAction(tr("Earlier on the route (Alt+Up)")), &QAction::triggered, this,
                [this, stopId] { shiftStop(stopId, -1); });
        connect(menu.addAction(tr("Later on the route (Alt+Down)")), &QAction::triggered, this,
                [this, stopId] { shiftStop(stopId, +1); });
    }
    menu.addSeparator();
    connect(menu.addAction(tr("Remove from this day")), &QAction::triggered, this,
            [this, stopId] { removeStop(stopId); });
    menu.exec(view->viewport()->mapToGlobal(at));
}

void DistributionPage::searchHouseholds(const QString& text) {
    if (!m_index)
        m_index = new people::HouseholdIndex(store(), this);
    m_matches->clear();
    if (text.trimmed().isEmpty())
        return;
    QSet<QString> onDay;
    for (int row = 0; row < m_stops->rowCount(); ++row)
        onDay.insert(m_stops->stopAt(row).householdId);
    people::SearchQuery query;
    query.text = text;
    query.limit = 24;
    for (const QString& id : m_index->search(query).ids) {
        const people::HouseholdSummary* summary = m_index->summary(id);
        if (!summary || summary->status == u"closed"_s)
            continue;
        QString label = summary->chosenName;
        const QString where = summary->street.isEmpty() ? summary->meetingPoint : summary->street;
        if (!where.isEmpty() || !summary->postalCode.isEmpty())
            label += u" — "_s + QStringList{where, summary->postalCode}.join(u' ').trimmed();
        if (onDay.contains(id))
            label += u"  "_s + tr("(already on this day)");
        else if (summary->status != u"active"_s)
            label += u"  "_s + tr("(paused)");
        auto* item = new QStandardItem(label);
        item->setData(id, RunRole::StopId);
        item->setEnabled(!onDay.contains(id));
        m_matches->appendRow(item);
    }
    if (m_matches->rowCount() == 0)
        return;
    m_completer->complete();
    // Enter takes the first household that can be added.
    for (int row = 0; row < m_matches->rowCount(); ++row)
        if (m_matches->item(row)->isEnabled()) {
            m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(row, 0));
            break;
        }
}

void DistributionPage::addFirstMatch() {
    if (m_search->text().trimmed().isEmpty())
        return;
    searchHouseholds(m_search->text());
    for (int row = 0; row < m_matches->rowCount(); ++row) {
        QStandardItem* item = m_matches->item(row);
        if (item->isEnabled()) {
            if (addHousehold(item->data(RunRole::StopId).toString())) {
                m_completer->popup()->hide();
                m_search->clear();
            }
            return;
        }
    }
    say(tr("No household to add matches \"%1\". Check the spelling, or add the household on the "
           "Households page first.")
            .arg(m_search->text()),
        true);
}

} // namespace larder::ui
