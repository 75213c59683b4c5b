// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/inventory/Inventory.h"
#include "ui/common/RowTableModel.h"

#include <QDate>

namespace larder {
class Store;
}

namespace larder::ui {

// The Today page's "use first": one row per lot on the shelf that expires within the pantry's
// warning days (settings::ExpiryWarningDays) or is already past its date, its places taken
// together (Inventory::expiringLots), soonest first. A short list: at most MaxRows rows.
class ExpiringLotsModel final : public RowTableModel {
    Q_OBJECT

public:
    enum Column { Item, Expiry, Quantity, Where, ColumnCount };
    static constexpr int MaxRows = 200;

    explicit ExpiringLotsModel(Store& store, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void reload() override;

private:
    Store& m_store;
    QDate m_today;
    QList<inventory::LotTotal> m_lots;
};

} // namespace larder::ui
