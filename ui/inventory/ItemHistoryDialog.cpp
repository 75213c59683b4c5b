// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inventory/ItemHistoryDialog.h"

#include "core/inventory/Inventory.h"
#include "core/storage/Store.h"
#include "ui/common/Labels.h"
#include "ui/inventory/MovementsModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace larder::ui {

ItemHistoryDialog::ItemHistoryDialog(Store& store, const QString& itemId, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_itemId(itemId) {
    setObjectName(u"itemHistoryDialog"_s);
    const auto item = inventory::Inventory(store).item(itemId);
    const QString name = item ? item->name : QString();
    setWindowTitle(tr("History: %1").arg(name));
    resize(1000, 560);

    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(name, this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);
    layout->addWidget(title);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"historySummary"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_model = new MovementsModel(store, itemId, this);
    m_model->setObjectName(u"movementsModel"_s);
    m_view = new QTableView(this);
    m_view->setObjectName(u"historyView"_s);
    m_view->setAccessibleName(tr("History: %1").arg(name));
    m_view->setAccessibleDescription(tr("The movements of this item's stock, newest first: when, "
                                        "what, how much, where, which lot, who, why and a note."));
    m_view->setModel(m_model);
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
    header->resizeSection(MovementsModel::When, 130);
    header->resizeSection(MovementsModel::What, 95);
    header->resizeSection(MovementsModel::Quantity, 75);
    header->resizeSection(MovementsModel::Where, 180);
    header->resizeSection(MovementsModel::Lot, 100);
    header->resizeSection(MovementsModel::Who, 100);
    header->resizeSection(MovementsModel::Why, 160);
    header->setStretchLastSection(true);
    layout->addWidget(m_view, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setToolTip(tr("Close this window."));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_model, &QAbstractItemModel::modelReset, this, &ItemHistoryDialog::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ItemHistoryDialog::updateSummary);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ItemHistoryDialog::updateSummary);
    updateSummary();
    m_view->setFocus(Qt::OtherFocusReason);
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
}

void ItemHistoryDialog::updateSummary() {
    const inventory::Inventory stock(m_store);
    const auto item = stock.item(m_itemId);
    const QString unit = item ? item->unit : QString();
    const qint64 onHand = stock.onHandTotal(m_itemId);
    QString text = tr("On hand now: %1.").arg(Labels::quantity(onHand, unit));
    if (onHand < 0)
        text += u' ' + tr("Below zero: count the shelves to set it right.");
    const int rows = m_model->rowCount();
    text += u' ' + (rows >= MovementsModel::Limit
                        ? tr("The newest %1 movements, newest first.").arg(rows)
                        : tr("%n movements, newest first. Nothing is ever edited: a correction "
                             "is a new movement.",
                             "", rows));
    m_summary->setText(text);
}

} // namespace larder::ui
