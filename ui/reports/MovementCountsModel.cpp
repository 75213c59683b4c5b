// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reports/MovementCountsModel.h"

#include "core/storage/Store.h"
#include "ui/common/Labels.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace larder::ui {

MovementCountsModel::MovementCountsModel(Store& store, int days, QObject* parent)
    : RowTableModel(parent)
    , m_store(store)
    , m_days(days) {
    watch(store, {u"stock_movements"_s});
    reload();
}

int MovementCountsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_counts.size());
}

int MovementCountsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MovementCountsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const inventory::MovementKindCount& count = m_counts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Kind:
            return Labels::movementKind(count.kind);
        case Movements:
            return QLocale().toString(count.movements);
        case Items:
            return QLocale().toString(count.items);
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() != Kind)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant MovementCountsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole && section != Kind)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RowTableModel::headerData(section, orientation, role);
    switch (section) {
    case Kind:
        return tr("Kind of movement");
    case Movements:
        return tr("Movements");
    case Items:
        return tr("Different items");
    }
    return {};
}

void MovementCountsModel::reload() {
    const QDate since = Labels::today(m_store).addDays(-m_days);
    replaceRows(m_counts, inventory::Inventory(m_store).movementCounts(since),
                [](const inventory::MovementKindCount& count) { return count.kind; });
}

} // namespace larder::ui
