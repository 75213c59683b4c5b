// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/distribution/RunModels.h"

#include "ui/common/Palette.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace larder::ui {

namespace {

QVariant alignRight() {
    return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
}

QString routeLabel(const runs::RunDriver& driver) {
    return QCoreApplication::translate("larder::ui::RunStopsModel", "%1 · %2")
        .arg(driver.routeNo)
        .arg(driver.personName);
}

} // namespace

// --- RunStopsModel ---------------------------------------------------------------------------

RunStopsModel::RunStopsModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void RunStopsModel::setStops(const QList<runs::RunStop>& stops,
                             const QList<runs::RunDriver>& drivers) {
    m_all = stops;
    m_drivers.clear();
    for (const runs::RunDriver& driver : drivers)
        m_drivers.insert(driver.id, driver);
    select();
}

void RunStopsModel::setShow(Show show, const QString& driverId) {
    m_show = show;
    m_driverId = show == Show::OneRoute ? driverId : QString();
    select();
}

void RunStopsModel::select() {
    beginResetModel();
    m_rows.clear();
    for (const runs::RunStop& stop : m_all) {
        const bool placed = !stop.driverId.isEmpty() && m_drivers.contains(stop.driverId);
        if (m_show == Show::All || (m_show == Show::Unplaced && !placed) ||
            (m_show == Show::OneRoute && placed && stop.driverId == m_driverId))
            m_rows.append(stop);
    }
    endResetModel();
}

int RunStopsModel::rowOf(const QString& stopId) const {
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == stopId)
            return row;
    return -1;
}

int RunStopsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RunStopsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunStopsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const runs::RunStop& stop = m_rows.at(index.row());
    const auto driver = m_drivers.constFind(stop.driverId);
    const bool placed = driver != m_drivers.constEnd();
    if (role == RunRole::StopId)
        return stop.id;
    if (role == RunRole::DriverId)
        return placed ? stop.driverId : QString();
    const bool noPlace = !stop.where.has_value();
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Number:
            return placed && stop.position > 0 ? QVariant(stop.position) : QVariant(u"–"_s);
        case Household:
            return stop.name;
        case Address:
            return stop.address;
        case PostalCode:
            return stop.postalCode;
        case Boxes:
            return stop.boxes;
        case Route:
            return placed ? routeLabel(*driver) : tr("not on a route");
        case Flags: {
            QStringList flags;
            if (noPlace)
                flags << tr("no coordinates");
            else if (stop.placedByPostalArea)
                flags << tr("placed by postal area");
            if (stop.source == u"added"_s)
                flags << tr("added by hand");
            if (!stop.outcome.isEmpty())
                flags << tr("outcome recorded");
            return flags.join(u", "_s);
        }
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Flags && noPlace)
            return tr("Larder does not know where this household is: it has no coordinates and no "
                      "other household in its postal area has any. Add coordinates on the "
                      "Households page, or move the stop to a route by hand (Ctrl+M).");
        if (index.column() == Flags && stop.placedByPostalArea)
            return tr("No coordinates of its own: planned at the centre of its postal area. Check "
                      "its place on the route.");
        if (index.column() == Boxes)
            return tr("Boxes for this household. Type a number to change it.");
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == Flags && (noPlace || !placed))
        return QBrush(Palette::warning());
    if (role == Qt::TextAlignmentRole && (index.column() == Number || index.column() == Boxes))
        return alignRight();
    return {};
}

QVariant RunStopsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("#");
    case Household:
        return tr("Household");
    case Address:
        return tr("Address");
    case PostalCode:
        return tr("Postal code");
    case Boxes:
        return tr("Boxes");
    case Route:
        return tr("Route");
    case Flags:
        return tr("Check");
    }
    return {};
}

Qt::ItemFlags RunStopsModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Boxes)
        flags |= Qt::ItemIsEditable;
    if (m_show != Show::All) {
        if (index.isValid())
            flags |= Qt::ItemIsDragEnabled;
        flags |= Qt::ItemIsDropEnabled; // between rows, or below the last
    }
    return flags;
}

QStringList RunStopsModel::mimeTypes() const {
    return {QString::fromLatin1(StopMimeType)};
}

QMimeData* RunStopsModel::mimeData(const QModelIndexList& indexes) const {
    if (indexes.isEmpty() || !indexes.first().isValid())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(QString::fromLatin1(StopMimeType), m_rows.at(indexes.first().row()).id.toUtf8());
    return data;
}

bool RunStopsModel::dropMimeData(const QMimeData* data, Qt::DropAction, int row, int,
                                 const QModelIndex& parent) {
    if (!data || !data->hasFormat(QString::fromLatin1(StopMimeType)) || m_show == Show::All)
        return false;
    const QString stopId = QString::fromUtf8(data->data(QString::fromLatin1(StopMimeType)));
    // Between rows: before `row`; onto a row: in its place; below the last: at the end.
    const int at = row >= 0 ? row : parent.isValid() ? parent.row() : int(m_rows.size());
    int position = at + 1;
    // Moving down its own route: the stop leaves its old place first.
    const int from = rowOf(stopId);
    if (from >= 0 && from < at)
        position -= 1;
    Q_EMIT stopDropped(stopId, m_show == Show::OneRoute ? m_driverId : QString(),
                       std::max(1, position));
    return false; // the page writes and refreshes; the model never changes itself
}

bool RunStopsModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || role != Qt::EditRole || index.column() != Boxes)
        return false;
    bool ok = false;
    const int boxes = value.toInt(&ok);
    const runs::RunStop& stop = m_rows.at(index.row());
    if (!ok || boxes == stop.boxes)
        return false;
    Q_EMIT boxesEdited(stop.id, boxes);
    return true;
}

// --- RunRoutesModel --------------------------------------------------------------------------

RunRoutesModel::RunRoutesModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void RunRoutesModel::setRoutes(const QList<runs::RunDriver>& drivers,
                               const QList<runs::RunStop>& stops) {
    beginResetModel();
    m_drivers = drivers;
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
        case Locked:
            return driver->locked ? tr("locked") : QString();
        }
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == Locked)
        return driver->locked ? tr("Re-planning keeps this route as it is (Ctrl+L unlocks).")
                              : tr("Ctrl+L locks the route: re-planning then leaves it alone.");
    if (role == Qt::ForegroundRole && index.column() == Load && load.boxes > driver->capacity)
        return QBrush(Palette::warning());
    if (role == Qt::TextAlignmentRole && index.column() != Driver && index.column() != Locked)
        return alignRight();
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
    case Locked:
        return tr("Locked");
    }
    return {};
}

// --- RunDriversModel -------------------------------------------------------------------------

RunDriversModel::RunDriversModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void RunDriversModel::setDrivers(const QList<runs::RunDriver>& drivers) {
    beginResetModel();
    m_drivers = drivers;
    endResetModel();
}

int RunDriversModel::rowOf(const QString& driverId) const {
    for (int row = 0; row < m_drivers.size(); ++row)
        if (m_drivers.at(row).id == driverId)
            return row;
    return -1;
}

int RunDriversModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_drivers.size());
}

int RunDriversModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunDriversModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_drivers.size())
        return {};
    const runs::RunDriver& driver = m_drivers.at(index.row());
    if (role == RunRole::DriverId)
        return driver.id;
    const bool home = driver.startKind == u"home"_s;
    if (role == Qt::CheckStateRole) {
        if (index.column() == StartsAtHome)
            return home ? Qt::Checked : Qt::Unchecked;
        if (index.column() == Returns)
            return driver.returns ? Qt::Checked : Qt::Unchecked;
        return {};
    }
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Route:
            return driver.routeNo;
        case Driver:
            return driver.personName;
        case Capacity:
            return driver.capacity;
        case StartsAtHome:
            return home ? (driver.startLabel.isEmpty() ? tr("home") : driver.startLabel)
                        : tr("pantry");
        case Returns:
            return driver.returns ? tr("returns") : tr("ends at last stop");
        case MaxStops:
            if (role == Qt::EditRole)
                return driver.maxStops;
            return driver.maxStops > 0 ? QVariant(driver.maxStops) : QVariant(tr("no limit"));
        case MaxMinutes:
            if (role == Qt::EditRole)
                return driver.maxMinutes;
            return driver.maxMinutes > 0 ? QVariant(driver.maxMinutes) : QVariant(tr("no limit"));
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Capacity:
            return tr("Boxes this driver's vehicle carries today.");
        case StartsAtHome:
            return home && !driver.start
                       ? tr("Starts at home, but Larder has no coordinates for it: add them to the "
                            "driver on the Households page, or start at the pantry.")
                       : tr("Checked: the route starts at the driver's home; otherwise at the "
                            "pantry.");
        case Returns:
            return tr("Checked: the driver comes back to the pantry after the last stop.");
        case MaxStops:
        case MaxMinutes:
            return tr("0 means no limit.");
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == Route || index.column() == Capacity || index.column() == MaxStops ||
         index.column() == MaxMinutes))
        return alignRight();
    return {};
}

QVariant RunDriversModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Route:
        return tr("Route");
    case Driver:
        return tr("Driver");
    case Capacity:
        return tr("Boxes");
    case StartsAtHome:
        return tr("Starts at home");
    case Returns:
        return tr("Returns");
    case MaxStops:
        return tr("Most stops");
    case MaxMinutes:
        return tr("Most minutes");
    }
    return {};
}

Qt::ItemFlags RunDriversModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return flags;
    switch (index.column()) {
    case Capacity:
    case MaxStops:
    case MaxMinutes:
        return flags | Qt::ItemIsEditable;
    case StartsAtHome:
    case Returns:
        return flags | Qt::ItemIsUserCheckable;
    }
    return flags;
}

bool RunDriversModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || index.row() >= m_drivers.size())
        return false;
    const runs::RunDriver& before = m_drivers.at(index.row());
    runs::RunDriver after = before;
    const bool checked = value.toInt() == Qt::Checked;
    if (role == Qt::CheckStateRole && index.column() == StartsAtHome)
        after.startKind = checked ? u"home"_s : u"pantry"_s;
    else if (role == Qt::CheckStateRole && index.column() == Returns)
        after.returns = checked;
    else if (role == Qt::EditRole && index.column() == Capacity)
        after.capacity = value.toInt();
    else if (role == Qt::EditRole && index.column() == MaxStops)
        after.maxStops = value.toInt();
    else if (role == Qt::EditRole && index.column() == MaxMinutes)
        after.maxMinutes = value.toInt();
    else
        return false;
    if (after.startKind == before.startKind && after.returns == before.returns &&
        after.capacity == before.capacity && after.maxStops == before.maxStops &&
        after.maxMinutes == before.maxMinutes)
        return false;
    Q_EMIT driverEdited(before, after);
    return true;
}

} // namespace larder::ui
