// SPDX-License-Identifier: GPL-3.0-or-later
// The outcomes screen offscreen: a run's stops in the sheets' order, keys 1-5, notes, undo before
// saving, one save for all, a refused save that keeps what was typed, the run closing only when
// every stop has an outcome; and the follow-up list on the Today page.

#include "core/people/Households.h"
#include "core/runs/Runs.h"
#include "core/storage/Store.h"
#include "tests/TestSupport.h"
#include "ui/distribution/CheckInDialog.h"
#include "ui/today/TodayPage.h"

#include <QApplication>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using larder::test::child;
// Saves a picture of `widget` when LARDER_SCREENSHOT_DIR is set, for looking at by eye.
static void screenshot(QWidget* widget, const QString& name) {
    const QString dir = qEnvironmentVariable("LARDER_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name + u".png"_s);
}

using larder::Store;
using larder::runs::Runs;
using larder::ui::CheckInDialog;
namespace outcome = larder::runs::outcome;
namespace status = larder::runs::status;

class TestCheckInUi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void rowsFollowTheSheets();
    void keysRecordOutcomesAndNotes();
    void undoTakesBackBeforeSaving();
    void refusedSaveKeepsEverything();
    void followUpAppearsOnTodayAndGoesOnDone();

private:
    // A new household's id (taken with LARDER_MUST).
    larder::Result<QString> addHousehold(const QString& name, const QString& street);
    // Shows the check-in dialog of the run with the keyboard on its rows; false when it could not.
    bool openDialog();
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    QString storedOutcome(const QString& stopId) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<CheckInDialog> m_dialog;
    QTableView* m_view = nullptr; // the dialog's rows
    QString m_runId;
    // Stops by household, and the order the sheets print them: route 1 Tom, Maria; route 2 Ana.
    QString m_maria, m_tom, m_ana;
};

void TestCheckInUi::initTestCase() {
    QVERIFY(m_dir.isValid());
}

void TestCheckInUi::init() {
    QTest::failOnWarning(QRegularExpression(u"^(?!This plugin does not support).*"_s));
    m_store = LARDER_MUST(larder::test::createPantry(
        m_dir, std::make_shared<larder::ManualClock>(larder::test::TestEpochMs, 1)));
    const QString maria = LARDER_MUST(addHousehold(u"Maria Lopez"_s, u"12 Oak Street"_s));
    const QString tom = LARDER_MUST(addHousehold(u"Tom Baker"_s, u"7 Pine Road"_s));
    const QString ana = LARDER_MUST(addHousehold(u"Ana Ruiz"_s, u"40 Elm Avenue"_s));

    Runs runs(*m_store);
    auto run = runs.create(QDate(2026, 3, 7), larder::runs::kind::Delivery, u"Saturday"_s);
    LARDER_VERIFY_OK(run);
    m_runId = run.value();
    // Whoever the schedule proposed, exactly these three are the stops.
    QHash<QString, QString> stopOf;
    for (const auto& stop : runs.stops(m_runId))
        stopOf.insert(stop.householdId, stop.id);
    for (const QString& household : {maria, tom, ana}) {
        if (!stopOf.contains(household)) {
            auto added = runs.addStop(m_runId, household);
            LARDER_VERIFY_OK(added);
            stopOf.insert(household, added.value());
        }
    }
    QCOMPARE(runs.stops(m_runId).size(), 3);
    m_maria = stopOf.value(maria);
    m_tom = stopOf.value(tom);
    m_ana = stopOf.value(ana);

    larder::runs::RunDriver first;
    first.capacity = 10;
    auto driver1 = runs.addDriver(m_runId, first);
    LARDER_VERIFY_OK(driver1);
    auto driver2 = runs.addDriver(m_runId, first);
    LARDER_VERIFY_OK(driver2);
    // Ana on the second route; on the first, Tom before Maria.
    LARDER_VERIFY_OK(runs.moveStop(m_ana, driver2.value(), 1));
    LARDER_VERIFY_OK(runs.moveStop(m_maria, driver1.value(), 1));
    LARDER_VERIFY_OK(runs.moveStop(m_tom, driver1.value(), 1));
}

void TestCheckInUi::cleanup() {
    m_view = nullptr;
    m_dialog.reset();
    m_store.reset();
}

larder::Result<QString> TestCheckInUi::addHousehold(const QString& name, const QString& street) {
    larder::people::Household h;
    h.chosenName = name;
    h.street = street;
    h.city = u"Chicago"_s;
    h.postalCode = u"60608"_s;
    return larder::people::Households(*m_store).add(h);
}

bool TestCheckInUi::openDialog() {
    m_dialog = std::make_unique<CheckInDialog>(*m_store, m_runId);
    m_dialog->show();
    if (!QTest::qWaitForWindowExposed(m_dialog.get()))
        return false;
    m_dialog->activateWindow();
    m_view = LARDER_MUST(child<QTableView>(*m_dialog, u"checkInView"_s), false);
    m_view->setFocus();
    return true;
}

void TestCheckInUi::press(Qt::Key key, Qt::KeyboardModifiers modifiers) {
    QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : m_view;
    QTest::keyClick(target, key, modifiers);
}

QString TestCheckInUi::storedOutcome(const QString& stopId) const {
    return Runs(*m_store).stop(stopId)->outcome;
}

void TestCheckInUi::rowsFollowTheSheets() {
    QVERIFY(openDialog());
    QCOMPARE(m_dialog->rowCount(), 3);
    QCOMPARE(m_dialog->stopIdAt(0), m_tom);
    QCOMPARE(m_dialog->stopIdAt(1), m_maria);
    QCOMPARE(m_dialog->stopIdAt(2), m_ana);
    auto* model = m_view->model();
    // Name, address and boxes are on each row; the stop number is the one printed.
    QCOMPARE(model->index(0, 2).data().toString(), u"Tom Baker"_s);
    QCOMPARE(model->index(0, 3).data().toString(), u"7 Pine Road"_s);
    QCOMPARE(model->index(1, 1).data().toString(), u"2"_s);
    QCOMPARE(model->index(2, 1).data().toString(), u"1"_s);
    QVERIFY(model->index(0, 4).data().toInt() >= 1);
    QCOMPARE(m_dialog->counterText(), u"0 of 3 recorded"_s);
    QVERIFY(!LARDER_MUST(child<QPushButton>(*m_dialog, u"saveOutcomes"_s))->isEnabled());
}

void TestCheckInUi::keysRecordOutcomesAndNotes() {
    QVERIFY(openDialog());
    QCOMPARE(m_view->currentIndex().row(), 0);
    press(Qt::Key_1); // Tom: delivered, on to Maria
    QCOMPARE(m_view->currentIndex().row(), 1);
    press(Qt::Key_3); // Maria: not home
    QCOMPARE(m_view->currentIndex().row(), 2);
    press(Qt::Key_Up);
    press(Qt::Key_N); // a note for Maria
    QVERIFY(qobject_cast<QLineEdit*>(QApplication::focusWidget()));
    QTest::keyClicks(QApplication::focusWidget(), u"side door, ring twice"_s);
    press(Qt::Key_Return); // the editor commits at the next turn of the event loop
    QTRY_COMPARE(m_dialog->noteAt(1), u"side door, ring twice"_s);
    QCOMPARE(QApplication::focusWidget(),
             m_view); // back on the rows
    QCOMPARE(m_dialog->outcomeAt(0), outcome::Delivered);
    QCOMPARE(m_dialog->outcomeAt(1), outcome::NotHome);
    QCOMPARE(m_dialog->counterText(), u"2 of 3 recorded · 2 not saved yet"_s);
    screenshot(m_dialog.get(), u"checkin-typing"_s);
    // Nothing is written before Save.
    QVERIFY(storedOutcome(m_tom).isEmpty());

    QVERIFY(m_dialog->save());
    QCOMPARE(storedOutcome(m_tom), outcome::Delivered);
    QCOMPARE(storedOutcome(m_maria), outcome::NotHome);
    QCOMPARE(Runs(*m_store).stop(m_maria)->outcomeNote, u"side door, ring twice"_s);
    QVERIFY(storedOutcome(m_ana).isEmpty());
    // One stop missing: the run stays open, and the dialog says when it closes.
    QVERIFY(Runs(*m_store).run(m_runId)->status != status::Closed);
    QVERIFY2(m_dialog->messageText().contains(u"closes when every stop"_s),
             qPrintable(m_dialog->messageText()));
    QVERIFY(!m_dialog->hasUnsavedChanges());

    // The last stop: declined (key 5). Saving closes the run.
    m_view->setFocus();
    press(Qt::Key_Down);
    QCOMPARE(m_view->currentIndex().row(), 2);
    press(Qt::Key_5);
    QCOMPARE(m_dialog->counterText(), u"3 of 3 recorded · 1 not saved yet"_s);
    QTest::keyClick(m_dialog.get(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(storedOutcome(m_ana), outcome::Declined);
    QCOMPARE(Runs(*m_store).run(m_runId)->status, status::Closed);
    QVERIFY2(m_dialog->messageText().contains(u"run is closed"_s),
             qPrintable(m_dialog->messageText()));
    screenshot(m_dialog.get(), u"checkin-closed"_s);
}

void TestCheckInUi::undoTakesBackBeforeSaving() {
    QVERIFY(openDialog());
    press(Qt::Key_2); // Tom: left at door
    press(Qt::Key_4); // Maria: wrong address
    QCOMPARE(m_dialog->outcomeAt(1), outcome::WrongAddress);
    press(Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(m_dialog->outcomeAt(1).isEmpty());
    QCOMPARE(m_dialog->outcomeAt(0), outcome::LeftAtDoor);
    // Back on the row that was undone, so the next key goes there.
    QCOMPARE(m_view->currentIndex().row(), 1);
    press(Qt::Key_1);
    QCOMPARE(m_dialog->outcomeAt(1), outcome::Delivered);
    press(Qt::Key_0); // 0 clears the current row (Ana, still empty): nothing changes
    QVERIFY(m_dialog->outcomeAt(2).isEmpty());
    press(Qt::Key_Up);
    press(Qt::Key_0); // clears Maria
    QVERIFY(m_dialog->outcomeAt(1).isEmpty());
    QCOMPARE(m_dialog->counterText(), u"1 of 3 recorded · 1 not saved yet"_s);
    QVERIFY(m_dialog->save());
    QCOMPARE(storedOutcome(m_tom), outcome::LeftAtDoor);
    QVERIFY(storedOutcome(m_maria).isEmpty());
    // Saved changes are no longer on the undo stack.
    QCOMPARE(m_dialog->undoStack()->count(), 0);
}

void TestCheckInUi::refusedSaveKeepsEverything() {
    QVERIFY(openDialog());
    press(Qt::Key_1);
    press(Qt::Key_3);
    press(Qt::Key_1);
    // Meanwhile Ana's stop goes from the run (another window): the save is refused whole.
    LARDER_VERIFY_OK(Runs(*m_store).removeStop(m_ana));
    QVERIFY(!m_dialog->save());
    QVERIFY(!m_dialog->messageText().isEmpty());
    QVERIFY(storedOutcome(m_tom).isEmpty());
    QCOMPARE(m_dialog->outcomeAt(0), outcome::Delivered);
    QCOMPARE(m_dialog->outcomeAt(1), outcome::NotHome);
    QVERIFY(m_dialog->hasUnsavedChanges());
    // Reloading drops the gone stop (and what was typed, as a reload says), and the rest saves.
    m_dialog->reload();
    QCOMPARE(m_dialog->rowCount(), 2);
    press(Qt::Key_1);
    press(Qt::Key_1);
    QVERIFY(m_dialog->save());
    QCOMPARE(Runs(*m_store).run(m_runId)->status, status::Closed);
}

void TestCheckInUi::followUpAppearsOnTodayAndGoesOnDone() {
    larder::ui::TodayPage today(*m_store);
    today.resize(1200, 900);
    today.show();
    QVERIFY(QTest::qWaitForWindowExposed(&today));
    auto* model = LARDER_MUST(child<QStandardItemModel>(today, u"followUpModel"_s));
    auto* view = LARDER_MUST(child<QTableView>(today, u"followUpView"_s));
    auto* done = LARDER_MUST(child<QPushButton>(today, u"followUpDone"_s));
    QCOMPARE(model->rowCount(), 0);

    LARDER_VERIFY_OK(
        Runs(*m_store).recordOutcomes({{m_tom, outcome::Delivered, {}},
                                       {m_maria, outcome::NotHome, u"nobody answered"_s},
                                       {m_ana, outcome::WrongAddress, {}}}));
    today.refresh();
    QCOMPARE(model->rowCount(), 2);
    QStringList names{model->item(0, 0)->text(), model->item(1, 0)->text()};
    names.sort();
    QCOMPARE(names, (QStringList{u"Ana Ruiz"_s, u"Maria Lopez"_s}));
    int mariaRow = model->item(0, 0)->text() == u"Maria Lopez"_s ? 0 : 1;
    QCOMPARE(model->item(mariaRow, 2)->text(), u"Not home"_s);
    QCOMPARE(model->item(mariaRow, 3)->text(), u"nobody answered"_s);
    screenshot(&today, u"today-followups"_s);

    // "Open household" asks for Maria's household.
    QString requested;
    connect(&today, &larder::ui::TodayPage::householdRequested, this,
            [&requested](const QString& id) { requested = id; });
    view->setCurrentIndex(model->index(mariaRow, 0));
    LARDER_MUST(child<QPushButton>(today, u"openHousehold"_s))->click();
    QCOMPARE(requested, Runs(*m_store).stop(m_maria)->householdId);

    // Done takes Maria off the list, and only her.
    view->setCurrentIndex(model->index(mariaRow, 0));
    done->click();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->item(0, 0)->text(), u"Ana Ruiz"_s);
    QVERIFY(Runs(*m_store).stop(m_maria)->followedUp);
    QVERIFY(today.markFollowedUp(0));
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(!done->isEnabled());
}

QTEST_MAIN(TestCheckInUi)
#include "tst_checkin_ui.moc"
