// SPDX-License-Identifier: GPL-3.0-or-later
// Requests and offers on screen: a request added from the Today page and from the household's
// form by the keyboard alone (type-ahead for who and what, Enter saves), a proposed match
// confirmed with Alt+C, and each undone with Ctrl+Z on the page's stack.

#include "core/inventory/Inventory.h"
#include "core/people/HouseholdIndex.h"
#include "core/people/Households.h"
#include "core/requests/Requests.h"
#include "tests/TestSupport.h"
#include "tests/ui/KeyboardSupport.h"
#include "ui/households/HouseholdForm.h"
#include "ui/households/HouseholdsPage.h"
#include "ui/today/AidPanel.h"
#include "ui/today/TodayPage.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace larder;
using namespace larder::test;
using namespace Qt::StringLiterals;

namespace {

// Types into whatever has the focus; when the field proposes names as it is typed, takes the
// first with Down and Enter, as a person would.
void typeAndChoose(const QString& text) {
    for (const QChar c : text) {
        QWidget* target = keyboardTarget();
        QVERIFY2(target, "nothing has the keyboard");
        QTest::keyClick(target, c.toLatin1());
    }
    QCoreApplication::processEvents();
    auto* edit = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    if (edit && edit->completer() && edit->completer()->popup()->isVisible()) {
        QTest::keyClick(edit->completer()->popup(), Qt::Key_Down);
        QTest::keyClick(edit->completer()->popup(), Qt::Key_Return);
        QCoreApplication::processEvents();
    }
}

// exec() blocks: `act` runs on the next modal window that comes up, from the event loop, once
// the keyboard is in it. A dialog `act` leaves open (a failed check returns early) is rejected,
// so a failure never hangs the suite.
void whenModal(const std::function<void(QWidget*)>& act) {
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act] {
        QWidget* modal = QApplication::activeModalWidget();
        QWidget* focus = QApplication::focusWidget();
        if (!modal || !focus || (focus != modal && !modal->isAncestorOf(focus)))
            return;
        timer->stop();
        timer->deleteLater();
        act(modal);
        if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget()))
            dialog->reject();
    });
    timer->start();
}

} // namespace

class TestRequestsUi : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<ManualClock> m_clock;
    std::unique_ptr<Store> m_store;
    QString m_rosa;
    QString m_diapers;

private Q_SLOTS:
    void init() {
        QTest::failOnWarning(QRegularExpression(u"^(?!This plugin does not support).*"_s));
        m_clock = std::make_shared<ManualClock>(TestEpochMs, 1);
        m_store = LARDER_MUST(createPantry(m_dir, m_clock));
        people::Household h;
        h.chosenName = u"Rosa Martinez"_s;
        h.street = u"1842 W 21st St"_s;
        m_rosa = LARDER_MUST(people::Households(*m_store).add(h));
        inventory::Item item;
        item.name = u"Diapers size 4"_s;
        item.category = u"baby"_s;
        m_diapers = LARDER_MUST(inventory::Inventory(*m_store).addItem(item));
    }

    void cleanup() { m_store.reset(); }

    void addARequestFromTodayByKeyboardAndUndo() {
        ui::TodayPage page(*m_store);
        page.resize(1100, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        ui::AidPanel* panel = page.aidPanel();
        QCOMPARE(panel->requestRows(), 0);

        bool typed = false;
        whenModal([&typed](QWidget* dialog) {
            QCOMPARE(focusName(), u"aidWho"_s);
            if (const QString shots = qEnvironmentVariable("LARDER_SCREENSHOTS"); !shots.isEmpty())
                dialog->grab().save(shots + u"/request-dialog.png"_s);
            typeAndChoose(u"rosa"_s);
            auto* who = dialog->findChild<QLineEdit*>(u"aidWho"_s);
            QCOMPARE(who->text(), u"Rosa Martinez"_s);
            key(Qt::Key_Tab);
            QCOMPARE(focusName(), u"aidWhat"_s);
            typeAndChoose(u"diap"_s);
            QCOMPARE(dialog->findChild<QLineEdit*>(u"aidWhat"_s)->text(), u"Diapers size 4"_s);
            key(Qt::Key_Tab); // the kind of thing follows the item: skipped
            QCOMPARE(focusName(), u"aidQuantity"_s);
            key(Qt::Key_Up); // 2
            key(Qt::Key_Return);
            typed = true;
        });
        // Alt+R presses "New request…".
        QTest::keyClick(&page, Qt::Key_R, Qt::AltModifier);
        QTRY_VERIFY(typed);
        QTRY_COMPARE(panel->requestRows(), 1);
        const QList<requests::Request> open = requests::Requests(*m_store).open();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().householdId, m_rosa);
        QCOMPARE(open.first().itemId, m_diapers);
        QCOMPARE(open.first().quantity, 2);
        QVERIFY(page.undoStack()->undoText().contains(u"Diapers size 4, 2"_s));

        page.undoStack()->undo();
        QVERIFY(requests::Requests(*m_store).open().isEmpty());
        page.refresh();
        QCOMPARE(panel->requestRows(), 0);
        page.undoStack()->redo();
        QCOMPARE(requests::Requests(*m_store).open().size(), 1);
    }

    void aWrongNameIsSaidAndNothingSaved() {
        ui::TodayPage page(*m_store);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        bool checked = false;
        whenModal([&checked](QWidget* dialog) {
            typeAndChoose(u"Nobody Atall"_s);
            key(Qt::Key_Tab);
            typeAndChoose(u"soap"_s);
            key(Qt::Key_Return);
            auto* problem = dialog->findChild<QLabel*>(u"aidProblem"_s);
            QVERIFY(problem->isVisible());
            QVERIFY(problem->text().contains(u"Nobody Atall"_s));
            key(Qt::Key_Escape);
            checked = true;
        });
        QTest::keyClick(&page, Qt::Key_R, Qt::AltModifier);
        QTRY_VERIFY(checked);
        QVERIFY(requests::Requests(*m_store).list().isEmpty());
    }

    void confirmAMatchAndUndo() {
        requests::Requests api(*m_store);
        requests::Request coat;
        coat.householdId = m_rosa;
        coat.description = u"winter coat, age 8"_s;
        coat.category = u"clothing"_s;
        const QString requestId = LARDER_MUST(api.add(coat));
        requests::Offer offer;
        offer.offeredBy = u"Ana on 19th St"_s;
        offer.description = u"kids' winter coats"_s;
        offer.category = u"clothing"_s;
        offer.quantity = 2;
        const QString offerId = LARDER_MUST(api.addOffer(offer));

        ui::TodayPage page(*m_store);
        page.resize(1100, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        ui::AidPanel* panel = page.aidPanel();
        QCOMPARE(panel->proposalRows(), 1);
        QCOMPARE(panel->offerRows(), 1);
        QCOMPARE(panel->unmatchedOfferRows(), 1);
        auto* proposals = panel->findChild<QTableView*>(u"proposalsView"_s);
        QVERIFY(proposals->isVisible());
        // LARDER_SCREENSHOTS: the panel as a coordinator sees it, for a person to look at.
        if (const QString shots = qEnvironmentVariable("LARDER_SCREENSHOTS"); !shots.isEmpty())
            panel->grab().save(shots + u"/requests-panel.png"_s);
        // Alt+C presses Confirm match (a button's mnemonic clicks it a moment later).
        QTest::keyClick(&page, Qt::Key_C, Qt::AltModifier);
        QTRY_COMPARE(api.request(requestId)->status, requests::status::Promised);
        auto* message = LARDER_MUST(child<QLabel>(*panel, u"aidMessage"_s));
        QVERIFY2(message->isHidden(), qPrintable(message->text()));
        QCOMPARE(api.offer(offerId)->status, requests::offerstatus::Matched);
        QCOMPARE(panel->proposalRows(), 0);
        QCOMPARE(panel->unmatchedOfferRows(), 0);
        QCOMPARE(panel->offerRows(), 1); // matched, waiting to reach the pantry

        // Brought in: Alt+V marks it received; undo puts it back to waiting.
        QTest::keyClick(&page, Qt::Key_V, Qt::AltModifier);
        QTRY_COMPARE(api.offer(offerId)->status, requests::offerstatus::Received);
        page.refresh();
        QCOMPARE(panel->offerRows(), 0);
        page.undoStack()->undo();
        QCOMPARE(api.offer(offerId)->status, requests::offerstatus::Matched);
        page.refresh();

        page.undoStack()->undo();
        QCOMPARE(api.request(requestId)->status, requests::status::Open);
        QCOMPARE(api.offer(offerId)->status, requests::offerstatus::Open);
        page.refresh();
        QCOMPARE(panel->proposalRows(), 1);
        page.undoStack()->redo();
        QCOMPARE(api.request(requestId)->status, requests::status::Promised);
    }

    void addARequestFromTheHouseholdForm() {
        ui::HouseholdsPage page(*m_store);
        page.resize(1200, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        auto* form = LARDER_MUST(child<ui::HouseholdForm>(page, QString()));
        page.openHousehold(m_rosa); // as Enter on the list does
        QCOMPARE(form->currentId(), m_rosa);
        auto* add = LARDER_MUST(child<QPushButton>(page, u"addRequest"_s));
        QVERIFY(add->isEnabled());
        QVERIFY(add->isVisible());
        bool typed = false;
        whenModal([&typed](QWidget* dialog) {
            auto* who = dialog->findChild<QLineEdit*>(u"aidWho"_s);
            QCOMPARE(who->text(), u"Rosa Martinez"_s);
            QVERIFY(who->isReadOnly());
            QCOMPARE(focusName(), u"aidWhat"_s);
            typeAndChoose(u"bus pass for school"_s);
            key(Qt::Key_Return);
            typed = true;
        });
        add->setFocus();
        key(Qt::Key_Space);
        QTRY_VERIFY(typed);
        const QList<requests::Request> asked = requests::Requests(*m_store).forHousehold(m_rosa);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().description, u"bus pass for school"_s);
        auto* list = LARDER_MUST(child<QLabel>(page, u"householdRequests"_s));
        QVERIFY(list->text().contains(u"bus pass for school"_s));
        if (const QString shots = qEnvironmentVariable("LARDER_SCREENSHOTS"); !shots.isEmpty())
            page.grab().save(shots + u"/household-requests.png"_s);
        page.undoStack()->undo();
        QVERIFY(requests::Requests(*m_store).forHousehold(m_rosa).isEmpty());
    }
};

QTEST_MAIN(TestRequestsUi)
#include "tst_requests_ui.moc"
