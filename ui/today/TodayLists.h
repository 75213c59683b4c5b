// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QAbstractItemModel;
class QLabel;
class QTableView;
class QWidget;

namespace larder::ui {

// The Today page's short lists look alike: read-only rows, no grid, the first column taking the
// width (or the last, when `stretchLast`).
QTableView* listView(QAbstractItemModel* model, const QString& name, bool stretchLast);

// A heading, a line saying what the list is, and the list; an empty list says so instead.
QWidget* listPanel(const QString& heading, const QString& explanation, QTableView* view,
                   QAbstractItemModel* model, const QString& emptyText,
                   QLabel** explanationLabel = nullptr, QLabel** emptyLabel = nullptr);

} // namespace larder::ui
