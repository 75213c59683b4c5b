// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QWidget>

class QPoint;
class QTableView;

namespace larder::ui {

class DistributionPage;

// What the Distribution page's tabs (StopsTab, DriversTab, RoutesTab) share: the page they make
// their changes through (each change is a command on its undo stack, and its message line says
// what happened), the look of their tables, and the menus that move a stop to another route.
class DistributionTab : public QWidget {
    Q_OBJECT

public:
    explicit DistributionTab(DistributionPage& page, QWidget* parent = nullptr);

protected:
    DistributionPage& page() const { return m_page; }

    // A table of the day's stops or drivers: whole rows, one at a time, a context menu.
    QTableView* makeTable(const QString& objectName, QWidget* parent);
    // The selected stop of `view` (empty when none).
    static QString currentStopId(const QTableView* view);
    // The menu of routes the stop can go to (Ctrl+M), under the current row of `near`.
    void chooseRouteFor(const QString& stopId, QWidget* near);
    // That menu for the selected stop of `view`; false when none is selected.
    bool chooseRouteForCurrent(QTableView* view);
    // The right-click menu on a stop of `view`: move it, remove it, and on a route reorder it.
    void stopMenu(QTableView* view, const QPoint& at, bool onRoute);

private:
    DistributionPage& m_page;
};

} // namespace larder::ui
