// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace larder {

class Store;

// One backup file: a whole, ordinary Larder file taken at `takenAt` (UTC).
struct BackupInfo {
    QString path;
    QDateTime takenAt;
    qint64 bytes = 0;
};

// Which backups rotation keeps. By default the newest backup of each of the last `daily` days
// that have one, and the newest of each of the last `weekly` ISO weeks that have one (the two
// sets overlap for recent weeks). `newest` > 0 replaces both: exactly the newest N are kept.
struct BackupPolicy {
    int daily = 7;
    int weekly = 4;
    int newest = 0;
};

// What one backup (or one rotation) did.
struct RotationReport {
    std::optional<BackupInfo> taken; // the new backup, when one was taken
    QStringList deleted;             // backups past the policy, removed
    QStringList scrubbed;            // kept backups rewritten without records deleted since
};

// Takes and rotates backups of one open pantry file.
//
// A backup is a consistent snapshot of the live file made with SQLite's VACUUM INTO (no free
// pages, no write-ahead log), written under a temporary name and renamed to
// `<stem>-YYYYMMDD-HHMMSS.larder` (UTC) in the backups folder, by default `<file>.backups/` next
// to the database. It holds exactly what the live file holds, encoded the same way.
//
// Rotation runs after each new backup: backups beyond the policy are deleted, and every kept
// backup that still holds a record deleted (purged, or deleted by hand) in the live file since
// it was taken gets the deletion applied — the row removed, its values scrubbed from the
// operation log and the conflict list, references to it emptied, the outcome notes of its route
// stops cleared — then is compacted with VACUUM INTO and renamed over the old file. So a purged
// household is gone from every backup after the next rotation. Deletions are applied for tables
// that hold personal data only; stock history in a backup stays as it was.
//
// Restoring is opening a copy of a backup: it is a normal Larder file, and it takes a new site
// id when it finds itself copied (see Store::open).
class Backups {
    Q_DECLARE_TR_FUNCTIONS(larder::Backups)

public:
    // `folder` empty: `<database>.backups` next to the database.
    explicit Backups(Store& store, const QString& folder = {});

    QString folder() const { return m_folder; }
    static QString defaultFolder(const QString& databasePath);

    // The backups in the folder, newest first.
    QList<BackupInfo> list() const;
    // The newest backup, if any.
    std::optional<BackupInfo> latest() const;

    // Takes a backup now, then rotates.
    Result<RotationReport> take(const BackupPolicy& policy = {});
    // Takes a backup (and rotates) only when the newest is older than `maxAgeMs` or there is
    // none: what the app calls when it opens a file. Returns a report without `taken` otherwise.
    Result<RotationReport> takeIfDue(qint64 maxAgeMs = 24LL * 3600 * 1000,
                                     const BackupPolicy& policy = {});
    // Deletes backups beyond the policy and scrubs the kept ones.
    Result<RotationReport> rotate(const BackupPolicy& policy = {});
    // Applies the live file's deletions to one backup file. True when it was rewritten, false
    // when it held nothing deleted since.
    Result<bool> scrub(const QString& backupPath);

    // Backups that still hold personal values unsealed, newest first: taken before the pantry
    // had its passphrase, or before a newer schema made more columns personal. Empty while the
    // pantry itself has no passphrase (then every backup is as plain as the file).
    QList<BackupInfo> unprotected() const;
    // Deletes the unprotected backups (their bytes overwritten with zeros first, which helps on
    // disks that write in place) and takes a new, sealed backup in their place. The report's
    // `deleted` names them. Refused while the pantry has no passphrase or is locked.
    Result<RotationReport> replaceUnprotected(const BackupPolicy& policy = {});

    // Which of `backups` (any order) the policy keeps; the rest are deleted by rotation.
    static QList<BackupInfo> kept(QList<BackupInfo> backups, const BackupPolicy& policy);

private:
    // What to do when a backup cannot be written: free space, or a folder that can be written.
    QString writeHint() const;

    Store& m_store;
    QString m_folder;
};

} // namespace larder
