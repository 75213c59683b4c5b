// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/routing/detail/LocalSearch.h"

#include <algorithm>

namespace larder::routing::detail {

namespace {
constexpr std::int64_t Infeasible = -1;
} // namespace

LocalSearch::LocalSearch(const Model& model, int granularity)
    : m_model(model)
    , m_granularity(granularity) {}

void LocalSearch::load(const Plan& plan) {
    m_routes.resize(std::size_t(m_model.vehicles));
    m_routeOf.assign(std::size_t(m_model.n), -1);
    m_posOf.assign(std::size_t(m_model.n), -1);
    for (int r = 0; r < m_model.vehicles; ++r) {
        RouteData& route = m_routes[std::size_t(r)];
        route.nodes.clear();
        route.nodes.push_back(m_model.start[std::size_t(r)]);
        for (int c : plan.routes[std::size_t(r)])
            route.nodes.push_back(c);
        route.nodes.push_back(m_model.end[std::size_t(r)]);
        refresh(r);
    }
}

void LocalSearch::store(Plan& plan) const {
    for (int r = 0; r < m_model.vehicles; ++r) {
        const std::vector<int>& nodes = m_routes[std::size_t(r)].nodes;
        plan.routes[std::size_t(r)].assign(nodes.begin() + 1, nodes.end() - 1);
        plan.evaluate(m_model, r);
    }
    plan.total();
}

void LocalSearch::refresh(int r) {
    RouteData& route = m_routes[std::size_t(r)];
    const Model& m = m_model;
    const std::size_t count = route.nodes.size();
    route.fd.assign(count, 0);
    route.bd.assign(count, 0);
    route.pn.assign(count, 0);
    route.ld.assign(count, 0);
    if (m.hasDuration) {
        route.ft.assign(count, 0);
        route.bt.assign(count, 0);
    }
    const std::size_t last = count - 1;
    for (std::size_t k = 1; k < count; ++k) {
        const int a = route.nodes[k - 1];
        const int b = route.nodes[k];
        route.fd[k] = route.fd[k - 1] + m.d(a, b);
        route.bd[k] = route.bd[k - 1] + m.d(b, a);
        const bool customer = k < last;
        route.ld[k] = route.ld[k - 1] + (customer ? m.demand[std::size_t(b)] : 0);
        route.pn[k] = route.pn[k - 1] + (customer ? m.pen(b, r) : 0);
        if (m.hasDuration) {
            route.ft[k] = route.ft[k - 1] + m.t(a, b) + (customer ? m.service[std::size_t(b)] : 0);
            route.bt[k] = route.bt[k - 1] + m.t(b, a) + (k - 1 > 0 ? m.service[std::size_t(a)] : 0);
        }
        if (customer) {
            m_routeOf[std::size_t(b)] = r;
            m_posOf[std::size_t(b)] = int(k);
        }
    }
    std::int64_t duration = m.hasDuration && count > 2 ? route.ft[last] : 0;
    std::int64_t warpCost = 0;
    if (m.hasWindows) {
        route.tf.resize(count);
        route.tb.resize(count);
        route.tf[0] = TimeSeg{};
        for (std::size_t k = 1; k < count; ++k)
            route.tf[k] = TimeSeg::join(route.tf[k - 1], m.t(route.nodes[k - 1], route.nodes[k]),
                                        m.visit(route.nodes[k]));
        route.tb[last] = TimeSeg{};
        for (std::size_t k = last; k-- > 0;)
            route.tb[k] = TimeSeg::join(m.visit(route.nodes[k]),
                                        m.t(route.nodes[k], route.nodes[k + 1]), route.tb[k + 1]);
        if (count > 2) {
            const TimeSeg whole = m.shift(r, route.tf[last]);
            duration = whole.duration;
            warpCost = std::max<std::int64_t>(m.warpCost(whole.warp), 0);
        }
    }
    route.cost = (count > 2 ? route.fd[last] : 0) + route.pn[last] +
                 m_model.extra(duration, route.ld[last], int(count) - 2) + warpCost;
}

LocalSearch::Seg LocalSearch::seg(const Piece& piece) const {
    if (piece.r < 0)
        return Seg{piece.i, piece.i, 0, 0, 0, 0, TimeSeg{}};
    const RouteData& route = m_routes[std::size_t(piece.r)];
    const int customers = int(route.nodes.size()) - 2;
    const std::size_t i = std::size_t(piece.i);
    const std::size_t j = std::size_t(piece.j);
    Seg s;
    s.load = route.ld[j] - (i > 0 ? route.ld[i - 1] : 0);
    s.stops = std::min(piece.j, customers) - std::max(piece.i, 1) + 1;
    auto service = [&](std::size_t k) {
        return (k > 0 && int(k) <= customers) ? m_model.service[std::size_t(route.nodes[k])] : 0;
    };
    if (!piece.reversed) {
        s.first = route.nodes[i];
        s.last = route.nodes[j];
        s.dist = route.fd[j] - route.fd[i];
        s.dur = m_model.hasDuration ? route.ft[j] - route.ft[i] + service(i) : 0;
    } else {
        s.first = route.nodes[j];
        s.last = route.nodes[i];
        s.dist = route.bd[j] - route.bd[i];
        s.dur = m_model.hasDuration ? route.bt[j] - route.bt[i] + service(j) : 0;
    }
    if (m_model.hasWindows) {
        const int last = int(route.nodes.size()) - 1;
        if (!piece.reversed && piece.i == 0)
            s.time = route.tf[j];
        else if (!piece.reversed && piece.j == last)
            s.time = route.tb[i];
        else
            s.time = piece.reversed ? walk(route, piece.j, piece.i) : walk(route, piece.i, piece.j);
        s.dur = s.time.duration;
    }
    return s;
}

TimeSeg LocalSearch::walk(const RouteData& route, int from, int to) const {
    const int step = from <= to ? 1 : -1;
    TimeSeg time = m_model.visit(route.nodes[std::size_t(from)]);
    for (int k = from + step; k != to + step; k += step)
        time = TimeSeg::join(
            time, m_model.t(route.nodes[std::size_t(k - step)], route.nodes[std::size_t(k)]),
            m_model.visit(route.nodes[std::size_t(k)]));
    return time;
}

LocalSearch::Seg LocalSearch::join(const Seg& a, const Seg& b) const {
    Seg s;
    s.first = a.first;
    s.last = b.last;
    s.dist = a.dist + m_model.d(a.last, b.first) + b.dist;
    s.dur = m_model.hasDuration ? a.dur + m_model.t(a.last, b.first) + b.dur : 0;
    s.load = a.load + b.load;
    s.stops = a.stops + b.stops;
    if (m_model.hasWindows) {
        s.time = TimeSeg::join(a.time, m_model.t(a.last, b.first), b.time);
        s.dur = s.time.duration;
    }
    return s;
}

std::int64_t LocalSearch::piecePenalty(const Piece& piece, int vehicle) const {
    if (!m_model.hasPreferences || piece.r < 0)
        return 0;
    const RouteData& route = m_routes[std::size_t(piece.r)];
    const int customers = int(route.nodes.size()) - 2;
    if (piece.r == vehicle)
        return route.pn[std::size_t(piece.j)] -
               (piece.i > 0 ? route.pn[std::size_t(piece.i - 1)] : 0);
    std::int64_t sum = 0;
    for (int k = std::max(piece.i, 1); k <= std::min(piece.j, customers); ++k)
        sum += m_model.pen(route.nodes[std::size_t(k)], vehicle);
    return sum;
}

std::int64_t LocalSearch::routeCost(int vehicle, const Piece* pieces, int count) const {
    Seg s = seg(pieces[0]);
    for (int k = 1; k < count; ++k)
        s = join(s, seg(pieces[k]));
    const std::size_t v = std::size_t(vehicle);
    if (s.stops == 0)
        return m_model.extra(0, 0, 0);
    if (s.load > m_model.capacity[v] || s.stops > m_model.maxStops[v])
        return Infeasible;
    std::int64_t warpCost = 0;
    if (m_model.hasWindows) {
        const TimeSeg whole = m_model.shift(vehicle, s.time);
        warpCost = m_model.warpCost(whole.warp);
        if (warpCost < 0)
            return Infeasible;
        s.dur = whole.duration;
    }
    if (m_model.hasDuration && s.dur > m_model.maxDuration[v])
        return Infeasible;
    std::int64_t pen = 0;
    if (m_model.hasPreferences) {
        for (int k = 0; k < count; ++k)
            pen += piecePenalty(pieces[k], vehicle);
    }
    return s.dist + pen + m_model.extra(s.dur, s.load, s.stops) + warpCost;
}

bool LocalSearch::tryMove(int r1, const Piece* p1, int n1, int r2, const Piece* p2, int n2) {
    const std::int64_t new1 = routeCost(r1, p1, n1);
    if (new1 == Infeasible)
        return false;
    std::int64_t before = m_routes[std::size_t(r1)].cost;
    std::int64_t after = new1;
    if (r2 >= 0) {
        const std::int64_t new2 = routeCost(r2, p2, n2);
        if (new2 == Infeasible)
            return false;
        before += m_routes[std::size_t(r2)].cost;
        after += new2;
    }
    if (after >= before)
        return false;
    // Both new sequences are built from the old data before either route changes.
    std::vector<int> first;
    std::vector<int> second;
    auto materialise = [this](const Piece* pieces, int count, std::vector<int>& out) {
        for (int k = 0; k < count; ++k) {
            const Piece& piece = pieces[k];
            if (piece.r < 0)
                continue;
            const RouteData& route = m_routes[std::size_t(piece.r)];
            const int customers = int(route.nodes.size()) - 2;
            const int lo = std::max(piece.i, 1);
            const int hi = std::min(piece.j, customers);
            if (!piece.reversed) {
                for (int x = lo; x <= hi; ++x)
                    out.push_back(route.nodes[std::size_t(x)]);
            } else {
                for (int x = hi; x >= lo; --x)
                    out.push_back(route.nodes[std::size_t(x)]);
            }
        }
    };
    materialise(p1, n1, first);
    if (r2 >= 0)
        materialise(p2, n2, second);
    auto install = [this](int r, const std::vector<int>& customers) {
        RouteData& route = m_routes[std::size_t(r)];
        route.nodes.clear();
        route.nodes.push_back(m_model.start[std::size_t(r)]);
        route.nodes.insert(route.nodes.end(), customers.begin(), customers.end());
        route.nodes.push_back(m_model.end[std::size_t(r)]);
        refresh(r);
    };
    install(r1, first);
    if (r2 >= 0)
        install(r2, second);
    return true;
}

bool LocalSearch::relocate(int u, int v) {
    const int ru = m_routeOf[std::size_t(u)];
    const int rv = m_routeOf[std::size_t(v)];
    const int pu = m_posOf[std::size_t(u)];
    const int pv = m_posOf[std::size_t(v)];
    const int lu = int(m_routes[std::size_t(ru)].nodes.size()) - 2;
    const int lv = int(m_routes[std::size_t(rv)].nodes.size()) - 2;
    for (int k = 1; k <= 3; ++k) {
        const int a = pu;
        const int b = pu + k - 1;
        if (b > lu)
            break;
        if (ru == rv && pv >= a && pv <= b)
            break;
        // After v (edge v→u), or before v with the string reversed (edge u→v).
        for (int variant = 0; variant < 2; ++variant) {
            const int q = variant == 0 ? pv : pv - 1;
            const bool reversed = variant == 1 && k > 1;
            const Piece moved{ru, a, b, reversed};
            if (ru != rv) {
                const Piece from[] = {{ru, 0, a - 1, false}, {ru, b + 1, lu + 1, false}};
                const Piece to[] = {{rv, 0, q, false}, moved, {rv, q + 1, lv + 1, false}};
                if (tryMove(ru, from, 2, rv, to, 3))
                    return true;
                continue;
            }
            if (q < a - 1) {
                const Piece route[] = {{ru, 0, q, false},
                                       moved,
                                       {ru, q + 1, a - 1, false},
                                       {ru, b + 1, lu + 1, false}};
                if (tryMove(ru, route, 4, -1, nullptr, 0))
                    return true;
            } else if (q > b) {
                const Piece route[] = {{ru, 0, a - 1, false},
                                       {ru, b + 1, q, false},
                                       moved,
                                       {ru, q + 1, lu + 1, false}};
                if (tryMove(ru, route, 4, -1, nullptr, 0))
                    return true;
            } else if (reversed) { // q == a - 1 or q == b: the string reversed in place
                const Piece route[] = {{ru, 0, a - 1, false}, moved, {ru, b + 1, lu + 1, false}};
                if (tryMove(ru, route, 3, -1, nullptr, 0))
                    return true;
            }
        }
    }
    return false;
}

bool LocalSearch::swap(int u, int v) {
    const int ru = m_routeOf[std::size_t(u)];
    const int rv = m_routeOf[std::size_t(v)];
    const int pu = m_posOf[std::size_t(u)];
    const int pv = m_posOf[std::size_t(v)];
    const int lu = int(m_routes[std::size_t(ru)].nodes.size()) - 2;
    const int lv = int(m_routes[std::size_t(rv)].nodes.size()) - 2;
    for (int a = 1; a <= 2; ++a) {
        if (pu + a - 1 > lu)
            break;
        for (int b = 1; b <= 2; ++b) {
            if (pv + b - 1 > lv)
                break;
            const Piece su{ru, pu, pu + a - 1, false};
            const Piece sv{rv, pv, pv + b - 1, false};
            if (ru != rv) {
                const Piece first[] = {{ru, 0, pu - 1, false}, sv, {ru, pu + a, lu + 1, false}};
                const Piece second[] = {{rv, 0, pv - 1, false}, su, {rv, pv + b, lv + 1, false}};
                if (tryMove(ru, first, 3, rv, second, 3))
                    return true;
                continue;
            }
            Piece route[5];
            int count = 0;
            if (pu + a - 1 < pv) {
                route[count++] = {ru, 0, pu - 1, false};
                route[count++] = sv;
                if (pu + a <= pv - 1)
                    route[count++] = {ru, pu + a, pv - 1, false};
                route[count++] = su;
                route[count++] = {ru, pv + b, lu + 1, false};
            } else if (pv + b - 1 < pu) {
                route[count++] = {ru, 0, pv - 1, false};
                route[count++] = su;
                if (pv + b <= pu - 1)
                    route[count++] = {ru, pv + b, pu - 1, false};
                route[count++] = sv;
                route[count++] = {ru, pu + a, lu + 1, false};
            } else {
                continue;
            }
            if (tryMove(ru, route, count, -1, nullptr, 0))
                return true;
        }
    }
    return false;
}

bool LocalSearch::twoOpt(int u, int v) {
    const int r = m_routeOf[std::size_t(u)];
    const int pu = m_posOf[std::size_t(u)];
    const int pv = m_posOf[std::size_t(v)];
    const int l = int(m_routes[std::size_t(r)].nodes.size()) - 2;
    if (pu < pv - 1) {
        const Piece route[] = {{r, 0, pu, false}, {r, pu + 1, pv, true}, {r, pv + 1, l + 1, false}};
        return tryMove(r, route, 3, -1, nullptr, 0);
    }
    if (pv < pu - 1) {
        const Piece route[] = {{r, 0, pv - 1, false}, {r, pv, pu - 1, true}, {r, pu, l + 1, false}};
        return tryMove(r, route, 3, -1, nullptr, 0);
    }
    return false;
}

bool LocalSearch::twoOptStar(int u, int v) {
    const int ru = m_routeOf[std::size_t(u)];
    const int rv = m_routeOf[std::size_t(v)];
    const int pu = m_posOf[std::size_t(u)];
    const int pv = m_posOf[std::size_t(v)];
    const int lu = int(m_routes[std::size_t(ru)].nodes.size()) - 2;
    const int lv = int(m_routes[std::size_t(rv)].nodes.size()) - 2;
    const Piece endU{-1, m_model.end[std::size_t(ru)], 0, false};
    const Piece endV{-1, m_model.end[std::size_t(rv)], 0, false};
    const Piece startV{-1, m_model.start[std::size_t(rv)], 0, false};
    {
        // u's head, then v and the rest of v's route; v's head, then what followed u.
        const Piece first[] = {{ru, 0, pu, false}, {rv, pv, lv, false}, endU};
        Piece second[3];
        int count = 0;
        second[count++] = {rv, 0, pv - 1, false};
        if (pu < lu)
            second[count++] = {ru, pu + 1, lu, false};
        second[count++] = endV;
        if (tryMove(ru, first, 3, rv, second, count))
            return true;
    }
    {
        // u's head, then v back to the first stop of its route; what followed u, reversed,
        // then what followed v.
        const Piece first[] = {{ru, 0, pu, false}, {rv, 1, pv, true}, endU};
        Piece second[3];
        int count = 0;
        second[count++] = startV;
        if (pu < lu)
            second[count++] = {ru, pu + 1, lu, true};
        second[count++] = {rv, pv + 1, lv + 1, false};
        if (tryMove(ru, first, 3, rv, second, count))
            return true;
    }
    return false;
}

bool LocalSearch::toEmptyRoute(int u) {
    const int ru = m_routeOf[std::size_t(u)];
    const int pu = m_posOf[std::size_t(u)];
    const int lu = int(m_routes[std::size_t(ru)].nodes.size()) - 2;
    for (int e = 0; e < m_model.vehicles; ++e) {
        if (e == ru || m_routes[std::size_t(e)].nodes.size() > 2)
            continue;
        const Piece from[] = {{ru, 0, pu - 1, false}, {ru, pu + 1, lu + 1, false}};
        const Piece to[] = {{-1, m_model.start[std::size_t(e)], 0, false},
                            {ru, pu, pu, false},
                            {-1, m_model.end[std::size_t(e)], 0, false}};
        if (tryMove(ru, from, 2, e, to, 3))
            return true;
    }
    return false;
}

bool LocalSearch::improveCustomer(int u) {
    const std::vector<int>& near = m_model.neighbours[std::size_t(u)];
    const int count = std::min(int(near.size()), m_granularity);
    for (int k = 0; k < count; ++k) {
        const int v = near[std::size_t(k)];
        if (m_routeOf[std::size_t(v)] < 0)
            continue;
        if (relocate(u, v) || swap(u, v))
            return true;
        if (m_routeOf[std::size_t(u)] == m_routeOf[std::size_t(v)] ? twoOpt(u, v)
                                                                   : twoOptStar(u, v))
            return true;
    }
    return toEmptyRoute(u);
}

bool LocalSearch::run(Plan& plan, Rng& rng, const std::function<bool()>& stop) {
    load(plan);
    m_order.clear();
    for (int c = 0; c < m_model.n; ++c) {
        if (m_routeOf[std::size_t(c)] >= 0)
            m_order.push_back(c);
    }
    bool changed = false;
    bool improved = true;
    while (improved) {
        improved = false;
        for (std::size_t k = m_order.size(); k > 1; --k)
            std::swap(m_order[k - 1], m_order[std::size_t(rng.below(int(k)))]);
        for (int u : m_order) {
            if (stop && stop())
                break;
            while (improveCustomer(u))
                improved = true;
        }
        changed = changed || improved;
        if (stop && stop())
            break;
    }
    if (changed)
        store(plan);
    return changed;
}

} // namespace larder::routing::detail
