// SPDX-License-Identifier: GPL-3.0-or-later
// Planning benchmark: a big distribution day as a coordinator meets it. Makes a demo pantry,
// puts forty drivers (capacity 20 boxes, 12 stops each) on a new day with the households due,
// topped up or trimmed to `--stops`, then plans it with Runs::plan at each time budget and prints
// the stops placed, the kilometres, the longest and shortest route in minutes and the drivers left
// without a stop, the time the whole call took (reading the day, the matrices, the solver,
// storing the routes) and the time to move one stop and to restore the plan (what undo does),
// for each route goal (Settings: "share" the day among every driver, or the fewest kilometres,
// "distance"). Prints figures only; asserts nothing about time.
//
//   bench_plan [--households N] [--stops S] [--drivers D] [--seed S] [--budgets 1000,10000]
//              [--goals share,distance]

#include "core/demo/DemoData.h"
#include "core/people/Households.h"
#include "core/people/People.h"
#include "core/runs/Runs.h"
#include "core/storage/Settings.h"
#include "core/storage/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>

using namespace larder;
using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

[[noreturn]] void fail(const Error& error) {
    QTextStream(stderr) << error.toString() << '\n';
    std::exit(1);
}

template <typename T> T valueOr(Result<T> result) {
    if (!result)
        fail(result.error());
    return std::move(result).value();
}

void check(const Result<void>& result) {
    if (!result)
        fail(result.error());
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(
        {{u"households"_s, u"Demo households."_s, u"N"_s, u"2000"_s},
         {u"stops"_s, u"Stops on the day."_s, u"S"_s, u"480"_s},
         {u"drivers"_s, u"Drivers who came."_s, u"D"_s, u"40"_s},
         {u"seed"_s, u"Solver seed."_s, u"S"_s, u"1"_s},
         {u"budgets"_s, u"Time budgets in ms."_s, u"LIST"_s, u"1000,10000"_s},
         {u"goals"_s, u"Route goals: share, distance."_s, u"LIST"_s, u"share,distance"_s},
         {u"capacity"_s, u"Boxes each driver takes."_s, u"B"_s, u"20"_s},
         {u"max-stops"_s, u"Most stops per driver."_s, u"N"_s, u"12"_s}});
    parser.process(app);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"plan.larder"_s);
    demo::DemoOptions options;
    options.households = parser.value(u"households"_s).toInt();
    valueOr(demo::createDemoFile(path, options));
    auto store = valueOr(Store::open(path));

    // Forty drivers: the demo's own, then more volunteers with a van.
    people::People people(*store);
    const int driverCount = parser.value(u"drivers"_s).toInt();
    QStringList driverIds;
    for (const people::Person& person : people.drivers())
        driverIds.append(person.id);
    while (driverIds.size() < driverCount) {
        people::Person person;
        person.displayName = u"Driver %1"_s.arg(driverIds.size() + 1);
        person.roles = {u"driver"_s};
        person.vehicleCapacity = parser.value(u"capacity"_s).toInt();
        driverIds.append(valueOr(people.add(person)));
    }
    driverIds = driverIds.mid(0, driverCount);

    runs::Runs runs(*store);
    // A day the demo has not planned: a Monday three weeks on.
    QDate date = QDate::currentDate().addDays(21);
    while (date.dayOfWeek() != 1)
        date = date.addDays(1);
    const QString runId = valueOr(runs.create(date));
    QList<runs::RunStop> stops = runs.stops(runId);
    const int wanted = parser.value(u"stops"_s).toInt();
    // Fewer due than wanted: add active households by hand, as a coordinator would.
    QSet<QString> onDay;
    for (const runs::RunStop& stop : stops)
        onDay.insert(stop.householdId);
    for (const people::Household& household : people::Households(*store).all()) {
        if (onDay.size() >= wanted)
            break;
        if (household.status == u"active"_s && !onDay.contains(household.id)) {
            valueOr(runs.addStop(runId, household.id));
            onDay.insert(household.id);
        }
    }
    stops = runs.stops(runId);
    for (int i = int(stops.size()) - 1; i >= wanted; --i)
        check(runs.removeStop(stops.at(i).id));
    stops = runs.stops(runId);
    for (const QString& personId : driverIds) {
        runs::RunDriver driver;
        driver.personId = personId;
        driver.capacity = parser.value(u"capacity"_s).toInt();
        driver.maxStops = parser.value(u"max-stops"_s).toInt();
        valueOr(runs.addDriver(runId, driver));
    }
    int boxes = 0;
    for (const runs::RunStop& stop : stops)
        boxes += stop.boxes;
    out << "day " << date.toString(Qt::ISODate) << ": " << stops.size() << " stops, " << boxes
        << " boxes, " << driverIds.size() << " drivers (" << parser.value(u"capacity"_s)
        << " boxes, " << parser.value(u"max-stops"_s) << " stops each)\n";

    for (const QString& goal : parser.value(u"goals"_s).split(u',')) {
        check(Settings(*store).set(settings::RouteGoal, goal));
        out << "goal " << goal << ":\n";
        for (const QString& budget : parser.value(u"budgets"_s).split(u',')) {
            runs::PlanOptions plan;
            plan.timeLimitMs = budget.toLongLong();
            plan.seed = parser.value(u"seed"_s).toULongLong();
            QElapsedTimer timer;
            timer.start();
            const runs::PlanReport report = valueOr(runs.plan(runId, plan));
            const qint64 wall = timer.elapsed();
            out << "budget " << budget << " ms: placed " << report.routedStops << ", unplaced "
                << report.unplacedStopIds.size() << ", by postal area "
                << report.placedByPostalAreaStopIds.size() << ", without coordinates "
                << report.withoutCoordinatesStopIds.size() << ", "
                << QString::number(report.distanceMetres / 1000.0, 'f', 1) << " km, objective "
                << report.objective << "; routes " << report.spread.longestSeconds / 60 << " to "
                << report.spread.shortestSeconds / 60 << " min ("
                << report.spread.spreadSeconds() / 60 << " apart), " << report.spread.idle.size()
                << " driver(s) without a stop; plan() took " << wall << " ms (solver "
                << report.elapsedMs << " ms)\n";
        }
    }

    // What a coordinator's edit and its undo cost.
    const runs::Assignment before = runs.assignment(runId);
    const QList<runs::RunDriver> drivers = runs.drivers(runId);
    const QList<runs::RunStop> planned = runs.stops(runId);
    QElapsedTimer timer;
    timer.start();
    check(runs.moveStop(planned.first().id, drivers.last().id, 1));
    const qint64 moveMs = timer.restart();
    check(runs.restore(runId, before));
    const qint64 restoreMs = timer.elapsed();
    out << "move one stop: " << moveMs << " ms; restore the plan (undo): " << restoreMs << " ms\n";
    return 0;
}
