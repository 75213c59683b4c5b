// SPDX-License-Identifier: GPL-3.0-or-later
// Finding the synced folder a pantry file or its backups sit in (core/storage/CloudFolder):
// folder names of the sync clients on Windows, macOS and Linux, case-insensitively and only as
// whole components (no "dropboxes-of-food.larder"), plain names ("Box") only in a home folder;
// then on disk: a path through a link into a synced folder, and the marker files that clients
// leave in the folder they sync.

#include "core/storage/CloudFolder.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace larder;
using namespace Qt::StringLiterals;

class TestCloudFolder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void namesTheSyncedFolder_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("folder");
        auto add = [](const char* tag, const QString& path, const char* service,
                      const QString& folder) {
            QTest::newRow(tag) << path << QString::fromLatin1(service) << folder;
        };
        // Linux
        add("linux dropbox", u"/home/ana/Dropbox/pantry/east.larder"_s, "Dropbox",
            u"/home/ana/Dropbox"_s);
        add("dropbox business", u"/home/ana/Dropbox (Mutual Aid)/east.larder"_s, "Dropbox",
            u"/home/ana/Dropbox (Mutual Aid)"_s);
        add("lower case", u"/home/ana/dropbox/east.larder"_s, "Dropbox", u"/home/ana/dropbox"_s);
        add("nextcloud", u"/home/ana/Nextcloud/Larder/east.larder"_s, "Nextcloud",
            u"/home/ana/Nextcloud"_s);
        add("nextcloud second account", u"/home/ana/Nextcloud2/east.larder"_s, "Nextcloud",
            u"/home/ana/Nextcloud2"_s);
        add("owncloud", u"/home/ana/ownCloud/east.larder"_s, "ownCloud", u"/home/ana/ownCloud"_s);
        add("pcloud", u"/home/ana/pCloudDrive/east.larder"_s, "pCloud", u"/home/ana/pCloudDrive"_s);
        add("mega", u"/home/ana/MEGA/east.larder"_s, "MEGA", u"/home/ana/MEGA"_s);
        add("megasync", u"/media/data/MEGAsync/east.larder"_s, "MEGA", u"/media/data/MEGAsync"_s);
        add("yandex", u"/home/ana/Yandex.Disk/east.larder"_s, "Yandex Disk",
            u"/home/ana/Yandex.Disk"_s);
        add("google drive folder", u"/home/ana/Google Drive/east.larder"_s, "Google Drive",
            u"/home/ana/Google Drive"_s);
        add("backups folder", u"/home/ana/Dropbox/east.larder.backups"_s, "Dropbox",
            u"/home/ana/Dropbox"_s);
        // Windows
        add("onedrive", u"C:\\Users\\Ana\\OneDrive\\Documents\\east.larder"_s, "OneDrive",
            u"C:\\Users\\Ana\\OneDrive"_s);
        add("onedrive business", u"C:\\Users\\Ana\\OneDrive - Iglesia San José\\east.larder"_s,
            "OneDrive", u"C:\\Users\\Ana\\OneDrive - Iglesia San José"_s);
        add("onedrive, Qt separators", u"C:/Users/Ana/OneDrive - Acme/Larder/east.larder"_s,
            "OneDrive", u"C:/Users/Ana/OneDrive - Acme"_s);
        add("google drive for desktop", u"G:\\My Drive\\Pantry\\east.larder"_s, "Google Drive",
            u"G:\\My Drive"_s);
        add("google drive in spanish", u"G:\\Mi unidad\\east.larder"_s, "Google Drive",
            u"G:\\Mi unidad"_s);
        add("shared drive", u"G:\\Shared drives\\Pantry\\east.larder"_s, "Google Drive",
            u"G:\\Shared drives"_s);
        add("icloud for windows", u"C:\\Users\\Ana\\iCloudDrive\\east.larder"_s, "iCloud Drive",
            u"C:\\Users\\Ana\\iCloudDrive"_s);
        add("box drive", u"C:\\Users\\Ana\\Box\\east.larder"_s, "Box", u"C:\\Users\\Ana\\Box"_s);
        add("box sync", u"D:\\Box Sync\\east.larder"_s, "Box", u"D:\\Box Sync"_s);
        add("pcloud drive", u"P:\\pCloud Drive\\east.larder"_s, "pCloud", u"P:\\pCloud Drive"_s);
        add("upper case", u"C:\\USERS\\ANA\\ONEDRIVE\\EAST.LARDER"_s, "OneDrive",
            u"C:\\USERS\\ANA\\ONEDRIVE"_s);
        // macOS
        add("icloud", u"/Users/ana/Library/Mobile Documents/com~apple~CloudDocs/east.larder"_s,
            "iCloud Drive", u"/Users/ana/Library/Mobile Documents"_s);
        add("icloud drive folder", u"/Users/ana/iCloud Drive/east.larder"_s, "iCloud Drive",
            u"/Users/ana/iCloud Drive"_s);
        add("cloudstorage onedrive",
            u"/Users/ana/Library/CloudStorage/OneDrive-Personal/east.larder"_s, "OneDrive",
            u"/Users/ana/Library/CloudStorage/OneDrive-Personal"_s);
        add("cloudstorage google",
            u"/Users/ana/Library/CloudStorage/GoogleDrive-ana@example.org/My Drive/e.larder"_s,
            "Google Drive", u"/Users/ana/Library/CloudStorage/GoogleDrive-ana@example.org"_s);
        add("cloudstorage dropbox", u"/Users/ana/Library/CloudStorage/Dropbox/e.larder"_s,
            "Dropbox", u"/Users/ana/Library/CloudStorage/Dropbox"_s);
        add("cloudstorage box", u"/Users/ana/Library/CloudStorage/Box-Box/e.larder"_s, "Box",
            u"/Users/ana/Library/CloudStorage/Box-Box"_s);
        add("cloudstorage unknown", u"/Users/ana/Library/CloudStorage/Filen-ana/e.larder"_s,
            "Filen", u"/Users/ana/Library/CloudStorage/Filen-ana"_s);
        add("macos dropbox", u"/Users/ana/Dropbox/e.larder"_s, "Dropbox", u"/Users/ana/Dropbox"_s);
        add("outermost wins", u"/home/ana/Dropbox/OneDrive/e.larder"_s, "Dropbox",
            u"/home/ana/Dropbox"_s);
    }

    void namesTheSyncedFolder() {
        QFETCH(QString, path);
        QFETCH(QString, service);
        QFETCH(QString, folder);
        const auto found = cloudFolderInPath(path);
        QVERIFY2(found, qPrintable(path));
        QCOMPARE(found->service, service);
        QCOMPARE(found->folder, folder);
    }

    void leavesOtherFoldersAlone_data() {
        QTest::addColumn<QString>("path");
        for (const QString& path : {
                 u"/home/ana/Documents/dropboxes-of-food.larder"_s,
                 u"/home/ana/Documents/Dropbox.larder"_s,
                 u"/home/ana/Documents/my-dropbox/east.larder"_s,
                 u"/home/ana/Documents/dropbox-donations/east.larder"_s,
                 u"/home/ana/onedrive-notes/east.larder"_s,
                 u"/home/ana/OneDriveBackup/east.larder"_s,
                 u"/home/ana/Nextcloudish/east.larder"_s,
                 u"/home/ana/Food Box/east.larder"_s,
                 u"/home/ana/Documents/Box/east.larder"_s, // a box of papers, not Box Drive
                 u"/srv/mega/east.larder"_s,
                 u"/home/ana/.local/share/Larder/Larder/east.larder"_s,
                 u"C:\\Users\\Ana\\AppData\\Local\\Larder\\Larder\\east.larder"_s,
                 u"C:\\Users\\Ana\\Documents\\Drive\\east.larder"_s,
                 u"/Users/ana/Library/Application Support/Larder/east.larder"_s,
                 u"/Users/ana/Library/Mobile/east.larder"_s,
                 u"/Volumes/USB STICK/east.larder"_s,
                 u"east.larder"_s,
                 u""_s,
                 u"/"_s,
             })
            QTest::newRow(qPrintable(path.isEmpty() ? u"(empty)"_s : path)) << path;
    }

    void leavesOtherFoldersAlone() {
        QFETCH(QString, path);
        const auto found = cloudFolderInPath(path);
        QVERIFY2(!found, qPrintable(found ? found->service + u" "_s + found->folder : QString()));
    }

    void findsAFolderThroughALink() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkpath(u"OneDrive - Acme/Larder"_s));
        const QString link = dir.filePath(u"pantry"_s);
        if (!QFile::link(dir.filePath(u"OneDrive - Acme/Larder"_s), link))
            QSKIP("no symbolic links here");
        const QString file = link + u"/east.larder"_s; // not made yet: a new pantry's path
        QVERIFY(!cloudFolderInPath(file));
        const auto found = findCloudFolder(file);
        QVERIFY(found);
        QCOMPARE(found->service, u"OneDrive"_s);
        QVERIFY2(found->folder.endsWith(u"/OneDrive - Acme"_s), qPrintable(found->folder));
        // A relative path is taken from the current folder.
        const QString before = QDir::currentPath();
        QDir::setCurrent(dir.filePath(u"OneDrive - Acme"_s));
        const auto relative = findCloudFolder(u"Larder/east.larder"_s);
        QDir::setCurrent(before);
        QVERIFY(relative);
        QCOMPARE(relative->service, u"OneDrive"_s);
    }

    void findsTheMarkersClientsLeave_data() {
        QTest::addColumn<QString>("marker");
        QTest::addColumn<bool>("isFolder");
        QTest::addColumn<QString>("service");
        QTest::newRow("dropbox") << u".dropbox"_s << false << u"Dropbox"_s;
        QTest::newRow("nextcloud") << u".nextcloudsync.log"_s << false << u"Nextcloud"_s;
        QTest::newRow("owncloud") << u".owncloudsync.log"_s << false << u"ownCloud"_s;
        QTest::newRow("resilio") << u".sync/ID"_s << false << u"Resilio Sync"_s;
        QTest::newRow("syncthing") << u".stfolder"_s << true << u"Syncthing"_s;
    }

    void findsTheMarkersClientsLeave() {
        QFETCH(QString, marker);
        QFETCH(bool, isFolder);
        QFETCH(QString, service);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // A synced folder the person renamed: only the marker says what it is.
        const QString root = dir.filePath(u"Shared pantry"_s);
        QVERIFY(QDir(root).mkpath(u"Larder/backups"_s));
        const QString file = root + u"/Larder/east.larder"_s;
        QVERIFY(!findCloudFolder(file));
        const QString markerPath = root + u'/' + marker;
        if (isFolder) {
            QVERIFY(QDir(root).mkpath(marker));
        } else {
            QVERIFY(QDir(root).mkpath(QFileInfo(markerPath).path()));
            QFile f(markerPath);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        for (const QString& path : QStringList{file, root + u"/Larder/backups"_s, root}) {
            const auto found = findCloudFolder(path);
            QVERIFY2(found, qPrintable(path));
            QCOMPARE(found->service, service);
            QCOMPARE(QFileInfo(found->folder).canonicalFilePath(),
                     QFileInfo(root).canonicalFilePath());
        }
        // Outside the marked folder: nothing.
        QVERIFY(!findCloudFolder(dir.filePath(u"elsewhere/east.larder"_s)));
    }

    void dropboxSettingsFolderIsNoMarker() {
        // ~/.dropbox is where Dropbox keeps its settings (a folder): the home is not synced.
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QVERIFY(QDir(home.path()).mkpath(u".dropbox/instance1"_s));
        QVERIFY(QDir(home.path()).mkpath(u"Documents"_s));
        QVERIFY(!findCloudFolder(home.filePath(u"Documents/east.larder"_s)));
        QVERIFY(!findCloudFolder(QString()));
    }
};

QTEST_GUILESS_MAIN(TestCloudFolder)
#include "tst_cloudfolder.moc"
