// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/Replicator.h"
#include "ui/common/RowTableModel.h"

namespace larder {
class Store;
}

namespace larder::ui {

// The sync files this laptop received, newest first (Replicator::imports): when, from whom,
// which file, how many changes were new or already here, and what to look at (edits to review,
// a sender's clock far ahead).
class SyncImportsModel final : public RowTableModel {
    Q_OBJECT

public:
    enum Column { When, From, File, Applied, Skipped, Note, ColumnCount };
    static constexpr int MaxRows = 50;

    SyncImportsModel(Store& store, const sync::Replicator& replicator, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void reload() override;

private:
    const sync::Replicator& m_replicator;
    QList<sync::ImportRecord> m_imports;
};

} // namespace larder::ui
