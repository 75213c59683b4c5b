// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/distribution/RunRoutesModel.h"

#include "ui/common/Palette.h"
#include "ui/distribution/RunModelRoles.h"

#include <QBrush>
#include <QLocale>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace larder::ui {

RunRoutesModel::RunRoutesModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void RunRoutesModel::setRoutes(const QList<runs::RunDriver>& drivers,
                               const QList<runs::RunStop>& stops,
                               const QHash<QString, QTime>& departures) {
    beginResetModel();
    m_drivers = drivers;
    m_departures = departures;
    m_loads.clear();
    QSet<QString> known;
    for (const runs::RunDriver& driver : drivers) {
        known.insert(driver.id);
        m_loads.insert(driver.id, {});
    }
    for (const runs::RunStop& stop : stops) {
        RouteLoad& load = m_loads[known.contains(stop.driverId) ? stop.driverId : QString()];
        ++load.stops;
        load.boxes += stop.boxes;
    }
    endResetModel();
}

Qt::ItemFlags RunRoutesModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid())
        flags |= Qt::ItemIsDropEnabled;
    return flags;
}

QStringList RunRoutesModel::mimeTypes() const {
    return {QString::fromLatin1(StopMimeType)};
}

bool RunRoutesModel::dropMimeData(const QMimeData* data, Qt::DropAction, int, int,
                                  const QModelIndex& parent) {
    if (!data || !data->hasFormat(QString::fromLatin1(StopMimeType)) || !parent.isValid())
        return false;
    Q_EMIT stopDropped(QString::fromUtf8(data->data(QString::fromLatin1(StopMimeType))),
                       driverIdAt(parent.row()), 1 << 20);
    return false;
}

QString RunRoutesModel::driverIdAt(int row) const {
    return row >= 0 && row < m_drivers.size() ? m_drivers.at(row).id : QString();
}

int RunRoutesModel::rowOf(const QString& driverId) const {
    if (driverId.isEmpty())
        return m_loads.value(QString()).stops > 0 ? int(m_drivers.size()) : -1;
    for (int row = 0; row < m_drivers.size(); ++row)
        if (m_drivers.at(row).id == driverId)
            return row;
    return -1;
}

const runs::RunDriver* RunRoutesModel::driverAt(int row) const {
    return row >= 0 && row < m_drivers.size() ? &m_drivers.at(row) : nullptr;
}

int RunRoutesModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid())
        return 0;
    return int(m_drivers.size()) + (m_loads.value(QString()).stops > 0 ? 1 : 0);
}

int RunRoutesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunRoutesModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const runs::RunDriver* driver = driverAt(index.row());
    const RouteLoad load = m_loads.value(driver ? driver->id : QString());
    if (role == RunRole::DriverId)
        return driver ? driver->id : QString();
    if (!driver) { // the stops on no route
        if (role == Qt::DisplayRole) {
            switch (index.column()) {
            case Driver:
                return tr("Not on a route");
            case Stops:
                return load.stops;
            case Load:
                return tr("%n box(es)", nullptr, load.boxes);
            }
            return {};
        }
        if (role == Qt::ForegroundRole)
            return QBrush(Palette::warning());
        if (role == Qt::ToolTipRole)
            return tr("Stops no driver could take within the limits, or not planned yet. Plan "
                      "routes (Ctrl+R), add a driver, or move them by hand (Ctrl+M).");
        return {};
    }
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Route:
            return driver->routeNo;
        case Driver:
            return driver->personName;
        case Stops:
            return driver->maxStops > 0 ? tr("%1 of %2").arg(load.stops).arg(driver->maxStops)
                                        : QString::number(load.stops);
        case Load:
            return tr("%1 / %2 boxes").arg(load.boxes).arg(driver->capacity);
        case Kilometres:
            return load.stops > 0 ? locale.toString(driver->distanceMetres / 1000.0, 'f', 1)
                                  : QString();
        case Minutes:
            return load.stops > 0 ? QString::number((driver->durationSeconds + 59) / 60)
                                  : QString();
        case Leaves: {
            const QTime departure = m_departures.value(driver->id);
            return load.stops > 0 && departure.isValid()
                       ? locale.toString(departure, locale.timeFormat(QLocale::ShortFormat)
                                                        .remove(u":ss"_s)
                                                        .remove(u".ss"_s))
                       : QString();
        }
        case Locked:
            return driver->locked ? tr("locked") : QString();
        }
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == Leaves)
        return tr("When the route leaves, so that it reaches its households within their "
                  "windows (Settings: routes leave from).");
    if (role == Qt::ToolTipRole && index.column() == Locked)
        return driver->locked ? tr("Re-planning keeps this route as it is (Ctrl+L unlocks).")
                              : tr("Ctrl+L locks the route: re-planning then leaves it alone.");
    if (role == Qt::ForegroundRole && index.column() == Load && load.boxes > driver->capacity)
        return QBrush(Palette::warning());
    if (role == Qt::TextAlignmentRole && index.column() != Driver && index.column() != Locked)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    return {};
}

QVariant RunRoutesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Route:
        return tr("Route");
    case Driver:
        return tr("Driver");
    case Stops:
        return tr("Stops");
    case Load:
        return tr("Load");
    case Kilometres:
        return tr("km");
    case Minutes:
        return tr("Minutes");
    case Leaves:
        return tr("Leaves");
    case Locked:
        return tr("Locked");
    }
    return {};
}

} // namespace larder::ui
