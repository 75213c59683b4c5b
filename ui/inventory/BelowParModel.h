// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/inventory/Inventory.h"
#include "ui/common/RowTableModel.h"

namespace larder {
class Store;
}

namespace larder::ui {

// Items with less on hand than their par level (Inventory::belowPar), the emptiest first: what
// to ask suppliers and drives for. Reloads on Store::changed.
class BelowParModel final : public RowTableModel {
    Q_OBJECT

public:
    enum Column { Item, Category, OnHand, Par, Short, ColumnCount };

    explicit BelowParModel(Store& store, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void reload() override;

    // Whether the view showing the rows opens an item's history on Enter or double-click (the
    // Inventory page's does, Today's does not): the item's tooltip says so only when it does.
    void setOpensHistory(bool opens) { m_opensHistory = opens; }

private:
    Store& m_store;
    QList<inventory::ItemTotal> m_items;
    bool m_opensHistory = true;
};

} // namespace larder::ui
