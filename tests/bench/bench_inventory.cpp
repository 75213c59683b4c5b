// SPDX-License-Identifier: GPL-3.0-or-later
// Inventory benchmark on a pantry a year or more into use (the 2,000,000-movement database that
// bench_foundation --keep makes). Works on a copy: the original file is never opened. Prints:
//   - opening the stock page: constructing the inventory page and the first paint of On hand,
//     alone and inside the main window (every page listening to the store);
//   - intake at scanner speed: from the Enter on the date to the line saved (ledger row and Last
//     entries row) and painted, driven with key events exactly as a scanner and a volunteer type;
//   - the expiring-soon query (Inventory::expiring) and the Use first model's reload;
//   - undo of an intake line, and one item's history.
// Prints figures only; asserts nothing about time.
//
//   bench_inventory [--db FILE] [--lines N]

#include "core/inventory/Inventory.h"
#include "core/storage/Settings.h"
#include "core/storage/Sqlite.h"
#include "core/storage/Store.h"
#include "ui/MainWindow.h"
#include "ui/inventory/BelowParModel.h"
#include "ui/inventory/IntakeForm.h"
#include "ui/inventory/InventoryPage.h"
#include "ui/inventory/LastEntriesModel.h"
#include "ui/inventory/LotsModel.h"
#include "ui/inventory/MovementsModel.h"
#include "ui/inventory/StockModel.h"
#include "ui/today/TodayPage.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCommandLineParser>
#include <QCompleter>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <cstdlib>

using namespace larder;
using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

void line(const QString& what, const QString& figure) {
    out << what.leftJustified(58, u'.') << u' ' << figure << Qt::endl;
}

QString ms(double value) {
    return u"%1 ms"_s.arg(value, 0, 'f', value < 10 ? 2 : 1);
}

// "median 12.3 ms (min 10.1, max 20.4) over N"
QString spread(QList<double> values) {
    if (values.isEmpty())
        return u"-"_s;
    std::sort(values.begin(), values.end());
    const double median = values.at(values.size() / 2);
    return u"median %1 (min %2, max %3) over %4"_s.arg(ms(median))
        .arg(values.constFirst(), 0, 'f', 2)
        .arg(values.constLast(), 0, 'f', 2)
        .arg(values.size());
}

double elapsedMs(const QElapsedTimer& timer) {
    return double(timer.nsecsElapsed()) / 1e6;
}

// The part of a page named `name` (pages keep no getters for tests and benches); a missing one
// ends the bench with its name.
template <typename T> T* part(const QObject& parent, const QString& name) {
    T* found = parent.findChild<T*>(name);
    if (!found) {
        QTextStream(stderr) << parent.metaObject()->className() << " has no " << name << Qt::endl;
        std::exit(1);
    }
    return found;
}

// Paints a widget now (what the person sees), without waiting for the event loop.
void paintNow(QWidget* widget) {
    widget->repaint();
    QCoreApplication::processEvents();
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {u"db"_s, u"The database to copy and measure."_s, u"FILE"_s, u"/tmp/bench2m.larder"_s});
    parser.addOption({u"lines"_s, u"Intake lines to time."_s, u"N"_s, u"25"_s});
    parser.process(app);
    const QString original = parser.value(u"db"_s);
    const int lines = qMax(3, parser.value(u"lines"_s).toInt());
    if (!QFileInfo::exists(original)) {
        QTextStream(stderr) << "No database at " << original
                            << ": make one with bench_foundation --keep FILE" << Qt::endl;
        return 1;
    }

    // A copy, so the original is never touched (not even its -wal and -shm files).
    QTemporaryDir dir(QFileInfo(original).absolutePath() + u"/bench_inventory-XXXXXX"_s);
    const QString path = dir.filePath(u"copy.larder"_s);
    QElapsedTimer timer;
    timer.start();
    if (!QFile::copy(original, path)) {
        QTextStream(stderr) << "Could not copy " << original << Qt::endl;
        return 1;
    }
    out << "Larder inventory benchmark on a copy of " << original << " ("
        << QString::number(QFileInfo(path).size() / 1048576.0, 'f', 0) << " MiB, copied in "
        << QString::number(timer.elapsed() / 1000.0, 'f', 1) << " s)" << Qt::endl;

    auto opened = Store::open(path);
    if (!opened) {
        QTextStream(stderr) << opened.error().toString() << Qt::endl;
        return 1;
    }
    std::unique_ptr<Store> store = std::move(opened).value();
    auto& db = store->connection();
    line(u"movements in the ledger"_s,
         QString::number(db.scalar("SELECT count(*) FROM stock_movements").toLongLong()));
    line(u"stock lines on hand (item, location, lot)"_s,
         QString::number(db.scalar("SELECT count(*) FROM stock_on_hand").toLongLong()));
    store->setActor(db.scalar("SELECT id FROM people WHERE active = 1 LIMIT 1").toString());

    // ---- The expiring-soon query ----
    inventory::Inventory stock(*store);
    const int days = Settings(*store).get(settings::ExpiryWarningDays);
    QList<double> query;
    int expiringRows = 0;
    for (int i = 0; i < 15; ++i) {
        timer.restart();
        expiringRows = int(stock.expiring(days).size());
        query << elapsedMs(timer);
    }
    line(u"expiring-soon query (Inventory::expiring(%1))"_s.arg(days),
         spread(query) + u", %1 lots"_s.arg(expiringRows));
    QList<double> belowPar;
    int belowParRows = 0;
    for (int i = 0; i < 5; ++i) {
        timer.restart();
        belowParRows = int(stock.belowPar().size());
        belowPar << elapsedMs(timer);
    }
    line(u"below-par query (Inventory::belowPar())"_s,
         spread(belowPar) + u", %1 items"_s.arg(belowParRows));

    // ---- Opening the stock page, alone ----
    {
        timer.restart();
        ui::InventoryPage page(*store);
        const double constructed = elapsedMs(timer);
        page.resize(1200, 760);
        page.show();
        page.showTab(ui::InventoryPage::OnHandTab);
        QCoreApplication::processEvents();
        page.grab(); // the first full paint of On hand
        line(u"stock page: construct (all five tabs' models)"_s, ms(constructed));
        line(u"stock page: construct + first paint of On hand"_s, ms(elapsedMs(timer)));
        timer.restart();
        page.showByLot(true);
        QCoreApplication::processEvents();
        page.grab();
        line(u"On hand: switch to by place and date, paint"_s,
             ms(elapsedMs(timer)) +
                 u" (%1 lines)"_s.arg(part<ui::LotsModel>(page, u"lotsModel"_s)->rowCount()));
        // What each stock model costs to reload after a change (hidden tabs do it once the
        // store has been quiet for RowTableModel::QuietMs, not after every line).
        const QList<std::pair<QString, ui::RowTableModel*>> models{
            {u"On hand by item"_s, part<ui::StockModel>(page, u"stockModel"_s)},
            {u"On hand by place and date"_s, part<ui::LotsModel>(page, u"lotsModel"_s)},
            {u"Use first"_s, part<ui::LotsModel>(page, u"useFirstModel"_s)},
            {u"Below par"_s, part<ui::BelowParModel>(page, u"belowParModel"_s)}};
        for (const auto& [name, model] : models) {
            QList<double> reloads;
            for (int i = 0; i < 7; ++i) {
                timer.restart();
                model->reload();
                reloads << elapsedMs(timer);
            }
            line(u"reload: %1"_s.arg(name), spread(reloads));
        }
    }

    // ---- In the main window: every page listens to the store ----
    timer.restart();
    ui::MainWindow window(std::move(store));
    window.show();
    QCoreApplication::processEvents();
    window.grab();
    line(u"main window: open and paint Today"_s, ms(elapsedMs(timer)));
    Store& s = window.store();
    s.setActor(s.connection().scalar("SELECT id FROM people WHERE active = 1 LIMIT 1").toString());
    auto* page = qobject_cast<ui::InventoryPage*>(window.page(ui::MainWindow::PageId::Inventory));
    timer.restart();
    window.showPage(ui::MainWindow::PageId::Inventory);
    page->showTab(ui::InventoryPage::OnHandTab);
    QCoreApplication::processEvents();
    window.grab();
    line(u"main window: switch to Inventory, On hand, paint"_s, ms(elapsedMs(timer)));
    {
        auto* today = qobject_cast<ui::TodayPage*>(window.page(ui::MainWindow::PageId::Today));
        QList<double> refresh;
        for (int i = 0; i < 7; ++i) {
            timer.restart();
            today->refresh();
            refresh << elapsedMs(timer);
        }
        line(u"Today page refresh (on show, after changes)"_s, spread(refresh));
    }

    // ---- Intake at scanner speed ----
    page->showTab(ui::InventoryPage::IntakeTab);
    QApplication::setActiveWindow(&window);
    if (!QTest::qWaitForWindowActive(&window)) {
        QTextStream(stderr) << "The window did not become active" << Qt::endl;
        return 1;
    }
    auto* intake = part<ui::IntakeForm>(*page, u"intakeForm"_s);
    auto* itemField = part<QLineEdit>(*intake, u"intakeItem"_s);
    auto* quantityField = part<QLineEdit>(*intake, u"intakeQuantity"_s);
    auto* expiryField = part<QLineEdit>(*intake, u"intakeExpiry"_s);
    QStringList barcodes;
    auto rows = s.readAll("SELECT b.code FROM item_barcodes b JOIN items i ON i.id = b.item_id "
                          "WHERE i.active = 1 AND (i.perishable = 0 OR i.shelf_life_days > 0) "
                          "ORDER BY b.code");
    for (const QVariantList& row : rows.value())
        barcodes << row.constFirst().toString();
    if (barcodes.isEmpty()) {
        QTextStream(stderr) << "No barcodes in the catalog" << Qt::endl;
        return 1;
    }
    QList<double> scanToQuantity, enterToSaved, enterToPainted;
    auto* entries = part<ui::LastEntriesModel>(*intake, u"lastEntriesModel"_s);
    for (int i = 0; i < lines; ++i) {
        intake->focusItem();
        const QString code = barcodes.at((i * 7) % barcodes.size());
        QTest::keyClicks(itemField, code);
        timer.restart();
        QTest::keyClick(itemField, Qt::Key_Enter);
        scanToQuantity << elapsedMs(timer);
        QTest::keyClicks(quantityField, u"12"_s);
        QTest::keyClick(quantityField, Qt::Key_Enter);
        expiryField->setText(u"3w"_s);
        const int before = entries->rowCount();
        timer.restart();
        QTest::keyClick(expiryField, Qt::Key_Enter);
        if (entries->rowCount() != before + 1) {
            QTextStream(stderr) << "intake line " << i << " was not saved: " << intake->status()
                                << Qt::endl;
            return 1;
        }
        enterToSaved << elapsedMs(timer);
        paintNow(intake->lastEntriesView()->viewport());
        enterToPainted << elapsedMs(timer);
    }
    line(u"intake: scan Enter -> item found, on Quantity"_s, spread(scanToQuantity));
    line(u"intake: Enter -> line saved (ledger + Last entries)"_s, spread(enterToSaved));
    line(u"intake: Enter -> line saved and painted"_s, spread(enterToPainted));

    QList<double> undo;
    const auto ledgerRows = [&s] {
        return s.connection().scalar("SELECT count(*) FROM stock_movements").toLongLong();
    };
    for (int i = 0; i < 5; ++i) {
        const qint64 before = ledgerRows();
        timer.restart();
        QTest::keyClick(itemField, Qt::Key_Z, Qt::ControlModifier);
        paintNow(intake->lastEntriesView()->viewport());
        undo << elapsedMs(timer);
        if (ledgerRows() != before + 1) {
            QTextStream(stderr)
                << "undo " << i << " posted nothing; popup "
                << (itemField->completer() && itemField->completer()->popup()->isVisible())
                << " focus "
                << (QApplication::focusWidget() ? QApplication::focusWidget()->objectName()
                                                : u"none"_s)
                << " active "
                << (QApplication::activeWindow()
                        ? QApplication::activeWindow()->metaObject()->className()
                        : "none")
                << " popupW "
                << (QApplication::activePopupWidget()
                        ? QApplication::activePopupWidget()->metaObject()->className()
                        : "none")
                << Qt::endl;
            return 1;
        }
    }
    line(u"intake: Ctrl+Z -> reversal posted and painted"_s, spread(undo));
    timer.restart();
    QTest::qWait(ui::RowTableModel::QuietMs + 200);
    auto* useFirstModel = part<ui::LotsModel>(*page, u"useFirstModel"_s);
    auto* belowParModel = part<ui::BelowParModel>(*page, u"belowParModel"_s);
    while (useFirstModel->reloadPending() || belowParModel->reloadPending())
        QCoreApplication::processEvents();
    line(u"hidden tabs catch up after a pause (wait included)"_s, ms(elapsedMs(timer)));

    // ---- One item's history (the busiest item) ----
    const QString busiest =
        s.connection()
            .scalar(
                "SELECT larder_row_text(item_id) FROM stock_movements GROUP BY item_id ORDER BY "
                "count(*) DESC "
                "LIMIT 1")
            .toString();
    timer.restart();
    ui::MovementsModel history(s, busiest);
    line(u"history of the busiest item (newest 1000 movements)"_s,
         ms(elapsedMs(timer)) + u" (%1 rows)"_s.arg(history.rowCount()));
    return 0;
}
