// SPDX-License-Identifier: GPL-3.0-or-later
// A shift without a mouse: from the open window, with key events sent only to whatever has the
// keyboard focus (never to a widget the test picks), a volunteer goes on shift, receives a
// donation at intake, finds a household, plans the day's routes and records the drivers'
// outcomes. Each step checks that the keys landed where a person would expect and that focus is
// always somewhere (so it can be seen).

#include "core/demo/DemoData.h"
#include "core/runs/Runs.h"
#include "core/storage/Store.h"
#include "tests/TestSupport.h"
#include "tests/ui/DemoWindow.h"
#include "tests/ui/KeyboardSupport.h"
#include "ui/MainWindow.h"
#include "ui/distribution/CheckInDialog.h"
#include "ui/distribution/DistributionPage.h"
#include "ui/inventory/LastEntriesModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;
using larder::ManualClock;
using larder::Store;
using larder::ui::MainWindow;

namespace {

using larder::test::focusName;
using larder::test::key;
using larder::test::keyboardTarget;

// Types ASCII text one key at a time into whatever has the focus.
void type(const QString& text) {
    for (const QChar c : text) {
        QWidget* target = keyboardTarget();
        QVERIFY2(target, "nothing has the keyboard");
        QTest::keyClick(target, c.toLatin1());
    }
}

// Presses Tab until the focus is on the widget named `name`; false after `limit` presses.
bool tabTo(const QString& name, int limit = 80) {
    QStringList path;
    for (int i = 0; i < limit; ++i) {
        if (focusName() == name)
            return true;
        QWidget* target = keyboardTarget();
        if (!target) {
            qWarning("the keyboard went nowhere after %s", qPrintable(path.join(u", "_s)));
            return false;
        }
        path << focusName();
        QTest::keyClick(target, Qt::Key_Tab);
        QCoreApplication::processEvents();
    }
    return focusName() == name;
}

// exec() blocks: `act` runs on the next modal window that comes up, from the event loop.
void whenModal(const std::function<void(QWidget*)>& act, QWidget* notThisOne = nullptr) {
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act, notThisOne] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal || modal == notThisOne)
            return;
        timer->stop();
        timer->deleteLater();
        act(modal);
    });
    timer->start();
}

} // namespace

class TestKeyboard : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void aShiftFromTheKeyboardAlone();

private:
    larder::test::DemoWindows m_demo;
};

void TestKeyboard::initTestCase() {
    QVERIFY(m_demo.prepare(u"LarderKeyboardTest"_s));
}

void TestKeyboard::init() {
    larder::test::DemoWindows::failOnWarnings();
}

void TestKeyboard::cleanup() {
    QSettings().clear();
}

void TestKeyboard::aShiftFromTheKeyboardAlone() {
    const std::unique_ptr<MainWindow> opened = m_demo.open();
    QVERIFY(opened);
    MainWindow& window = *opened;
    Store& data = window.store();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));

    // On shift: Alt+S, a name, Enter.
    key(Qt::Key_S, Qt::AltModifier);
    QCOMPARE(focusName(), u"shiftPicker"_s);
    type(u"Ben"_s);
    key(Qt::Key_Enter);
    QVERIFY2(!data.actor().isEmpty(), "nobody went on shift");

    // Intake: Ctrl+2 puts the keyboard in the item line; a name, a quantity, an expiry.
    key(Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::PageId::Inventory);
    QCOMPARE(focusName(), u"intakeItem"_s);
    type(u"Hummus 10 oz"_s);
    key(Qt::Key_Enter);
    QCOMPARE(focusName(), u"intakeQuantity"_s);
    type(u"4"_s);
    key(Qt::Key_Enter);
    QCOMPARE(focusName(), u"intakeExpiry"_s);
    type(u"2w"_s);
    key(Qt::Key_Enter);
    QCOMPARE(focusName(), u"intakeItem"_s); // ready for the next donation
    auto* entries = window.findChild<QAbstractItemView*>(u"lastEntriesView"_s);
    QVERIFY(entries && entries->model());
    QCOMPARE(entries->model()->rowCount(), 1);
    QVERIFY(entries->model()
                ->index(0, larder::ui::LastEntriesModel::Item)
                .data()
                .toString()
                .contains(u"Hummus"_s));

    // Households: Ctrl+3 puts the keyboard in the search; typing narrows the list.
    key(Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::PageId::Households);
    QCOMPARE(focusName(), u"householdSearch"_s);
    auto* households = window.findChild<QAbstractItemView*>(u"householdsView"_s);
    QVERIFY(households && households->model());
    QTRY_VERIFY(households->model()->rowCount() > 1);
    const int all = households->model()->rowCount();
    type(u"Garc"_s);
    QTRY_VERIFY(households->model()->rowCount() < all);
    QVERIFY(households->model()->rowCount() >= 1);

    // Distribution: Ctrl+4, Ctrl+R plans the day shown.
    key(Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::PageId::Distribution);
    // The same plan on a busy machine as on an idle one: a fixed number of steps, no clock.
    auto* distribution =
        qobject_cast<larder::ui::DistributionPage*>(window.page(MainWindow::PageId::Distribution));
    QVERIFY(distribution);
    distribution->setPlanLimits(20000, -1);
    QVERIFY(QApplication::focusWidget());
    key(Qt::Key_R, Qt::ControlModifier);
    QCOMPARE(focusName(), u"routesView"_s); // the keyboard is on the routes planned
    const auto run = larder::runs::Runs(data).runsOn(QDate(2026, 3, 3));
    QVERIFY(!run.isEmpty());
    const QString runId = run.constFirst().id;
    bool planned = false;
    for (const larder::runs::RunStop& stop : larder::runs::Runs(data).stops(runId))
        planned = planned || !stop.driverId.isEmpty();
    QVERIFY2(planned, "Ctrl+R planned no route");

    // Record outcomes: Tab to the button, Space. The dialog takes digits (1 delivered) and
    // Ctrl+S; a question about setting stock aside first is answered No.
    QVERIFY2(tabTo(u"recordOutcomes"_s), qPrintable(u"focus stuck at "_s + focusName()));
    int delivered = 0;
    const std::function<void(QWidget*)> inDialog = [&](QWidget* modal) {
        if (auto* question = qobject_cast<QMessageBox*>(modal)) {
            QTest::keyClick(question, Qt::Key_Escape);
            whenModal(inDialog, question);
            return;
        }
        auto* dialog = qobject_cast<larder::ui::CheckInDialog*>(modal);
        QVERIFY(dialog);
        for (int row = 0; row < dialog->rowCount(); ++row)
            key(Qt::Key_1);
        for (int row = 0; row < dialog->rowCount(); ++row)
            delivered += dialog->outcomeAt(row) == u"delivered" ? 1 : 0;
        key(Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!dialog->hasUnsavedChanges());
        key(Qt::Key_Escape);
    };
    whenModal(inDialog);
    key(Qt::Key_Space);
    QVERIFY(delivered > 0);
    int recorded = 0;
    for (const larder::runs::RunStop& stop : larder::runs::Runs(data).stops(runId))
        recorded += stop.outcome == u"delivered" ? 1 : 0;
    QCOMPARE(recorded, delivered);
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
