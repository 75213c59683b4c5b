// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Local search over granular neighbourhoods: for each customer u and each of its nearest
// customers v, tries relocating a string of 1-3 customers starting at u next to v (or-opt,
// either direction), swapping strings of 1-2 customers, 2-opt within a route and 2-opt* between
// routes (both variants), plus moving u to an empty route. Applies the first improving move and
// repeats until none improves. Every move is costed by joining route pieces from prefix sums, so
// limits (load, stops, duration) and asymmetric costs are handled exactly.

#include "core/routing/detail/Model.h"
#include "core/routing/detail/Plan.h"
#include "core/routing/detail/Rng.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace larder::routing::detail {

class LocalSearch {
public:
    explicit LocalSearch(const Model& model, int granularity = 20);
    // Improves `plan` in place; `stop` is polled between customers. Returns true when it changed.
    bool run(Plan& plan, Rng& rng, const std::function<bool()>& stop = {});

private:
    // A part of a new route: nodes i..j of route r (positions in RouteData::nodes), forward or
    // reversed; r < 0 is a single terminal node `i`.
    struct Piece {
        int r;
        int i;
        int j;
        bool reversed;
    };
    // The totals of a run of nodes, for joining pieces: its end nodes, distance, duration
    // (service included), load and number of customers.
    struct Seg {
        int first;
        int last;
        std::int64_t dist;
        std::int64_t dur;
        int load;
        int stops;
        TimeSeg time; // with time windows
    };
    // A route as nodes with prefix sums: forward and backward distance (fd, bd) and duration
    // (ft, bt), load (ld) and preference penalty (pn) up to each position.
    struct RouteData {
        std::vector<int> nodes; // start, customers..., end
        std::vector<std::int64_t> fd, bd, ft, bt, pn;
        std::vector<int> ld;
        std::vector<TimeSeg> tf, tb; // with time windows: nodes 0..k, and k..end
        std::int64_t cost = 0;       // distance + penalty + extra (Model::extra, time warp)
    };

    void load(const Plan& plan);
    void store(Plan& plan) const;
    void refresh(int r);
    Seg seg(const Piece& piece) const;
    Seg join(const Seg& a, const Seg& b) const;
    // The timing of a piece that is neither a prefix nor a suffix, visit by visit.
    TimeSeg walk(const RouteData& route, int from, int to) const;
    std::int64_t piecePenalty(const Piece& piece, int vehicle) const;
    // Cost (distance + penalty) of route `vehicle` made of `pieces`, or -1 when it breaks a limit.
    std::int64_t routeCost(int vehicle, const Piece* pieces, int count) const;
    bool tryMove(int r1, const Piece* p1, int n1, int r2, const Piece* p2, int n2);
    void apply(int r, const Piece* pieces, int count);

    bool improveCustomer(int u);
    bool relocate(int u, int v);
    bool swap(int u, int v);
    bool twoOpt(int u, int v);
    bool twoOptStar(int u, int v);
    bool toEmptyRoute(int u);

    const Model& m_model;
    int m_granularity;
    std::vector<RouteData> m_routes;
    std::vector<int> m_routeOf, m_posOf;
    std::vector<int> m_scratch;
    std::vector<int> m_order;
};

} // namespace larder::routing::detail
