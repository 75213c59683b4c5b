// SPDX-License-Identifier: GPL-3.0-or-later
// The inventory screens, offscreen, on a fresh pantry with a manual clock (2026-03-01): intake
// driven exactly as a USB scanner and a volunteer type it, the "New item" dialog for an unknown
// code, inline messages that save nothing, undo and redo as ledger reversals, the out actions,
// negative stock as a warning, "use first" following its setting, a count posting exactly its
// differences, the count sheet as a PDF read back with pdftotext, every new model under
// QAbstractItemModelTester, and the Spanish labels.

#include "core/inventory/Inventory.h"
#include "core/storage/Settings.h"
#include "tests/TestSupport.h"
#include "ui/ShiftPicker.h"
#include "ui/inventory/BelowParModel.h"
#include "ui/inventory/CountModel.h"
#include "ui/inventory/CountPanel.h"
#include "ui/inventory/CountSheet.h"
#include "ui/inventory/IntakeForm.h"
#include "ui/inventory/InventoryPage.h"
#include "ui/inventory/ItemHistoryDialog.h"
#include "ui/inventory/LastEntriesModel.h"
#include "ui/inventory/LotsModel.h"
#include "ui/inventory/MovementsModel.h"
#include "ui/inventory/NewItemDialog.h"
#include "ui/inventory/StockActionDialog.h"
#include "ui/inventory/StockModel.h"
#include "ui/settings/SettingsPage.h"
#include "ui/today/ExpiringLotsModel.h"
#include "ui/today/TodayPage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace larder;
using namespace larder::test;
using larder::inventory::Inventory;
using larder::ui::InventoryPage;

namespace {

// Types into whatever has the keyboard, one key at a time, as a person (or a scanner) does.
void typeKeys(const QString& text) {
    for (const QChar c : text) {
        QWidget* target = QApplication::focusWidget();
        QVERIFY(target);
        QTest::keyClick(target, c.toLatin1());
    }
}

void pressEnter() {
    QWidget* target = QApplication::focusWidget();
    QVERIFY(target);
    QTest::keyClick(target, Qt::Key_Enter);
}

// Waits for a modal dialog of type T to show, and returns it.
template <typename T> T* waitForDialog() {
    T* dialog = nullptr;
    const bool shown = QTest::qWaitFor([&dialog] {
        dialog = qobject_cast<T*>(QApplication::activeModalWidget());
        QWidget* focus = QApplication::focusWidget();
        return dialog != nullptr && dialog->isVisible() && focus && dialog->isAncestorOf(focus);
    });
    return shown ? dialog : nullptr;
}

} // namespace

class TestInventoryUi : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<ManualClock> m_clock;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<InventoryPage> m_page;
    // The page's widgets most tests drive, found by name in showPage().
    QTabWidget* m_tabs = nullptr;
    ui::IntakeForm* m_intake = nullptr;
    QLineEdit* m_item = nullptr;
    QLineEdit* m_quantity = nullptr;
    QLineEdit* m_expiry = nullptr;
    ui::LastEntriesModel* m_entries = nullptr;
    QString m_shelf, m_fridge, m_beans, m_bread, m_rosa, m_bakery;

    Inventory inv() { return Inventory(*m_store); }
    QDate today() const { return QDate(2026, 3, 1); }
    qint64 ledgerRows() {
        return m_store->readAll("SELECT count(*) FROM stock_movements")
            .value()
            .constFirst()
            .constFirst()
            .toLongLong();
    }
    // The newest ledger row (by insertion).
    std::optional<inventory::MovementRow> lastMovement() {
        const auto rows = m_store->readAll(
            "SELECT id FROM stock_movements ORDER BY hlc DESC, rowid DESC LIMIT 1");
        if (!rows || rows.value().isEmpty())
            return std::nullopt;
        return inv().movement(rows.value().constFirst().constFirst().toString());
    }
    // After a dialog closes, the page is the window that gets the keys and clicks again.
    void activatePage() {
        QApplication::setActiveWindow(m_page.get());
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    }
    void showPage() {
        m_page = std::make_unique<InventoryPage>(*m_store);
        m_page->resize(1200, 760);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QApplication::setActiveWindow(m_page.get());
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        m_tabs = LARDER_MUST(child<QTabWidget>(*m_page, u"inventoryTabs"_s));
        m_intake = LARDER_MUST(child<ui::IntakeForm>(*m_page, u"intakeForm"_s));
        m_item = LARDER_MUST(child<QLineEdit>(*m_intake, u"intakeItem"_s));
        m_quantity = LARDER_MUST(child<QLineEdit>(*m_intake, u"intakeQuantity"_s));
        m_expiry = LARDER_MUST(child<QLineEdit>(*m_intake, u"intakeExpiry"_s));
        m_entries = LARDER_MUST(child<ui::LastEntriesModel>(*m_intake, u"lastEntriesModel"_s));
        m_page->focusContent();
    }

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void intakeAsAScannerTypes();
    void intakeByNameWithShelfLife();
    void unknownBarcodeOpensNewItem();
    void badQuantityShowsInlineAndSavesNothing_data();
    void badQuantityShowsInlineAndSavesNothing();
    void badExpiryShowsInline();
    void pastExpiryAsksFirst();
    void undoAndRedoIntake();
    void outActionsAreUndoable();
    void negativeStockIsAWarning();
    void useFirstFollowsTheSetting();
    void settingsAreSavedAtOnce();
    void countPostsExactlyTheDifferences();
    void countSheetRendersToPdf();
    void historyFromAnyItemRow();
    void modelsPassTheTester();
    void spanishIntakeLabels();
    void aScanIsNotAVolunteer();
};

void TestInventoryUi::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestInventoryUi::init() {
    // Any warning fails the test, except the offscreen platform saying it cannot raise a popup or
    // grab the keyboard (the completer's popup asks for both).
    QTest::failOnWarning(QRegularExpression(u"^(?!This plugin does not support).*"_s));
    m_clock = std::make_shared<ManualClock>(TestEpochMs, 1);
    m_store = LARDER_MUST(createPantry(m_dir, m_clock, u"Eastside Pantry"_s));
    m_shelf = LARDER_MUST(inv().addLocation({{}, u"Shelf A"_s, u"shelf"_s, true}));
    m_fridge = LARDER_MUST(inv().addLocation({{}, u"Fridge"_s, u"fridge"_s, true}));
    inventory::Item beans;
    beans.name = u"Black beans 15 oz"_s;
    beans.caseSize = 24;
    beans.parLevel = 100;
    beans.barcodes = {u"0041331021565"_s};
    m_beans = LARDER_MUST(inv().addItem(beans));
    inventory::Item bread;
    bread.name = u"Bread loaf"_s;
    bread.perishable = true;
    bread.shelfLifeDays = 5;
    bread.barcodes = {u"0072250011372"_s};
    m_bread = LARDER_MUST(inv().addItem(bread));
    QVERIFY(m_store
                ->write([this](Writer& w) {
                    m_rosa = w.insert(u"people"_s,
                                      {{u"display_name"_s, u"Rosa"_s}, {u"roles"_s, u"intake"_s}});
                    m_bakery = w.insert(u"suppliers"_s, {{u"name"_s, u"Panadería La Espiga"_s},
                                                         {u"kind"_s, u"bakery"_s}});
                })
                .ok());
    m_store->setActor(m_rosa);
    showPage();
}

void TestInventoryUi::cleanup() {
    m_page.reset();
    m_store.reset();
}

void TestInventoryUi::intakeAsAScannerTypes() {
    QCOMPARE(m_tabs->currentIndex(), int(InventoryPage::IntakeTab));
    QCOMPARE(QApplication::focusWidget(), m_item);
    const qint64 before = ledgerRows();

    // The scanner types the code and Enter.
    QTest::keyClicks(m_item, u"0041331021565"_s);
    QTest::keyClick(m_item, Qt::Key_Enter);
    QCOMPARE(m_intake->currentItemId(), m_beans);
    QCOMPARE(m_item->text(), u"Black beans 15 oz"_s);
    QCOMPARE(QApplication::focusWidget(), m_quantity);

    QTest::keyClicks(m_quantity, u"3 cases"_s);
    QTest::keyClick(m_quantity, Qt::Key_Enter);
    QCOMPARE(QApplication::focusWidget(), m_expiry);
    QTest::keyClicks(m_expiry, u"3w"_s);
    QTest::keyClick(m_expiry, Qt::Key_Enter);

    // One ledger row: 72 beans into Shelf A, in a lot that expires in three weeks, by Rosa.
    QCOMPARE(ledgerRows(), before + 1);
    const auto row = lastMovement();
    QVERIFY(row);
    QCOMPARE(row->kind, u"received"_s);
    QCOMPARE(row->itemId, m_beans);
    QCOMPARE(row->quantity, 72);
    QCOMPARE(row->locationId, m_shelf);
    QCOMPARE(row->recordedBy, m_rosa);
    QCOMPARE(row->reason, u"donation"_s);
    QVERIFY(row->expiry);
    QCOMPARE(*row->expiry, today().addDays(21));
    QCOMPARE(inv().onHandTotal(m_beans), 72);

    // The line stays on screen, newest first, and the next scan can come.
    QCOMPARE(m_entries->rowCount(), 1);
    using C = ui::LastEntriesModel;
    QCOMPARE(m_entries->index(0, C::Item).data().toString(), u"Black beans 15 oz"_s);
    QVERIFY(m_entries->index(0, C::Quantity).data().toString().startsWith(u"72"_s));
    QVERIFY(m_entries->index(0, C::Quantity).data().toString().contains(u"3 cases"_s));
    QVERIFY(m_entries->index(0, C::Expiry).data().toString().contains(u"22"_s));
    QCOMPARE(m_entries->index(0, C::Location).data().toString(), u"Shelf A"_s);
    QCOMPARE(m_entries->index(0, C::Who).data().toString(), u"Rosa"_s);
    QCOMPARE(m_entries->index(0, C::Status).data().toString(), u"Saved"_s);
    QCOMPARE(QApplication::focusWidget(), m_item);
    QVERIFY(m_item->text().isEmpty());
    QVERIFY(m_quantity->text().isEmpty());
    QVERIFY(m_expiry->text().isEmpty());
    QVERIFY(m_intake->status().contains(u"Saved"_s));
}

void TestInventoryUi::intakeByNameWithShelfLife() {
    // A typed name (part of it) finds the one item; its shelf life proposes the date.
    typeKeys(u"bread"_s);
    pressEnter();
    QCOMPARE(m_intake->currentItemId(), m_bread);
    QCOMPARE(QApplication::focusWidget(), m_quantity);
    QCOMPARE(m_expiry->text(), today().addDays(5).toString(Qt::ISODate));
    typeKeys(u"14"_s);
    pressEnter();
    pressEnter(); // the proposed date is right
    auto row = lastMovement();
    QVERIFY(row);
    QCOMPARE(row->quantity, 14);
    QCOMPARE(*row->expiry, today().addDays(5));

    // The bakery's loaves say Friday; they came from a supplier.
    auto* source = LARDER_MUST(child<QComboBox>(*m_intake, u"intakeSource"_s));
    auto* supplier = LARDER_MUST(child<QComboBox>(*m_intake, u"intakeSupplier"_s));
    source->setCurrentIndex(source->findData(u"supplier"_s));
    QVERIFY(supplier->isVisible());
    supplier->setCurrentIndex(supplier->findData(m_bakery));
    m_intake->focusItem();
    typeKeys(u"0072250011372"_s);
    pressEnter();
    typeKeys(u"14"_s);
    pressEnter();
    typeKeys(u"fri"_s);
    pressEnter();
    row = lastMovement();
    QCOMPARE(*row->expiry, QDate(2026, 3, 6)); // 2026-03-01 is a Sunday
    QCOMPARE(row->reason, u"supplier"_s);
    QCOMPARE(inv().onHandTotal(m_bread), 28);
    QCOMPARE(m_entries->rowCount(), 2);
    // Bread now lives on Shelf A: the next loaf is proposed there.
    QCOMPARE(
        LARDER_MUST(child<QComboBox>(*m_intake, u"intakeLocation"_s))->currentData().toString(),
        m_shelf);
}

void TestInventoryUi::unknownBarcodeOpensNewItem() {
    const qint64 before = ledgerRows();
    typeKeys(u"0123456789012"_s);
    pressEnter();
    auto* dialog = waitForDialog<ui::NewItemDialog>();
    QVERIFY(dialog);
    auto* category = LARDER_MUST(child<QComboBox>(*dialog, u"newItemCategory"_s));
    QCOMPARE(LARDER_MUST(child<QLineEdit>(*dialog, u"newItemBarcode"_s))->text(),
             u"0123456789012"_s);
    QCOMPARE(QApplication::focusWidget(), LARDER_MUST(child<QLineEdit>(*dialog, u"newItemName"_s)));

    // She names it, picks "baby", Enter.
    typeKeys(u"Diapers size 4"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), category);
    QTest::keyClick(category, Qt::Key_B);
    QCOMPARE(category->currentData().toString(), u"baby"_s);
    pressEnter();
    QTRY_VERIFY(!m_intake->findChild<ui::NewItemDialog*>());
    QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget*>(m_page.get()));

    const auto item = inv().itemByBarcode(u"0123456789012"_s);
    QVERIFY(item);
    QCOMPARE(item->name, u"Diapers size 4"_s);
    QCOMPARE(item->category, u"baby"_s);
    QCOMPARE(m_intake->currentItemId(), item->id);
    QTRY_COMPARE(QApplication::focusWidget(), m_quantity);

    // The receipt completes: no date for diapers.
    typeKeys(u"40"_s);
    pressEnter();
    pressEnter();
    QCOMPARE(ledgerRows(), before + 1);
    QCOMPARE(inv().onHandTotal(item->id), 40);
    QVERIFY(!lastMovement()->expiry);
    QCOMPARE(QApplication::focusWidget(), m_item);
}

void TestInventoryUi::badQuantityShowsInlineAndSavesNothing_data() {
    QTest::addColumn<QString>("typed");
    QTest::newRow("words") << u"fourteen"_s;
    QTest::newRow("zero") << u"0"_s;
    QTest::newRow("negative") << u"-3"_s;
    QTest::newRow("fraction") << u"2.5"_s;
    QTest::newRow("absurd") << u"5000000"_s;
}

void TestInventoryUi::badQuantityShowsInlineAndSavesNothing() {
    QFETCH(QString, typed);
    const qint64 before = ledgerRows();
    typeKeys(u"0041331021565"_s);
    pressEnter();
    typeKeys(typed);
    pressEnter();
    using F = ui::IntakeForm::Field;
    QVERIFY(m_intake->hasError(F::Quantity));
    QVERIFY(!m_intake->message(F::Quantity).isEmpty());
    QCOMPARE(QApplication::focusWidget(), m_quantity);
    // Saving from here (the button) is refused the same way.
    LARDER_MUST(child<QPushButton>(*m_intake, u"intakeReceive"_s))->click();
    QVERIFY(m_intake->hasError(F::Quantity));
    QCOMPARE(ledgerRows(), before);
    QCOMPARE(m_entries->rowCount(), 0);
    QCOMPARE(m_quantity->text(), typed); // nothing typed is lost
}

void TestInventoryUi::badExpiryShowsInline() {
    const qint64 before = ledgerRows();
    typeKeys(u"0041331021565"_s);
    pressEnter();
    typeKeys(u"5"_s);
    pressEnter();
    typeKeys(u"someday"_s);
    pressEnter();
    QVERIFY(m_intake->hasError(ui::IntakeForm::Field::Expiry));
    QCOMPARE(QApplication::focusWidget(), m_expiry);
    QCOMPARE(ledgerRows(), before);
}

void TestInventoryUi::pastExpiryAsksFirst() {
    const qint64 before = ledgerRows();
    typeKeys(u"0041331021565"_s);
    pressEnter();
    typeKeys(u"5"_s);
    pressEnter();
    typeKeys(u"2026-02-01"_s);
    pressEnter();
    QMessageBox* question = waitForDialog<QMessageBox>();
    QVERIFY(question);
    QCOMPARE(question, m_intake->findChild<QMessageBox*>(u"pastExpiryQuestion"_s));
    QVERIFY(question->text().contains(u"already past"_s));
    // Enter picks the safe answer: fix the date. Nothing saved.
    QTest::keyClick(question, Qt::Key_Enter);
    QTRY_VERIFY(!m_intake->findChild<QMessageBox*>(u"pastExpiryQuestion"_s));
    QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget*>(m_page.get()));
    QCOMPARE(ledgerRows(), before);
    QTRY_COMPARE(QApplication::focusWidget(), m_expiry);

    // Insisting saves it, with the past date.
    pressEnter();
    question = waitForDialog<QMessageBox>();
    QVERIFY(question);
    question->findChild<QPushButton*>(u"receiveAnyway"_s)->click();
    QTRY_VERIFY(!m_intake->findChild<QMessageBox*>(u"pastExpiryQuestion"_s));
    QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget*>(m_page.get()));
    QCOMPARE(ledgerRows(), before + 1);
    QCOMPARE(*lastMovement()->expiry, QDate(2026, 2, 1));
}

void TestInventoryUi::undoAndRedoIntake() {
    // She mistyped 41 for 14: one undo.
    typeKeys(u"0041331021565"_s);
    pressEnter();
    typeKeys(u"41"_s);
    pressEnter();
    pressEnter();
    QCOMPARE(inv().onHandTotal(m_beans), 41);
    const QString received = lastMovement()->id;
    const qint64 rows = ledgerRows();
    QCOMPARE(QApplication::focusWidget(), m_item);

    QTest::keyClick(m_item, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(ledgerRows(), rows + 1);
    auto reversal = lastMovement();
    QCOMPARE(reversal->kind, u"reversal"_s);
    QCOMPARE(reversal->reverses, received);
    QCOMPARE(reversal->reason, u"undo at intake"_s);
    QCOMPARE(reversal->quantity, -41);
    QCOMPARE(inv().onHandTotal(m_beans), 0);
    QVERIFY(m_entries->isUndone(0));
    QCOMPARE(m_entries->index(0, ui::LastEntriesModel::Status).data().toString(), u"Undone"_s);
    QVERIFY(m_intake->status().contains(u"Undone"_s));

    // Redo posts the receipt again, as a new movement.
    QTest::keyClick(m_item, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(ledgerRows(), rows + 2);
    const auto again = lastMovement();
    QCOMPARE(again->kind, u"received"_s);
    QVERIFY(again->id != received);
    QCOMPARE(again->quantity, 41);
    QCOMPARE(inv().onHandTotal(m_beans), 41);
    QCOMPARE(m_entries->rowCount(), 1);
    QVERIFY(!m_entries->isUndone(0));
    QCOMPARE(m_entries->movementAt(0).id, again->id);

    // Undo again, then the right number.
    QTest::keyClick(m_item, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(inv().onHandTotal(m_beans), 0);
    typeKeys(u"0041331021565"_s);
    pressEnter();
    typeKeys(u"14"_s);
    pressEnter();
    pressEnter();
    QCOMPARE(inv().onHandTotal(m_beans), 14);
    QCOMPARE(m_entries->rowCount(), 2);
    QVERIFY(!m_page->undoStack()->canRedo());

    // While typing in a field, Ctrl+Z undoes the typing there, not the last entry.
    typeKeys(u"bla"_s);
    QTest::keyClick(m_item, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(inv().onHandTotal(m_beans), 14);
}

void TestInventoryUi::outActionsAreUndoable() {
    // Two lots of beans on Shelf A: the earlier date goes out first.
    inventory::Receipt receipt;
    receipt.itemId = m_beans;
    receipt.locationId = m_shelf;
    receipt.quantity = 10;
    receipt.expiry = today().addDays(30);
    LARDER_MUST(inv().receive(receipt));
    receipt.quantity = 20;
    receipt.expiry = today().addDays(10);
    const QString early = LARDER_MUST(inv().receive(receipt)).lotId;
    m_page->showTab(InventoryPage::OnHandTab);
    m_page->showByLot(true);
    auto* view = LARDER_MUST(child<QTableView>(*m_page, u"lotsView"_s));
    QCOMPARE(view->model()->rowCount(), 2);
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));

    // Give out 25 (Ctrl+G): 20 from the early lot, 5 from the later one.
    QTest::keyClick(view, Qt::Key_G, Qt::ControlModifier);
    auto* give = waitForDialog<ui::StockActionDialog>();
    QVERIFY(give);
    QCOMPARE(give->action(), ui::StockActionDialog::Action::GiveOut);
    typeKeys(u"99"_s);
    QVERIFY(!give->isValid()); // only 30 on hand: checked as typed
    QVERIFY(give->message().contains(u"30"_s));
    LARDER_MUST(child<QLineEdit>(*give, u"actionQuantity"_s))->clear();
    typeKeys(u"25"_s);
    QVERIFY(give->isValid());
    QVERIFY(give->message().contains(u"20"_s));
    pressEnter();
    QTRY_VERIFY(!m_page->findChild<ui::StockActionDialog*>());
    QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget*>(m_page.get()));
    QCOMPARE(inv().onHandTotal(m_beans), 5);
    inventory::StockFilter filter;
    filter.itemId = m_beans;
    filter.includeZero = true;
    for (const auto& line : inv().onHand(filter))
        QCOMPARE(line.quantity, line.lotId == early ? 0 : 5);

    // Undo: both rows of the give-out are reversed.
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(inv().onHandTotal(m_beans), 30);
    QVERIFY(m_page->status().contains(u"Undone"_s));

    // Throw away 3 of the row shown, spoiled, with a note.
    QTRY_COMPARE(view->model()->rowCount(), 2);
    view->setCurrentIndex(view->model()->index(0, 0));
    const QString lot = view->currentIndex().data(ui::StockRole::LotId).toString();
    auto* dispose =
        m_page->startAction(ui::StockActionDialog::Action::Dispose, view->currentIndex());
    QCOMPARE(waitForDialog<ui::StockActionDialog>(), dispose);
    QVERIFY(!dispose->isValid()); // how much is thrown away is typed, never assumed
    QVERIFY(dispose->message().contains(u"10"_s) || dispose->message().contains(u"20"_s));
    typeKeys(u"3"_s);
    auto* reason = LARDER_MUST(child<QComboBox>(*dispose, u"actionReason"_s));
    reason->setCurrentIndex(reason->findData(u"damaged"_s));
    LARDER_MUST(child<QLineEdit>(*dispose, u"actionNote"_s))->setText(u"dented cans"_s);
    LARDER_MUST(child<QPushButton>(*dispose, u"actionOk"_s))->click();
    QTRY_VERIFY(!m_page->findChild<ui::StockActionDialog*>());
    QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget*>(m_page.get()));
    auto row = lastMovement();
    QCOMPARE(row->kind, u"disposed"_s);
    QCOMPARE(row->quantity, -3);
    QCOMPARE(row->lotId, lot);
    QCOMPARE(row->reason, u"damaged: dented cans"_s);
    QCOMPARE(inv().onHandTotal(m_beans), 27);

    // Move 5 to the fridge (Ctrl+M); undo; redo.
    QTRY_COMPARE(view->model()->rowCount(), 2);
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_M, Qt::ControlModifier);
    auto* move = waitForDialog<ui::StockActionDialog>();
    QVERIFY(move);
    QCOMPARE(LARDER_MUST(child<QComboBox>(*move, u"actionTo"_s))->currentData().toString(),
             m_fridge);
    LARDER_MUST(child<QLineEdit>(*move, u"actionQuantity"_s))->selectAll();
    typeKeys(u"5"_s);
    pressEnter();
    QTRY_VERIFY(!m_page->findChild<ui::StockActionDialog*>());
    QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget*>(m_page.get()));
    QCOMPARE(inv().onHandTotal(m_beans, m_fridge), 5);
    QCOMPARE(inv().onHandTotal(m_beans), 27);
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(inv().onHandTotal(m_beans, m_fridge), 0);
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(inv().onHandTotal(m_beans, m_fridge), 5);

    // Return 4 undelivered into a lot, on the shelf.
    QTRY_COMPARE(view->model()->rowCount(), 3);
    view->setCurrentIndex(view->model()->index(0, 0));
    auto* back = m_page->startAction(ui::StockActionDialog::Action::Return, view->currentIndex());
    QCOMPARE(waitForDialog<ui::StockActionDialog>(), back);
    QVERIFY(!back->isValid());
    typeKeys(u"4"_s);
    auto* to = LARDER_MUST(child<QComboBox>(*back, u"actionTo"_s));
    to->setCurrentIndex(to->findData(m_shelf));
    pressEnter();
    QTRY_VERIFY(!m_page->findChild<ui::StockActionDialog*>());
    QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget*>(m_page.get()));
    row = lastMovement();
    QCOMPARE(row->kind, u"returned"_s);
    QCOMPARE(row->quantity, 4);
    QCOMPARE(row->locationId, m_shelf);
    QCOMPARE(inv().onHandTotal(m_beans), 31);
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(inv().onHandTotal(m_beans), 27);
    QCOMPARE(lastMovement()->reason, u"undo"_s);
}

void TestInventoryUi::negativeStockIsAWarning() {
    inventory::Receipt receipt;
    receipt.itemId = m_beans;
    receipt.locationId = m_shelf;
    receipt.quantity = 5;
    LARDER_MUST(inv().receive(receipt));
    LARDER_MUST(inv().distribute(m_beans, 8, {}, {}, true)); // after a sync this can happen
    QCOMPARE(inv().onHandTotal(m_beans), -3);
    m_page->showTab(InventoryPage::OnHandTab); // its models catch up as it comes on screen

    // By item: the total shows, in the warning colour, with words.
    auto* items = LARDER_MUST(child<ui::StockModel>(*m_page, u"stockModel"_s));
    int row = -1;
    for (int r = 0; r < items->rowCount(); ++r) {
        if (items->index(r, 0).data(ui::StockModel::IdRole).toString() == m_beans)
            row = r;
    }
    QVERIFY(row >= 0);
    const QModelIndex total = items->index(row, ui::StockModel::OnHand);
    QVERIFY(total.data().toString().contains(u"below zero"_s));
    QCOMPARE(total.data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0xa3, 0x3b, 0x20));
    // By lot: the line is there, and the banner says so.
    auto* lots = LARDER_MUST(child<ui::LotsModel>(*m_page, u"lotsModel"_s));
    QCOMPARE(lots->negativeCount(), 1);
    QCOMPARE(lots->rowCount(), 1);
    QVERIFY(lots->index(0, ui::LotsModel::Quantity).data().toString().contains(u"below zero"_s));
    auto* banner = LARDER_MUST(child<QLabel>(*m_page, u"negativeBanner"_s));
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(u"less than zero"_s));
}

void TestInventoryUi::useFirstFollowsTheSetting() {
    inventory::Receipt receipt;
    receipt.itemId = m_bread;
    receipt.locationId = m_shelf;
    receipt.quantity = 6;
    receipt.expiry = today().addDays(3);
    LARDER_MUST(inv().receive(receipt));
    receipt.expiry = today().addDays(10);
    LARDER_MUST(inv().receive(receipt));
    receipt.expiry = today().addDays(-2);
    receipt.allowPastExpiry = true;
    LARDER_MUST(inv().receive(receipt));

    m_page->showTab(InventoryPage::UseFirstTab);
    auto* useFirst = LARDER_MUST(child<ui::LotsModel>(*m_page, u"useFirstModel"_s));
    QCOMPARE(useFirst->withinDays(), 7);
    QCOMPARE(useFirst->rowCount(), 2); // the expired lot and the one in 3 days
    QCOMPARE(useFirst->expiredCount(), 1);
    QCOMPARE(
        useFirst->index(0, ui::LotsModel::Expiry).data(Qt::ForegroundRole).value<QBrush>().color(),
        QColor(0xa3, 0x3b, 0x20));
    QVERIFY(m_tabs->tabText(InventoryPage::UseFirstTab).contains(u"(2)"_s));

    ui::SettingsPage settings(*m_store);
    LARDER_MUST(child<QSpinBox>(settings, u"expiryWarningDays"_s))->setValue(14);
    QCOMPARE(Settings(*m_store).get(settings::ExpiryWarningDays), 14);
    QTRY_COMPARE(useFirst->withinDays(), 14);
    QCOMPARE(useFirst->rowCount(), 3);
    QVERIFY(m_tabs->tabText(InventoryPage::UseFirstTab).contains(u"(3)"_s));
    // The Today page's "use first" follows the same setting.
    ui::TodayPage today(*m_store);
    QCOMPARE(today.horizonDays(), 14);
    QCOMPARE(LARDER_MUST(child<ui::ExpiringLotsModel>(today, u"useFirstModel"_s))->rowCount(),
             3); // the past one included, in red
}

void TestInventoryUi::settingsAreSavedAtOnce() {
    auto page = std::make_unique<ui::SettingsPage>(*m_store);
    page->show();
    QVERIFY(QTest::qWaitForWindowExposed(page.get()));
    auto* days = LARDER_MUST(child<QSpinBox>(*page, u"expiryWarningDays"_s));
    auto* monthFirst = LARDER_MUST(child<QCheckBox>(*page, u"datesMonthFirst"_s));
    QCOMPARE(days->value(), 7);
    QVERIFY(!monthFirst->isChecked());
    days->setFocus();
    days->selectAll();
    QTest::keyClicks(days, u"10"_s);
    QCOMPARE(Settings(*m_store).get(settings::ExpiryWarningDays), 7); // not while typing
    QTest::keyClick(days, Qt::Key_Enter);
    QCOMPARE(Settings(*m_store).get(settings::ExpiryWarningDays), 10);
    // The hidden Use first tab catches up once the store is quiet.
    auto* useFirst = LARDER_MUST(child<ui::LotsModel>(*m_page, u"useFirstModel"_s));
    QVERIFY(useFirst->reloadPending());
    QTRY_COMPARE(useFirst->withinDays(), 10);
    monthFirst->click();
    QCOMPARE(Settings(*m_store).get(settings::DatesMonthFirst), true);
    page.reset();

    // Intake reads "12/5" as December 5 from now on.
    activatePage();
    m_intake->focusItem();
    typeKeys(u"0041331021565"_s);
    pressEnter();
    typeKeys(u"2"_s);
    pressEnter();
    typeKeys(u"12/5"_s);
    pressEnter();
    QCOMPARE(*lastMovement()->expiry, QDate(2026, 12, 5));
}

void TestInventoryUi::countPostsExactlyTheDifferences() {
    // Shelf A: 30 beans in two lots, 14 bread; the fridge: 6 bread.
    inventory::Receipt receipt;
    receipt.itemId = m_beans;
    receipt.locationId = m_shelf;
    receipt.quantity = 10;
    receipt.expiry = today().addDays(30);
    LARDER_MUST(inv().receive(receipt));
    receipt.quantity = 20;
    receipt.expiry = today().addDays(60);
    LARDER_MUST(inv().receive(receipt));
    receipt.itemId = m_bread;
    receipt.quantity = 14;
    receipt.expiry = today().addDays(4);
    LARDER_MUST(inv().receive(receipt));
    receipt.locationId = m_fridge;
    receipt.quantity = 6;
    LARDER_MUST(inv().receive(receipt));

    m_page->showTab(InventoryPage::CountsTab);
    auto* counts = LARDER_MUST(child<ui::CountPanel>(*m_page, u"countPanel"_s));
    counts->scopeBox()->setCurrentIndex(counts->scopeBox()->findData(m_shelf));
    LARDER_MUST(child<QPushButton>(*counts, u"startCount"_s))->click();
    QVERIFY(counts->isShowingCount());
    auto* model = LARDER_MUST(child<ui::CountModel>(*counts, u"countModel"_s));
    QCOMPARE(model->rowCount(), 3); // Shelf A only
    QVERIFY(m_tabs->tabText(InventoryPage::CountsTab).contains(u"1 open"_s));

    // Type the counts down the column: Enter moves to the next line.
    QTableView* view = counts->view();
    QCOMPARE(QApplication::focusWidget(), view);
    QCOMPARE(view->currentIndex().column(), int(ui::CountModel::Counted));
    QCOMPARE(view->currentIndex().row(), 0);
    QStringList typed;
    QList<qint64> expected;
    for (int row = 0; row < 3; ++row)
        expected << model->lineAt(row).onHandNow;
    // First line as the books say; the second 2 short; the third not counted.
    typeKeys(QString::number(expected.at(0)));
    pressEnter();
    QCOMPARE(view->currentIndex().row(), 1);
    typeKeys(QString::number(expected.at(1) - 2));
    pressEnter();
    QCOMPARE(view->currentIndex().row(), 2);
    QCOMPARE(model->lineAt(0).counted, std::optional<qint64>(expected.at(0)));
    QCOMPARE(model->lineAt(1).counted, std::optional<qint64>(expected.at(1) - 2));
    QVERIFY(!model->lineAt(2).counted);
    QCOMPARE(model->index(1, ui::CountModel::Difference).data().toString(), u"\u22122"_s);
    QCOMPARE(model->index(0, ui::CountModel::Difference).data().toString(), u"matches"_s);
    QCOMPARE(model->countedLines(), 2);
    QCOMPARE(model->differences(), 1);

    // Stock found that the count did not list: 4 beans in the fridge? No: this count is Shelf A.
    LARDER_MUST(child<QPushButton>(*counts, u"addFoundItem"_s))->click();
    auto* found = waitForDialog<QDialog>();
    QVERIFY(found);
    QCOMPARE(found, counts->findChild<QDialog*>(u"foundItemDialog"_s));
    found->findChild<QLineEdit*>(u"foundItem"_s)->setText(u"0041331021565"_s);
    auto* lot = found->findChild<QComboBox*>(u"foundLot"_s);
    QCOMPARE(lot->count(), 3); // two lots and "not sure"
    lot->setCurrentIndex(lot->count() - 1);
    found->findChild<QLineEdit*>(u"foundCounted"_s)->setText(u"4"_s);
    QTest::keyClick(found->findChild<QLineEdit*>(u"foundCounted"_s), Qt::Key_Enter);
    QTRY_VERIFY(!counts->findChild<QDialog*>(u"foundItemDialog"_s));
    QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget*>(m_page.get()));
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(model->differences(), 2);

    // Review shows only the differences.
    auto* review = LARDER_MUST(child<QPushButton>(*counts, u"reviewDifferences"_s));
    auto* shown = LARDER_MUST(child<QSortFilterProxyModel>(*counts, u"differencesProxy"_s));
    review->click();
    QCOMPARE(shown->rowCount(), 2);
    review->click();
    QCOMPARE(shown->rowCount(), 4);

    // Confirm: the question says how many; exactly those are posted.
    const qint64 before = ledgerRows();
    const qint64 beansBefore = inv().onHandTotal(m_beans);
    LARDER_MUST(child<QPushButton>(*counts, u"confirmCount"_s))->click();
    auto* question = waitForDialog<QMessageBox>();
    QVERIFY(question);
    QVERIFY2(question->text().contains(u"2 adjustments"_s), qPrintable(question->text()));
    question->findChild<QPushButton*>(u"postAdjustments"_s)->click();
    QTRY_VERIFY(!counts->findChild<QMessageBox*>(u"confirmCountQuestion"_s));
    QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget*>(m_page.get()));
    QCOMPARE(ledgerRows(), before + 2);
    const auto rows = m_store->readAll(
        "SELECT kind, reason, quantity FROM stock_movements ORDER BY hlc DESC LIMIT 2");
    for (const QVariantList& row : rows.value()) {
        QCOMPARE(row.at(0).toString(), u"counted"_s);
        QCOMPARE(row.at(1).toString(), u"count"_s);
    }
    QCOMPARE(inv().onHandTotal(m_beans), beansBefore - 2 + 4);
    QVERIFY(!counts->isShowingCount());
    QVERIFY(counts->status().contains(u"2 adjustments"_s));
    QVERIFY(inv().openCounts().isEmpty());
}

void TestInventoryUi::countSheetRendersToPdf() {
    inventory::Receipt receipt;
    receipt.itemId = m_beans;
    receipt.locationId = m_shelf;
    receipt.quantity = 48;
    receipt.expiry = today().addDays(200);
    LARDER_MUST(inv().receive(receipt));
    receipt.itemId = m_bread;
    receipt.locationId = m_fridge;
    receipt.quantity = 12;
    receipt.expiry = today().addDays(4);
    LARDER_MUST(inv().receive(receipt));
    // Enough lines for a second page.
    for (int i = 0; i < 60; ++i) {
        inventory::Item item;
        item.name = u"Canned item %1"_s.arg(i, 2, 10, QChar(u'0'));
        receipt.itemId = LARDER_MUST(inv().addItem(item));
        receipt.locationId = m_shelf;
        receipt.quantity = i + 1;
        receipt.expiry.reset();
        LARDER_MUST(inv().receive(receipt));
    }
    m_page->showTab(InventoryPage::CountsTab);
    auto* counts = LARDER_MUST(child<ui::CountPanel>(*m_page, u"countPanel"_s));
    auto* blindBox = LARDER_MUST(child<QCheckBox>(*counts, u"blindCount"_s));
    QVERIFY(counts->startCount({}));

    for (const bool blind : {false, true}) {
        blindBox->setChecked(blind);
        const QString path = m_dir.filePath(blind ? u"blind.pdf"_s : u"sheet.pdf"_s);
        QString error;
        QVERIFY2(counts->saveSheetPdf(path, &error), qPrintable(error));
        QVERIFY(QFileInfo(path).size() > 1000);
        QProcess pdftotext;
        pdftotext.start(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
        QVERIFY(pdftotext.waitForFinished(30000));
        QCOMPARE(pdftotext.exitCode(), 0);
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY2(text.contains(u"Count sheet"_s), qPrintable(text.left(400)));
        QVERIFY(text.contains(u"Eastside Pantry"_s));
        QVERIFY(text.contains(u"Black beans 15 oz"_s));
        QVERIFY(text.contains(u"Bread loaf"_s));
        QVERIFY(text.contains(u"Canned item 59"_s));
        QVERIFY(text.contains(u"Shelf A"_s));
        QVERIFY(text.contains(u"Fridge"_s));
        // "page x of y" on every page, and more than one page.
        const auto first = QRegularExpression(u"Page 1 of (\\d+)"_s).match(text);
        QVERIFY2(first.hasMatch(), qPrintable(text.right(700)));
        const int pages = first.captured(1).toInt();
        QVERIFY(pages >= 2);
        for (int page = 2; page <= pages; ++page)
            QVERIFY(text.contains(u"Page %1 of %2"_s.arg(page).arg(pages)));
        QCOMPARE(text.contains(u"Expected"_s), !blind);
    }
}

void TestInventoryUi::historyFromAnyItemRow() {
    typeKeys(u"0041331021565"_s);
    pressEnter();
    typeKeys(u"12"_s);
    pressEnter();
    pressEnter();
    LARDER_MUST(inv().distribute(m_beans, 5));
    QTest::keyClick(m_item, Qt::Key_Z, Qt::ControlModifier); // undoes the intake?
    // Undo only undoes what this page did: the intake line (the give-out was elsewhere).
    QCOMPARE(inv().onHandTotal(m_beans), -5);

    m_page->showTab(InventoryPage::OnHandTab);
    auto* view = LARDER_MUST(child<QTableView>(*m_page, u"inventoryView"_s));
    view->setFocus();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, 0).data(ui::StockRole::ItemId).toString() == m_beans)
            view->setCurrentIndex(view->model()->index(row, 0));
    }
    QTest::keyClick(view, Qt::Key_Enter);
    auto* history = waitForDialog<ui::ItemHistoryDialog>();
    QVERIFY(history);
    QCOMPARE(history, m_page->findChild<ui::ItemHistoryDialog*>());
    auto* model = LARDER_MUST(child<ui::MovementsModel>(*history, u"movementsModel"_s));
    QCOMPARE(model->rowCount(), 3); // received, distributed, the reversal
    using C = ui::MovementsModel;
    QStringList kinds;
    for (int row = 0; row < 3; ++row)
        kinds << model->index(row, C::What).data().toString();
    QVERIFY(kinds.contains(u"Received"_s));
    QVERIFY(kinds.contains(u"Distributed"_s));
    QVERIFY(kinds.contains(u"Corrected"_s));
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(model->index(row, C::Who).data().toString(), u"Rosa"_s);
        if (model->movementAt(row).kind == u"received") {
            QVERIFY(model->movementAt(row).reversed);
            QCOMPARE(model->index(row, C::Status).data().toString(), u"Reversed later"_s);
            QCOMPARE(model->index(row, C::Where).data().toString(), u"Shelf A"_s);
            QCOMPARE(model->index(row, C::Quantity).data().toString(), u"+12"_s);
        }
        if (model->movementAt(row).kind == u"reversal")
            QVERIFY(model->index(row, C::Why).data().toString().contains(u"Undone"_s));
    }
    history->close();
    QTRY_VERIFY(!m_page->findChild<ui::ItemHistoryDialog*>());
    QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget*>(m_page.get()));

    // From Below par and Last entries too (Enter or double-click).
    m_page->showTab(InventoryPage::BelowParTab);
    auto* below = LARDER_MUST(child<QTableView>(*m_page, u"belowParView"_s));
    QVERIFY(below->model()->rowCount() > 0);
    below->setFocus();
    below->setCurrentIndex(below->model()->index(0, 0));
    QTest::keyClick(below, Qt::Key_Return);
    QTRY_VERIFY(m_page->findChild<ui::ItemHistoryDialog*>());
    m_page->findChild<ui::ItemHistoryDialog*>()->close();
    QTRY_VERIFY(!m_page->findChild<ui::ItemHistoryDialog*>());
    QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget*>(m_page.get()));
    m_page->showTab(InventoryPage::IntakeTab);
    QTableView* entries = m_intake->lastEntriesView();
    const QRect cell = entries->visualRect(entries->model()->index(0, 1));
    // A double-click is a click and then a second, quick press (as Qt's own view tests send it).
    QTest::mouseClick(entries->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(entries->viewport(), Qt::LeftButton, {}, cell.center());
    QTRY_VERIFY(m_page->findChild<ui::ItemHistoryDialog*>());
}

void TestInventoryUi::modelsPassTheTester() {
    using Mode = QAbstractItemModelTester::FailureReportingMode;
    // Some stock, an intake line and an open count, so every model has rows.
    typeKeys(u"0041331021565"_s);
    pressEnter();
    typeKeys(u"12"_s);
    pressEnter();
    pressEnter();
    inventory::Receipt receipt;
    receipt.itemId = m_bread;
    receipt.locationId = m_fridge;
    receipt.quantity = 3;
    receipt.expiry = today().addDays(2);
    LARDER_MUST(inv().receive(receipt));
    const QString countId = LARDER_MUST(inv().startCount({}));

    ui::MovementsModel history(*m_store, m_beans);
    ui::CountModel count(*m_store, countId);
    ui::BelowParModel belowPar(*m_store);
    const QList<QAbstractItemModel*> models{
        LARDER_MUST(child<ui::StockModel>(*m_page, u"stockModel"_s)),
        LARDER_MUST(child<QSortFilterProxyModel>(*m_page, u"stockProxy"_s)),
        LARDER_MUST(child<ui::LotsModel>(*m_page, u"lotsModel"_s)),
        LARDER_MUST(child<QSortFilterProxyModel>(*m_page, u"lotsProxy"_s)),
        LARDER_MUST(child<ui::LotsModel>(*m_page, u"useFirstModel"_s)),
        LARDER_MUST(child<ui::BelowParModel>(*m_page, u"belowParModel"_s)),
        m_entries,
        &history,
        &count,
        &belowPar};
    for (QAbstractItemModel* model : models) {
        if (auto* rows = qobject_cast<ui::RowTableModel*>(model))
            rows->reload(); // the hidden tabs' models, without waiting for quiet
    }
    QList<std::shared_ptr<QAbstractItemModelTester>> testers;
    for (QAbstractItemModel* model : models) {
        QVERIFY2(model->rowCount() > 0, model->metaObject()->className());
        testers.append(std::make_shared<QAbstractItemModelTester>(model, Mode::QtTest));
        if (QTest::currentTestFailed())
            QFAIL(model->metaObject()->className());
    }
    // The testers watch the models change: rows added, changed, removed, and an edit.
    receipt.itemId = m_beans;
    receipt.locationId = m_shelf;
    receipt.expiry = today().addDays(1);
    LARDER_MUST(inv().receive(receipt));
    LARDER_MUST(inv().distribute(m_bread, 3));
    QVERIFY(count.setData(count.index(0, ui::CountModel::Counted), u"7"_s));
    QCOMPARE(count.lineAt(0).counted, std::optional<qint64>(7));
    QVERIFY(!count.setData(count.index(0, ui::CountModel::Counted), u"seven"_s));
    QTest::keyClick(m_item, Qt::Key_Z, Qt::ControlModifier);
    LARDER_MUST(inv().cancelCount(countId));
    // Hidden tabs reload once the store is quiet: let them, under the testers' eyes.
    QTest::qWait(ui::RowTableModel::QuietMs + 300);
    for (QAbstractItemModel* model : models)
        QVERIFY(!qobject_cast<ui::RowTableModel*>(model) ||
                !qobject_cast<ui::RowTableModel*>(model)->reloadPending());
}

void TestInventoryUi::spanishIntakeLabels() {
    QTranslator spanish;
    QVERIFY(spanish.load(u":/i18n/larder_es.qm"_s));
    // The intake line and the main buttons (mnemonics chosen not to clash with the Spanish
    // menus: &Archivo, &Ir a, Ay&uda, De &turno).
    QCOMPARE(spanish.translate("larder::ui::IntakeForm", "Ite&m"), u"A&rtículo"_s);
    QCOMPARE(spanish.translate("larder::ui::IntakeForm", "&Quantity"), u"Ca&ntidad"_s);
    QCOMPARE(spanish.translate("larder::ui::IntakeForm", "Use &by"), u"&Vence"_s);
    QCOMPARE(spanish.translate("larder::ui::IntakeForm", "&Location"), u"Lu&gar"_s);
    QCOMPARE(spanish.translate("larder::ui::IntakeForm", "Sou&rce"), u"&Origen"_s);
    QCOMPARE(spanish.translate("larder::ui::IntakeForm", "Receive"), u"Recibir"_s);
    QCOMPARE(spanish.translate("larder::ui::InventoryPage", "&Intake"), u"&Entrada"_s);
    QCOMPARE(spanish.translate("larder::ui::InventoryPage", "Undo"), u"Deshacer"_s);
    QCOMPARE(spanish.translate("larder::ui::InventoryPage", "&Give out…"), u"&Entregar…"_s);
    QCOMPARE(spanish.translate("larder::ui::CountSheet", "Count sheet"), u"Hoja de conteo"_s);
}

void TestInventoryUi::aScanIsNotAVolunteer() {
    // A scanner types wherever the keyboard is; in "who is on shift" a code is refused.
    ui::ShiftPicker picker;
    picker.setStore(m_store.get());
    QVERIFY(!picker.chooseOrAddName(u"0041331021565"_s));
    QVERIFY(picker.errorText().contains(u"barcode"_s));
    QCOMPARE(m_store->readAll("SELECT count(*) FROM people WHERE display_name = '0041331021565'")
                 .value()
                 .constFirst()
                 .constFirst()
                 .toInt(),
             0);
    QVERIFY(picker.chooseOrAddName(u"Rosa Quintero"_s));
    picker.setStore(nullptr);
    m_store->setActor(m_rosa);
}

QTEST_MAIN(TestInventoryUi)
#include "tst_inventory_ui.moc"
