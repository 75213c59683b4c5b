// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A solution while the solver works on it: one customer sequence per vehicle, with each route's
// totals kept up to date, and the customers not placed ("absent"). Plans are copied often, so
// copy assignment reuses the vectors' memory.

#include "core/routing/detail/Model.h"

#include <cstdint>
#include <vector>

namespace larder::routing::detail {

struct Plan {
    std::vector<std::vector<int>> routes;
    std::vector<int> load;
    std::vector<std::int64_t> distance; // 0 for an empty route
    std::vector<std::int64_t> duration; // travel plus service; 0 for an empty route
    std::vector<std::int64_t> penalty;  // preference penalties of the route's customers
    std::vector<std::int64_t> extra;    // Model::extra of the route (sharing the day), plus the
                                        // cost of its time warp (soft windows)
    // With time windows: each route's time warp, and the TimeSeg of every prefix and suffix of
    // its nodes (start, customers..., end) for costing an insertion in O(1).
    std::vector<std::int64_t> warp;
    std::vector<std::vector<TimeSeg>> forward, backward;
    std::vector<int> routeOf; // per customer; -1 when absent
    std::vector<int> absent;
    std::int64_t cost = 0; // Σ distance + Σ penalty + Σ extra

    void reset(const Model& model);           // every route empty, every customer absent
    void evaluate(const Model& model, int r); // recomputes route r's totals and routeOf
    void total();                             // recomputes cost from the routes' totals
    // With time windows: route r's timing (within its vehicle's hours) with customer c put
    // between its nodes p and p + 1 (0 the start), which are `prev` and `next`.
    TimeSeg withInserted(const Model& model, int r, int p, int c, int prev, int next) const {
        const TimeSeg& before = forward[std::size_t(r)][std::size_t(p)];
        const TimeSeg& after = backward[std::size_t(r)][std::size_t(p + 1)];
        return model.shift(r, TimeSeg::join(TimeSeg::join(before, model.t(prev, c), model.visit(c)),
                                            model.t(c, next), after));
    }
    // Lexicographic: fewer absent customers first, then lower cost.
    bool betterThan(const Plan& other) const {
        return absent.size() != other.absent.size() ? absent.size() < other.absent.size()
                                                    : cost < other.cost;
    }
};

// Where customer c fits best into route r: the cost increase (distance and penalty) and the
// position before which it goes; `fits` is false when the route cannot take it (load, stops or
// duration).
struct Insertion {
    bool fits = false;
    std::int64_t delta = 0;
    int position = 0;
};
Insertion bestInsertion(const Model& model, const Plan& plan, int c, int r);

// Inserts c into route r before `position` and updates the route's totals.
void insertCustomer(const Model& model, Plan& plan, int c, int r, int position);

} // namespace larder::routing::detail
