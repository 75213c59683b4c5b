// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/SyncFolder.h"

#include "core/identity/Clock.h"
#include "core/storage/Sqlite.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace larder::sync {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(larder::sync::SyncFolder)
};

// meta keys (this laptop's own table, never synced)
constexpr const char* RefusalsKey = "folder_refusals"; // JSON array, newest first
constexpr const char* TryingKey = "folder_trying";     // the file being imported now
constexpr const char* ExportedKey = "folder_exported"; // what this laptop's file holds
const QString SeenPrefix = u"folder_seen:"_s;          // + file name: stamp when imported

const QString ThisVersion = QStringLiteral(LARDER_VERSION);

QJsonObject toJson(const SyncFolder::Refusal& r) {
    return {{u"sha256"_s, r.sha256}, {u"file"_s, r.file},     {u"stamp"_s, r.stamp},
            {u"at"_s, r.at},         {u"reason"_s, r.reason}, {u"version"_s, r.version}};
}

SyncFolder::Refusal fromJson(const QJsonObject& o) {
    return {o.value(u"sha256"_s).toString(), o.value(u"file"_s).toString(),
            o.value(u"stamp"_s).toString(),  o.value(u"at"_s).toString(),
            o.value(u"reason"_s).toString(), o.value(u"version"_s).toString()};
}

bool remembers(Error::Kind kind) {
    // A cancel is the person's choice, and a file that cannot be read now (gone, locked) is
    // tried again; every other refusal is about the file's bytes.
    return kind != Error::Kind::Cancelled && kind != Error::Kind::NotFound;
}

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
    return u"larder-"_s + m_store.siteId().left(12).toLower() + QLatin1String(Suffix);
}

bool SyncFolder::isOwnOldName(const QString& fileName) const {
    const QString prefix = m_store.siteId().left(8);
    return prefix.size() == 8 && fileName != ownFileName() &&
           fileName.endsWith(u'-' + prefix + QLatin1String(Suffix));
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
        if (info.fileName() == own || isOwnOldName(info.fileName()) || isIgnored(info.fileName()))
            continue;
        files << info.absoluteFilePath();
    }
    return files;
}

QString SyncFolder::exportedState() const {
    // Everything that changes what this laptop's file would hold: the operations it holds (its
    // version vector and its own last one), the revocations it carries, the network's passphrase
    // (its verifier and the pantry's wrapped key change with it) and the Larder that writes the
    // format.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto vector = m_replicator.versionVector();
    for (auto it = vector.cbegin(); it != vector.cend(); ++it)
        hash.addData((it.key() + u'=' + QString::number(it.value()) + u';').toUtf8());
    hash.addData(QByteArray::number(m_store.lastSeq())); // its own, signed at export
    hash.addData(m_store.m_db->scalar("SELECT count(revocation) FROM sync_sites")
                     .toString()
                     .toUtf8()); // who was revoked
    hash.addData(m_store.meta("passphrase_check").toByteArray());
    hash.addData(m_store.meta("data_key").toByteArray());
    hash.addData(m_store.networkId().toUtf8());
    hash.addData(ThisVersion.toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

Result<QString> SyncFolder::exportNow(const QByteArray& passphrase, bool force,
                                      const Replicator::Progress& progress) {
    if (m_folder.isEmpty())
        return Error::invalidInput(Tr::tr("No sync folder is set."));
    const QString path = QDir(m_folder).filePath(ownFileName());
    // Writing an unchanged file again would only make every other laptop read it again (and,
    // with "sync when files arrive", answer with its own file, round after round).
    const QString state = exportedState();
    const QString written = state + u' ' + stamp(path);
    if (force || !QFileInfo::exists(path) || m_store.meta(ExportedKey).toString() != written) {
        auto exported = m_replicator.exportFile(path, passphrase, {}, progress);
        if (!exported)
            return exported.error();
        // The export signs what it holds (the version vector grows by it): the state after.
        setMetaNow(ExportedKey, QString(exportedState() + u' ' + stamp(path)));
    }
    // Files this laptop wrote under its old name go once the new one is there: one file per
    // laptop, named by nobody.
    for (const QFileInfo& info : QDir(m_folder).entryInfoList(QDir::Files)) {
        if (isOwnOldName(info.fileName()))
            QFile::remove(info.absoluteFilePath());
    }
    return path;
}

QString SyncFolder::stamp(const QString& path) {
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    return QString::number(info.size()) + u'@' +
           QString::number(info.lastModified().toMSecsSinceEpoch());
}

QString SyncFolder::sha256Of(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

QString SyncFolder::nowIso() const {
    return QDateTime::fromMSecsSinceEpoch(m_store.clock().nowMs(), Qt::UTC)
        .toString(Qt::ISODateWithMs);
}

void SyncFolder::setMetaNow(const QByteArray& key, const QVariant& value) {
    try {
        sql::Transaction transaction(*m_store.m_db);
        m_store.setMeta(key.constData(), value);
        transaction.commit();
    } catch (const sql::SqlError&) {
        // Not remembering only means reading a file again, or writing this laptop's again.
    }
}

QList<SyncFolder::Refusal> SyncFolder::storedRefusals() const {
    QList<Refusal> list;
    const QJsonArray array =
        QJsonDocument::fromJson(m_store.meta(RefusalsKey).toByteArray()).array();
    for (const QJsonValue& value : array)
        list.append(fromJson(value.toObject()));
    return list;
}

void SyncFolder::storeRefusals(const QList<Refusal>& refusals) {
    QJsonArray array;
    for (const Refusal& refusal : refusals) {
        if (array.size() >= MaxRefusals)
            break;
        array.append(toJson(refusal));
    }
    setMetaNow(RefusalsKey, array.isEmpty()
                                ? QVariant()
                                : QVariant(QJsonDocument(array).toJson(QJsonDocument::Compact)));
}

void SyncFolder::remember(const Refusal& refusal) {
    QList<Refusal> list = storedRefusals();
    list.removeIf([&](const Refusal& r) { return r.sha256 == refusal.sha256; });
    list.prepend(refusal);
    storeRefusals(list);
}

QList<SyncFolder::Refusal> SyncFolder::refusals() const {
    QList<Refusal> list = storedRefusals();
    list.removeIf([](const Refusal& r) { return r.version != ThisVersion; });
    return list;
}

void SyncFolder::forgetRefusals() {
    storeRefusals({});
}

bool SyncFolder::hasNewFiles() const {
    const QList<Refusal> refused = refusals();
    for (const QString& path : candidates()) {
        const QString now = stamp(path);
        const QString name = QFileInfo(path).fileName();
        if (m_store.meta((SeenPrefix + name).toUtf8().constData()).toString() == now)
            continue;
        const bool knownRefused = std::any_of(refused.cbegin(), refused.cend(), [&](const auto& r) {
            return r.file == name && r.stamp == now;
        });
        if (!knownRefused)
            return true;
    }
    return false;
}

SyncFolder::Round SyncFolder::importChanged(const QByteArray& passphrase,
                                            const FileProgress& progress) {
    Round round;
    // A file that stopped Larder while it was read last time (a crash, or Larder was closed
    // meanwhile) is not read again by itself: it could stop Larder at every round.
    const QJsonObject trying =
        QJsonDocument::fromJson(m_store.meta(TryingKey).toByteArray()).object();
    if (!trying.isEmpty()) {
        Refusal stopped = fromJson(trying);
        stopped.at = nowIso();
        stopped.version = ThisVersion;
        stopped.reason =
            Tr::tr("Larder stopped while it was reading this file. It is not read again by "
                   "itself, so that it cannot stop Larder again; choose \"Try refused files "
                   "again\" to read it once more, or ask its sender for a new file.");
        remember(stopped);
        setMetaNow(TryingKey, QVariant());
    }

    // Files refused before, as they stood when the round began (those refused during the round
    // do not push out the ones it has still to look at).
    QList<Refusal> refused = refusals();
    for (const QString& path : candidates()) {
        const QString name = QFileInfo(path).fileName();
        const QByteArray seenKey = (SeenPrefix + name).toUtf8();
        const QString now = stamp(path);
        if (m_store.meta(seenKey.constData()).toString() == now) {
            round.unchanged << path;
            continue;
        }
        // Refused before? Known by name and stamp without reading it, else by its bytes.
        auto known = std::find_if(refused.begin(), refused.end(), [&](const Refusal& r) {
            return r.file == name && r.stamp == now;
        });
        QString sha;
        if (known == refused.end()) {
            if (progress && !progress(path, 0, 0)) {
                round.cancelled = true;
                break;
            }
            sha = sha256Of(path);
            if (sha.isEmpty()) {
                round.refused << Error::make(Error::Kind::NotFound,
                                             Tr::tr("This file cannot be read now."),
                                             Tr::tr("It is tried again at the next round."))
                                     .at(path);
                continue;
            }
            known = std::find_if(refused.begin(), refused.end(),
                                 [&](const Refusal& r) { return r.sha256 == sha; });
            if (known != refused.end()) {
                // The same bytes again (copied, touched or renamed): remember where it is now.
                known->file = name;
                known->stamp = now;
                remember(*known);
            }
        }
        if (known != refused.end()) {
            Refusal skipped = *known;
            skipped.file = path;
            round.remembered << skipped;
            continue;
        }

        const Refusal attempt{sha, name, now, {}, {}, ThisVersion};
        setMetaNow(TryingKey, QJsonDocument(toJson(attempt)).toJson(QJsonDocument::Compact));
        auto report = m_replicator.importFile(path, passphrase,
                                              [&progress, &path](qint64 done, qint64 total) {
                                                  return !progress || progress(path, done, total);
                                              });
        setMetaNow(TryingKey, QVariant());
        if (!report) {
            if (report.error().kind == Error::Kind::Cancelled) {
                round.cancelled = true;
                break;
            }
            round.refused << report.error();
            if (remembers(report.error().kind)) {
                Refusal refusal = attempt;
                refusal.at = nowIso();
                refusal.reason = report.error().message;
                if (!report.error().hint.isEmpty())
                    refusal.reason += u' ' + report.error().hint;
                remember(refusal);
            }
            continue; // a half-copied file changes when complete: its new bytes are read
        }
        round.imported << path;
        round.reports << report.value();
        setMetaNow(seenKey, now);
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
        connect(m_debounce, &QTimer::timeout, this, [this] {
            // This laptop's own writes, temporary files and files already dealt with do not
            // start a round.
            if (hasNewFiles())
                Q_EMIT filesChanged();
        });
    }
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    if (!m_folder.isEmpty())
        m_watcher->addPath(m_folder);
}

} // namespace larder::sync
