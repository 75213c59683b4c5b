// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/inventory/Inventory.h"
#include "ui/common/RowTableModel.h"

#include <QDate>
#include <QList>
#include <QString>

namespace larder {
class Store;
}

namespace larder::ui {

// Stock on hand per active catalog item: item, category, on hand, par level and the earliest
// expiry still on the shelf, as Inventory::totals gives them (from the on-hand aggregate that core
// keeps equal to the ledger); "below par" is ItemTotal::isBelowPar. A total below zero is shown in
// the warning colour with words saying so, never hidden. Reloads on Store::changed, keeping rows in
// place.
class StockModel final : public RowTableModel {
    Q_OBJECT

public:
    enum Column { Item, Category, OnHand, Par, NextExpiry, ColumnCount };
    // Raw values (numbers, ISO dates) for sorting, beside the formatted display text.
    static constexpr int SortRole = StockRole::Sort;
    // The item's id, for pages that act on a row.
    static constexpr int IdRole = StockRole::ItemId;

    explicit StockModel(Store& store, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // How many lines are below their par level; below zero.
    int belowParCount() const;
    int negativeCount() const;
    void reload() override;

private:
    Store& m_store;
    QList<inventory::ItemTotal> m_lines;
    QDate m_today;
};

} // namespace larder::ui
