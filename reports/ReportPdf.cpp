// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportPdf.h"

#include "core/reports/ReportExport.h"
#include "print/RouteSheets.h"
#include "reports/ReportCharts.h"

#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPagedPaintDevice>
#include <QPainter>

#include <memory>

using namespace Qt::StringLiterals;

namespace larder::reports {

namespace {

// The chart's own width before it is scaled onto the page: fonts and lines as on a screen.
constexpr double ChartWidth = 520;

// Draws `made` (taking it) into `target`, laid out at ChartWidth and the target's shape.
void drawChart(QPainter& painter, const QRectF& target, QChart* made) {
    QGraphicsScene scene;
    scene.addItem(made); // the scene owns it now
    const QRectF logical(0, 0, ChartWidth, ChartWidth * target.height() / target.width());
    made->setGeometry(logical);
    scene.setSceneRect(logical);
    scene.render(&painter, target, logical);
}

// The key figures of the page: the rows of figureRows a reader outside the pantry needs, with
// small counts of households suppressed.
QList<FigureRow> keyRows(const Summary& summary, const QLocale& locale) {
    const QList<FigureRow> all = figureRows(summary, locale);
    const QSet<QString> hidden = suppressedDeliveryCells(summary);
    QList<FigureRow> rows;
    for (FigureRow row : all) {
        if (row.label.startsWith(u"  "_s))
            continue; // breakdowns: in the charts and the CSV
        if (!row.cell.isEmpty() && hidden.contains(row.cell))
            row.value = u"<%1"_s.arg(SmallCell);
        rows.append(row);
    }
    return rows;
}

QPaintDevice& device(QPainter& painter) {
    return *painter.device();
}

} // namespace

void ReportPdf::paint(QPainter& painter, const QRectF& page, const Summary& summary,
                      const QLocale& locale) {
    const double unit = page.width() / 180.0; // about a millimetre on A4 and Letter
    QFont font(u"DejaVu Sans"_s);
    const auto setSize = [&](double points, bool bold = false) {
        font.setPixelSize(int(points * 0.3528 * unit)); // points to millimetres to page units
        font.setBold(bold);
        painter.setFont(font);
    };
    painter.setPen(Qt::black);
    double y = page.top();

    setSize(16, true);
    const QString who =
        summary.scopeName.isEmpty() ? tr("All pantries in this file") : summary.scopeName;
    QRectF line(page.left(), y, page.width(), 9 * unit);
    painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, tr("Report: %1").arg(who));
    y += 9 * unit;
    setSize(10);
    painter.drawText(QRectF(page.left(), y, page.width(), 6 * unit),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     tr("%1 · made with Larder on %2")
                         .arg(ReportText::periodText(summary.period, locale),
                              locale.toString(summary.today, QLocale::ShortFormat)));
    y += 8 * unit;

    // Key figures in two columns.
    const QList<FigureRow> rows = keyRows(summary, locale);
    setSize(8);
    const double rowHeight = 4.4 * unit;
    const int perColumn = int((rows.size() + 1) / 2);
    const double columnWidth = page.width() / 2;
    for (int i = 0; i < rows.size(); ++i) {
        const int column = i / perColumn;
        const double x = page.left() + column * columnWidth;
        const double top = y + (i % perColumn) * rowHeight;
        const QRectF cell(x + unit, top, columnWidth - 5 * unit, rowHeight);
        if ((i % perColumn) % 2 == 0)
            painter.fillRect(cell.adjusted(-unit, 0, unit, 0), QColor(235, 235, 235));
        // The value first, whole; the label in what room is left, cut with "…" if need be.
        font.setBold(true);
        painter.setFont(font);
        const double valueWidth =
            QFontMetricsF(font, &device(painter)).horizontalAdvance(rows[i].value);
        painter.drawText(cell, Qt::AlignRight | Qt::AlignVCenter, rows[i].value);
        font.setBold(false);
        painter.setFont(font);
        const QFontMetricsF metrics(font, &device(painter));
        const double room = cell.width() - valueWidth - 2 * unit;
        painter.drawText(QRectF(cell.left(), top, std::max(0.0, room), rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(rows[i].label, Qt::ElideRight, room));
    }
    y += perColumn * rowHeight + 4 * unit;

    // Four charts, two by two, in what room is left above the notes.
    const double notesHeight = 22 * unit;
    const double chartsHeight = page.bottom() - notesHeight - y;
    const double cellWidth = page.width() / 2;
    const double cellHeight = chartsHeight / 2;
    const QList<QChart*> made{
        charts::stockByWeek(summary, locale), charts::householdsByWeek(summary, locale, true),
        charts::deliveriesByOutcome(summary, locale, true), charts::topCategories(summary, locale)};
    for (int i = 0; i < made.size(); ++i)
        drawChart(painter,
                  QRectF(page.left() + (i % 2) * cellWidth, y + (i / 2) * cellHeight,
                         cellWidth - unit, cellHeight - unit),
                  made[i]);
    y += chartsHeight;

    setSize(7);
    QString notes =
        ReportText::suppressionNote() + u' ' +
        tr("Every figure comes from the pantry's ledger and its recorded delivery outcomes; "
           "corrections count in the period of the movement they correct. Weights come from "
           "each item's unit weight; items without one are counted in units. People reached "
           "counts each household's size on the day of its delivery. The week-by-week numbers "
           "behind the charts are in the CSV export of the same report.");
    if (!summary.itemsWithoutWeight.isEmpty())
        notes += u' ' + tr("%1 item(s) have no unit weight and are missing from the charts by "
                           "weight: %2.")
                            .arg(summary.itemsWithoutWeight.size())
                            .arg(summary.itemsWithoutWeight.join(u", "));
    painter.drawText(QRectF(page.left(), y + unit, page.width(), notesHeight - unit),
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, notes);
}

Result<void> ReportPdf::write(const Summary& summary, const QString& path, const Options& options) {
    print::PrintOptions printOptions;
    printOptions.paper = options.paper;
    return print::writePdf(path, printOptions, tr("Report"), [&](QPagedPaintDevice& device) {
        QPainter painter(&device);
        const QRectF page(0, 0, device.width(), device.height());
        paint(painter, page, summary, options.locale);
        return 1;
    });
}

} // namespace larder::reports
