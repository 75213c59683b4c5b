// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QTableView;

namespace larder {
class Store;
}

namespace larder::ui {

class MovementsModel;

// The full history of one item, opened from any item row (Enter or double-click): every movement
// of its stock — when, what, how much, where, which lot, who, why — and which ones were reversed.
// Read-only: a correction is a new movement, made from the inventory page, never an edit here.
class ItemHistoryDialog : public QDialog {
    Q_OBJECT

public:
    ItemHistoryDialog(Store& store, const QString& itemId, QWidget* parent = nullptr);

private:
    void updateSummary();

    Store& m_store;
    QString m_itemId;
    MovementsModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace larder::ui
