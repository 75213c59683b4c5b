// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/RouteSheets.h"

#include <QFileInfo>
#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QPen>
#include <QPrinter>
#include <QSaveFile>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace larder::print {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(larder::print::RouteSheets)
};

constexpr double MarginMm = 12.0;
constexpr double HeaderMm = 9.0; // the running header on every page
constexpr double FooterMm = 9.0;
constexpr double BodyPt = 12.0; // body text; never below 11 pt
constexpr double SmallPt = 11.0;

QFont sans(double points, bool bold = false) {
    QFont font(u"Sans Serif"_s);
    font.setPointSizeF(points);
    font.setBold(bold);
    // No ligatures, so "fi" reaches a PDF's text (search, screen readers) as two letters.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

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

void drawText(QPainter& painter, const QRectF& rect, const QFont& font, const QString& text,
              Qt::Alignment align = Qt::AlignLeft | Qt::AlignTop) {
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.drawText(rect, int(align) | Qt::TextWordWrap, text);
}

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

// Paints every section, each with its own page numbers, the running header and the footer.
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

// ---- Building blocks ----

QString longDate(const QDate& date) {
    return QLocale().toString(date, u"dddd d MMMM yyyy"_s);
}

QString duration(int minutes) {
    if (minutes < 60)
        return Tr::tr("%1 min").arg(minutes);
    return Tr::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

// Spaces that never break, so a fact ("12 of 12 boxes") or a phone number stays on one line.
QString unbroken(QString text) {
    return text.replace(u' ', QChar(0x00A0));
}

QString joinFacts(const QStringList& facts) {
    QStringList kept;
    for (const QString& fact : facts)
        kept << unbroken(fact);
    return kept.join(u"   ·   "_s);
}

Row spacer(double height) {
    return Row{height, [](QPainter&, const QRectF&) {}};
}

// A paragraph of wrapped text.
Row paragraph(const Ink& ink, double width, const QFont& font, const QString& text,
              double spaceAfter = 0) {
    const double height = ink.height(font, text, width) + spaceAfter;
    return Row{height, [font, text](QPainter& painter, const QRectF& rect) {
                   drawText(painter, rect, font, text);
               }};
}

// A big title on the left and the date on the right, or under it when both do not fit.
Row titleRow(const Ink& ink, double width, const QString& title, const QString& right) {
    const QFont titleFont = sans(22, true);
    const QFont rightFont = sans(14, true);
    const double rightWidth = ink.width(rightFont, right) + 2 * ink.mm;
    const bool oneLine = ink.width(titleFont, title) + rightWidth + 4 * ink.mm <= width;
    const double titleHeight = ink.height(titleFont, title, oneLine ? width - rightWidth : width);
    const double height = (oneLine ? std::max(titleHeight, ink.height(rightFont, right, rightWidth))
                                   : titleHeight + ink.height(rightFont, right, width)) +
                          1.5 * ink.mm;
    return Row{height, [=](QPainter& painter, const QRectF& rect) {
                   drawText(painter, rect.adjusted(0, 0, oneLine ? -rightWidth : 0, 0), titleFont,
                            title);
                   drawText(painter, rect.adjusted(0, oneLine ? 1 * ink.mm : titleHeight, 0, 0),
                            rightFont, right, Qt::AlignRight | Qt::AlignTop);
               }};
}

Row mapRow(const Ink& ink, const RouteMapData& map, double height) {
    return Row{height + 3 * ink.mm, [map, height](QPainter& painter, const QRectF& rect) {
                   paintRouteMap(painter, QRectF(rect.left(), rect.top(), rect.width(), height),
                                 map);
               }};
}

// "Note: ______" — a line to write on.
Row noteRow(const Ink& ink, const QString& label) {
    const QFont font = sans(BodyPt);
    const double mm = ink.mm;
    const double height = 9 * mm;
    return Row{height, [=](QPainter& painter, const QRectF& rect) {
                   const double labelWidth = ink.width(font, label) + 2 * mm;
                   drawText(painter, QRectF(rect.left(), rect.top() + 3 * mm, labelWidth, 6 * mm),
                            font, label);
                   painter.setPen(QPen(Qt::black, 0.25 * mm, Qt::DotLine));
                   const double y = rect.top() + 3 * mm + ink.lineHeight(font) - 0.5 * mm;
                   painter.drawLine(QPointF(rect.left() + labelWidth, y), QPointF(rect.right(), y));
               }};
}

Row separator(const Ink& ink) {
    const double mm = ink.mm;
    return Row{5 * mm, [mm](QPainter& painter, const QRectF& rect) {
                   painter.setPen(QPen(Qt::black, 0.5 * mm));
                   const double y = rect.top() + 2.5 * mm;
                   painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
               }};
}

// Shifts a row right by `indent`, so it sits beside a stop's number.
Row indented(Row row, double indent) {
    auto paint = row.paint;
    row.paint = [paint, indent](QPainter& painter, const QRectF& rect) {
        paint(painter, rect.adjusted(indent, 0, 0, 0));
    };
    return row;
}

// The stop's number, large, in a box: what the driver looks for.
void paintStopNumber(QPainter& painter, const QRectF& rect, int number, double mm) {
    const QRectF box(rect.left(), rect.top() + 1 * mm, 15 * mm, 12 * mm);
    painter.setPen(QPen(Qt::black, 0.6 * mm));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(box);
    drawText(painter, box, sans(24, true), QString::number(number), Qt::AlignCenter);
}

using Details = QList<std::pair<QString, QString>>; // label, value

// A stop: its number large in a box on the left; the name, where, and labelled details in the
// middle; the boxes and the tick boxes for the outcome stacked on the right.
Row stopRow(const Ink& ink, double width, int number, const QString& name, const QString& boxes,
            const QString& where, const Details& details, const QStringList& ticks) {
    const double mm = ink.mm;
    const double indent = 19 * mm;
    const QFont nameFont = sans(15, true);
    const QFont boxesFont = sans(14, true);
    const QFont whereFont = sans(14);
    const QFont labelFont = sans(BodyPt, true);
    const QFont valueFont = sans(BodyPt);
    const QFont tickFont = sans(BodyPt);
    const double box = 4.5 * mm;

    double ticksWidth = 0;
    for (const QString& tick : ticks)
        ticksWidth = std::max(ticksWidth, box + 2 * mm + ink.width(tickFont, tick));
    ticksWidth = std::max(ticksWidth, ink.width(boxesFont, boxes)) + 1 * mm;
    const double ticksLeft = width - ticksWidth;
    const double textWidth = ticksLeft - indent - 4 * mm;
    double labelWidth = 0;
    for (const auto& detail : details)
        labelWidth = std::max(labelWidth, ink.width(labelFont, detail.first) + 3 * mm);

    // The middle column, top to bottom.
    struct Line {
        double y;
        double height;
        QString label;
        QString value;
    };
    const double nameHeight = ink.height(nameFont, name, textWidth);
    const double whereHeight = ink.height(whereFont, where, textWidth);
    double y = nameHeight + 0.5 * mm + whereHeight + 1.5 * mm;
    QList<Line> lines;
    for (const auto& [label, value] : details) {
        const double height = std::max(ink.height(labelFont, label, labelWidth),
                                       ink.height(valueFont, value, textWidth - labelWidth)) +
                              0.8 * mm;
        lines << Line{y, height, label, value};
        y += height;
    }
    // The right column: boxes, then one tick box a line.
    const double boxesHeight = boxes.isEmpty() ? 0 : ink.height(boxesFont, boxes, ticksWidth);
    const double tickLine = std::max(box, ink.lineHeight(tickFont)) + 1.8 * mm;
    const double ticksHeight = boxesHeight + 1.5 * mm + tickLine * ticks.size();
    const double height = std::max({y, ticksHeight, 14.5 * mm}) + 1 * mm;

    return Row{
        height, [=](QPainter& painter, const QRectF& rect) {
            paintStopNumber(painter, rect, number, mm);
            const double left = rect.left() + indent;
            drawText(painter, QRectF(left, rect.top(), textWidth, nameHeight), nameFont, name);
            drawText(painter,
                     QRectF(left, rect.top() + nameHeight + 0.5 * mm, textWidth, whereHeight),
                     whereFont, where);
            for (const Line& line : lines) {
                drawText(painter, QRectF(left, rect.top() + line.y, labelWidth, line.height),
                         labelFont, line.label);
                drawText(painter,
                         QRectF(left + labelWidth, rect.top() + line.y, textWidth - labelWidth,
                                line.height),
                         valueFont, line.value);
            }
            const double right = rect.left() + ticksLeft;
            drawText(painter, QRectF(right, rect.top(), ticksWidth, boxesHeight), boxesFont, boxes,
                     Qt::AlignRight | Qt::AlignTop);
            double tickY = rect.top() + boxesHeight + 1.5 * mm;
            for (const QString& tick : ticks) {
                painter.setPen(QPen(Qt::black, 0.4 * mm));
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(QRectF(right, tickY + 0.3 * mm, box, box));
                drawText(painter,
                         QRectF(right + box + 2 * mm, tickY, ticksWidth - box - 2 * mm, tickLine),
                         tickFont, tick);
                tickY += tickLine;
            }
        }};
}

// Plural forms spelled out: the CLI prints without loading a translation.
QString boxesLabel(int boxes) {
    return boxes == 1 ? Tr::tr("1 box") : Tr::tr("%1 boxes").arg(boxes);
}

QString stopsLabel(qsizetype stops) {
    return stops == 1 ? Tr::tr("1 stop") : Tr::tr("%1 stops").arg(stops);
}

// ---- Route sheets ----

Section routeSheetSection(const Ink& ink, double width, const RouteSheetData& data,
                          const PrintOptions& options) {
    const double mm = ink.mm;
    const QString date = longDate(data.date);
    QString title = Tr::tr("Route %1").arg(data.routeNo);
    if (!data.runName.isEmpty())
        title += u" — "_s + data.runName;
    Section section;
    section.headerLeft = Tr::tr("Route %1 · %2").arg(data.routeNo).arg(data.driver);
    section.headerRight =
        options.pantryName.isEmpty() ? date : Tr::tr("%1 · %2").arg(date, options.pantryName);
    section.footerLeft = Tr::tr("Return or destroy this sheet after the run.");

    Group head;
    head << titleRow(ink, width, title, date);
    head << paragraph(ink, width, sans(16, true), Tr::tr("Driver: %1").arg(data.driver), 1.5 * mm);
    QStringList facts;
    facts << Tr::tr("Start: %1")
                 .arg(data.startPoint.isEmpty() ? Tr::tr("the pantry") : data.startPoint);
    facts << stopsLabel(data.stops.size());
    facts << Tr::tr("%1 of %2 boxes").arg(data.boxes()).arg(data.capacity);
    if (data.kilometres > 0 || data.minutes > 0)
        facts << Tr::tr("about %1 km, %2")
                     .arg(QLocale().toString(data.kilometres, 'f', 1), duration(data.minutes));
    facts << (data.returns ? Tr::tr("ends back at the pantry") : Tr::tr("ends at the last stop"));
    head << paragraph(ink, width, sans(13), joinFacts(facts), 1.5 * mm);
    if (!options.pantryPhone.isEmpty()) {
        const QString pantry =
            options.pantryName.isEmpty() ? Tr::tr("the pantry") : options.pantryName;
        head << paragraph(ink, width, sans(13, true),
                          Tr::tr("Questions or trouble on the way? Call %1: %2")
                              .arg(pantry, unbroken(options.pantryPhone)),
                          2 * mm);
    }
    section.groups << head;

    // The map, and which stops it cannot show.
    Group map;
    map << mapRow(ink, data.map, 62 * mm);
    QStringList offMap;
    for (const SheetStop& stop : data.stops) {
        if (!stop.onMap)
            offMap << QString::number(stop.number);
    }
    if (!offMap.isEmpty())
        map << paragraph(
            ink, width, sans(SmallPt),
            Tr::tr("Not on the map (no location on file): stop %1.").arg(offMap.join(u", "_s)),
            1 * mm);
    if (std::any_of(data.stops.begin(), data.stops.end(),
                    [](const SheetStop& s) { return s.approximate && s.onMap; }))
        map << paragraph(ink, width, sans(SmallPt),
                         Tr::tr("Hollow circles: placed by postal code only; check the address."),
                         1 * mm);
    map << paragraph(ink, width, sans(BodyPt),
                     Tr::tr("At each stop tick one box (1 Delivered, 2 Left at door, 3 Not home, "
                            "4 Wrong address, 5 Declined) and write anything the pantry should "
                            "know on the note line."),
                     1 * mm);
    map << separator(ink);
    section.groups << map;

    const QStringList ticks{Tr::tr("1 Delivered"), Tr::tr("2 Left at door"), Tr::tr("3 Not home"),
                            Tr::tr("4 Wrong address"), Tr::tr("5 Declined")};
    const double indent = 19 * mm;
    for (const SheetStop& stop : data.stops) {
        const QString name = options.initialsOnly ? initials(stop.name) : stop.name;
        QString where = stop.address;
        if (where.isEmpty() && !stop.meetingPoint.isEmpty())
            where = Tr::tr("Meet at: %1").arg(stop.meetingPoint);
        else if (!stop.meetingPoint.isEmpty())
            where += u"\n"_s + Tr::tr("Meet at: %1").arg(stop.meetingPoint);
        if (where.isEmpty())
            where = Tr::tr("No address on file: call the pantry.");

        Details details;
        // The box's template by name and what differs from it: the packing list has the rest.
        QString contents = stop.boxName.isEmpty() ? stop.contents.join(u";  "_s)
                           : stop.changes.isEmpty()
                               ? stop.boxName
                               : stop.boxName + u": "_s + stop.changes.join(u";  "_s);
        if (!contents.isEmpty())
            details.append({Tr::tr("Box"), contents});
        if (!stop.languages.isEmpty())
            details.append({Tr::tr("Speaks"), stop.languages.join(u", "_s)});
        QString notes = stop.deliveryNotes.trimmed();
        if (!stop.mayLeaveAtDoor)
            notes += (notes.isEmpty() ? QString() : u"\n"_s) +
                     Tr::tr("Do not leave the boxes at the door.");
        if (!notes.isEmpty())
            details.append({Tr::tr("Notes"), notes});
        if (!stop.accessNeeds.trimmed().isEmpty())
            details.append({Tr::tr("Access"), stop.accessNeeds.trimmed()});
        if (!options.initialsOnly && !stop.phone.isEmpty())
            details.append({Tr::tr("Phone"), stop.phone});
        Group group;
        group << stopRow(ink, width, stop.number, name, boxesLabel(stop.boxes), where, details,
                         ticks);
        group << indented(noteRow(ink, Tr::tr("Note:")), indent);
        group << separator(ink);
        section.groups << group;
    }
    if (data.stops.isEmpty())
        section.groups << Group{paragraph(ink, width, sans(14), Tr::tr("No stops on this route."))};
    return section;
}

// ---- Packing lists ----

// A table row: cells at the given x offsets and widths; each cell wraps.
struct Column {
    double x = 0;
    double width = 0;
    Qt::Alignment align = Qt::AlignLeft;
};

Row tableRow(const Ink& ink, const QList<Column>& columns, const QStringList& cells,
             const QFont& font, bool tickBox, bool heading) {
    const double mm = ink.mm;
    double height = ink.lineHeight(font);
    for (int c = 0; c < cells.size() && c < columns.size(); ++c)
        height = std::max(height, ink.height(font, cells.at(c), columns.at(c).width - 2 * mm));
    height += 3 * mm;
    return Row{height, [=](QPainter& painter, const QRectF& rect) {
                   for (int c = 0; c < cells.size() && c < columns.size(); ++c) {
                       const Column& column = columns.at(c);
                       drawText(painter,
                                QRectF(rect.left() + column.x + 1 * mm, rect.top() + 1.5 * mm,
                                       column.width - 2 * mm, rect.height() - 1.5 * mm),
                                font, cells.at(c), column.align | Qt::AlignTop);
                   }
                   if (tickBox && !columns.isEmpty()) {
                       const Column& last = columns.last();
                       painter.setPen(QPen(Qt::black, 0.35 * mm));
                       painter.setBrush(Qt::NoBrush);
                       painter.drawRect(QRectF(rect.left() + last.x + (last.width - 5 * mm) / 2,
                                               rect.top() + 1.5 * mm, 5 * mm, 5 * mm));
                   }
                   painter.setPen(QPen(Qt::black, (heading ? 0.5 : 0.2) * mm));
                   painter.drawLine(QPointF(rect.left(), rect.bottom()),
                                    QPointF(rect.right(), rect.bottom()));
               }};
}

Section packingListSection(const Ink& ink, double width, const PackingListData& data,
                           const PrintOptions& options) {
    const double mm = ink.mm;
    const QString date = longDate(data.date);
    Section section;
    section.headerLeft = Tr::tr("Packing list · Route %1 · %2").arg(data.routeNo).arg(data.driver);
    section.headerRight =
        options.pantryName.isEmpty() ? date : Tr::tr("%1 · %2").arg(date, options.pantryName);
    section.footerLeft = Tr::tr("Destroy this list after packing.");

    int boxes = 0;
    for (const PackingListData::Line& line : data.lines)
        boxes += line.boxes;
    Group head;
    head << titleRow(ink, width, Tr::tr("Packing list — Route %1").arg(data.routeNo), date);
    head << paragraph(ink, width, sans(14, true),
                      Tr::tr("Driver: %1   ·   %2   ·   %3")
                          .arg(data.driver, stopsLabel(data.lines.size()), boxesLabel(boxes)),
                      1.5 * mm);
    head << paragraph(ink, width, sans(13),
                      Tr::tr("Load the car in this order: the last stop first, so that stop 1's "
                             "boxes come out first."),
                      3 * mm);
    section.groups << head;

    const QList<Column> columns{{0, 16 * mm, Qt::AlignLeft},
                                {16 * mm, 16 * mm, Qt::AlignLeft},
                                {32 * mm, 44 * mm, Qt::AlignLeft},
                                {76 * mm, 18 * mm, Qt::AlignLeft},
                                {94 * mm, width - 94 * mm - 18 * mm, Qt::AlignLeft},
                                {width - 18 * mm, 18 * mm, Qt::AlignCenter}};
    const Row heads = tableRow(ink, columns,
                               {Tr::tr("Load"), Tr::tr("Stop"), Tr::tr("Household"),
                                Tr::tr("Boxes"), Tr::tr("Contents"), Tr::tr("Packed")},
                               sans(BodyPt, true), false, true);
    section.continuationHead = heads;
    section.groups.last() << heads;

    int load = 0;
    for (qsizetype i = data.lines.size() - 1; i >= 0; --i) {
        const PackingListData::Line& line = data.lines.at(i);
        QString contents = line.contents.join(u";  "_s);
        if (!line.boxName.isEmpty())
            contents = contents.isEmpty() ? line.boxName : line.boxName + u": "_s + contents;
        section.groups << Group{
            tableRow(ink, columns,
                     {QString::number(++load), QString::number(line.stopNumber),
                      options.initialsOnly ? initials(line.household) : line.household,
                      QString::number(line.boxes), contents, QString()},
                     sans(BodyPt), true, false)};
    }
    if (data.lines.isEmpty())
        section.groups << Group{paragraph(ink, width, sans(14), Tr::tr("Nothing to pack."))};
    return section;
}

// ---- Pick list ----

Section pickListSection(const Ink& ink, double width, const PickListData& data,
                        const PrintOptions& options) {
    const double mm = ink.mm;
    const QString date = longDate(data.date);
    Section section;
    section.headerLeft = Tr::tr("Pick list");
    section.headerRight =
        options.pantryName.isEmpty() ? date : Tr::tr("%1 · %2").arg(date, options.pantryName);

    Group head;
    QString title = Tr::tr("Pick list");
    if (!data.runName.isEmpty())
        title += u" — "_s + data.runName;
    head << titleRow(ink, width, title, date);
    head << paragraph(ink, width, sans(13),
                      Tr::tr("Take these from each place for every route of the day, and tick "
                             "each line when it is on the packing table."),
                      3 * mm);
    const QList<Column> columns{{0, width - 76 * mm, Qt::AlignLeft},
                                {width - 76 * mm, 34 * mm, Qt::AlignLeft},
                                {width - 42 * mm, 28 * mm, Qt::AlignRight},
                                {width - 14 * mm, 14 * mm, Qt::AlignCenter}};
    const Row heads = tableRow(
        ink, columns, {Tr::tr("Item"), Tr::tr("Use by"), Tr::tr("Quantity"), Tr::tr("Taken")},
        sans(BodyPt, true), false, true);
    section.groups << head;

    QString location;
    bool first = true;
    for (const PickListData::Line& line : data.lines) {
        Group group;
        if (first || line.location != location) {
            group << spacer(first ? 0 : 3 * mm);
            group << paragraph(
                ink, width, sans(15, true),
                line.location.isEmpty() ? Tr::tr("(no place recorded)") : line.location, 1 * mm);
            group << heads;
            location = line.location;
            first = false;
        }
        group << tableRow(
            ink, columns,
            {line.item,
             line.expiry ? QLocale().toString(*line.expiry, u"d MMM yyyy"_s) : Tr::tr("no date"),
             line.quantity, QString()},
            sans(BodyPt), true, false);
        section.groups << group;
    }
    if (data.lines.isEmpty())
        section.groups << Group{paragraph(ink, width, sans(14),
                                          Tr::tr("Nothing is set aside for this day yet: "
                                                 "allocate the packages first."))};
    return section;
}

// ---- Pickup manifests ----

Section manifestSection(const Ink& ink, double width, const PickupManifestData& data,
                        const PrintOptions& options) {
    const double mm = ink.mm;
    const QString date = longDate(data.date);
    Section section;
    section.headerLeft = Tr::tr("Pickup route %1 · %2").arg(data.routeNo).arg(data.driver);
    section.headerRight =
        options.pantryName.isEmpty() ? date : Tr::tr("%1 · %2").arg(date, options.pantryName);
    section.footerLeft = Tr::tr("Bring this sheet back to the pantry with the food.");

    Group head;
    QString title = Tr::tr("Pickup route %1").arg(data.routeNo);
    if (!data.runName.isEmpty())
        title += u" — "_s + data.runName;
    head << titleRow(ink, width, title, date);
    head << paragraph(ink, width, sans(16, true), Tr::tr("Driver: %1").arg(data.driver), 1.5 * mm);
    QStringList facts;
    facts << Tr::tr("Start: %1")
                 .arg(data.startPoint.isEmpty() ? Tr::tr("the pantry") : data.startPoint);
    facts << stopsLabel(data.stops.size());
    facts << Tr::tr("room for %1 boxes").arg(data.capacity);
    if (data.kilometres > 0 || data.minutes > 0)
        facts << Tr::tr("about %1 km, %2")
                     .arg(QLocale().toString(data.kilometres, 'f', 1), duration(data.minutes));
    head << paragraph(ink, width, sans(13), joinFacts(facts), 1.5 * mm);
    if (!options.pantryPhone.isEmpty())
        head << paragraph(
            ink, width, sans(13, true),
            Tr::tr("Questions or trouble on the way? Call %1: %2")
                .arg(options.pantryName.isEmpty() ? Tr::tr("the pantry") : options.pantryName,
                     unbroken(options.pantryPhone)),
            2 * mm);
    section.groups << head;
    Group map;
    map << mapRow(ink, data.map, 70 * mm);
    map << separator(ink);
    section.groups << map;

    const QStringList ticks{Tr::tr("1 Collected"), Tr::tr("2 Nothing to collect"),
                            Tr::tr("3 Closed")};
    const double indent = 19 * mm;
    for (const PickupManifestData::Stop& stop : data.stops) {
        Details details;
        if (!stop.contact.isEmpty())
            details.append({Tr::tr("Ask for"), stop.contact});
        if (!options.initialsOnly && !stop.phone.isEmpty())
            details.append({Tr::tr("Phone"), stop.phone});
        if (!stop.collect.isEmpty())
            details.append({Tr::tr("Collect"), stop.collect});
        Group group;
        group << stopRow(ink, width, stop.number, stop.supplier, QString(), stop.address, details,
                         ticks);
        group << indented(noteRow(ink, Tr::tr("What was collected:")), indent);
        group << separator(ink);
        section.groups << group;
    }
    return section;
}

// Paints sections made by `make` for each item of `items`.
template <typename T, typename Make>
int paintAll(QPagedPaintDevice& device, const QList<T>& items, const PrintOptions& options,
             Make make) {
    const Ink ink(&device);
    QList<Section> sections;
    for (const T& item : items)
        sections << make(ink, double(device.width()), item, options);
    if (sections.isEmpty())
        return 0;
    return paintSections(device, sections);
}

void preparePrinter(QPrinter& printer, const PrintOptions& options, bool keepPrinterPage) {
    if (!keepPrinterPage) {
        printer.setPageLayout(QPageLayout(QPageSize(options.paper), QPageLayout::Portrait,
                                          QMarginsF(MarginMm, MarginMm, MarginMm, MarginMm),
                                          QPageLayout::Millimeter));
    }
}

} // namespace

int paintRouteSheets(QPagedPaintDevice& device, const QList<RouteSheetData>& sheets,
                     const PrintOptions& options) {
    return paintAll(device, sheets, options, routeSheetSection);
}

int paintPackingLists(QPagedPaintDevice& device, const QList<PackingListData>& lists,
                      const PrintOptions& options) {
    return paintAll(device, lists, options, packingListSection);
}

int paintPickList(QPagedPaintDevice& device, const PickListData& list,
                  const PrintOptions& options) {
    return paintAll(device, QList<PickListData>{list}, options, pickListSection);
}

int paintPickupManifests(QPagedPaintDevice& device, const QList<PickupManifestData>& manifests,
                         const PrintOptions& options) {
    return paintAll(device, manifests, options, manifestSection);
}

int printRouteSheets(QPrinter& printer, const QList<RouteSheetData>& sheets,
                     const PrintOptions& options, bool keepPrinterPage) {
    preparePrinter(printer, options, keepPrinterPage);
    return paintRouteSheets(printer, sheets, options);
}

int printPackingLists(QPrinter& printer, const QList<PackingListData>& lists,
                      const PrintOptions& options, bool keepPrinterPage) {
    preparePrinter(printer, options, keepPrinterPage);
    return paintPackingLists(printer, lists, options);
}

int printPickList(QPrinter& printer, const PickListData& list, const PrintOptions& options,
                  bool keepPrinterPage) {
    preparePrinter(printer, options, keepPrinterPage);
    return paintPickList(printer, list, options);
}

int printPickupManifests(QPrinter& printer, const QList<PickupManifestData>& manifests,
                         const PrintOptions& options, bool keepPrinterPage) {
    preparePrinter(printer, options, keepPrinterPage);
    return paintPickupManifests(printer, manifests, options);
}

Result<void> writePdf(const QString& path, const PrintOptions& options, const QString& title,
                      const std::function<int(QPagedPaintDevice&)>& paint) {
    const auto failure = [&path](const QString& why) {
        return Error::make(Error::Kind::ReadOnlyFolder,
                           Tr::tr("Could not write the PDF (%1).").arg(why),
                           Tr::tr("Choose a folder you can save in, or close the file if another "
                                  "program has it open."))
            .at(path);
    };
    if (QFileInfo(path).isDir())
        return failure(Tr::tr("it is a folder"));
    // Written under a temporary name and renamed at the end: never half a file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(file.errorString());
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(u"Larder"_s);
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(options.paper), QPageLayout::Portrait,
                                         QMarginsF(MarginMm, MarginMm, MarginMm, MarginMm),
                                         QPageLayout::Millimeter));
        pages = paint(writer);
    }
    if (pages == 0) {
        file.cancelWriting();
        return Error::invalidInput(Tr::tr("There is nothing to print."),
                                   Tr::tr("Plan the routes of the day first."))
            .at(path);
    }
    if (!file.commit())
        return failure(file.errorString());
    return {};
}

Result<void> writeRouteSheetsPdf(const QString& path, const QList<RouteSheetData>& sheets,
                                 const PrintOptions& options) {
    return writePdf(path, options, Tr::tr("Route sheets"), [&](QPagedPaintDevice& device) {
        return paintRouteSheets(device, sheets, options);
    });
}

Result<void> writePackingListsPdf(const QString& path, const QList<PackingListData>& lists,
                                  const PrintOptions& options) {
    return writePdf(path, options, Tr::tr("Packing lists"), [&](QPagedPaintDevice& device) {
        return paintPackingLists(device, lists, options);
    });
}

Result<void> writePickListPdf(const QString& path, const PickListData& list,
                              const PrintOptions& options) {
    return writePdf(path, options, Tr::tr("Pick list"), [&](QPagedPaintDevice& device) {
        return paintPickList(device, list, options);
    });
}

Result<void> writePickupManifestsPdf(const QString& path,
                                     const QList<PickupManifestData>& manifests,
                                     const PrintOptions& options) {
    return writePdf(path, options, Tr::tr("Pickup routes"), [&](QPagedPaintDevice& device) {
        return paintPickupManifests(device, manifests, options);
    });
}

} // namespace larder::print
