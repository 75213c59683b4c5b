// SPDX-License-Identifier: GPL-3.0-or-later
// routes solve: the route planner on a CVRPLIB instance, for measuring it on public data. Needs
// no pantry file.

#include "app/cli/CliSupport.h"
#include "app/cli/Commands.h"
#include "core/routing/Check.h"
#include "core/routing/Cvrplib.h"
#include "core/routing/Routing.h"
#include "core/routing/Solomon.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace larder::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(larder::cli::RouteCommands)
};

int runRoutes(Context&) {
    throw UsageProblem{Tr::tr("give a routes command: solve")};
}

// The solution's routes (empty ones left out) and its unassigned customers as the file numbers
// them: matrix node + `firstId`.
std::pair<std::vector<std::vector<int>>, std::vector<int>>
asNodeIds(const routing::RoutingProblem& problem, const routing::Solution& solution, int firstId) {
    const auto id = [&](int c) { return problem.customers[std::size_t(c)].node + firstId; };
    std::vector<std::vector<int>> routes;
    for (const routing::Route& route : solution.routes) {
        if (route.customers.empty())
            continue;
        std::vector<int> ids;
        for (int c : route.customers)
            ids.push_back(id(c));
        routes.push_back(ids);
    }
    std::vector<int> unassigned;
    for (int c : solution.unassigned)
        unassigned.push_back(id(c));
    return {routes, unassigned};
}

// Prints routes (customer numbers as in the file) as JSON or text.
void printRoutes(Context& context, const QJsonValue& cost, const QString& costText,
                 const std::vector<std::vector<int>>& routes, const std::vector<int>& unassigned,
                 qint64 elapsedMs) {
    if (context.isSet(u"json"_s)) {
        QJsonArray routeArray;
        for (const auto& ids : routes) {
            QJsonArray stops;
            for (int id : ids)
                stops.append(id);
            routeArray.append(stops);
        }
        QJsonObject object{{u"cost"_s, cost}, {u"routes"_s, routeArray}, {u"time_ms"_s, elapsedMs}};
        if (!unassigned.empty()) {
            QJsonArray ids;
            for (int id : unassigned)
                ids.append(id);
            object.insert(u"unassigned"_s, ids);
        }
        printJson(context, object, QJsonDocument::Compact);
    } else {
        context.out << "cost " << costText << '\n';
        for (std::size_t r = 0; r < routes.size(); ++r) {
            context.out << "Route #" << (r + 1) << ':';
            for (int id : routes[r])
                context.out << ' ' << id;
            context.out << '\n';
        }
    }
    context.out.flush();
}

// Refuses an answer with customers left out, naming them.
int failUnassigned(Context& context, const QString& path, const std::vector<int>& unassigned,
                   int vehicles) {
    QStringList ids;
    for (int id : unassigned)
        ids.append(QString::number(id));
    Error error = Error::invalidInput(
        Tr::tr("%n customer(s) did not fit in %1 vehicles (node ids %2).", nullptr,
               int(unassigned.size()))
            .arg(vehicles)
            .arg(ids.join(u' ')),
        Tr::tr("Allow more vehicles with --vehicles, or a longer --time-limit-ms."));
    error.path = path;
    return context.fail(error);
}

// Refuses an answer the independent check does not accept.
int failCheck(Context& context, const QString& path, const routing::CheckReport& check,
              const QString& costs) {
    Error error;
    error.kind = Error::Kind::Damaged;
    error.path = path;
    error.message = Tr::tr("The planned routes failed the independent check (%1; %2).")
                        .arg(check.problems.join(u"; "_s), costs);
    error.hint = Tr::tr("This is a bug in the route planner; please report it with the file.");
    return context.fail(error);
}

// A Solomon VRPTW instance: planned in thousandths, checked and costed with the exact times.
int solveSolomon(Context& context, const QString& path, qint64 askedVehicles,
                 const routing::SolverOptions& options) {
    auto instance = routing::readSolomon(path);
    if (!instance)
        return context.fail(instance.error());
    const int vehicles = askedVehicles > 0 ? int(askedVehicles) : instance->vehicles;
    const routing::RoutingProblem problem = routing::toRoutingProblem(*instance, vehicles);
    auto solution = routing::solveRoutes(problem, options);
    if (!solution)
        return context.fail(solution.error());
    const auto [routes, unassigned] = asNodeIds(problem, *solution, 0); // numbers as in the file
    const routing::CheckReport check = routing::checkSolomonRoutes(*instance, routes, vehicles);
    printRoutes(context, check.exactCost, QString::number(check.exactCost, 'f', 3), routes,
                unassigned, solution->elapsedMs);
    if (!unassigned.empty())
        return failUnassigned(context, path, unassigned, vehicles);
    if (!check.ok)
        return failCheck(context, path, check,
                         Tr::tr("distance %1").arg(check.exactCost, 0, 'f', 3));
    return Success;
}

int runSolve(Context& context) {
    // The command line first: a usage error wins over a bad file.
    const QString path = context.arguments.at(0);
    const qint64 askedVehicles = context.integer(u"vehicles"_s, 0, 1, 1'000'000); // 0: not given
    routing::SolverOptions options;
    options.timeLimitMs = context.integer(u"time-limit-ms"_s, 1000, 0, 86'400'000);
    options.maxIterations = context.integer(u"iterations"_s, 0, 0, qint64(1) << 50);
    options.seed = context.unsignedInteger(u"seed"_s, 1);
    if (options.timeLimitMs == 0 && options.maxIterations == 0)
        throw UsageProblem{Tr::tr("--time-limit-ms 0 needs --iterations N")};

    {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && routing::looksLikeSolomon(file.read(4096)))
            return solveSolomon(context, path, askedVehicles, options);
    }
    auto instance = routing::readCvrplib(path);
    if (!instance)
        return context.fail(instance.error());
    const int customers = instance->dimension - 1;
    const int vehicles = askedVehicles > 0        ? int(askedVehicles)
                         : instance->vehicles > 0 ? instance->vehicles
                                                  : customers;

    const routing::RoutingProblem problem = routing::toRoutingProblem(*instance, vehicles);
    auto solution = routing::solveRoutes(problem, options);
    if (!solution)
        return context.fail(solution.error());

    const auto [routes, unassigned] = asNodeIds(problem, *solution, 1); // node ids from 1

    printRoutes(context, solution->cost, QString::number(solution->cost), routes, unassigned,
                solution->elapsedMs);
    if (!unassigned.empty())
        return failUnassigned(context, path, unassigned, vehicles);
    // The solver's answer is checked by code that shares nothing with it.
    const routing::CheckReport check = routing::checkCvrpRoutes(*instance, routes, vehicles);
    if (!check.ok || check.cost != solution->cost)
        return failCheck(context, path, check,
                         Tr::tr("cost %1 recomputed as %2").arg(solution->cost).arg(check.cost));
    return Success;
}

} // namespace

QList<Command> routeCommands() {
    Command routes;
    routes.name = u"routes"_s;
    routes.summary = Tr::tr("Measure the route planner on public data (routes solve).");
    routes.description = Tr::tr("Commands for the route planner that need no pantry file.");
    routes.synopsis = u"solve FILE.vrp [...]"_s;
    routes.needsDatabase = false;
    routes.example = u"larder-cli routes solve A-n32-k5.vrp --json"_s;
    routes.run = runRoutes;

    Command solve;
    solve.name = u"solve"_s;
    solve.summary = Tr::tr("Plan routes for a CVRPLIB instance and print them.");
    solve.description = Tr::tr(
        "Reads a CVRPLIB instance (TSPLIB format, EUC_2D; distances are Euclidean, rounded to "
        "the nearest integer per edge, as CVRPLIB's best-known costs assume), plans routes with "
        "Larder's route planner and prints \"cost N\" and one line per route, \"Route #1: 5 12 "
        "3\", with node ids as numbered in the file and the depot left out. --json prints "
        "{\"cost\": N, \"routes\": [[node ids...], ...], \"time_ms\": T}. The fleet is the "
        "instance's VEHICLES, or the k of its name (A-n32-k5: 5), or one vehicle per customer; "
        "--vehicles caps it. The same seed gives the same routes with --iterations and "
        "--time-limit-ms 0; with a time limit the result also depends on the machine's speed. "
        "Every answer is checked by code independent of the planner before it is reported. "
        "Exits 1 when a customer did not fit.");
    solve.synopsis =
        u"FILE.vrp [--vehicles K] [--time-limit-ms T] [--iterations N] [--seed S] [--json]"_s;
    solve.arguments = {u"FILE.vrp"_s};
    solve.needsDatabase = false;
    solve.options = {
        QCommandLineOption(u"vehicles"_s, Tr::tr("at most K vehicles (default: from the file)"),
                           u"K"_s),
        QCommandLineOption(u"time-limit-ms"_s,
                           Tr::tr("wall-time budget in milliseconds (default 1000; 0: none)"),
                           u"T"_s),
        QCommandLineOption(u"iterations"_s,
                           Tr::tr("stop after N ruin-and-recreate iterations (default: no limit)"),
                           u"N"_s),
        QCommandLineOption(u"seed"_s, Tr::tr("seed of the planner's random choices (default 1)"),
                           u"S"_s),
        QCommandLineOption(u"json"_s, Tr::tr("print JSON for scripts")),
    };
    solve.example = u"larder-cli routes solve X-n101-k25.vrp --vehicles 26 --time-limit-ms 1000 "
                    u"--seed 7 --json"_s;
    solve.run = runSolve;
    routes.subcommands = {solve};
    return {routes};
}

} // namespace larder::cli
