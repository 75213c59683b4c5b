// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRectF>
#include <QString>

#include <optional>

class QPainter;

namespace larder::print {

// A place on the schematic map, in decimal degrees.
struct MapPoint {
    double latitude = 0;
    double longitude = 0;
};

// One numbered stop on the map.
struct MapStop {
    int number = 0; // the stop's number on the sheet
    MapPoint where;
    bool approximate = false; // placed by postal area: drawn hollow
};

// What a route's schematic map shows: the start (marked), the stops in order with their
// numbers, the path between them, and the way back when the driver returns.
struct RouteMapData {
    std::optional<MapPoint> start;
    QString startLabel; // "Pantry", "Home"
    bool returns = true;
    QList<MapStop> stops;
};

// Draws a route's schematic map into `area`: no tiles, no network, black and white friendly
// (the path solid, the way back dashed, numbers in circles large enough to read at arm's
// length), with a north arrow and a scale bar. Shared by the route sheet and the Distribution
// page.
void paintRouteMap(QPainter& painter, const QRectF& area, const RouteMapData& data);

} // namespace larder::print
