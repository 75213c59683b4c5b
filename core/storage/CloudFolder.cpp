// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/CloudFolder.h"

#include <QDir>
#include <QFileInfo>
#include <QList>
#include <QRegularExpression>

#include <iterator>

using namespace Qt::StringLiterals;

namespace larder {

namespace {

struct Component {
    QString lower;     // the name, lower case
    qsizetype start{}; // where it starts in the path
    qsizetype end{};   // and where it ends
};

QList<Component> components(QStringView path) {
    QList<Component> list;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= path.size(); ++i) {
        if (i < path.size() && path.at(i) != u'/' && path.at(i) != u'\\')
            continue;
        if (i > start)
            list.append({path.mid(start, i - start).toString().toLower(), start, i});
        start = i + 1;
    }
    return list;
}

// Folder names a sync client gives the folder it syncs (lower case, the whole name), anywhere.
struct Named {
    const char16_t* name;
    const char* service;
};
constexpr Named ExactNames[] = {
    {u"dropbox", "Dropbox"},
    {u"onedrive", "OneDrive"},
    {u"skydrive", "OneDrive"},
    {u"google drive", "Google Drive"},
    {u"my drive", "Google Drive"},
    {u"shared drives", "Google Drive"},
    {u"mi unidad", "Google Drive"},
    {u"unidades compartidas", "Google Drive"},
    {u"mon drive", "Google Drive"},
    {u"meine ablage", "Google Drive"},
    {u"meu drive", "Google Drive"},
    {u"icloud drive", "iCloud Drive"},
    {u"iclouddrive", "iCloud Drive"},
    {u"mobile documents", "iCloud Drive"},
    {u"com~apple~clouddocs", "iCloud Drive"},
    {u"nextcloud", "Nextcloud"},
    {u"owncloud", "ownCloud"},
    {u"pcloud drive", "pCloud"},
    {u"pclouddrive", "pCloud"},
    {u"pcloud sync", "pCloud"},
    {u"box sync", "Box"},
    {u"megasync", "MEGA"},
    {u"yandex.disk", "Yandex Disk"},
    {u"seadrive", "Seafile"},
    {u"seafile", "Seafile"},
    {u"tresorit", "Tresorit"},
    {u"tresorit drive", "Tresorit"},
    {u"proton drive", "Proton Drive"},
    {u"creative cloud files", "Creative Cloud"},
};

// Names too plain to trust anywhere: only right inside a home folder, where the client puts them.
constexpr Named HomeNames[] = {
    {u"box", "Box"},
    {u"mega", "MEGA"},
};

// macOS's Library/CloudStorage holds one folder per provider and account: "OneDrive-Acme",
// "GoogleDrive-ana@example.org", "Dropbox", "Box-Box". The service from the folder's name.
constexpr Named CloudStoragePrefixes[] = {
    {u"onedrive", "OneDrive"},   {u"googledrive", "Google Drive"},
    {u"dropbox", "Dropbox"},     {u"box", "Box"},
    {u"icloud", "iCloud Drive"}, {u"protondrive", "Proton Drive"},
    {u"pcloud", "pCloud"},       {u"mega", "MEGA"},
    {u"nextcloud", "Nextcloud"}, {u"owncloud", "ownCloud"},
};

QString serviceOf(const QString& lower) {
    for (const Named& named : ExactNames) {
        if (lower == QStringView(named.name))
            return QString::fromLatin1(named.service);
    }
    // "Dropbox (Acme)", "OneDrive - Acme", "Nextcloud2", "ownCloud - ana@cloud.example.org".
    static const QRegularExpression patterns[] = {
        QRegularExpression(u"^dropbox \\(.+\\)$"_s),
        QRegularExpression(u"^onedrive( - .+| \\(.+\\))$"_s),
        QRegularExpression(u"^nextcloud(\\d+| - .+| \\(.+\\))$"_s),
        QRegularExpression(u"^owncloud(\\d+| - .+| \\(.+\\))$"_s),
    };
    static const char* const services[] = {"Dropbox", "OneDrive", "Nextcloud", "ownCloud"};
    for (int i = 0; i < int(std::size(patterns)); ++i) {
        if (patterns[i].match(lower).hasMatch())
            return QString::fromLatin1(services[i]);
    }
    return {};
}

QString cloudStorageService(const QString& lower) {
    for (const Named& named : CloudStoragePrefixes) {
        if (lower.startsWith(QStringView(named.name)))
            return QString::fromLatin1(named.service);
    }
    return {};
}

// The deepest part of `path` that exists, with its links resolved, and the rest as it was.
QString resolved(const QString& absolute) {
    QString existing = absolute;
    QString rest;
    while (!existing.isEmpty() && !QFileInfo::exists(existing)) {
        const qsizetype slash = existing.lastIndexOf(u'/');
        if (slash <= 0)
            return absolute;
        rest.prepend(existing.mid(slash));
        existing.truncate(slash);
    }
    const QString canonical = QFileInfo(existing).canonicalFilePath();
    return canonical.isEmpty() ? absolute : canonical + rest;
}

// The folder a sync client marks as the one it syncs: `path`'s own folder or one above it.
std::optional<CloudFolder> markedFolder(const QString& path) {
    const QFileInfo info(path);
    QString folder = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    while (true) {
        const QDir dir(folder);
        // Dropbox's marker is a file; ~/.dropbox, its settings, is a folder and proves nothing.
        if (QFileInfo(dir.filePath(u".dropbox"_s)).isFile())
            return CloudFolder{u"Dropbox"_s, folder};
        if (QFileInfo::exists(dir.filePath(u".nextcloudsync.log"_s)))
            return CloudFolder{u"Nextcloud"_s, folder};
        if (QFileInfo::exists(dir.filePath(u".owncloudsync.log"_s)))
            return CloudFolder{u"ownCloud"_s, folder};
        if (QFileInfo(dir.filePath(u".sync/ID"_s)).isFile())
            return CloudFolder{u"Resilio Sync"_s, folder};
        if (QFileInfo(dir.filePath(u".stfolder"_s)).isDir())
            return CloudFolder{u"Syncthing"_s, folder};
        const QString parent = QFileInfo(folder).path();
        if (parent == folder || parent.isEmpty() || parent == u"."_s)
            return std::nullopt;
        folder = parent;
    }
}

} // namespace

std::optional<CloudFolder> cloudFolderInPath(QStringView path) {
    const QList<Component> parts = components(path);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString& name = parts.at(i).lower;
        QString service = serviceOf(name);
        if (service.isEmpty() && i >= 2 && parts.at(i - 1).lower == u"cloudstorage" &&
            parts.at(i - 2).lower == u"library") {
            service = cloudStorageService(name);
            if (service.isEmpty()) // a provider Larder does not know: its name, up to the dash
                service = path.mid(parts.at(i).start, parts.at(i).end - parts.at(i).start)
                              .toString()
                              .section(u'-', 0, 0);
        }
        if (service.isEmpty() && i >= 2 &&
            (parts.at(i - 2).lower == u"users" || parts.at(i - 2).lower == u"home")) {
            for (const Named& named : HomeNames) {
                if (name == QStringView(named.name))
                    service = QString::fromLatin1(named.service);
            }
        }
        if (!service.isEmpty())
            return CloudFolder{service, path.left(parts.at(i).end).toString()};
    }
    return std::nullopt;
}

std::optional<CloudFolder> findCloudFolder(const QString& path) {
    if (path.isEmpty())
        return std::nullopt;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (auto found = cloudFolderInPath(absolute))
        return found;
    const QString real = resolved(absolute);
    if (real != absolute) {
        if (auto found = cloudFolderInPath(real))
            return found;
    }
    return markedFolder(real);
}

} // namespace larder
