// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/inventory/Inventory.h"
#include "ui/common/RowTableModel.h"

#include <QDate>

namespace larder {
class Store;
}

namespace larder::ui {

// The intake lines recorded on this screen since it opened, newest first: time, item, quantity,
// use-by date, location, who, and whether the line stands or was undone. The list holds only
// ledger row ids; what it shows is read back from the ledger (Inventory::movement) and re-read on
// Store::changed, so an undo anywhere shows here as "Undone". Session-only: a new shift starts
// with an empty list.
class LastEntriesModel : public RowTableModel {
    Q_OBJECT

public:
    enum Column { Time, Item, Quantity, Expiry, Location, Who, Status, ColumnCount };

    explicit LastEntriesModel(Store& store, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // A receipt just posted (movement id), and what the volunteer typed for the quantity.
    void addEntry(const QString& movementId, const QString& typedQuantity);
    // The same entry posted again (redo after undo): follow it to its new ledger row.
    void replaceEntry(const QString& oldMovementId, const QString& newMovementId);
    const inventory::MovementRow& movementAt(int row) const { return m_entries.at(row).row; }
    bool isUndone(int row) const { return m_entries.at(row).row.reversed; }

    void reload() override;

private:
    struct Entry {
        inventory::MovementRow row;
        QString typed;
        QString unit;
    };
    Entry read(const QString& movementId, const QString& typed) const;

    Store& m_store;
    QDate m_today;
    QList<Entry> m_entries;
};

} // namespace larder::ui
