// SPDX-License-Identifier: GPL-3.0-or-later
// Route sheets at the scale of a big distribution day: forty routes of twelve stops, each with
// its map, painted into one PDF. Prints the time to paint and write, the pages and the file
// size; asserts no times.
//
//   build/tests/bench/bench_sheets [--routes N] [--stops S] [--seed S] [--keep FILE.pdf]

#include "print/RouteSheets.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace larder::print;

namespace {

// A synthetic route with realistic text: names, addresses, five to nine package lines, notes on
// half the stops, stops spread over a few kilometres around the pantry.
RouteSheetData makeRoute(int routeNo, int stops, QRandomGenerator& random) {
    static const QStringList names{u"Graciela O."_s, u"Leticia M."_s,     u"Diego y familia"_s,
                                   u"Araceli"_s,     u"Wei W."_s,         u"Abuela Rosa"_s,
                                   u"Umm Yusuf"_s,   u"Familia Flores"_s, u"Tomasz M."_s};
    static const QStringList items{u"3 × Black beans, canned 15 oz"_s,
                                   u"2 × Long grain white rice 2 lb"_s,
                                   u"1 × Eggs, large, dozen"_s,
                                   u"1 × Chicken leg quarters, frozen 3 lb"_s,
                                   u"2 × Diced tomatoes 14.5 oz"_s,
                                   u"1 × Corn tortillas 30 ct"_s,
                                   u"1 × Potatoes 5 lb"_s,
                                   u"1 × Spaghetti 1 lb"_s,
                                   u"1 × Whole milk 1 gal"_s};
    RouteSheetData route;
    route.date = QDate(2026, 11, 28);
    route.runName = u"Saturday"_s;
    route.routeNo = routeNo;
    route.driver = u"Driver %1"_s.arg(routeNo);
    route.capacity = 20;
    route.startPoint = u"Pantry, 1850 S Blue Island Ave"_s;
    route.kilometres = 4 + random.bounded(200) / 10.0;
    route.minutes = 60 + random.bounded(60);
    route.map.start = MapPoint{41.857, -87.660};
    route.map.startLabel = u"Pantry"_s;
    for (int i = 0; i < stops; ++i) {
        SheetStop stop;
        stop.number = i + 1;
        stop.name = names.at(random.bounded(int(names.size())));
        stop.address = u"%1 S Paulina St, %2F, Chicago 60608"_s.arg(1600 + random.bounded(600))
                           .arg(1 + random.bounded(3));
        stop.boxes = 1 + random.bounded(2);
        stop.boxName = u"3–5 people"_s;
        const int lines = 5 + random.bounded(5);
        for (int l = 0; l < lines; ++l)
            stop.contents << items.at(l);
        stop.languages = {u"Spanish"_s};
        if (random.bounded(2))
            stop.deliveryNotes = u"Side door, ring twice"_s;
        if (random.bounded(2))
            stop.phone = u"(312) 555-01%1"_s.arg(10 + i);
        stop.approximate = random.bounded(10) == 0;
        route.map.stops << MapStop{
            stop.number,
            MapPoint{41.84 + random.bounded(300) / 10000.0, -87.68 + random.bounded(400) / 10000.0},
            stop.approximate};
        route.stops << stop;
    }
    return route;
}

} // namespace

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"routes"_s, u"routes (default 40)"_s, u"N"_s, u"40"_s});
    parser.addOption({u"stops"_s, u"stops per route (default 12)"_s, u"S"_s, u"12"_s});
    parser.addOption({u"seed"_s, u"seed (default 1)"_s, u"S"_s, u"1"_s});
    parser.addOption({u"keep"_s, u"write the PDF here and keep it"_s, u"FILE"_s});
    parser.process(app);

    QRandomGenerator random(parser.value(u"seed"_s).toUInt());
    const int routes = parser.value(u"routes"_s).toInt();
    const int stops = parser.value(u"stops"_s).toInt();
    QList<RouteSheetData> sheets;
    for (int r = 0; r < routes; ++r)
        sheets << makeRoute(r + 1, stops, random);

    QTemporaryDir dir;
    const QString path =
        parser.isSet(u"keep"_s) ? parser.value(u"keep"_s) : dir.filePath(u"sheets.pdf"_s);
    PrintOptions options;
    options.pantryName = u"Pilsen Neighbors Pantry"_s;
    options.pantryPhone = u"(312) 555-0142"_s;

    QTextStream out(stdout);
    for (const auto paper : {QPageSize::Letter, QPageSize::A4}) {
        options.paper = paper;
        QElapsedTimer timer;
        timer.start();
        const auto written = writeRouteSheetsPdf(path, sheets, options);
        const qint64 ms = timer.elapsed();
        if (!written) {
            out << written.error().toString() << '\n';
            return 1;
        }
        out << (paper == QPageSize::Letter ? "Letter" : "A4") << ": " << routes << " routes x "
            << stops << " stops with maps: " << ms << " ms, " << QFileInfo(path).size() / 1024
            << " KiB\n";
        out.flush();
    }
    return 0;
}
