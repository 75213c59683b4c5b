#pragma once

#include "Page.h"

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace larder::ui {

class StockModel;

// Stock on hand per item, searchable as you type (item or category) and sortable by any column.
// Receiving, counting and corrections arrive in later issues; they will act on this page's rows.
class InventoryPage : public Page {
    Q_OBJECT

public:
    explicit InventoryPage(Store& store, QWidget* parent = nullptr);

    StockModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QLineEdit* searchBox() const { return m_search; }
    QTableView* view() const { return m_view; }

private:
    void updateCount();

    StockModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_view = nullptr;
};

} // namespace larder::ui
