// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/routing/Geo.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace larder::routing {

double greatCircleMetres(GeoPoint a, GeoPoint b) {
    constexpr double EarthRadiusMetres = 6371008.8;
    constexpr double Radians = std::numbers::pi / 180.0;
    const double lat1 = a.latitude * Radians;
    const double lat2 = b.latitude * Radians;
    const double dLat = (b.latitude - a.latitude) * Radians;
    const double dLon = (b.longitude - a.longitude) * Radians;
    const double s = std::sin(dLat / 2) * std::sin(dLat / 2) +
                     std::cos(lat1) * std::cos(lat2) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2.0 * EarthRadiusMetres * std::asin(std::min(1.0, std::sqrt(s)));
}

TravelMatrices travelMatrices(const std::vector<GeoPoint>& points, const TravelSettings& settings) {
    const std::size_t n = points.size();
    TravelMatrices matrices;
    matrices.metres.assign(n * n, 0);
    matrices.seconds.assign(n * n, 0);
    const double metresPerSecond = settings.averageKmh / 3.6;
    for (std::size_t a = 0; a < n; ++a) {
        for (std::size_t b = a + 1; b < n; ++b) {
            const double metres = greatCircleMetres(points[a], points[b]) * settings.roadFactor;
            const qint64 m = qint64(std::llround(metres));
            const qint64 s =
                metresPerSecond > 0 ? qint64(std::llround(metres / metresPerSecond)) : 0;
            matrices.metres[a * n + b] = matrices.metres[b * n + a] = m;
            matrices.seconds[a * n + b] = matrices.seconds[b * n + a] = s;
        }
    }
    return matrices;
}

} // namespace larder::routing
