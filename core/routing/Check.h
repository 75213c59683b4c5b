// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An independent check of routes: it shares no code with the solver (not even its distance
// functions) and recomputes every total from the input data, so a solver bug cannot hide
// behind a matching bug in its own bookkeeping.

#include "core/routing/Cvrplib.h"
#include "core/routing/Routing.h"
#include "core/routing/Solomon.h"

#include <QStringList>

#include <vector>

namespace larder::routing {

// What the check found: ok, or a sentence per problem; and the cost it recomputed.
struct CheckReport {
    bool ok = true;
    QStringList problems; // one sentence each
    qint64 cost = 0;      // recomputed
    double exactCost = 0; // recomputed, for real-valued distances (Solomon)
};

// CVRPLIB routes as node ids (the depot left out): every customer exactly once, no route over
// capacity, at most `maxVehicles` non-empty routes; cost from the coordinates, nint per edge.
CheckReport checkCvrpRoutes(const CvrpInstance& instance,
                            const std::vector<std::vector<int>>& routes, int maxVehicles);

// Solomon routes as customer numbers (the depot left out), with exact real-valued times: every
// customer exactly once, no route over capacity, at most `maxVehicles` non-empty routes, each
// route leaving the depot at its ready time, service starting within every customer's window
// after any wait, and back at the depot by its due date; exactCost is the total distance.
CheckReport checkSolomonRoutes(const SolomonInstance& instance,
                               const std::vector<std::vector<int>>& routes, int maxVehicles);

// A Solution against its problem: each customer in exactly one route or in `unassigned`, locked
// routes as given, every limit kept (unless `feasible` is false), and every reported total
// (route load, distance, duration, cost) equal to the recomputed one.
CheckReport checkSolution(const RoutingProblem& problem, const Solution& solution);

} // namespace larder::routing
