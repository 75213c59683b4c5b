// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/routing/detail/Construction.h"

#include <limits>

namespace larder::routing::detail {

Plan regretInsertion(const Model& model) {
    Plan plan;
    plan.reset(model);
    const int n = model.n;
    const int vehicles = model.vehicles;
    constexpr std::int64_t None = std::numeric_limits<std::int64_t>::max();
    // costs[c * vehicles + r]: cheapest insertion of c into r, None when it does not fit.
    std::vector<std::int64_t> costs(std::size_t(n) * std::size_t(vehicles), None);
    std::vector<int> positions(costs.size(), 0);
    auto update = [&](int c, int r) {
        const Insertion insertion = bestInsertion(model, plan, c, r);
        const std::size_t k = std::size_t(c) * std::size_t(vehicles) + std::size_t(r);
        costs[k] = insertion.fits ? insertion.delta : None;
        positions[k] = insertion.position;
    };
    std::vector<int> pending = plan.absent;
    for (int c : pending)
        for (int r = 0; r < vehicles; ++r)
            update(c, r);
    std::vector<int> unplaced;
    while (!pending.empty()) {
        int chosen = -1;
        int chosenRoute = -1;
        std::int64_t chosenRegret = -1;
        for (std::size_t k = 0; k < pending.size();) {
            const int c = pending[k];
            std::int64_t best = None;
            std::int64_t second = None;
            int bestRoute = -1;
            for (int r = 0; r < vehicles; ++r) {
                const std::int64_t cost =
                    costs[std::size_t(c) * std::size_t(vehicles) + std::size_t(r)];
                if (cost < best) {
                    second = best;
                    best = cost;
                    bestRoute = r;
                } else if (cost < second) {
                    second = cost;
                }
            }
            if (bestRoute < 0) { // fits nowhere now, and routes only fill up
                unplaced.push_back(c);
                pending[k] = pending.back();
                pending.pop_back();
                continue;
            }
            // A customer with a single possible route goes first.
            const std::int64_t regret =
                second == None ? std::numeric_limits<std::int64_t>::max() / 2 : second - best;
            if (regret > chosenRegret ||
                (regret == chosenRegret &&
                 model.demand[std::size_t(c)] > model.demand[std::size_t(chosen)])) {
                chosen = c;
                chosenRoute = bestRoute;
                chosenRegret = regret;
            }
            ++k;
        }
        if (chosen < 0)
            break;
        const std::size_t k =
            std::size_t(chosen) * std::size_t(vehicles) + std::size_t(chosenRoute);
        insertCustomer(model, plan, chosen, chosenRoute, positions[k]);
        for (std::size_t i = 0; i < pending.size(); ++i) {
            if (pending[i] == chosen) {
                pending[i] = pending.back();
                pending.pop_back();
                break;
            }
        }
        for (int c : pending)
            update(c, chosenRoute);
    }
    plan.absent = unplaced;
    plan.total();
    return plan;
}

} // namespace larder::routing::detail
