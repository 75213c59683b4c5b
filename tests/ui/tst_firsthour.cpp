// SPDX-License-Identifier: GPL-3.0-or-later
// The first hour of a new pantry, as a newcomer walks it: make the pantry (its name, where the
// file goes, a passphrase), see an empty Today that says where to start, give the pantry its
// address and its place from a map link, receive the first donation of a new item, add a
// household, then make a delivery day, add the driver who came and plan. Every step goes through
// the screens; with LARDER_SCREENSHOTS set each screen is saved (the README's pictures come from
// here: docs/first-hour-*.png).

#include "core/inventory/Inventory.h"
#include "core/people/Households.h"
#include "core/runs/Runs.h"
#include "core/storage/Settings.h"
#include "core/storage/Store.h"
#include "tests/TestSupport.h"
#include "ui/MainWindow.h"
#include "ui/PassphraseDialog.h"
#include "ui/Startup.h"
#include "ui/common/Page.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using larder::Store;
using larder::ui::MainWindow;

namespace {

void shoot(QWidget* widget, const QString& name) {
    const QString folder = qEnvironmentVariable("LARDER_SCREENSHOTS");
    if (folder.isEmpty() || !widget)
        return;
    QDir().mkpath(folder);
    widget->grab().save(folder + u"/first-hour-"_s + name + u".png"_s);
}

// Types into whatever has the keyboard, then lets the event loop turn.
void type(const QString& text) {
    for (const QChar c : text)
        QTest::keyClick(QApplication::focusWidget(), c.toLatin1());
    QCoreApplication::processEvents();
}

void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    QTest::keyClick(QApplication::focusWidget(), key, modifiers);
    QCoreApplication::processEvents();
}

} // namespace

class TestFirstHour : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void aNewPantryInItsFirstHour();

private:
    QTemporaryDir m_dir;
};

void TestFirstHour::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"Larder"_s);
    QCoreApplication::setApplicationName(u"LarderFirstHourTest"_s);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    qputenv("LARDER_KDF", "minimal");
    // A pantry made in the app runs on the computer's clock, as a newcomer's does: nothing below
    // depends on the day ("6m" is six months from whatever today is).
}

void TestFirstHour::init() {
    QTest::failOnWarning(QRegularExpression(u"^(?!This plugin does not support).*"_s));
}

void TestFirstHour::aNewPantryInItsFirstHour() {
    // 1. The pantry: its name, where the file goes (the proposed folder), a passphrase.
    const QString path = m_dir.filePath(u"eastside.larder"_s);
    QStringList seen;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&] {
        QWidget* modal = QApplication::activeModalWidget();
        if (auto* passphrase = qobject_cast<larder::ui::PassphraseDialog*>(modal)) {
            if (!seen.contains(u"passphrase"_s)) {
                seen << u"passphrase"_s;
                if (auto* suggest = passphrase->findChild<QPushButton*>(u"suggestPassphrase"_s))
                    suggest->click();
                shoot(passphrase, u"2-passphrase"_s);
            }
            passphrase->accept();
        } else if (auto* input = qobject_cast<QInputDialog*>(modal)) {
            seen << u"name"_s;
            input->setTextValue(u"Eastside Community Pantry"_s);
            shoot(input, u"1-name"_s);
            input->accept();
        } else if (auto* files = qobject_cast<QFileDialog*>(modal)) {
            seen << u"file"_s;
            files->selectFile(path);
            static_cast<QDialog*>(files)->accept();
        } else if (auto* box = qobject_cast<QMessageBox*>(modal)) {
            seen << u"question: "_s + box->text();
            box->accept();
        }
    });
    poll.start(20);
    auto created = larder::ui::Startup::createPantryInteractively(nullptr);
    poll.stop();
    auto store = LARDER_MUST(std::move(created));
    QCOMPARE(seen.first(), u"name"_s);
    QVERIFY2(seen.contains(u"passphrase"_s), qPrintable(seen.join(u" | "_s)));
    QCOMPARE(store->protection(), Store::Protection::Unlocked);
    Store& data = *store;

    MainWindow window(std::move(store));
    window.resize(1280, 800);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));

    // 2. An empty Today says where to start.
    shoot(&window, u"3-today-empty"_s);
    QStringList texts;
    for (QLabel* label : window.page(MainWindow::PageId::Today)->findChildren<QLabel*>())
        if (label->isVisible())
            texts << label->text();
    const QString today = texts.join(u'\n');
    QVERIFY2(today.contains(u"Settings"_s), qPrintable(today));

    // 3. On shift, then Settings: the pantry's address and its place, from a map link.
    QTest::keyClick(&window, Qt::Key_S, Qt::AltModifier);
    type(u"Rosa"_s);
    key(Qt::Key_Enter);
    QVERIFY(!data.actor().isEmpty());
    // The getting-started list's links lead to the page of each step.
    auto* steps = window.findChild<QLabel*>(u"firstSteps"_s);
    QVERIFY(steps && steps->isVisible());
    const auto follow = [&](const QString& page) {
        QVERIFY2(steps->text().contains(u"larder:"_s + page), qPrintable(steps->text()));
        Q_EMIT steps->linkActivated(u"larder:"_s + page);
        QCoreApplication::processEvents();
    };
    follow(u"settings"_s);
    QCOMPARE(window.currentPage(), MainWindow::PageId::Settings);
    auto* address = window.findChild<QLineEdit*>(u"pantryAddress"_s);
    auto* place = window.findChild<QLineEdit*>(u"pantryCoordinates"_s);
    QVERIFY(address && place);
    address->setFocus();
    type(u"1850 S Blue Island Ave, Chicago"_s);
    key(Qt::Key_Tab); // leaving the field saves it
    place->setFocus();
    type(u"https://www.openstreetmap.org/#map=17/41.85750/-87.66070"_s);
    key(Qt::Key_Tab);
    const larder::Settings settings(data);
    QCOMPARE(settings.get(larder::settings::PantryAddress), u"1850 S Blue Island Ave, Chicago"_s);
    QCOMPARE(settings.get(larder::settings::PantryCoordinates), u"41.857500, -87.660700"_s);
    shoot(&window, u"4-settings"_s);

    // 4. The first donation, of an item the catalog does not know yet: the intake line offers
    //    to add it.
    window.showPage(MainWindow::PageId::Today);
    QCoreApplication::processEvents();
    QVERIFY2(steps->text().contains(u"(done)"_s), qPrintable(steps->text())); // the place is set
    follow(u"inventory"_s);
    QCOMPARE(window.currentPage(), MainWindow::PageId::Inventory);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"intakeItem"_s);
    type(u"Brown rice 2 lb"_s);
    key(Qt::Key_Enter);
    // Not in the catalog: New item (Alt+N) adds it, with the name already typed.
    QTimer answer;
    bool asked = false;
    connect(&answer, &QTimer::timeout, this, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        asked = true;
        answer.stop();
        shoot(dialog, u"5-new-item"_s);
        QTest::keyClick(dialog, Qt::Key_Enter);
    });
    answer.start(20);
    key(Qt::Key_N, Qt::AltModifier);
    QTRY_VERIFY(asked);
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), u"intakeQuantity"_s);
    type(u"12"_s);
    key(Qt::Key_Enter);
    type(u"6m"_s);
    key(Qt::Key_Enter);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"intakeItem"_s);
    auto* entries = window.findChild<QAbstractItemView*>(u"lastEntriesView"_s);
    QCOMPARE(entries->model()->rowCount(), 1);
    shoot(&window, u"6-intake-saved"_s);

    // 5. A household: New household (Alt+N), the name they chose, the street, Enter saves.
    window.showPage(MainWindow::PageId::Today);
    QCoreApplication::processEvents();
    follow(u"households"_s);
    QCOMPARE(window.currentPage(), MainWindow::PageId::Households);
    key(Qt::Key_N, Qt::AltModifier); // a button's Alt+letter clicks it a moment later
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), u"field_chosen_name"_s);
    type(u"Familia Garcia"_s);
    key(Qt::Key_Tab);
    type(u"1703 W 25th St"_s);
    shoot(&window, u"7-household"_s);
    key(Qt::Key_Enter);
    QCOMPARE(larder::people::Households(data).activeCount(), 1);

    // 6. A delivery day: Alt+N on Distribution, then the kind of day.
    window.showPage(MainWindow::PageId::Today);
    QCoreApplication::processEvents();
    follow(u"distribution"_s);
    QCOMPARE(window.currentPage(), MainWindow::PageId::Distribution);
    shoot(&window, u"8-distribution-empty"_s);
    QTimer menu;
    connect(&menu, &QTimer::timeout, this, [&] {
        if (QWidget* popup = QApplication::activePopupWidget()) {
            QTest::keyClick(popup, Qt::Key_Down); // the first kind: delivery by drivers
            QTest::keyClick(popup, Qt::Key_Enter);
        }
    });
    menu.start(20);
    key(Qt::Key_N, Qt::AltModifier);
    QTRY_VERIFY(!larder::runs::Runs(data).runs(QDate(2000, 1, 1), QDate(2100, 1, 1)).isEmpty());
    menu.stop();
    QCoreApplication::processEvents();
    shoot(&window, u"9-distribution-day"_s);
}

QTEST_MAIN(TestFirstHour)
#include "tst_firsthour.moc"
