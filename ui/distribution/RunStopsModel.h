// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/runs/Runs.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace larder::ui {

// A run's stops as a table: all of them (the Stops tab), the stops of one route in order, or the
// stops on no route. Boxes are edited in place; the model never writes: it asks through
// boxesEdited() and shows what the store holds after the page's refresh.
class RunStopsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Number, Household, Address, PostalCode, Boxes, Route, Flags, ColumnCount };
    enum class Show { All, OneRoute, Unplaced };

    explicit RunStopsModel(QObject* parent = nullptr);

    // Replaces the rows; `drivers` name the routes.
    void setStops(const QList<runs::RunStop>& stops, const QList<runs::RunDriver>& drivers);
    // A collection day's stops are suppliers: the first column and the hints say so.
    void setSupplierDay(bool suppliers);
    // Which stops show: every one, those of `driverId`'s route, or those on no route.
    void setShow(Show show, const QString& driverId = {});
    Show show() const { return m_show; }
    QString driverId() const { return m_driverId; }

    const runs::RunStop& stopAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString& stopId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

    // Stops are dragged to another place on a route, or onto a route in RunRoutesModel.
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

Q_SIGNALS:
    void boxesEdited(const QString& stopId, int boxes);
    // A stop was dropped at `position` (1-based) on this model's route (empty: on no route).
    void stopDropped(const QString& stopId, const QString& driverId, int position);

private:
    void select();
    bool m_supplierDay = false;

    QList<runs::RunStop> m_all;
    QList<runs::RunStop> m_rows;
    QHash<QString, runs::RunDriver> m_drivers;
    Show m_show = Show::All;
    QString m_driverId;
};

} // namespace larder::ui
