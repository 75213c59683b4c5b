#include "InventoryPage.h"

#include "StockModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace larder::ui {

InventoryPage::InventoryPage(Store& store, QWidget* parent)
    : Page(store, tr("Inventory"),
           tr("What is on the shelves now, item by item. Stock changes only through recorded "
              "movements — received, distributed, counted — so every number can be traced."),
           parent) {
    m_model = new StockModel(store, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(StockModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // item name and category alike
    m_proxy->setFilterRole(Qt::DisplayRole);

    auto* bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"inventorySearch"_s);
    m_search->setPlaceholderText(tr("Search items or categories (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(320);
    m_search->setAccessibleName(tr("Search inventory"));
    bar->addWidget(m_search);
    bar->addSpacing(12);
    m_count = new QLabel(this);
    bar->addWidget(m_count, 1);
    body()->addLayout(bar);

    auto* find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_search, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);

    m_view = new QTableView(this);
    m_view->setObjectName(u"inventoryView"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(StockModel::Item, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    QHeaderView* header = m_view->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(StockModel::Item, QHeaderView::Stretch);
    header->resizeSection(StockModel::Category, 180);
    header->resizeSection(StockModel::OnHand, 120);
    header->resizeSection(StockModel::Par, 120);
    header->resizeSection(StockModel::NextExpiry, 220);
    body()->addWidget(m_view, 1);

    // Down from the search box goes to the list, so the keyboard never has to leave the keys.
    connect(m_search, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_search, &QLineEdit::returnPressed, m_view, [this] {
        if (m_proxy->rowCount() > 0) {
            m_view->setFocus(Qt::OtherFocusReason);
            m_view->selectRow(0);
        }
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &InventoryPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &InventoryPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &InventoryPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &InventoryPage::updateCount);
    updateCount();
}

void InventoryPage::updateCount() {
    const int shown = m_proxy->rowCount();
    const int all = m_model->rowCount();
    const int low = m_model->belowParCount();
    QString text =
        shown == all ? tr("%n items", "", all) : tr("%1 of %n items match", "", all).arg(shown);
    if (low > 0)
        text += u" · "_s + tr("%n below par (in red)", "", low);
    m_count->setText(text);
}

} // namespace larder::ui
