#include "ReportsPage.h"

#include "Labels.h"
#include "QueryModel.h"
#include "storage/Store.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace larder::ui {

ReportsPage::ReportsPage(Store& store, QWidget* parent)
    : Page(store, tr("Reports"),
           tr("Figures for the pantry's own records and for funders: what came in, what went out, "
              "what spoiled, and how many households were served."),
           parent) {
    const auto since = [this] {
        return QVariantList{
            Labels::today(this->store()).addDays(-WindowDays).toString(Qt::ISODate)};
    };
    const auto number = [](int column) {
        return [column](const QVariantList& row, int role) -> QVariant {
            if (role == Qt::DisplayRole)
                return QLocale().toString(row.at(column).toLongLong());
            return {};
        };
    };
    m_ledger =
        new QueryModel(store,
                       "SELECT kind, count(*), count(DISTINCT item_id) FROM stock_movements"
                       " WHERE at >= ?1 GROUP BY kind ORDER BY count(*) DESC",
                       since, {u"stock_movements"_s},
                       {{tr("Kind of movement"),
                         [](const QVariantList& row, int role) -> QVariant {
                             return role == Qt::DisplayRole
                                        ? QVariant(Labels::movementKind(row.at(0).toString()))
                                        : QVariant();
                         }},
                        {tr("Movements"), number(1), Qt::AlignRight | Qt::AlignVCenter},
                        {tr("Different items"), number(2), Qt::AlignRight | Qt::AlignVCenter}},
                       this);

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
    m_ledger->setPaused(true); // read again when the page is shown
    connect(m_ledger, &QAbstractItemModel::modelReset, view, fit);
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
    m_ledger->setPaused(false);
}

void ReportsPage::hideEvent(QHideEvent* event) {
    Page::hideEvent(event);
    m_ledger->setPaused(true);
}

} // namespace larder::ui
