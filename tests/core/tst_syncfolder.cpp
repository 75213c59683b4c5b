// SPDX-License-Identifier: GPL-3.0-or-later
// The shared sync folder: file names that say nothing about the pantry (and a laptop's old-named
// file replaced), refused files remembered by the SHA-256 of their bytes and skipped until they
// change (bounded, forgotten on request, a file that stopped Larder mid-read not read again by
// itself), a round cancelled from its progress, and this laptop's file written only when it would
// hold something new.

#include "core/storage/Sqlite.h"
#include "core/sync/Replicator.h"
#include "core/sync/SyncFolder.h"
#include "tests/TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace larder;
using namespace larder::sync;
using namespace larder::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray Passphrase("beans on tuesday at the church");

struct Replica {
    std::shared_ptr<ManualClock> clock;
    std::unique_ptr<Store> store;
    std::unique_ptr<Replicator> sync;
};

QByteArray readAll(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void writeAll(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(bytes);
}

// Moves a file's modification time on, as a sync tool writing it again would.
void touchLater(const QString& path, int seconds) {
    QFile f(path);
    if (f.open(QIODevice::ReadWrite))
        f.setFileTime(QFileInfo(path).lastModified().addSecs(seconds),
                      QFileDevice::FileModificationTime);
}

qint64 importsLogged(const Store& store) {
    return store.connection().scalar("SELECT count(*) FROM sync_imports").toLongLong();
}

} // namespace

class TestSyncFolder : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString newPath(const char* stem) {
        return m_dir.filePath(QString::fromLatin1(stem) + QString::number(++m_files));
    }

    Result<Replica> founder(const QString& name = u"Eastside Sanctuary Pantry"_s,
                            quint64 seed = 1) {
        Replica r;
        r.clock = std::make_shared<ManualClock>(TestEpochMs, 1);
        auto created =
            Store::create(newPath("founder") + u".larder"_s, name, fixedOptions(r.clock, seed));
        if (!created)
            return created.error();
        r.store = std::move(created).value();
        r.sync = std::make_unique<Replicator>(*r.store, KdfLimits::minimal());
        if (auto set = r.sync->setPassphrase(Passphrase); !set)
            return set.error();
        if (auto written = r.store->write([](Writer& w) {
                w.insert(u"locations", {{u"name"_s, u"Shelf"_s}});
            });
            !written)
            return written.error();
        return r;
    }

    Result<Replica> joiner(Replica& from, const QString& name = u"Westside"_s) {
        const QString file = newPath("join") + u".lardersync"_s;
        if (auto exported = from.sync->exportFile(file, Passphrase); !exported)
            return exported.error();
        Replica r;
        r.clock = std::make_shared<ManualClock>(TestEpochMs + 1000, 1);
        auto joined = Replicator::join(newPath("joined") + u".larder"_s, name, file, Passphrase,
                                       fixedOptions(r.clock, 2), KdfLimits::minimal());
        if (!joined)
            return joined.error();
        r.store = std::move(joined).value();
        r.sync = std::make_unique<Replicator>(*r.store, KdfLimits::minimal());
        return r;
    }

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void namesSayNothingAboutThePantry() {
        Replica east = LARDER_MUST(founder());
        Replica west = LARDER_MUST(joiner(east));
        QTemporaryDir shared;
        SyncFolder eastFolder(*east.store, *east.sync);
        SyncFolder westFolder(*west.store, *west.sync);
        LARDER_VERIFY_OK(eastFolder.setFolder(shared.path()));
        LARDER_VERIFY_OK(westFolder.setFolder(shared.path()));

        const QString name = eastFolder.ownFileName();
        QCOMPARE(name, u"larder-"_s + east.store->siteId().left(12) + u".lardersync"_s);
        QVERIFY(!name.contains(u"eastside"_s, Qt::CaseInsensitive));
        QVERIFY(!name.contains(u"pantry"_s, Qt::CaseInsensitive));

        // Both laptops' files under the names an older Larder gave them.
        const QString eastOld = shared.filePath(u"eastside-sanctuary-pantry-"_s +
                                                east.store->siteId().left(8) + u".lardersync"_s);
        const QString westOld =
            shared.filePath(u"westside-"_s + west.store->siteId().left(8) + u".lardersync"_s);
        LARDER_VERIFY_OK(east.sync->exportFile(eastOld, Passphrase));
        LARDER_VERIFY_OK(west.sync->exportFile(westOld, Passphrase));
        QVERIFY(eastFolder.isOwnOldName(QFileInfo(eastOld).fileName()));
        QVERIFY(!eastFolder.isOwnOldName(QFileInfo(westOld).fileName()));
        QVERIFY(!eastFolder.isOwnOldName(name));
        // East reads West's old-named file, never its own.
        QCOMPARE(eastFolder.candidates(), QStringList{QFileInfo(westOld).absoluteFilePath()});

        // East's next write replaces its own old file, and leaves West's alone.
        auto written = eastFolder.exportNow(Passphrase);
        LARDER_VERIFY_OK(written);
        QCOMPARE(QFileInfo(written.value()).fileName(), name);
        QVERIFY(!QFileInfo::exists(eastOld));
        QVERIFY(QFileInfo::exists(westOld));
        QStringList inFolder = QDir(shared.path()).entryList(QDir::Files, QDir::Name);
        QCOMPARE(inFolder, (QStringList{name, QFileInfo(westOld).fileName()}));

        // West reads the new name, and replaces its own old file in turn.
        auto round = westFolder.importChanged(Passphrase);
        QCOMPARE(round.imported.size(), 1);
        QVERIFY(round.refused.isEmpty());
        LARDER_VERIFY_OK(westFolder.exportNow(Passphrase));
        inFolder = QDir(shared.path()).entryList(QDir::Files, QDir::Name);
        QCOMPARE(inFolder.size(), 2);
        for (const QString& file : inFolder)
            QVERIFY2(file.startsWith(u"larder-"_s), qPrintable(file));
    }

    void refusedFilesAreRememberedUntilTheyChange() {
        Replica east = LARDER_MUST(founder());
        Replica west = LARDER_MUST(joiner(east));
        QTemporaryDir shared;
        SyncFolder eastFolder(*east.store, *east.sync);
        SyncFolder westFolder(*west.store, *west.sync);
        LARDER_VERIFY_OK(eastFolder.setFolder(shared.path()));
        LARDER_VERIFY_OK(westFolder.setFolder(shared.path()));

        // A damaged file (East's, cut in half).
        LARDER_VERIFY_OK(east.store->write([](Writer& w) {
            w.insert(u"locations", {{u"name"_s, u"Fridge"_s}});
        }));
        const QString path = LARDER_MUST(eastFolder.exportNow(Passphrase));
        const QByteArray bytes = readAll(path);
        writeAll(path, bytes.left(bytes.size() / 2));
        const QString before = digest(*west.store);
        const qint64 logged = importsLogged(*west.store);

        auto round = westFolder.importChanged(Passphrase);
        QCOMPARE(round.refused.size(), 1);
        QCOMPARE(round.refused.first().kind, Error::Kind::Damaged);
        QVERIFY(round.remembered.isEmpty());
        QCOMPARE(westFolder.refusals().size(), 1);
        const SyncFolder::Refusal refusal = westFolder.refusals().first();
        QCOMPARE(refusal.sha256,
                 QString::fromLatin1(QCryptographicHash::hash(bytes.left(bytes.size() / 2),
                                                              QCryptographicHash::Sha256)
                                         .toHex()));
        QCOMPARE(refusal.file, eastFolder.ownFileName());
        QVERIFY(!refusal.reason.isEmpty());
        QVERIFY(!refusal.at.isEmpty());

        // Next rounds: skipped with the remembered reason, not read again.
        for (int i = 0; i < 3; ++i) {
            round = westFolder.importChanged(Passphrase);
            QVERIFY(round.refused.isEmpty());
            QCOMPARE(round.remembered.size(), 1);
            QCOMPARE(round.remembered.first().reason, refusal.reason);
            QCOMPARE(QFileInfo(round.remembered.first().file).fileName(), refusal.file);
        }
        QVERIFY(!westFolder.hasNewFiles());
        // Touched or copied, the same bytes are known by their fingerprint.
        touchLater(path, 5);
        QVERIFY(westFolder.hasNewFiles()); // only a look at the stamp
        round = westFolder.importChanged(Passphrase);
        QVERIFY(round.refused.isEmpty());
        QCOMPARE(round.remembered.size(), 1);
        QVERIFY(!westFolder.hasNewFiles());
        const QString copy = shared.filePath(u"copy-of-east.lardersync"_s);
        QVERIFY(QFile::copy(path, copy));
        round = westFolder.importChanged(Passphrase);
        QVERIFY(round.refused.isEmpty());
        QCOMPARE(round.remembered.size(), 2); // the copy and the file itself
        QCOMPARE(westFolder.refusals().size(), 1);
        QVERIFY(QFile::remove(copy));
        QCOMPARE(digest(*west.store), before);
        QCOMPARE(importsLogged(*west.store), logged);

        // Its bytes change (the sync tool finished copying): read again, and imported.
        writeAll(path, bytes);
        touchLater(path, 10);
        round = westFolder.importChanged(Passphrase);
        QCOMPARE(round.imported.size(), 1);
        QVERIFY(round.remembered.isEmpty());
        QCOMPARE(digest(*west.store), digest(*east.store));
        QCOMPARE(importsLogged(*west.store), logged + 1);
    }

    void everyKindOfRefusalIsRemembered() {
        Replica east = LARDER_MUST(founder());
        Replica west = LARDER_MUST(joiner(east));
        QTemporaryDir shared;
        SyncFolder westFolder(*west.store, *west.sync);
        LARDER_VERIFY_OK(westFolder.setFolder(shared.path()));

        // A truncated file, one of another network, and one that is no sync file at all.
        const QString cut = shared.filePath(u"larder-000000000001.lardersync"_s);
        LARDER_VERIFY_OK(east.sync->exportFile(cut, Passphrase));
        const QByteArray bytes = readAll(cut);
        writeAll(cut, bytes.left(bytes.size() - 20));
        Replica stranger = LARDER_MUST(founder(u"Elsewhere"_s, 7));
        const QString foreign = shared.filePath(u"larder-000000000002.lardersync"_s);
        LARDER_VERIFY_OK(stranger.sync->exportFile(foreign, Passphrase));
        writeAll(shared.filePath(u"larder-000000000003.lardersync"_s), "not a sync file");

        auto round = westFolder.importChanged(Passphrase);
        QCOMPARE(round.refused.size(), 3);
        QCOMPARE(westFolder.refusals().size(), 3);
        round = westFolder.importChanged(Passphrase);
        QVERIFY(round.refused.isEmpty());
        QCOMPARE(round.remembered.size(), 3);

        // Asked to, every refused file is read again.
        westFolder.forgetRefusals();
        QVERIFY(westFolder.refusals().isEmpty());
        QVERIFY(westFolder.hasNewFiles());
        round = westFolder.importChanged(Passphrase);
        QCOMPARE(round.refused.size(), 3);
    }

    void theListIsBounded() {
        Replica east = LARDER_MUST(founder());
        QTemporaryDir shared;
        SyncFolder folder(*east.store, *east.sync);
        LARDER_VERIFY_OK(folder.setFolder(shared.path()));
        const int files = SyncFolder::MaxRefusals + 5;
        for (int i = 0; i < files; ++i)
            writeAll(shared.filePath(u"junk-%1.lardersync"_s.arg(i, 3, 10, QLatin1Char('0'))),
                     "junk " + QByteArray::number(i));
        auto round = folder.importChanged(Passphrase);
        QCOMPARE(round.refused.size(), files);
        QCOMPARE(folder.refusals().size(), SyncFolder::MaxRefusals);
        // The newest are kept: the last files read.
        QCOMPARE(folder.refusals().first().file, u"junk-%1.lardersync"_s.arg(files - 1));
        round = folder.importChanged(Passphrase);
        QCOMPARE(round.remembered.size(), SyncFolder::MaxRefusals);
        QCOMPARE(round.refused.size(), files - SyncFolder::MaxRefusals); // the oldest, forgotten
    }

    void aFileThatStoppedLarderIsNotReadAgainByItself() {
        Replica east = LARDER_MUST(founder());
        Replica west = LARDER_MUST(joiner(east));
        QTemporaryDir shared;
        SyncFolder eastFolder(*east.store, *east.sync);
        SyncFolder westFolder(*west.store, *west.sync);
        LARDER_VERIFY_OK(eastFolder.setFolder(shared.path()));
        LARDER_VERIFY_OK(westFolder.setFolder(shared.path()));
        const QString path = LARDER_MUST(eastFolder.exportNow(Passphrase));
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex());

        // As a round leaves it when Larder stops in the middle of reading the file.
        const QByteArray trying = QJsonDocument(QJsonObject{{u"sha256"_s, sha},
                                                            {u"file"_s, QFileInfo(path).fileName()},
                                                            {u"stamp"_s, QString()}})
                                      .toJson(QJsonDocument::Compact);
        west.store->connection()
            .prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('folder_trying', ?1)")
            .bind(1, trying)
            .run();
        auto round = westFolder.importChanged(Passphrase);
        QVERIFY(round.imported.isEmpty());
        QCOMPARE(round.remembered.size(), 1);
        QVERIFY2(round.remembered.first().reason.contains(u"stopped"_s),
                 qPrintable(round.remembered.first().reason));
        QVERIFY(west.store->connection()
                    .scalar("SELECT count(*) FROM meta WHERE key = 'folder_trying' AND "
                            "value IS NOT NULL")
                    .toLongLong() == 0);

        // A round that ends normally leaves no marker behind.
        westFolder.forgetRefusals();
        round = westFolder.importChanged(Passphrase);
        QCOMPARE(round.imported.size(), 1);
        QVERIFY(west.store->connection()
                    .scalar("SELECT count(*) FROM meta WHERE key = 'folder_trying' AND "
                            "value IS NOT NULL")
                    .toLongLong() == 0);
    }

    void aCancelledRoundChangesNothing() {
        Replica east = LARDER_MUST(founder());
        Replica west = LARDER_MUST(joiner(east));
        QTemporaryDir shared;
        SyncFolder eastFolder(*east.store, *east.sync);
        SyncFolder westFolder(*west.store, *west.sync);
        LARDER_VERIFY_OK(eastFolder.setFolder(shared.path()));
        LARDER_VERIFY_OK(westFolder.setFolder(shared.path()));
        LARDER_VERIFY_OK(east.store->write([](Writer& w) {
            w.insert(u"locations", {{u"name"_s, u"Freezer"_s}});
        }));
        LARDER_VERIFY_OK(eastFolder.exportNow(Passphrase));
        const QString before = digest(*west.store);

        // Cancelled as the first file is about to be read.
        auto round = westFolder.importChanged(Passphrase,
                                              [](const QString&, qint64, qint64) { return false; });
        QVERIFY(round.cancelled);
        QVERIFY(round.imported.isEmpty());
        QVERIFY(round.refused.isEmpty());
        QVERIFY(westFolder.refusals().isEmpty()); // a cancel is no refusal
        QCOMPARE(digest(*west.store), before);

        round = westFolder.importChanged(Passphrase);
        QCOMPARE(round.imported.size(), 1);
        QCOMPARE(digest(*west.store), digest(*east.store));
    }

    void thisLaptopsFileIsWrittenOnlyWhenItChanges() {
        Replica east = LARDER_MUST(founder());
        Replica west = LARDER_MUST(joiner(east));
        QTemporaryDir shared;
        SyncFolder eastFolder(*east.store, *east.sync);
        SyncFolder westFolder(*west.store, *west.sync);
        LARDER_VERIFY_OK(eastFolder.setFolder(shared.path()));
        LARDER_VERIFY_OK(westFolder.setFolder(shared.path()));
        const QString path = LARDER_MUST(eastFolder.exportNow(Passphrase));
        const QByteArray first = readAll(path);
        // Written again, the file would differ (a new nonce): it is left as it is.
        LARDER_VERIFY_OK(eastFolder.exportNow(Passphrase));
        QCOMPARE(readAll(path), first);
        QVERIFY(westFolder.hasNewFiles());
        westFolder.importChanged(Passphrase);
        QVERIFY(!westFolder.hasNewFiles());
        LARDER_VERIFY_OK(westFolder.exportNow(Passphrase));
        // East learns West's file (nothing new in it): East's own file stays.
        QVERIFY(eastFolder.hasNewFiles());
        QCOMPARE(eastFolder.importChanged(Passphrase).imported.size(), 1);
        LARDER_VERIFY_OK(eastFolder.exportNow(Passphrase));
        QVERIFY(!westFolder.hasNewFiles());

        // A change, or the file gone or forced: written.
        LARDER_VERIFY_OK(east.store->write([](Writer& w) {
            w.insert(u"locations", {{u"name"_s, u"Porch"_s}});
        }));
        LARDER_VERIFY_OK(eastFolder.exportNow(Passphrase));
        QVERIFY(readAll(path) != first);
        QVERIFY(westFolder.hasNewFiles());
        const QByteArray second = readAll(path);
        QVERIFY(QFile::remove(path));
        LARDER_VERIFY_OK(eastFolder.exportNow(Passphrase));
        QVERIFY(QFileInfo::exists(path));
        const QByteArray third = readAll(path);
        LARDER_VERIFY_OK(eastFolder.exportNow(Passphrase, true));
        QVERIFY(readAll(path) != third);
        Q_UNUSED(second);
    }
};

QTEST_GUILESS_MAIN(TestSyncFolder)
#include "tst_syncfolder.moc"
