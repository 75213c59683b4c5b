// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The solver's compact view of a problem. Customers are 0..n-1; the vehicles' start and end
// points follow them, then one "nowhere" node (zero cost to reach) that ends open routes. Costs
// and durations are plain int matrices in both directions (a row for "from c" and a row for
// "to c"), so the hot loops read two contiguous rows.

#include <climits>
#include <cmath>
#include <cstdint>
#include <vector>

namespace larder::routing::detail {

struct Model {
    int n = 0;                    // customers
    int vehicles = 0;             // routes
    int size = 0;                 // nodes in the matrices
    std::vector<int> dist, distT; // size × size: dist[a*size+b] = cost a→b; distT its transpose
    std::vector<int> dur;         // same for durations; empty when no vehicle has a time limit
    bool symmetric = true;
    bool hasDuration = false;
    bool hasPreferences = false;
    // Sharing the day (routing::Sharing): a route's extra cost.
    bool sharing = false;
    std::int64_t emptyRoute = 0;
    double durationWeight = 0, loadWeight = 0;

    std::vector<int> demand, service, preferred;
    std::vector<std::int64_t> penalty;
    std::vector<int> start, end, capacity, maxStops; // per vehicle; INT_MAX when no limit
    std::vector<std::int64_t> maxDuration;           // per vehicle; INT64_MAX when no limit
    // For each customer, the other customers by increasing d(a,b) + d(b,a) (at most 100).
    std::vector<std::vector<int>> neighbours;

    int d(int a, int b) const { return dist[std::size_t(a) * std::size_t(size) + std::size_t(b)]; }
    int t(int a, int b) const { return dur[std::size_t(a) * std::size_t(size) + std::size_t(b)]; }
    // Preference penalty of customer c on vehicle v.
    std::int64_t pen(int c, int v) const {
        return (preferred[c] >= 0 && preferred[c] != v) ? penalty[c] : 0;
    }
    // A route's cost beyond its distance and penalties: 0 unless the day is shared.
    std::int64_t extra(std::int64_t duration, int load, int stops) const {
        if (!sharing)
            return 0;
        if (stops == 0)
            return emptyRoute;
        return std::llround(durationWeight * double(duration) * double(duration) +
                            loadWeight * double(load) * double(load));
    }
    // Fills distT and the neighbour lists once dist is set.
    void finish();
};

} // namespace larder::routing::detail
