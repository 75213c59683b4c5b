// SPDX-License-Identifier: GPL-3.0-or-later
// The Sync page: export and import through the page (as its buttons do, without the file
// dialogs), what arrived listed with its sender, edits made on two laptops listed for review and
// resolved, a bad file reported without changing anything, and the shared folder.

#include "core/sync/Replicator.h"
#include "tests/TestSupport.h"
#include "ui/sync/SyncImportsModel.h"
#include "ui/sync/SyncPage.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace larder;
using namespace larder::test;
using namespace Qt::StringLiterals;

class TestSyncPage : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    const QByteArray m_passphrase = "beans on tuesday at the church";

private Q_SLOTS:
    void initTestCase() {
        qputenv("LARDER_KDF", "minimal");
        QCoreApplication::setOrganizationName(u"LarderTest"_s);
        QCoreApplication::setApplicationName(u"tst_syncpage"_s);
    }

    void exchangeThroughThePage() {
        auto eastClock = std::make_shared<ManualClock>(TestEpochMs, 1);
        auto created = Store::create(m_dir.filePath(u"east.larder"_s), u"Eastside"_s,
                                     fixedOptions(eastClock, 1));
        LARDER_VERIFY_OK(created);
        Store& east = *created.value();
        ui::SyncPage eastPage(east);
        LARDER_VERIFY_OK(eastPage.createNetwork(m_passphrase));
        QString household;
        LARDER_VERIFY_OK(east.write([&](Writer& w) {
            household = w.insert(u"households", {{u"chosen_name"_s, u"Ana R."_s},
                                                 {u"delivery_notes"_s, u"side door"_s}});
        }));
        const QString first = m_dir.filePath(u"east-1.lardersync"_s);
        auto exported = eastPage.exportTo(first, m_passphrase);
        LARDER_VERIFY_OK(exported);
        QVERIFY(exported->operations > 0);

        auto westClock = std::make_shared<ManualClock>(TestEpochMs + 5000, 1);
        auto joined = sync::Replicator::join(m_dir.filePath(u"west.larder"_s), u"Westside"_s, first,
                                             m_passphrase, fixedOptions(westClock, 2),
                                             sync::KdfLimits::minimal());
        LARDER_VERIFY_OK(joined);
        Store& west = *joined.value();
        ui::SyncPage westPage(west);
        auto* imports = LARDER_MUST(child<ui::SyncImportsModel>(westPage, u"syncImportsModel"_s));
        auto* conflicts = LARDER_MUST(child<QStandardItemModel>(westPage, u"conflictsModel"_s));
        QAbstractItemModelTester importsTester(imports);
        QAbstractItemModelTester conflictsTester(conflicts);
        QCOMPARE(imports->rowCount(), 1); // the join itself

        // Both edit the same field without seeing each other.
        LARDER_VERIFY_OK(east.write([&](Writer& w) {
            w.update(u"households", household, {{u"delivery_notes"_s, u"ring twice"_s}});
        }));
        LARDER_VERIFY_OK(west.write([&](Writer& w) {
            w.update(u"households", household, {{u"delivery_notes"_s, u"call first"_s}});
        }));
        const QString second = m_dir.filePath(u"east-2.lardersync"_s);
        LARDER_VERIFY_OK(eastPage.exportTo(second, m_passphrase));
        const QStringList lines = westPage.importFiles({second}, m_passphrase);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(u"Eastside"_s), qPrintable(lines.first()));
        QVERIFY2(lines.first().contains(u"to review"_s), qPrintable(lines.first()));
        QCOMPARE(imports->rowCount(), 2);
        QCOMPARE(conflicts->rowCount(), 1);
        QCOMPARE(conflicts->item(0, 0)->text(), u"Ana R."_s);
        QCOMPARE(conflicts->item(0, 3)->text(), u"ring twice"_s);

        // Keep what Larder chose: the list empties.
        const qint64 id = conflicts->item(0, 0)->data(Qt::UserRole).toLongLong();
        LARDER_VERIFY_OK(westPage.replicator().acceptConflict(id));
        westPage.refresh();
        QCOMPARE(conflicts->rowCount(), 0);

        // A half-copied file is reported and changes nothing.
        QFile full(second);
        QVERIFY(full.open(QIODevice::ReadOnly));
        const QByteArray bytes = full.readAll();
        const QString half = m_dir.filePath(u"half.lardersync"_s);
        QFile cut(half);
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write(bytes.left(bytes.size() / 2));
        cut.close();
        const QString before = sync::digest(west);
        const QStringList refused = westPage.importFiles({half}, m_passphrase);
        QVERIFY2(refused.first().contains(u"not imported"_s), qPrintable(refused.first()));
        QCOMPARE(sync::digest(west), before);

        // The shared folder: east writes, west picks it up.
        QTemporaryDir shared;
        LARDER_VERIFY_OK(eastPage.setFolder(shared.path()));
        LARDER_VERIFY_OK(westPage.setFolder(shared.path()));
        eastPage.syncFolderNow(m_passphrase);
        westPage.syncFolderNow(m_passphrase);
        eastPage.syncFolderNow(m_passphrase);
        QCOMPARE(sync::digest(west), sync::digest(east));
    }
};

QTEST_MAIN(TestSyncPage)
#include "tst_syncpage.moc"
