// SPDX-License-Identifier: GPL-3.0-or-later
// The Sync page: export and import through the page (as its buttons do, without the file
// dialogs), what arrived listed with its sender, edits made on two laptops listed for review and
// resolved, a bad file reported without changing anything, and the shared folder. Imports run on
// a worker thread: the page updates after them from the GUI thread, timers wait, and a cancel
// changes nothing; refused folder files are shown and skipped until they change.

#include "core/sync/Replicator.h"
#include "core/sync/SyncFolder.h"
#include "tests/TestSupport.h"
#include "ui/sync/StoreTask.h"
#include "ui/sync/SyncImportsModel.h"
#include "ui/sync/SyncPage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace larder;
using namespace larder::test;
using namespace Qt::StringLiterals;

namespace {

// Answers the question box that is open now (polled: it opens inside a click).
void answerQuestion(QMessageBox::StandardButton answer) {
    for (int i = 0; i < 200; ++i) {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            box->button(answer)->click();
            return;
        }
        QTest::qWait(10);
    }
    QFAIL("no question was asked");
}

} // namespace

class TestSyncPage : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    const QByteArray m_passphrase = "beans on tuesday at the church";

private Q_SLOTS:
    void initTestCase() {
        qputenv("LARDER_KDF", "minimal");
        QCoreApplication::setOrganizationName(u"LarderTest"_s);
        QCoreApplication::setApplicationName(u"tst_syncpage"_s);
        // The progress dialog shows at once, so that the tests go through it.
        ui::StoreTask::setShowAfterMs(0);
    }

    void aPassphraseChangedElsewhereIsShown() {
        auto eastClock = std::make_shared<ManualClock>(TestEpochMs, 1);
        auto created = Store::create(m_dir.filePath(u"east-changes.larder"_s), u"Eastside"_s,
                                     fixedOptions(eastClock, 5));
        LARDER_VERIFY_OK(created);
        Store& east = *created.value();
        sync::Replicator eastSync(east, sync::KdfLimits::minimal());
        LARDER_VERIFY_OK(eastSync.setPassphrase(m_passphrase));
        const QString first = m_dir.filePath(u"east-changes-1.lardersync"_s);
        LARDER_VERIFY_OK(eastSync.exportFile(first, m_passphrase));
        auto joined = sync::Replicator::join(
            m_dir.filePath(u"west-changes.larder"_s), u"Westside"_s, first, m_passphrase,
            fixedOptions(eastClock, 6), sync::KdfLimits::minimal());
        LARDER_VERIFY_OK(joined);
        Store& west = *joined.value();
        ui::SyncPage westPage(west);
        auto* state = LARDER_MUST(child<QLabel>(westPage, u"networkState"_s));
        QVERIFY(!state->text().contains(u"changed on"_s));

        eastClock->advance(60 * 1000);
        const QByteArray next("lentils every second thursday");
        LARDER_VERIFY_OK(east.changePassphrase(m_passphrase, next, sync::KdfLimits::minimal()));
        const QString changed = m_dir.filePath(u"east-changes-2.lardersync"_s);
        LARDER_VERIFY_OK(eastSync.exportFile(changed, next));
        sync::Replicator westSync(west, sync::KdfLimits::minimal());
        LARDER_VERIFY_OK(westSync.importFile(changed, {}));
        westPage.refresh();
        QVERIFY2(state->text().contains(u"changed on \"Eastside\""_s), qPrintable(state->text()));

        // A laptop was lost: the page rotates the key (on its worker), and the other laptop
        // takes the new key from the next file, given the new passphrase.
        auto* rotate = LARDER_MUST(child<QPushButton>(westPage, u"rotateKey"_s));
        QVERIFY(!rotate->isHidden());
        const QByteArray third("pears and plums on a quiet monday");
        ui::SyncPage eastPage(east);
        LARDER_VERIFY_OK(eastPage.rotateKey(next, third));
        QCOMPARE(east.checkPassphrase(next).error().kind, Error::Kind::WrongPassphrase);
        const QString rotated = m_dir.filePath(u"east-changes-3.lardersync"_s);
        LARDER_VERIFY_OK(eastSync.exportFile(rotated, third));
        auto report = westSync.importFile(rotated, third);
        LARDER_VERIFY_OK(report);
        QVERIFY(report->keyRotated);
        LARDER_VERIFY_OK(west.checkPassphrase(third));
    }

    // The laptops of the network with their fingerprints, and revoking one through the page:
    // the button asks first, and the list then says who revoked it.
    void laptopsAreListedAndOneIsRevoked() {
        auto clock = std::make_shared<ManualClock>(TestEpochMs, 1);
        auto created = Store::create(m_dir.filePath(u"east-members.larder"_s), u"Eastside"_s,
                                     fixedOptions(clock, 7));
        LARDER_VERIFY_OK(created);
        Store& east = *created.value();
        sync::Replicator eastSync(east, sync::KdfLimits::minimal());
        LARDER_VERIFY_OK(eastSync.setPassphrase(m_passphrase));
        const QString first = m_dir.filePath(u"east-members-1.lardersync"_s);
        LARDER_VERIFY_OK(eastSync.exportFile(first, m_passphrase));
        auto joined = sync::Replicator::join(m_dir.filePath(u"hall-members.larder"_s),
                                             u"Church hall"_s, first, m_passphrase,
                                             fixedOptions(clock, 8), sync::KdfLimits::minimal());
        LARDER_VERIFY_OK(joined);
        sync::Replicator hallSync(*joined.value(), sync::KdfLimits::minimal());
        const QString fromHall = m_dir.filePath(u"hall-members.lardersync"_s);
        LARDER_VERIFY_OK(hallSync.exportFile(fromHall, m_passphrase));
        LARDER_VERIFY_OK(eastSync.importFile(fromHall, m_passphrase));

        ui::SyncPage page(east);
        page.resize(1000, 1400);
        auto* view = LARDER_MUST(child<QTableView>(page, u"membersView"_s));
        auto* own = LARDER_MUST(child<QLabel>(page, u"ownFingerprint"_s));
        const QString ownFingerprint = eastSync.members().first().fingerprint;
        QVERIFY2(own->text().contains(ownFingerprint), qPrintable(own->text()));
        QCOMPARE(view->model()->rowCount(), 1);
        const QString hallFingerprint = hallSync.members().first().fingerprint;
        QCOMPARE(view->model()->index(0, 0).data().toString(), u"Church hall"_s);
        QCOMPARE(view->model()->index(0, 1).data().toString(), hallFingerprint);
        auto* revoke = LARDER_MUST(child<QPushButton>(page, u"revokeLaptop"_s));
        QVERIFY(!revoke->isEnabled()); // nothing chosen yet

        view->selectRow(0);
        QVERIFY(revoke->isEnabled());
        // Cancel first: nothing happens.
        QTimer::singleShot(0, this, [] { answerQuestion(QMessageBox::Cancel); });
        revoke->click();
        QVERIFY(!eastSync.members().last().revokedAfter.has_value());
        QTimer::singleShot(0, this, [] { answerQuestion(QMessageBox::Yes); });
        revoke->click();
        const sync::Member hall = eastSync.members().last();
        QVERIFY(hall.revokedAfter.has_value());
        QVERIFY2(view->model()->index(0, 4).data().toString().contains(u"Revoked by Eastside"_s),
                 qPrintable(view->model()->index(0, 4).data().toString()));
        QVERIFY(!revoke->isEnabled());
        if (!qEnvironmentVariableIsEmpty("LARDER_SCREENSHOTS"))
            page.grab().save(qEnvironmentVariable("LARDER_SCREENSHOTS") + u"/sync-members.png"_s);
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

    void importsRunOffTheGuiThread() {
        auto eastClock = std::make_shared<ManualClock>(TestEpochMs, 1);
        auto created = Store::create(m_dir.filePath(u"east-bg.larder"_s), u"Eastside"_s,
                                     fixedOptions(eastClock, 11));
        LARDER_VERIFY_OK(created);
        Store& east = *created.value();
        ui::SyncPage eastPage(east);
        LARDER_VERIFY_OK(eastPage.createNetwork(m_passphrase));
        const QString first = m_dir.filePath(u"east-bg-1.lardersync"_s);
        LARDER_VERIFY_OK(eastPage.exportTo(first, m_passphrase));
        auto westClock = std::make_shared<ManualClock>(TestEpochMs + 5000, 1);
        auto joined = sync::Replicator::join(m_dir.filePath(u"west-bg.larder"_s), u"Westside"_s,
                                             first, m_passphrase, fixedOptions(westClock, 12),
                                             sync::KdfLimits::minimal());
        LARDER_VERIFY_OK(joined);
        Store& west = *joined.value();
        ui::SyncPage westPage(west);
        westPage.show();
        auto* imports = LARDER_MUST(child<ui::SyncImportsModel>(westPage, u"syncImportsModel"_s));
        const int importedBefore = imports->rowCount();

        LARDER_VERIFY_OK(east.write([&](Writer& w) {
            for (int i = 0; i < 30; ++i)
                w.insert(u"locations", {{u"name"_s, u"Shelf %1"_s.arg(i)}});
        }));
        const QString second = m_dir.filePath(u"east-bg-2.lardersync"_s);
        LARDER_VERIFY_OK(eastPage.exportTo(second, m_passphrase));

        // Cancelled from the dialog: nothing changes.
        const QString before = sync::digest(west);
        auto cancel = connect(&westPage, &ui::SyncPage::taskStarted, this, [](ui::StoreTask* task) {
            QVERIFY(task->dialog());
            auto* button = task->dialog()->findChild<QPushButton*>();
            QVERIFY(button);
            button->click();
        });
        const QStringList cancelled = westPage.importFiles({second}, m_passphrase);
        disconnect(cancel);
        QCOMPARE(cancelled.size(), 1);
        QVERIFY2(cancelled.first().contains(u"cancelled"_s), qPrintable(cancelled.first()));
        QCOMPARE(sync::digest(west), before);
        QCOMPARE(imports->rowCount(), importedBefore);
        QVERIFY(!QApplication::activeModalWidget());

        // Imported on the worker: Store::changed reaches the page on the GUI thread, after the
        // worker is done; a timer due meanwhile fires only afterwards.
        int changes = 0;
        bool offThread = false;
        connect(&west, &Store::changed, this, [&] {
            ++changes;
            offThread = offThread || QThread::currentThread() != qApp->thread();
        });
        QTimer due;
        due.setSingleShot(true);
        bool firedWhileBusy = false;
        bool fired = false;
        connect(&due, &QTimer::timeout, this, [&] {
            fired = true;
            firedWhileBusy = westPage.busy();
        });
        auto startTimer = connect(&westPage, &ui::SyncPage::taskStarted, this,
                                  [&due](ui::StoreTask*) { due.start(0); });
        const QStringList lines = westPage.importFiles({second}, m_passphrase);
        disconnect(startTimer);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(u"Eastside"_s), qPrintable(lines.first()));
        QCOMPARE(changes, 1);
        QVERIFY(!offThread);
        QCOMPARE(sync::digest(west), sync::digest(east));
        QCOMPARE(imports->rowCount(), importedBefore + 1);
        QTRY_VERIFY(fired);
        QVERIFY(!firedWhileBusy);
        QVERIFY(!QApplication::activeModalWidget());
    }

    void refusedFolderFilesAreShown() {
        auto clock = std::make_shared<ManualClock>(TestEpochMs, 1);
        auto created = Store::create(m_dir.filePath(u"refusing.larder"_s), u"Northside"_s,
                                     fixedOptions(clock, 21));
        LARDER_VERIFY_OK(created);
        Store& store = *created.value();
        ui::SyncPage page(store);
        LARDER_VERIFY_OK(page.createNetwork(m_passphrase));
        QTemporaryDir shared;
        LARDER_VERIFY_OK(page.setFolder(shared.path()));
        auto* note = LARDER_MUST(child<QLabel>(page, u"refusedNote"_s));
        QVERIFY(note->isHidden());
        QFile junk(shared.filePath(u"larder-0123456789ab.lardersync"_s));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a sync file");
        junk.close();

        QStringList lines = page.syncFolderNow(m_passphrase);
        QVERIFY2(lines.join(u'\n').contains(u"not imported"_s), qPrintable(lines.join(u'\n')));
        QVERIFY(!note->isHidden());
        QVERIFY(note->text().contains(u"larder-0123456789ab.lardersync"_s));
        lines = page.syncFolderNow(m_passphrase);
        QVERIFY2(lines.join(u'\n').contains(u"skipped, refused on"_s),
                 qPrintable(lines.join(u'\n')));
        QVERIFY(!lines.join(u'\n').contains(u"not imported"_s));
        // This laptop's file is there, under a name that says nothing of the pantry.
        QVERIFY(QFileInfo::exists(shared.filePath(page.folder().ownFileName())));
        QVERIFY(!page.folder().ownFileName().contains(u"northside"_s, Qt::CaseInsensitive));

        page.folder().forgetRefusals();
        lines = page.syncFolderNow(m_passphrase);
        QVERIFY2(lines.join(u'\n').contains(u"not imported"_s), qPrintable(lines.join(u'\n')));
    }
};

QTEST_MAIN(TestSyncPage)
#include "tst_syncpage.moc"
