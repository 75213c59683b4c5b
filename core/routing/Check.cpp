// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/routing/Check.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace larder::routing {

namespace {

void fail(CheckReport& report, const QString& problem) {
    report.ok = false;
    report.problems.append(problem);
}

// TSPLIB EUC_2D: nint(sqrt(dx² + dy²)), written out here on purpose (see the file comment).
qint64 euclid(const CvrpInstance& instance, int idA, int idB) {
    const double dx = instance.x[std::size_t(idA - 1)] - instance.x[std::size_t(idB - 1)];
    const double dy = instance.y[std::size_t(idA - 1)] - instance.y[std::size_t(idB - 1)];
    return qint64(std::floor(std::sqrt(dx * dx + dy * dy) + 0.5));
}

qint64 travel(const std::vector<qint64>& matrix, const std::function<qint64(int, int)>& function,
              int nodes, int from, int to) {
    if (!matrix.empty())
        return matrix[std::size_t(from) * std::size_t(nodes) + std::size_t(to)];
    return function ? function(from, to) : 0;
}

} // namespace

CheckReport checkCvrpRoutes(const CvrpInstance& instance,
                            const std::vector<std::vector<int>>& routes, int maxVehicles) {
    CheckReport report;
    std::vector<int> seen(std::size_t(instance.dimension) + 1, 0);
    int used = 0;
    for (std::size_t r = 0; r < routes.size(); ++r) {
        const std::vector<int>& route = routes[r];
        if (route.empty())
            continue;
        ++used;
        qint64 load = 0;
        int previous = instance.depot;
        for (int id : route) {
            if (id < 1 || id > instance.dimension || id == instance.depot) {
                fail(report, u"route %1 visits %2, which is not a customer"_s.arg(r + 1).arg(id));
                continue;
            }
            ++seen[std::size_t(id)];
            load += instance.demand[std::size_t(id - 1)];
            report.cost += euclid(instance, previous, id);
            previous = id;
        }
        report.cost += euclid(instance, previous, instance.depot);
        if (load > instance.capacity)
            fail(report, u"route %1 carries %2, over the capacity %3"_s.arg(r + 1).arg(load).arg(
                             instance.capacity));
    }
    if (used > maxVehicles)
        fail(report, u"%1 routes, more than the %2 vehicles allowed"_s.arg(used).arg(maxVehicles));
    for (int id = 1; id <= instance.dimension; ++id) {
        if (id == instance.depot)
            continue;
        if (seen[std::size_t(id)] == 0)
            fail(report, u"customer %1 is not visited"_s.arg(id));
        else if (seen[std::size_t(id)] > 1)
            fail(report, u"customer %1 is visited %2 times"_s.arg(id).arg(seen[std::size_t(id)]));
    }
    return report;
}

CheckReport checkSolomonRoutes(const SolomonInstance& instance,
                               const std::vector<std::vector<int>>& routes, int maxVehicles) {
    CheckReport report;
    const int nodes = int(instance.x.size());
    // Written out here on purpose (see the file comment): the exact Euclidean distance.
    const auto between = [&instance](int a, int b) {
        const double dx = instance.x[std::size_t(a)] - instance.x[std::size_t(b)];
        const double dy = instance.y[std::size_t(a)] - instance.y[std::size_t(b)];
        return std::sqrt(dx * dx + dy * dy);
    };
    constexpr double Tolerance = 1e-9;
    std::vector<int> seen(std::size_t(std::max(nodes, 1)), 0);
    int used = 0;
    for (std::size_t r = 0; r < routes.size(); ++r) {
        const std::vector<int>& route = routes[r];
        if (route.empty())
            continue;
        ++used;
        qint64 load = 0;
        double time = instance.ready.front();
        int previous = 0;
        for (int id : route) {
            if (id < 1 || id >= nodes) {
                fail(report, u"route %1 visits %2, which is not a customer"_s.arg(r + 1).arg(id));
                continue;
            }
            ++seen[std::size_t(id)];
            load += instance.demand[std::size_t(id)];
            const double leg = between(previous, id);
            report.exactCost += leg;
            time = std::max(time + leg, instance.ready[std::size_t(id)]);
            if (time > instance.due[std::size_t(id)] + Tolerance)
                fail(report, u"route %1 starts serving customer %2 at %3, after its due date %4"_s
                                 .arg(r + 1)
                                 .arg(id)
                                 .arg(time, 0, 'f', 3)
                                 .arg(instance.due[std::size_t(id)]));
            time += instance.service[std::size_t(id)];
            previous = id;
        }
        const double back = between(previous, 0);
        report.exactCost += back;
        time += back;
        if (time > instance.due.front() + Tolerance)
            fail(report, u"route %1 is back at the depot at %2, after its due date %3"_s.arg(r + 1)
                             .arg(time, 0, 'f', 3)
                             .arg(instance.due.front()));
        if (load > instance.capacity)
            fail(report, u"route %1 carries %2, over the capacity %3"_s.arg(r + 1).arg(load).arg(
                             instance.capacity));
    }
    if (used > maxVehicles)
        fail(report, u"%1 routes, more than the %2 vehicles allowed"_s.arg(used).arg(maxVehicles));
    for (int id = 1; id < nodes; ++id) {
        if (seen[std::size_t(id)] == 0)
            fail(report, u"customer %1 is not visited"_s.arg(id));
        else if (seen[std::size_t(id)] > 1)
            fail(report, u"customer %1 is visited %2 times"_s.arg(id).arg(seen[std::size_t(id)]));
    }
    return report;
}

CheckReport checkSolution(const RoutingProblem& problem, const Solution& solution) {
    CheckReport report;
    const int n = problem.nodeCount;
    const int customers = int(problem.customers.size());
    const int vehicles = int(problem.vehicles.size());
    std::vector<int> seen(std::size_t(customers), 0);
    if (int(solution.routes.size()) != vehicles)
        fail(report, u"%1 routes for %2 vehicles"_s.arg(solution.routes.size()).arg(vehicles));
    bool allWithin = true;
    qint64 distance = 0;
    qint64 penalty = 0;
    bool windows = problem.latenessPenalty > 0;
    for (const Vehicle& vehicle : problem.vehicles)
        windows = windows || vehicle.availableFrom > 0 || vehicle.returnBy >= 0;
    for (const Customer& customer : problem.customers)
        windows = windows || customer.readyTime > 0 || customer.dueTime >= 0;
    qint64 lateness = 0;
    for (std::size_t r = 0; r < solution.routes.size() && int(r) < vehicles; ++r) {
        const Route& route = solution.routes[r];
        if (route.vehicle != int(r))
            fail(report, u"route %1 names vehicle %2"_s.arg(r).arg(route.vehicle));
        const Vehicle& vehicle = problem.vehicles[r];
        qint64 load = 0;
        qint64 length = 0;
        qint64 time = 0;
        // With windows: the clock from the reported departure; a vehicle early waits.
        qint64 clock = route.departure;
        qint64 late = 0;
        if (windows && !route.customers.empty() && route.departure < vehicle.availableFrom)
            fail(report, u"route %1 leaves at %2, before its driver's hours start at %3"_s.arg(r)
                             .arg(route.departure)
                             .arg(vehicle.availableFrom));
        if (windows && route.arrivals.size() != route.customers.size())
            fail(report, u"route %1 reports %2 arrival times for %3 customers"_s.arg(r)
                             .arg(route.arrivals.size())
                             .arg(route.customers.size()));
        std::size_t visit = 0;
        int at = vehicle.start;
        for (int c : route.customers) {
            if (c < 0 || c >= customers) {
                fail(report, u"route %1 visits customer %2, which does not exist"_s.arg(r).arg(c));
                continue;
            }
            ++seen[std::size_t(c)];
            const Customer& customer = problem.customers[std::size_t(c)];
            load += customer.demand;
            length += travel(problem.distances, problem.distance, n, at, customer.node);
            time += travel(problem.durations, problem.duration, n, at, customer.node) +
                    customer.serviceTime;
            if (windows) {
                clock += travel(problem.durations, problem.duration, n, at, customer.node);
                if (clock < customer.readyTime)
                    clock = customer.readyTime;
                if (customer.dueTime >= 0 && clock > customer.dueTime)
                    late += clock - customer.dueTime;
                if (visit < route.arrivals.size() && route.arrivals[visit] != clock)
                    fail(report, u"route %1 reports service at customer %2 starting at %3; "
                                 u"recomputed %4"_s.arg(r)
                                     .arg(c)
                                     .arg(route.arrivals[visit])
                                     .arg(clock));
                clock += customer.serviceTime;
            }
            ++visit;
            if (customer.preferredVehicle >= 0 && customer.preferredVehicle != int(r))
                penalty += customer.preferencePenalty;
            at = customer.node;
        }
        if (!route.customers.empty() && vehicle.end >= 0) {
            length += travel(problem.distances, problem.distance, n, at, vehicle.end);
            time += travel(problem.durations, problem.duration, n, at, vehicle.end);
            clock += travel(problem.durations, problem.duration, n, at, vehicle.end);
        }
        bool hoursKept = true;
        if (windows && !route.customers.empty()) {
            time = clock - route.departure; // waiting counts
            if (clock != route.end || late != route.lateness)
                fail(report, u"route %1 reports the end at %2 and lateness %3; recomputed %4 and "
                             u"%5"_s.arg(r)
                                 .arg(route.end)
                                 .arg(route.lateness)
                                 .arg(clock)
                                 .arg(late));
            hoursKept = problem.latenessPenalty > 0 ||
                        (late == 0 && (vehicle.returnBy < 0 || clock <= vehicle.returnBy));
            lateness += late;
        }
        distance += length;
        if (load != route.load || length != route.distance || time != route.duration)
            fail(report, u"route %1 reports load %2, distance %3, duration %4; recomputed %5, "
                         u"%6, %7"_s.arg(r)
                             .arg(route.load)
                             .arg(route.distance)
                             .arg(route.duration)
                             .arg(load)
                             .arg(length)
                             .arg(time));
        const bool within =
            load <= vehicle.capacity &&
            (vehicle.maxStops == 0 || qint64(route.customers.size()) <= vehicle.maxStops) &&
            (vehicle.maxDuration == 0 || time <= vehicle.maxDuration) && hoursKept;
        allWithin = allWithin && within;
        if (!within && solution.feasible)
            fail(report, u"route %1 breaks its vehicle's limits (load %2 of %3, %4 stops of %5, "
                         u"duration %6 of %7) but the solution says it is feasible"_s.arg(r)
                             .arg(load)
                             .arg(vehicle.capacity)
                             .arg(route.customers.size())
                             .arg(vehicle.maxStops)
                             .arg(time)
                             .arg(vehicle.maxDuration));
    }
    for (const LockedRoute& locked : problem.lockedRoutes) {
        if (locked.vehicle >= 0 && locked.vehicle < int(solution.routes.size()) &&
            solution.routes[std::size_t(locked.vehicle)].customers != locked.customers)
            fail(report, u"the locked route of vehicle %1 was changed"_s.arg(locked.vehicle));
    }
    for (int c : solution.unassigned) {
        if (c < 0 || c >= customers)
            fail(report, u"unassigned customer %1 does not exist"_s.arg(c));
        else
            ++seen[std::size_t(c)];
    }
    for (int c = 0; c < customers; ++c) {
        if (seen[std::size_t(c)] != 1)
            fail(report, u"customer %1 appears %2 times (routes and unassigned)"_s.arg(c).arg(
                             seen[std::size_t(c)]));
    }
    report.cost = distance + penalty;
    if (report.cost != solution.cost || distance != solution.distance ||
        penalty != solution.preferencePenalty)
        fail(report, u"the solution reports cost %1 (distance %2, penalty %3); recomputed %4 (%5, "
                     u"%6)"_s.arg(solution.cost)
                         .arg(solution.distance)
                         .arg(solution.preferencePenalty)
                         .arg(report.cost)
                         .arg(distance)
                         .arg(penalty));
    if (lateness != solution.lateness)
        fail(report, u"the solution reports lateness %1; recomputed %2"_s.arg(solution.lateness)
                         .arg(lateness));
    const bool feasible = allWithin && solution.unassigned.empty();
    if (feasible != solution.feasible)
        fail(report, u"the solution says feasible = %1; recomputed %2"_s.arg(solution.feasible)
                         .arg(feasible));
    return report;
}

} // namespace larder::routing
