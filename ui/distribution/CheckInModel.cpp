// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/distribution/CheckInModel.h"

#include "core/runs/Outcomes.h"
#include "ui/common/Palette.h"

#include <QBrush>
#include <QFont>

using namespace Qt::StringLiterals;

namespace larder::ui {

void CheckInModel::setLines(QList<Line> lines) {
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
}

void CheckInModel::setValues(int row, const QString& outcome, const QString& note) {
    Line& line = m_lines[row];
    line.outcome = outcome;
    line.note = note;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void CheckInModel::markSaved() {
    for (Line& line : m_lines) {
        line.savedOutcome = line.outcome;
        line.savedNote = line.note;
    }
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_lines.size()) - 1, ColumnCount - 1));
}

int CheckInModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_lines.size());
}

int CheckInModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags CheckInModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == Note)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant CheckInModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Route:
        return tr("Route");
    case Stop:
        return tr("Stop");
    case Household:
        return tr("Household");
    case Address:
        return tr("Address");
    case Boxes:
        return tr("Boxes");
    case Outcome:
        return tr("What happened");
    case Note:
        return tr("Note");
    }
    return {};
}

QVariant CheckInModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const Line& line = m_lines.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Route:
            if (line.routeNo == 0)
                return tr("Not on a route");
            return line.driverName.isEmpty() ? QString::number(line.routeNo)
                                             : tr("%1 (%2)").arg(line.routeNo).arg(line.driverName);
        case Stop:
            return line.routeNo == 0 ? u"—"_s : QString::number(line.position);
        case Household:
            return line.name;
        case Address:
            return line.address;
        case Boxes:
            return line.boxes;
        case Outcome:
            if (line.outcome.isEmpty())
                return role == Qt::EditRole ? QString() : tr("— press 1-5");
            return tr("%1  %2")
                .arg(runs::outcome::key(line.outcome))
                .arg(runs::outcome::label(line.outcome));
        case Note:
            return line.note;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Outcome) {
        if (line.outcome.isEmpty())
            return QBrush(Palette::mutedText());
        if (runs::outcome::needsFollowUp(line.outcome))
            return QBrush(Palette::warning());
    }
    if (role == Qt::FontRole && index.column() == Outcome && line.changed()) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ToolTipRole && line.changed())
        return tr("Changed, not saved yet");
    if (role == Qt::TextAlignmentRole && (index.column() == Stop || index.column() == Boxes))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

bool CheckInModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || index.column() != Note || index.row() >= m_lines.size())
        return false;
    const QString note = value.toString().trimmed();
    if (note == m_lines.at(index.row()).note)
        return false;
    if (onNoteEdited)
        onNoteEdited(index.row(), note);
    else
        setValues(index.row(), m_lines.at(index.row()).outcome, note);
    return true;
}

} // namespace larder::ui
