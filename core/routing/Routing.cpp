// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/routing/Routing.h"

#include "core/routing/detail/Model.h"
#include "core/routing/detail/Search.h"

#include <QCoreApplication>

#include <algorithm>
#include <chrono>
#include <climits>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace larder::routing {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(larder::routing::Routing)
};

// Costs, durations and service times go into int matrices; this bound keeps every sum of a
// route's values far from overflowing 64 bits and every single value within an int.
constexpr qint64 MaxValue = 1'000'000'000;

// Every refusal of the route planner is a caller's mistake, not the person's.
QString callerBugHint() {
    return Tr::tr("This is a bug in the caller of the route planner; please report it.");
}

std::optional<Error> validate(const RoutingProblem& p) {
    const int n = p.nodeCount;
    if (n <= 0)
        return Error::invalidInput(
            Tr::tr("The route problem has no places (nodeCount is %1).").arg(n), callerBugHint());
    const qint64 cells = qint64(n) * n;
    if (p.distances.empty() && !p.distance)
        return Error::invalidInput(
            Tr::tr("The route problem has neither a distance matrix nor a distance "
                   "function."),
            callerBugHint());
    if (!p.distances.empty() && qint64(p.distances.size()) != cells)
        return Error::invalidInput(Tr::tr("The distance matrix has %1 values; %2 places need %3.")
                                       .arg(p.distances.size())
                                       .arg(n)
                                       .arg(cells),
                                   callerBugHint());
    if (!p.durations.empty() && qint64(p.durations.size()) != cells)
        return Error::invalidInput(Tr::tr("The duration matrix has %1 values; %2 places need %3.")
                                       .arg(p.durations.size())
                                       .arg(n)
                                       .arg(cells),
                                   callerBugHint());
    const int vehicles = int(p.vehicles.size());
    for (int v = 0; v < vehicles; ++v) {
        const Vehicle& vehicle = p.vehicles[std::size_t(v)];
        if (vehicle.start < 0 || vehicle.start >= n)
            return Error::invalidInput(
                Tr::tr("Vehicle %1 starts at place %2, which does not exist.")
                    .arg(v)
                    .arg(vehicle.start),
                callerBugHint());
        if (vehicle.end < -1 || vehicle.end >= n)
            return Error::invalidInput(Tr::tr("Vehicle %1 ends at place %2, which does not exist.")
                                           .arg(v)
                                           .arg(vehicle.end),
                                       callerBugHint());
        if (vehicle.capacity < 0 || vehicle.maxStops < 0 || vehicle.maxDuration < 0)
            return Error::invalidInput(
                Tr::tr("Vehicle %1 has a negative capacity or limit.").arg(v), callerBugHint());
        if (vehicle.maxDuration > 0 && p.durations.empty() && !p.duration)
            return Error::invalidInput(Tr::tr("Vehicle %1 has a time limit, but the problem has no "
                                              "durations.")
                                           .arg(v),
                                       callerBugHint());
        if (vehicle.availableFrom < 0 || vehicle.availableFrom > MaxValue ||
            vehicle.returnBy < -1 || vehicle.returnBy > MaxValue ||
            (vehicle.returnBy >= 0 && vehicle.returnBy < vehicle.availableFrom))
            return Error::invalidInput(
                Tr::tr("Vehicle %1's hours run from %2 to %3; they must lie between 0 and %4, "
                       "the end not before the start.")
                    .arg(v)
                    .arg(vehicle.availableFrom)
                    .arg(vehicle.returnBy)
                    .arg(MaxValue),
                callerBugHint());
    }
    if (p.latenessPenalty < 0 || p.latenessPenalty > MaxValue)
        return Error::invalidInput(
            Tr::tr("The penalty for lateness must lie between 0 and %1.").arg(MaxValue),
            callerBugHint());
    bool windows = p.latenessPenalty > 0;
    for (const Vehicle& vehicle : p.vehicles)
        windows = windows || vehicle.availableFrom > 0 || vehicle.returnBy >= 0;
    for (const Customer& customer : p.customers)
        windows = windows || customer.readyTime > 0 || customer.dueTime >= 0;
    if (windows && p.durations.empty() && !p.duration)
        return Error::invalidInput(Tr::tr("The problem has time windows but no durations."),
                                   callerBugHint());
    for (std::size_t c = 0; c < p.customers.size(); ++c) {
        const Customer& customer = p.customers[c];
        if (customer.node < 0 || customer.node >= n)
            return Error::invalidInput(Tr::tr("Customer %1 is at place %2, which does not exist.")
                                           .arg(c)
                                           .arg(customer.node),
                                       callerBugHint());
        if (customer.demand < 0 || customer.serviceTime < 0 || customer.preferencePenalty < 0)
            return Error::invalidInput(
                Tr::tr("Customer %1 has a negative demand, service time or penalty.").arg(c),
                callerBugHint());
        if (customer.serviceTime > MaxValue || customer.preferencePenalty > MaxValue)
            return Error::invalidInput(
                Tr::tr("Customer %1 has a service time or penalty over %2.").arg(c).arg(MaxValue),
                callerBugHint());
        if (customer.readyTime < 0 || customer.readyTime > MaxValue || customer.dueTime < -1 ||
            customer.dueTime > MaxValue ||
            (customer.dueTime >= 0 && customer.dueTime < customer.readyTime))
            return Error::invalidInput(
                Tr::tr("Customer %1's time window runs from %2 to %3; it must lie between 0 "
                       "and %4, the end not before the start.")
                    .arg(c)
                    .arg(customer.readyTime)
                    .arg(customer.dueTime)
                    .arg(MaxValue),
                callerBugHint());
        if (customer.preferredVehicle < -1 || customer.preferredVehicle >= vehicles)
            return Error::invalidInput(
                Tr::tr("Customer %1 prefers vehicle %2, which does not exist.")
                    .arg(c)
                    .arg(customer.preferredVehicle),
                callerBugHint());
    }
    std::vector<char> lockedVehicle(std::size_t(vehicles), 0);
    std::vector<char> lockedCustomer(p.customers.size(), 0);
    for (const LockedRoute& locked : p.lockedRoutes) {
        if (locked.vehicle < 0 || locked.vehicle >= vehicles)
            return Error::invalidInput(
                Tr::tr("A locked route is for vehicle %1, which does not exist.")
                    .arg(locked.vehicle),
                callerBugHint());
        if (lockedVehicle[std::size_t(locked.vehicle)]++)
            return Error::invalidInput(
                Tr::tr("Vehicle %1 has two locked routes.").arg(locked.vehicle), callerBugHint());
        for (int c : locked.customers) {
            if (c < 0 || c >= int(p.customers.size()))
                return Error::invalidInput(
                    Tr::tr("The locked route of vehicle %1 visits customer %2, which "
                           "does not exist.")
                        .arg(locked.vehicle)
                        .arg(c),
                    callerBugHint());
            if (lockedCustomer[std::size_t(c)]++)
                return Error::invalidInput(
                    Tr::tr("Customer %1 is in a locked route twice, or in two locked routes.")
                        .arg(c),
                    callerBugHint());
        }
    }
    return std::nullopt;
}

// Whether the problem has time windows or drivers' hours.
bool hasWindows(const RoutingProblem& p) {
    if (p.latenessPenalty > 0)
        return true;
    for (const Vehicle& vehicle : p.vehicles) {
        if (vehicle.availableFrom > 0 || vehicle.returnBy >= 0)
            return true;
    }
    for (const Customer& customer : p.customers) {
        if (customer.readyTime > 0 || customer.dueTime >= 0)
            return true;
    }
    return false;
}

// The start of service at each customer and the route's end when leaving at `departure`: a
// vehicle early waits, one late serves late and counts it.
void schedule(const RoutingProblem& p, Route& route, qint64 departure) {
    const Vehicle& vehicle = p.vehicles[std::size_t(route.vehicle)];
    route.departure = departure;
    route.arrivals.clear();
    route.lateness = 0;
    qint64 time = departure;
    int prev = vehicle.start;
    for (int c : route.customers) {
        const Customer& customer = p.customers[std::size_t(c)];
        time = std::max(time + p.durationBetween(prev, customer.node), customer.readyTime);
        if (customer.dueTime >= 0 && time > customer.dueTime)
            route.lateness += time - customer.dueTime;
        route.arrivals.push_back(time);
        time += customer.serviceTime;
        prev = customer.node;
    }
    if (vehicle.end >= 0)
        time += p.durationBetween(prev, vehicle.end);
    route.end = time;
}

// Totals of one route, from the problem's own data.
void measure(const RoutingProblem& p, Route& route) {
    const Vehicle& vehicle = p.vehicles[std::size_t(route.vehicle)];
    route.load = 0;
    route.distance = 0;
    route.duration = 0;
    route.arrivals.clear();
    route.departure = route.end = route.lateness = 0;
    if (route.customers.empty())
        return;
    int prev = vehicle.start;
    for (int c : route.customers) {
        const Customer& customer = p.customers[std::size_t(c)];
        route.load += customer.demand;
        route.distance += p.distanceBetween(prev, customer.node);
        route.duration += p.durationBetween(prev, customer.node) + customer.serviceTime;
        prev = customer.node;
    }
    if (vehicle.end >= 0) {
        route.distance += p.distanceBetween(prev, vehicle.end);
        route.duration += p.durationBetween(prev, vehicle.end);
    }
    if (!hasWindows(p))
        return;
    // Leave when waiting is least: the earliest start of the route's timing (detail::TimeSeg).
    const auto visit = [&p](int c) {
        const Customer& customer = p.customers[std::size_t(c)];
        return detail::TimeSeg{customer.serviceTime, 0, customer.readyTime,
                               customer.dueTime >= 0 ? customer.dueTime : detail::Never};
    };
    detail::TimeSeg timing{0, 0, vehicle.availableFrom,
                           vehicle.returnBy >= 0 ? vehicle.returnBy : detail::Never};
    prev = vehicle.start;
    for (int c : route.customers) {
        timing = detail::TimeSeg::join(
            timing, p.durationBetween(prev, p.customers[std::size_t(c)].node), visit(c));
        prev = p.customers[std::size_t(c)].node;
    }
    timing = detail::TimeSeg::join(
        timing, vehicle.end >= 0 ? p.durationBetween(prev, vehicle.end) : 0,
        detail::TimeSeg{0, 0, 0, vehicle.returnBy >= 0 ? vehicle.returnBy : detail::Never});
    schedule(p, route, std::max<qint64>(vehicle.availableFrom, timing.earliest));
    route.duration = route.end - route.departure;
}

bool withinLimits(const RoutingProblem& p, const Route& route) {
    const Vehicle& vehicle = p.vehicles[std::size_t(route.vehicle)];
    const bool hours =
        route.customers.empty() || p.latenessPenalty > 0 ||
        (route.lateness == 0 && (vehicle.returnBy < 0 || route.end <= vehicle.returnBy));
    return route.load <= vehicle.capacity &&
           (vehicle.maxStops == 0 || int(route.customers.size()) <= vehicle.maxStops) &&
           (vehicle.maxDuration == 0 || route.duration <= vehicle.maxDuration) && hours;
}

// The free part of a problem (no locked customer or vehicle) in the solver's compact form, with
// the maps back to the problem's indices.
struct Reduced {
    detail::Model model;
    std::vector<int> customerOf; // model customer → problem customer
    std::vector<int> vehicleOf;  // model vehicle → problem vehicle
    std::vector<int> leftOut;    // free customers no free vehicle could take even alone
};

Result<Reduced> reduce(const RoutingProblem& problem, const std::vector<char>& lockedCustomer,
                       const std::vector<char>& lockedVehicle) {
    const int vehicles = int(problem.vehicles.size());
    Reduced reduced;
    detail::Model& model = reduced.model;
    std::vector<int>& vehicleOf = reduced.vehicleOf;
    std::vector<int> modelVehicle(std::size_t(vehicles), -1);
    for (int v = 0; v < vehicles; ++v) {
        if (!lockedVehicle[std::size_t(v)]) {
            modelVehicle[std::size_t(v)] = int(vehicleOf.size());
            vehicleOf.push_back(v);
        }
    }
    model.vehicles = int(vehicleOf.size());
    bool anyDuration = false;
    for (int v : vehicleOf)
        anyDuration = anyDuration || problem.vehicles[std::size_t(v)].maxDuration > 0;
    const Sharing& sharing = problem.sharing;
    model.sharing = sharing.enabled();
    model.emptyRoute = sharing.emptyRoute;
    model.durationWeight = sharing.durationWeight;
    model.loadWeight = sharing.loadWeight;
    model.hasWindows = hasWindows(problem);
    model.latePenalty = problem.latenessPenalty;
    // Evening out the routes' minutes needs their durations; so do time windows.
    model.hasDuration =
        anyDuration || model.hasWindows ||
        (sharing.durationWeight > 0 && (!problem.durations.empty() || problem.duration));

    // Customers that no free vehicle could ever take, alone, stay unassigned from the start.
    auto fitsAlone = [&](const Customer& customer, int v) {
        const Vehicle& vehicle = problem.vehicles[std::size_t(v)];
        if (customer.demand > vehicle.capacity)
            return false;
        qint64 duration =
            problem.durationBetween(vehicle.start, customer.node) + customer.serviceTime;
        if (vehicle.end >= 0)
            duration += problem.durationBetween(customer.node, vehicle.end);
        if (vehicle.maxDuration > 0 && duration > vehicle.maxDuration)
            return false;
        if (problem.latenessPenalty > 0)
            return true; // soft windows: late, at a price
        // Hard windows: reachable within the customer's window and back within the hours.
        const qint64 start =
            std::max(vehicle.availableFrom + problem.durationBetween(vehicle.start, customer.node),
                     customer.readyTime);
        if (customer.dueTime >= 0 && start > customer.dueTime)
            return false;
        const qint64 done =
            start + customer.serviceTime +
            (vehicle.end >= 0 ? problem.durationBetween(customer.node, vehicle.end) : 0);
        return vehicle.returnBy < 0 || done <= vehicle.returnBy;
    };
    std::vector<int>& customerOf = reduced.customerOf;
    for (int c = 0; c < int(problem.customers.size()); ++c) {
        if (lockedCustomer[std::size_t(c)])
            continue;
        const Customer& customer = problem.customers[std::size_t(c)];
        bool fits = false;
        for (int v : vehicleOf)
            fits = fits || fitsAlone(customer, v);
        if (fits)
            customerOf.push_back(c);
        else
            reduced.leftOut.push_back(c);
    }
    model.n = int(customerOf.size());

    // Nodes: the customers, then each distinct start or end, then "nowhere" for open routes.
    std::vector<int> nodeOf; // model node → problem node, -1 for nowhere
    for (int c : customerOf)
        nodeOf.push_back(problem.customers[std::size_t(c)].node);
    auto terminal = [&](int problemNode) {
        for (std::size_t k = std::size_t(model.n); k < nodeOf.size(); ++k) {
            if (nodeOf[k] == problemNode)
                return int(k);
        }
        nodeOf.push_back(problemNode);
        return int(nodeOf.size()) - 1;
    };
    for (int v : vehicleOf) {
        const Vehicle& vehicle = problem.vehicles[std::size_t(v)];
        model.start.push_back(terminal(vehicle.start));
        model.end.push_back(terminal(vehicle.end)); // -1: nowhere
        model.capacity.push_back(vehicle.capacity);
        model.maxStops.push_back(vehicle.maxStops > 0 ? vehicle.maxStops : INT_MAX);
        model.maxDuration.push_back(vehicle.maxDuration > 0
                                        ? vehicle.maxDuration
                                        : std::numeric_limits<std::int64_t>::max());
        model.earliest.push_back(vehicle.availableFrom);
        model.latest.push_back(vehicle.returnBy >= 0 ? vehicle.returnBy : detail::Never);
    }
    model.size = int(nodeOf.size());
    const std::size_t size = std::size_t(model.size);
    model.dist.assign(size * size, 0);
    if (model.hasDuration)
        model.dur.assign(size * size, 0);
    for (std::size_t a = 0; a < size; ++a) {
        for (std::size_t b = 0; b < size; ++b) {
            if (a == b || nodeOf[a] < 0 || nodeOf[b] < 0)
                continue;
            const qint64 d = problem.distanceBetween(nodeOf[a], nodeOf[b]);
            if (d < 0 || d > MaxValue)
                return Error::invalidInput(
                    Tr::tr("The distance from place %1 to place %2 is %3; it must be "
                           "between 0 and %4.")
                        .arg(nodeOf[a])
                        .arg(nodeOf[b])
                        .arg(d)
                        .arg(MaxValue),
                    callerBugHint());
            model.dist[a * size + b] = int(d);
            if (model.hasDuration) {
                const qint64 t = problem.durationBetween(nodeOf[a], nodeOf[b]);
                if (t < 0 || t > MaxValue)
                    return Error::invalidInput(
                        Tr::tr("The duration from place %1 to place %2 is %3; it must "
                               "be between 0 and %4.")
                            .arg(nodeOf[a])
                            .arg(nodeOf[b])
                            .arg(t)
                            .arg(MaxValue),
                        callerBugHint());
                model.dur[a * size + b] = int(t);
            }
        }
    }
    for (int c : customerOf) {
        const Customer& customer = problem.customers[std::size_t(c)];
        model.demand.push_back(customer.demand);
        model.service.push_back(model.hasDuration ? int(customer.serviceTime) : 0);
        model.ready.push_back(customer.readyTime);
        model.due.push_back(customer.dueTime >= 0 ? customer.dueTime : detail::Never);
        int preferred = -1;
        if (customer.preferredVehicle >= 0 && customer.preferencePenalty > 0) {
            // A locked preferred vehicle cannot take more stops: every free one pays.
            const int mv = modelVehicle[std::size_t(customer.preferredVehicle)];
            preferred = mv >= 0 ? mv : model.vehicles;
            model.hasPreferences = true;
        }
        model.preferred.push_back(preferred);
        model.penalty.push_back(customer.preferencePenalty);
    }
    model.finish();
    return reduced;
}

} // namespace

qint64 RoutingProblem::distanceBetween(int from, int to) const {
    if (!distances.empty())
        return distances[std::size_t(from) * std::size_t(nodeCount) + std::size_t(to)];
    return distance ? distance(from, to) : 0;
}

qint64 RoutingProblem::durationBetween(int from, int to) const {
    if (!durations.empty())
        return durations[std::size_t(from) * std::size_t(nodeCount) + std::size_t(to)];
    return duration ? duration(from, to) : 0;
}

Result<Solution> solveRoutes(const RoutingProblem& problem, const SolverOptions& options) {
    using Clock = std::chrono::steady_clock;
    const Clock::time_point started = Clock::now();
    if (auto error = validate(problem))
        return *error;
    if (options.timeLimitMs < 0 || options.maxIterations < 0)
        return Error::invalidInput(
            Tr::tr("The solver's time limit and iteration count cannot be negative."),
            callerBugHint());
    if (options.timeLimitMs == 0 && options.maxIterations == 0 && !options.cancel)
        return Error::invalidInput(
            Tr::tr("The solver needs a time limit, an iteration count or a way to "
                   "cancel it."),
            callerBugHint());

    const int vehicles = int(problem.vehicles.size());
    Solution solution;
    solution.routes.resize(std::size_t(vehicles));
    for (int v = 0; v < vehicles; ++v)
        solution.routes[std::size_t(v)].vehicle = v;

    std::vector<char> lockedCustomer(problem.customers.size(), 0);
    std::vector<char> lockedVehicle(std::size_t(vehicles), 0);
    for (const LockedRoute& locked : problem.lockedRoutes) {
        Route& route = solution.routes[std::size_t(locked.vehicle)];
        route.customers = locked.customers;
        route.locked = true;
        lockedVehicle[std::size_t(locked.vehicle)] = 1;
        for (int c : locked.customers)
            lockedCustomer[std::size_t(c)] = 1;
    }

    auto reduced = reduce(problem, lockedCustomer, lockedVehicle);
    if (!reduced)
        return reduced.error();
    const detail::Model& model = reduced->model;
    const std::vector<int>& customerOf = reduced->customerOf;
    const std::vector<int>& vehicleOf = reduced->vehicleOf;
    solution.unassigned = reduced->leftOut;

    // Progress: on every new best, at most every 50 ms, and at the end.
    qint64 lockedCost = 0;
    for (const Route& route : solution.routes) {
        if (!route.locked)
            continue;
        Route measured = route;
        measure(problem, measured);
        lockedCost += measured.distance;
        for (int c : route.customers) {
            const Customer& customer = problem.customers[std::size_t(c)];
            if (customer.preferredVehicle >= 0 && customer.preferredVehicle != route.vehicle)
                lockedCost += customer.preferencePenalty;
        }
    }
    const int alwaysUnassigned = int(solution.unassigned.size());
    auto elapsed = [started] {
        return qint64(
            std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - started).count());
    };
    qint64 lastReport = -1000;
    detail::SearchLimits limits;
    limits.started = started;
    limits.timeLimitMs = options.timeLimitMs;
    limits.maxIterations = options.maxIterations;
    limits.seed = options.seed;
    using DetailMethod = detail::SearchLimits::Method;
    limits.method = options.method == SolverOptions::Method::Genetic ? DetailMethod::Genetic
                    : options.method == SolverOptions::Method::RuinRecreate
                        ? DetailMethod::RuinRecreate
                        : DetailMethod::Auto;
    limits.cancel = options.cancel;
    if (options.progress) {
        limits.improved = [&](std::int64_t iteration, std::int64_t cost, int absent) {
            const qint64 now = elapsed();
            if (now - lastReport < 50)
                return;
            lastReport = now;
            options.progress(
                Progress{iteration, now, lockedCost + cost, alwaysUnassigned + absent});
        };
    }

    detail::SearchOutcome outcome;
    if (model.n > 0 && model.vehicles > 0) {
        outcome = detail::search(model, limits);
    } else {
        outcome.best.reset(model);
        outcome.cancelled = options.cancel && options.cancel->load();
    }

    for (int v = 0; v < model.vehicles; ++v) {
        Route& route = solution.routes[std::size_t(vehicleOf[std::size_t(v)])];
        for (int c : outcome.best.routes[std::size_t(v)])
            route.customers.push_back(customerOf[std::size_t(c)]);
    }
    for (int c : outcome.best.absent)
        solution.unassigned.push_back(customerOf[std::size_t(c)]);
    std::sort(solution.unassigned.begin(), solution.unassigned.end());

    bool limitsKept = true;
    for (Route& route : solution.routes) {
        measure(problem, route);
        limitsKept = limitsKept && withinLimits(problem, route);
        solution.distance += route.distance;
        for (int c : route.customers) {
            const Customer& customer = problem.customers[std::size_t(c)];
            if (customer.preferredVehicle >= 0 && customer.preferredVehicle != route.vehicle)
                solution.preferencePenalty += customer.preferencePenalty;
        }
    }
    solution.cost = solution.distance + solution.preferencePenalty;
    solution.objective = model.n > 0 && model.vehicles > 0 ? outcome.best.cost : 0;
    for (const Route& route : solution.routes)
        solution.lateness += route.lateness;
    solution.feasible = limitsKept && solution.unassigned.empty();
    solution.cancelled = outcome.cancelled;
    solution.iterations = outcome.iterations;
    solution.method =
        outcome.genetic ? SolverOptions::Method::Genetic : SolverOptions::Method::RuinRecreate;
    solution.elapsedMs = elapsed();
    if (options.progress)
        options.progress(Progress{solution.iterations, solution.elapsedMs, solution.cost,
                                  int(solution.unassigned.size())});
    return solution;
}

} // namespace larder::routing
