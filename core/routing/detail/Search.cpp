// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/routing/detail/Search.h"

#include "core/routing/detail/Construction.h"
#include "core/routing/detail/Genetic.h"
#include "core/routing/detail/LocalSearch.h"
#include "core/routing/detail/Rng.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <limits>
#include <memory>

namespace larder::routing::detail {

namespace {

// The method's parameters. SISR's published values, except the temperatures, which are relative
// to the average edge cost of the first solution so that they suit metres and CVRPLIB alike.
struct Tuning {
    double averageRemoved = 10.0; // c̄
    double maxString = 10.0;      // L_max
    double splitRate = 0.5;       // α
    double splitDepth = 0.01;     // β
    double blinkRate = 0.01;      // γ
    double startTemperature = 2.0;
    double endTemperature = 0.01;
    int granularity = 20;
    int localSearchOnBest = 2; // 0: never, 1: on every new best, 2: on a new best now and then
    double lsGap = 0.02;       // for 2: at least this fraction of the budget between two runs
};

// Removes strings of customers from routes near a random seed customer, and puts them back one
// by one at their cheapest place, skipping each place with a small probability ("blinks").
class RuinRecreate {
public:
    RuinRecreate(const Model& model, const Tuning& tuning, Rng& rng)
        : m_model(model)
        , m_tuning(tuning)
        , m_rng(rng)
        , m_routeStamp(std::size_t(model.vehicles), 0) {
        m_depotCost.resize(std::size_t(model.n));
        const int depot = model.vehicles > 0 ? model.start[0] : 0;
        for (int c = 0; c < model.n; ++c)
            m_depotCost[std::size_t(c)] = std::int64_t(model.d(depot, c)) + model.d(c, depot);
        m_inverseLogMiss = 1.0 / std::log1p(-m_tuning.blinkRate);
        m_blink = nextBlink();
    }

    void ruin(Plan& plan) {
        const int routed = m_model.n - int(plan.absent.size());
        if (routed == 0)
            return;
        int used = 0;
        for (const auto& route : plan.routes)
            used += route.empty() ? 0 : 1;
        const double lsMax = std::min(m_tuning.maxString, double(routed) / used);
        const double ksMax = 4.0 * m_tuning.averageRemoved / (1.0 + lsMax) - 1.0;
        const int ks = int(1.0 + m_rng.uniform() * ksMax);
        int seed = m_rng.below(m_model.n);
        while (plan.routeOf[std::size_t(seed)] < 0)
            seed = m_rng.below(m_model.n);
        ++m_stamp;
        int ruined = 0;
        const std::vector<int>& near = m_model.neighbours[std::size_t(seed)];
        for (int k = -1; k < int(near.size()) && ruined < ks; ++k) {
            const int c = k < 0 ? seed : near[std::size_t(k)];
            const int r = plan.routeOf[std::size_t(c)];
            if (r < 0 || m_routeStamp[std::size_t(r)] == m_stamp)
                continue;
            m_routeStamp[std::size_t(r)] = m_stamp;
            ++ruined;
            removeString(plan, r, c, lsMax);
        }
    }

    void recreate(Plan& plan) {
        std::vector<int>& pending = m_pending;
        pending.swap(plan.absent);
        plan.absent.clear();
        for (std::size_t k = pending.size(); k > 1; --k)
            std::swap(pending[k - 1], pending[std::size_t(m_rng.below(int(k)))]);
        const int order = m_rng.below(11);
        if (order < 4) {
            // random
        } else if (order < 8) {
            std::stable_sort(pending.begin(), pending.end(), [this](int a, int b) {
                return m_model.demand[std::size_t(a)] > m_model.demand[std::size_t(b)];
            });
        } else if (order < 10) {
            std::stable_sort(pending.begin(), pending.end(), [this](int a, int b) {
                return m_depotCost[std::size_t(a)] > m_depotCost[std::size_t(b)];
            });
        } else {
            std::stable_sort(pending.begin(), pending.end(), [this](int a, int b) {
                return m_depotCost[std::size_t(a)] < m_depotCost[std::size_t(b)];
            });
        }
        for (int c : pending)
            place(plan, c);
        plan.total();
    }

private:
    void removeString(Plan& plan, int r, int c, double lsMax) {
        std::vector<int>& seq = plan.routes[std::size_t(r)];
        const int length = int(seq.size());
        const double lMax = std::min(double(length), lsMax);
        const int l = std::min(length, int(1.0 + m_rng.uniform() * lMax));
        const int pos = int(std::find(seq.begin(), seq.end(), c) - seq.begin());
        int first = 0;
        int last = 0; // removes positions [first, last) except [keepFirst, keepLast)
        int keepFirst = 0;
        int keepLast = 0;
        if (length > l && m_rng.uniform() < m_tuning.splitRate) {
            int m = 1;
            while (l + m < length && m_rng.uniform() > m_tuning.splitDepth)
                ++m;
            const int window = l + m;
            first = m_rng.between(std::max(0, pos - window + 1), std::min(pos, length - window));
            last = first + window;
            keepFirst = first + m_rng.between(0, l);
            keepLast = keepFirst + m;
        } else {
            first = m_rng.between(std::max(0, pos - l + 1), std::min(pos, length - l));
            last = first + l;
        }
        int out = first;
        for (int k = first; k < length; ++k) {
            const int x = seq[std::size_t(k)];
            if (k < last && (k < keepFirst || k >= keepLast)) {
                plan.routeOf[std::size_t(x)] = -1;
                plan.absent.push_back(x);
            } else {
                seq[std::size_t(out++)] = x;
            }
        }
        seq.resize(std::size_t(out));
        plan.evaluate(m_model, r);
    }

    // Cheapest feasible place for c over every route, with blinks; c stays absent if none.
    void place(Plan& plan, int c) {
        m_best = Best{};
        for (int r = 0; r < m_model.vehicles; ++r)
            scan(plan, c, r);
        if (m_best.route < 0) {
            plan.absent.push_back(c);
            return;
        }
        auto& seq = plan.routes[std::size_t(m_best.route)];
        seq.insert(seq.begin() + m_best.position, c);
        plan.evaluate(m_model, m_best.route);
    }

    // Updates m_best with c's cheapest feasible place in route r.
    void scan(const Plan& plan, int c, int r) {
        const Model& m = m_model;
        const std::size_t uc = std::size_t(c);
        const std::size_t ur = std::size_t(r);
        const std::vector<int>& seq = plan.routes[ur];
        if (plan.load[ur] + m.demand[uc] > m.capacity[ur] || int(seq.size()) >= m.maxStops[ur])
            return;
        const std::size_t s = std::size_t(m.size);
        const int* from = &m.dist[uc * s];
        const int* to = &m.distT[uc * s];
        const std::int64_t pen = m.hasPreferences ? m.pen(c, r) : 0;
        const int startNode = m.start[ur];
        const int endNode = m.end[ur];
        const int stops = int(seq.size());
        const int load = plan.load[ur] + m.demand[uc];
        if (stops == 0) {
            if (--m_blink == 0) {
                m_blink = nextBlink();
                return;
            }
            std::int64_t duration =
                m.hasDuration ? std::int64_t(m.t(startNode, c)) + m.service[uc] + m.t(c, endNode)
                              : 0;
            std::int64_t warpCost = 0;
            if (m.hasWindows) {
                const TimeSeg timing = plan.withInserted(m, r, 0, c, startNode, endNode);
                duration = timing.duration;
                warpCost = m.warpCost(timing.warp);
                if (warpCost < 0)
                    return;
            }
            std::int64_t delta = std::int64_t(to[startNode]) + from[endNode] + pen;
            if (m.sharing || m.hasWindows)
                delta += m.extra(duration, load, 1) + warpCost - plan.extra[ur];
            if (delta < m_best.delta && (!m.hasDuration || duration <= m.maxDuration[ur]))
                m_best = Best{delta, r, 0};
            return;
        }
        int prev = startNode;
        const int* seqData = seq.data();
        for (int p = 0; p <= stops; ++p) {
            const int next = p < stops ? seqData[p] : endNode;
            if (--m_blink == 0) {
                m_blink = nextBlink();
                prev = next;
                continue;
            }
            std::int64_t delta = std::int64_t(to[prev]) + from[next] - m.d(prev, next) + pen;
            std::int64_t duration = m.hasDuration
                                        ? plan.duration[ur] + m.t(prev, c) + m.service[uc] +
                                              m.t(c, next) - m.t(prev, next)
                                        : 0;
            std::int64_t warpCost = 0;
            if (m.hasWindows) {
                const TimeSeg timing = plan.withInserted(m, r, p, c, prev, next);
                duration = timing.duration;
                warpCost = m.warpCost(timing.warp);
                if (warpCost < 0) {
                    prev = next;
                    continue;
                }
            }
            if (m.sharing || m.hasWindows)
                delta += m.extra(duration, load, stops + 1) + warpCost - plan.extra[ur];
            if (delta < m_best.delta && (!m.hasDuration || duration <= m.maxDuration[ur]))
                m_best = Best{delta, r, p};
            prev = next;
        }
    }

    // Positions to the next blink.
    int nextBlink() { return m_tuning.blinkRate > 0 ? m_rng.geometric(m_inverseLogMiss) : INT_MAX; }

    // The cheapest place found so far for the customer being placed.
    struct Best {
        std::int64_t delta = std::numeric_limits<std::int64_t>::max();
        int route = -1;
        int position = 0;
    };

    const Model& m_model;
    const Tuning& m_tuning;
    Rng& m_rng;
    std::vector<std::int64_t> m_depotCost;
    std::vector<int> m_routeStamp;
    std::vector<int> m_pending;
    int m_stamp = 0;
    int m_blink = 1;
    double m_inverseLogMiss = 0.0;
    Best m_best;
};

// Auto's limit for the genetic search: customers <= GeneticReach × seconds ^ GeneticGrowth.
constexpr double GeneticReach = 160.0;
constexpr double GeneticGrowth = 0.2;

} // namespace

bool choosesGenetic(const Model& model, const SearchLimits& limits) {
    using Method = SearchLimits::Method;
    if (limits.method == Method::RuinRecreate || !suitsGenetic(model))
        return false;
    if (limits.method == Method::Genetic)
        return true;
    if (limits.timeLimitMs <= 0)
        return false;
    // Measured on CVRPLIB's X set (docs/ARCHITECTURE.md, "The genetic search for plain days"):
    // the genetic search needs a thousand generations or more to pass ruin and recreate, and a
    // generation costs more as the instance grows; at 1 s it wins up to about 160 customers, at
    // 10 s up to about 250.
    const double seconds = double(limits.timeLimitMs) / 1000.0;
    return double(model.n) <= GeneticReach * std::pow(seconds, GeneticGrowth);
}

SearchOutcome search(const Model& model, const SearchLimits& limits) {
    using Clock = std::chrono::steady_clock;
    const Tuning tune;
    Rng rng(limits.seed);
    SearchOutcome outcome;
    auto elapsedMs = [&limits] {
        return std::chrono::duration<double, std::milli>(Clock::now() - limits.started).count();
    };
    auto outOfTime = [&] {
        if (limits.cancel && limits.cancel->load(std::memory_order_relaxed)) {
            outcome.cancelled = true;
            return true;
        }
        return limits.timeLimitMs > 0 && elapsedMs() >= double(limits.timeLimitMs);
    };

    // The genetic search first when it suits; without a solution keeping every capacity (a
    // fleet too tight for it, or a cancel before its first) ruin and recreate goes on from its
    // constructed starts in what is left of the budget.
    if (choosesGenetic(model, limits)) {
        GeneticOutcome genetic = geneticSearch(model, limits);
        if (genetic.best) {
            outcome.best = std::move(*genetic.best);
            outcome.iterations = genetic.iterations;
            outcome.cancelled = genetic.cancelled;
            outcome.genetic = true;
            return outcome;
        }
    }

    LocalSearch generalSearch(model, tune.granularity);
    std::unique_ptr<PlainLocalSearch> plainSearch;
    if (suitsGenetic(model)) // the genetic search's moves, SWAP* among them: measured better
        plainSearch = std::make_unique<PlainLocalSearch>(model);
    struct {
        LocalSearch& general;
        PlainLocalSearch* plain;
        void run(Plan& plan, Rng& rng, const std::function<bool()>& stop) {
            if (plain)
                plain->run(plan, rng, stop);
            else
                general.run(plan, rng, stop);
        }
    } localSearch{generalSearch, plainSearch.get()};
    RuinRecreate rr(model, tune, rng);

    // Two starts: regret insertion, and the recreate step from nothing; the better one wins.
    // Regret insertion costs customers² × vehicles: on a 2,000-stop day with 150 drivers it took
    // a third of a 10 s budget, and its local search another sixth, for a start no better than
    // the other. Past RegretLimit customers the recreate start alone is made.
    constexpr int RegretLimit = 500;
    Plan current;
    if (model.n <= RegretLimit) {
        current = regretInsertion(model);
        localSearch.run(current, rng, outOfTime);
    }
    {
        Plan other;
        other.reset(model);
        rr.recreate(other);
        localSearch.run(other, rng, outOfTime);
        if (model.n > RegretLimit || other.betterThan(current))
            current = other;
    }
    Plan best = current;
    if (limits.improved)
        limits.improved(0, best.cost, int(best.absent.size()));

    int used = 0;
    for (const auto& route : current.routes)
        used += route.empty() ? 0 : 1;
    const int routed = model.n - int(current.absent.size());
    // The temperature follows the travel cost (sharing's extra costs are no measure of an edge).
    std::int64_t travelled = 0;
    for (std::size_t r = 0; r < current.routes.size(); ++r)
        travelled += current.distance[r] + current.penalty[r];
    const double scale =
        travelled > 0 ? double(travelled) / double(std::max(1, routed + used)) : 1.0;
    const double t0 = tune.startTemperature * scale;
    const double tf = tune.endTemperature * scale;

    std::vector<std::int64_t> absences(std::size_t(model.n), 0);
    auto absenceScore = [&absences](const Plan& plan) {
        std::int64_t sum = 0;
        for (int c : plan.absent)
            sum += absences[std::size_t(c)];
        return sum;
    };

    Plan candidate;
    std::int64_t iteration = 0;
    double lastLocalSearch = 0.0;
    double feasibleFrom = -1.0; // the budget fraction at which `current` first placed everyone
    while (true) {
        if (limits.maxIterations > 0 && iteration >= limits.maxIterations)
            break;
        if (outOfTime())
            break;
        double fraction = 0.0;
        if (limits.maxIterations > 0)
            fraction = double(iteration) / double(limits.maxIterations);
        if (limits.timeLimitMs > 0)
            fraction = std::max(fraction, elapsedMs() / double(limits.timeLimitMs));
        // The cooling starts when every customer is placed: before, the search is after
        // feasibility, not cost.
        if (current.absent.empty() && feasibleFrom < 0)
            feasibleFrom = fraction;
        const double cooled = feasibleFrom < 0 || feasibleFrom >= 1.0
                                  ? 0.0
                                  : (fraction - feasibleFrom) / (1.0 - feasibleFrom);
        const double temperature = t0 * std::pow(tf / t0, std::clamp(cooled, 0.0, 1.0));

        candidate = current;
        rr.ruin(candidate);
        rr.recreate(candidate);
        for (int c : candidate.absent)
            ++absences[std::size_t(c)];

        bool accept = false;
        if (candidate.absent.size() < current.absent.size()) {
            accept = true;
        } else if (!current.absent.empty()) {
            accept = absenceScore(candidate) < absenceScore(current);
        } else if (candidate.absent.empty()) {
            accept =
                double(candidate.cost) < double(current.cost) - temperature * std::log(rng.open());
        }
        if (candidate.betterThan(best)) {
            if (tune.localSearchOnBest == 1 ||
                (tune.localSearchOnBest == 2 && fraction - lastLocalSearch >= tune.lsGap)) {
                localSearch.run(candidate, rng, outOfTime);
                lastLocalSearch = fraction;
            }
            best = candidate;
            accept = true;
            if (limits.improved)
                limits.improved(iteration + 1, best.cost, int(best.absent.size()));
        }
        if (accept)
            std::swap(current, candidate);
        ++iteration;
    }
    // A last local search on the answer, unless cancelled; with a time budget it may overrun
    // the budget by at most 1% (5 ms at least).
    if (tune.localSearchOnBest && !outcome.cancelled) {
        const double grace = std::max(5.0, 0.01 * double(limits.timeLimitMs));
        localSearch.run(best, rng, [&] {
            if (limits.cancel && limits.cancel->load(std::memory_order_relaxed))
                return true;
            return limits.timeLimitMs > 0 && elapsedMs() >= double(limits.timeLimitMs) + grace;
        });
    }
    outcome.best = std::move(best);
    outcome.iterations = iteration;
    return outcome;
}

} // namespace larder::routing::detail
