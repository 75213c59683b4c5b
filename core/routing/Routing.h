// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Route planning for a distribution day: a capacitated vehicle routing solver.
//
// A problem is a set of nodes (the pantry, drivers' homes, households) with a travel cost and,
// optionally, a travel duration between every two of them; customers (stops with a demand in
// boxes) at some of those nodes; and vehicles (the drivers who came), each with its own start,
// end, capacity and limits. solveRoutes() returns one route per vehicle, as customer indices in
// visiting order. The method is described in docs/ARCHITECTURE.md ("Route planning").
//
// Units are the caller's: Larder uses metres for costs and seconds for durations (see Geo.h);
// CVRPLIB uses rounded Euclidean distances (see Cvrplib.h). All values are whole numbers so that
// costs add up exactly and results are the same on every machine.

#include "core/storage/Result.h"

#include <QtGlobal>

#include <atomic>
#include <functional>
#include <vector>

namespace larder::routing {

// A stop: a household to deliver to.
struct Customer {
    int node = 0;                 // index into the travel matrices
    int demand = 0;               // boxes
    qint64 serviceTime = 0;       // added to the route's duration at this stop (durations' unit)
    int preferredVehicle = -1;    // index into RoutingProblem::vehicles, -1 for none
    qint64 preferencePenalty = 0; // added to the cost when another vehicle serves this stop
    // A time window on the start of service, in durations' unit from the day's start: a vehicle
    // that comes early waits until readyTime; it must start by dueTime (-1: no window).
    qint64 readyTime = 0;
    qint64 dueTime = -1;
};

// A driver for the day.
struct Vehicle {
    int start = 0;          // node where the route begins (the pantry, or the driver's home)
    int end = 0;            // node where it ends; -1: the route ends at its last stop
    int capacity = 0;       // boxes
    int maxStops = 0;       // 0: no limit
    qint64 maxDuration = 0; // travel, service and waiting, durations' unit; 0: no limit
    // The driver's hours, in durations' unit from the day's start: leaves no earlier than
    // availableFrom, is back (or done, for an open route) by returnBy (-1: no limit).
    qint64 availableFrom = 0;
    qint64 returnBy = -1;
};

// A route the coordinator fixed: `vehicle` visits exactly these customers in this order, and the
// solver plans the other customers with the other vehicles.
struct LockedRoute {
    int vehicle = 0;
    std::vector<int> customers; // indices into RoutingProblem::customers
};

// How the day is shared among the vehicles (Larder's "share the day"; all zero: fewest kilometres,
// as in CVRPLIB). The objective adds, per route, `emptyRoute` when the route has no customer, else
// durationWeight × duration² + loadWeight × load², in the costs' unit: a convex cost that evens
// out the routes' minutes and loads as long as that is worth its detours.
struct Sharing {
    qint64 emptyRoute = 0;     // what a vehicle left without a customer costs
    double durationWeight = 0; // per duration unit squared
    double loadWeight = 0;     // per demand unit squared
    bool enabled() const { return emptyRoute > 0 || durationWeight > 0 || loadWeight > 0; }
};

// Everything the solver needs. Give the travel costs either as a matrix or as a function; the
// same for durations, which are only needed when a vehicle has a maxDuration or the day is shared.
struct RoutingProblem {
    int nodeCount = 0;
    std::vector<qint64> distances; // nodeCount × nodeCount, row-major: distances[from * n + to]
    std::function<qint64(int from, int to)> distance; // used when `distances` is empty
    std::vector<qint64> durations;                    // same layout; may be empty
    std::function<qint64(int from, int to)> duration; // used when `durations` is empty
    std::vector<Customer> customers;
    std::vector<Vehicle> vehicles;
    std::vector<LockedRoute> lockedRoutes;
    Sharing sharing;
    // Time windows (Customer::dueTime, Vehicle::returnBy) are hard when 0; else a start of
    // service after the window costs this much per unit of time late (soft windows).
    qint64 latenessPenalty = 0;

    // Travel cost and duration between two nodes, from the matrix or the function (0 when
    // neither is given for durations).
    qint64 distanceBetween(int from, int to) const;
    qint64 durationBetween(int from, int to) const;
};

// Reported while the solver runs: on every new best solution (at most every 50 ms) and once at
// the end.
struct Progress {
    qint64 iteration = 0;
    qint64 elapsedMs = 0;
    qint64 bestCost = 0;
    int unassigned = 0; // customers the best solution could not place
};

// How long to search, from which seed, and how to stop it or follow it.
struct SolverOptions {
    // Wall-time budget in milliseconds; 0: none (then maxIterations must be set). The budget
    // makes results depend on the machine's speed; set maxIterations alone for repeatable runs.
    qint64 timeLimitMs = 1000;
    // Ruin-and-recreate iterations; 0: no limit. With timeLimitMs 0 the same seed and the same
    // iteration count give the same routes on every run.
    qint64 maxIterations = 0;
    quint64 seed = 1;
    // How to search. Auto: the genetic search for a plain capacitated problem (one depot, one
    // capacity, no windows, preferences, stop or time limits, shared-day costs) when the time
    // budget is long enough for its size (customers <= 160 x seconds ^ 0.2: 160 at 1 s, 253
    // at 10 s), ruin and recreate otherwise and whenever only maxIterations is set. The
    // genetic search counts generations as iterations. Forcing Genetic on a problem it does
    // not handle uses ruin and recreate.
    enum class Method { Auto, RuinRecreate, Genetic };
    Method method = Method::Auto;
    // Set from another thread to stop early; the best solution so far is returned.
    const std::atomic<bool>* cancel = nullptr;
    std::function<void(const Progress&)> progress;
};

// One vehicle's route with its totals.
struct Route {
    int vehicle = 0;
    std::vector<int> customers; // indices into RoutingProblem::customers, in visiting order
    int load = 0;
    qint64 distance = 0; // start to last stop, plus the way back when the vehicle returns
    qint64 duration = 0; // travel plus service, and waiting when there are time windows
    bool locked = false;
    // When there are time windows: the departure that waits least, the start of service at
    // each customer (in visiting order), the time the route ends, and the sum of how late each
    // late start is (0 unless the windows are soft).
    qint64 departure = 0;
    std::vector<qint64> arrivals;
    qint64 end = 0;
    qint64 lateness = 0;
};

// The plan: a route per vehicle, who could not be placed, and the totals.
struct Solution {
    std::vector<Route> routes;   // one per vehicle, in the problem's order; some may be empty
    std::vector<int> unassigned; // customers no vehicle could take within its limits
    qint64 cost = 0;             // total distance plus preference penalties
    qint64 distance = 0;
    qint64 preferencePenalty = 0;
    qint64 lateness = 0; // Σ Route::lateness (soft windows)
    // What the search minimised for the routes it planned: their distance, preferences, sharing
    // the day and lateness costs (for comparing two plans of one day; 0 with nothing to plan).
    qint64 objective = 0;
    bool feasible = false;  // every customer placed and every limit respected
    bool cancelled = false; // stopped through SolverOptions::cancel
    qint64 iterations = 0;
    qint64 elapsedMs = 0;
    // The method whose answer this is (never Auto).
    SolverOptions::Method method = SolverOptions::Method::RuinRecreate;
};

// Checks the problem (indices in range, matrix sizes, values from 0 to 10^9, each customer in at
// most one locked route), then plans. Errors are InvalidInput with a sentence saying what is
// wrong. Customers that cannot be placed are listed in Solution::unassigned, not an error; a
// locked route is kept as given even over its vehicle's limits (then `feasible` is false).
Result<Solution> solveRoutes(const RoutingProblem& problem, const SolverOptions& options = {});

} // namespace larder::routing
