// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Result.h"
#include "core/sync/Replicator.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class QFileSystemWatcher;
class QTimer;

namespace larder::sync {

// A folder kept in step between laptops by Syncthing, Nextcloud or a shared drive. Each laptop
// writes its own file there (under a temporary name, then renamed) and imports the others' files
// when they change. Temporary files, sync-conflict copies and anything not ending in .lardersync
// are ignored, and the live database may never live in the folder.
//
// A laptop's file is named `larder-<first 12 hex digits of its site id>.lardersync`: nothing in
// the name tells which pantry or place wrote it. A file this laptop wrote under the old name
// (`<site-name>-<first 8 hex digits>.lardersync`) is removed when it next writes.
//
// A file that was refused (damaged, from another network, another passphrase, a newer Larder, or
// one that stopped Larder while it was read) is remembered by the SHA-256 of its bytes, in this
// laptop's own `meta` table (never synced): it is skipped, with its reason, until its bytes
// change, the Larder version changes, or the person asks to try the refused files again. At most
// MaxRefusals are kept, the newest.
//
// Not thread-safe (it uses the Store): one thread at a time, see ui/sync/StoreTask.h.
class SyncFolder : public QObject {
    Q_OBJECT

public:
    static constexpr const char* Suffix = ".lardersync";
    static constexpr int MaxRefusals = 200;

    SyncFolder(Store& store, Replicator& replicator, QObject* parent = nullptr);
    ~SyncFolder() override;

    // Checks the folder (exists, writable, does not hold the database) and remembers it.
    Result<void> setFolder(const QString& folder);
    QString folder() const { return m_folder; }
    // This laptop's file name in the folder: larder-<12 hex digits of the site id>.lardersync.
    QString ownFileName() const;
    // Whether `fileName` is one this laptop wrote under the name of an older Larder
    // (`<site-name>-<first 8 hex digits of the site id>.lardersync`).
    bool isOwnOldName(const QString& fileName) const;

    // Writes this laptop's file, unless the file in the folder already holds everything this
    // laptop holds (`force` writes anyway). Removes this laptop's old-named file. Returns the
    // path.
    Result<QString> exportNow(const QByteArray& passphrase, bool force = false,
                              const Replicator::Progress& progress = {});

    // A refused file, as remembered.
    struct Refusal {
        QString sha256;  // hex, of the file's bytes
        QString file;    // its name when it was refused (or last seen)
        QString stamp;   // size@modification time when last seen, to skip hashing it again
        QString at;      // ISO 8601 UTC, by the store's clock
        QString reason;  // the refusal's message and hint
        QString version; // the Larder that refused it; another version tries it again
    };
    // The remembered refusals this Larder honours, newest first.
    QList<Refusal> refusals() const;
    // Forgets them all: every file is tried again at the next round.
    void forgetRefusals();

    // Imports every other laptop's file that changed since it was last imported here.
    // `progress` is told which file is read (done = total = 0 first) and how far it is; false
    // cancels the round: the file being read changes nothing and the rest are left for later.
    using FileProgress = std::function<bool(const QString& path, qint64 done, qint64 total)>;
    struct Round {
        QStringList imported;
        QStringList unchanged;
        QList<Error> refused;      // refused now, each file's own reason; the others still import
        QList<Refusal> remembered; // skipped: refused before, bytes unchanged (file = its path)
        QList<ImportReport> reports;
        bool cancelled = false;
    };
    Round importChanged(const QByteArray& passphrase, const FileProgress& progress = {});

    // Files of the folder that are candidates for import (others' complete .lardersync files).
    QStringList candidates() const;
    static bool isIgnored(const QString& fileName);
    // Whether a candidate appeared or changed since it was last imported or refused (a cheap
    // look at sizes and times, nothing is read).
    bool hasNewFiles() const;

    // Watch the folder and emit filesChanged when another laptop's file arrives or changes
    // (debounced; this laptop's own writes do not count).
    void watch(bool enabled);

Q_SIGNALS:
    void filesChanged();

private:
    static QString stamp(const QString& path);
    static QString sha256Of(const QString& path);
    QList<Refusal> storedRefusals() const;
    void storeRefusals(const QList<Refusal>& refusals);
    void remember(const Refusal& refusal);
    void setMetaNow(const QByteArray& key, const QVariant& value);
    QString nowIso() const;
    QString exportedState() const;

    Store& m_store;
    Replicator& m_replicator;
    QString m_folder;
    QFileSystemWatcher* m_watcher = nullptr;
    QTimer* m_debounce = nullptr;
};

} // namespace larder::sync
