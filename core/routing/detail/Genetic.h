// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The improvement phase for plain capacitated days (one depot, one capacity, nothing else): a
// hybrid genetic search after Vidal, "Hybrid genetic search for the CVRP: open-source
// implementation and SWAP* neighborhood", Computers & Operations Research 140, 2022. A
// population of solutions kept diverse (fitness biased by distance to the others), children made
// by ordered crossover of giant tours and split into routes, each improved by a granular local
// search that lets routes go over capacity for a price adapted as the search goes, with SWAP*.
// On small instances it finds the best known solutions where ruin-and-recreate stalls.

#include "core/routing/detail/Model.h"
#include "core/routing/detail/Plan.h"
#include "core/routing/detail/Rng.h"
#include "core/routing/detail/Search.h"

#include <functional>
#include <memory>
#include <optional>

namespace larder::routing::detail {

// True when the model is one this search handles: every route starts and ends at the same
// depot, every vehicle has the same capacity and no other limit, and there are no windows,
// preferences or shared-day costs; costs are symmetric.
bool suitsGenetic(const Model& model);

// Searches until the limits (or until `giveUpFraction` of the time budget passes without any
// solution that keeps the capacities). The best plan placing every customer, or nothing.
struct GeneticOutcome {
    std::optional<Plan> best;
    std::int64_t iterations = 0;
    bool cancelled = false;
};
GeneticOutcome geneticSearch(const Model& model, const SearchLimits& limits,
                             double giveUpFraction = 0.5);

// The genetic search's local search (relocate, swap, 2-opt, 2-opt*, SWAP*) for ruin and recreate
// on a plain day (suitsGenetic): no move puts a route over capacity; absent customers stay so.
class PlainLocalSearch {
public:
    explicit PlainLocalSearch(const Model& model);
    ~PlainLocalSearch();
    void run(Plan& plan, Rng& rng, const std::function<bool()>& stop);

private:
    struct Impl;
    const Model& m_model;
    std::unique_ptr<Impl> m_impl;
};

} // namespace larder::routing::detail
