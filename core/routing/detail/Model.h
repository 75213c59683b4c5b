// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The solver's compact view of a problem. Customers are 0..n-1; the vehicles' start and end
// points follow them, then one "nowhere" node (zero cost to reach) that ends open routes. Costs
// and durations are plain int matrices in both directions (a row for "from c" and a row for
// "to c"), so the hot loops read two contiguous rows.

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdint>
#include <vector>

namespace larder::routing::detail {

// "Later than any time": a window that never closes.
constexpr std::int64_t Never = std::int64_t(1) << 50;

// The timing of a run of visits, for joining runs in O(1) (Vidal, Crainic, Gendreau & Prins, "A
// hybrid genetic algorithm with adaptive diversity management for a large class of vehicle
// routing problems with time-windows", Computers & Operations Research 40(1), 2013): its
// duration (travel, service and waiting), its time warp (lateness the schedule cannot avoid), and
// the earliest and latest start of service at its first visit that achieve them.
struct TimeSeg {
    std::int64_t duration = 0;
    std::int64_t warp = 0;
    std::int64_t earliest = 0;
    std::int64_t latest = Never;

    // `a`, then `travel`, then `b`.
    static TimeSeg join(const TimeSeg& a, std::int64_t travel, const TimeSeg& b) {
        const std::int64_t delta = a.duration - a.warp + travel;
        const std::int64_t wait = std::max<std::int64_t>(b.earliest - delta - a.latest, 0);
        const std::int64_t late = std::max<std::int64_t>(a.earliest + delta - b.latest, 0);
        TimeSeg s;
        s.duration = a.duration + b.duration + travel + wait;
        s.warp = a.warp + b.warp + late;
        s.earliest = std::max(b.earliest - delta, a.earliest) - wait;
        s.latest = std::min(b.latest - delta, a.latest) + late;
        return s;
    }
};

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
    // Time windows (routing::Customer::readyTime, Vehicle::availableFrom ...). A route's start
    // and end terminals are neutral in its TimeSeg; the vehicle's own hours wrap it (shift()).
    bool hasWindows = false;
    std::int64_t latePenalty = 0;               // per unit of time warp; 0: windows are hard
    std::vector<std::int64_t> ready, due;       // per customer: window on the start of service
    std::vector<std::int64_t> earliest, latest; // per vehicle: leaves from, back by

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
    // A node's own TimeSeg: a customer's service and window; a terminal is neutral.
    TimeSeg visit(int node) const {
        if (node >= n)
            return TimeSeg{};
        return TimeSeg{service[std::size_t(node)], 0, ready[std::size_t(node)],
                       due[std::size_t(node)]};
    }
    // A whole route's TimeSeg (start terminal to end terminal) within vehicle v's hours.
    TimeSeg shift(int v, const TimeSeg& route) const {
        const TimeSeg leave{0, 0, earliest[std::size_t(v)], latest[std::size_t(v)]};
        const TimeSeg back{0, 0, 0, latest[std::size_t(v)]};
        return TimeSeg::join(TimeSeg::join(leave, 0, route), 0, back);
    }
    // The cost of a route's time warp, or -1 when the windows are hard and it has some.
    std::int64_t warpCost(std::int64_t warp) const {
        if (warp == 0)
            return 0;
        return latePenalty > 0 ? latePenalty * warp : -1;
    }
    // Fills distT and the neighbour lists once dist is set.
    void finish();
};

} // namespace larder::routing::detail
