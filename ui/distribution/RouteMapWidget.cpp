// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/distribution/RouteMapWidget.h"

#include <QPainter>
#include <QPalette>

#if __has_include("print/RouteMap.h")
#include "print/RouteMap.h"
#define LARDER_HAVE_ROUTE_MAP 1
#endif

namespace larder::ui {

RouteMapWidget::RouteMapWidget(QWidget* parent)
    : QWidget(parent) {
    setMinimumSize(240, 240);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
}

void RouteMapWidget::setRoute(const Route& route) {
    m_route = route;
    update();
}

void RouteMapWidget::clear() {
    m_route = {};
    update();
}

void RouteMapWidget::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(8, 8, -8, -8);
    if (m_route.stops.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Choose a route with stops to see its map."));
        return;
    }
#ifdef LARDER_HAVE_ROUTE_MAP
    print::RouteMapData data;
    if (m_route.start)
        data.start = print::MapPoint{m_route.start->first, m_route.start->second};
    data.startLabel = m_route.startLabel;
    data.returns = m_route.returns;
    for (const Stop& stop : m_route.stops)
        data.stops.append({stop.number, {stop.latitude, stop.longitude}, stop.approximate});
    painter.setPen(palette().color(QPalette::Text));
    print::paintRouteMap(painter, area, data);
#else
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap,
                     tr("The route map is not part of this build."));
#endif
}

} // namespace larder::ui
