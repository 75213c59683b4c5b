// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/routing/detail/Plan.h"

#include <algorithm>

namespace larder::routing::detail {

void Plan::reset(const Model& model) {
    routes.assign(std::size_t(model.vehicles), {});
    load.assign(std::size_t(model.vehicles), 0);
    distance.assign(std::size_t(model.vehicles), 0);
    duration.assign(std::size_t(model.vehicles), 0);
    penalty.assign(std::size_t(model.vehicles), 0);
    extra.assign(std::size_t(model.vehicles), model.extra(0, 0, 0));
    warp.assign(std::size_t(model.vehicles), 0);
    forward.assign(std::size_t(model.hasWindows ? model.vehicles : 0), {});
    backward.assign(std::size_t(model.hasWindows ? model.vehicles : 0), {});
    for (int r = 0; model.hasWindows && r < model.vehicles; ++r)
        evaluate(model, r);
    routeOf.assign(std::size_t(model.n), -1);
    absent.clear();
    for (int c = 0; c < model.n; ++c)
        absent.push_back(c);
    cost = 0;
}

void Plan::evaluate(const Model& model, int r) {
    const std::vector<int>& seq = routes[std::size_t(r)];
    std::int64_t dist = 0;
    std::int64_t dur = 0;
    std::int64_t pen = 0;
    int weight = 0;
    if (!seq.empty()) {
        int prev = model.start[std::size_t(r)];
        for (int c : seq) {
            dist += model.d(prev, c);
            if (model.hasDuration)
                dur += model.t(prev, c) + model.service[std::size_t(c)];
            weight += model.demand[std::size_t(c)];
            pen += model.pen(c, r);
            routeOf[std::size_t(c)] = r;
            prev = c;
        }
        dist += model.d(prev, model.end[std::size_t(r)]);
        if (model.hasDuration)
            dur += model.t(prev, model.end[std::size_t(r)]);
    }
    if (model.hasWindows) {
        // Prefix and suffix timings over start, customers..., end; terminals are neutral.
        const std::size_t count = seq.size() + 2;
        std::vector<TimeSeg>& fw = forward[std::size_t(r)];
        std::vector<TimeSeg>& bw = backward[std::size_t(r)];
        fw.resize(count);
        bw.resize(count);
        const auto node = [&](std::size_t k) {
            return k == 0           ? model.start[std::size_t(r)]
                   : k == count - 1 ? model.end[std::size_t(r)]
                                    : seq[k - 1];
        };
        fw[0] = TimeSeg{};
        for (std::size_t k = 1; k < count; ++k)
            fw[k] = TimeSeg::join(fw[k - 1], model.t(node(k - 1), node(k)), model.visit(node(k)));
        bw[count - 1] = TimeSeg{};
        for (std::size_t k = count - 1; k-- > 0;)
            bw[k] = TimeSeg::join(model.visit(node(k)), model.t(node(k), node(k + 1)), bw[k + 1]);
        if (!seq.empty()) {
            const TimeSeg whole = model.shift(r, fw[count - 1]);
            dur = whole.duration;
            warp[std::size_t(r)] = whole.warp;
        } else {
            warp[std::size_t(r)] = 0;
        }
    }
    load[std::size_t(r)] = weight;
    distance[std::size_t(r)] = dist;
    duration[std::size_t(r)] = dur;
    penalty[std::size_t(r)] = pen;
    extra[std::size_t(r)] = model.extra(dur, weight, int(seq.size())) +
                            std::max<std::int64_t>(model.warpCost(warp[std::size_t(r)]), 0);
}

void Plan::total() {
    std::int64_t sum = 0;
    for (std::size_t r = 0; r < routes.size(); ++r)
        sum += distance[r] + penalty[r] + extra[r];
    cost = sum;
}

Insertion bestInsertion(const Model& model, const Plan& plan, int c, int r) {
    Insertion best;
    const std::size_t ur = std::size_t(r);
    const std::size_t uc = std::size_t(c);
    const std::vector<int>& seq = plan.routes[ur];
    if (plan.load[ur] + model.demand[uc] > model.capacity[ur] ||
        int(seq.size()) + 1 > model.maxStops[ur])
        return best;
    const std::size_t s = std::size_t(model.size);
    const int* from = &model.dist[uc * s]; // d(c, x)
    const int* to = &model.distT[uc * s];  // d(x, c)
    const std::int64_t pen = model.pen(c, r);
    const int startNode = model.start[ur];
    const int endNode = model.end[ur];
    const int stops = int(seq.size());
    const int load = plan.load[ur] + model.demand[uc];
    int prev = startNode;
    for (int p = 0; p <= stops; ++p) {
        const int next = p < stops ? seq[std::size_t(p)] : endNode;
        // An empty route costs nothing, not the way from its start to its end.
        std::int64_t delta =
            std::int64_t(to[prev]) + from[next] - (stops == 0 ? 0 : model.d(prev, next));
        std::int64_t duration = 0;
        std::int64_t warpCost = 0;
        if (model.hasWindows) {
            const TimeSeg timing = plan.withInserted(model, r, p, c, prev, next);
            duration = timing.duration;
            warpCost = model.warpCost(timing.warp);
            if (warpCost < 0) { // a hard window missed
                prev = next;
                continue;
            }
        } else if (model.hasDuration) {
            duration = plan.duration[ur] + model.t(prev, c) + model.service[uc] + model.t(c, next) -
                       model.t(prev, next);
            if (stops == 0) // an empty route's duration is 0, not the way there and back
                duration =
                    std::int64_t(model.t(startNode, c)) + model.service[uc] + model.t(c, endNode);
        }
        if (model.sharing || model.hasWindows)
            delta += model.extra(duration, load, stops + 1) + warpCost - plan.extra[ur];
        if ((!best.fits || delta < best.delta) &&
            (!model.hasDuration || duration <= model.maxDuration[ur])) {
            best.fits = true;
            best.delta = delta;
            best.position = p;
        }
        prev = next;
    }
    best.delta += pen;
    return best;
}

void insertCustomer(const Model& model, Plan& plan, int c, int r, int position) {
    auto& seq = plan.routes[std::size_t(r)];
    seq.insert(seq.begin() + position, c);
    plan.evaluate(model, r);
}

} // namespace larder::routing::detail
