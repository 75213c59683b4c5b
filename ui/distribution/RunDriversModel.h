// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/runs/Runs.h"

#include <QAbstractTableModel>
#include <QList>

namespace larder::ui {

// The drivers who came, with today's limits, edited in place: capacity, start at home, returns,
// most stops, most minutes and their hours (typed as "11", "2 pm" or "14:30"; empty: any time).
// Like RunStopsModel it asks through driverEdited() and never writes.
class RunDriversModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Route,
        Driver,
        Capacity,
        StartsAtHome,
        Returns,
        MaxStops,
        MaxMinutes,
        From,  // the driver's hours today: can start at
        Until, // must be back by
        ColumnCount
    };

    explicit RunDriversModel(QObject* parent = nullptr);

    void setDrivers(const QList<runs::RunDriver>& drivers);
    const runs::RunDriver& driverAt(int row) const { return m_drivers.at(row); }
    int rowOf(const QString& driverId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

Q_SIGNALS:
    void driverEdited(const runs::RunDriver& before, const runs::RunDriver& after);
    // What was typed is not a time of day: what to type instead.
    void editRefused(const QString& message);

private:
    QList<runs::RunDriver> m_drivers;
};

} // namespace larder::ui
