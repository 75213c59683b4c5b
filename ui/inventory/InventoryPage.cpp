// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inventory/InventoryPage.h"

#include "core/storage/Store.h"
#include "ui/common/CsvImportDialog.h"
#include "ui/common/Labels.h"
#include "ui/common/Palette.h"
#include "ui/inventory/BelowParModel.h"
#include "ui/inventory/CountPanel.h"
#include "ui/inventory/IntakeForm.h"
#include "ui/inventory/ItemHistoryDialog.h"
#include "ui/inventory/LotsModel.h"
#include "ui/inventory/StockModel.h"
#include "ui/inventory/StockUndoCommand.h"
#include "ui/inventory/SuppliersDialog.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QShowEvent>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace larder::ui {

namespace {

using Action = StockActionDialog::Action;

QString describe(const Error& error) {
    return error.hint.isEmpty() ? error.message : error.message + u' ' + error.hint;
}

QSortFilterProxyModel* sortingProxy(QAbstractItemModel* model, QObject* parent) {
    auto* proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(StockRole::Sort);
    proxy->setSortLocaleAware(true);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterKeyColumn(-1);
    proxy->setFilterRole(Qt::DisplayRole);
    return proxy;
}

QLabel* emptyNote(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    label->setStyleSheet(Palette::textStyle(Palette::mutedText()) + u" padding: 16px 0;"_s);
    return label;
}

// A tab's panel: its widgets in a column (its layout()), a little below the tab bar.
QWidget* tabPanel(QWidget* tabs, const QString& name) {
    auto* panel = new QWidget(tabs);
    panel->setObjectName(name);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(8);
    return panel;
}

} // namespace

QString InventoryPage::pageTitle() {
    return tr("Inventory");
}

InventoryPage::InventoryPage(Store& store, QWidget* parent)
    : Page(store, pageTitle(),
           tr("Receive stock, see what is on the shelves and what to give out first, and count. "
              "Every change is a recorded movement, so every number can be traced; Ctrl+Z "
              "undoes the last one."),
           parent) {
    m_undo = new QUndoStack(this);
    buildActions();

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"inventoryTabs"_s);
    m_tabs->setDocumentMode(true);
    m_intake = new IntakeForm(store, *m_undo, m_tabs);
    m_tabs->addTab(m_intake, tr("&Intake"));
    m_tabs->addTab(buildOnHand(), tr("&On hand"));
    m_tabs->addTab(buildUseFirst(), tr("&Use first"));
    m_tabs->addTab(buildBelowPar(), tr("Belo&w par"));
    m_counts = new CountPanel(store, m_tabs);
    m_tabs->addTab(m_counts, tr("&Counts"));

    // Undo and redo, on every tab.
    auto* corner = new QWidget(m_tabs);
    auto* cornerLayout = new QHBoxLayout(corner);
    cornerLayout->setContentsMargins(0, 0, 0, 4);
    for (QAction* action : {m_undoAction, m_redoAction}) {
        auto* button = new QToolButton(corner);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setObjectName(action == m_undoAction ? u"undoButton"_s : u"redoButton"_s);
        cornerLayout->addWidget(button);
    }
    m_importItems = new QAction(tr("Import items from CSV…"), this);
    m_importItems->setObjectName(u"importItemsAction"_s);
    m_importItems->setToolTip(tr("Add or update catalog items from a spreadsheet's CSV file"));
    connect(m_importItems, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import items from a spreadsheet"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("CSV files (*.csv *.txt);;All files (*)"));
        if (path.isEmpty())
            return;
        CsvImportDialog* dialog = createItemImportDialog();
        dialog->setFile(path);
        dialog->open();
    });
    auto* importButton = new QToolButton(corner);
    importButton->setDefaultAction(m_importItems);
    importButton->setObjectName(u"importItems"_s);
    cornerLayout->insertWidget(0, importButton);
    m_tabs->setCornerWidget(corner, Qt::TopRightCorner);
    body()->addWidget(m_tabs, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(u"inventoryStatus"_s);
    m_status->setWordWrap(true);
    body()->addWidget(m_status);

    addAction(m_undoAction);
    addAction(m_redoAction);
    const auto updateTips = [this] {
        m_undoAction->setToolTip(m_undo->canUndo() ? tr("Undo: %1 (Ctrl+Z)").arg(m_undo->undoText())
                                                   : tr("Nothing to undo (Ctrl+Z)"));
        m_redoAction->setToolTip(m_undo->canRedo()
                                     ? tr("Redo: %1 (Ctrl+Shift+Z)").arg(m_undo->redoText())
                                     : tr("Nothing to redo (Ctrl+Shift+Z)"));
    };
    connect(m_undo, &QUndoStack::indexChanged, this, updateTips);
    updateTips();

    connect(m_intake, &IntakeForm::historyRequested, this, &InventoryPage::showHistory);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        m_status->clear();
        updateOnScreen();
        focusContent();
    });
    connect(m_counts, &CountPanel::openCountsChanged, this, &InventoryPage::updateTabTitles);
    for (QAbstractItemModel* model :
         QList<QAbstractItemModel*>{m_useFirst, m_belowPar, m_lots, m_model}) {
        connect(model, &QAbstractItemModel::modelReset, this, &InventoryPage::updateTabTitles);
        connect(model, &QAbstractItemModel::rowsInserted, this, &InventoryPage::updateTabTitles);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &InventoryPage::updateTabTitles);
        connect(model, &QAbstractItemModel::dataChanged, this, &InventoryPage::updateOnHandInfo);
    }
    updateTabTitles();
    m_tabs->setCurrentIndex(IntakeTab);
    updateOnScreen();
}

void InventoryPage::showEvent(QShowEvent* event) {
    Page::showEvent(event);
    updateOnScreen();
}

void InventoryPage::hideEvent(QHideEvent* event) {
    Page::hideEvent(event);
    updateOnScreen();
}

void InventoryPage::updateOnScreen() {
    const bool shown = isVisible();
    const int tab = m_tabs->currentIndex();
    // Both On hand views: the by-lot lines also feed the below-zero banner.
    m_model->setOnScreen(shown && tab == OnHandTab);
    m_lots->setOnScreen(shown && tab == OnHandTab);
    m_useFirst->setOnScreen(shown && tab == UseFirstTab);
    m_belowPar->setOnScreen(shown && tab == BelowParTab);
}

InventoryPage::~InventoryPage() {
    // Commands refer to the page's models through callbacks: drop them first.
    m_undo->clear();
}

void InventoryPage::buildActions() {
    const struct {
        Action action;
        QString text;
        QKeySequence key;
        QString tip;
    } defs[] = {
        {Action::GiveOut, tr("&Give out…"), QKeySequence(Qt::CTRL | Qt::Key_G),
         tr("Give some to a walk-in visitor; the oldest dates go first (Ctrl+G).")},
        {Action::Dispose, tr("Throw &away…"), QKeySequence(Qt::CTRL | Qt::Key_D),
         tr("Record stock thrown away: spoiled, past its date, damaged, recalled (Ctrl+D).")},
        {Action::Move, tr("&Move…"), QKeySequence(Qt::CTRL | Qt::Key_M),
         tr("Move stock to another place (Ctrl+M).")},
        {Action::Return, tr("Re&turn undelivered…"), QKeySequence(Qt::CTRL | Qt::Key_R),
         tr("Put undelivered boxes back on the shelf, into their lot (Ctrl+R).")},
    };
    for (const auto& def : defs) {
        auto* action = new QAction(def.text, this);
        action->setShortcut(def.key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(def.tip);
        action->setObjectName(u"action%1"_s.arg(int(def.action)));
        const Action which = def.action;
        connect(action, &QAction::triggered, this,
                [this, which] { startAction(which, currentRow()); });
        m_outActions.append(action);
    }
    m_historyAction = new QAction(tr("&History"), this);
    m_historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_historyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_historyAction->setToolTip(
        tr("Every movement of this item: when, who, where, why (Enter, Ctrl+H)."));
    connect(m_historyAction, &QAction::triggered, this, [this] {
        const QModelIndex row = currentRow();
        if (!row.isValid()) {
            say(tr("Choose a line first."), true);
            return;
        }
        showHistory(row.data(StockRole::ItemId).toString());
    });

    m_undoAction = new QAction(tr("Undo"), this);
    m_undoAction->setObjectName(u"undoAction"_s);
    m_undoAction->setShortcuts(QKeySequence::Undo);
    m_undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_undoAction, &QAction::triggered, this, &InventoryPage::undo);
    m_redoAction = new QAction(tr("Redo"), this);
    m_redoAction->setObjectName(u"redoAction"_s);
    m_redoAction->setShortcuts(QKeySequence::Redo);
    m_redoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_redoAction, &QAction::triggered, this, &InventoryPage::redo);
}

QAction* InventoryPage::action(StockActionDialog::Action action) const {
    return m_outActions.value(int(action));
}

QTableView* InventoryPage::stockView(QAbstractItemModel* model, const QString& name,
                                     QWidget* parent) {
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        showHistory(index.data(StockRole::ItemId).toString());
    });
    connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint& at) {
        const QModelIndex index = view->indexAt(at);
        if (!index.isValid())
            return;
        view->setCurrentIndex(index);
        QMenu menu(view);
        if (view != m_belowParView)
            menu.addActions(m_outActions);
        menu.addSeparator();
        menu.addAction(m_historyAction);
        menu.exec(view->viewport()->mapToGlobal(at));
    });
    return view;
}

QWidget* InventoryPage::actionBar(QWidget* parent) {
    auto* bar = new QWidget(parent);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    QList<QAction*> actions = m_outActions;
    actions.append(m_historyAction);
    for (QAction* action : std::as_const(actions)) {
        // The text without its menu mnemonic (Alt+G and Alt+H belong to the menus); the
        // shortcut is in the tooltip.
        auto* button = new QPushButton(QString(action->text()).remove(u'&'), bar);
        button->setObjectName(action->objectName().isEmpty() ? u"historyButton"_s
                                                             : action->objectName() + u"Button"_s);
        button->setToolTip(action->toolTip());
        button->setFocusPolicy(Qt::TabFocus);
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        layout->addWidget(button);
        if (action == m_outActions.constLast())
            layout->addSpacing(12);
    }
    layout->addStretch(1);
    auto* suppliers = new QPushButton(tr("Suppliers…"), bar);
    suppliers->setObjectName(u"suppliersButton"_s);
    suppliers->setToolTip(tr("Where the food comes from: names, pickup days, addresses and "
                             "contacts for collection days."));
    suppliers->setFocusPolicy(Qt::TabFocus);
    connect(suppliers, &QPushButton::clicked, this, [this] {
        SuppliersDialog dialog(store(), this);
        dialog.exec();
    });
    layout->addWidget(suppliers);
    parent->addActions(actions);
    return bar;
}

QWidget* InventoryPage::buildOnHand() {
    QWidget* panel = tabPanel(m_tabs, u"onHandPanel"_s);
    auto* layout = static_cast<QVBoxLayout*>(panel->layout());

    m_model = new StockModel(store(), this);
    m_model->setObjectName(u"stockModel"_s);
    m_proxy = sortingProxy(m_model, this);
    m_proxy->setObjectName(u"stockProxy"_s);
    m_lots = new LotsModel(store(), LotsModel::Mode::OnHand, this);
    m_lots->setObjectName(u"lotsModel"_s);
    m_lotsProxy = sortingProxy(m_lots, this);
    m_lotsProxy->setObjectName(u"lotsProxy"_s);

    auto* bar = new QHBoxLayout;
    m_search = new QLineEdit(panel);
    m_search->setObjectName(u"inventorySearch"_s);
    m_search->setPlaceholderText(tr("Search items, categories or places (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(320);
    m_search->setAccessibleName(tr("Search inventory"));
    bar->addWidget(m_search);
    bar->addSpacing(12);
    m_byItem = new QToolButton(panel);
    m_byItem->setText(tr("By item"));
    m_byItem->setObjectName(u"byItem"_s);
    m_byItem->setToolTip(tr("One line for each item, with all of it on hand."));
    m_byLot = new QToolButton(panel);
    m_byLot->setText(tr("By place and date"));
    m_byLot->setObjectName(u"byLot"_s);
    m_byLot->setToolTip(tr("Every lot on every shelf, with its use-by date."));
    auto* group = new QButtonGroup(panel);
    for (QAbstractButton* button : {m_byItem, m_byLot}) {
        button->setCheckable(true);
        group->addButton(button);
        bar->addWidget(button);
    }
    m_byItem->setChecked(true);
    bar->addSpacing(12);
    m_count = new QLabel(panel);
    bar->addWidget(m_count, 1);
    layout->addLayout(bar);

    m_negativeBanner = new QLabel(panel);
    m_negativeBanner->setObjectName(u"negativeBanner"_s);
    m_negativeBanner->setWordWrap(true);
    m_negativeBanner->setTextFormat(Qt::RichText);
    const Palette::Banner danger = Palette::danger();
    m_negativeBanner->setStyleSheet(
        u"QLabel#negativeBanner { background: %1; color: %2; border: "
        u"1px solid %3; border-radius: 4px; padding: 6px 10px; }"_s.arg(
            danger.background.name(), danger.text.name(), danger.border.name()));
    m_negativeBanner->hide();
    layout->addWidget(m_negativeBanner);
    connect(m_negativeBanner, &QLabel::linkActivated, this, [this] {
        showByLot(true);
        m_lotsView->sortByColumn(LotsModel::Quantity, Qt::AscendingOrder);
        m_lotsView->scrollToTop();
    });

    auto* find = new QAction(panel);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_search, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    panel->addAction(find);

    auto* views = new QStackedWidget(panel);
    views->setObjectName(u"onHandViews"_s);
    m_view = stockView(m_proxy, u"inventoryView"_s, views);
    m_view->setAccessibleName(tr("Stock by item"));
    m_view->setAccessibleDescription(
        tr("Every item with what is on hand; Enter shows the item's history."));
    m_view->sortByColumn(StockModel::Item, Qt::AscendingOrder);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(StockModel::Item, QHeaderView::Stretch);
    header->resizeSection(StockModel::Category, 180);
    header->resizeSection(StockModel::OnHand, 150);
    header->resizeSection(StockModel::Par, 100);
    header->resizeSection(StockModel::NextExpiry, 220);
    m_lotsView = stockView(m_lotsProxy, u"lotsView"_s, views);
    m_lotsView->setAccessibleName(tr("Stock by place and date"));
    m_lotsView->setAccessibleDescription(
        tr("Every lot on every shelf with its use-by date; Enter shows the item's history."));
    m_lotsView->sortByColumn(LotsModel::Item, Qt::AscendingOrder);
    header = m_lotsView->horizontalHeader();
    header->setSectionResizeMode(LotsModel::Item, QHeaderView::Stretch);
    header->resizeSection(LotsModel::Category, 150);
    header->resizeSection(LotsModel::Location, 250);
    header->resizeSection(LotsModel::Expiry, 200);
    header->resizeSection(LotsModel::Quantity, 150);
    views->addWidget(m_view);
    views->addWidget(m_lotsView);
    layout->addWidget(views, 1);
    layout->addWidget(actionBar(panel));

    connect(m_byLot, &QAbstractButton::toggled, this, [this, views](bool byLot) {
        views->setCurrentIndex(byLot ? 1 : 0);
        updateOnHandInfo();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        m_lotsProxy->setFilterFixedString(text);
        updateOnHandInfo();
    });
    // Down from the search box goes to the list, so the keyboard never has to leave the keys.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        QTableView* view = showingByLot() ? m_lotsView : m_view;
        if (view->model()->rowCount() > 0) {
            view->setFocus(Qt::OtherFocusReason);
            view->selectRow(0);
        }
    });
    updateOnHandInfo();
    return panel;
}

QWidget* InventoryPage::buildUseFirst() {
    QWidget* panel = tabPanel(m_tabs, u"useFirstPanel"_s);
    auto* layout = static_cast<QVBoxLayout*>(panel->layout());
    m_useFirst = new LotsModel(store(), LotsModel::Mode::UseFirst, this);
    m_useFirst->setObjectName(u"useFirstModel"_s);
    m_useFirstProxy = sortingProxy(m_useFirst, this);
    m_useFirstLead = new QLabel(panel);
    m_useFirstLead->setWordWrap(true);
    layout->addWidget(m_useFirstLead);
    m_useFirstView = stockView(m_useFirstProxy, u"useFirstView"_s, panel);
    m_useFirstView->setAccessibleName(tr("Use first"));
    m_useFirstView->setAccessibleDescription(
        tr("Lots to give out first, the soonest to expire at the top; Enter shows the item's "
           "history."));
    m_useFirstView->setColumnHidden(LotsModel::Category, true);
    m_useFirstView->sortByColumn(LotsModel::Expiry, Qt::AscendingOrder);
    QHeaderView* header = m_useFirstView->horizontalHeader();
    header->setSectionResizeMode(LotsModel::Item, QHeaderView::Stretch);
    header->resizeSection(LotsModel::Location, 250);
    header->resizeSection(LotsModel::Expiry, 220);
    header->resizeSection(LotsModel::Quantity, 150);
    layout->addWidget(m_useFirstView, 1);
    m_useFirstEmpty = emptyNote(panel);
    layout->addWidget(m_useFirstEmpty, 1);
    layout->addWidget(actionBar(panel));
    return panel;
}

QWidget* InventoryPage::buildBelowPar() {
    QWidget* panel = tabPanel(m_tabs, u"belowParPanel"_s);
    auto* layout = static_cast<QVBoxLayout*>(panel->layout());
    m_belowPar = new BelowParModel(store(), this);
    m_belowPar->setObjectName(u"belowParModel"_s);
    auto* lead = new QLabel(tr("Items with less on hand than the pantry aims to keep (their par "
                               "level), the emptiest first: what to ask suppliers and drives "
                               "for."),
                            panel);
    lead->setWordWrap(true);
    layout->addWidget(lead);
    auto* proxy = sortingProxy(m_belowPar, this);
    m_belowParView = stockView(proxy, u"belowParView"_s, panel);
    m_belowParView->setAccessibleName(tr("Below par"));
    m_belowParView->setAccessibleDescription(
        tr("Items with less on hand than their par level, the emptiest first; Enter shows the "
           "item's history."));
    m_belowParView->setSortingEnabled(false); // the model's order: emptiest first
    QHeaderView* header = m_belowParView->horizontalHeader();
    header->setSectionResizeMode(BelowParModel::Item, QHeaderView::Stretch);
    header->resizeSection(BelowParModel::Category, 180);
    header->resizeSection(BelowParModel::OnHand, 150);
    header->resizeSection(BelowParModel::Par, 110);
    header->resizeSection(BelowParModel::Short, 110);
    layout->addWidget(m_belowParView, 1);
    m_belowParEmpty = emptyNote(panel);
    m_belowParEmpty->setText(tr("Every item is at or above its par level."));
    layout->addWidget(m_belowParEmpty, 1);
    auto* history = new QPushButton(tr("History"), panel);
    history->setObjectName(u"belowParHistory"_s);
    history->setToolTip(m_historyAction->toolTip());
    connect(history, &QPushButton::clicked, m_historyAction, &QAction::trigger);
    auto* row = new QHBoxLayout;
    row->addWidget(history);
    row->addStretch(1);
    layout->addLayout(row);
    panel->addAction(m_historyAction);
    return panel;
}

void InventoryPage::updateTabTitles() {
    const int useFirst = m_useFirst->rowCount();
    const int expired = m_useFirst->expiredCount();
    m_tabs->setTabText(UseFirstTab,
                       useFirst > 0 ? tr("&Use first (%1)").arg(useFirst) : tr("&Use first"));
    m_tabs->setTabText(BelowParTab, m_belowPar->rowCount() > 0
                                        ? tr("Belo&w par (%1)").arg(m_belowPar->rowCount())
                                        : tr("Belo&w par"));
    const int open = m_counts->openCountTotal();
    m_tabs->setTabText(CountsTab, open > 0 ? tr("&Counts (%n open)", "", open) : tr("&Counts"));
    m_useFirstLead->setText(
        tr("Lots that expire within %n days, and lots already past their date, soonest first. "
           "Give these out first; throw away what has spoiled (Ctrl+D). The number of days is "
           "set on the Settings page.",
           "", m_useFirst->withinDays()) +
        (expired > 0 ? u' ' + tr("<b>%n are past their date.</b>", "", expired) : QString()));
    m_useFirstEmpty->setText(
        tr("Nothing on the shelves expires within %n days.", "", m_useFirst->withinDays()));
    m_useFirstView->setVisible(useFirst > 0);
    m_useFirstEmpty->setVisible(useFirst == 0);
    m_belowParView->setVisible(m_belowPar->rowCount() > 0);
    m_belowParEmpty->setVisible(m_belowPar->rowCount() == 0);
    updateOnHandInfo();
}

void InventoryPage::updateOnHandInfo() {
    if (!m_count || !m_lots)
        return;
    const bool byLot = showingByLot();
    const int shown = byLot ? m_lotsProxy->rowCount() : m_proxy->rowCount();
    const int all = byLot ? m_lots->rowCount() : m_model->rowCount();
    QString text;
    if (byLot)
        text =
            shown == all ? tr("%n lines", "", all) : tr("%1 of %n lines match", "", all).arg(shown);
    else
        text =
            shown == all ? tr("%n items", "", all) : tr("%1 of %n items match", "", all).arg(shown);
    const int low = m_model->belowParCount();
    if (low > 0 && !byLot)
        text += u" · "_s + tr("%n below par (in red)", "", low);
    m_count->setText(text);
    const int negative = m_lots->negativeCount();
    m_negativeBanner->setVisible(negative > 0);
    if (negative > 0)
        m_negativeBanner->setText(
            tr("<b>%n lines show less than zero.</b> More went out than was recorded coming in "
               "(or a sync brought both sides). Count those shelves to set them right. "
               "<a href=\"show\">Show them</a>",
               "", negative));
}

void InventoryPage::showTab(Tab tab) {
    m_tabs->setCurrentIndex(tab);
}

void InventoryPage::showByLot(bool byLot) {
    (byLot ? m_byLot : m_byItem)->setChecked(true);
}

bool InventoryPage::showingByLot() const {
    return m_byLot && m_byLot->isChecked();
}

void InventoryPage::focusContent() {
    switch (m_tabs->currentIndex()) {
    case IntakeTab:
        m_intake->focusItem();
        break;
    case OnHandTab:
        m_search->setFocus(Qt::OtherFocusReason);
        break;
    case UseFirstTab:
        m_useFirstView->setFocus(Qt::OtherFocusReason);
        break;
    case BelowParTab:
        m_belowParView->setFocus(Qt::OtherFocusReason);
        break;
    case CountsTab:
        if (m_counts->isShowingCount())
            m_counts->view()->setFocus(Qt::OtherFocusReason);
        else
            m_counts->scopeBox()->setFocus(Qt::OtherFocusReason);
        break;
    }
}

QModelIndex InventoryPage::currentRow() const {
    QTableView* view = nullptr;
    switch (m_tabs->currentIndex()) {
    case IntakeTab:
        view = m_intake->lastEntriesView();
        break;
    case OnHandTab:
        view = showingByLot() ? m_lotsView : m_view;
        break;
    case UseFirstTab:
        view = m_useFirstView;
        break;
    case BelowParTab:
        view = m_belowParView;
        break;
    default:
        return {};
    }
    const QModelIndex current = view->currentIndex();
    if (current.isValid())
        return current;
    const QModelIndexList selected = view->selectionModel()->selectedRows();
    return selected.isEmpty() ? QModelIndex() : selected.constFirst();
}

void InventoryPage::say(const QString& text, bool error) {
    if (m_tabs->currentIndex() == IntakeTab) {
        m_intake->showStatus(text, error);
        m_status->clear();
        return;
    }
    m_status->setText(text);
    m_status->setStyleSheet(Palette::textStyle(error ? Palette::warning() : Palette::ok()));
}

QString InventoryPage::status() const {
    return m_tabs->currentIndex() == IntakeTab ? m_intake->status() : m_status->text();
}

StockActionDialog* InventoryPage::startAction(StockActionDialog::Action action,
                                              const QModelIndex& row) {
    if (!row.isValid()) {
        say(tr("Choose a line first."), true);
        return nullptr;
    }
    if (m_actionDialog)
        m_actionDialog->close();
    auto* dialog = new StockActionDialog(
        store(), action, row.data(StockRole::ItemId).toString(),
        row.data(StockRole::LotId).toString(), row.data(StockRole::LocationId).toString(),
        [this](const StockActionDialog::Request& request) { return perform(request); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_actionDialog = dialog;
    // Back to this window afterwards, so Ctrl+Z is at hand at once.
    connect(dialog, &QDialog::finished, this, [this] { window()->activateWindow(); });
    dialog->open();
    return dialog;
}

QString InventoryPage::perform(const StockActionDialog::Request& request) {
    const QString amount = Labels::quantity(request.quantity, request.unit);
    QString text;
    StockUndoCommand::Post post;
    Store* s = &store();
    switch (request.action) {
    case Action::GiveOut:
        text = tr("give out %1 × %2").arg(amount, request.itemName);
        post = [s, request] {
            return inventory::Inventory(*s).distribute(request.itemId, request.quantity,
                                                       request.fromLocationId);
        };
        break;
    case Action::Dispose:
        text = tr("throw away %1 × %2").arg(amount, request.itemName);
        post = [s, request] {
            return inventory::Inventory(*s).dispose(request.itemId, request.lotId,
                                                    request.fromLocationId, request.quantity,
                                                    request.reason, request.note);
        };
        break;
    case Action::Move:
        text = tr("move %1 × %2").arg(amount, request.itemName);
        post = [s, request] {
            return inventory::Inventory(*s).move(request.itemId, request.lotId,
                                                 request.fromLocationId, request.toLocationId,
                                                 request.quantity);
        };
        break;
    case Action::Return:
        text = tr("return %1 × %2").arg(amount, request.itemName);
        post = [s, request] {
            return inventory::Inventory(*s).returnStock(request.itemId, request.lotId,
                                                        request.toLocationId, request.quantity);
        };
        break;
    }
    auto* command =
        new StockUndoCommand(store(), text, post, u"undo"_s, {},
                             [this](const Error& error) { say(describe(error), true); });
    const auto outcome = command->outcome();
    m_undo->push(command);
    if (!outcome->ok)
        return describe(outcome->error);
    say(tr("Done: %1. Ctrl+Z undoes it.").arg(text), false);
    return {};
}

void InventoryPage::undo() {
    if (!m_undo->canUndo()) {
        say(tr("Nothing to undo on this page."), false);
        return;
    }
    const QString what = m_undo->undoText();
    const int before = m_undo->count();
    m_undo->undo();
    // A command that could not be undone drops itself and has said why.
    if (m_undo->count() < before)
        return;
    say(tr("Undone: %1. Ctrl+Shift+Z does it again.").arg(what), false);
}

void InventoryPage::redo() {
    if (!m_undo->canRedo()) {
        say(tr("Nothing to redo."), false);
        return;
    }
    const QString what = m_undo->redoText();
    const int before = m_undo->count();
    m_undo->redo();
    if (m_undo->count() < before)
        return;
    say(tr("Done again: %1. Ctrl+Z undoes it.").arg(what), false);
}

CsvImportDialog* InventoryPage::createItemImportDialog() {
    auto* dialog = new CsvImportDialog(store(), io::ImportKind::Items, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CsvImportDialog::imported, this, [this](const io::ImportReport& report) {
        say(tr("Items imported: %1 added, %2 updated, %3 unchanged.")
                .arg(report.added)
                .arg(report.updated)
                .arg(report.unchanged),
            false);
    });
    return dialog;
}

void InventoryPage::showHistory(const QString& itemId) {
    if (itemId.isEmpty())
        return;
    if (m_history)
        m_history->close();
    auto* dialog = new ItemHistoryDialog(store(), itemId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_history = dialog;
    connect(dialog, &QDialog::finished, this, [this] { window()->activateWindow(); });
    dialog->open();
}

} // namespace larder::ui
