// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The improvement phase for every kind of day: ruin and recreate in the style of SISR (Christiaens
// & Vanden Berghe, "Slack induction by string removals for vehicle routing problems",
// Transportation Science 54(2), 2020) with simulated-annealing acceptance, from the better of two
// constructed starts, with local search on the starts, on new best solutions now and then, and on
// the answer.

#include "core/routing/detail/Model.h"
#include "core/routing/detail/Plan.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>

namespace larder::routing::detail {

// When to stop, the seed, and whom to tell about a new best.
struct SearchLimits {
    std::chrono::steady_clock::time_point started;
    std::int64_t timeLimitMs = 0;   // 0: none
    std::int64_t maxIterations = 0; // 0: none
    std::uint64_t seed = 1;
    // Auto, or one method forced (SolverOptions::Method).
    enum class Method { Auto, RuinRecreate, Genetic } method = Method::Auto;
    const std::atomic<bool>* cancel = nullptr;
    // Called with (iteration, best cost, best's absent customers) on every new best.
    std::function<void(std::int64_t, std::int64_t, int)> improved;
};

// The best plan found and how the search ended.
struct SearchOutcome {
    Plan best;
    std::int64_t iterations = 0;
    bool cancelled = false;
    bool genetic = false; // the genetic search found it
};

// The genetic search (Genetic.h) when `limits` and the model call for it, with ruin and recreate
// after it if it found no solution keeping every capacity; ruin and recreate otherwise.
SearchOutcome search(const Model& model, const SearchLimits& limits);

// Whether search() starts with the genetic search.
bool choosesGenetic(const Model& model, const SearchLimits& limits);

} // namespace larder::routing::detail
