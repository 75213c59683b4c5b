// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Result.h"

#include <QString>
#include <QVariant>

namespace larder {

class Store;

// A pantry-wide setting: its key in the settings table and its default, declared once.
template <typename T> struct Setting {
    const char* key;
    T defaultValue;
};

// Every pantry-wide setting Larder has. Per-laptop preferences (window size, last file) live in
// QSettings in ui/, not here.
namespace settings {
inline constexpr Setting<int> ExpiryWarningDays{"expiry_warning_days", 7};
inline constexpr Setting<int> MaxIntakeQuantity{"max_intake_quantity", 100000};
inline constexpr Setting<bool> DatesMonthFirst{"dates_month_first", false}; // 12/5 = Dec 5
// Closed households are purged after this many months (people/Retention).
inline constexpr Setting<int> HouseholdRetentionMonths{"household_retention_months", 12};
// The app locks the household details after this many minutes without a key or a click.
inline constexpr Setting<int> LockAfterMinutes{"lock_after_minutes", 10};

// The pantry itself, printed on route sheets and used as the depot for routes.
inline const Setting<QString> PantryName{"pantry_name", QString()};
inline const Setting<QString> PantryAddress{"pantry_address", QString()};
inline const Setting<QString> PantryPhone{"pantry_phone", QString()};
inline const Setting<QString> PantryCoordinates{"pantry_coordinates", QString()}; // "lat, lon"

// Route planning (core/runs, core/routing).
inline constexpr Setting<double> RoadFactor{"road_factor", 1.3}; // road ÷ straight-line distance
inline constexpr Setting<double> AverageSpeedKmh{"average_speed_kmh", 25.0};
inline constexpr Setting<int> ServiceMinutesPerStop{"service_minutes_per_stop", 5};
inline constexpr Setting<int> DefaultMaxStops{"default_max_stops", 12};
// Keeping a household with the driver who delivered to it last time is worth this many metres
// of extra driving; 0 turns the preference off.
inline constexpr Setting<int> ConsistencyMetres{"consistency_metres", 1500};
inline constexpr Setting<int> PlanTimeLimitMs{"plan_time_limit_ms", 1000};
// What planning aims for: "share" the day among every driver who came (each gets stops, and the
// routes' minutes and boxes are evened out as far as that is worth its detours), or "distance":
// the fewest kilometres, even when some drivers get nothing.
inline const Setting<QString> RouteGoal{"route_goal", QStringLiteral("share")};
// When the routes leave ("HH:mm", local time): households' preferred windows are clock times.
inline const Setting<QString> RoutesLeaveAt{"routes_leave_at", QStringLiteral("10:00")};
// Households' preferred delivery windows: "soft" (planned for; a stop may be late, at
// LateMinuteMetres per minute) or "hard" (a stop that cannot be reached in its window is left off
// the routes for the coordinator).
inline const Setting<QString> TimeWindows{"time_windows", QStringLiteral("soft")};
inline constexpr Setting<int> LateMinuteMetres{"late_minute_metres", 1000};

// Route sheets (print/).
inline constexpr Setting<bool> SheetInitialsOnly{"sheet_initials_only", false}; // and no phones
// The compact route sheet (one row a stop: a 12-stop route on two pages) by default.
inline constexpr Setting<bool> SheetCompact{"sheet_compact", false};
inline const Setting<QString> PaperSize{"paper_size", QStringLiteral("letter")}; // letter, a4
// The language papers print in ("en", "es", "ar"); empty: the language of the window that prints.
// A driver may read Spanish while the coordinator works in English.
inline const Setting<QString> SheetLanguage{"sheet_language", QString()};
} // namespace settings

// Reads and writes the settings table (synced between laptops like any record).
class Settings {
public:
    explicit Settings(Store& store)
        : m_store(store) {}

    template <typename T> T get(const Setting<T>& setting) const {
        const QVariant raw = rawValue(setting.key);
        if (!raw.isValid())
            return setting.defaultValue;
        return raw.value<T>();
    }

    template <typename T> Result<void> set(const Setting<T>& setting, const T& value) {
        return setRaw(setting.key, QVariant::fromValue(value).toString());
    }

private:
    QVariant rawValue(const char* key) const;
    Result<void> setRaw(const char* key, const QString& value);

    Store& m_store;
};

} // namespace larder
