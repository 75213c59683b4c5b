// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/distribution/RunStopsModel.h"

#include "ui/common/Palette.h"
#include "ui/distribution/RunModelRoles.h"

#include <QBrush>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace larder::ui {

namespace {

QString routeLabel(const runs::RunDriver& driver) {
    return QCoreApplication::translate("larder::ui::RunStopsModel", "%1 · %2")
        .arg(driver.routeNo)
        .arg(driver.personName);
}

} // namespace

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
        if (index.column() == Flags && noPlace && m_supplierDay)
            return tr("Larder does not know where this supplier is. Add its coordinates with "
                      "Suppliers…, or move the stop to a route by hand (Ctrl+M).");
        if (index.column() == Flags && noPlace)
            return tr("Larder does not know where this household is: it has no coordinates and no "
                      "other household in its postal area has any. Add coordinates on the "
                      "Households page, or move the stop to a route by hand (Ctrl+M).");
        if (index.column() == Flags && stop.placedByPostalArea)
            return tr("No coordinates of its own: planned at the centre of its postal area. Check "
                      "its place on the route.");
        if (index.column() == Boxes)
            return m_supplierDay
                       ? tr("Boxes to collect here (room in the vehicle). Type a number to "
                            "change it.")
                       : tr("Boxes for this household. Type a number to change it.");
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == Flags && (noPlace || !placed))
        return QBrush(Palette::warning());
    if (role == Qt::TextAlignmentRole && (index.column() == Number || index.column() == Boxes))
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    return {};
}

void RunStopsModel::setSupplierDay(bool suppliers) {
    if (suppliers == m_supplierDay)
        return;
    m_supplierDay = suppliers;
    Q_EMIT headerDataChanged(Qt::Horizontal, Household, Household);
}

QVariant RunStopsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("#");
    case Household:
        return m_supplierDay ? tr("Supplier") : tr("Household");
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

} // namespace larder::ui
