// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/people/FieldParser.h"
#include "core/runs/Outcomes.h"
#include "core/storage/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <atomic>
#include <functional>
#include <optional>
#include <utility>

namespace larder {
class Store;
class Writer;
} // namespace larder

namespace larder::runs {

using people::Coordinates;

// Kinds of run (runs.kind).
namespace kind {
inline const QString Delivery = QStringLiteral("delivery");              // drivers take boxes out
inline const QString Pickup = QStringLiteral("pickup");                  // households come in
inline const QString SupplierPickup = QStringLiteral("supplier_pickup"); // drivers collect food
const QStringList& all();
} // namespace kind

// A run's life (runs.status): draft (stops and drivers being chosen), planned (routes made),
// packed (boxes allocated and packed), closed (every stop has an outcome).
namespace status {
inline const QString Draft = QStringLiteral("draft");
inline const QString Planned = QStringLiteral("planned");
inline const QString Packed = QStringLiteral("packed");
inline const QString Closed = QStringLiteral("closed");
} // namespace status

// What happened at a stop: runs::outcome, in core/runs/Outcomes.h.

// A distribution day.
struct Run {
    QString id;
    QDate date;
    QString kind = kind::Delivery;
    QString name; // optional ("Saturday morning")
    QString status = status::Draft;
    QString notes;
    QString plannedAt; // ISO 8601 UTC, empty until then
    QString packedAt;
    QString closedAt;
};

// A driver who came, with today's capacity, start and limits: one route.
struct RunDriver {
    QString id;
    QString runId;
    QString personId;
    QString personName;                           // decoded display name (read only)
    int routeNo = 1;                              // from 1, printed on the sheet
    int capacity = 0;                             // boxes; 0 (addDriver): the person's vehicle
    QString startKind = QStringLiteral("pantry"); // pantry, home
    QString startLabel;                           // for a home start: where ("Home, near 18th St")
    std::optional<Coordinates> start;             // for a home start
    bool returns = true;                          // drives back to the pantry after the last stop
    int maxStops = -1;                            // 0: no limit; -1 (addDriver): DefaultMaxStops
    int maxMinutes = 0;                           // 0: no limit
    // The driver's hours today, when they said: leaves no earlier than availableFrom, and is
    // back (or done, for a route that ends at its last stop) by availableUntil.
    QTime availableFrom, availableUntil;
    bool locked = false;        // re-planning keeps this route as it is
    qint64 distanceMetres = 0;  // estimate from the last plan or edit
    qint64 durationSeconds = 0; // driving plus service minutes
};

// One stop of a run: a household (or, on a supplier pickup run, a supplier).
struct RunStop {
    QString id;
    QString runId;
    QString householdId;
    QString supplierId;
    QString offerId; // a pickup of what someone offers (core/requests/Requests.h)
    QString source = QStringLiteral("schedule"); // schedule (proposed), added (by hand)
    QString driverId;                            // empty: not on a route yet
    int position = 0;                            // order on the route, from 1
    int boxes = 1;
    QString templateId;
    QString outcome; // empty until recorded
    QString outcomeNote;
    QString outcomeAt;
    bool followedUp = false;

    // Decoded from the household or supplier, for screens and sheets (read only).
    QString name;
    QString address; // street and unit, or the meeting point
    QString postalCode;
    std::optional<Coordinates> where; // where the stop is, when known
    bool placedByPostalArea = false;  // `where` is the centre of its postal area, not its own
    QTime windowStart, windowEnd;     // the household's preferred delivery window, if any
};

// When a route's driver is expected where: the departure, and for each stop (by id) the expected
// start at the door (after any wait for its window) and how many minutes after its window.
struct RouteTimes {
    QTime departure;
    QHash<QString, QTime> arrival;
    QHash<QString, int> minutesLate;
};

// How one plan() call searches.
struct PlanOptions {
    // -1: the PlanTimeLimitMs setting, or no time limit when maxIterations is set (then the
    // same seed gives the same routes on every machine).
    qint64 timeLimitMs = -1;
    qint64 maxIterations = 0;
    quint64 seed = 1;
    const std::atomic<bool>* cancel = nullptr;
    std::function<void(qint64 elapsedMs, qint64 bestMetres)> progress;
};

// What plan() did, for the coordinator.
// How evenly a day's work is shared (the "share the day" goal, Settings): the longest and the
// shortest route among those with stops, in minutes of driving and service, and each driver left
// without a stop with the reason in words.
struct WorkSpread {
    int routesWithStops = 0;
    qint64 longestSeconds = 0;
    qint64 shortestSeconds = 0;
    struct Idle {
        QString driverId;
        QString driverName;
        QString reason;
    };
    QList<Idle> idle;
    qint64 spreadSeconds() const { return longestSeconds - shortestSeconds; }
};

struct PlanReport {
    int routedStops = 0;
    QStringList unplacedStopIds;           // no driver could take them within limits
    QStringList withoutCoordinatesStopIds; // no coordinates, no postal area to place them by
    QStringList placedByPostalAreaStopIds;
    qint64 distanceMetres = 0;
    qint64 objective = 0; // what the solver minimised (routing::Solution::objective)
    qint64 elapsedMs = 0;
    bool cancelled = false;
    WorkSpread spread;
};

// Where every stop is, and which routes are locked: what undo restores.
struct Assignment {
    struct Placement {
        QString stopId;
        QString driverId;
        int position = 0;
    };
    QList<Placement> stops;
    QStringList lockedDriverIds;
};

// One outcome from the paper sheet.
struct OutcomeEntry {
    QString stopId;
    QString outcome; // outcome::all(), or empty to clear
    QString note;
};

// Distribution days: who is due, the drivers who came, routes planned with core/routing and
// edited by the coordinator, and outcomes brought back from paper. Every change is one
// Store::write(), refused whole with a message that says what to do.
class Runs {
    Q_DECLARE_TR_FUNCTIONS(larder::runs::Runs)

public:
    explicit Runs(Store& store);

    // Active households due on `date` by their schedule: weekly, every two weeks or monthly, on
    // their preferred weekday (any weekday when they have none), counting from their last stop
    // on a run that was not declined (or from when they joined); by postal code, then id. Empty
    // while the details are locked (schedules are sealed).
    QStringList dueHouseholds(const QDate& date) const;

    // Active suppliers whose pickup days (suppliers.pickup_days, "tue,thu,sat") include the
    // weekday of `date`, by name.
    QStringList suppliersDue(const QDate& date) const;

    // A new run on `date`; for a delivery or pickup run the households due are proposed as
    // stops (source "schedule"), each with the boxes of its template; for a supplier pickup run,
    // the suppliers whose pickup day it is.
    Result<QString> create(const QDate& date, const QString& kind = kind::Delivery,
                           const QString& name = {});
    Result<void> update(const Run& run);       // name, notes, kind while draft
    Result<void> remove(const QString& runId); // only a run with no outcome recorded
    std::optional<Run> run(const QString& runId) const;
    QList<Run> runsOn(const QDate& date) const;
    QList<Run> runs(const QDate& from, const QDate& to) const; // by date, newest first

    // Stops
    Result<QString> addStop(const QString& runId, const QString& householdId);
    Result<QString> addSupplierStop(const QString& runId, const QString& supplierId);
    // A pickup of an offer that needs picking up, on a delivery or supplier pickup day: the
    // stop adds the offer's boxes to its route's load.
    Result<QString> addOfferStop(const QString& runId, const QString& offerId);
    Result<void> removeStop(const QString& stopId);
    Result<void> setBoxes(const QString& stopId, int boxes);
    std::optional<RunStop> stop(const QString& stopId) const;
    // Every stop of the run: by route number and position, unplaced ones last.
    QList<RunStop> stops(const QString& runId) const;

    // Drivers
    Result<QString> addDriver(const QString& runId, const RunDriver& driver);
    Result<void> updateDriver(const RunDriver& driver);
    Result<void> removeDriver(const QString& driverId);   // its stops become unplaced
    QList<RunDriver> drivers(const QString& runId) const; // by route number

    // Planning. Plans every stop not on a locked route with the drivers whose routes are not
    // locked, then stores the routes and their estimates. Stops without coordinates are placed
    // at their postal area's centre (the mean of the households there that have coordinates),
    // or left unplaced and reported.
    Result<PlanReport> plan(const QString& runId, const PlanOptions& options = {});
    // The day's routes as they stand: how evenly the work is shared, and who has no stop, why.
    WorkSpread workSpread(const QString& runId) const;
    // When each driver of the day leaves and is expected at each stop of their route
    // (RoutesLeaveAt, travel, stops, waits for households' windows), by driver id.
    QHash<QString, RouteTimes> routeTimes(const QString& runId) const;

    // The coordinator's edits. Moving to an empty driver id unplaces the stop; position is
    // 1-based on the target route, clamped to its length.
    Result<void> moveStop(const QString& stopId, const QString& driverId, int position);
    Result<void> setLocked(const QString& driverId, bool locked);
    Assignment assignment(const QString& runId) const;
    Result<void> restore(const QString& runId, const Assignment& assignment); // for undo

    // Outcomes from the paper sheet, all in one write: posts a distribution movement for the
    // lots allocated to each stop whose boxes were delivered and releases the allocations of
    // the others back to stock. Recording again replaces an earlier outcome (its movements are
    // reversed first). Closes the run when every stop has an outcome.
    Result<void> recordOutcomes(const QList<OutcomeEntry>& entries);
    // Refuses while any stop has no outcome, naming how many.
    Result<void> close(const QString& runId);

    // Not-home and wrong-address stops nobody has dealt with yet, newest first.
    QList<RunStop> followUps() const;
    Result<void> setFollowedUp(const QString& stopId, bool done);

private:
    // Recomputes one route's distance and duration from its stops in order (inside a write).
    void updateEstimates(Writer& writer, const QString& driverId) const;
    // The same for every driver of the day, reading its stops once.
    void updateAllEstimates(Writer& writer, const QString& runId) const;
    // Every driver of the day with their stops in order, from one read of the day's stops (150
    // drivers of a 2,000-stop day read 300,000 decoded stops one driver at a time).
    QList<std::pair<RunDriver, QList<RunStop>>> routesOf(const QString& runId) const;

    // plan(), step by step; each step that can refuse returns the error plan() returns.
    struct PlanInput;   // the run, the pantry, its drivers and stops, who last drove to whom
    struct PlanProblem; // the routing problem, the stop behind each customer, the solution
    // The run exists, is not closed, and the pantry has coordinates to start from.
    Result<PlanInput> validateRunToPlan(const QString& runId) const;
    // The run's drivers and stops (refused without drivers, or with driven stops on routes that
    // are not locked), and the last driver of each household when consistency counts.
    Result<void> loadDriversAndStops(PlanInput& input) const;
    // Vehicles, locked routes and customers (each with its preferred vehicle).
    PlanProblem buildRoutingProblem(const PlanInput& input, PlanReport& report) const;
    // Travel matrices, the solver's options from PlanOptions and settings, and the solution.
    Result<void> solve(PlanProblem& problem, const PlanOptions& options, PlanReport& report) const;
    // Places the free stops as solved and records the estimates, in one write.
    Result<void> writeAssignment(const PlanInput& input, const PlanProblem& problem,
                                 PlanReport& report);

    Store& m_store;
};

} // namespace larder::runs
