// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How every paper of larder_print is laid out (internal to print/): content is a list of rows
// measured on the device they are painted on, grouped so that a block (a stop, a table row with
// its heading) is never cut across pages when it fits on one, and paginated into sections, each
// with its running header, its footer and "page x of y". RouteSheets.cpp makes the papers' rows
// (with SheetRows.h) and paints them through paintSections().

#include <QFont>
#include <QFontMetricsF>
#include <QList>
#include <QPaintDevice>
#include <QRectF>
#include <QString>

#include <functional>
#include <optional>

class QPagedPaintDevice;
class QPainter;

namespace larder::print::layout {

constexpr double MarginMm = 12.0;
constexpr double HeaderMm = 9.0; // the running header on every page
constexpr double FooterMm = 9.0;
constexpr double BodyPt = 12.0; // body text; never below 11 pt
constexpr double SmallPt = 11.0;

// The papers' typeface: a sans serif, without ligatures so "fi" reaches a PDF's text (search,
// screen readers) as two letters.
QFont sans(double points, bool bold = false);

// Measures text on the device the pages are painted on, so what is measured is what is painted.
class Ink {
public:
    explicit Ink(QPaintDevice* device)
        : m_device(device)
        , mm(device->logicalDpiY() / 25.4) {}

    double height(const QFont& font, const QString& text, double width) const {
        if (text.isEmpty())
            return 0;
        const QFontMetricsF metrics(font, m_device);
        return metrics.boundingRect(QRectF(0, 0, width, 1e7), Qt::TextWordWrap, text).height();
    }
    double width(const QFont& font, const QString& text) const {
        return QFontMetricsF(font, m_device).horizontalAdvance(text);
    }
    double lineHeight(const QFont& font) const { return QFontMetricsF(font, m_device).height(); }

private:
    QPaintDevice* m_device;

public:
    const double mm;
};

// Within a row painted mirrored (a right-to-left paper, see paintSections): puts the painter
// back the right way round for what must not be mirrored, text and the map, and gives `rect` in
// those coordinates. Does nothing in a left-to-right paper.
class Unmirrored {
public:
    Unmirrored(QPainter& painter, const QRectF& rect);
    ~Unmirrored();
    Unmirrored(const Unmirrored&) = delete;
    Unmirrored& operator=(const Unmirrored&) = delete;
    const QRectF& rect() const { return m_rect; }

private:
    QPainter& m_painter;
    QRectF m_rect;
    bool m_mirrored = false;
};

// Black text, wrapped within `rect`; never mirrored.
void drawText(QPainter& painter, const QRectF& rect, const QFont& font, const QString& text,
              Qt::Alignment align = Qt::AlignLeft | Qt::AlignTop);

// One horizontal slice of a page; `paint` gets the slice's rectangle.
struct Row {
    double height = 0;
    std::function<void(QPainter&, const QRectF&)> paint;
};
// Rows kept on one page when they fit on one (a stop, a table row with its heading).
using Group = QList<Row>;

// A run of pages numbered together ("page x of y"): one driver's sheet, one packing list.
struct Section {
    QString headerLeft;
    QString headerRight;
    QString footerLeft;
    std::optional<Row> continuationHead; // column heads repeated at the top of later pages
    QList<Group> groups;
};

// Paints every section, each with its own page numbers, the running header and the footer;
// returns the number of pages painted (0 when the device could not be painted on).
int paintSections(QPagedPaintDevice& device, const QList<Section>& sections);

} // namespace larder::print::layout
