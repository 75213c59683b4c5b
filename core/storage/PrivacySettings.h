// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace larder {

class Store;

// A privacy setting another laptop made weaker, not yet in effect here.
struct PendingSetting {
    QString key;      // settings table id, e.g. "sheet_initials_only"
    QString label;    // what it is, for people
    QString inEffect; // the value this laptop uses until someone confirms, for people
    QString proposed; // the value that arrived by sync, for people
};

// The settings whose change can weaken privacy: route sheets with full names and phones
// (sheet_initials_only off), a longer retention of closed households, a later idle lock. A change
// made on this laptop takes effect at once and is recorded as agreed here; one that arrives by
// sync and is weaker than what this laptop agreed to (the default, when nobody here chose) waits
// until someone here confirms it: meanwhile Settings::get gives the agreed value. A stricter
// value takes effect at once, wherever it comes from. The agreed values live in the local table
// settings_confirmed, which is never synced.
class PrivacySettings {
    Q_DECLARE_TR_FUNCTIONS(larder::PrivacySettings)

public:
    explicit PrivacySettings(Store& store)
        : m_store(store) {}

    static bool isGuarded(QStringView key);

    // The value to use for `key` when the synced value is `synced` (invalid: not set): the value
    // this laptop agreed to when `synced` is weaker, otherwise nothing (use `synced`).
    std::optional<QVariant> heldBack(QStringView key, const QVariant& synced) const;
    // Records `value` as agreed on this laptop (Settings::set calls it for guarded keys).
    Result<void> agree(QStringView key, const QString& value);

    // Every guarded setting whose synced value waits for a confirmation here.
    QList<PendingSetting> pending() const;
    // Agrees to the synced value of `key`: it takes effect on this laptop.
    Result<void> confirm(const QString& key);

private:
    QVariant synced(QStringView key) const;
    Store& m_store;
};

} // namespace larder
