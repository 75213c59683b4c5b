// SPDX-License-Identifier: GPL-3.0-or-later
// Reports benchmark: a year's summary of a pantry a year into use (50,000 households, 2,000,000
// ledger movements over 52 weeks, as bench_foundation makes it), computed (reports::Reports) and
// drawn (the Reports page's table and charts, painted offscreen), and the one-page PDF. Prints
// each figure's best and median of five runs; asserts no time.
//
//   bench_reports [--households N] [--movements M] [--keep FILE | --open FILE] [--runs R]
//   (a file of bench_foundation --keep FILE opens with --open FILE)

#include "core/demo/DemoData.h"
#include "core/reports/Reports.h"
#include "core/storage/Sqlite.h"
#include "core/storage/Store.h"
#include "reports/ReportPdf.h"
#include "ui/reports/ReportsPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace larder;
using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

void line(const QString& what, const QString& figure) {
    out << "  " << what.leftJustified(52, u'.') << ' ' << figure << Qt::endl;
}

// "best 412 ms, median 430 ms" of `runs` timings of `work`.
QString timed(int runs, const std::function<void()>& work) {
    QList<qint64> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        ms << timer.elapsed();
    }
    std::sort(ms.begin(), ms.end());
    return u"best %1 ms, median %2 ms"_s.arg(ms.first()).arg(ms.at(ms.size() / 2));
}

} // namespace

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"households"_s, u"Households to make."_s, u"N"_s, u"50000"_s});
    parser.addOption({u"movements"_s, u"Ledger movements to make."_s, u"M"_s, u"2000000"_s});
    parser.addOption({u"keep"_s, u"Keep the file made at FILE."_s, u"FILE"_s});
    parser.addOption({u"open"_s, u"Use an existing file instead of making one."_s, u"FILE"_s});
    parser.addOption({u"runs"_s, u"Timed runs of each step."_s, u"R"_s, u"5"_s});
    parser.process(app);
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());

    QTemporaryDir dir;
    const QString path = parser.isSet(u"open"_s)   ? parser.value(u"open"_s)
                         : parser.isSet(u"keep"_s) ? parser.value(u"keep"_s)
                                                   : dir.filePath(u"bench.larder"_s);
    if (!parser.isSet(u"open"_s)) {
        demo::DemoOptions options;
        options.households = parser.value(u"households"_s).toInt();
        options.movements = parser.value(u"movements"_s).toLongLong();
        options.weeksOfHistory = 52;
        out << "making " << options.households << " households, " << options.movements
            << " movements ..." << Qt::endl;
        if (auto made = demo::createDemoFile(path, options); !made) {
            QTextStream(stderr) << made.error().toString() << Qt::endl;
            return 1;
        }
    }
    auto opened = Store::open(path);
    if (!opened) {
        QTextStream(stderr) << opened.error().toString() << Qt::endl;
        return 1;
    }
    Store& store = **opened;
    const qint64 movements =
        store.connection().scalar("SELECT count(*) FROM stock_movements").toLongLong();
    const QDate today = store.today();
    const reports::Period year{today.addDays(-364), today};
    out << "Larder reports benchmark: " << movements << " ledger movements, a year's summary ("
        << year.from.toString(Qt::ISODate) << " to " << year.to.toString(Qt::ISODate) << ")"
        << Qt::endl;

    const reports::Reports reports(store);
    reports::Summary summary;
    line(u"compute: the year's summary (first run: cold cache)"_s, timed(1, [&] {
             auto made = reports.summary(year);
             summary = *made;
         }));
    line(u"compute: the year's summary"_s, timed(runs, [&] {
             auto made = reports.summary(year);
             summary = *made;
         }));
    qint64 rows = 0;
    for (const reports::Week& week : summary.weeks)
        rows += week.givenOut.movements + week.received.movements + week.disposed.movements;
    line(u"  ledger rows behind given out, received, thrown away"_s, QString::number(rows));
    line(u"  weeks"_s, QString::number(summary.weeks.size()));
    line(u"compute: a month's summary"_s, timed(runs, [&] {
             (void)reports.summary({today.addDays(-29), today});
         }));

    line(u"compute: a week's summary"_s, timed(runs, [&] {
             (void)reports.summary({today.addDays(-6), today});
         }));

    ui::ReportsPage page(store);
    page.resize(1280, 800);
    page.show();
    QCoreApplication::processEvents();
    line(u"draw: the page for the year (compute, table, charts)"_s, timed(runs, [&] {
             page.setPeriod(year);
             page.grab();
         }));
    QImage image(1280, 800, QImage::Format_ARGB32);
    line(u"draw: table and charts painted again"_s, timed(runs, [&] { page.render(&image); }));
    line(u"draw: the one-page PDF of the year"_s, timed(runs, [&] {
             (void)reports::ReportPdf::write(summary, dir.filePath(u"year.pdf"_s), {});
         }));
    return 0;
}
