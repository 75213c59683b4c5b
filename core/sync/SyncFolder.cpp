// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/SyncFolder.h"

#include "core/storage/Sqlite.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace larder::sync {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(larder::sync::SyncFolder)
};

} // namespace

SyncFolder::SyncFolder(Store& store, Replicator& replicator, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_replicator(replicator) {}

SyncFolder::~SyncFolder() = default;

Result<void> SyncFolder::setFolder(const QString& folder) {
    const QFileInfo info(folder);
    if (!info.exists() || !info.isDir())
        return Error::make(Error::Kind::NotFound, Tr::tr("This folder does not exist."),
                           Tr::tr("Choose the folder that Syncthing or Nextcloud keeps in step."))
            .at(folder);
    const QString canonical = info.canonicalFilePath();
    const QString database = QFileInfo(m_store.path()).canonicalFilePath();
    if (database.startsWith(canonical + u'/'))
        return Error::invalidInput(Tr::tr("The pantry's own database is inside this folder."),
                                   Tr::tr("A live database must never be synced as a file: keep it "
                                          "elsewhere, and use this folder only for sync files."))
            .at(folder);
    QFile probe(QDir(canonical).filePath(u".larder-write-test"_s));
    if (!probe.open(QIODevice::WriteOnly))
        return Error::make(Error::Kind::ReadOnlyFolder,
                           Tr::tr("Larder cannot write in this folder."),
                           Tr::tr("Choose a folder you can write to."))
            .at(folder);
    probe.close();
    probe.remove();
    m_folder = canonical;
    if (m_watcher)
        watch(true);
    return {};
}

QString SyncFolder::ownFileName() const {
    QString name = m_store.siteName().toLower();
    name.replace(QRegularExpression(u"[^a-z0-9]+"_s), u"-"_s);
    name.remove(QRegularExpression(u"^-+|-+$"_s));
    if (name.isEmpty())
        name = u"pantry"_s;
    return name + u'-' + m_store.siteId().left(8) + QLatin1String(Suffix);
}

bool SyncFolder::isIgnored(const QString& fileName) {
    if (!fileName.endsWith(QLatin1String(Suffix)))
        return true; // QSaveFile's and Syncthing's temporary names end otherwise
    if (fileName.startsWith(u'.') || fileName.startsWith(u'~'))
        return true;
    if (fileName.contains(u".sync-conflict-"_s) || fileName.contains(u"(conflicted copy"_s) ||
        fileName.contains(u"_conflict-"_s))
        return true;
    return false;
}

QStringList SyncFolder::candidates() const {
    QStringList files;
    if (m_folder.isEmpty())
        return files;
    const QString own = ownFileName();
    for (const QFileInfo& info : QDir(m_folder).entryInfoList(QDir::Files, QDir::Name)) {
        if (info.fileName() == own || isIgnored(info.fileName()))
            continue;
        files << info.absoluteFilePath();
    }
    return files;
}

Result<QString> SyncFolder::exportNow(const QByteArray& passphrase) {
    if (m_folder.isEmpty())
        return Error::invalidInput(Tr::tr("No sync folder is set."));
    const QString path = QDir(m_folder).filePath(ownFileName());
    auto exported = m_replicator.exportFile(path, passphrase);
    if (!exported)
        return exported.error();
    return path;
}

QString SyncFolder::fingerprint(const QString& path) const {
    const QFileInfo info(path);
    return QString::number(info.size()) + u'@' +
           QString::number(info.lastModified().toMSecsSinceEpoch());
}

SyncFolder::Round SyncFolder::importChanged(const QByteArray& passphrase) {
    Round round;
    for (const QString& path : candidates()) {
        const QString key = u"folder_seen:"_s + QFileInfo(path).fileName();
        const QString seen = m_store.meta(key.toUtf8().constData()).toString();
        const QString now = fingerprint(path);
        if (seen == now) {
            round.unchanged << path;
            continue;
        }
        auto report = m_replicator.importFile(path, passphrase);
        if (!report) {
            round.refused << report.error();
            continue; // a half-copied file is refused now and tried again when it changes
        }
        round.imported << path;
        round.reports << report.value();
        try {
            sql::Transaction transaction(*m_store.m_db);
            m_store.setMeta(key.toUtf8().constData(), now);
            transaction.commit();
        } catch (const sql::SqlError&) {
            // Not remembering only means importing the same file again: a no-op.
        }
    }
    return round;
}

void SyncFolder::watch(bool enabled) {
    if (!enabled) {
        delete m_watcher;
        m_watcher = nullptr;
        return;
    }
    if (!m_watcher) {
        m_watcher = new QFileSystemWatcher(this);
        m_debounce = new QTimer(this);
        m_debounce->setSingleShot(true);
        m_debounce->setInterval(2000); // let a sync tool finish writing
        connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_debounce,
                qOverload<>(&QTimer::start));
        connect(m_watcher, &QFileSystemWatcher::fileChanged, m_debounce,
                qOverload<>(&QTimer::start));
        connect(m_debounce, &QTimer::timeout, this, &SyncFolder::filesChanged);
    }
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    if (!m_folder.isEmpty())
        m_watcher->addPath(m_folder);
}

} // namespace larder::sync
