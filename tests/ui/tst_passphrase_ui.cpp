// SPDX-License-Identifier: GPL-3.0-or-later
// The passphrase dialog: a new passphrase waits for one the policy accepts (the reason shows as
// it is typed), typed twice; "Suggest one" fills both with six words and shows them; for a
// network's existing passphrase it asks once. From File ▸ Protect, an unprotected pantry gets
// its passphrase and the red banner goes.

#include "core/storage/Backup.h"
#include "core/storage/Settings.h"
#include "core/storage/Store.h"
#include "tests/TestSupport.h"
#include "ui/MainWindow.h"
#include "ui/PassphraseDialog.h"
#include "ui/ShiftPicker.h"
#include "ui/settings/SettingsPage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using larder::Store;
using larder::test::child;
using larder::ui::PassphraseDialog;

namespace {

QPushButton* okButton(QWidget& dialog) {
    auto* buttons = dialog.findChild<QDialogButtonBox*>();
    return buttons ? buttons->button(QDialogButtonBox::Ok) : nullptr;
}

} // namespace

class TestPassphraseUi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        qputenv("LARDER_KDF", "minimal");
        QVERIFY(m_dir.isValid());
    }

    void aNewPassphraseWaitsForAGoodOne() {
        PassphraseDialog dialog(PassphraseDialog::Mode::New, u"Eastside"_s, u"Why."_s);
        auto* first = LARDER_MUST(child<QLineEdit>(dialog, u"passphraseField"_s));
        auto* again = LARDER_MUST(child<QLineEdit>(dialog, u"passphraseAgain"_s));
        auto* reason = LARDER_MUST(child<QLabel>(dialog, u"passphraseReason"_s));
        QVERIFY(first && again && reason && okButton(dialog));
        QCOMPARE(first->echoMode(), QLineEdit::Password);
        QVERIFY(!okButton(dialog)->isEnabled());

        QTest::keyClicks(first, u"beans"_s);
        QVERIFY2(reason->text().contains(u"at least 12"_s), qPrintable(reason->text()));
        QVERIFY(!okButton(dialog)->isEnabled());
        first->setText(u"Eastside Pantry 1"_s);
        QVERIFY2(reason->text().contains(u"name"_s), qPrintable(reason->text()));

        first->setText(u"beans on tuesday at the church"_s);
        QVERIFY2(reason->text().contains(u"again"_s), qPrintable(reason->text()));
        QVERIFY(!okButton(dialog)->isEnabled());
        again->setText(u"beans on tuesday at the chapel"_s);
        QVERIFY2(reason->text().contains(u"do not match"_s), qPrintable(reason->text()));
        QVERIFY(!okButton(dialog)->isEnabled());
        again->setText(first->text());
        QVERIFY(okButton(dialog)->isEnabled());
        QVERIFY(reason->text().isEmpty());
        QCOMPARE(dialog.passphrase(), QByteArray("beans on tuesday at the church"));
    }

    void aSuggestionFillsBothAndShowsIt() {
        PassphraseDialog dialog(PassphraseDialog::Mode::New, u"Eastside"_s, u"Why."_s);
        auto* suggest = LARDER_MUST(child<QPushButton>(dialog, u"suggestPassphrase"_s));
        auto* first = LARDER_MUST(child<QLineEdit>(dialog, u"passphraseField"_s));
        auto* again = LARDER_MUST(child<QLineEdit>(dialog, u"passphraseAgain"_s));
        QVERIFY(suggest && first && again);
        suggest->click();
        QCOMPARE(first->text().split(u' ').size(), 6);
        QCOMPARE(again->text(), first->text());
        QCOMPARE(first->echoMode(), QLineEdit::Normal); // shown, to be written down
        QVERIFY(okButton(dialog)->isEnabled());
        const QString once = first->text();
        suggest->click();
        QVERIFY(first->text() != once);
    }

    void aNetworksPassphraseIsAskedOnce() {
        PassphraseDialog dialog(PassphraseDialog::Mode::Existing, u"Eastside"_s, u"Why."_s);
        QVERIFY(!dialog.findChild<QPushButton*>(u"suggestPassphrase"_s));
        auto* again = LARDER_MUST(child<QLineEdit>(dialog, u"passphraseAgain"_s));
        QVERIFY(again && again->isHidden());
        QVERIFY(!okButton(dialog)->isEnabled());
        LARDER_MUST(child<QLineEdit>(dialog, u"passphraseField"_s))
            ->setText(u"short"_s); // not this laptop's
        QVERIFY(okButton(dialog)->isEnabled());
    }

    void protectingFromTheMenuSealsThePantry() {
        auto store = LARDER_MUST(larder::test::createPantry(
            m_dir, std::make_shared<larder::ManualClock>(larder::test::TestEpochMs, 1)));
        larder::ui::MainWindow window(std::move(store));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* banner = LARDER_MUST(child<QLabel>(window, u"unprotectedBanner"_s));
        QVERIFY(banner && banner->isVisible());
        // A backup taken before the passphrase holds the details in plain form.
        larder::Backups backups(window.store());
        LARDER_MUST(backups.take());
        const QString plainBackup = backups.list().first().path;

        bool answered = false;
        QString question;
        QTimer poll;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<PassphraseDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->findChild<QPushButton*>(u"suggestPassphrase"_s)->click();
            answered = true;
            // Then: the question about the old backups, which names the file.
            connect(&poll, &QTimer::timeout, this, [&poll, &question] {
                auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
                if (!box || box->objectName() != u"plainBackupsQuestion"_s)
                    return;
                poll.stop();
                question = box->informativeText();
                for (QAbstractButton* button : box->buttons()) {
                    if (box->buttonRole(button) == QMessageBox::AcceptRole)
                        button->click(); // delete them and back up
                }
            });
            poll.start(10);
            dialog->accept();
        });
        LARDER_MUST(child<QAction>(window, u"protectPantry"_s))->trigger();
        QVERIFY(answered);
        QCOMPARE(window.store().protection(), Store::Protection::Unlocked);
        QVERIFY(!banner->isVisible());
        QVERIFY(!LARDER_MUST(child<QAction>(window, u"protectPantry"_s))->isVisible());
        QVERIFY2(question.contains(QDir::toNativeSeparators(plainBackup)), qPrintable(question));
        // The plain one is gone; the one in its place (the same second, so the same name) is
        // sealed.
        QCOMPARE(backups.list().size(), 1);
        QVERIFY(backups.unprotected().isEmpty());
        QVERIFY(!LARDER_MUST(child<QLabel>(window, u"plainBackupsBanner"_s))->isVisible());
    }

    // Story 8: the idle lock does not take the volunteer off shift; while locked the picker
    // shows no names and takes no new one (it is disabled), and the "nobody on shift" banner stays
    // away.
    void theVolunteerOnShiftStaysOnShiftThroughTheLock() {
        auto store = LARDER_MUST(larder::test::createPantry(
            m_dir, std::make_shared<larder::ManualClock>(larder::test::TestEpochMs, 1)));
        LARDER_MUST(store->protect("beans on tuesday at the church", larder::KdfLimits::minimal()));
        larder::ui::MainWindow window(std::move(store));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* picker = window.findChild<larder::ui::ShiftPicker*>();
        QVERIFY(picker);
        QVERIFY(picker->chooseOrAddName(u"Rosa"_s));
        const QString rosa = window.store().actor();
        QVERIFY(!rosa.isEmpty());

        window.lockDetails();
        QCOMPARE(window.store().actor(), rosa);
        QVERIFY(!picker->comboBox()->isEnabled());
        QVERIFY(!picker->comboBox()->currentText().contains(u"Rosa"_s));
        QVERIFY(!LARDER_MUST(child<QLabel>(window, u"shiftBanner"_s))->isVisible());

        LARDER_MUST(window.unlockDetails("beans on tuesday at the church"));
        QCOMPARE(window.store().actor(), rosa);
        QVERIFY(picker->comboBox()->isEnabled());
        QCOMPARE(picker->comboBox()->currentText(), u"Rosa"_s);
    }

    // A weaker privacy setting from another laptop shows on the Settings page, with the value in
    // effect here, until someone accepts it.
    void aWeakerSettingFromElsewhereWaitsOnTheSettingsPage() {
        auto store = LARDER_MUST(larder::test::createPantry(
            m_dir, std::make_shared<larder::ManualClock>(larder::test::TestEpochMs, 1)));
        larder::ui::SettingsPage page(*store);
        page.show();
        auto* pending = LARDER_MUST(child<QWidget>(page, u"pendingSettings"_s));
        QVERIFY(pending && !pending->isVisible());
        LARDER_MUST(store->write([&store](larder::Writer& w) { // as a sync import writes it
            w.insert(u"settings", {{u"value"_s, u"36"_s}}, u"household_retention_months"_s);
        }));
        QVERIFY(pending->isVisible());
        const QString text = LARDER_MUST(child<QLabel>(page, u"pendingSettingsText"_s))->text();
        QVERIFY2(text.contains(u"<b>12</b> here"_s) && text.contains(u"<b>36</b> proposed"_s),
                 qPrintable(text));
        QCOMPARE(LARDER_MUST(child<QSpinBox>(page, u"retentionMonths"_s))->value(), 12);
        LARDER_MUST(child<QPushButton>(page, u"acceptPendingSettings"_s))->click();
        QVERIFY(!pending->isVisible());
        QCOMPARE(LARDER_MUST(child<QSpinBox>(page, u"retentionMonths"_s))->value(), 36);
        QCOMPARE(larder::Settings(*store).get(larder::settings::HouseholdRetentionMonths), 36);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestPassphraseUi)
#include "tst_passphrase_ui.moc"
