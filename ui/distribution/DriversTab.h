// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/runs/Runs.h"
#include "ui/distribution/DistributionTab.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace larder::ui {

class RunDriversModel;

// The Distribution page's second tab: the drivers who came, chosen from the people with the driver
// role, with today's limits edited in place, and whether together they carry the day's boxes.
class DriversTab : public DistributionTab {
    Q_OBJECT

public:
    explicit DriversTab(DistributionPage& page, QWidget* parent = nullptr);

    // Shows the day's drivers (none: no day), keeping the selected cell, and offers the people
    // with the driver role who are not on the day yet.
    // No day: an empty list.
    void clear();
    void setDay(const QList<runs::RunDriver>& drivers, int boxes);

private:
    void reloadDriverChoices();

    QComboBox* m_choice = nullptr;
    QPushButton* m_add = nullptr;
    RunDriversModel* m_drivers = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace larder::ui
