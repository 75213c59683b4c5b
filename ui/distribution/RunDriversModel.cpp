// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/distribution/RunDriversModel.h"

#include "core/people/FieldParser.h"
#include "ui/distribution/RunModelRoles.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace larder::ui {

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
        case From:
        case Until: {
            const QTime time =
                index.column() == From ? driver.availableFrom : driver.availableUntil;
            if (role == Qt::EditRole)
                return time.isValid() ? time.toString(u"HH:mm"_s) : QString();
            return time.isValid() ? QLocale().toString(time, QLocale::ShortFormat) : tr("any time");
        }
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
        case From:
            return tr("The earliest this driver can leave today, such as 11 or 11:30. Empty: "
                      "when the routes leave.");
        case Until:
            return tr("When this driver must be back (or done, when they end at the last stop), "
                      "such as 2 pm. Empty: no limit.");
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == Route || index.column() == Capacity || index.column() == MaxStops ||
         index.column() == MaxMinutes))
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
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
    case From:
        return tr("From");
    case Until:
        return tr("Back by");
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
    case From:
    case Until:
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
    else if (role == Qt::EditRole && (index.column() == From || index.column() == Until)) {
        const auto time = people::FieldParser::time(value.toString());
        if (!time.ok()) {
            Q_EMIT editRefused(time.error);
            return false;
        }
        (index.column() == From ? after.availableFrom : after.availableUntil) =
            time.value.value_or(QTime());
    } else
        return false;
    if (after.startKind == before.startKind && after.returns == before.returns &&
        after.capacity == before.capacity && after.maxStops == before.maxStops &&
        after.maxMinutes == before.maxMinutes && after.availableFrom == before.availableFrom &&
        after.availableUntil == before.availableUntil)
        return false;
    Q_EMIT driverEdited(before, after);
    return true;
}

} // namespace larder::ui
