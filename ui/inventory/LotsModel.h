// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/inventory/Inventory.h"
#include "ui/common/RowTableModel.h"

#include <QDate>

namespace larder {
class Store;
}

namespace larder::ui {

// Stock on hand line by line — an item's lot at a location, with its expiry — over
// Inventory::onHand (Mode::OnHand) or Inventory::expiring (Mode::UseFirst: lots expiring within the
// "expiring within N days" setting, and those already past their date, soonest first). A line
// below zero is shown in the warning colour with words saying so, never hidden. Reloads on
// Store::changed, keeping rows that stay in place.
class LotsModel : public RowTableModel {
    Q_OBJECT

public:
    enum Column { Item, Category, Location, Expiry, Quantity, ColumnCount };
    enum class Mode { OnHand, UseFirst };

    LotsModel(Store& store, Mode mode, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    Mode mode() const { return m_mode; }
    const inventory::OnHand& lineAt(int row) const { return m_lines.at(row); }
    // Lines below zero; lines past their date (UseFirst); the horizon in days (UseFirst).
    int negativeCount() const;
    int expiredCount() const;
    int withinDays() const { return m_days; }

    void reload() override;

Q_SIGNALS:
    void reloaded();

private:
    Store& m_store;
    Mode m_mode;
    int m_days = 0;
    QDate m_today;
    QList<inventory::OnHand> m_lines;
};

} // namespace larder::ui
