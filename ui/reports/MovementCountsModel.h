// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/inventory/Inventory.h"
#include "ui/common/RowTableModel.h"

namespace larder {
class Store;
}

namespace larder::ui {

// The stock ledger of the last `days` days by kind of movement: how many movements and for how
// many different items (Inventory::movementCounts), the most frequent first.
class MovementCountsModel final : public RowTableModel {
    Q_OBJECT

public:
    enum Column { Kind, Movements, Items, ColumnCount };

    MovementCountsModel(Store& store, int days, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void reload() override;

private:
    Store& m_store;
    int m_days;
    QList<inventory::MovementKindCount> m_counts;
};

} // namespace larder::ui
