// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inventory/CountSheet.h"

#include "ui/common/Labels.h"
#include "ui/common/Palette.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QFileInfo>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QStringList>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace larder::ui {

namespace {

constexpr double MarginMm = 14.0;
constexpr double HeaderMm = 20.0;
constexpr double FooterMm = 12.0;

} // namespace

CountSheet::CountSheet(const inventory::StockCount& count, Options options)
    : m_count(count)
    , m_options(std::move(options)) {}

QPageSize CountSheet::defaultPageSize(const QLocale& locale) {
    static const QList<QLocale::Territory> letter{
        QLocale::UnitedStates, QLocale::Canada,    QLocale::Mexico,     QLocale::Philippines,
        QLocale::Chile,        QLocale::Colombia,  QLocale::Venezuela,  QLocale::CostaRica,
        QLocale::Guatemala,    QLocale::Panama,    QLocale::ElSalvador, QLocale::DominicanRepublic,
        QLocale::PuertoRico,   QLocale::Nicaragua, QLocale::Honduras};
    if (locale.measurementSystem() == QLocale::ImperialUSSystem ||
        letter.contains(locale.territory()))
        return QPageSize(QPageSize::Letter);
    return QPageSize(QPageSize::A4);
}

QString CountSheet::headerHtml() const {
    QString html =
        u"<table width='100%' cellspacing='0' cellpadding='5' border='1' "
        u"style='border-collapse: collapse; border-color: %1;'>"_s.arg(Palette::paperRule().name());
    html += u"<tr style='background-color: %1;'>"_s.arg(Palette::paperHeader().name());
    html += u"<th align='left' width='44%'>"_s + tr("Item").toHtmlEscaped() + u"</th>"_s;
    html += u"<th align='left' width='18%'>"_s + tr("Use by").toHtmlEscaped() + u"</th>"_s;
    if (!m_options.blind)
        html += u"<th align='right' width='14%'>"_s + tr("Expected").toHtmlEscaped() + u"</th>"_s;
    html += u"<th align='center' width='%1'>"_s.arg(m_options.blind ? u"38%"_s : u"24%"_s) +
            tr("Counted").toHtmlEscaped() + u"</th>"_s;
    html += u"</tr>"_s;
    return html;
}

QString CountSheet::locationRowHtml(const QString& location, bool continued) const {
    const int columns = m_options.blind ? 3 : 4;
    return u"<tr style='background-color: %1;'><td colspan='%2'><b>"_s
               .arg(Palette::paperSection().name())
               .arg(columns) +
           location.toHtmlEscaped() + u"</b>"_s +
           (continued ? u" "_s + tr("(continued)").toHtmlEscaped() : QString()) + u"</td></tr>"_s;
}

QString CountSheet::lineRowHtml(const inventory::CountLine& line) const {
    // One line of text made tall by padding: room to write a number by hand.
    const QString td = u"<td style='padding-top: 9px; padding-bottom: 9px;'"_s;
    QString html = u"<tr>"_s;
    html += td + u">"_s + line.itemName.toHtmlEscaped() + u"</td>"_s;
    html += td + u">"_s +
            (line.expiry ? QLocale().toString(*line.expiry, u"d MMM yyyy"_s) : tr("no date"))
                .toHtmlEscaped() +
            u"</td>"_s;
    if (!m_options.blind)
        html += td + u" align='right'>"_s +
                Labels::quantity(line.onHandNow, line.unit).toHtmlEscaped() + u"</td>"_s;
    html += td + u">&nbsp;</td>"_s; // the box to write the count in
    html += u"</tr>"_s;
    return html;
}

std::unique_ptr<QTextDocument> CountSheet::document(QPaintDevice* device, const QString& body,
                                                    double width) const {
    auto doc = std::make_unique<QTextDocument>();
    doc->documentLayout()->setPaintDevice(device);
    QFont font(u"Sans Serif"_s);
    font.setPointSizeF(10.5);
    doc->setDefaultFont(font);
    doc->setDocumentMargin(0);
    doc->setTextWidth(width);
    doc->setHtml(body);
    return doc;
}

QStringList CountSheet::pages(QPaintDevice* device, const QSizeF& body) const {
    // Pages are made here, a row at a time, instead of letting the text layout break one long
    // table: a row is never cut in two, the column heads and the location are on every page.
    const auto height = [&](const QString& html) {
        return document(device, html, body.width())->size().height();
    };
    const QString end = u"</table>"_s;
    const QString closing =
        u"<p style='margin-top: 14px;'>"_s +
        (m_count.lines.isEmpty()
             ? tr("Nothing on the books here. Write down what you find.").toHtmlEscaped() +
                   u"</p><p>"_s
             : QString()) +
        tr("Found something that is not listed? Write its name, use-by date and count in the "
           "space below; it is added with \"Add found item\".")
            .toHtmlEscaped() +
        u"</p>"_s;

    QStringList pages;
    QString page = headerHtml();
    int rowsOnPage = 0;
    QString location;
    for (const inventory::CountLine& line : m_count.lines) {
        QString rows;
        if (line.locationName != location)
            rows += locationRowHtml(line.locationName, false);
        rows += lineRowHtml(line);
        if (rowsOnPage > 0 && height(page + rows + end) > body.height()) {
            pages << page + end;
            page = headerHtml();
            rowsOnPage = 0;
            if (line.locationName == location)
                rows = locationRowHtml(location, true) + lineRowHtml(line);
        }
        location = line.locationName;
        page += rows;
        ++rowsOnPage;
    }
    if (rowsOnPage > 0 && height(page + end + closing) > body.height()) {
        pages << page + end;
        page = QString();
        pages << closing;
    } else {
        pages << page + end + closing;
    }
    return pages;
}

int CountSheet::paint(QPagedPaintDevice* device) const {
    QPainter painter;
    if (!painter.begin(device))
        return 0;
    const double mm = device->logicalDpiY() / 25.4;
    const QRectF page(0, 0, device->width(), device->height());
    const QRectF body(0, HeaderMm * mm, page.width(), page.height() - (HeaderMm + FooterMm) * mm);
    const QStringList sheets = pages(device, body.size());
    const int total = int(sheets.size());

    QFont titleFont(u"Sans Serif"_s);
    titleFont.setPointSizeF(16);
    titleFont.setBold(true);
    QFont small(u"Sans Serif"_s);
    small.setPointSizeF(9.5);
    const QString date = QLocale().toString(m_options.date, QLocale::LongFormat);

    for (int i = 0; i < total; ++i) {
        if (i > 0)
            device->newPage();
        // Header: "Count sheet" and what is counted on the left, pantry and date on the right.
        painter.setPen(Palette::paperInk());
        painter.setFont(titleFont);
        const QRectF header(0, 0, page.width(), HeaderMm * mm - 3 * mm);
        painter.drawText(header, Qt::AlignLeft | Qt::AlignTop, tr("Count sheet"));
        painter.setFont(small);
        painter.drawText(header, Qt::AlignLeft | Qt::AlignBottom,
                         tr("Counting: %1").arg(m_options.scope) +
                             (m_options.blind ? u"  ·  "_s + tr("blind count") : QString()));
        painter.drawText(header, Qt::AlignRight | Qt::AlignTop, m_options.pantryName);
        painter.drawText(header, Qt::AlignRight | Qt::AlignBottom, date);
        painter.drawLine(QPointF(0, HeaderMm * mm - 1.5 * mm),
                         QPointF(page.width(), HeaderMm * mm - 1.5 * mm));

        // This page's table.
        auto doc = document(device, sheets.at(i), body.width());
        painter.save();
        painter.translate(body.topLeft());
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette.setColor(QPalette::Text, Palette::paperInk());
        doc->documentLayout()->draw(&painter, context);
        painter.restore();

        // Footer: who counted, and the page.
        const QRectF footer(0, page.height() - FooterMm * mm + 3 * mm, page.width(),
                            FooterMm * mm - 3 * mm);
        painter.setFont(small);
        painter.drawLine(QPointF(0, footer.top() - 1.5 * mm),
                         QPointF(page.width(), footer.top() - 1.5 * mm));
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                         tr("Counted by: ____________________"));
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                         tr("Page %1 of %2").arg(i + 1).arg(total));
    }
    painter.end();
    return total;
}

bool CountSheet::writePdf(const QString& path, QString* error) const {
    QPdfWriter writer(path);
    writer.setTitle(tr("Count sheet — %1").arg(m_options.scope));
    writer.setCreator(u"Larder"_s);
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(defaultPageSize(), QPageLayout::Portrait,
                                     QMarginsF(MarginMm, MarginMm, MarginMm, MarginMm),
                                     QPageLayout::Millimeter));
    const int pages = paint(&writer);
    if (pages == 0 || !QFileInfo(path).exists()) {
        if (error)
            *error = tr("Could not write %1. Choose a folder you can save in.").arg(path);
        return false;
    }
    return true;
}

} // namespace larder::ui
