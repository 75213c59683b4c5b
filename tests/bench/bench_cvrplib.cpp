// SPDX-License-Identifier: GPL-3.0-or-later
// Route planner benchmark: solves every CVRPLIB instance listed in bks.tsv with the vehicles
// given there (A/E/P: the k of the name; X: max(k, routes of the best-known solution)), checks
// each answer with the independent checker, and prints the gap to the best-known cost per
// instance and the mean gap per set (A, E, P, X). Prints figures only; asserts nothing.
// tests/bench/run_cvrplib.sh runs it pinned to one core at 1 s and 10 s.
//
//   bench_cvrplib [--dir DIR] [--time-limit-ms T] [--iterations N] [--seed S] [--only PREFIX]

#include "core/routing/Check.h"
#include "core/routing/Cvrplib.h"
#include "core/routing/Routing.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QTextStream>

using namespace larder;
using namespace larder::routing;
using namespace Qt::StringLiterals;

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        {u"dir"_s, u"the benchmark folder (with bks.tsv)"_s, u"DIR"_s,
         u"/work/shared/benchmarks/cvrplib"_s},
        {u"time-limit-ms"_s, u"wall-time budget per instance"_s, u"T"_s, u"1000"_s},
        {u"iterations"_s, u"iteration budget per instance (0: none)"_s, u"N"_s, u"0"_s},
        {u"seed"_s, u"seed"_s, u"S"_s, u"1"_s},
        {u"only"_s, u"only instances whose name starts with this"_s, u"PREFIX"_s},
        {u"method"_s, u"auto, ruin-recreate or genetic"_s, u"METHOD"_s, u"auto"_s},
    });
    parser.process(app);
    QTextStream out(stdout);
    const QString dir = parser.value(u"dir"_s);
    QFile bks(dir + u"/bks.tsv"_s);
    if (!bks.open(QIODevice::ReadOnly)) {
        QTextStream(stderr) << "cannot read " << bks.fileName() << '\n';
        return 1;
    }
    SolverOptions options;
    options.timeLimitMs = parser.value(u"time-limit-ms"_s).toLongLong();
    options.maxIterations = parser.value(u"iterations"_s).toLongLong();
    options.seed = parser.value(u"seed"_s).toULongLong();
    const QString method = parser.value(u"method"_s);
    if (method == u"ruin-recreate"_s)
        options.method = SolverOptions::Method::RuinRecreate;
    else if (method == u"genetic"_s)
        options.method = SolverOptions::Method::Genetic;
    else if (method != u"auto"_s) {
        QTextStream(stderr) << "--method: auto, ruin-recreate or genetic\n";
        return 1;
    }

    out << u"%1 %2 %3 %4 %5 %6 %7 %8\n"_s.arg(u"instance"_s, -12)
               .arg(u"n"_s, 4)
               .arg(u"veh"_s, 4)
               .arg(u"bks"_s, 7)
               .arg(u"cost"_s, 7)
               .arg(u"gap%"_s, 7)
               .arg(u"iters"_s, 9)
               .arg(u"ms"_s, 6);
    QMap<QString, QList<double>> gaps;
    int failures = 0;
    bool header = true;
    while (!bks.atEnd()) {
        const QString line = QString::fromUtf8(bks.readLine()).trimmed();
        if (header || line.isEmpty()) {
            header = false;
            continue;
        }
        const QStringList fields = line.split(u'\t');
        const QString name = fields.at(0);
        if (parser.isSet(u"only"_s) && !name.startsWith(parser.value(u"only"_s)))
            continue;
        const int vehicles = fields.at(3).toInt();
        const qint64 best = fields.at(4).toLongLong();
        const QString set = name.left(1);
        auto instance = readCvrplib(dir + u'/' + set + u'/' + name + u".vrp"_s);
        if (!instance) {
            out << name << ": " << instance.error().toString() << '\n';
            ++failures;
            continue;
        }
        const RoutingProblem problem = toRoutingProblem(*instance, vehicles);
        auto solution = solveRoutes(problem, options);
        if (!solution) {
            out << name << ": " << solution.error().toString() << '\n';
            ++failures;
            continue;
        }
        std::vector<std::vector<int>> routes;
        for (const Route& route : solution->routes) {
            std::vector<int> ids;
            for (int c : route.customers)
                ids.push_back(problem.customers[std::size_t(c)].node + 1);
            routes.push_back(ids);
        }
        const CheckReport check = checkCvrpRoutes(*instance, routes, vehicles);
        const bool ok = check.ok && check.cost == solution->cost;
        const double gap = 100.0 * double(solution->cost - best) / double(best);
        out << u"%1 %2 %3 %4 %5 %6 %7 %8"_s.arg(name, -12)
                   .arg(instance->dimension - 1, 4)
                   .arg(vehicles, 4)
                   .arg(best, 7)
                   .arg(solution->cost, 7)
                   .arg(gap, 7, 'f', 2)
                   .arg(solution->iterations, 9)
                   .arg(solution->elapsedMs, 6)
            << (solution->method == SolverOptions::Method::Genetic ? "  genetic"
                                                                   : "  ruin-recreate");
        if (!ok) {
            out << "  INFEASIBLE: " << check.problems.join(u"; "_s);
            ++failures;
        } else {
            gaps[set].append(gap);
        }
        out << '\n';
        out.flush();
    }
    out << '\n'
        << u"%1 %2 %3 %4\n"_s.arg(u"set"_s, -4)
               .arg(u"count"_s, 6)
               .arg(u"mean gap%"_s, 10)
               .arg(u"max gap%"_s, 9);
    for (auto it = gaps.cbegin(); it != gaps.cend(); ++it) {
        double sum = 0;
        double worst = 0;
        for (double g : it.value()) {
            sum += g;
            worst = std::max(worst, g);
        }
        out << u"%1 %2 %3 %4\n"_s.arg(it.key(), -4)
                   .arg(it.value().size(), 6)
                   .arg(sum / double(it.value().size()), 10, 'f', 3)
                   .arg(worst, 9, 'f', 2);
    }
    if (failures)
        out << failures << " instance(s) infeasible or unreadable\n";
    return failures ? 1 : 0;
}
