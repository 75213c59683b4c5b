// SPDX-License-Identifier: GPL-3.0-or-later
// Packing offscreen: "Set aside stock" shows a shortage (item, needed, on hand, for whom) with a
// substitute to choose, the pick list by location and each stop's package; the template editor
// validates as you type and saves at once, and says which household sizes no template covers.

#include "core/inventory/Inventory.h"
#include "core/people/Households.h"
#include "core/runs/Packages.h"
#include "core/runs/Runs.h"
#include "core/storage/Store.h"
#include "tests/TestSupport.h"
#include "ui/distribution/PackingDialog.h"
#include "ui/distribution/TemplateSizes.h"
#include "ui/distribution/TemplatesDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using larder::test::child;
// Saves a picture of `widget` when LARDER_SCREENSHOT_DIR is set, for looking at by eye.
static void screenshot(QWidget* widget, const QString& name) {
    const QString dir = qEnvironmentVariable("LARDER_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name + u".png"_s);
}

using larder::Store;
using larder::runs::Packages;
using larder::runs::Runs;
using larder::ui::PackingDialog;
using larder::ui::TemplatesDialog;

class TestPackingUi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void shortageShowsBeforePacking();
    void substituteCoversTheShortage();
    void withoutTemplatesSaysWhereToMakeThem();
    void templateEditorValidatesAndSaves();
    void templateSizesSayWhoGetsNoPackage();

private:
    // Helpers that add a record return its id (taken with LARDER_MUST).
    larder::Result<QString> addItem(const QString& name, qint64 stock);
    larder::Result<QString> addHousehold(const QString& name);
    void makeRun();

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QString m_shelf, m_rice, m_pasta, m_runId;
};

void TestPackingUi::initTestCase() {
    QVERIFY(m_dir.isValid());
}

void TestPackingUi::init() {
    QTest::failOnWarning(QRegularExpression(u"^(?!This plugin does not support).*"_s));
    static int files = 0;
    auto created = Store::create(m_dir.filePath(u"p%1.larder"_s.arg(++files)), u"Test pantry"_s,
                                 larder::test::fixedOptions(std::make_shared<larder::ManualClock>(
                                     larder::test::TestEpochMs, 1)));
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().toString()));
    m_store = std::move(created).value();
    auto shelf =
        larder::inventory::Inventory(*m_store).addLocation({{}, u"Shelf A"_s, u"shelf"_s, true});
    LARDER_VERIFY_OK(shelf);
    m_shelf = shelf.value();
    m_rice = LARDER_MUST(addItem(u"Rice 1 kg"_s, 2));
    m_pasta = LARDER_MUST(addItem(u"Pasta 500 g"_s, 10));
}

void TestPackingUi::cleanup() {
    m_store.reset();
}

larder::Result<QString> TestPackingUi::addItem(const QString& name, qint64 stock) {
    larder::inventory::Inventory inventory(*m_store);
    larder::inventory::Item item;
    item.name = name;
    item.category = u"food"_s;
    auto added = inventory.addItem(item);
    if (!added.ok())
        return added.error();
    larder::inventory::Receipt receipt;
    receipt.itemId = added.value();
    receipt.locationId = m_shelf;
    receipt.quantity = stock;
    receipt.expiry = QDate(2026, 6, 30);
    if (auto received = inventory.receive(receipt); !received.ok())
        return received.error();
    return added.value();
}

larder::Result<QString> TestPackingUi::addHousehold(const QString& name) {
    larder::people::Household h;
    h.chosenName = name;
    h.street = u"1 Main Street"_s;
    h.postalCode = u"60608"_s;
    return larder::people::Households(*m_store).add(h);
}

// A template of one rice for everyone, three households: three rice needed, two on the shelf.
void TestPackingUi::makeRun() {
    larder::runs::BoxTemplate everyone;
    everyone.name = u"Everyone"_s;
    everyone.minSize = 1;
    everyone.lines = {{m_rice, {}, 1}};
    LARDER_VERIFY_OK(Packages(*m_store).addTemplate(everyone));
    QStringList households{LARDER_MUST(addHousehold(u"Maria Lopez"_s)),
                           LARDER_MUST(addHousehold(u"Tom Baker"_s)),
                           LARDER_MUST(addHousehold(u"Ana Ruiz"_s))};
    Runs runs(*m_store);
    auto run = runs.create(QDate(2026, 3, 7));
    LARDER_VERIFY_OK(run);
    m_runId = run.value();
    QStringList present;
    for (const auto& stop : runs.stops(m_runId))
        present << stop.householdId;
    for (const QString& household : households)
        if (!present.contains(household))
            LARDER_VERIFY_OK(runs.addStop(m_runId, household));
    QCOMPARE(runs.stops(m_runId).size(), 3);
}

void TestPackingUi::shortageShowsBeforePacking() {
    makeRun();
    PackingDialog dialog(*m_store, m_runId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* shortages = LARDER_MUST(child<QTreeWidget>(dialog, u"shortagesView"_s));
    auto* pickList = LARDER_MUST(child<QTreeWidget>(dialog, u"pickListView"_s));
    auto* packages = LARDER_MUST(child<QTreeWidget>(dialog, u"packagesView"_s));
    auto* tabs = LARDER_MUST(child<QTabWidget>(dialog, u"packingTabs"_s));
    // Before anything is set aside the shortage is already known from the templates.
    QCOMPARE(shortages->topLevelItemCount(), 1);
    QCOMPARE(pickList->topLevelItemCount(), 0);

    LARDER_MUST(child<QPushButton>(dialog, u"allocate"_s))->click();
    QCOMPARE(dialog.shortages().size(), 1);
    QTreeWidgetItem* row = shortages->topLevelItem(0);
    QVERIFY(row);
    QCOMPARE(row->text(0), u"Rice 1 kg"_s);
    QCOMPARE(row->text(1), u"3"_s);   // needed
    QCOMPARE(row->text(2), u"2"_s);   // on hand
    QCOMPARE(row->text(3), u"1"_s);   // short by
    QVERIFY(!row->text(4).isEmpty()); // who goes without
    QVERIFY2(dialog.messageText().contains(u"short"_s), qPrintable(dialog.messageText()));
    QVERIFY(tabs->tabText(0).contains(u"1"_s));
    screenshot(&dialog, u"packing-short"_s);
    tabs->setCurrentIndex(1);
    screenshot(&dialog, u"packing-picklist"_s);
    tabs->setCurrentIndex(2);
    screenshot(&dialog, u"packing-packages"_s);

    // The pick list: Shelf A, rice, the two there are.
    QCOMPARE(pickList->topLevelItemCount(), 1);
    QTreeWidgetItem* place = pickList->topLevelItem(0);
    QCOMPARE(place->text(0), u"Shelf A"_s);
    QCOMPARE(place->childCount(), 1);
    QCOMPARE(place->child(0)->text(0), u"Rice 1 kg"_s);
    QCOMPARE(place->child(0)->text(2), u"2"_s);

    // Each stop with its package; one of them has nothing set aside.
    QCOMPARE(packages->topLevelItemCount(), 3);
    int without = 0;
    for (int i = 0; i < 3; ++i) {
        QTreeWidgetItem* stop = packages->topLevelItem(i);
        QCOMPARE(stop->childCount(), 1);
        without += stop->child(0)->text(0).startsWith(u"nothing set aside"_s) ? 1 : 0;
    }
    QCOMPARE(without, 1);
}

void TestPackingUi::substituteCoversTheShortage() {
    makeRun();
    PackingDialog dialog(*m_store, m_runId);
    QVERIFY(dialog.allocate());
    QCOMPARE(dialog.shortages().size(), 1);
    QVERIFY(!dialog.shortages().first().substitutes.isEmpty()); // pasta: food, to spare
    auto* substitutes = LARDER_MUST(child<QComboBox>(dialog, u"substitutes"_s));
    const int pasta = substitutes->findData(m_pasta);
    QVERIFY(pasta >= 0);
    substitutes->setCurrentIndex(pasta);
    LARDER_MUST(child<QPushButton>(dialog, u"substitute"_s))->click();
    QVERIFY2(dialog.shortages().isEmpty(), qPrintable(dialog.messageText()));
    QCOMPARE(LARDER_MUST(child<QTreeWidget>(dialog, u"shortagesView"_s))->topLevelItemCount(), 0);
    QVERIFY(dialog.messageText().contains(u"Pasta"_s));
}

void TestPackingUi::withoutTemplatesSaysWhereToMakeThem() {
    LARDER_MUST(addHousehold(u"Maria Lopez"_s));
    auto run = Runs(*m_store).create(QDate(2026, 3, 7));
    LARDER_VERIFY_OK(run);
    if (Runs(*m_store).stops(run.value()).isEmpty())
        LARDER_VERIFY_OK(
            Runs(*m_store).addStop(run.value(), LARDER_MUST(addHousehold(u"Tom Baker"_s))));
    PackingDialog dialog(*m_store, run.value());
    QVERIFY(!dialog.allocate());
    QVERIFY2(dialog.messageText().contains(u"Box templates"_s), qPrintable(dialog.messageText()));
}

void TestPackingUi::templateEditorValidatesAndSaves() {
    TemplatesDialog dialog(*m_store);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* list = LARDER_MUST(child<QListWidget>(dialog, u"templateList"_s));
    auto* name = LARDER_MUST(child<QLineEdit>(dialog, u"templateName"_s));
    auto* minSize = LARDER_MUST(child<QSpinBox>(dialog, u"templateMinSize"_s));
    auto* maxSize = LARDER_MUST(child<QSpinBox>(dialog, u"templateMaxSize"_s));
    auto* boxes = LARDER_MUST(child<QSpinBox>(dialog, u"templateBoxes"_s));
    auto* item = LARDER_MUST(child<QLineEdit>(dialog, u"templateItem"_s));
    auto* quantity = LARDER_MUST(child<QSpinBox>(dialog, u"templateQuantity"_s));
    auto* lines = LARDER_MUST(child<QTableWidget>(dialog, u"templateLines"_s));
    QCOMPARE(list->count(), 0);
    QVERIFY(dialog.addTemplate());
    QCOMPARE(list->count(), 1);
    QVERIFY(dialog.changed());

    // An empty name is refused as it is typed and not saved.
    name->setFocus();
    name->selectAll();
    QTest::keyClick(name, Qt::Key_Backspace);
    QVERIFY(dialog.messageText().contains(u"name"_s));
    QTest::keyClick(name, Qt::Key_Return);
    QVERIFY(dialog.messageText().contains(u"Not saved"_s));
    QCOMPARE(Packages(*m_store).templates(true).first().name, u"New template"_s);
    QTest::keyClicks(name, u"Small household"_s);
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(Packages(*m_store).templates(true).first().name, u"Small household"_s);

    // Sizes: a largest below the smallest is refused; a valid range is saved at once.
    minSize->setValue(3);
    maxSize->setValue(2);
    QVERIFY(dialog.messageText().contains(u"below the smallest"_s));
    maxSize->setValue(5);
    auto saved = Packages(*m_store).templates(true).first();
    QCOMPARE(saved.minSize, 3);
    QCOMPARE(saved.maxSize, std::optional<int>(5));
    boxes->setValue(2);
    QCOMPARE(Packages(*m_store).templates(true).first().boxes, 2);

    // Items by part of their name.
    item->setFocus();
    QTest::keyClicks(item, u"ric"_s);
    quantity->setValue(2);
    QTest::keyClick(item, Qt::Key_Return);
    saved = Packages(*m_store).templates(true).first();
    QCOMPARE(saved.lines.size(), 1);
    QCOMPARE(saved.lines.first().itemId, m_rice);
    QCOMPARE(saved.lines.first().quantity, 2);
    QCOMPARE(lines->rowCount(), 1);
    screenshot(&dialog, u"templates"_s);
    // The same item twice is refused; an unknown one says so.
    QTest::keyClicks(item, u"rice"_s);
    QVERIFY(!dialog.addLine());
    QVERIFY(dialog.messageText().contains(u"already"_s));
    item->clear();
    QTest::keyClicks(item, u"caviar"_s);
    QVERIFY(!dialog.addLine());
    QVERIFY(dialog.messageText().contains(u"No item"_s));
    QCOMPARE(Packages(*m_store).templates(true).first().lines.size(), 1);
}

void TestPackingUi::templateSizesSayWhoGetsNoPackage() {
    using larder::runs::BoxTemplate;
    using larder::ui::TemplateSizes;
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    BoxTemplate small;
    small.minSize = 1;
    small.maxSize = 2;
    BoxTemplate middle;
    middle.minSize = 4;
    middle.maxSize = 5;
    BoxTemplate retired;
    retired.minSize = 3;
    retired.active = false;
    QCOMPARE(TemplateSizes::range(small), u"households of 1-2"_s);
    QCOMPARE(TemplateSizes::range(retired), u"households of 3 or more"_s);
    middle.maxSize = 4;
    QCOMPARE(TemplateSizes::range(middle), u"households of 4"_s);
    // A template not in use covers nobody; past 12 counts as no upper bound.
    QCOMPARE(TemplateSizes::uncovered({small, middle, retired}),
             u"No template in use covers households of 3 and 5 or more people: they get no "
             u"package."_s);
    BoxTemplate large;
    large.minSize = 3;
    QCOMPARE(TemplateSizes::uncovered({small, large}), QString());
    QLocale::setDefault(before);
}

QTEST_MAIN(TestPackingUi)
#include "tst_packing_ui.moc"
