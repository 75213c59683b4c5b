// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/today/TodayLists.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace larder::ui {

QTableView* listView(QAbstractItemModel* model, const QString& name, bool stretchLast) {
    auto* view = new QTableView;
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setTextElideMode(Qt::ElideRight);
    // Text columns share the width; short columns (dates, amounts) fit their contents.
    QHeaderView* header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    header->setMaximumSectionSize(220); // a long shelf name must not squeeze the item's name
    if (stretchLast)
        header->setSectionResizeMode(model->columnCount() - 1, QHeaderView::Interactive);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return view;
}

QWidget* listPanel(const QString& heading, const QString& explanation, QTableView* view,
                   QAbstractItemModel* model, const QString& emptyText, QLabel** explanationLabel,
                   QLabel** emptyLabel) {
    auto* panel = new QWidget;
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(heading, panel);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    font.setBold(true);
    title->setFont(font);
    layout->addWidget(title);
    auto* text = new QLabel(explanation, panel);
    text->setWordWrap(true);
    layout->addWidget(text);
    // Qt names no table after a buddy label: the heading names it, the line under it describes it.
    view->setAccessibleName(heading);
    view->setAccessibleDescription(explanation);
    layout->addWidget(view, 1);
    auto* empty = new QLabel(emptyText, panel);
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(empty, 1);
    if (explanationLabel)
        *explanationLabel = text;
    if (emptyLabel)
        *emptyLabel = empty;
    auto update = [view, empty, model] {
        const bool hasRows = model->rowCount() > 0;
        view->setVisible(hasRows);
        empty->setVisible(!hasRows);
    };
    // The lists keep rows in place across reloads: rows come and go without a reset.
    QObject::connect(model, &QAbstractItemModel::modelReset, panel, update);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, panel, update);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, panel, update);
    update();
    return panel;
}

} // namespace larder::ui
