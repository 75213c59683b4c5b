// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/routing/detail/Genetic.h"

#include "core/routing/detail/Rng.h"

#include <algorithm>
#include <chrono>
#include <climits>
#include <cmath>
#include <deque>
#include <limits>
#include <memory>

namespace larder::routing::detail {

namespace {

// The method's parameters: the published defaults of HGS-CVRP, except the granularity (20
// there): 12 gives about half as many generations again in the same time, which measured
// better on CVRPLIB at 1 s and 10 s (docs/ARCHITECTURE.md, "The genetic search for plain
// days").
struct GeneticTuning {
    int minPopulation = 25;      // μ
    int generationSize = 40;     // λ
    int elite = 4;               // solutions whose fitness counts whatever their diversity
    int close = 5;               // neighbours that measure a solution's diversity
    int granularity = 12;        // Γ: nearest customers a customer's moves look at
    double targetFeasible = 0.2; // share of local-search results that keep the capacity
    int restartAfter = 20000;    // generations without a new best before starting over
};

constexpr double Tiny = 1e-5;

// A solution: the giant tour (customers in visiting order, routes run together) and its
// routes, with each customer's neighbours in it (-1: the depot) for measuring diversity.
struct Individual {
    std::vector<int> tour;
    std::vector<std::vector<int>> routes;
    std::vector<int> succ, pred;
    std::int64_t distance = 0;
    std::int64_t excess = 0; // load over capacity, summed over routes
    double penalized = 0.0;
    double biased = 0.0;
    // Other members of the same subpopulation by increasing distance.
    std::vector<std::pair<double, Individual*>> near;

    bool feasible() const { return excess == 0; }

    // Puts neighbouring routes next to each other in the giant tour, so that a slice of it
    // taken by the crossover is a region rather than scattered routes: a greedy chain from the
    // first route, each next route the one whose end is nearest (turned round when its last
    // customer is the nearer end; the cost does not change with symmetric distances).
    void chainRoutes(const Model& m) {
        std::vector<std::vector<int>> chained;
        chained.reserve(routes.size());
        std::vector<char> used(routes.size(), 0);
        std::size_t empty = 0;
        for (std::size_t r = 0; r < routes.size(); ++r) {
            if (routes[r].empty()) {
                used[r] = 1;
                ++empty;
            }
        }
        int at = -1;
        while (chained.size() + empty < routes.size()) {
            std::size_t pick = 0;
            bool flip = false;
            std::int64_t nearest = std::numeric_limits<std::int64_t>::max();
            for (std::size_t r = 0; r < routes.size(); ++r) {
                if (used[r])
                    continue;
                if (at < 0) {
                    pick = r;
                    break;
                }
                const std::int64_t toFirst = m.d(at, routes[r].front());
                const std::int64_t toLast = m.d(at, routes[r].back());
                if (toFirst < nearest || toLast < nearest) {
                    nearest = std::min(toFirst, toLast);
                    pick = r;
                    flip = toLast < toFirst;
                }
            }
            used[pick] = 1;
            chained.push_back(std::move(routes[pick]));
            if (flip)
                std::reverse(chained.back().begin(), chained.back().end());
            at = chained.back().back();
        }
        chained.resize(routes.size());
        routes.swap(chained);
    }

    void evaluate(const Model& m, double penalty) {
        const int depot = m.start[0];
        const int capacity = m.capacity[0];
        distance = 0;
        excess = 0;
        tour.clear();
        succ.assign(std::size_t(m.n), -1);
        pred.assign(std::size_t(m.n), -1);
        for (const std::vector<int>& route : routes) {
            if (route.empty())
                continue;
            int load = 0;
            int prev = depot;
            for (std::size_t k = 0; k < route.size(); ++k) {
                const int c = route[k];
                distance += m.d(prev, c);
                load += m.demand[std::size_t(c)];
                pred[std::size_t(c)] = k > 0 ? route[k - 1] : -1;
                succ[std::size_t(c)] = k + 1 < route.size() ? route[k + 1] : -1;
                tour.push_back(c);
                prev = c;
            }
            distance += m.d(prev, depot);
            excess += std::max(0, load - capacity);
        }
        penalized = double(distance) + penalty * double(excess);
    }

    // The share of this solution's edges the other lacks (broken pairs), from 0 to about 1.
    double distanceTo(const Individual& other) const {
        const std::size_t n = succ.size();
        int broken = 0;
        for (std::size_t c = 0; c < n; ++c) {
            const int s = succ[c];
            if (s != other.succ[c] && s != other.pred[c])
                ++broken;
            if (pred[c] < 0 && other.pred[c] >= 0 && other.succ[c] >= 0)
                ++broken;
        }
        return double(broken) / double(std::max<std::size_t>(1, n));
    }

    double diversity(int close) const {
        const int count = std::min(close, int(near.size()));
        if (count == 0)
            return 0.0;
        double sum = 0;
        for (int k = 0; k < count; ++k)
            sum += near[std::size_t(k)].first;
        return sum / count;
    }
};

// Cuts a giant tour into at most `vehicles` routes at least cost (distance plus the penalty for
// load over capacity): Bellman's shortest path over the tour, one layer per route when the fleet
// is short (Prins 2004; Vidal 2016).
class Splitter {
public:
    explicit Splitter(const Model& model)
        : m(model) {}

    void split(Individual& ind, double penalty) {
        const int n = m.n;
        const int depot = m.start[0];
        const std::int64_t capacity = m.capacity[0];
        const std::vector<int>& t = ind.tour;
        m_load.assign(std::size_t(n + 1), 0);
        m_dist.assign(std::size_t(n + 1), 0);
        for (int k = 1; k <= n; ++k) {
            m_load[std::size_t(k)] = m_load[std::size_t(k - 1)] + m.demand[std::size_t(t[k - 1])];
            if (k > 1)
                m_dist[std::size_t(k)] = m_dist[std::size_t(k - 1)] + m.d(t[k - 2], t[k - 1]);
        }
        // Cost of a route serving tour positions i..j-1.
        const auto cost = [&](int i, int j) {
            const std::int64_t load = m_load[std::size_t(j)] - m_load[std::size_t(i)];
            return double(m.d(depot, t[std::size_t(i)])) +
                   double(m_dist[std::size_t(j)] - m_dist[std::size_t(i + 1)]) +
                   double(m.d(t[std::size_t(j - 1)], depot)) +
                   penalty * double(std::max<std::int64_t>(0, load - capacity));
        };
        const double inf = std::numeric_limits<double>::infinity();
        const std::int64_t cap = capacity + capacity / 2; // longer routes are never worth it
        const auto fits = [&](int i, int j, bool capped) {
            return j == i + 1 || !capped || m_load[std::size_t(j)] - m_load[std::size_t(i)] <= cap;
        };

        // Unlimited fleet first.
        m_pot.assign(std::size_t(n + 1), inf);
        m_from.assign(std::size_t(n + 1), 0);
        m_pot[0] = 0;
        for (int i = 0; i < n; ++i) {
            for (int j = i + 1; j <= n && fits(i, j, true); ++j) {
                const double value = m_pot[std::size_t(i)] + cost(i, j);
                if (value < m_pot[std::size_t(j)]) {
                    m_pot[std::size_t(j)] = value;
                    m_from[std::size_t(j)] = i;
                }
            }
        }
        int count = 0;
        for (int j = n; j > 0; j = m_from[std::size_t(j)])
            ++count;
        if (count <= m.vehicles) {
            store(ind, m_from);
            return;
        }
        // Then layer by layer: potLayer[k][j] = best cost of positions 0..j-1 in k routes.
        for (bool capped : {true, false}) {
            const int layers = m.vehicles;
            m_layerPot.assign(std::size_t(layers + 1) * std::size_t(n + 1), inf);
            m_layerFrom.assign(std::size_t(layers + 1) * std::size_t(n + 1), 0);
            const auto at = [n](int k, int j) {
                return std::size_t(k) * std::size_t(n + 1) + std::size_t(j);
            };
            m_layerPot[at(0, 0)] = 0;
            for (int k = 0; k < layers; ++k) {
                for (int i = k; i < n; ++i) {
                    const double base = m_layerPot[at(k, i)];
                    if (base == inf)
                        continue;
                    for (int j = i + 1; j <= n && fits(i, j, capped); ++j) {
                        const double value = base + cost(i, j);
                        if (value < m_layerPot[at(k + 1, j)]) {
                            m_layerPot[at(k + 1, j)] = value;
                            m_layerFrom[at(k + 1, j)] = i;
                        }
                    }
                }
            }
            int bestLayer = -1;
            for (int k = 1; k <= layers; ++k) {
                if (m_layerPot[at(k, n)] < inf &&
                    (bestLayer < 0 || m_layerPot[at(k, n)] < m_layerPot[at(bestLayer, n)]))
                    bestLayer = k;
            }
            if (bestLayer < 0)
                continue;
            // The chosen path, layer by layer, as each route's first position.
            for (int k = bestLayer, j = n; k > 0; --k) {
                m_from[std::size_t(j)] = m_layerFrom[at(k, j)];
                j = m_from[std::size_t(j)];
            }
            store(ind, m_from);
            return;
        }
    }

private:
    // Routes from the shortest path: from[j] is where the route ending before position j starts.
    void store(Individual& ind, const std::vector<int>& from) {
        ind.routes.assign(std::size_t(m.vehicles), {});
        std::vector<std::pair<int, int>> cuts;
        for (int j = m.n; j > 0; j = from[std::size_t(j)])
            cuts.push_back({from[std::size_t(j)], j});
        std::size_t r = 0;
        for (auto it = cuts.rbegin(); it != cuts.rend(); ++it, ++r)
            ind.routes[r].assign(ind.tour.begin() + it->first, ind.tour.begin() + it->second);
    }

    const Model& m;
    std::vector<std::int64_t> m_load, m_dist;
    std::vector<double> m_pot, m_layerPot;
    std::vector<int> m_from, m_layerFrom;
};

// The education step: granular local search over routes kept as linked lists, with relocate
// (one or two customers, either way round), swap (1-1, 2-1, 2-2), 2-opt, both kinds of 2-opt*
// and SWAP* between neighbouring routes, costed with symmetric distances and a price per unit of
// load over capacity. First improvement, until no move improves.
class Education {
public:
    Education(const Model& model, int granularity)
        : m(model)
        , n(model.n)
        , K(model.vehicles)
        , m_capacity(model.capacity[0]) {
        const int depot = model.start[0];
        const std::size_t side = std::size_t(n + 1);
        m_d.assign(side * side, 0);
        for (int a = 0; a <= n; ++a) {
            for (int b = 0; b <= n; ++b)
                m_d[std::size_t(a) * side + std::size_t(b)] =
                    model.d(a < n ? a : depot, b < n ? b : depot);
        }
        m_near.assign(std::size_t(n), {});
        for (int c = 0; c < n; ++c) {
            const std::vector<int>& all = model.neighbours[std::size_t(c)];
            m_near[std::size_t(c)].assign(
                all.begin(), all.begin() + std::min<std::ptrdiff_t>(granularity, all.size()));
        }
        const std::size_t nodes = std::size_t(n + 2 * K);
        m_row.resize(nodes);
        m_col.resize(nodes);
        for (std::size_t x = 0; x < nodes; ++x) {
            m_col[x] = std::min<std::size_t>(x, std::size_t(n));
            m_row[x] = m_col[x] * side;
        }
        m_next.assign(nodes, -1);
        m_prev.assign(nodes, -1);
        m_route.assign(nodes, 0);
        m_pos.assign(nodes, 0);
        m_cumLoad.assign(nodes, 0);
        m_tested.assign(std::size_t(n), -1);
        m_routes.assign(std::size_t(K), RouteState{});
        for (int r = 0; r < K; ++r) {
            m_routes[std::size_t(r)].start = n + r;
            m_routes[std::size_t(r)].end = n + K + r;
            m_route[std::size_t(n + r)] = r;
            m_route[std::size_t(n + K + r)] = r;
        }
        m_order.resize(std::size_t(n));
        for (int c = 0; c < n; ++c)
            m_order[std::size_t(c)] = c;
        m_insert.resize(std::size_t(K) * std::size_t(n));
        m_insertStamp.assign(std::size_t(K) * std::size_t(n), -1);
        m_insertTime.assign(std::size_t(K) * std::size_t(n), -1);
    }

    // Improves the routes in place with `penalty` per unit over capacity.
    void run(std::vector<std::vector<int>>& routes, double penalty, Rng& rng,
             const std::function<bool()>& stop) {
        m_penalty = penalty;
        m_moves = 0;
        ++m_stamp;
        load(routes);
        for (std::size_t k = m_order.size(); k > 1; --k)
            std::swap(m_order[k - 1], m_order[std::size_t(rng.below(int(k)))]);
        for (auto& list : m_near) {
            if (rng.below(4) == 0) {
                for (std::size_t k = list.size(); k > 1; --k)
                    std::swap(list[k - 1], list[std::size_t(rng.below(int(k)))]);
            }
        }
        std::fill(m_tested.begin(), m_tested.end(), -1);
        for (RouteState& route : m_routes)
            route.swapStarTested = -1;
        bool done = false;
        for (int loop = 0; !done; ++loop) {
            done = loop > 0;
            for (int u : m_order) {
                if (stop && stop())
                    break;
                if (m_route[std::size_t(u)] < 0)
                    continue;
                const int lastTest = m_tested[std::size_t(u)];
                m_tested[std::size_t(u)] = m_moves;
                for (int v : m_near[std::size_t(u)]) {
                    const int ru = m_route[std::size_t(u)];
                    const int rv = m_route[std::size_t(v)];
                    if (rv < 0)
                        continue;
                    if (loop > 0 && std::max(m_routes[std::size_t(ru)].modified,
                                             m_routes[std::size_t(rv)].modified) <= lastTest)
                        continue;
                    if (tryCustomerMoves(u, v)) {
                        done = false;
                        continue;
                    }
                    // v first on its route: also try u right after the depot.
                    if (m_prev[std::size_t(v)] >= n) {
                        const int start = m_prev[std::size_t(v)];
                        if (relocate(u, start) || relocatePair(u, start, false) ||
                            relocatePair(u, start, true) || twoOptStar(u, start, true) ||
                            twoOptStar(u, start, false)) {
                            done = false;
                        }
                    }
                }
                // An empty route, after the first pass.
                if (loop > 0) {
                    for (int r = 0; r < K; ++r) {
                        if (m_routes[std::size_t(r)].customers != 0)
                            continue;
                        const int start = m_routes[std::size_t(r)].start;
                        if (relocate(u, start) || relocatePair(u, start, false) ||
                            relocatePair(u, start, true) || twoOptStar(u, start, false))
                            done = false;
                        break;
                    }
                }
            }
            if (stop && stop())
                break;
            if (loop > 0 && swapStarPass())
                done = false;
        }
        store(routes);
    }

private:
    struct RouteState {
        int start = 0, end = 0;
        int customers = 0;
        int load = 0;
        int modified = -1;       // move count when last changed
        int swapStarTested = -1; // move count when SWAP* last looked at it
    };
    // The three cheapest places to insert a customer into a route: after node `after`.
    struct ThreeBest {
        double cost[3];
        int after[3];
        void reset() {
            for (int k = 0; k < 3; ++k) {
                cost[k] = std::numeric_limits<double>::max();
                after[k] = -1;
            }
        }
        void add(double c, int a) {
            if (c >= cost[2])
                return;
            if (c >= cost[1]) {
                cost[2] = c;
                after[2] = a;
            } else if (c >= cost[0]) {
                cost[2] = cost[1];
                after[2] = after[1];
                cost[1] = c;
                after[1] = a;
            } else {
                cost[2] = cost[1];
                after[2] = after[1];
                cost[1] = cost[0];
                after[1] = after[0];
                cost[0] = c;
                after[0] = a;
            }
        }
    };

    // Distance between two nodes (depot copies map to the depot).
    [[gnu::always_inline]] int d(int a, int b) const {
        return m_d[m_row[std::size_t(a)] + m_col[std::size_t(b)]];
    }
    int demand(int node) const { return node < n ? m.demand[std::size_t(node)] : 0; }
    bool isDepot(int node) const { return node >= n; }
    double over(int load) const {
        return load > m_capacity ? m_penalty * double(load - m_capacity) : 0.0;
    }
    double routePenalty(int r) const { return over(m_routes[std::size_t(r)].load); }

    void load(const std::vector<std::vector<int>>& routes) {
        // Customers on no route (ruin and recreate's absent ones) are left alone.
        std::fill(m_route.begin(), m_route.begin() + n, -1);
        for (int r = 0; r < K; ++r) {
            const RouteState& route = m_routes[std::size_t(r)];
            int prev = route.start;
            for (int c : routes[std::size_t(r)]) {
                m_next[std::size_t(prev)] = c;
                m_prev[std::size_t(c)] = prev;
                prev = c;
            }
            m_next[std::size_t(prev)] = route.end;
            m_prev[std::size_t(route.end)] = prev;
            update(r);
        }
    }

    void store(std::vector<std::vector<int>>& routes) const {
        routes.assign(std::size_t(K), {});
        for (int r = 0; r < K; ++r) {
            const RouteState& route = m_routes[std::size_t(r)];
            for (int x = m_next[std::size_t(route.start)]; x != route.end;
                 x = m_next[std::size_t(x)])
                routes[std::size_t(r)].push_back(x);
        }
    }

    // Recomputes a route's positions, loads and totals after a change.
    void update(int r) {
        RouteState& route = m_routes[std::size_t(r)];
        int position = 0;
        int load = 0;
        int x = route.start;
        while (true) {
            m_route[std::size_t(x)] = r;
            m_pos[std::size_t(x)] = position++;
            load += demand(x);
            m_cumLoad[std::size_t(x)] = load;
            if (x == route.end)
                break;
            x = m_next[std::size_t(x)];
        }
        route.customers = position - 2;
        route.load = load;
        route.modified = m_moves;
    }

    void unlink(int x) {
        const int p = m_prev[std::size_t(x)];
        const int s = m_next[std::size_t(x)];
        m_next[std::size_t(p)] = s;
        m_prev[std::size_t(s)] = p;
    }
    // Puts x right after node `after`.
    void insertAfter(int x, int after) {
        const int s = m_next[std::size_t(after)];
        m_next[std::size_t(after)] = x;
        m_prev[std::size_t(x)] = after;
        m_next[std::size_t(x)] = s;
        m_prev[std::size_t(s)] = x;
    }
    void swapNodes(int a, int b) {
        const int pa = m_prev[std::size_t(a)];
        const int pb = m_prev[std::size_t(b)];
        if (pb == a) {
            unlink(b);
            insertAfter(b, pa);
        } else if (pa == b) {
            unlink(a);
            insertAfter(a, pb);
        } else {
            unlink(a);
            unlink(b);
            insertAfter(a, pb);
            insertAfter(b, pa);
        }
    }
    void finish(int r1, int r2) {
        ++m_moves;
        update(r1);
        if (r2 != r1)
            update(r2);
    }

    // Whether a move improves: its distance change `base` plus the change in overload price of
    // routes r1 and r2 when their loads change by l1 and l2 (none within one route).
    bool improves(double base, int r1, int l1, int r2, int l2) const {
        if (r1 == r2)
            return base < -Tiny;
        const double before = routePenalty(r1) + routePenalty(r2);
        const double after =
            over(m_routes[std::size_t(r1)].load + l1) + over(m_routes[std::size_t(r2)].load + l2);
        return base + after - before < -Tiny;
    }

    bool tryCustomerMoves(int u, int v) {
        const bool sameRoute = m_route[std::size_t(u)] == m_route[std::size_t(v)];
        if (relocate(u, v) || relocatePair(u, v, false) || relocatePair(u, v, true) ||
            swapOne(u, v) || swapPairOne(u, v) || swapPairs(u, v))
            return true;
        if (sameRoute)
            return twoOpt(u, v);
        return twoOptStar(u, v, true) || twoOptStar(u, v, false);
    }

    // u moved right after v.
    bool relocate(int u, int v) {
        const int pu = m_prev[std::size_t(u)];
        const int x = m_next[std::size_t(u)];
        const int y = m_next[std::size_t(v)];
        if (v == u || y == u)
            return false;
        const int ru = m_route[std::size_t(u)];
        const int rv = m_route[std::size_t(v)];
        const double delta = double(d(pu, x)) - d(pu, u) - d(u, x) + d(v, u) + d(u, y) - d(v, y);
        const int du = demand(u);
        if (!improves(delta, ru, -du, rv, du))
            return false;
        unlink(u);
        insertAfter(u, v);
        finish(ru, rv);
        return true;
    }

    // u and the customer after it moved right after v, as (u, x) or as (x, u).
    bool relocatePair(int u, int v, bool reversed) {
        const int pu = m_prev[std::size_t(u)];
        const int x = m_next[std::size_t(u)];
        if (isDepot(x))
            return false;
        const int xx = m_next[std::size_t(x)];
        const int y = m_next[std::size_t(v)];
        if (v == u || v == x || y == u)
            return false;
        const int ru = m_route[std::size_t(u)];
        const int rv = m_route[std::size_t(v)];
        const double removal = double(d(pu, xx)) - d(pu, u) - d(x, xx);
        const double insertion =
            reversed ? double(d(v, x)) + d(u, y) - d(v, y) : double(d(v, u)) + d(x, y) - d(v, y);
        const int load = demand(u) + demand(x);
        if (!improves(removal + insertion, ru, -load, rv, load))
            return false;
        unlink(u);
        unlink(x);
        if (reversed) {
            insertAfter(x, v);
            insertAfter(u, x);
        } else {
            insertAfter(u, v);
            insertAfter(x, u);
        }
        finish(ru, rv);
        return true;
    }

    // u and v trade places.
    bool swapOne(int u, int v) {
        const int pu = m_prev[std::size_t(u)];
        const int x = m_next[std::size_t(u)];
        const int pv = m_prev[std::size_t(v)];
        const int y = m_next[std::size_t(v)];
        if (u == v || pv == u || y == u)
            return false;
        const int ru = m_route[std::size_t(u)];
        const int rv = m_route[std::size_t(v)];
        const double delta = double(d(pu, v)) + d(v, x) - d(pu, u) - d(u, x) + d(pv, u) + d(u, y) -
                             d(pv, v) - d(v, y);
        const int change = demand(v) - demand(u);
        if (!improves(delta, ru, change, rv, -change))
            return false;
        swapNodes(u, v);
        finish(ru, rv);
        return true;
    }

    // u and the customer after it trade places with v.
    bool swapPairOne(int u, int v) {
        const int pu = m_prev[std::size_t(u)];
        const int x = m_next[std::size_t(u)];
        if (isDepot(x))
            return false;
        const int xx = m_next[std::size_t(x)];
        const int pv = m_prev[std::size_t(v)];
        const int y = m_next[std::size_t(v)];
        if (u == v || x == v || pv == x || y == u)
            return false;
        const int ru = m_route[std::size_t(u)];
        const int rv = m_route[std::size_t(v)];
        const double delta = double(d(pu, v)) + d(v, xx) - d(pu, u) - d(x, xx) + d(pv, u) +
                             d(x, y) - d(pv, v) - d(v, y);
        const int change = demand(v) - demand(u) - demand(x);
        if (!improves(delta, ru, change, rv, -change))
            return false;
        // u x | v  →  v | u x
        swapNodes(u, v);
        unlink(x);
        insertAfter(x, u);
        finish(ru, rv);
        return true;
    }

    // u and the customer after it trade places with v and the customer after it.
    bool swapPairs(int u, int v) {
        const int pu = m_prev[std::size_t(u)];
        const int x = m_next[std::size_t(u)];
        const int pv = m_prev[std::size_t(v)];
        const int y = m_next[std::size_t(v)];
        if (isDepot(x) || isDepot(y))
            return false;
        const int xx = m_next[std::size_t(x)];
        const int yy = m_next[std::size_t(y)];
        if (u == v || x == v || y == u || y == pu || v == xx || u == yy)
            return false;
        const int ru = m_route[std::size_t(u)];
        const int rv = m_route[std::size_t(v)];
        const double delta = double(d(pu, v)) + d(y, xx) - d(pu, u) - d(x, xx) + d(pv, u) +
                             d(x, yy) - d(pv, v) - d(y, yy);
        const int change = demand(v) + demand(y) - demand(u) - demand(x);
        if (!improves(delta, ru, change, rv, -change))
            return false;
        swapNodes(u, v);
        swapNodes(x, y);
        finish(ru, rv);
        return true;
    }

    // Within a route: u → v reversed back to x, then on from y.
    bool twoOpt(int u, int v) {
        if (m_pos[std::size_t(u)] > m_pos[std::size_t(v)])
            return false;
        const int x = m_next[std::size_t(u)];
        const int y = m_next[std::size_t(v)];
        if (x == v || u == v)
            return false;
        const double delta = double(d(u, v)) + d(x, y) - d(u, x) - d(v, y);
        if (delta > -Tiny)
            return false;
        // Reverse the nodes x..v.
        collect(x, v, m_head1);
        int prev = u;
        for (auto it = m_head1.rbegin(); it != m_head1.rend(); ++it) {
            m_next[std::size_t(prev)] = *it;
            m_prev[std::size_t(*it)] = prev;
            prev = *it;
        }
        m_next[std::size_t(prev)] = y;
        m_prev[std::size_t(y)] = prev;
        const int r = m_route[std::size_t(u)];
        finish(r, r);
        return true;
    }

    // Between routes, cutting after u and after v (x and y follow them). Reversed: the start of
    // u's route to u, then v back to the start of v's route; and the end of u's route reversed
    // back to x, then y to the end of v's route. Otherwise: the start of u's route to u, then y
    // to the end of v's route; and the start of v's route to v, then x to the end of u's route.
    bool twoOptStar(int u, int v, bool reversed) {
        const int ru = m_route[std::size_t(u)];
        const int rv = m_route[std::size_t(v)];
        if (ru == rv)
            return false;
        const int x = m_next[std::size_t(u)];
        const int y = m_next[std::size_t(v)];
        const RouteState& a = m_routes[std::size_t(ru)];
        const RouteState& b = m_routes[std::size_t(rv)];
        const int headU = m_cumLoad[std::size_t(u)];
        const int headV = m_cumLoad[std::size_t(v)];
        const double delta = reversed ? double(d(u, v)) + d(x, y) - d(u, x) - d(v, y)
                                      : double(d(u, y)) + d(v, x) - d(u, x) - d(v, y);
        const int newU = reversed ? headU + headV : headU + b.load - headV;
        const int newV = reversed ? a.load - headU + b.load - headV : headV + a.load - headU;
        if (!improves(delta, ru, newU - a.load, rv, newV - b.load))
            return false;
        if (reversed) {
            collect(a.start, u, m_head1);
            collect(b.start, v, m_head2);
            collect(x, a.end, m_tail1);
            collect(y, b.end, m_tail2);
            m_scratch.clear();
            m_scratch.insert(m_scratch.end(), m_head1.begin(), m_head1.end());
            m_scratch.insert(m_scratch.end(), m_head2.rbegin(), m_head2.rend());
            rebuild(ru, m_scratch);
            m_scratch.clear();
            m_scratch.insert(m_scratch.end(), m_tail1.rbegin(), m_tail1.rend());
            m_scratch.insert(m_scratch.end(), m_tail2.begin(), m_tail2.end());
            rebuild(rv, m_scratch);
            finish(ru, rv);
            return true;
        }
        const int endU = a.end;
        const int endV = b.end;
        // Customers after u go to v's route and the other way round; the end depots stay.
        const int lastU = m_prev[std::size_t(endU)];
        const int lastV = m_prev[std::size_t(endV)];
        const bool uTail = x != endU;
        const bool vTail = y != endV;
        if (vTail) {
            m_next[std::size_t(u)] = y;
            m_prev[std::size_t(y)] = u;
            m_next[std::size_t(lastV)] = endU;
            m_prev[std::size_t(endU)] = lastV;
        } else {
            m_next[std::size_t(u)] = endU;
            m_prev[std::size_t(endU)] = u;
        }
        if (uTail) {
            m_next[std::size_t(v)] = x;
            m_prev[std::size_t(x)] = v;
            m_next[std::size_t(lastU)] = endV;
            m_prev[std::size_t(endV)] = lastU;
        } else {
            m_next[std::size_t(v)] = endV;
            m_prev[std::size_t(endV)] = v;
        }
        finish(ru, rv);
        return true;
    }

    // The nodes from `from` to `to` along the route, both included.
    void collect(int from, int to, std::vector<int>& out) const {
        out.clear();
        for (int x = from;; x = m_next[std::size_t(x)]) {
            out.push_back(x);
            if (x == to)
                break;
        }
    }

    // Links route r as its start depot, the customers among `nodes` in order, its end depot.
    void rebuild(int r, const std::vector<int>& nodes) {
        const RouteState& route = m_routes[std::size_t(r)];
        int prev = route.start;
        for (int x : nodes) {
            if (isDepot(x))
                continue;
            m_next[std::size_t(prev)] = x;
            m_prev[std::size_t(x)] = prev;
            prev = x;
        }
        m_next[std::size_t(prev)] = route.end;
        m_prev[std::size_t(route.end)] = prev;
    }

    // SWAP* (Vidal 2022) between every pair of routes that are neighbours (a customer of one has
    // one of its nearest customers in the other): exchanges a customer of each, each put at its
    // best place in the other route rather than in the other's place.
    bool swapStarPass() {
        bool improved = false;
        for (int r1 = 0; r1 < K; ++r1) {
            RouteState& a = m_routes[std::size_t(r1)];
            if (a.customers == 0)
                continue;
            m_pairs.assign(std::size_t(K), 0);
            for (int u = m_next[std::size_t(a.start)]; u != a.end; u = m_next[std::size_t(u)]) {
                const std::vector<int>& list = m_near[std::size_t(u)];
                const int look = std::min<int>(int(list.size()), 8);
                for (int k = 0; k < look; ++k) {
                    const int other = m_route[std::size_t(list[std::size_t(k)])];
                    if (other >= 0)
                        m_pairs[std::size_t(other)] = 1;
                }
            }
            for (int r2 = r1 + 1; r2 < K; ++r2) {
                if (!m_pairs[std::size_t(r2)] || m_routes[std::size_t(r2)].customers == 0)
                    continue;
                const int lastTest =
                    std::min(a.swapStarTested, m_routes[std::size_t(r2)].swapStarTested);
                if (std::max(a.modified, m_routes[std::size_t(r2)].modified) <= lastTest)
                    continue;
                if (swapStar(r1, r2))
                    improved = true;
            }
            a.swapStarTested = m_moves;
        }
        return improved;
    }

    // For every customer of route `from`, its three cheapest places in route `into`; kept from
    // an earlier call while `into` has not changed.
    void cheapestPlaces(int from, int into) {
        const RouteState& target = m_routes[std::size_t(into)];
        const RouteState& source = m_routes[std::size_t(from)];
        for (int u = m_next[std::size_t(source.start)]; u != source.end;
             u = m_next[std::size_t(u)]) {
            const std::size_t cell = std::size_t(into) * std::size_t(n) + std::size_t(u);
            if (m_insertStamp[cell] == m_stamp && m_insertTime[cell] >= target.modified)
                continue;
            m_insertStamp[cell] = m_stamp;
            m_insertTime[cell] = m_moves;
            ThreeBest& best = m_insert[cell];
            best.reset();
            for (int p = target.start; p != target.end; p = m_next[std::size_t(p)]) {
                const int q = m_next[std::size_t(p)];
                best.add(double(d(p, u)) + d(u, q) - d(p, q), p);
            }
        }
    }

    // The cheapest place for u in the route of `gone`, with `gone` taken out; returns the cost
    // and sets `after`.
    double placeWithout(int u, int gone, int& after) const {
        const ThreeBest& best =
            m_insert[std::size_t(m_route[std::size_t(gone)]) * std::size_t(n) + std::size_t(u)];
        const int pg = m_prev[std::size_t(gone)];
        const int ng = m_next[std::size_t(gone)];
        after = pg;
        double cost = double(d(pg, u)) + d(u, ng) - d(pg, ng);
        for (int k = 0; k < 3; ++k) {
            const int p = best.after[k];
            if (p < 0)
                break;
            if (p != gone && m_next[std::size_t(p)] != gone) {
                if (best.cost[k] < cost) {
                    cost = best.cost[k];
                    after = p;
                }
                break;
            }
        }
        return cost;
    }

    bool swapStar(int r1, int r2) {
        cheapestPlaces(r1, r2);
        cheapestPlaces(r2, r1);
        const RouteState& a = m_routes[std::size_t(r1)];
        const RouteState& b = m_routes[std::size_t(r2)];
        double bestDelta = -Tiny;
        int bestU = -1, bestV = -1, afterU = -1, afterV = -1;
        const double penaltyBefore = routePenalty(r1) + routePenalty(r2);
        for (int u = m_next[std::size_t(a.start)]; u != a.end; u = m_next[std::size_t(u)]) {
            const double removeU = double(d(m_prev[std::size_t(u)], m_next[std::size_t(u)])) -
                                   d(m_prev[std::size_t(u)], u) - d(u, m_next[std::size_t(u)]);
            for (int v = m_next[std::size_t(b.start)]; v != b.end; v = m_next[std::size_t(v)]) {
                const double removeV = double(d(m_prev[std::size_t(v)], m_next[std::size_t(v)])) -
                                       d(m_prev[std::size_t(v)], v) - d(v, m_next[std::size_t(v)]);
                const int change = demand(v) - demand(u);
                const double penalties =
                    over(a.load + change) + over(b.load - change) - penaltyBefore;
                if (removeU + removeV + penalties >= 0)
                    continue;
                int pu = -1, pv = -1;
                const double delta =
                    removeU + removeV + penalties + placeWithout(u, v, pu) + placeWithout(v, u, pv);
                if (delta < bestDelta) {
                    bestDelta = delta;
                    bestU = u;
                    bestV = v;
                    afterU = pu;
                    afterV = pv;
                }
            }
        }
        if (bestU < 0)
            return false;
        // afterU is in r2 (never bestV itself); afterV in r1 (never bestU).
        unlink(bestU);
        unlink(bestV);
        insertAfter(bestU, afterU);
        insertAfter(bestV, afterV);
        finish(r1, r2);
        return true;
    }

    const Model& m;
    const int n;
    const int K;
    const int m_capacity;
    double m_penalty = 1.0;
    std::vector<int> m_d;                  // (n+1)², the depot last
    std::vector<std::size_t> m_row, m_col; // a node's row and column in m_d
    std::vector<std::vector<int>> m_near;
    std::vector<int> m_next, m_prev, m_route, m_pos, m_cumLoad, m_tested;
    std::vector<RouteState> m_routes;
    std::vector<int> m_order;
    std::vector<ThreeBest> m_insert;              // [route × n + customer]: places in the route
    std::vector<int> m_insertStamp, m_insertTime; // the run and move count they were found at
    int m_stamp = 0;                              // runs of this object
    std::vector<char> m_pairs;
    std::vector<int> m_head1, m_head2, m_tail1, m_tail2, m_scratch;
    int m_moves = 0;
};

// The population: solutions that keep the capacities and those that do not, each kept between
// μ and μ + λ members by removing the worst in fitness biased towards diversity.
class Population {
public:
    using Member = std::unique_ptr<Individual>;

    explicit Population(const GeneticTuning& tuning)
        : m_tuning(tuning) {}

    std::vector<Member>& group(bool feasible) { return feasible ? m_feasible : m_infeasible; }

    void add(const Individual& ind) {
        std::vector<Member>& members = group(ind.feasible());
        Member copy = std::make_unique<Individual>(ind);
        copy->near.clear();
        for (Member& other : members) {
            const double distance = copy->distanceTo(*other);
            insertSorted(other->near, {distance, copy.get()});
            insertSorted(copy->near, {distance, other.get()});
        }
        members.push_back(std::move(copy));
        if (int(members.size()) >= m_tuning.minPopulation + m_tuning.generationSize) {
            while (int(members.size()) > m_tuning.minPopulation)
                removeWorst(members);
        }
    }

    // Two parents, each the better in biased fitness of two members drawn at random from both
    // groups (binary tournament); the fitness is ranked once for both.
    std::pair<const Individual*, const Individual*> parents(Rng& rng) {
        rank(m_feasible);
        rank(m_infeasible);
        const int total = int(m_feasible.size() + m_infeasible.size());
        const auto draw = [&]() -> const Individual* {
            const int k = rng.below(total);
            return k < int(m_feasible.size())
                       ? m_feasible[std::size_t(k)].get()
                       : m_infeasible[std::size_t(k) - m_feasible.size()].get();
        };
        const auto tournament = [&] {
            const Individual* a = draw();
            const Individual* b = draw();
            return a->biased < b->biased ? a : b;
        };
        const Individual* first = tournament();
        return {first, tournament()};
    }

    void reprice(double penalty) {
        for (Member& member : m_infeasible)
            member->penalized = double(member->distance) + penalty * double(member->excess);
    }

    void clear() {
        m_feasible.clear();
        m_infeasible.clear();
    }

    int size() const { return int(m_feasible.size() + m_infeasible.size()); }

private:
    static void insertSorted(std::vector<std::pair<double, Individual*>>& list,
                             std::pair<double, Individual*> entry) {
        list.insert(
            std::upper_bound(list.begin(), list.end(), entry,
                             [](const auto& a, const auto& b) { return a.first < b.first; }),
            entry);
    }

    // Biased fitness: rank in cost plus (1 - elite/size) times rank in diversity, both scaled.
    void rank(std::vector<Member>& members) {
        const int size = int(members.size());
        if (size == 0)
            return;
        if (size == 1) {
            members[0]->biased = 0;
            return;
        }
        m_byCost.resize(std::size_t(size));
        for (int k = 0; k < size; ++k)
            m_byCost[std::size_t(k)] = k;
        std::stable_sort(m_byCost.begin(), m_byCost.end(), [&](int a, int b) {
            return members[std::size_t(a)]->penalized < members[std::size_t(b)]->penalized;
        });
        m_byDiversity.resize(std::size_t(size));
        for (int k = 0; k < size; ++k)
            m_byDiversity[std::size_t(k)] = {
                -members[std::size_t(m_byCost[std::size_t(k)])]->diversity(m_tuning.close), k};
        std::stable_sort(m_byDiversity.begin(), m_byDiversity.end());
        const double eliteWeight = 1.0 - double(m_tuning.elite) / double(size);
        for (int k = 0; k < size; ++k) {
            const int costRank = m_byDiversity[std::size_t(k)].second;
            const double fitness = double(costRank) / double(size - 1);
            const double divers = double(k) / double(size - 1);
            members[std::size_t(m_byCost[std::size_t(costRank)])]->biased =
                fitness + eliteWeight * divers;
        }
    }

    void removeWorst(std::vector<Member>& members) {
        rank(members);
        int worst = -1;
        bool worstIsClone = false;
        const int keep = m_byCost.front(); // the best in cost stays
        for (int k = 0; k < int(members.size()); ++k) {
            if (k == keep)
                continue;
            const Individual& candidate = *members[std::size_t(k)];
            const bool clone = !candidate.near.empty() && candidate.near.front().first < Tiny;
            if (worst < 0 || (clone && !worstIsClone) ||
                (clone == worstIsClone && candidate.biased > members[std::size_t(worst)]->biased)) {
                worst = k;
                worstIsClone = clone;
            }
        }
        if (worst < 0)
            return;
        Individual* gone = members[std::size_t(worst)].get();
        for (Member& other : members) {
            auto& list = other->near;
            list.erase(std::remove_if(list.begin(), list.end(),
                                      [gone](const auto& entry) { return entry.second == gone; }),
                       list.end());
        }
        members.erase(members.begin() + worst);
    }

    const GeneticTuning& m_tuning;
    std::vector<Member> m_feasible, m_infeasible;
    std::vector<int> m_byCost;
    std::vector<std::pair<double, int>> m_byDiversity;
};

// Ordered crossover (OX) of two giant tours: a slice of the first kept in place, the rest in the
// second's order from after the slice.
void crossover(const std::vector<int>& first, const std::vector<int>& second, Rng& rng,
               std::vector<int>& child, std::vector<char>& taken) {
    const int n = int(first.size());
    child.assign(std::size_t(n), -1);
    taken.assign(std::size_t(n), 0);
    const int begin = rng.below(n);
    int end = rng.below(n);
    while (n > 1 && end == begin)
        end = rng.below(n);
    int k = begin;
    while (true) {
        child[std::size_t(k)] = first[std::size_t(k)];
        taken[std::size_t(first[std::size_t(k)])] = 1;
        if (k == end)
            break;
        k = (k + 1) % n;
    }
    int write = (end + 1) % n;
    for (int step = 1; step <= n; ++step) {
        const int c = second[std::size_t((end + step) % n)];
        if (taken[std::size_t(c)])
            continue;
        child[std::size_t(write)] = c;
        write = (write + 1) % n;
    }
}

} // namespace

struct PlainLocalSearch::Impl {
    explicit Impl(const Model& model)
        : education(model, GeneticTuning{}.granularity) {}
    Education education;
    std::vector<std::vector<int>> routes;
};

PlainLocalSearch::PlainLocalSearch(const Model& model)
    : m_model(model)
    , m_impl(std::make_unique<Impl>(model)) {}

PlainLocalSearch::~PlainLocalSearch() = default;

void PlainLocalSearch::run(Plan& plan, Rng& rng, const std::function<bool()>& stop) {
    // A price for overload no distance can pay: every move keeps the capacities.
    constexpr double Prohibitive = 1e12;
    m_impl->routes = plan.routes;
    m_impl->education.run(m_impl->routes, Prohibitive, rng, stop);
    for (int r = 0; r < m_model.vehicles; ++r) {
        plan.routes[std::size_t(r)] = m_impl->routes[std::size_t(r)];
        plan.evaluate(m_model, r);
    }
    plan.total();
}

bool suitsGenetic(const Model& model) {
    if (model.n < 2 || model.vehicles < 1 || !model.symmetric || model.hasDuration ||
        model.hasPreferences || model.sharing || model.hasWindows)
        return false;
    const int depot = model.start[0];
    for (int v = 0; v < model.vehicles; ++v) {
        const std::size_t uv = std::size_t(v);
        if (model.start[uv] != depot || model.end[uv] != depot ||
            model.capacity[uv] != model.capacity[0] || model.maxStops[uv] != INT_MAX)
            return false;
    }
    for (int c = 0; c < model.n; ++c) {
        if (model.demand[std::size_t(c)] > model.capacity[0])
            return false;
    }
    return true;
}

GeneticOutcome geneticSearch(const Model& model, const SearchLimits& limits,
                             double giveUpFraction) {
    using Clock = std::chrono::steady_clock;
    const GeneticTuning tune;
    Rng rng(limits.seed);
    GeneticOutcome outcome;
    const auto elapsedMs = [&limits] {
        return std::chrono::duration<double, std::milli>(Clock::now() - limits.started).count();
    };
    std::int64_t iteration = 0;
    const auto outOfTime = [&] {
        if (limits.cancel && limits.cancel->load(std::memory_order_relaxed)) {
            outcome.cancelled = true;
            return true;
        }
        if (limits.maxIterations > 0 && iteration >= limits.maxIterations)
            return true;
        return limits.timeLimitMs > 0 && elapsedMs() >= double(limits.timeLimitMs);
    };
    const std::function<bool()> stop = outOfTime;

    const int n = model.n;
    int maxDemand = 1;
    int maxDistance = 1;
    for (int c = 0; c < n; ++c) {
        maxDemand = std::max(maxDemand, model.demand[std::size_t(c)]);
        for (int e = 0; e <= n; ++e)
            maxDistance = std::max(maxDistance, model.d(c, e < n ? e : model.start[0]));
    }
    double penalty = std::clamp(double(maxDistance) / double(maxDemand), 0.1, 1000.0);

    Education education(model, tune.granularity);
    Splitter splitter(model);
    Population population(tune);
    std::deque<char> recent; // whether each recent local-search result kept the capacities
    Individual child;
    std::vector<char> taken;
    std::optional<Individual> best;
    std::int64_t lastImprovement = 0;

    // Educates `child`, adds it, repairs it (half the time) when it breaks capacity.
    const auto settle = [&] {
        education.run(child.routes, penalty, rng, stop);
        child.chainRoutes(model);
        child.evaluate(model, penalty);
        recent.push_back(child.feasible() ? 1 : 0);
        if (recent.size() > 100)
            recent.pop_front();
        population.add(child);
        if (!child.feasible() && rng.below(2) == 0) {
            education.run(child.routes, penalty * 10, rng, stop);
            child.evaluate(model, penalty);
            if (!child.feasible()) {
                education.run(child.routes, penalty * 100, rng, stop);
                child.evaluate(model, penalty);
            }
            if (child.feasible())
                population.add(child);
        }
        if (child.feasible() && (!best || child.distance < best->distance)) {
            best = child;
            best->near.clear();
            lastImprovement = iteration;
            if (limits.improved)
                limits.improved(iteration, best->distance, 0);
        }
    };
    const auto randomChild = [&] {
        child.tour.resize(std::size_t(n));
        for (int c = 0; c < n; ++c)
            child.tour[std::size_t(c)] = c;
        for (std::size_t k = child.tour.size(); k > 1; --k)
            std::swap(child.tour[k - 1], child.tour[std::size_t(rng.below(int(k)))]);
        splitter.split(child, penalty);
        settle();
    };
    const auto seedPopulation = [&] {
        for (int k = 0; k < 4 * tune.minPopulation && !outOfTime(); ++k)
            randomChild();
    };

    seedPopulation();
    while (!outOfTime() && population.size() > 0) {
        if (!best && limits.timeLimitMs > 0 &&
            elapsedMs() >= giveUpFraction * double(limits.timeLimitMs))
            break;
        const auto [first, second] = population.parents(rng);
        crossover(first->tour, second->tour, rng, child.tour, taken);
        splitter.split(child, penalty);
        settle();
        ++iteration;
        if (iteration % 100 == 0 && !recent.empty()) {
            double share = 0;
            for (char kept : recent)
                share += kept;
            share /= double(recent.size());
            if (share < tune.targetFeasible - 0.05)
                penalty = std::min(penalty * 1.2, 100000.0);
            else if (share > tune.targetFeasible + 0.05)
                penalty = std::max(penalty * 0.85, 0.1);
            population.reprice(penalty);
        }
        if (iteration - lastImprovement >= tune.restartAfter) {
            population.clear();
            lastImprovement = iteration;
            seedPopulation();
        }
    }
    outcome.iterations = iteration;
    if (best) {
        Plan plan;
        plan.reset(model);
        plan.absent.clear();
        for (int r = 0; r < model.vehicles; ++r) {
            plan.routes[std::size_t(r)] = best->routes[std::size_t(r)];
            plan.evaluate(model, r);
        }
        plan.total();
        outcome.best = std::move(plan);
    }
    return outcome;
}

} // namespace larder::routing::detail
