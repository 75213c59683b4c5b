// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace larder {

// A folder that a sync client (Dropbox, OneDrive, Google Drive, iCloud Drive, Nextcloud, ...)
// copies to the cloud or to other computers. A pantry file or its backups inside one leave the
// laptop, however well the laptop is kept, and a database copied while it is open can arrive
// damaged: the app and `larder-cli check` warn and name the folder.
struct CloudFolder {
    QString service; // "Dropbox", "OneDrive", "Google Drive", "iCloud Drive", ...
    QString folder;  // the synced folder: `path` up to the component that gave it away
};

// The synced folder `path` (a file or a folder, Windows, macOS or Unix style, with / or \) sits
// in, judged by the names of its components alone, case-insensitively: "Dropbox", "Dropbox
// (Acme)", "OneDrive", "OneDrive - Acme", "Google Drive", "My Drive", "iCloud Drive", "Mobile
// Documents", "Nextcloud", "ownCloud", "pCloud Drive", "Box Sync", "MEGAsync", and any folder in
// macOS's Library/CloudStorage; "Box" and "MEGA" only right inside a home folder (Users/NAME or
// home/NAME), where their clients put them. Whole components only: "dropboxes-of-food.larder"
// is no Dropbox. The outermost match wins. Pure: never looks at the disk.
std::optional<CloudFolder> cloudFolderInPath(QStringView path);

// cloudFolderInPath() of `path` as given, made absolute, and with its links resolved (as far as
// it exists); then the marker files sync clients leave in the folder they sync, in `path`'s
// ancestors: a `.dropbox` file (Dropbox), `.nextcloudsync.log` (Nextcloud),
// `.owncloudsync.log` (ownCloud), `.sync/ID` (Resilio Sync), `.stfolder` (Syncthing). A few
// stat calls per ancestor; nothing is read or written.
std::optional<CloudFolder> findCloudFolder(const QString& path);

} // namespace larder
