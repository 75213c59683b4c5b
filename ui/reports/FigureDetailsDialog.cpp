// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reports/FigureDetailsDialog.h"

#include "core/reports/Reports.h"
#include "core/storage/Store.h"
#include "ui/common/Labels.h"
#include "ui/common/Page.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace larder::ui {

namespace {

QTableWidgetItem* cell(const QString& text, bool number = false) {
    auto* item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

FigureDetailsDialog::FigureDetailsDialog(const Store& store, const reports::Summary& summary,
                                         const reports::FigureRow& figure, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Behind \"%1\"").arg(figure.label.trimmed()));
    setObjectName(u"figureDetails"_s);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(headingLabel(tr("%1: %2").arg(figure.label.trimmed(), figure.value), 1.2));
    auto* explanation = new QLabel(figure.explanation, this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    auto* table = new QTableWidget(this);
    table->setObjectName(u"detailsTable"_s);
    table->setAccessibleName(tr("Behind \"%1\"").arg(figure.label.trimmed()));
    table->setAccessibleDescription(tr("The rows this figure counts, one a line."));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->setAlternatingRowColors(true);
    const reports::Reports reports(store);
    const QLocale locale = this->locale();
    if (figure.figure == reports::Figure::Stops) {
        const QList<reports::StopLine> stops =
            reports.stopsBehind(summary.period, summary.scope, figure.key, MostRows + 1);
        m_rows = int(std::min<qsizetype>(stops.size(), MostRows));
        table->setColumnCount(5);
        table->setHorizontalHeaderLabels(
            {tr("Day"), tr("Distribution day"), tr("Household"), tr("Outcome"), tr("Boxes")});
        table->setRowCount(m_rows);
        for (int i = 0; i < m_rows; ++i) {
            const reports::StopLine& s = stops[i];
            table->setItem(i, 0, cell(locale.toString(s.runDate, QLocale::ShortFormat)));
            table->setItem(i, 1, cell(s.runName));
            table->setItem(i, 2, cell(store.detailsReadable() ? s.household : tr("(locked)")));
            table->setItem(i, 3,
                           cell(s.outcome.isEmpty()
                                    ? tr("none yet")
                                    : reports::ReportText::outcomeLabel(s.outcome)));
            table->setItem(i, 4, cell(locale.toString(s.boxes), true));
        }
        if (stops.size() > MostRows)
            layout->addWidget(new QLabel(tr("The first %1 stops are listed.").arg(MostRows), this));
    } else if (figure.figure != reports::Figure::Nothing) {
        const QList<reports::MovementLine> lines = reports.movementsBehind(
            summary.period, summary.scope, figure.figure, figure.key, MostRows + 1);
        m_rows = int(std::min<qsizetype>(lines.size(), MostRows));
        table->setColumnCount(6);
        table->setHorizontalHeaderLabels(
            {tr("When"), tr("Movement"), tr("Item"), tr("Quantity"), tr("Location"), tr("Reason")});
        table->setRowCount(m_rows);
        for (int i = 0; i < m_rows; ++i) {
            const reports::MovementLine& m = lines[i];
            table->setItem(i, 0, cell(locale.toString(m.at, QLocale::ShortFormat)));
            table->setItem(i, 1,
                           cell(m.correction ? tr("  correction") : Labels::movementKind(m.kind)));
            table->setItem(i, 2, cell(m.itemName));
            table->setItem(i, 3, cell(locale.toString(m.quantity), true));
            table->setItem(i, 4, cell(m.locationName));
            table->setItem(i, 5, cell(Labels::movementReason(m.reason)));
        }
        if (lines.size() > MostRows)
            layout->addWidget(
                new QLabel(tr("The first %1 ledger rows are listed.").arg(MostRows), this));
    } else {
        layout->addWidget(new QLabel(tr("This figure reads the shelf as it is now: the Inventory "
                                        "page lists every lot behind it."),
                                     this));
    }
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(table, 1);
    if (m_rows == 0 && figure.figure != reports::Figure::Nothing)
        layout->addWidget(new QLabel(tr("Nothing in this period."), this));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    if (QPushButton* close = buttons->button(QDialogButtonBox::Close))
        close->setToolTip(tr("Back to the report."));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(820, 520);
}

} // namespace larder::ui
