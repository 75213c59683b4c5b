// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/people/Retention.h"

#include "core/identity/Clock.h"
#include "core/people/Households.h"
#include "core/storage/Settings.h"
#include "core/storage/Sqlite.h"
#include "core/storage/Store.h"

using namespace Qt::StringLiterals;

namespace larder::people {

Retention::Retention(Store& store)
    : m_store(store) {}

int Retention::retentionMonths() const {
    return Settings(m_store).get(settings::HouseholdRetentionMonths);
}

QList<PurgeCandidate> Retention::candidates(int months) const {
    if (months < 0)
        months = retentionMonths();
    const QDate today = m_store.today();
    const QDate cutoff = today.addMonths(-months);
    QList<PurgeCandidate> list;
    // status and status_since are not sensitive: filtering them in SQL reads no personal data.
    m_store.readOrWarn(
        "SELECT id, chosen_name, coalesce(status_since, substr(created_at, 1, 10)) FROM "
        "households WHERE status = 'closed'",
        {}, [&list, &cutoff](const Row& row) {
            const QDate since = QDate::fromString(row.text(2).left(10), Qt::ISODate);
            if (since.isValid() && since < cutoff)
                list.append({row.text(0), row.text(1), since});
        });
    std::sort(list.begin(), list.end(), [](const PurgeCandidate& a, const PurgeCandidate& b) {
        return a.closedSince < b.closedSince;
    });
    return list;
}

Result<PurgeReport> Retention::purgeClosed(int months) {
    QStringList ids;
    for (const PurgeCandidate& candidate : candidates(months))
        ids << candidate.id;
    return purge(ids);
}

Result<PurgeReport> Retention::purge(const QStringList& householdIds) {
    PurgeReport report;
    // Freed space in the file is overwritten with zeros, whatever the SQLite build's default.
    try {
        m_store.connection().exec("PRAGMA secure_delete = ON");
    } catch (const sql::SqlError&) {
        return Error::storage(tr("Larder could not make SQLite erase deleted data."))
            .at(m_store.path());
    }
    if (!householdIds.isEmpty()) {
        auto ok = m_store.write([&](Writer& w) {
            for (const QString& id : householdIds) {
                if (m_store.record(u"households", id).isEmpty())
                    continue; // already gone (purged on another laptop)
                report.unlinked += Households::removeInside(w, id);
                ++report.purged;
            }
        });
        if (!ok)
            return ok.error();
    }
    report.checkpointed = checkpoint(m_store);
    return report;
}

bool Retention::checkpoint(Store& store) {
    try {
        auto statement = store.connection().prepare("PRAGMA wal_checkpoint(TRUNCATE)");
        if (!statement.step())
            return false;
        const bool busy = statement.int64(0) != 0;
        statement.reset();
        return !busy;
    } catch (const sql::SqlError&) {
        return false;
    }
}

} // namespace larder::people
