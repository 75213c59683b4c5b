// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Result.h"
#include "core/sync/Replicator.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QStringList>

class QFileSystemWatcher;
class QTimer;

namespace larder::sync {

// A folder kept in step between laptops by Syncthing, Nextcloud or a shared drive. Each laptop
// writes its own file there (under a temporary name, then renamed) and imports the others' files
// when they change. Temporary files, sync-conflict copies and anything not ending in .lardersync
// are ignored, and the live database may never live in the folder.
class SyncFolder : public QObject {
    Q_OBJECT

public:
    static constexpr const char* Suffix = ".lardersync";

    SyncFolder(Store& store, Replicator& replicator, QObject* parent = nullptr);
    ~SyncFolder() override;

    // Checks the folder (exists, writable, does not hold the database) and remembers it.
    Result<void> setFolder(const QString& folder);
    QString folder() const { return m_folder; }
    // This laptop's file name in the folder.
    QString ownFileName() const;

    // Writes this laptop's file. Returns its path.
    Result<QString> exportNow(const QByteArray& passphrase);
    // Imports every other laptop's file that changed since it was last imported here.
    struct Round {
        QStringList imported;
        QStringList unchanged;
        QList<Error> refused; // each file's own reason; the others still import
        QList<ImportReport> reports;
    };
    Round importChanged(const QByteArray& passphrase);

    // Files of the folder that are candidates for import (others' complete .lardersync files).
    QStringList candidates() const;
    static bool isIgnored(const QString& fileName);

    // Watch the folder and emit filesChanged when something in it changes (debounced).
    void watch(bool enabled);

Q_SIGNALS:
    void filesChanged();

private:
    QString fingerprint(const QString& path) const;

    Store& m_store;
    Replicator& m_replicator;
    QString m_folder;
    QFileSystemWatcher* m_watcher = nullptr;
    QTimer* m_debounce = nullptr;
};

} // namespace larder::sync
