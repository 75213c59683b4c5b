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
    std::vector<std::int64_t> extra;    // Model::extra of the route (sharing the day)
    std::vector<int> routeOf;           // per customer; -1 when absent
    std::vector<int> absent;
    std::int64_t cost = 0; // Σ distance + Σ penalty + Σ extra

    void reset(const Model& model);           // every route empty, every customer absent
    void evaluate(const Model& model, int r); // recomputes route r's totals and routeOf
    void total();                             // recomputes cost from the routes' totals
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
