// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace larder::ui {

// The stops of one run as the check-in screen's rows (CheckInDialog), with what was saved and
// what is on screen. Edits change only the on-screen values; the dialog saves them.
class CheckInModel : public QAbstractTableModel {
    Q_DECLARE_TR_FUNCTIONS(larder::ui::CheckInModel)

public:
    enum Column { Route, Stop, Household, Address, Boxes, Outcome, Note, ColumnCount };

    struct Line {
        QString stopId;
        int routeNo = 0; // 0: not on a route
        QString driverName;
        int position = 0;
        QString name;
        QString address;
        int boxes = 0;
        QString savedOutcome;
        QString savedNote;
        QString outcome;
        QString note;
        bool changed() const { return outcome != savedOutcome || note != savedNote; }
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setLines(QList<Line> lines);
    const QList<Line>& lines() const { return m_lines; }
    const Line& line(int row) const { return m_lines.at(row); }

    void setValues(int row, const QString& outcome, const QString& note);
    void markSaved();

    // Called by the view's note editor; the dialog turns it into an undoable step.
    std::function<void(int row, const QString& note)> onNoteEdited;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

private:
    QList<Line> m_lines;
};

} // namespace larder::ui
