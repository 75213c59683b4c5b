// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reports/ReportsPage.h"

#include "ui/reports/MovementCountsModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace larder::ui {

QString ReportsPage::pageTitle() {
    return tr("Reports");
}

ReportsPage::ReportsPage(Store& store, QWidget* parent)
    : Page(store, pageTitle(),
           tr("Figures for the pantry's own records and for funders: what came in, what went out, "
              "what spoiled, and how many households were served."),
           parent) {
    m_ledger = new MovementCountsModel(store, WindowDays, this);
    m_ledger->setObjectName(u"ledgerModel"_s);
    m_ledger->setReloadWhileHidden(false);
    m_ledger->setOnScreen(false); // read again when the page is shown

    body()->addWidget(sectionHeading(tr("Stock ledger, last %n days", "", WindowDays)));
    auto* view = new QTableView(this);
    view->setObjectName(u"ledgerView"_s);
    view->setModel(m_ledger);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setShowGrid(false);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    view->setMaximumWidth(720);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // A handful of rows: the table is exactly as tall as they are, with no grey gap under them.
    const auto fit = [view] {
        const int rows = qMax(1, view->model()->rowCount());
        view->setFixedHeight(view->horizontalHeader()->sizeHint().height() +
                             rows * view->verticalHeader()->defaultSectionSize() +
                             2 * view->frameWidth());
    };
    connect(m_ledger, &QAbstractItemModel::modelReset, view, fit);
    connect(m_ledger, &QAbstractItemModel::rowsInserted, view, fit);
    connect(m_ledger, &QAbstractItemModel::rowsRemoved, view, fit);
    fit();
    body()->addWidget(view);

    body()->addWidget(
        note(tr("What will be here"),
             QStringList{tr("Totals by month and category: received, distributed, thrown away."),
                         tr("Households and people served, without naming anyone."),
                         tr("Export to a spreadsheet (CSV) or a printable PDF.")}));
    body()->addWidget(
        note(tr("What you can do now"),
             tr("The table above counts every movement in the stock ledger over the last %n days. "
                "For scripts, <tt>larder-cli --db FILE stats --json</tt> prints the number of rows "
                "per table.",
                "", WindowDays)));
    body()->addStretch(1);
}

void ReportsPage::showEvent(QShowEvent* event) {
    Page::showEvent(event);
    m_ledger->setOnScreen(true);
}

void ReportsPage::hideEvent(QHideEvent* event) {
    Page::hideEvent(event);
    m_ledger->setOnScreen(false);
}

} // namespace larder::ui
