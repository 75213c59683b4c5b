// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/SheetBuilder.h"

#include "core/inventory/Quantities.h"
#include "core/people/FieldParser.h"
#include "core/people/Households.h"
#include "core/requests/Requests.h"
#include "core/runs/Packages.h"
#include "core/runs/Runs.h"
#include "core/storage/Settings.h"
#include "core/storage/Store.h"
#include "i18n/Language.h"
#include "print/StopContents.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace larder::print {

namespace {

QString isoDate(const QDate& date) {
    return date.toString(Qt::ISODate);
}

// "Spanish" for "es"; an unknown code stays as it is.
QString languageName(const QString& code) {
    const QLocale locale(code);
    if (locale.language() == QLocale::C || code.trimmed().isEmpty())
        return code;
    return QLocale::languageToString(locale.language());
}

QString joinNonEmpty(const QStringList& parts, const QString& separator) {
    QStringList kept;
    for (const QString& part : parts) {
        if (!part.trimmed().isEmpty())
            kept << part.trimmed();
    }
    return kept.join(separator);
}

QString phoneWithConsent(const people::Household& household) {
    if (household.phone.trimmed().isEmpty() || !(household.mayCall || household.mayText))
        return {};
    if (household.mayCall && !household.mayText)
        return SheetBuilder::tr("%1 (calls only, no texts)").arg(household.phone.trimmed());
    if (household.mayText && !household.mayCall)
        return SheetBuilder::tr("%1 (texts only, do not call)").arg(household.phone.trimmed());
    return household.phone.trimmed();
}

std::optional<MapPoint> pantryPoint(Store& store) {
    const QString text = Settings(store).get(settings::PantryCoordinates);
    const auto parsed = people::FieldParser::coordinates(text);
    if (!parsed.ok() || !parsed.value)
        return std::nullopt;
    return MapPoint{parsed.value->latitude, parsed.value->longitude};
}

QList<runs::RunStop> stopsOf(const QList<runs::RunStop>& all, const QString& driverId) {
    QList<runs::RunStop> route;
    for (const runs::RunStop& stop : all) {
        if (stop.driverId == driverId)
            route << stop;
    }
    std::stable_sort(
        route.begin(), route.end(),
        [](const runs::RunStop& a, const runs::RunStop& b) { return a.position < b.position; });
    return route;
}

QString driverName(const runs::RunDriver& driver) {
    return driver.personName.isEmpty() ? SheetBuilder::tr("Driver %1").arg(driver.routeNo)
                                       : driver.personName;
}

// The drivers of a run to print: all, or route `routeNo` only.
Result<QList<runs::RunDriver>> chosenDrivers(const runs::Runs& runs, const QString& runId,
                                             std::optional<int> routeNo, const QDate& date) {
    const QList<runs::RunDriver> drivers = runs.drivers(runId);
    if (drivers.isEmpty())
        return Error::invalidInput(
            SheetBuilder::tr("No driver is on the run of %1 yet.").arg(isoDate(date)),
            SheetBuilder::tr("Add the drivers who came and plan the routes first."));
    if (!routeNo)
        return drivers;
    QList<runs::RunDriver> chosen;
    QStringList numbers;
    for (const runs::RunDriver& driver : drivers) {
        numbers << QString::number(driver.routeNo);
        if (driver.routeNo == *routeNo)
            chosen << driver;
    }
    if (chosen.isEmpty())
        return Error::invalidInput(
            SheetBuilder::tr("There is no route %1 on %2.").arg(*routeNo).arg(isoDate(date)),
            SheetBuilder::tr("Choose one of the routes planned that day: %1.")
                .arg(numbers.join(u", "_s)));
    return chosen;
}

// The packing lists of route sheets: each route's stops, with what goes in their boxes.
QList<PackingListData> packingListsOf(const QList<RouteSheetData>& sheets) {
    QList<PackingListData> lists;
    for (const RouteSheetData& sheet : sheets) {
        PackingListData list;
        list.date = sheet.date;
        list.runName = sheet.runName;
        list.routeNo = sheet.routeNo;
        list.driver = sheet.driver;
        for (const SheetStop& stop : sheet.stops)
            list.lines << PackingListData::Line{stop.number, stop.name, stop.boxes, stop.boxName,
                                                stop.contents};
        lists << list;
    }
    return lists;
}

} // namespace

SheetBuilder::SheetBuilder(Store& store)
    : m_store(store)
    , m_language(Settings(store).get(settings::SheetLanguage)) {}

QString SheetBuilder::quantity(qint64 amount, const QString& unit) {
    return inventory::Quantities::format(amount, unit);
}

PrintOptions SheetBuilder::options() const {
    const Settings settings(m_store);
    PrintOptions options;
    options.paper = settings.get(settings::PaperSize).trimmed().toLower() == u"a4"
                        ? QPageSize::A4
                        : QPageSize::Letter;
    options.initialsOnly = settings.get(settings::SheetInitialsOnly);
    options.compact = settings.get(settings::SheetCompact);
    options.language = m_language;
    options.pantryName = settings.get(settings::PantryName).trimmed();
    if (options.pantryName.isEmpty())
        options.pantryName = m_store.siteName();
    options.pantryPhone = settings.get(settings::PantryPhone).trimmed();
    return options;
}

Result<QStringList> SheetBuilder::runIds(const QDate& date, const QStringList& kinds) const {
    const QList<runs::Run> all = runs::Runs(m_store).runsOn(date);
    QStringList ids;
    QStringList otherKinds;
    for (const runs::Run& run : all) {
        if (kinds.contains(run.kind))
            ids.prepend(run.id); // runsOn lists the newest first; print the oldest first
        else
            otherKinds << run.kind;
    }
    if (ids.isEmpty()) {
        if (!otherKinds.isEmpty())
            return Error::invalidInput(
                tr("The runs of %1 are not %2 runs.").arg(isoDate(date), kinds.join(tr(" or "))),
                tr("Print the papers that suit them, or pick another date."));
        return Error::invalidInput(
            tr("There is no distribution run on %1.").arg(isoDate(date)),
            tr("Check the date, or plan that day first (Distribution, or larder-cli "
               "run plan --date %1).")
                .arg(isoDate(date)));
    }
    return ids;
}

Result<QList<RouteSheetData>> SheetBuilder::routeSheets(const QDate& date,
                                                        std::optional<int> routeNo) const {
    const i18n::ScopedLanguage language(m_language);
    auto ids = runIds(date, {runs::kind::Delivery});
    if (!ids)
        return ids.error();
    QList<RouteSheetData> sheets;
    for (const QString& id : ids.value()) {
        auto more = routeSheetsForRun(id, std::nullopt);
        if (!more)
            return more.error();
        sheets += more.value();
    }
    if (routeNo) {
        QList<RouteSheetData> chosen;
        QStringList numbers;
        for (const RouteSheetData& sheet : sheets) {
            numbers << QString::number(sheet.routeNo);
            if (sheet.routeNo == *routeNo)
                chosen << sheet;
        }
        if (chosen.isEmpty())
            return Error::invalidInput(
                tr("There is no route %1 on %2.").arg(*routeNo).arg(isoDate(date)),
                tr("Choose one of the routes planned that day: %1.").arg(numbers.join(u", "_s)));
        return chosen;
    }
    return sheets;
}

Result<QList<RouteSheetData>> SheetBuilder::routeSheetsForRun(const QString& runId,
                                                              std::optional<int> routeNo) const {
    const i18n::ScopedLanguage language(m_language);
    const runs::Runs runs(m_store);
    const runs::Packages packages(m_store);
    const people::Households households(m_store);
    const auto run = runs.run(runId);
    if (!run)
        return Error::invalidInput(tr("This distribution run is no longer on file."),
                                   tr("Reload the list."));
    auto drivers = chosenDrivers(runs, runId, routeNo, run->date);
    if (!drivers)
        return drivers.error();

    const PrintOptions printOptions = options();
    const std::optional<MapPoint> pantry = pantryPoint(m_store);
    const QString pantryAddress = Settings(m_store).get(settings::PantryAddress).trimmed();
    const QList<runs::RunStop> all = runs.stops(runId);

    const QHash<QString, runs::RouteTimes> dayTimes = runs.routeTimes(runId);
    QList<RouteSheetData> sheets;
    for (const runs::RunDriver& driver : drivers.value()) {
        RouteSheetData sheet;
        sheet.date = run->date;
        sheet.runName = run->name;
        sheet.routeNo = driver.routeNo;
        sheet.driver = driverName(driver);
        sheet.capacity = driver.capacity;
        sheet.returns = driver.returns;
        sheet.kilometres = double(driver.distanceMetres) / 1000.0;
        sheet.minutes = int(std::lround(double(driver.durationSeconds) / 60.0));
        const bool fromHome = driver.startKind == u"home";
        if (fromHome) {
            sheet.startPoint = driver.startLabel.isEmpty() ? tr("Home") : driver.startLabel;
            if (driver.start)
                sheet.map.start = MapPoint{driver.start->latitude, driver.start->longitude};
            sheet.map.startLabel = tr("Start");
        } else {
            sheet.startPoint =
                pantryAddress.isEmpty() ? tr("Pantry") : tr("Pantry, %1").arg(pantryAddress);
            sheet.map.start = pantry;
            sheet.map.startLabel = tr("Pantry");
        }
        sheet.map.returns = driver.returns;

        const QList<runs::RunStop> route = stopsOf(all, driver.id);
        const runs::RouteTimes times = dayTimes.value(driver.id);
        sheet.departure = times.departure;
        int number = 0;
        for (const runs::RunStop& stop : route) {
            SheetStop printed;
            printed.number = ++number;
            printed.boxes = stop.boxes;
            printed.expected = times.arrival.value(stop.id);
            printed.windowStart = stop.windowStart;
            printed.windowEnd = stop.windowEnd;
            printed.minutesLate = times.minutesLate.value(stop.id);
            const auto household =
                stop.householdId.isEmpty() ? std::nullopt : households.household(stop.householdId);
            if (household) {
                printed.name = household->chosenName;
                QString streetAndUnit = joinNonEmpty({household->street, household->unit}, u", "_s);
                printed.address = joinNonEmpty(
                    {streetAndUnit, joinNonEmpty({household->city, household->postalCode}, u" "_s)},
                    u", "_s);
                printed.meetingPoint = household->meetingPoint.trimmed();
                if (!household->hasStreetAddress() && printed.meetingPoint.isEmpty())
                    printed.address = stop.address;
                for (const QString& code : household->languages)
                    printed.languages << languageName(code);
                printed.deliveryNotes = household->deliveryNotes.trimmed();
                printed.accessNeeds = household->accessNeeds.trimmed();
                printed.phone = phoneWithConsent(*household);
                printed.mayLeaveAtDoor = household->mayLeaveAtDoor;
            } else {
                printed.name = stop.name;
                printed.address = stop.address;
                if (!stop.offerId.isEmpty()) { // a pickup: the phone they gave with the offer
                    if (const auto offer = requests::Requests(m_store).offer(stop.offerId))
                        printed.phone = offer->phone;
                }
            }
            if (!stop.templateId.isEmpty()) {
                if (const auto box = packages.boxTemplate(stop.templateId))
                    printed.boxName = box->name;
            }
            StopContents contents = stopContents(m_store, packages, stop, household);
            printed.contents = contents.all;
            printed.changes = contents.changes;
            printed.asked = contents.asked;
            printed.pickup = contents.pickup;
            printed.onMap = stop.where.has_value();
            printed.approximate = stop.placedByPostalArea;
            if (printOptions.initialsOnly) {
                printed.name = initials(printed.name);
                printed.phone.clear();
            }
            if (stop.where)
                sheet.map.stops << MapStop{printed.number,
                                           MapPoint{stop.where->latitude, stop.where->longitude},
                                           printed.approximate};
            sheet.stops << printed;
        }
        sheets << sheet;
    }
    return sheets;
}

Result<QList<PackingListData>> SheetBuilder::packingLists(const QDate& date,
                                                          std::optional<int> routeNo) const {
    const i18n::ScopedLanguage language(m_language);
    auto sheets = routeSheets(date, routeNo);
    if (!sheets)
        return sheets.error();
    return packingListsOf(sheets.value());
}

Result<QList<PackingListData>> SheetBuilder::packingListsForRun(const QString& runId,
                                                                std::optional<int> routeNo) const {
    const i18n::ScopedLanguage language(m_language);
    auto sheets = routeSheetsForRun(runId, routeNo);
    if (!sheets)
        return sheets.error();
    return packingListsOf(sheets.value());
}

Result<PickListData> SheetBuilder::pickList(const QDate& date) const {
    const i18n::ScopedLanguage language(m_language);
    auto ids = runIds(date, {runs::kind::Delivery, runs::kind::Pickup});
    if (!ids)
        return ids.error();
    const runs::Packages packages(m_store);
    QList<runs::PickLine> all;
    for (const QString& id : ids.value())
        all += packages.pickList(id);
    // Lines of several runs for the same lot are added up.
    QList<runs::PickLine> merged;
    for (const runs::PickLine& line : all) {
        auto same = std::find_if(merged.begin(), merged.end(), [&line](const runs::PickLine& m) {
            return m.lotId == line.lotId && m.locationId == line.locationId &&
                   m.itemId == line.itemId;
        });
        if (same != merged.end())
            same->quantity += line.quantity;
        else
            merged << line;
    }
    std::stable_sort(
        merged.begin(), merged.end(), [](const runs::PickLine& a, const runs::PickLine& b) {
            const int location = QString::localeAwareCompare(a.locationName, b.locationName);
            if (location != 0)
                return location < 0;
            const int item = QString::localeAwareCompare(a.itemName, b.itemName);
            if (item != 0)
                return item < 0;
            if (a.expiry.has_value() != b.expiry.has_value())
                return a.expiry.has_value(); // dated lots first
            return a.expiry && *a.expiry < *b.expiry;
        });
    PickListData list;
    list.date = date;
    for (const runs::PickLine& line : merged) {
        if (line.quantity <= 0)
            continue;
        list.lines << PickListData::Line{line.locationName, line.itemName, line.expiry,
                                         quantity(line.quantity, line.unit)};
    }
    return list;
}

Result<QList<PickupManifestData>> SheetBuilder::pickupManifests(const QDate& date,
                                                                std::optional<int> routeNo) const {
    const i18n::ScopedLanguage language(m_language);
    auto ids = runIds(date, {runs::kind::SupplierPickup});
    if (!ids)
        return ids.error();
    const runs::Runs runs(m_store);
    const PrintOptions printOptions = options();
    const std::optional<MapPoint> pantry = pantryPoint(m_store);
    QList<PickupManifestData> manifests;
    QStringList numbers;
    for (const QString& runId : ids.value()) {
        const auto run = runs.run(runId);
        const QList<runs::RunStop> all = runs.stops(runId);
        for (const runs::RunDriver& driver : runs.drivers(runId)) {
            numbers << QString::number(driver.routeNo);
            if (routeNo && driver.routeNo != *routeNo)
                continue;
            PickupManifestData manifest;
            manifest.date = date;
            manifest.runName = run ? run->name : QString();
            manifest.routeNo = driver.routeNo;
            manifest.driver = driverName(driver);
            manifest.capacity = driver.capacity;
            manifest.kilometres = double(driver.distanceMetres) / 1000.0;
            manifest.minutes = int(std::lround(double(driver.durationSeconds) / 60.0));
            if (driver.startKind == u"home") {
                manifest.startPoint = driver.startLabel.isEmpty() ? tr("Home") : driver.startLabel;
                if (driver.start)
                    manifest.map.start = MapPoint{driver.start->latitude, driver.start->longitude};
                manifest.map.startLabel = tr("Start");
            } else {
                manifest.startPoint = tr("Pantry");
                manifest.map.start = pantry;
                manifest.map.startLabel = tr("Pantry");
            }
            manifest.map.returns = driver.returns;
            int number = 0;
            for (const runs::RunStop& stop : stopsOf(all, driver.id)) {
                PickupManifestData::Stop printed;
                printed.number = ++number;
                const Values supplier = stop.supplierId.isEmpty()
                                            ? Values()
                                            : m_store.record(u"suppliers", stop.supplierId);
                printed.supplier = supplier.value(u"name"_s, stop.name).toString();
                printed.address = stop.address;
                printed.contact = supplier.value(u"contact_name"_s).toString();
                if (!printOptions.initialsOnly)
                    printed.phone = supplier.value(u"phone"_s).toString();
                printed.collect = supplier.value(u"notes"_s).toString();
                if (!stop.offerId.isEmpty()) { // an offer to pick up: what, and their phone
                    if (const auto offer = requests::Requests(m_store).offer(stop.offerId)) {
                        printed.collect = offer->whatWithQuantity();
                        if (!printOptions.initialsOnly)
                            printed.phone = offer->phone;
                    }
                }
                printed.boxes = stop.boxes;
                if (stop.where)
                    manifest.map.stops << MapStop{
                        printed.number, MapPoint{stop.where->latitude, stop.where->longitude},
                        stop.placedByPostalArea};
                manifest.stops << printed;
            }
            manifests << manifest;
        }
    }
    if (routeNo && manifests.isEmpty())
        return Error::invalidInput(
            tr("There is no pickup route %1 on %2.").arg(*routeNo).arg(isoDate(date)),
            tr("Choose one of the routes planned that day: %1.").arg(numbers.join(u", "_s)));
    if (manifests.isEmpty())
        return Error::invalidInput(
            tr("No driver is on the pickup run of %1 yet.").arg(isoDate(date)),
            tr("Add the drivers and plan the routes first."));
    return manifests;
}

} // namespace larder::print
