// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/ReportExport.h"

#include <QAbstractTableModel>

namespace larder::ui {

// The Reports page's table of figures: reports::figureRows of the summary shown, with a bold
// heading row before each section. A figure's explanation is its tooltip; FigureRole gives the
// row (its figure and key) to open what is behind it. Set whole by the page, never edited.
class ReportFiguresModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Figure, Value, ColumnCount };
    enum Role { ExplanationRole = Qt::UserRole + 1, IsHeadingRole };

    explicit ReportFiguresModel(QObject* parent = nullptr);

    void setSummary(const reports::Summary& summary, const QLocale& locale);
    const reports::Summary& summary() const { return m_summary; }
    // The figure of a row; null for a heading row or an index outside the table.
    const reports::FigureRow* figureAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Line {
        QString heading; // a section's name, or empty for a figure
        int figure = -1; // index in m_rows
    };
    reports::Summary m_summary;
    QList<reports::FigureRow> m_rows;
    QList<Line> m_lines;
};

} // namespace larder::ui
