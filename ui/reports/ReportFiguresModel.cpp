// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reports/ReportFiguresModel.h"

#include <QFont>

namespace larder::ui {

ReportFiguresModel::ReportFiguresModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ReportFiguresModel::setSummary(const reports::Summary& summary, const QLocale& locale) {
    beginResetModel();
    m_summary = summary;
    m_rows = reports::figureRows(summary, locale);
    m_lines.clear();
    QString section;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].section != section) {
            section = m_rows[i].section;
            m_lines.append({section, -1});
        }
        m_lines.append({{}, i});
    }
    endResetModel();
}

const reports::FigureRow* ReportFiguresModel::figureAt(int row) const {
    if (row < 0 || row >= m_lines.size() || m_lines[row].figure < 0)
        return nullptr;
    return &m_rows[m_lines[row].figure];
}

int ReportFiguresModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ReportFiguresModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportFiguresModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const Line& line = m_lines[index.row()];
    if (role == IsHeadingRole)
        return line.figure < 0;
    if (line.figure < 0) {
        if (role == Qt::DisplayRole && index.column() == Figure)
            return line.heading;
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    }
    const reports::FigureRow& row = m_rows[line.figure];
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == Figure ? row.label : row.value;
    case Qt::ToolTipRole:
    case ExplanationRole:
        return row.explanation;
    case Qt::TextAlignmentRole:
        return index.column() == Value ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                       : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ReportFiguresModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == Figure ? tr("Figure") : tr("Value");
}

} // namespace larder::ui
