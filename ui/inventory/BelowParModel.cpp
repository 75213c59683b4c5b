// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inventory/BelowParModel.h"

#include "core/storage/Store.h"
#include "ui/common/Labels.h"
#include "ui/common/Palette.h"

#include <QBrush>
#include <QSet>

using namespace Qt::StringLiterals;

namespace larder::ui {

BelowParModel::BelowParModel(Store& store, QObject* parent)
    : RowTableModel(parent)
    , m_store(store) {
    watch(m_store, {u"items"_s, u"stock_movements"_s, u"stock_on_hand"_s});
    reload();
}

int BelowParModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_items.size());
}

int BelowParModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BelowParModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const inventory::ItemTotal& item = m_items.at(index.row());
    const int column = index.column();
    const qint64 shortBy = item.parLevel - item.onHand;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Item:
            return item.name;
        case Category:
            return Labels::category(item.category);
        case OnHand:
            return item.onHand < 0
                       ? tr("%1 — below zero").arg(Labels::quantity(item.onHand, item.unit))
                       : Labels::quantity(item.onHand, item.unit);
        case Par:
            return Labels::quantity(item.parLevel, item.unit);
        case Short:
            return Labels::quantity(shortBy, item.unit);
        }
        break;
    case StockRole::Sort:
        switch (column) {
        case Item:
            return item.name;
        case Category:
            return Labels::category(item.category);
        case OnHand:
            return item.onHand;
        case Par:
            return item.parLevel;
        case Short:
            return shortBy;
        }
        break;
    case StockRole::ItemId:
        return item.itemId;
    case Qt::TextAlignmentRole:
        if (column >= OnHand)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (column == OnHand)
            return QBrush(Palette::warning());
        break;
    case Qt::ToolTipRole:
        if (column == Par)
            return tr("Par: the amount the pantry aims to keep on the shelf.");
        if (column == Item && m_opensHistory)
            return tr("Enter or double-click: the history of %1").arg(item.name);
        break;
    default:
        break;
    }
    return {};
}

QVariant BelowParModel::headerData(int section, Qt::Orientation orientation, int role) const {
    return columnHeader(section, orientation, role,
                        {tr("Item"), tr("Category"), tr("On hand"), tr("Par"), tr("Short by")},
                        {OnHand, Par, Short});
}

void BelowParModel::reload() {
    QList<inventory::ItemTotal> items = inventory::Inventory(m_store).belowPar();
    // The emptiest first (relative to par), then by name.
    std::stable_sort(items.begin(), items.end(), [](const auto& a, const auto& b) {
        return a.onHand * b.parLevel < b.onHand * a.parLevel;
    });
    replaceRows(m_items, std::move(items), [](const inventory::ItemTotal& t) { return t.itemId; });
}

} // namespace larder::ui
