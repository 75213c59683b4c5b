// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Travel costs from coordinates, for Larder's real routes: great-circle (haversine) distance
// times a road factor, in whole metres, and driving time from an average speed, in whole
// seconds. No network service is ever called. Service time per stop is set on each
// routing::Customer (serviceTime, seconds), and time limits on each Vehicle (maxDuration).

#include <QtGlobal>

#include <vector>

namespace larder::routing {

// A place on the Earth.
struct GeoPoint {
    double latitude = 0.0;  // degrees, -90..90
    double longitude = 0.0; // degrees, -180..180
};

// How straight lines become roads and minutes (Larder's settings).
struct TravelSettings {
    double roadFactor = 1.3;  // road distance ÷ straight-line distance
    double averageKmh = 30.0; // average driving speed
};

// Straight-line distance along the Earth's surface (mean radius 6,371,008.8 m), in metres.
double greatCircleMetres(GeoPoint a, GeoPoint b);

// Matrices for RoutingProblem::distances (metres) and ::durations (seconds), row-major over
// `points`, rounded to the nearest whole unit.
struct TravelMatrices {
    std::vector<qint64> metres;
    std::vector<qint64> seconds;
};
TravelMatrices travelMatrices(const std::vector<GeoPoint>& points,
                              const TravelSettings& settings = {});

} // namespace larder::routing
