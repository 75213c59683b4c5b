// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runs/Runs.h"

#include "core/identity/Clock.h"
#include "core/inventory/Inventory.h"
#include "core/inventory/Vocabulary.h"
#include "core/requests/Requests.h"
#include "core/routing/Geo.h"
#include "core/routing/Routing.h"
#include "core/storage/Settings.h"
#include "core/storage/Store.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace larder::runs {

const QStringList& kind::all() {
    static const QStringList kinds{Delivery, Pickup, SupplierPickup};
    return kinds;
}

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(larder::runs::Runs)
};

// "Share the day", in metres and seconds: a driver sent home without a stop costs as much as
// 30 km of driving; evening out the routes is worth 40 m per minute² of a route's length and 80 m
// per box² of its load. Moving a 5-minute stop from a route to one 10 minutes shorter is then
// worth a 2 km detour, and to one 5 minutes shorter nothing. (Tried on the demo's days: weights
// a quarter of these left a 30-minute spread where these leave 20 for 2 % more kilometres.)
routing::Sharing shareTheDay() {
    routing::Sharing sharing;
    sharing.emptyRoute = 30000;
    sharing.durationWeight = 40.0 / 3600.0; // per second²
    sharing.loadWeight = 80.0;
    return sharing;
}

QString nowIso(const Store& store) {
    return QDateTime::fromMSecsSinceEpoch(store.clock().nowMs(), Qt::UTC)
        .toString(Qt::ISODateWithMs);
}

QVariant textOrNull(const QString& text) {
    return text.isEmpty() ? QVariant() : QVariant(text);
}

const QByteArray RunColumns =
    "id, run_date, kind, name, status, notes, planned_at, packed_at, closed_at";

Run runFromRow(const Row& r) {
    Run run;
    run.id = r.text(0);
    run.date = QDate::fromString(r.text(1), Qt::ISODate);
    run.kind = r.text(2);
    run.name = r.text(3);
    run.status = r.text(4);
    run.notes = r.text(5);
    run.plannedAt = r.text(6);
    run.packedAt = r.text(7);
    run.closedAt = r.text(8);
    return run;
}

const QByteArray DriverSelect =
    "SELECT d.id, d.run_id, d.person_id, p.display_name, d.route_no, d.capacity, d.start_kind, "
    "d.start_label, d.start_latitude, d.start_longitude, d.returns, d.max_stops, d.max_minutes, "
    "d.locked, d.distance_m, d.duration_s, p.id, d.available_from, d.available_until "
    "FROM run_drivers d LEFT JOIN people p ON p.id = d.person_id ";

RunDriver driverFromRow(const Row& r) {
    RunDriver d;
    d.id = r.text(0);
    d.runId = r.text(1);
    d.personId = r.text(2);
    d.personName = r.text(3);
    d.routeNo = int(r.integer(4));
    d.capacity = int(r.integer(5));
    d.startKind = r.text(6);
    d.startLabel = r.text(7);
    if (!r.isNull(8) && !r.isNull(9))
        d.start = Coordinates{r.real(8), r.real(9)};
    d.returns = r.integer(10) != 0;
    d.availableFrom = QTime::fromString(r.text(17), u"HH:mm"_s);
    d.availableUntil = QTime::fromString(r.text(18), u"HH:mm"_s);
    if (d.availableFrom.isValid() && d.availableUntil.isValid() &&
        d.availableUntil <= d.availableFrom)
        d.availableUntil = QTime(); // not hours (from another laptop): no limit
    d.maxStops = int(r.integer(11));
    d.maxMinutes = int(r.integer(12));
    d.locked = r.integer(13) != 0;
    d.distanceMetres = r.integer(14);
    d.durationSeconds = r.integer(15);
    return d;
}

const QByteArray StopSelect =
    "SELECT s.id, s.run_id, s.household_id, s.supplier_id, s.source, s.driver_id, s.position, "
    "s.boxes, s.template_id, s.outcome, s.outcome_note, s.outcome_at, s.followed_up, "
    "h.chosen_name, h.street, h.unit, h.meeting_point, h.postal_code, h.latitude, h.longitude, "
    "sp.name, h.id, h.window_start, h.window_end, sp.address, sp.latitude, sp.longitude, sp.id, "
    "s.offer_id "
    "FROM run_stops s LEFT JOIN households h ON "
    "h.id = s.household_id "
    "LEFT JOIN suppliers sp ON sp.id = s.supplier_id "
    "LEFT JOIN run_drivers d ON d.id = s.driver_id JOIN runs r ON r.id = s.run_id ";

// A place from two stored columns, or nothing when either is missing or no place on Earth (a
// value from another laptop is checked by type only; a NaN would spoil every route of the day).
std::optional<Coordinates> placeFrom(const Row& r, int latitudeColumn, int longitudeColumn) {
    if (r.isNull(latitudeColumn) || r.isNull(longitudeColumn))
        return std::nullopt;
    const Coordinates where{r.real(latitudeColumn), r.real(longitudeColumn)};
    return people::isPlace(where) ? std::optional(where) : std::nullopt;
}

RunStop stopFromRow(const Row& r) {
    RunStop s;
    s.id = r.text(0);
    s.runId = r.text(1);
    s.householdId = r.text(2);
    s.supplierId = r.text(3);
    s.source = r.text(4);
    s.driverId = r.text(5);
    s.position = int(r.integer(6));
    s.boxes = int(r.integer(7));
    s.templateId = r.text(8);
    s.outcome = r.text(9);
    s.outcomeNote = r.text(10);
    s.outcomeAt = r.text(11);
    s.followedUp = r.integer(12) != 0;
    s.offerId = r.text(28);
    if (!s.supplierId.isEmpty()) {
        s.name = r.text(20);
        s.address = r.text(24).trimmed();
        s.where = placeFrom(r, 25, 26);
    } else {
        s.name = r.text(13);
        const QString street = r.text(14).trimmed();
        const QString unit = r.text(15).trimmed();
        s.address = street.isEmpty() ? r.text(16).trimmed()
                                     : (unit.isEmpty() ? street : street + u", "_s + unit);
        s.postalCode = r.text(17).trimmed();
        s.where = placeFrom(r, 18, 19);
        const QTime start = QTime::fromString(r.text(22).trimmed(), u"HH:mm"_s);
        const QTime end = QTime::fromString(r.text(23).trimmed(), u"HH:mm"_s);
        if (start.isValid() && end.isValid() && start < end) { // else: no usable window
            s.windowStart = start;
            s.windowEnd = end;
        }
    }
    return s;
}

// A pickup stop's name, address and place, from its offer (Requests::pickupPlace).
void fillPickups(const Store& store, QList<RunStop>& stops) {
    for (RunStop& stop : stops) {
        if (stop.offerId.isEmpty())
            continue;
        const auto place = requests::Requests::pickupPlace(store, stop.offerId);
        stop.name = place.name;
        stop.address = place.address;
        stop.where = place.where;
    }
}

// Places stops without coordinates at the centre of the households of their postal code that
// have coordinates. Postal codes are sealed, so the centres are worked out here, not in SQL: one
// pass over the households, only when a stop needs it.
void placeByPostalArea(const Store& store, QList<RunStop>& stops) {
    struct Centre {
        double latitude = 0, longitude = 0;
        int count = 0;
    };
    QHash<QString, Centre> centres;
    for (const RunStop& stop : std::as_const(stops)) {
        if (!stop.where && !stop.postalCode.isEmpty() && !stop.householdId.isEmpty())
            centres.insert(stop.postalCode, {});
    }
    if (centres.isEmpty())
        return;
    store.readOrWarn("SELECT id, postal_code, latitude, longitude FROM households "
                     "WHERE latitude IS NOT NULL AND longitude IS NOT NULL",
                     {}, [&](const Row& row) {
                         const auto it = centres.find(row.text(1).trimmed());
                         if (it == centres.end() || row.isNull(2) || row.isNull(3))
                             return;
                         it->latitude += row.real(2);
                         it->longitude += row.real(3);
                         ++it->count;
                     });
    for (RunStop& stop : stops) {
        if (stop.where || stop.householdId.isEmpty())
            continue;
        const Centre centre = centres.value(stop.postalCode);
        if (centre.count > 0) {
            stop.where =
                Coordinates{centre.latitude / centre.count, centre.longitude / centre.count};
            stop.placedByPostalArea = true;
        }
    }
}

// The boxes a pickup from this supplier usually fills: the stop's load on a collection day.
int usualBoxes(const Store& store, const QString& supplierId) {
    const int boxes = store.record(u"suppliers", supplierId).value(u"usual_boxes"_s).toInt();
    return std::clamp(boxes, 0, inventory::Suppliers::MostBoxes);
}

// A driver's hour as stored ("HH:mm"), or null for none.
QVariant hoursText(const QTime& time) {
    return time.isValid() ? QVariant(time.toString(u"HH:mm"_s)) : QVariant();
}

void refuseBadHours(Writer& w, const RunDriver& driver) {
    if (driver.availableFrom.isValid() && driver.availableUntil.isValid() &&
        driver.availableUntil <= driver.availableFrom)
        w.refuse(Runs::tr("%1 would be free until %2, before they start at %3.")
                     .arg(driver.personName.isEmpty() ? Runs::tr("The driver") : driver.personName,
                          driver.availableUntil.toString(u"HH:mm"_s),
                          driver.availableFrom.toString(u"HH:mm"_s)),
                 Runs::tr("Type when they can start and when they must be back, such as 11:00 "
                          "and 14:00, or leave one empty."));
}

std::optional<Coordinates> pantryCoordinates(Store& store) {
    const QString text = Settings(store).get(settings::PantryCoordinates);
    const auto parsed = people::FieldParser::coordinates(text);
    if (!parsed.ok() || !parsed.value)
        return std::nullopt;
    return parsed.value;
}

routing::TravelSettings travelSettings(Store& store) {
    Settings settings(store);
    routing::TravelSettings travel;
    travel.roadFactor = settings.get(settings::RoadFactor);
    travel.averageKmh = settings.get(settings::AverageSpeedKmh);
    if (travel.roadFactor < 1.0)
        travel.roadFactor = 1.0;
    if (travel.averageKmh <= 0)
        travel.averageKmh = settings::AverageSpeedKmh.defaultValue;
    return travel;
}

routing::GeoPoint geo(const Coordinates& c) {
    return {c.latitude, c.longitude};
}

// The stop's run, refused when it does not exist or is closed (when `open` is asked for).
Values checkedRun(Store& store, Writer& w, const QString& runId, bool open) {
    const Values run = store.record(u"runs", runId);
    if (run.isEmpty())
        w.refuse(Tr::tr("This distribution day is no longer on file."), Tr::tr("Reload the list."));
    if (open && run.value(u"status"_s).toString() == status::Closed)
        w.refuse(Tr::tr("The distribution day of %1 is closed.")
                     .arg(run.value(u"run_date"_s).toString()),
                 Tr::tr("Change its outcomes to reopen it, or plan another day."));
    return run;
}

Values checkedStop(Store& store, Writer& w, const QString& stopId) {
    const Values stop = store.record(u"run_stops", stopId);
    if (stop.isEmpty())
        w.refuse(Tr::tr("This stop is no longer on the run."), Tr::tr("Reload the run."));
    return stop;
}

Values checkedDriver(Store& store, Writer& w, const QString& driverId) {
    const Values driver = store.record(u"run_drivers", driverId);
    if (driver.isEmpty())
        w.refuse(Tr::tr("This driver is no longer on the run."), Tr::tr("Reload the run."));
    return driver;
}

// The household's box template by its size: boxes and template id (1 box, none, without one).
std::pair<int, QString> boxesFor(const Store& store, const QString& householdId) {
    int size = 1;
    store.readOrWarn("SELECT adults + children + seniors FROM households WHERE id = ?1",
                     {householdId}, [&size](const Row& row) { size = int(row.integer(0)); });
    std::pair<int, QString> found{1, QString()};
    store.readOrWarn("SELECT id, boxes FROM box_templates WHERE active = 1 AND min_size <= ?1 AND "
                     "(max_size IS NULL OR max_size >= ?1) "
                     "ORDER BY ifnull(max_size, 1000000) - min_size, min_size DESC, id LIMIT 1",
                     {size}, [&found](const Row& row) {
                         found = {std::max(1, int(row.integer(1))), row.text(0)};
                     });
    return found;
}

// The stops of one route in order (driver id empty: the unplaced stops).
QList<std::pair<QString, int>> routeStops(const Store& store, const QString& runId,
                                          const QString& driverId) {
    QList<std::pair<QString, int>> list;
    store.readOrWarn("SELECT id, position FROM run_stops WHERE run_id = ?1 AND "
                     "ifnull(driver_id, '') = ?2 ORDER BY position, created_at, id",
                     {runId, driverId}, [&list](const Row& row) {
                         list.append({row.text(0), int(row.integer(1))});
                     });
    return list;
}

} // namespace

Runs::Runs(Store& store)
    : m_store(store) {}

// ---- Who is due ----

QStringList Runs::dueHouseholds(const QDate& date) const {
    QStringList due;
    if (!date.isValid() || !m_store.detailsReadable())
        return due;
    const QString day = date.toString(Qt::ISODate);
    // The schedule, weekday and postal code are sealed: read with the id, decided and ordered
    // (by postal code, then id) here.
    QList<std::pair<QString, QString>> dueByArea; // postal code, id
    m_store.readOrWarn(
        "SELECT h.id, h.schedule, ifnull(h.preferred_weekday, 0), h.created_at, "
        "(SELECT max(r.run_date) FROM run_stops s JOIN runs r ON r.id = s.run_id "
        " WHERE s.household_id = h.id AND ifnull(s.outcome, '') <> 'declined' AND "
        " r.run_date <= ?1), h.postal_code "
        "FROM households h WHERE h.status = 'active'",
        {day}, [&](const Row& row) {
            const auto due = [&dueByArea, &row] { dueByArea.append({row.text(5), row.text(0)}); };
            const int weekday = int(row.integer(2));
            if (weekday > 0 && weekday != date.dayOfWeek())
                return;
            const QDate joined = QDate::fromString(row.text(3).left(10), Qt::ISODate);
            if (joined.isValid() && joined > date)
                return;
            if (row.isNull(4)) {
                due(); // never served yet: their first delivery
                return;
            }
            const QDate last = QDate::fromString(row.text(4), Qt::ISODate);
            if (!last.isValid())
                return;
            // On their own weekday a delivery a few days off schedule (a holiday)
            // still counts as that week's: the next one is due from three days
            // before the full interval.
            const int slack = weekday > 0 ? 3 : 0;
            const QString schedule = row.text(1);
            QDate next;
            if (schedule == u"monthly")
                next = last.addMonths(1).addDays(-slack);
            else if (schedule == u"biweekly")
                next = last.addDays(14 - slack);
            else
                next = last.addDays(7 - slack);
            if (date >= next && last < date)
                due();
        });
    std::sort(dueByArea.begin(), dueByArea.end());
    for (const auto& [postalCode, id] : std::as_const(dueByArea))
        due << id;
    return due;
}

// ---- Runs ----

QStringList Runs::suppliersDue(const QDate& date) const {
    QStringList ids;
    if (!date.isValid())
        return ids;
    const QString day = people::vocabulary::weekdays().value(date.dayOfWeek() - 1);
    m_store.readOrWarn("SELECT id, pickup_days FROM suppliers WHERE active = 1 ORDER BY name", {},
                       [&](const Row& row) {
                           const QStringList days =
                               row.text(1).toLower().split(u',', Qt::SkipEmptyParts);
                           for (const QString& d : days) {
                               if (d.trimmed() == day) {
                                   ids.append(row.text(0));
                                   break;
                               }
                           }
                       });
    return ids;
}

Result<QString> Runs::create(const QDate& date, const QString& runKind, const QString& name) {
    if (!date.isValid())
        return Error::invalidInput(tr("The date of the distribution day is missing."),
                                   tr("Type a date such as 2026-03-07."));
    if (!kind::all().contains(runKind))
        return Error::invalidInput(tr("\"%1\" is not a kind of distribution day.").arg(runKind),
                                   tr("Use one of: %1.").arg(kind::all().join(u", ")));
    if (runKind != kind::SupplierPickup && !m_store.detailsReadable())
        return Error(Error::locked()).at(m_store.path()); // who is due is sealed
    QString id;
    auto ok = m_store.write([&](Writer& w) {
        const QStringList due =
            runKind == kind::SupplierPickup ? QStringList() : dueHouseholds(date);
        id = w.insert(u"runs", {{u"run_date"_s, date.toString(Qt::ISODate)},
                                {u"kind"_s, runKind},
                                {u"name"_s, name.trimmed()},
                                {u"status"_s, status::Draft}});
        if (runKind == kind::SupplierPickup) {
            for (const QString& supplierId : suppliersDue(date))
                w.insert(u"run_stops", {{u"run_id"_s, id},
                                        {u"supplier_id"_s, supplierId},
                                        {u"source"_s, u"schedule"_s},
                                        {u"boxes"_s, usualBoxes(m_store, supplierId)}});
        }
        for (const QString& householdId : due) {
            const auto [boxes, templateId] = boxesFor(m_store, householdId);
            w.insert(u"run_stops", {{u"run_id"_s, id},
                                    {u"household_id"_s, householdId},
                                    {u"source"_s, u"schedule"_s},
                                    {u"boxes"_s, boxes},
                                    {u"template_id"_s, textOrNull(templateId)}});
        }
    });
    if (!ok)
        return ok.error();
    return id;
}

Result<void> Runs::update(const Run& run) {
    return m_store.write([&](Writer& w) {
        const Values current = checkedRun(m_store, w, run.id, false);
        Values values{{u"name"_s, run.name.trimmed()}, {u"notes"_s, textOrNull(run.notes)}};
        if (run.kind != current.value(u"kind"_s).toString()) {
            if (!kind::all().contains(run.kind))
                w.refuse(tr("\"%1\" is not a kind of distribution day.").arg(run.kind),
                         tr("Use one of: %1.").arg(kind::all().join(u", ")));
            if (current.value(u"status"_s).toString() != status::Draft)
                w.refuse(tr("The kind of a distribution day can change only before it is "
                            "planned."),
                         tr("Make a new distribution day of the other kind."));
            values.insert(u"kind"_s, run.kind);
        }
        w.update(u"runs", run.id, values);
    });
}

Result<void> Runs::remove(const QString& runId) {
    return m_store.write([&](Writer& w) {
        checkedRun(m_store, w, runId, false);
        int withOutcome = 0;
        m_store.readOrWarn(
            "SELECT count(*) FROM run_stops WHERE run_id = ?1 AND outcome IS NOT NULL", {runId},
            [&withOutcome](const Row& row) { withOutcome = int(row.integer(0)); });
        if (withOutcome > 0)
            w.refuse(tr("%n stop(s) of this distribution day have an outcome recorded.", "",
                        withOutcome),
                     tr("A day that happened stays on file; clear its outcomes first if it was "
                        "entered by mistake."));
        QStringList stopIds;
        m_store.readOrWarn("SELECT id FROM run_stops WHERE run_id = ?1", {runId},
                           [&stopIds](const Row& row) { stopIds << row.text(0); });
        for (const QString& stopId : std::as_const(stopIds))
            requests::Requests::stopRemovedInside(w, stopId);
        for (const char* table : {"run_allocations", "run_stops", "run_drivers"}) {
            QStringList ids;
            m_store.readOrWarn("SELECT id FROM " + QByteArray(table) + " WHERE run_id = ?1",
                               {runId}, [&ids](const Row& row) { ids << row.text(0); });
            for (const QString& id : std::as_const(ids))
                w.remove(QString::fromLatin1(table), id);
        }
        w.remove(u"runs", runId);
    });
}

std::optional<Run> Runs::run(const QString& runId) const {
    std::optional<Run> found;
    m_store.readOrWarn("SELECT " + RunColumns + " FROM runs WHERE id = ?1", {runId},
                       [&found](const Row& row) { found = runFromRow(row); });
    return found;
}

QList<Run> Runs::runsOn(const QDate& date) const {
    return runs(date, date);
}

QList<Run> Runs::runs(const QDate& from, const QDate& to) const {
    QList<Run> list;
    m_store.readOrWarn("SELECT " + RunColumns +
                           " FROM runs WHERE run_date >= ?1 AND run_date <= ?2 "
                           "ORDER BY run_date DESC, created_at DESC, id",
                       {from.toString(Qt::ISODate), to.toString(Qt::ISODate)},
                       [&list](const Row& row) { list.append(runFromRow(row)); });
    return list;
}

// ---- Stops ----

Result<QString> Runs::addStop(const QString& runId, const QString& householdId) {
    QString id;
    auto ok = m_store.write([&](Writer& w) {
        const Values run = checkedRun(m_store, w, runId, true);
        if (run.value(u"kind"_s).toString() == kind::SupplierPickup)
            w.refuse(tr("A supplier pickup run collects food from suppliers, not households."),
                     tr("Add the household to a delivery or pickup day."));
        if (m_store.record(u"households", householdId).isEmpty())
            w.refuse(tr("This household is no longer on file."), tr("Reload the list."));
        bool already = false;
        m_store.readOrWarn("SELECT 1 FROM run_stops WHERE run_id = ?1 AND household_id = ?2",
                           {runId, householdId}, [&already](const Row&) { already = true; });
        if (already)
            w.refuse(tr("This household is already a stop of this distribution day."));
        const auto [boxes, templateId] = boxesFor(m_store, householdId);
        id = w.insert(u"run_stops", {{u"run_id"_s, runId},
                                     {u"household_id"_s, householdId},
                                     {u"source"_s, u"added"_s},
                                     {u"boxes"_s, boxes},
                                     {u"template_id"_s, textOrNull(templateId)}});
    });
    if (!ok)
        return ok.error();
    return id;
}

Result<QString> Runs::addSupplierStop(const QString& runId, const QString& supplierId) {
    QString id;
    auto ok = m_store.write([&](Writer& w) {
        const Values run = checkedRun(m_store, w, runId, true);
        if (run.value(u"kind"_s).toString() != kind::SupplierPickup)
            w.refuse(tr("Only a supplier pickup run has supplier stops."),
                     tr("Make a supplier pickup run for that day."));
        if (m_store.record(u"suppliers", supplierId).isEmpty())
            w.refuse(tr("This supplier is no longer on file."), tr("Reload the list."));
        bool already = false;
        m_store.readOrWarn("SELECT 1 FROM run_stops WHERE run_id = ?1 AND supplier_id = ?2",
                           {runId, supplierId}, [&already](const Row&) { already = true; });
        if (already)
            w.refuse(tr("This supplier is already a stop of this run."));
        id = w.insert(u"run_stops", {{u"run_id"_s, runId},
                                     {u"supplier_id"_s, supplierId},
                                     {u"source"_s, u"added"_s},
                                     {u"boxes"_s, usualBoxes(m_store, supplierId)}});
    });
    if (!ok)
        return ok.error();
    return id;
}

Result<QString> Runs::addOfferStop(const QString& runId, const QString& offerId) {
    QString id;
    auto ok = m_store.write([&](Writer& w) {
        const Values run = checkedRun(m_store, w, runId, true);
        if (run.value(u"kind"_s).toString() == kind::Pickup)
            w.refuse(tr("Households come to the pantry on a pickup day: nobody drives to pick "
                        "anything up."),
                     tr("Put the pickup on a delivery or supplier pickup day."));
        const Values offer = m_store.record(u"offers", offerId);
        if (offer.isEmpty())
            w.refuse(tr("This offer is no longer on file."), tr("Reload the list."));
        const QString state = offer.value(u"status"_s).toString();
        if (state == requests::offerstatus::Received || state == requests::offerstatus::Withdrawn)
            w.refuse(tr("This offer is %1; there is nothing to pick up.")
                         .arg(requests::offerstatus::label(state)));
        if (offer.value(u"pickup"_s).toInt() == 0)
            w.refuse(tr("Whoever offered this brings it to the pantry; it needs no pickup."),
                     tr("Mark the offer as needing a pickup first."));
        const QDate until =
            QDate::fromString(offer.value(u"available_until"_s).toString(), Qt::ISODate);
        const QDate day = QDate::fromString(run.value(u"run_date"_s).toString(), Qt::ISODate);
        if (until.isValid() && day.isValid() && day > until)
            w.refuse(
                tr("This offer can be picked up until %1 only.").arg(until.toString(Qt::ISODate)),
                tr("Put the pickup on an earlier day, or ask whether it is still there."));
        const QString existing = offer.value(u"stop_id"_s).toString();
        if (!existing.isEmpty()) {
            const Values stop = m_store.record(u"run_stops", existing);
            if (!stop.isEmpty() && stop.value(u"outcome"_s).toString().isEmpty())
                w.refuse(tr("This offer is a pickup on another day already."),
                         tr("Take it off that day first."));
        }
        const auto place = requests::Requests::pickupPlace(m_store, offerId);
        if (!place.where && place.address.isEmpty())
            w.refuse(tr("Nobody knows where to pick this offer up."),
                     tr("Give the offer an address or coordinates first."));
        id = w.insert(u"run_stops", {{u"run_id"_s, runId},
                                     {u"offer_id"_s, offerId},
                                     {u"source"_s, u"added"_s},
                                     {u"boxes"_s, offer.value(u"boxes"_s).toInt()}});
        w.update(u"offers", offerId, {{u"stop_id"_s, id}});
    });
    if (!ok)
        return ok.error();
    return id;
}

Result<void> Runs::removeStop(const QString& stopId) {
    return m_store.write([&](Writer& w) {
        const Values stop = checkedStop(m_store, w, stopId);
        const QString runId = stop.value(u"run_id"_s).toString();
        checkedRun(m_store, w, runId, true);
        if (!stop.value(u"outcome"_s).toString().isEmpty())
            w.refuse(tr("This stop has an outcome recorded."),
                     tr("Clear the outcome first if it was entered by mistake."));
        QStringList allocations;
        m_store.readOrWarn("SELECT id FROM run_allocations WHERE stop_id = ?1", {stopId},
                           [&allocations](const Row& row) { allocations << row.text(0); });
        for (const QString& id : std::as_const(allocations))
            w.remove(u"run_allocations", id);
        requests::Requests::stopRemovedInside(w, stopId);
        const QString driverId = stop.value(u"driver_id"_s).toString();
        w.remove(u"run_stops", stopId);
        if (!driverId.isEmpty()) {
            int position = 0;
            for (const auto& [id, old] : routeStops(m_store, runId, driverId))
                w.update(u"run_stops", id, {{u"position"_s, ++position}});
            updateEstimates(w, driverId);
        }
    });
}

Result<void> Runs::setBoxes(const QString& stopId, int boxes) {
    if (boxes < 0 || boxes > 99)
        return Error::invalidInput(tr("%1 is not a number of boxes for one stop.").arg(boxes),
                                   tr("Type a number from 0 to 99."));
    return m_store.write([&](Writer& w) {
        const Values stop = checkedStop(m_store, w, stopId);
        checkedRun(m_store, w, stop.value(u"run_id"_s).toString(), true);
        w.update(u"run_stops", stopId, {{u"boxes"_s, boxes}});
    });
}

std::optional<RunStop> Runs::stop(const QString& stopId) const {
    QList<RunStop> found;
    m_store.readOrWarn(StopSelect + "WHERE s.id = ?1", {stopId},
                       [&found](const Row& row) { found.append(stopFromRow(row)); });
    if (found.isEmpty())
        return std::nullopt;
    fillPickups(m_store, found);
    placeByPostalArea(m_store, found);
    return found.first();
}

QList<RunStop> Runs::stops(const QString& runId) const {
    QList<RunStop> list;
    m_store.readOrWarn(StopSelect + "WHERE s.run_id = ?1 ORDER BY d.route_no IS NULL, d.route_no, "
                                    "s.position, s.created_at, s.id",
                       {runId}, [&list](const Row& row) { list.append(stopFromRow(row)); });
    fillPickups(m_store, list);
    // Stops at the same place in the order (the ones not yet on a route) go by postal code, which
    // is sealed, so that part of the order is made here.
    for (auto first = list.begin(); first != list.end();) {
        auto last = std::find_if(first, list.end(), [&first](const RunStop& stop) {
            return stop.driverId != first->driverId || stop.position != first->position;
        });
        std::stable_sort(first, last, [](const RunStop& a, const RunStop& b) {
            return a.postalCode < b.postalCode;
        });
        first = last;
    }
    placeByPostalArea(m_store, list);
    return list;
}

// ---- Drivers ----

Result<QString> Runs::addDriver(const QString& runId, const RunDriver& driver) {
    QString id;
    auto ok = m_store.write([&](Writer& w) {
        checkedRun(m_store, w, runId, true);
        Values person;
        if (!driver.personId.isEmpty()) {
            person = m_store.record(u"people", driver.personId);
            if (person.isEmpty())
                w.refuse(tr("This person is no longer on file."), tr("Reload the list."));
            bool already = false;
            m_store.readOrWarn("SELECT 1 FROM run_drivers WHERE run_id = ?1 AND person_id = ?2",
                               {runId, driver.personId},
                               [&already](const Row&) { already = true; });
            if (already)
                w.refuse(tr("%1 already drives on this distribution day.")
                             .arg(person.value(u"display_name"_s).toString()));
        }
        const QString who =
            person.isEmpty() ? tr("This driver") : person.value(u"display_name"_s).toString();
        const int capacity =
            driver.capacity > 0 ? driver.capacity : person.value(u"vehicle_capacity"_s).toInt();
        if (capacity <= 0)
            w.refuse(tr("%1 has no vehicle capacity on file.").arg(who),
                     tr("Type how many boxes fit in the car today."));
        const int maxStops = driver.maxStops >= 0
                                 ? driver.maxStops
                                 : Settings(m_store).get(settings::DefaultMaxStops);
        if (driver.maxMinutes < 0)
            w.refuse(tr("A time limit cannot be negative."), tr("Type minutes, or 0 for none."));
        refuseBadHours(w, driver);
        Values values{{u"run_id"_s, runId},
                      {u"available_from"_s, hoursText(driver.availableFrom)},
                      {u"available_until"_s, hoursText(driver.availableUntil)},
                      {u"person_id"_s, textOrNull(driver.personId)},
                      {u"capacity"_s, capacity},
                      {u"start_kind"_s, driver.startKind},
                      {u"returns"_s, driver.returns ? 1 : 0},
                      {u"max_stops"_s, std::max(0, maxStops)},
                      {u"max_minutes"_s, driver.maxMinutes},
                      {u"locked"_s, driver.locked ? 1 : 0}};
        if (driver.startKind == u"home") {
            std::optional<Coordinates> start = driver.start;
            QString label = driver.startLabel;
            if (!start && !person.value(u"start_latitude"_s).isNull() &&
                !person.value(u"start_longitude"_s).isNull())
                start = Coordinates{person.value(u"start_latitude"_s).toDouble(),
                                    person.value(u"start_longitude"_s).toDouble()};
            if (label.isEmpty())
                label = person.value(u"start_point"_s).toString();
            if (!start)
                w.refuse(tr("%1 starts from home, but there are no coordinates for it.").arg(who),
                         tr("Type the coordinates of where they start, or start from the "
                            "pantry."));
            values.insert(u"start_latitude"_s, start->latitude);
            values.insert(u"start_longitude"_s, start->longitude);
            values.insert(u"start_label"_s, textOrNull(label));
        } else if (driver.startKind != u"pantry") {
            w.refuse(tr("\"%1\" is not a place to start from.").arg(driver.startKind),
                     tr("Use pantry or home."));
        }
        int routes = 0;
        m_store.readOrWarn("SELECT count(*) FROM run_drivers WHERE run_id = ?1", {runId},
                           [&routes](const Row& row) { routes = int(row.integer(0)); });
        values.insert(u"route_no"_s, routes + 1);
        id = w.insert(u"run_drivers", values);
    });
    if (!ok)
        return ok.error();
    return id;
}

Result<void> Runs::updateDriver(const RunDriver& driver) {
    return m_store.write([&](Writer& w) {
        const Values current = checkedDriver(m_store, w, driver.id);
        checkedRun(m_store, w, current.value(u"run_id"_s).toString(), true);
        if (driver.capacity <= 0)
            w.refuse(tr("A driver needs room for at least one box."),
                     tr("Type how many boxes fit in the car today."));
        if (driver.maxStops < 0 || driver.maxMinutes < 0)
            w.refuse(tr("Limits cannot be negative."), tr("Type a number, or 0 for no limit."));
        refuseBadHours(w, driver);
        Values values{{u"available_from"_s, hoursText(driver.availableFrom)},
                      {u"available_until"_s, hoursText(driver.availableUntil)},
                      {u"capacity"_s, driver.capacity},
                      {u"start_kind"_s, driver.startKind},
                      {u"returns"_s, driver.returns ? 1 : 0},
                      {u"max_stops"_s, driver.maxStops},
                      {u"max_minutes"_s, driver.maxMinutes},
                      {u"locked"_s, driver.locked ? 1 : 0}};
        if (driver.startKind == u"home") {
            if (!driver.start)
                w.refuse(tr("A driver who starts from home needs the coordinates of that place."),
                         tr("Type the coordinates, or start from the pantry."));
            values.insert(u"start_latitude"_s, driver.start->latitude);
            values.insert(u"start_longitude"_s, driver.start->longitude);
            values.insert(u"start_label"_s, textOrNull(driver.startLabel));
        } else if (driver.startKind == u"pantry") {
            values.insert(u"start_latitude"_s, QVariant());
            values.insert(u"start_longitude"_s, QVariant());
            values.insert(u"start_label"_s, QVariant());
        } else {
            w.refuse(tr("\"%1\" is not a place to start from.").arg(driver.startKind),
                     tr("Use pantry or home."));
        }
        w.update(u"run_drivers", driver.id, values);
        updateEstimates(w, driver.id);
    });
}

Result<void> Runs::removeDriver(const QString& driverId) {
    return m_store.write([&](Writer& w) {
        const Values current = checkedDriver(m_store, w, driverId);
        const QString runId = current.value(u"run_id"_s).toString();
        checkedRun(m_store, w, runId, true);
        for (const auto& [stopId, position] : routeStops(m_store, runId, driverId)) {
            if (!m_store.record(u"run_stops", stopId).value(u"outcome"_s).toString().isEmpty())
                w.refuse(tr("Stops of this route have outcomes recorded."),
                         tr("Keep the driver; clear the outcomes first if they were entered by "
                            "mistake."));
            w.update(u"run_stops", stopId, {{u"driver_id"_s, QVariant()}, {u"position"_s, 0}});
        }
        w.remove(u"run_drivers", driverId);
        int routeNo = 0;
        for (const RunDriver& other : drivers(runId))
            w.update(u"run_drivers", other.id, {{u"route_no"_s, ++routeNo}});
    });
}

QList<RunDriver> Runs::drivers(const QString& runId) const {
    QList<RunDriver> list;
    m_store.readOrWarn(DriverSelect + "WHERE d.run_id = ?1 ORDER BY d.route_no, d.id", {runId},
                       [&list](const Row& row) { list.append(driverFromRow(row)); });
    return list;
}

// ---- Planning ----

namespace {

// A route's estimate: driving from the start through the stops that have a place, back to the
// pantry when the driver returns, plus the service minutes of every stop.
// Seconds since midnight of a clock time.
qint64 secondsOf(const QTime& time) {
    return time.isValid() ? qint64(time.msecsSinceStartOfDay() / 1000) : 0;
}

// The driver's hours on the vehicle: leaves at the routes' time or when they can start, whichever
// is later; back by when they must be (the solver's return deadline).
void applyHours(routing::Vehicle& vehicle, const RunDriver& driver, const QTime& leave) {
    vehicle.availableFrom = secondsOf(driver.availableFrom.isValid() && driver.availableFrom > leave
                                          ? driver.availableFrom
                                          : leave);
    vehicle.returnBy = driver.availableUntil.isValid() ? secondsOf(driver.availableUntil) : -1;
}

// When the routes leave, from the setting (10:00 when it cannot be read).
QTime routesLeaveAt(Store& store) {
    const QTime time = QTime::fromString(Settings(store).get(settings::RoutesLeaveAt), u"HH:mm"_s);
    return time.isValid() ? time : QTime(10, 0);
}

// A route as driven, in the stops' order: its metres, its seconds (driving, stops and any wait
// for a window), and when the driver leaves and reaches each stop. The solver's own measure of a
// route it may not change (a locked route), so the estimate and the plan agree.
struct RouteEstimate {
    qint64 metres = 0;
    qint64 seconds = 0;
    RouteTimes times;
};

RouteEstimate estimateRoute(Store& store, const RunDriver& driver, const QList<RunStop>& route) {
    RouteEstimate estimate;
    if (route.isEmpty())
        return estimate; // a driver with nothing to deliver does not drive
    const auto pantry = pantryCoordinates(store);
    std::vector<routing::GeoPoint> points;
    if (driver.startKind == u"home" && driver.start)
        points.push_back(geo(*driver.start));
    else if (pantry)
        points.push_back(geo(*pantry));
    else
        return estimate;
    const QTime leave = routesLeaveAt(store);
    const qint64 service = qint64(Settings(store).get(settings::ServiceMinutesPerStop)) * 60;
    routing::RoutingProblem problem;
    routing::LockedRoute locked;
    QStringList ids;
    for (const RunStop& stop : route) {
        if (!stop.where)
            continue;
        routing::Customer customer;
        customer.node = int(points.size());
        customer.serviceTime = service;
        if (stop.windowStart.isValid()) {
            customer.readyTime = secondsOf(stop.windowStart);
            customer.dueTime = secondsOf(stop.windowEnd);
        }
        points.push_back(geo(*stop.where));
        locked.customers.push_back(int(problem.customers.size()));
        problem.customers.push_back(customer);
        ids << stop.id;
    }
    routing::Vehicle vehicle;
    vehicle.start = 0;
    vehicle.end = -1;
    if (driver.returns && pantry) {
        vehicle.end = int(points.size());
        points.push_back(geo(*pantry));
    }
    vehicle.capacity = std::numeric_limits<int>::max() / 2;
    applyHours(vehicle, driver, leave);
    problem.vehicles.push_back(vehicle);
    problem.lockedRoutes.push_back(locked);
    problem.latenessPenalty = 1; // measured, never refused: the route is as it is
    const routing::TravelMatrices travel = routing::travelMatrices(points, travelSettings(store));
    problem.nodeCount = int(points.size());
    problem.distances = travel.metres;
    problem.durations = travel.seconds;
    routing::SolverOptions once;
    once.timeLimitMs = 0;
    once.maxIterations = 1;
    const auto solved = routing::solveRoutes(problem, once);
    if (!solved)
        return estimate;
    const routing::Route& measured = solved->routes.front();
    estimate.metres = measured.distance;
    estimate.seconds = measured.duration;
    estimate.times.departure = QTime(0, 0).addSecs(int(measured.departure));
    for (qsizetype k = 0; k < ids.size() && std::size_t(k) < measured.arrivals.size(); ++k) {
        const qint64 at = measured.arrivals[std::size_t(k)];
        estimate.times.arrival.insert(ids.at(k), QTime(0, 0).addSecs(int(at % 86400)));
        const qint64 due = problem.customers[std::size_t(k)].dueTime;
        if (due >= 0 && at > due)
            estimate.times.minutesLate.insert(ids.at(k), int((at - due + 59) / 60));
    }
    return estimate;
}

} // namespace

QList<std::pair<RunDriver, QList<RunStop>>> Runs::routesOf(const QString& runId) const {
    QHash<QString, QList<RunStop>> byDriver;
    for (const RunStop& stop : stops(runId)) {
        if (!stop.driverId.isEmpty())
            byDriver[stop.driverId].append(stop);
    }
    QList<std::pair<RunDriver, QList<RunStop>>> routes;
    for (const RunDriver& driver : drivers(runId))
        routes.append({driver, byDriver.value(driver.id)});
    return routes;
}

QHash<QString, RouteTimes> Runs::routeTimes(const QString& runId) const {
    QHash<QString, RouteTimes> times;
    for (const auto& [driver, route] : routesOf(runId))
        times.insert(driver.id, estimateRoute(m_store, driver, route).times);
    return times;
}

void Runs::updateEstimates(Writer& writer, const QString& driverId) const {
    if (driverId.isEmpty())
        return;
    std::optional<RunDriver> driver;
    m_store.readOrWarn(DriverSelect + "WHERE d.id = ?1", {driverId},
                       [&driver](const Row& row) { driver = driverFromRow(row); });
    if (!driver)
        return;
    QList<RunStop> route;
    for (const RunStop& stop : stops(driver->runId)) {
        if (stop.driverId == driverId)
            route.append(stop);
    }
    const RouteEstimate estimate = estimateRoute(m_store, *driver, route);
    writer.update(u"run_drivers", driverId,
                  {{u"distance_m"_s, estimate.metres}, {u"duration_s"_s, estimate.seconds}});
}

void Runs::updateAllEstimates(Writer& writer, const QString& runId) const {
    for (const auto& [driver, route] : routesOf(runId)) {
        const RouteEstimate estimate = estimateRoute(m_store, driver, route);
        writer.update(u"run_drivers", driver.id,
                      {{u"distance_m"_s, estimate.metres}, {u"duration_s"_s, estimate.seconds}});
    }
}

// What planning works from: the run, where routes start, the drivers and stops, and who last
// brought boxes to each household of the run.
struct Runs::PlanInput {
    Run run;
    Coordinates pantry;
    QList<RunDriver> drivers;
    QList<RunStop> stops;
    QHash<QString, QString> lastDriver; // household id -> person id
};

// The routing problem built from a PlanInput, the run's stop behind each customer, the free
// stops the plan may move, and the solver's answer.
struct Runs::PlanProblem {
    routing::RoutingProblem problem;
    std::vector<routing::GeoPoint> points;
    std::vector<QString> customerStop; // customer index -> stop id
    QStringList freeStops;             // stops not on a locked route, in id order
    routing::Solution solution;
};

Result<PlanReport> Runs::plan(const QString& runId, const PlanOptions& options) {
    if (!m_store.detailsReadable())
        return Error(Error::locked()).at(m_store.path()); // where the stops are is sealed
    QElapsedTimer timer;
    timer.start();
    auto input = validateRunToPlan(runId);
    if (!input)
        return input.error();
    if (auto loaded = loadDriversAndStops(*input); !loaded)
        return loaded.error();
    PlanReport report;
    PlanProblem problem = buildRoutingProblem(*input, report);
    if (auto solved = solve(problem, options, report); !solved)
        return solved.error();
    if (auto written = writeAssignment(*input, problem, report); !written)
        return written.error();
    for (const RunDriver& driver : drivers(runId))
        report.distanceMetres += driver.distanceMetres;
    report.spread = workSpread(runId);
    report.elapsedMs = timer.elapsed();
    return report;
}

WorkSpread Runs::workSpread(const QString& runId) const {
    WorkSpread spread;
    const QList<RunDriver> theDrivers = drivers(runId);
    const QList<RunStop> theStops = stops(runId);
    QHash<QString, int> stopsOf;
    int plannable = 0; // stops a plan can place: with coordinates, or already on a route
    for (const RunStop& stop : theStops) {
        if (!stop.driverId.isEmpty())
            ++stopsOf[stop.driverId];
        if (!stop.driverId.isEmpty() || stop.where)
            ++plannable;
    }
    const bool sharing = Settings(m_store).get(settings::RouteGoal) != u"distance";
    for (const RunDriver& driver : theDrivers) {
        if (stopsOf.value(driver.id) > 0) {
            if (spread.routesWithStops == 0 || driver.durationSeconds > spread.longestSeconds)
                spread.longestSeconds = driver.durationSeconds;
            if (spread.routesWithStops == 0 || driver.durationSeconds < spread.shortestSeconds)
                spread.shortestSeconds = driver.durationSeconds;
            ++spread.routesWithStops;
            continue;
        }
        QString reason;
        if (driver.locked)
            reason = Tr::tr("the route is locked with no stop");
        else if (driver.capacity <= 0)
            reason = Tr::tr("no room for boxes in the vehicle");
        else if (theStops.isEmpty())
            reason = Tr::tr("no stops on this day");
        else if (plannable < theDrivers.size())
            reason = Tr::tr("fewer stops than drivers");
        else if (stopsOf.isEmpty())
            reason = Tr::tr("the routes are not planned yet");
        else if (!sharing)
            reason = Tr::tr("the plan aims for the fewest kilometres (Settings)");
        else
            reason = driver.availableFrom.isValid() || driver.availableUntil.isValid()
                         ? Tr::tr("no stop fits this driver's limits (boxes, stops, minutes or "
                                  "hours)")
                         : Tr::tr("no stop fits this driver's limits (boxes, stops or minutes)");
        spread.idle.append({driver.id, driver.personName, reason});
    }
    return spread;
}

Result<Runs::PlanInput> Runs::validateRunToPlan(const QString& runId) const {
    const auto theRun = run(runId);
    if (!theRun)
        return Error::invalidInput(tr("This distribution day is no longer on file."),
                                   tr("Reload the list."));
    if (theRun->status == status::Closed)
        return Error::invalidInput(
            tr("The distribution day of %1 is closed.").arg(theRun->date.toString(Qt::ISODate)),
            tr("Plan another day."));
    const auto pantry = pantryCoordinates(m_store);
    if (!pantry)
        return Error::invalidInput(
            tr("The pantry has no coordinates, so routes cannot start from it."),
            tr("Set the pantry's coordinates in Settings (for example 41.8575, "
               "-87.6607), then plan again."));
    PlanInput input;
    input.run = *theRun;
    input.pantry = *pantry;
    return input;
}

Result<void> Runs::loadDriversAndStops(PlanInput& input) const {
    const QString& runId = input.run.id;
    input.drivers = drivers(runId);
    if (input.drivers.isEmpty())
        return Error::invalidInput(tr("No drivers are on this distribution day yet."),
                                   tr("Add the drivers who came, then plan."));
    input.stops = stops(runId);
    // Stops whose outcome is already on file were driven: re-planning would move them off the
    // route they were delivered on. Their routes must be locked first.
    QSet<QString> lockedDrivers;
    for (const RunDriver& driver : std::as_const(input.drivers)) {
        if (driver.locked)
            lockedDrivers.insert(driver.id);
    }
    const qsizetype driven =
        std::count_if(input.stops.cbegin(), input.stops.cend(), [&](const RunStop& s) {
            return !s.outcome.isEmpty() && !lockedDrivers.contains(s.driverId);
        });
    if (driven > 0)
        return Error::invalidInput(
            tr("%1 stop(s) on routes that are not locked already have an outcome.").arg(driven),
            tr("Lock the routes that were driven (Ctrl+L), then plan the rest."));

    // Driver consistency: who last brought boxes to each household of this run. A plan made
    // without it would quietly give households to other drivers: a failed read refuses.
    if (Settings(m_store).get(settings::ConsistencyMetres) > 0) {
        auto read = m_store.read(
            "SELECT s.household_id, d.person_id FROM run_stops s "
            "JOIN run_drivers d ON d.id = s.driver_id JOIN runs r ON r.id = s.run_id "
            "WHERE s.outcome IN ('delivered', 'left_at_door') AND d.person_id IS NOT NULL AND "
            "s.run_id <> ?1 AND s.household_id IN "
            "(SELECT household_id FROM run_stops WHERE run_id = ?1) "
            "ORDER BY r.run_date, s.outcome_at",
            {runId},
            [&input](const Row& row) { input.lastDriver.insert(row.text(0), row.text(1)); });
        if (!read)
            return read.error();
    }
    return {};
}

Runs::PlanProblem Runs::buildRoutingProblem(const PlanInput& input, PlanReport& report) const {
    Settings settings(m_store);
    PlanProblem built;
    routing::RoutingProblem& problem = built.problem;
    std::vector<routing::GeoPoint>& points = built.points;
    points.push_back(geo(input.pantry));
    QHash<QString, int> vehicleOfPerson; // drivers on routes the plan may change
    for (int i = 0; i < input.drivers.size(); ++i) {
        const RunDriver& driver = input.drivers.at(i);
        routing::Vehicle vehicle;
        if (driver.startKind == u"home" && driver.start) {
            vehicle.start = int(points.size());
            points.push_back(geo(*driver.start));
        }
        vehicle.end = driver.returns ? 0 : -1;
        vehicle.capacity = std::max(0, driver.capacity);
        vehicle.maxStops = std::max(0, driver.maxStops);
        vehicle.maxDuration = qint64(std::max(0, driver.maxMinutes)) * 60;
        problem.vehicles.push_back(vehicle);
        if (!driver.locked && !driver.personId.isEmpty())
            vehicleOfPerson.insert(driver.personId, i);
    }

    if (settings.get(settings::RouteGoal) != u"distance")
        problem.sharing = shareTheDay();
    // Households' windows and drivers' hours are clock times: the routes leave at the setting's
    // time (or when their driver can start). Without either on the day the plan needs no clock.
    const bool windows =
        std::any_of(input.stops.cbegin(), input.stops.cend(),
                    [](const RunStop& s) { return s.windowStart.isValid(); }) ||
        std::any_of(input.drivers.cbegin(), input.drivers.cend(), [](const RunDriver& d) {
            return d.availableFrom.isValid() || d.availableUntil.isValid();
        });
    if (windows) {
        const QTime leave = routesLeaveAt(m_store);
        for (std::size_t v = 0; v < problem.vehicles.size(); ++v)
            applyHours(problem.vehicles[v], input.drivers.at(qsizetype(v)), leave);
        problem.latenessPenalty =
            settings.get(settings::TimeWindows) == u"hard"
                ? 0
                : std::max<qint64>(1, settings.get(settings::LateMinuteMetres) / 60);
    }
    const int penalty = settings.get(settings::ConsistencyMetres);
    const qint64 service = qint64(settings.get(settings::ServiceMinutesPerStop)) * 60;
    auto addCustomer = [&](const RunStop& stop, int preferred) {
        routing::Customer customer;
        customer.node = int(points.size());
        points.push_back(geo(*stop.where));
        customer.demand = std::max(0, stop.boxes);
        customer.serviceTime = service;
        if (windows && stop.windowStart.isValid()) {
            customer.readyTime = secondsOf(stop.windowStart);
            customer.dueTime = secondsOf(stop.windowEnd);
        }
        if (preferred >= 0) {
            customer.preferredVehicle = preferred;
            customer.preferencePenalty = penalty;
        }
        problem.customers.push_back(customer);
        built.customerStop.push_back(stop.id);
        if (stop.placedByPostalArea)
            report.placedByPostalAreaStopIds << stop.id;
        return int(problem.customers.size()) - 1;
    };
    QSet<QString> lockedStops;
    for (int i = 0; i < input.drivers.size(); ++i) {
        if (!input.drivers.at(i).locked)
            continue;
        routing::LockedRoute locked;
        locked.vehicle = i;
        for (const RunStop& stop : input.stops) {
            if (stop.driverId != input.drivers.at(i).id)
                continue;
            lockedStops.insert(stop.id);
            ++report.routedStops;
            if (stop.where)
                locked.customers.push_back(addCustomer(stop, -1));
        }
        problem.lockedRoutes.push_back(locked);
    }
    // The free stops in a fixed order (not the last plan's), so that a seed gives one plan.
    QList<RunStop> byId = input.stops;
    std::sort(byId.begin(), byId.end(),
              [](const RunStop& a, const RunStop& b) { return a.id < b.id; });
    for (const RunStop& stop : std::as_const(byId)) {
        if (lockedStops.contains(stop.id))
            continue;
        built.freeStops << stop.id;
        if (!stop.where) {
            report.withoutCoordinatesStopIds << stop.id;
            continue;
        }
        const QString person = input.lastDriver.value(stop.householdId);
        addCustomer(stop, person.isEmpty() ? -1 : vehicleOfPerson.value(person, -1));
    }
    return built;
}

Result<void> Runs::solve(PlanProblem& built, const PlanOptions& options, PlanReport& report) const {
    if (!built.problem.customers.empty()) {
        Settings settings(m_store);
        routing::RoutingProblem& problem = built.problem;
        const routing::TravelMatrices travel =
            routing::travelMatrices(built.points, travelSettings(m_store));
        problem.nodeCount = int(built.points.size());
        problem.distances = travel.metres;
        problem.durations = travel.seconds;
        routing::SolverOptions solver;
        solver.timeLimitMs = options.timeLimitMs >= 0    ? options.timeLimitMs
                             : options.maxIterations > 0 ? 0
                                                         : settings.get(settings::PlanTimeLimitMs);
        if (solver.timeLimitMs <= 0 && options.maxIterations <= 0)
            solver.timeLimitMs = settings.get(settings::PlanTimeLimitMs);
        solver.maxIterations = options.maxIterations;
        solver.seed = options.seed;
        solver.cancel = options.cancel;
        if (options.progress)
            solver.progress = [&options](const routing::Progress& progress) {
                options.progress(progress.elapsedMs, progress.bestCost);
            };
        auto solved = routing::solveRoutes(problem, solver);
        if (!solved)
            return solved.error();
        built.solution = std::move(solved).value();
    }
    report.cancelled = built.solution.cancelled;
    report.objective = built.solution.objective;
    return {};
}

Result<void> Runs::writeAssignment(const PlanInput& input, const PlanProblem& built,
                                   PlanReport& report) {
    // Where each free stop goes.
    QHash<QString, std::pair<QString, int>> placement; // stop -> driver, position
    for (const routing::Route& route : built.solution.routes) {
        const RunDriver& driver = input.drivers.at(route.vehicle);
        if (driver.locked)
            continue;
        int position = 0;
        for (int customer : route.customers)
            placement.insert(built.customerStop.at(customer), {driver.id, ++position});
    }
    for (int customer : built.solution.unassigned)
        report.unplacedStopIds << built.customerStop.at(customer);

    return m_store.write([&](Writer& w) {
        for (const QString& stopId : std::as_const(built.freeStops)) {
            const auto where = placement.value(stopId, {QString(), 0});
            w.update(u"run_stops", stopId,
                     {{u"driver_id"_s, textOrNull(where.first)}, {u"position"_s, where.second}});
            if (!where.first.isEmpty())
                ++report.routedStops;
        }
        updateAllEstimates(w, input.run.id);
        Values values{{u"planned_at"_s, nowIso(m_store)}};
        if (input.run.status == status::Draft)
            values.insert(u"status"_s, status::Planned);
        w.update(u"runs", input.run.id, values);
    });
}

// ---- The coordinator's edits ----

Result<void> Runs::moveStop(const QString& stopId, const QString& driverId, int position) {
    return m_store.write([&](Writer& w) {
        const Values stop = checkedStop(m_store, w, stopId);
        const QString runId = stop.value(u"run_id"_s).toString();
        checkedRun(m_store, w, runId, true);
        if (!driverId.isEmpty() &&
            checkedDriver(m_store, w, driverId).value(u"run_id"_s).toString() != runId)
            w.refuse(tr("That driver is on another distribution day."), tr("Reload the run."));
        const QString from = stop.value(u"driver_id"_s).toString();
        auto renumber = [&](const QString& route, const QStringList& order) {
            int n = 0;
            for (const QString& id : order)
                w.update(u"run_stops", id,
                         {{u"driver_id"_s, textOrNull(route)},
                          {u"position"_s, route.isEmpty() ? 0 : ++n}});
        };
        auto idsOf = [&](const QString& route) {
            QStringList ids;
            for (const auto& [id, old] : routeStops(m_store, runId, route)) {
                if (id != stopId)
                    ids << id;
            }
            return ids;
        };
        QStringList target = idsOf(driverId);
        const int index = std::clamp(position, 1, int(target.size()) + 1) - 1;
        target.insert(index, stopId);
        renumber(driverId, target);
        if (from != driverId) {
            renumber(from, idsOf(from));
            updateEstimates(w, from);
        }
        updateEstimates(w, driverId);
    });
}

Result<void> Runs::setLocked(const QString& driverId, bool locked) {
    return m_store.write([&](Writer& w) {
        const Values driver = checkedDriver(m_store, w, driverId);
        checkedRun(m_store, w, driver.value(u"run_id"_s).toString(), true);
        w.update(u"run_drivers", driverId, {{u"locked"_s, locked ? 1 : 0}});
    });
}

Assignment Runs::assignment(const QString& runId) const {
    Assignment result;
    m_store.readOrWarn(
        "SELECT id, ifnull(driver_id, ''), position FROM run_stops WHERE run_id = ?1 ORDER BY id",
        {runId}, [&result](const Row& row) {
            result.stops.append({row.text(0), row.text(1), int(row.integer(2))});
        });
    for (const RunDriver& driver : drivers(runId)) {
        if (driver.locked)
            result.lockedDriverIds << driver.id;
    }
    return result;
}

Result<void> Runs::restore(const QString& runId, const Assignment& assignment) {
    return m_store.write([&](Writer& w) {
        checkedRun(m_store, w, runId, true);
        QSet<QString> driverIds;
        for (const RunDriver& driver : drivers(runId))
            driverIds.insert(driver.id);
        for (const Assignment::Placement& placement : assignment.stops) {
            const Values stop = m_store.record(u"run_stops", placement.stopId);
            if (stop.value(u"run_id"_s).toString() != runId ||
                (!placement.driverId.isEmpty() && !driverIds.contains(placement.driverId)))
                w.refuse(tr("The run has changed since then, so this cannot be undone."),
                         tr("Move the stops by hand."));
            w.update(u"run_stops", placement.stopId,
                     {{u"driver_id"_s, textOrNull(placement.driverId)},
                      {u"position"_s, placement.driverId.isEmpty() ? 0 : placement.position}});
        }
        for (const QString& driverId : std::as_const(driverIds))
            w.update(u"run_drivers", driverId,
                     {{u"locked"_s, assignment.lockedDriverIds.contains(driverId) ? 1 : 0}});
        updateAllEstimates(w, runId);
    });
}

// ---- Outcomes ----

Result<void> Runs::recordOutcomes(const QList<OutcomeEntry>& entries) {
    for (const OutcomeEntry& entry : entries) {
        if (!entry.outcome.isEmpty() && !outcome::all().contains(entry.outcome))
            return Error::invalidInput(tr("\"%1\" is not an outcome.").arg(entry.outcome),
                                       tr("Use one of: %1.").arg(outcome::all().join(u", ")));
    }
    return m_store.write([&](Writer& w) {
        QStringList touchedRuns;
        for (const OutcomeEntry& entry : entries) {
            const Values stop = checkedStop(m_store, w, entry.stopId);
            const QString runId = stop.value(u"run_id"_s).toString();
            checkedRun(m_store, w, runId, false);
            if (!touchedRuns.contains(runId))
                touchedRuns << runId;
            const QString before = stop.value(u"outcome"_s).toString();
            const bool wasDelivered = outcome::boxesDelivered(before);
            const bool nowDelivered = outcome::boxesDelivered(entry.outcome);
            // The stop's stock: movements only when the boxes' fate changes.
            if (wasDelivered && !nowDelivered)
                inventory::Inventory::reverseReferenceInside(
                    w, entry.stopId, inventory::movement::Distributed,
                    tr("outcome changed to %1")
                        .arg(entry.outcome.isEmpty() ? tr("none") : entry.outcome));
            struct Allocation {
                QString id, itemId, lotId, locationId, status;
                qint64 quantity = 0;
                bool elsewhere = false; // for a request another stop carries now
            };
            QList<Allocation> allocations;
            m_store.readOrWarn(
                "SELECT a.id, a.item_id, a.lot_id, a.location_id, a.quantity, a.status, "
                "a.request_id IS NOT NULL AND ifnull(q.stop_id, '') <> a.stop_id FROM "
                "run_allocations a LEFT JOIN requests q ON q.id = a.request_id WHERE a.stop_id = "
                "?1 ORDER BY a.id",
                {entry.stopId}, [&allocations](const Row& row) {
                    allocations.append({row.text(0), row.text(1), row.text(2), row.text(3),
                                        row.text(5), row.integer(4), row.integer(6) != 0});
                });
            for (const Allocation& a : std::as_const(allocations)) {
                QString next;
                if (a.elsewhere) {
                    next = u"returned"_s; // its request rides with another stop now
                } else if (nowDelivered) {
                    next = u"delivered"_s;
                    if (!wasDelivered && a.quantity > 0) {
                        if (a.locationId.isEmpty())
                            w.refuse(tr("Stock set aside for this stop has no location."),
                                     tr("Allocate the run's packages again, then record the "
                                        "outcome."));
                        inventory::Inventory::distributeLotInside(
                            w, a.itemId, a.lotId, a.locationId, a.quantity, entry.stopId);
                    }
                } else {
                    next = entry.outcome.isEmpty() ? u"allocated"_s : u"returned"_s;
                }
                w.update(u"run_allocations", a.id, {{u"status"_s, next}});
            }
            // What rode with the stop, and what it picked up.
            requests::Requests::outcomeInside(w, entry.stopId, entry.outcome, wasDelivered);
            Values values{{u"outcome"_s, textOrNull(entry.outcome)},
                          {u"outcome_note"_s, textOrNull(entry.note.trimmed())}};
            if (before != entry.outcome) {
                values.insert(u"outcome_at"_s,
                              entry.outcome.isEmpty() ? QVariant() : QVariant(nowIso(m_store)));
                values.insert(u"followed_up"_s, 0);
            }
            w.update(u"run_stops", entry.stopId, values);
        }
        // A day closes when every stop has an outcome, and opens again when one is cleared.
        for (const QString& runId : std::as_const(touchedRuns)) {
            int missing = 0;
            m_store.readOrWarn(
                "SELECT count(*) FROM run_stops WHERE run_id = ?1 AND outcome IS NULL", {runId},
                [&missing](const Row& row) { missing = int(row.integer(0)); });
            const Values run = m_store.record(u"runs", runId);
            const bool closed = run.value(u"status"_s).toString() == status::Closed;
            if (missing == 0 && !closed) {
                w.update(u"runs", runId,
                         {{u"status"_s, status::Closed}, {u"closed_at"_s, nowIso(m_store)}});
            } else if (missing > 0 && closed) {
                const QString reopened =
                    !run.value(u"packed_at"_s).toString().isEmpty()    ? status::Packed
                    : !run.value(u"planned_at"_s).toString().isEmpty() ? status::Planned
                                                                       : status::Draft;
                w.update(u"runs", runId, {{u"status"_s, reopened}, {u"closed_at"_s, QVariant()}});
            }
        }
    });
}

Result<void> Runs::close(const QString& runId) {
    return m_store.write([&](Writer& w) {
        const Values run = checkedRun(m_store, w, runId, false);
        if (run.value(u"status"_s).toString() == status::Closed)
            return;
        int missing = 0;
        m_store.readOrWarn("SELECT count(*) FROM run_stops WHERE run_id = ?1 AND outcome IS NULL",
                           {runId}, [&missing](const Row& row) { missing = int(row.integer(0)); });
        if (missing > 0)
            w.refuse(tr("%n stop(s) have no outcome yet.", "", missing),
                     tr("Record what happened at every stop from the route sheets, then close "
                        "the day."));
        w.update(u"runs", runId,
                 {{u"status"_s, status::Closed}, {u"closed_at"_s, nowIso(m_store)}});
    });
}

QList<RunStop> Runs::followUps() const {
    QList<RunStop> list;
    m_store.readOrWarn(StopSelect + "WHERE s.outcome IN ('not_home', 'wrong_address') AND "
                                    "s.followed_up = 0 AND s.household_id IS NOT NULL "
                                    "ORDER BY r.run_date DESC, s.outcome_at DESC, s.id",
                       {}, [&list](const Row& row) { list.append(stopFromRow(row)); });
    return list;
}

Result<void> Runs::setFollowedUp(const QString& stopId, bool done) {
    return m_store.write([&](Writer& w) {
        checkedStop(m_store, w, stopId);
        w.update(u"run_stops", stopId, {{u"followed_up"_s, done ? 1 : 0}});
    });
}

} // namespace larder::runs
