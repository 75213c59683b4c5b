// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/Page.h"

class QTableView;

namespace larder::ui {

class MovementCountsModel;

// Where the pantry's figures will live (for its own records and for funders). Until reports land
// it shows the stock ledger of the last four weeks by kind of movement (Inventory::movementCounts).
class ReportsPage : public Page {
    Q_OBJECT

public:
    static constexpr int WindowDays = 28;

    explicit ReportsPage(Store& store, QWidget* parent = nullptr);
    // The page's name in the navigation list and its heading (known before the page is built).
    static QString pageTitle();

protected:
    // The ledger table scans weeks of movements: it is read again when shown, not after every
    // change made on another page.
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    MovementCountsModel* m_ledger = nullptr;
};

} // namespace larder::ui
