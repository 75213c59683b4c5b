// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/runs/Runs.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace larder::ui {

// The day's routes, one row per driver, and a last row for the stops on no route when there are
// any: route number, driver, stops, load against capacity, estimated kilometres and minutes.
class RunRoutesModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Route, Driver, Stops, Load, Kilometres, Minutes, Leaves, Locked, ColumnCount };

    explicit RunRoutesModel(QObject* parent = nullptr);

    // `departures`: when each route leaves (by driver id), on a day with households' windows.
    void setRoutes(const QList<runs::RunDriver>& drivers, const QList<runs::RunStop>& stops,
                   const QHash<QString, QTime>& departures = {});
    // The driver id of a row; empty for the "not on a route" row.
    QString driverIdAt(int row) const;
    bool isUnplacedRow(int row) const { return row == m_drivers.size(); }
    int rowOf(const QString& driverId) const;
    const runs::RunDriver* driverAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // A stop dropped onto a route's row goes to the end of that route.
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

Q_SIGNALS:
    void stopDropped(const QString& stopId, const QString& driverId, int position);

private:
    struct RouteLoad {
        int stops = 0;
        int boxes = 0;
    };
    QList<runs::RunDriver> m_drivers;
    QHash<QString, RouteLoad> m_loads; // by driver id; "" for stops on no route
    QHash<QString, QTime> m_departures;
};

} // namespace larder::ui
