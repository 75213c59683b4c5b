// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/today/ExpiringLotsModel.h"

#include "core/storage/Settings.h"
#include "core/storage/Store.h"
#include "ui/common/Labels.h"
#include "ui/common/Palette.h"

#include <QBrush>

using namespace Qt::StringLiterals;

namespace larder::ui {

ExpiringLotsModel::ExpiringLotsModel(Store& store, QObject* parent)
    : RowTableModel(parent)
    , m_store(store) {
    watch(store, {u"stock_on_hand"_s, u"lots"_s, u"items"_s, u"locations"_s, u"settings"_s});
    reload();
}

int ExpiringLotsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_lots.size());
}

int ExpiringLotsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExpiringLotsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const inventory::LotTotal& lot = m_lots.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Item:
            return lot.itemName;
        case Expiry:
            return lot.expiry ? Labels::expiry(*lot.expiry, m_today) : QString();
        case Quantity:
            return Labels::quantity(lot.quantity, lot.unit);
        case Where:
            return lot.locationNames.join(u", "_s);
        }
        break;
    case Qt::ToolTipRole:
        if (column == Item)
            return lot.itemName;
        break;
    case StockRole::ItemId:
        return lot.itemId;
    case StockRole::LotId:
        return lot.lotId;
    case Qt::TextAlignmentRole:
        if (column == Quantity)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (column == Expiry && lot.expiry && *lot.expiry <= m_today)
            return QBrush(Palette::warning());
        break;
    default:
        break;
    }
    return {};
}

QVariant ExpiringLotsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole && section == Quantity)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RowTableModel::headerData(section, orientation, role);
    switch (section) {
    case Item:
        return tr("Item");
    case Expiry:
        return tr("Use by");
    case Quantity:
        return tr("On hand");
    case Where:
        return tr("Where");
    }
    return {};
}

void ExpiringLotsModel::reload() {
    const int days = Settings(m_store).get(settings::ExpiryWarningDays);
    QList<inventory::LotTotal> lots = inventory::Inventory(m_store).expiringLots(days);
    if (lots.size() > MaxRows)
        lots.resize(MaxRows);
    m_today = Labels::today(m_store);
    replaceRows(m_lots, std::move(lots), [](const inventory::LotTotal& lot) { return lot.lotId; });
}

} // namespace larder::ui
