// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/PrivacySettings.h"

#include "core/storage/Settings.h"
#include "core/storage/Sqlite.h"
#include "core/storage/Store.h"

using namespace Qt::StringLiterals;

namespace larder {

namespace {

// One guarded setting: its key, its default as stored text, what it is, and which of two values
// is the more private.
struct Guard {
    QString key;
    QString defaultText;
    const char* label;
    bool (*morePrivate)(const QString& a, const QString& b); // a is more private than b
};

bool isOn(const QString& value) {
    return value == u"true" || value == u"1";
}

bool onIsMorePrivate(const QString& a, const QString& b) {
    return isOn(a) && !isOn(b);
}

bool smallerIsMorePrivate(const QString& a, const QString& b) {
    bool okA = false, okB = false;
    const double x = a.toDouble(&okA), y = b.toDouble(&okB);
    return okA && okB && x < y;
}

template <typename T> QString stored(const T& value) {
    return QVariant::fromValue(value).toString();
}

const QList<Guard>& guards() {
    static const QList<Guard> all{
        {QString::fromLatin1(settings::SheetInitialsOnly.key),
         stored(settings::SheetInitialsOnly.defaultValue),
         QT_TRANSLATE_NOOP("larder::PrivacySettings",
                           "Route sheets show initials only, no phone numbers"),
         onIsMorePrivate},
        {QString::fromLatin1(settings::HouseholdRetentionMonths.key),
         stored(settings::HouseholdRetentionMonths.defaultValue),
         QT_TRANSLATE_NOOP("larder::PrivacySettings",
                           "Months a closed household is kept before it is erased"),
         smallerIsMorePrivate},
        {QString::fromLatin1(settings::LockAfterMinutes.key),
         stored(settings::LockAfterMinutes.defaultValue),
         QT_TRANSLATE_NOOP("larder::PrivacySettings",
                           "Minutes without use before the details lock"),
         smallerIsMorePrivate},
    };
    return all;
}

const Guard* guardOf(QStringView key) {
    for (const Guard& guard : guards()) {
        if (guard.key == key)
            return &guard;
    }
    return nullptr;
}

} // namespace

bool PrivacySettings::isGuarded(QStringView key) {
    return guardOf(key) != nullptr;
}

QVariant PrivacySettings::synced(QStringView key) const {
    QVariant value;
    m_store.readOrWarn("SELECT value FROM settings WHERE id = ?1", {key.toString()},
                       [&value](const Row& row) { value = row[0]; });
    return value.isNull() ? QVariant() : value;
}

std::optional<QVariant> PrivacySettings::heldBack(QStringView key,
                                                  const QVariant& syncedValue) const {
    const Guard* guard = guardOf(key);
    if (!guard || !syncedValue.isValid())
        return std::nullopt;
    QVariant agreed;
    m_store.readOrWarn("SELECT value FROM settings_confirmed WHERE id = ?1", {key.toString()},
                       [&agreed](const Row& row) { agreed = row[0]; });
    const QString agreedText = agreed.isNull() ? guard->defaultText : agreed.toString();
    if (!guard->morePrivate(agreedText, syncedValue.toString()))
        return std::nullopt;
    return agreed.isNull() ? QVariant() : agreed; // invalid: the default
}

Result<void> PrivacySettings::agree(QStringView key, const QString& value) {
    try {
        auto& statement = m_store.connection().cached(
            "INSERT OR REPLACE INTO settings_confirmed (id, value) VALUES (?1, ?2)");
        statement.bindAll(key.toString(), value).run();
    } catch (const sql::SqlError& e) {
        return Error::storage(e.message()).at(m_store.path());
    }
    return {};
}

QList<PendingSetting> PrivacySettings::pending() const {
    QList<PendingSetting> list;
    for (const Guard& guard : guards()) {
        const QVariant value = synced(guard.key);
        const auto held = heldBack(guard.key, value);
        if (!held)
            continue;
        const auto shown = [&guard](const QString& text) {
            if (guard.morePrivate != onIsMorePrivate)
                return text;
            return isOn(text) ? tr("on") : tr("off");
        };
        list.append({guard.key, tr(guard.label),
                     shown(held->isValid() ? held->toString() : guard.defaultText),
                     shown(value.toString())});
    }
    return list;
}

Result<void> PrivacySettings::confirm(const QString& key) {
    const Guard* guard = guardOf(key);
    if (!guard)
        return Error::invalidInput(
            tr("\"%1\" is not a setting that waits for confirmation.").arg(key));
    const QVariant value = synced(key);
    if (!value.isValid())
        return {};
    return agree(key, value.toString());
}

} // namespace larder
