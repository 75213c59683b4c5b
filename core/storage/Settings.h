#pragma once

#include "storage/Result.h"

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
