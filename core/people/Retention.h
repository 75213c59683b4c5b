// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace larder {
class Store;
}

namespace larder::people {

struct PurgeCandidate {
    QString id;
    QString chosenName;
    QDate closedSince;
};

struct PurgeReport {
    int purged = 0;            // households deleted
    int unlinked = 0;          // people who belonged to them (kept, unlinked)
    bool checkpointed = false; // the write-ahead log was folded into the file and emptied
};

// Keeps no household longer than it is needed: households closed for longer than the pantry's
// retention period (settings::HouseholdRetentionMonths, default 12) are purged. A purge deletes
// through the write API — a tombstone that travels through sync and scrubs the record's values
// from the operation log here and on every laptop that imports it — removes the record's rows
// from the conflict list, and then checkpoints the write-ahead log with TRUNCATE, so that (with
// SQLite's secure_delete on) the old values are gone from the bytes of the file and its log.
class Retention {
    Q_DECLARE_TR_FUNCTIONS(larder::people::Retention)

public:
    explicit Retention(Store& store);

    int retentionMonths() const; // the pantry's setting
    // Closed households whose status has not changed for more than `months` months (the
    // setting when negative), oldest first. A closed household without a date is listed as
    // closed since it was created.
    QList<PurgeCandidate> candidates(int months = -1) const;
    // Purges the candidates, in one write, then checkpoints. Nothing to purge is not an error.
    Result<PurgeReport> purgeClosed(int months = -1);
    // Purges exactly these households (e.g. the ones a coordinator ticked in the candidates).
    Result<PurgeReport> purge(const QStringList& householdIds);

    // Folds the write-ahead log into the file and truncates it, so deleted values do not linger
    // in old log frames. Call after importing a sync file that deleted records, too. False when a
    // reader kept part of the log busy (try again later).
    static bool checkpoint(Store& store);

private:
    Store& m_store;
};

} // namespace larder::people
