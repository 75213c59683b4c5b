// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/SheetRows.h"

#include "print/RouteMap.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPen>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace larder::print::layout {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(larder::print::RouteSheets)
};

// The stop's number, large, in a box: what the driver looks for.
void paintStopNumber(QPainter& painter, const QRectF& rect, int number, double mm) {
    const QRectF box(rect.left(), rect.top() + 1 * mm, 15 * mm, 12 * mm);
    painter.setPen(QPen(Qt::black, 0.6 * mm));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(box);
    drawText(painter, box, sans(24, true), QString::number(number), Qt::AlignCenter);
}

} // namespace

QString longDate(const QDate& date) {
    return QLocale().toString(date, u"dddd d MMMM yyyy"_s);
}

QString clockTime(const QTime& time) {
    const QTime minute = QTime(0, 0).addSecs((time.msecsSinceStartOfDay() / 1000 + 30) / 60 * 60);
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(u":ss"_s).remove(u".ss"_s);
    return QLocale().toString(minute, format);
}

QString duration(int minutes) {
    if (minutes < 60)
        return Tr::tr("%1 min").arg(minutes);
    return Tr::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

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

Row paragraph(const Ink& ink, double width, const QFont& font, const QString& text,
              double spaceAfter) {
    const double height = ink.height(font, text, width) + spaceAfter;
    return Row{height, [font, text](QPainter& painter, const QRectF& rect) {
                   drawText(painter, rect, font, text);
               }};
}

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
                   // A map is geography: never mirrored, its labels left to right.
                   const Unmirrored place(painter,
                                          QRectF(rect.left(), rect.top(), rect.width(), height));
                   painter.setLayoutDirection(Qt::LeftToRight);
                   paintRouteMap(painter, place.rect(), map);
               }};
}

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

Row separator(const Ink& ink, double heightMm) {
    const double mm = ink.mm;
    const double pen = heightMm < 5 ? 0.3 : 0.5;
    return Row{heightMm * mm, [mm, heightMm, pen](QPainter& painter, const QRectF& rect) {
                   painter.setPen(QPen(Qt::black, pen * mm));
                   const double y = rect.top() + heightMm / 2 * mm;
                   painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
               }};
}

Row indented(Row row, double indent) {
    auto paint = row.paint;
    row.paint = [paint, indent](QPainter& painter, const QRectF& rect) {
        paint(painter, rect.adjusted(indent, 0, 0, 0));
    };
    return row;
}

Row compactStopRow(const Ink& ink, double width, int number, const QString& name,
                   const QString& boxes, const QString& where, const QString& facts, int ticks) {
    const double mm = ink.mm;
    const double indent = 12 * mm;
    const QFont nameFont = sans(13, true);
    const QFont whereFont = sans(BodyPt);
    const QFont factsFont = sans(SmallPt);
    const QFont tickFont = sans(SmallPt, true);
    const double box = 4.5 * mm;
    const double tickStep = box + 4 * mm;
    const double ticksWidth = tickStep * ticks;
    const double textWidth = width - indent - ticksWidth - 3 * mm;
    const QString heading = boxes.isEmpty() ? name : name + u"   "_s + boxes;
    const double nameHeight = ink.height(nameFont, heading, textWidth);
    const double whereHeight = where.isEmpty() ? 0 : ink.height(whereFont, where, textWidth);
    const double factsHeight = facts.isEmpty() ? 0 : ink.height(factsFont, facts, textWidth);
    const double height = std::max(nameHeight + whereHeight + factsHeight + 0.5 * mm, 9.5 * mm);
    return Row{
        height, [=](QPainter& painter, const QRectF& rect) {
            const QRectF numberBox(rect.left(), rect.top() + 0.8 * mm, 10 * mm, 8 * mm);
            painter.setPen(QPen(Qt::black, 0.5 * mm));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(numberBox);
            drawText(painter, numberBox, sans(16, true), QString::number(number), Qt::AlignCenter);
            const double left = rect.left() + indent;
            double y = rect.top();
            drawText(painter, QRectF(left, y, textWidth, nameHeight), nameFont, heading);
            y += nameHeight;
            drawText(painter, QRectF(left, y, textWidth, whereHeight), whereFont, where);
            y += whereHeight;
            drawText(painter, QRectF(left, y, textWidth, factsHeight), factsFont, facts);
            double x = rect.right() - ticksWidth;
            for (int k = 1; k <= ticks; ++k) {
                painter.setPen(QPen(Qt::black, 0.4 * mm));
                painter.drawRect(QRectF(x, rect.top() + 1.5 * mm, box, box));
                drawText(painter, QRectF(x + box + 0.8 * mm, rect.top() + 1 * mm, 3 * mm, box + mm),
                         tickFont, QString::number(k), Qt::AlignLeft | Qt::AlignVCenter);
                x += tickStep;
            }
        }};
}

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

QString boxesLabel(int boxes) {
    return boxes == 1 ? Tr::tr("1 box") : Tr::tr("%1 boxes").arg(boxes);
}

QString stopsLabel(qsizetype stops) {
    return stops == 1 ? Tr::tr("1 stop") : Tr::tr("%1 stops").arg(stops);
}

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

} // namespace larder::print::layout
