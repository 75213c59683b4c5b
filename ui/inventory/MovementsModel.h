// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/inventory/Inventory.h"
#include "ui/common/RowTableModel.h"

#include <QDate>

namespace larder {
class Store;
}

namespace larder::ui {

// The history of one item: every ledger movement, newest first (Inventory::history) — when, what
// happened, how much, where, which lot, who recorded it, why, and whether it was reversed later
// or is itself a correction. Nothing here is editable: a correction is a new movement. Reloads on
// Store::changed.
class MovementsModel : public RowTableModel {
    Q_OBJECT

public:
    enum Column { When, What, Quantity, Where, Lot, Who, Why, Status, ColumnCount };
    static constexpr int Limit = 1000; // the newest this many are shown

    MovementsModel(Store& store, const QString& itemId, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QString itemId() const { return m_itemId; }
    const inventory::MovementRow& movementAt(int row) const { return m_rows.at(row); }
    void reload() override;

private:
    QString statusText(const inventory::MovementRow& row) const;

    Store& m_store;
    QString m_itemId;
    QString m_unit;
    QDate m_today;
    QList<inventory::MovementRow> m_rows;
    QHash<QString, inventory::MovementRow> m_byId; // what a correction cancels
};

} // namespace larder::ui
