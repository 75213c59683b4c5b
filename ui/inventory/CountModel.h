// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/inventory/Inventory.h"
#include "ui/common/RowTableModel.h"

namespace larder {
class Store;
}

namespace larder::ui {

// The lines of one stock count (Inventory::count): location, item, lot, what the books expect
// now, the counted quantity — editable while the count is open, saved at once through
// Inventory::enterCounted, empty meaning "not counted" — and the difference, which follows as
// soon as a number is typed. Reloads on Store::changed (its own edits arrive that way too),
// keeping the rows in place so typing down the column is never interrupted.
class CountModel : public RowTableModel {
    Q_OBJECT

public:
    enum Column { Location, Item, Lot, Expected, Counted, Difference, ColumnCount };

    CountModel(Store& store, const QString& countId, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    QString countId() const { return m_countId; }
    const inventory::StockCount& count() const { return m_count; }
    bool isOpen() const { return m_count.status == u"open"; }
    const inventory::CountLine& lineAt(int row) const { return m_count.lines.at(row); }
    int countedLines() const;
    // Counted lines whose number differs from what is on hand: what confirming will post.
    int differences() const;
    QString lastError() const { return m_lastError; }

    void reload() override;

Q_SIGNALS:
    // A typed number was refused; `message` says why.
    void refused(const QString& message);

private:
    Store& m_store;
    QString m_countId;
    inventory::StockCount m_count;
    QString m_lastError;
};

} // namespace larder::ui
