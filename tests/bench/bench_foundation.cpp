// SPDX-License-Identifier: GPL-3.0-or-later
// Foundation benchmark: a pantry a year or more into use. Makes a database with 50,000 households
// and 2,000,000 ledger movements through the write API (so every row has its operations), then
// prints: time to create it, file size, time to open it and show the main window, time to compute
// stock on hand for every item (from the aggregate, and from the ledger for comparison), and peak
// memory. Prints figures only; asserts nothing about time.
//
//   bench_foundation [--households N] [--movements M] [--seed S] [--keep FILE]

#include "core/demo/DemoData.h"
#include "core/storage/Integrity.h"
#include "core/storage/Sqlite.h"
#include "core/storage/Store.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPixmap>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace larder;
using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

double peakMemoryMiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

qint64 fileBytes(const QString& path) {
    qint64 total = 0;
    for (const char* suffix : {"", "-wal", "-shm"})
        total += QFileInfo(path + QLatin1String(suffix)).size();
    return total;
}

void line(const QString& what, const QString& figure) {
    out << what.leftJustified(52, u'.') << u' ' << figure << Qt::endl;
}

// `check`, as the CLI runs it, each check timed (`runs` times); then the thorough integrity
// check once.
void timeChecks(Store& store, int runs) {
    QElapsedTimer timer;
    for (int run = 0; run <= runs; ++run) {
        const CheckDepth depth = run < runs ? CheckDepth::Quick : CheckDepth::Thorough;
        timer.start();
        const QList<CheckResult> checks = runChecks(store, depth);
        const qint64 checkMs = timer.elapsed();
        bool allOk = true;
        for (const CheckResult& check : checks) {
            allOk = allOk && check.ok;
            if ((depth == CheckDepth::Quick || check.name == u"integrity"_s) && check.seconds > 0)
                line(u"  check: "_s + check.name +
                         (depth == CheckDepth::Thorough ? u" (thorough)"_s : QString()),
                     u"%1 s%2"_s.arg(check.seconds, 0, 'f', 2)
                         .arg(check.ok ? QString() : u" FAILED"_s));
        }
        line(depth == CheckDepth::Quick ? u"check, all"_s : u"check --thorough, all"_s,
             u"%1 s%2"_s.arg(checkMs / 1000.0, 0, 'f', 1)
                 .arg(allOk ? QString() : u" (a check failed)"_s));
    }
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"households"_s, u"Households to make."_s, u"N"_s, u"50000"_s});
    parser.addOption({u"movements"_s, u"Ledger movements to make."_s, u"M"_s, u"2000000"_s});
    parser.addOption({u"seed"_s, u"Seed for the demo data."_s, u"S"_s, u"1"_s});
    parser.addOption({u"keep"_s, u"Keep the database at FILE (must not exist)."_s, u"FILE"_s});
    parser.addOption(
        {u"open"_s, u"Measure an existing database instead of making one."_s, u"FILE"_s});
    parser.addOption(
        {u"check-only"_s, u"With --open: time only `check` (three runs, then --thorough once)."_s});
    parser.addOption({u"screenshots"_s,
                      u"Save the first screen and the two switched-to pages as PNG files in DIR."_s,
                      u"DIR"_s});
    parser.process(app);

    QTemporaryDir dir;
    const bool existing = parser.isSet(u"open"_s);
    const QString path = existing                  ? parser.value(u"open"_s)
                         : parser.isSet(u"keep"_s) ? parser.value(u"keep"_s)
                                                   : dir.filePath(u"bench.larder"_s);
    demo::DemoOptions options;
    options.households = parser.value(u"households"_s).toInt();
    options.movements = parser.value(u"movements"_s).toLongLong();
    options.seed = parser.value(u"seed"_s).toULongLong();
    options.weeksOfHistory = 52;

    out << "Larder foundation benchmark: " << options.households << " households, "
        << options.movements << " ledger movements" << Qt::endl;

    QElapsedTimer timer;
    timer.start();
    int lastPercent = -1;
    options.progress = [&lastPercent](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(100 * done / total) : 100;
        if (percent / 10 != lastPercent / 10)
            QTextStream(stderr) << "  creating: " << percent << "%" << Qt::endl;
        lastPercent = percent;
    };
    if (!existing) {
        auto created = demo::createDemoFile(path, options);
        if (!created) {
            QTextStream(stderr) << created.error().toString() << Qt::endl;
            return 1;
        }
        const qint64 createMs = timer.elapsed();
        line(u"create (demo data through the write API)"_s,
             u"%1 s"_s.arg(createMs / 1000.0, 0, 'f', 1));
    }
    line(u"file size"_s, u"%1 MiB"_s.arg(fileBytes(path) / 1048576.0, 0, 'f', 1));

    timer.restart();
    auto opened = Store::open(path);
    if (!opened) {
        QTextStream(stderr) << opened.error().toString() << Qt::endl;
        return 1;
    }
    const qint64 openStoreMs = timer.elapsed();
    if (parser.isSet(u"check-only"_s)) {
        line(u"open the file"_s, u"%1 ms"_s.arg(openStoreMs));
        timeChecks(**opened, 3);
        line(u"peak memory (max RSS)"_s, u"%1 MiB"_s.arg(peakMemoryMiB(), 0, 'f', 0));
        return 0;
    }
    auto window = std::make_unique<ui::MainWindow>(std::move(opened).value());
    window->show();
    QCoreApplication::processEvents();
    const QPixmap first = window->grab(); // forces a full paint of the first page
    const qint64 showMs = timer.elapsed();
    const QString shots = parser.value(u"screenshots"_s);
    if (!shots.isEmpty())
        first.save(shots + u"/first-screen.png"_s);
    line(u"open the file"_s, u"%1 ms"_s.arg(openStoreMs));
    line(u"open the file and show the main window"_s, u"%1 ms"_s.arg(showMs));

    timer.restart();
    window->showPage(ui::MainWindow::PageId::Households);
    QCoreApplication::processEvents();
    const QPixmap households = window->grab();
    line(u"switch to Households and paint"_s, u"%1 ms"_s.arg(timer.elapsed()));
    timer.restart();
    window->showPage(ui::MainWindow::PageId::Inventory);
    QCoreApplication::processEvents();
    const QPixmap inventory = window->grab();
    line(u"switch to Inventory and paint"_s, u"%1 ms"_s.arg(timer.elapsed()));
    if (!shots.isEmpty()) {
        households.save(shots + u"/households.png"_s);
        inventory.save(shots + u"/inventory.png"_s);
    }

    Store& store = window->store();
    int items = 0;
    qint64 total = 0;
    timer.restart();
    auto onHand = store.read("SELECT i.id, i.name, coalesce(sum(s.quantity), 0) FROM items i "
                             "LEFT JOIN stock_on_hand s ON s.item_id = i.id GROUP BY i.id",
                             {}, [&](const Row& row) {
                                 ++items;
                                 total += row.integer(2);
                             });
    const qint64 aggregateUs = timer.nsecsElapsed() / 1000;
    if (!onHand) {
        QTextStream(stderr) << onHand.error().toString() << Qt::endl;
        return 1;
    }
    line(u"stock on hand, every item (aggregate table)"_s,
         u"%1 ms for %2 items"_s.arg(aggregateUs / 1000.0, 0, 'f', 2).arg(items));

    qint64 ledgerTotal = 0;
    timer.restart();
    auto fromLedger =
        store.read("SELECT item_id, sum(quantity) FROM stock_movements GROUP BY item_id", {},
                   [&](const Row& row) { ledgerTotal += row.integer(1); });
    const qint64 ledgerMs = timer.elapsed();
    if (!fromLedger) {
        QTextStream(stderr) << fromLedger.error().toString() << Qt::endl;
        return 1;
    }
    line(u"stock on hand, every item (summing the ledger)"_s, u"%1 ms"_s.arg(ledgerMs));
    line(u"aggregate equals ledger sum"_s, total == ledgerTotal ? u"yes"_s : u"NO"_s);

    auto& db = store.connection();
    line(u"rows: households / movements / operations"_s,
         u"%1 / %2 / %3"_s.arg(db.scalar("SELECT count(*) FROM households").toLongLong())
             .arg(db.scalar("SELECT count(*) FROM stock_movements").toLongLong())
             .arg(db.scalar("SELECT count(*) FROM sync_ops").toLongLong()));
    timeChecks(store, 1);
    line(u"peak memory (max RSS)"_s, u"%1 MiB"_s.arg(peakMemoryMiB(), 0, 'f', 0));
    return total == ledgerTotal ? 0 : 1;
}
