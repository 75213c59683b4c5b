// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/RouteMap.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QLineF>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QPen>
#include <QPolygonF>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace larder::print {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(larder::print::RouteMap)
};

constexpr double MetresPerDegree = 111320.0;

// A "nice" length for the scale bar: 1, 2 or 5 times a power of ten, at most `metres`.
double niceLength(double metres) {
    if (metres <= 0)
        return 0;
    const double power = std::pow(10.0, std::floor(std::log10(metres)));
    for (const double step : {5.0, 2.0, 1.0}) {
        if (step * power <= metres)
            return step * power;
    }
    return power;
}

QString lengthLabel(double metres) {
    if (metres >= 1000)
        return Tr::tr("%1 km").arg(metres / 1000.0, 0, 'g', 3);
    return Tr::tr("%1 m").arg(qRound(metres));
}

void drawArrowHead(QPainter& painter, const QPointF& from, const QPointF& to, double size) {
    const QLineF line(from, to);
    if (line.length() < size * 4)
        return;
    const QPointF tip = line.pointAt(0.5) + (to - from) / line.length() * size * 0.5;
    const double angle = std::atan2(to.y() - from.y(), to.x() - from.x());
    const QPointF left = tip - QPointF(std::cos(angle - 0.45), std::sin(angle - 0.45)) * size;
    const QPointF right = tip - QPointF(std::cos(angle + 0.45), std::sin(angle + 0.45)) * size;
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    painter.drawPolygon(QPolygonF{tip, left, right});
    painter.restore();
}

} // namespace

void paintRouteMap(QPainter& painter, const QRectF& area, const RouteMapData& data) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QPaintDevice* device = painter.device();
    const double mm = (device ? device->logicalDpiX() : 96) / 25.4;

    painter.setPen(QPen(Qt::black, 0.3 * mm));
    painter.setBrush(Qt::white);
    painter.drawRect(area);

    // Every point that has coordinates: the start first, then the stops.
    QList<MapPoint> points;
    if (data.start)
        points << *data.start;
    for (const MapStop& stop : data.stops)
        points << stop.where;

    QFont font(u"Sans Serif"_s);
    if (points.isEmpty()) {
        font.setPixelSize(int(4 * mm));
        painter.setFont(font);
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap,
                         Tr::tr("No map: no stop on this route has a location."));
        painter.restore();
        return;
    }

    // Equirectangular projection around the mean latitude: x = longitude × cos(latitude).
    double meanLatitude = 0;
    for (const MapPoint& p : points)
        meanLatitude += p.latitude;
    meanLatitude /= double(points.size());
    const double cosLatitude = std::max(0.01, std::cos(meanLatitude * M_PI / 180.0));
    double minX = 1e9, maxX = -1e9, minY = 1e9, maxY = -1e9;
    for (const MapPoint& p : points) {
        minX = std::min(minX, p.longitude * cosLatitude);
        maxX = std::max(maxX, p.longitude * cosLatitude);
        minY = std::min(minY, p.latitude);
        maxY = std::max(maxY, p.latitude);
    }
    // At least 400 m across, so a single stop or a tight cluster is not blown up.
    const double minimumSpan = 400.0 / MetresPerDegree;
    if (maxX - minX < minimumSpan) {
        const double centre = (minX + maxX) / 2;
        minX = centre - minimumSpan / 2;
        maxX = centre + minimumSpan / 2;
    }
    if (maxY - minY < minimumSpan) {
        const double centre = (minY + maxY) / 2;
        minY = centre - minimumSpan / 2;
        maxY = centre + minimumSpan / 2;
    }

    const double radius = std::clamp(area.height() * 0.04, 2.6 * mm, 4.0 * mm);
    const double margin = radius * 2.2;
    const QRectF inner = area.adjusted(margin, margin, -margin, -margin - 5 * mm); // scale bar
    const double scale = std::min(inner.width() / (maxX - minX), inner.height() / (maxY - minY));
    const QPointF offset(inner.left() + (inner.width() - (maxX - minX) * scale) / 2,
                         inner.top() + (inner.height() - (maxY - minY) * scale) / 2);
    const auto project = [&](const MapPoint& p) {
        return QPointF(offset.x() + (p.longitude * cosLatitude - minX) * scale,
                       offset.y() + (maxY - p.latitude) * scale);
    };

    // Stops at the same place (flats in one building) are spread out so every number shows.
    QList<QPointF> placed;
    for (const MapStop& stop : data.stops) {
        QPointF at = project(stop.where);
        for (int attempt = 0; attempt < 12; ++attempt) {
            const bool crowded = std::any_of(placed.begin(), placed.end(), [&](const QPointF& q) {
                return QLineF(q, at).length() < radius * 1.6;
            });
            if (!crowded)
                break;
            const double angle = attempt * M_PI / 3;
            at = project(stop.where) +
                 QPointF(std::cos(angle), std::sin(angle)) * radius * 2.1 * (1 + attempt / 6);
        }
        placed << at;
    }
    const std::optional<QPointF> start =
        data.start ? std::optional<QPointF>(project(*data.start)) : std::nullopt;

    // The path: solid from the start through the stops in order, dashed back when the driver
    // returns.
    QList<QPointF> path;
    if (start)
        path << *start;
    path << placed;
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(Qt::black, 0.5 * mm, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (int i = 1; i < path.size(); ++i) {
        painter.drawLine(path.at(i - 1), path.at(i));
        drawArrowHead(painter, path.at(i - 1), path.at(i), 1.8 * mm);
    }
    if (start && data.returns && !placed.isEmpty()) {
        QPen dashed(Qt::black, 0.4 * mm, Qt::DashLine, Qt::FlatCap);
        painter.setPen(dashed);
        painter.drawLine(placed.last(), *start);
    }

    // The start: a black square with its label.
    if (start) {
        const double side = radius * 1.5;
        painter.setPen(QPen(Qt::black, 0.3 * mm));
        painter.setBrush(Qt::black);
        painter.drawRect(QRectF(start->x() - side / 2, start->y() - side / 2, side, side));
        font.setPixelSize(int(3.2 * mm));
        font.setBold(true);
        painter.setFont(font);
        const QString label = data.startLabel.isEmpty() ? Tr::tr("Start") : data.startLabel;
        const QFontMetricsF metrics(font, painter.device());
        const double width = metrics.horizontalAdvance(label) + 2 * mm;
        const bool leftSide = start->x() + side + width > area.right() - mm;
        const QRectF box(leftSide ? start->x() - side - width : start->x() + side,
                         start->y() - 2.5 * mm, width, 5 * mm);
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::white);
        painter.drawRect(box);
        painter.setPen(Qt::black);
        painter.drawText(box, Qt::AlignCenter, label);
    }

    // The stops: numbers in circles; hollow and dashed when placed by postal area only.
    font.setBold(true);
    for (int i = 0; i < data.stops.size(); ++i) {
        const MapStop& stop = data.stops.at(i);
        const QString number = QString::number(stop.number);
        font.setPixelSize(int(radius * (number.size() > 1 ? 1.05 : 1.25)));
        painter.setFont(font);
        const QRectF circle(placed.at(i).x() - radius, placed.at(i).y() - radius, 2 * radius,
                            2 * radius);
        if (stop.approximate) {
            painter.setPen(QPen(Qt::black, 0.35 * mm, Qt::DashLine));
            painter.setBrush(Qt::white);
            painter.drawEllipse(circle);
            painter.setPen(Qt::black);
        } else {
            painter.setPen(QPen(Qt::black, 0.3 * mm));
            painter.setBrush(Qt::black);
            painter.drawEllipse(circle);
            painter.setPen(Qt::white);
        }
        painter.drawText(circle, Qt::AlignCenter, number);
    }

    // North arrow, top right.
    {
        const QPointF tip(area.right() - 5 * mm, area.top() + 3 * mm);
        QPolygonF arrow{tip, tip + QPointF(-1.8 * mm, 5 * mm), tip + QPointF(0, 4 * mm),
                        tip + QPointF(1.8 * mm, 5 * mm)};
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::black);
        painter.drawPolygon(arrow);
        font.setPixelSize(int(3 * mm));
        painter.setFont(font);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(tip.x() - 3 * mm, tip.y() + 5 * mm, 6 * mm, 4 * mm),
                         Qt::AlignCenter, Tr::tr("N", "north"));
    }

    // Scale bar, bottom left: a round length about a quarter of the map's width.
    {
        const double metresPerUnit = MetresPerDegree / scale;
        const double metres = niceLength(area.width() * 0.25 * metresPerUnit);
        const double length = metres / metresPerUnit;
        const QPointF left(area.left() + 4 * mm, area.bottom() - 4 * mm);
        const QPointF right = left + QPointF(length, 0);
        painter.setPen(QPen(Qt::black, 0.4 * mm));
        painter.drawLine(left, right);
        painter.drawLine(left, left - QPointF(0, 1.5 * mm));
        painter.drawLine(right, right - QPointF(0, 1.5 * mm));
        font.setBold(false);
        font.setPixelSize(int(3 * mm));
        painter.setFont(font);
        painter.drawText(QRectF(right.x() + 1.5 * mm, right.y() - 3.5 * mm, 30 * mm, 5 * mm),
                         Qt::AlignLeft | Qt::AlignVCenter, lengthLabel(metres));
    }
    painter.restore();
}

} // namespace larder::print
