// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/distribution/DistributionTab.h"

#include "core/runs/Runs.h"
#include "ui/distribution/DistributionPage.h"
#include "ui/distribution/RunModelRoles.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QTableView>

namespace larder::ui {

DistributionTab::DistributionTab(DistributionPage& page, QWidget* parent)
    : QWidget(parent)
    , m_page(page) {}

QTableView* DistributionTab::makeTable(const QString& objectName, QWidget* parent) {
    auto* view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    return view;
}

QString DistributionTab::currentStopId(const QTableView* view) {
    const QModelIndex current = view->currentIndex();
    return current.isValid() ? current.data(RunRole::StopId).toString() : QString();
}

void DistributionTab::chooseRouteFor(const QString& stopId, QWidget* near) {
    QMenu menu(this);
    const std::optional<runs::RunStop> stop = m_page.runs().stop(stopId);
    const QList<runs::RunDriver>& drivers = m_page.drivers();
    for (const runs::RunDriver& driver : drivers) {
        QAction* action =
            menu.addAction(tr("Route %1 · %2").arg(driver.routeNo).arg(driver.personName));
        action->setEnabled(!stop || stop->driverId != driver.id);
        connect(action, &QAction::triggered, this,
                [this, stopId, id = driver.id] { m_page.moveStop(stopId, id); });
    }
    if (drivers.isEmpty())
        menu.addAction(tr("No driver yet: add drivers first"))->setEnabled(false);
    menu.addSeparator();
    connect(menu.addAction(tr("Not on a route")), &QAction::triggered, this,
            [this, stopId] { m_page.moveStop(stopId, QString(), 0); });
    QPoint at = near->mapToGlobal(QPoint(near->width() / 3, 0));
    if (auto* view = qobject_cast<QTableView*>(near))
        at = view->viewport()->mapToGlobal(view->visualRect(view->currentIndex()).bottomLeft());
    menu.exec(at);
}

bool DistributionTab::chooseRouteForCurrent(QTableView* view) {
    const QString id = currentStopId(view);
    if (id.isEmpty())
        return false;
    chooseRouteFor(id, view);
    return true;
}

void DistributionTab::stopMenu(QTableView* view, const QPoint& at, bool onRoute) {
    const QModelIndex index = view->indexAt(at);
    if (!index.isValid())
        return;
    view->setCurrentIndex(index);
    const QString stopId = index.data(RunRole::StopId).toString();
    QMenu menu(this);
    QMenu* moveTo = menu.addMenu(tr("Move to route"));
    for (const runs::RunDriver& driver : m_page.drivers())
        connect(moveTo->addAction(tr("Route %1 · %2").arg(driver.routeNo).arg(driver.personName)),
                &QAction::triggered, this,
                [this, stopId, id = driver.id] { m_page.moveStop(stopId, id); });
    connect(moveTo->addAction(tr("Not on a route")), &QAction::triggered, this,
            [this, stopId] { m_page.moveStop(stopId, QString(), 0); });
    if (onRoute) {
        connect(menu.addAction(tr("Earlier on the route (Alt+Up)")), &QAction::triggered, this,
                [this, stopId] { m_page.shiftStop(stopId, -1); });
        connect(menu.addAction(tr("Later on the route (Alt+Down)")), &QAction::triggered, this,
                [this, stopId] { m_page.shiftStop(stopId, +1); });
    }
    menu.addSeparator();
    connect(menu.addAction(tr("Remove from this day")), &QAction::triggered, this,
            [this, stopId] { m_page.removeStop(stopId); });
    menu.exec(view->viewport()->mapToGlobal(at));
}

} // namespace larder::ui
