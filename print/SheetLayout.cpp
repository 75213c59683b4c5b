// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/SheetLayout.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPen>

using namespace Qt::StringLiterals;

namespace larder::print::layout {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(larder::print::RouteSheets)
};

struct PlacedRow {
    Row row;
    double y = 0;
};
using Page = QList<PlacedRow>;

QList<Page> paginate(const Section& section, double bodyHeight) {
    const double headHeight = section.continuationHead ? section.continuationHead->height : 0;
    QList<Page> pages{Page{}};
    double y = 0;
    double top = 0; // where this page's own rows start (below repeated column heads)
    const auto newPage = [&] {
        pages << Page{};
        y = 0;
        if (section.continuationHead) {
            pages.last() << PlacedRow{*section.continuationHead, 0};
            y = headHeight;
        }
        top = y;
    };
    for (const Group& group : section.groups) {
        double total = 0;
        for (const Row& row : group)
            total += row.height;
        // A group that does not fit here but fits on a page of its own starts a new page.
        if (y + total > bodyHeight && y > top && total <= bodyHeight - headHeight)
            newPage();
        for (const Row& row : group) {
            // A group taller than a page breaks between its rows.
            if (y + row.height > bodyHeight && y > top)
                newPage();
            pages.last() << PlacedRow{row, y};
            y += row.height;
        }
    }
    return pages;
}

} // namespace

QFont sans(double points, bool bold) {
    QFont font(u"Sans Serif"_s);
    font.setPointSizeF(points);
    font.setBold(bold);
    // Arabic letters join only when shaped.
    if (QLocale().textDirection() == Qt::LeftToRight)
        font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

Unmirrored::Unmirrored(QPainter& painter, const QRectF& rect)
    : m_painter(painter)
    , m_rect(rect) {
    const QTransform transform = painter.transform();
    m_mirrored = transform.m11() < 0;
    if (!m_mirrored)
        return;
    painter.save();
    m_rect = transform.mapRect(rect);
    painter.setTransform(QTransform());
}

Unmirrored::~Unmirrored() {
    if (m_mirrored)
        m_painter.restore();
}

void drawText(QPainter& painter, const QRectF& rect, const QFont& font, const QString& text,
              Qt::Alignment align) {
    const Unmirrored place(painter, rect);
    painter.setFont(font);
    painter.setPen(Qt::black);
    // Left and right follow the paper's direction: in a right-to-left paper "left" is where a
    // line starts, on the right. Each text reads in its own direction, from its first letter, as
    // a browser's dir="auto" does: an address or a name in Latin letters stays left to right.
    int flags = int(align) | Qt::TextWordWrap;
    if (painter.layoutDirection() == Qt::RightToLeft) {
        Qt::Alignment visual = align & ~Qt::AlignHorizontal_Mask;
        if (align & Qt::AlignLeft)
            visual |= Qt::AlignRight;
        else if (align & Qt::AlignRight)
            visual |= Qt::AlignLeft;
        else
            visual |= align & Qt::AlignHorizontal_Mask;
        flags = int(visual) | Qt::AlignAbsolute | Qt::TextWordWrap;
        flags |= text.isRightToLeft() ? Qt::TextForceRightToLeft : Qt::TextForceLeftToRight;
    }
    painter.drawText(place.rect(), flags, text);
}

int paintSections(QPagedPaintDevice& device, const QList<Section>& sections) {
    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    const Ink ink(&device);
    const double mm = ink.mm;
    const QRectF page(0, 0, device.width(), device.height());
    const QRectF body(0, HeaderMm * mm, page.width(), page.height() - (HeaderMm + FooterMm) * mm);
    const QFont headerFont = sans(SmallPt);
    const QFont headerBold = sans(SmallPt, true);
    // Arabic papers read right to left: each row is painted mirrored (the stop's number on the
    // right, the tick boxes on the left), its text and map the right way round (Unmirrored).
    const bool rightToLeft = QLocale().textDirection() == Qt::RightToLeft;
    painter.setLayoutDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    int painted = 0;
    for (const Section& section : sections) {
        const QList<Page> pages = paginate(section, body.height());
        for (int i = 0; i < pages.size(); ++i) {
            if (painted > 0)
                device.newPage();
            ++painted;
            const QRectF header(0, 0, page.width(), HeaderMm * mm - 2.5 * mm);
            drawText(painter, header, headerBold, section.headerLeft,
                     Qt::AlignLeft | Qt::AlignBottom);
            drawText(painter, header, headerFont, section.headerRight,
                     Qt::AlignRight | Qt::AlignBottom);
            painter.setPen(QPen(Qt::black, 0.3 * mm));
            painter.drawLine(QPointF(0, HeaderMm * mm - 1.5 * mm),
                             QPointF(page.width(), HeaderMm * mm - 1.5 * mm));

            for (const PlacedRow& placed : pages.at(i)) {
                painter.save();
                if (rightToLeft) {
                    painter.translate(page.width(), 0);
                    painter.scale(-1, 1);
                }
                placed.row.paint(painter, QRectF(body.left(), body.top() + placed.y, body.width(),
                                                 placed.row.height));
                painter.restore();
            }

            const QRectF footer(0, page.height() - FooterMm * mm + 2.5 * mm, page.width(),
                                FooterMm * mm - 2.5 * mm);
            painter.setPen(QPen(Qt::black, 0.3 * mm));
            painter.drawLine(QPointF(0, footer.top() - 1 * mm),
                             QPointF(page.width(), footer.top() - 1 * mm));
            drawText(painter, footer, headerBold, section.footerLeft, Qt::AlignLeft | Qt::AlignTop);
            drawText(painter, footer, headerFont,
                     Tr::tr("Page %1 of %2").arg(i + 1).arg(pages.size()),
                     Qt::AlignRight | Qt::AlignTop);
        }
    }
    painter.end();
    return painted;
}

} // namespace larder::print::layout
