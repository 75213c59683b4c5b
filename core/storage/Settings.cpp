// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Settings.h"

#include "core/storage/PrivacySettings.h"
#include "core/storage/Store.h"

namespace larder {

QVariant Settings::rawValue(const char* key) const {
    QVariant value;
    m_store.readOrWarn("SELECT value FROM settings WHERE id = ?1", {QString::fromLatin1(key)},
                       [&value](const Row& row) { value = row[0]; });
    if (value.isNull())
        return {};
    // A privacy setting made weaker elsewhere waits for a confirmation here.
    if (const auto held = PrivacySettings(m_store).heldBack(QString::fromLatin1(key), value))
        return *held;
    return value;
}

Result<void> Settings::setRaw(const char* key, const QString& value) {
    const QString id = QString::fromLatin1(key);
    auto written = m_store.write([&](Writer& writer) {
        if (m_store.record(u"settings", id).isEmpty())
            writer.insert(u"settings", {{QStringLiteral("value"), value}}, id);
        else
            writer.update(u"settings", id, {{QStringLiteral("value"), value}});
    });
    if (!written || !PrivacySettings::isGuarded(id))
        return written;
    return PrivacySettings(m_store).agree(id, value); // chosen here: in effect here
}

} // namespace larder
