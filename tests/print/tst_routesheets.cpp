// SPDX-License-Identifier: GPL-3.0-or-later
// The route sheet, packing list, pick list and pickup manifest renderers on synthetic data,
// rendered offscreen to PDF and read back with pdftotext and pdfinfo.

#include "print/RouteSheets.h"
#include "tests/TestSupport.h"
#include "tests/print/PrintTestSupport.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace larder;
using namespace larder::print;

namespace {

const QStringList Names{u"Amara Okafor"_s, u"Bao Tran"_s,     u"Carmen Ruiz"_s,  u"Dmitri Volkov"_s,
                        u"Esi Mensah"_s,   u"Farah Haddad"_s, u"Gustavo Lima"_s, u"Hana Suzuki"_s,
                        u"Ines Duarte"_s,  u"Jamal Carter"_s, u"Kofi Asante"_s,  u"Lucia Moreno"_s};

// A route of `count` stops around Chicago's Pilsen; every third stop gave no consent to calls.
RouteSheetData sampleRoute(int routeNo, int count) {
    RouteSheetData route;
    route.date = QDate(2026, 3, 7);
    route.runName = u"Saturday morning"_s;
    route.routeNo = routeNo;
    route.driver = u"Jean Baptiste"_s;
    route.capacity = 20;
    route.startPoint = u"Pantry"_s;
    route.kilometres = 18.4;
    route.minutes = 95;
    route.map.start = MapPoint{41.8575, -87.6607};
    route.map.startLabel = u"Pantry"_s;
    for (int i = 0; i < count; ++i) {
        SheetStop stop;
        stop.number = i + 1;
        stop.name = Names.at(i % Names.size());
        stop.address = u"%1 W 18th St, Apt %2, Chicago"_s.arg(1400 + 37 * i).arg(i + 1);
        stop.boxes = 1 + i % 2;
        stop.boxName = i % 2 ? u"3-5 people"_s : u"1-2 people"_s;
        stop.contents = {u"Rice 2 kg"_s, u"Black beans 4"_s, u"Pasta 1 (instead of Rice)"_s,
                         u"Item%1Marker"_s.arg(i + 1)};
        stop.changes = {u"Pasta 1 (instead of Rice)"_s, u"Item%1Marker"_s.arg(i + 1)};
        stop.languages = {u"Spanish"_s, u"English"_s};
        stop.deliveryNotes = u"Side door, ring twice (stop %1)"_s.arg(i + 1);
        stop.accessNeeds = i == 2 ? u"No stairs"_s : QString();
        if (i % 3 != 2)
            stop.phone = u"555-01%1"_s.arg(i + 10);
        stop.mayLeaveAtDoor = i % 2 == 0;
        stop.approximate = i == 4;
        stop.onMap = i != 6;
        if (stop.onMap)
            route.map.stops << MapStop{stop.number,
                                       MapPoint{41.8575 + 0.002 * i, -87.6607 + 0.003 * (i % 5)},
                                       stop.approximate};
        route.stops << stop;
    }
    return route;
}

PrintOptions sampleOptions() {
    PrintOptions options;
    options.pantryName = u"Eastside pantry"_s;
    options.pantryPhone = u"555-0100"_s;
    return options;
}

} // namespace

class TestRouteSheets : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString render(const QString& name, const QList<RouteSheetData>& sheets,
                   const PrintOptions& options) {
        const QString path = m_dir.filePath(name);
        const auto written = writeRouteSheetsPdf(path, sheets, options);
        if (!written.ok())
            qWarning("%s", qPrintable(written.error().toString()));
        return written.ok() ? path : QString();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        if (qEnvironmentVariableIsSet("LARDER_KEEP_PDF"))
            m_dir.setAutoRemove(false);
        qInfo("PDFs in %s", qPrintable(m_dir.path()));
    }

    void stopsInOrderWithTheirContents() {
        const QString pdf = render(u"order.pdf"_s, {sampleRoute(4, 12)}, sampleOptions());
        QVERIFY(!pdf.isEmpty());
        const QString text = test::squeezed(test::pdfText(pdf));
        QVERIFY2(text.contains(u"Route 4 — Saturday morning"_s), qPrintable(text.left(500)));
        QVERIFY(text.contains(u"Driver: Jean Baptiste"_s));
        QVERIFY(text.contains(u"12 stops"_s));
        QVERIFY(text.contains(u"18.4 km"_s));
        QVERIFY(text.contains(u"1 h 35 min"_s));
        QVERIFY(text.contains(u"555-0100"_s)); // the pantry's phone
        QVERIFY(text.contains(u"Saturday 7 March 2026"_s));
        qsizetype previous = -1;
        for (int i = 0; i < 12; ++i) {
            const qsizetype at = text.indexOf(Names.at(i));
            QVERIFY2(at > previous, qPrintable(Names.at(i)));
            // The stop's own contents, notes and address follow its name, before the next stop.
            const qsizetype next = i + 1 < 12 ? text.indexOf(Names.at(i + 1)) : text.size();
            const QString block = text.mid(at, next - at);
            QVERIFY2(block.contains(u"Item%1Marker"_s.arg(i + 1)), qPrintable(block));
            // The template's own items are the packing list's business, not the driver's.
            QVERIFY(block.contains(i % 2 ? u"3-5 people"_s : u"1-2 people"_s));
            QVERIFY(!block.contains(u"Black beans 4"_s));
            QVERIFY(block.contains(u"Side door, ring twice (stop %1)"_s.arg(i + 1)));
            QVERIFY(block.contains(u"W 18th St, Apt %1"_s.arg(i + 1)));
            QVERIFY(block.contains(u"Spanish, English"_s));
            QVERIFY(block.contains(u"1 Delivered"_s));
            QVERIFY(block.contains(u"5 Declined"_s));
            QCOMPARE(block.contains(u"Do not leave the boxes at the door"_s), i % 2 == 1);
            previous = at;
        }
        QVERIFY(text.contains(u"No stairs"_s));
        QVERIFY(text.contains(u"Not on the map (no location on file): stop 7."_s));
        QVERIFY(text.contains(u"Return or destroy this sheet after the run"_s));
    }

    void phonesOnlyWhereGiven() {
        const QString pdf = render(u"phones.pdf"_s, {sampleRoute(1, 12)}, sampleOptions());
        const QString text = test::pdfText(pdf);
        for (int i = 0; i < 12; ++i) {
            const QString phone = u"555-01%1"_s.arg(i + 10);
            QCOMPARE(text.contains(phone), i % 3 != 2);
        }
    }

    void privacyModeInitialsAndNoPhones() {
        PrintOptions options = sampleOptions();
        options.initialsOnly = true;
        const QString pdf = render(u"private.pdf"_s, {sampleRoute(2, 12)}, options);
        const QString text = test::squeezed(test::pdfText(pdf));
        for (int i = 0; i < 12; ++i) {
            QVERIFY2(!text.contains(Names.at(i)), qPrintable(Names.at(i)));
            QVERIFY(!text.contains(Names.at(i).section(u' ', 1)));
            QVERIFY(!text.contains(u"555-01%1"_s.arg(i + 10)));
        }
        QVERIFY(!text.contains(u"Phone"_s));
        QVERIFY(text.contains(u"A. O."_s));
        QVERIFY(text.contains(u"L. M."_s));
        QVERIFY(text.indexOf(u"A. O."_s) < text.indexOf(u"B. T."_s));
        // The pantry's own number stays: drivers need it.
        QVERIFY(text.contains(u"555-0100"_s));
    }

    void initials_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("two words") << u"Amara Okafor"_s << u"A. O."_s;
        QTest::newRow("three, accents") << u"ana maría Quispe"_s << u"A. M. Q."_s;
        QTest::newRow("one word") << u"Bao"_s << u"B."_s;
        QTest::newRow("punctuation") << u"(Tía) Rosa"_s << u"T. R."_s;
        QTest::newRow("empty") << QString() << QString();
    }
    void initials() {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QCOMPARE(print::initials(name), expected);
    }

    // The compact layout (issue #17): a 12-stop route on at most two pages, one row a stop in
    // order, with what the driver needs from each (the full layout takes four), the same footer.
    void compactSheetFitsTwelveStopsOnTwoPages() {
        PrintOptions options = sampleOptions();
        options.compact = true;
        const QString pdf = render(u"compact.pdf"_s, {sampleRoute(4, 12)}, options);
        QVERIFY(!pdf.isEmpty());
        QVERIFY2(test::pdfPages(pdf) <= 2, qPrintable(QString::number(test::pdfPages(pdf))));
        const QString full = render(u"full.pdf"_s, {sampleRoute(4, 12)}, sampleOptions());
        QVERIFY(test::pdfPages(full) > test::pdfPages(pdf));
        const QString text = test::squeezed(test::pdfText(pdf));
        QVERIFY(text.contains(u"Driver: Jean Baptiste"_s));
        QVERIFY(text.contains(u"1 Delivered, 2 Left at door, 3 Not home"_s));
        qsizetype previous = -1;
        for (int i = 0; i < 12; ++i) {
            const qsizetype at = text.indexOf(Names.at(i));
            QVERIFY2(at > previous, qPrintable(Names.at(i)));
            const qsizetype next = i + 1 < 12 ? text.indexOf(Names.at(i + 1)) : text.size();
            const QString block = text.mid(at, next - at);
            QVERIFY2(block.contains(u"W 18th St, Apt %1"_s.arg(i + 1)), qPrintable(block));
            QVERIFY2(block.contains(u"Item%1Marker"_s.arg(i + 1)), qPrintable(block));
            QVERIFY(block.contains(u"(stop %1)"_s.arg(i + 1)));
            QVERIFY(block.contains(i % 2 ? u"2 boxes"_s : u"1 box"_s));
            QCOMPARE(block.simplified().contains(u"Do not leave the boxes at the door"_s),
                     i % 2 == 1);
            previous = at;
        }
        QVERIFY(text.contains(u"Return or destroy this sheet after the run"_s));
        QVERIFY(text.contains(u"Page 2 of 2"_s) || text.contains(u"Page 1 of 1"_s));
    }

    void pageXOfYPerSheet() {
        const QString pdf =
            render(u"pages.pdf"_s, {sampleRoute(1, 12), sampleRoute(2, 3)}, sampleOptions());
        const int pages = test::pdfPages(pdf);
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
        // Each sheet counts its own pages: 1..a for route 1, then 1..b for route 2.
        static const QRegularExpression pageOf(u"Page (\\d+) of (\\d+)"_s);
        QList<std::pair<int, int>> numbers;
        QStringList routes;
        for (int page = 1; page <= pages; ++page) {
            const QString text = test::squeezed(test::pdfText(pdf, page, page));
            const auto match = pageOf.match(text);
            QVERIFY2(match.hasMatch(), qPrintable(text));
            numbers.append({match.captured(1).toInt(), match.captured(2).toInt()});
            routes << (text.contains(u"Route 1 · Jean Baptiste"_s) ? u"1"_s : u"2"_s);
        }
        const int first = numbers.first().second;
        QVERIFY(first >= 2 && first < pages);
        for (int page = 1; page <= pages; ++page) {
            const bool second = page > first;
            QCOMPARE(numbers.at(page - 1).first, second ? page - first : page);
            QCOMPARE(numbers.at(page - 1).second, second ? pages - first : first);
            QCOMPARE(routes.at(page - 1), second ? u"2"_s : u"1"_s);
        }
    }

    // Every stop that starts on a page ends on it: its name and its last tick box together.
    void stopsNeverSplit() {
        RouteSheetData route = sampleRoute(1, 12);
        for (SheetStop& stop : route.stops)
            stop.deliveryNotes +=
                u"\nA second line of notes that makes the stop a little taller."_s;
        const QString pdf = render(u"split.pdf"_s, {route}, sampleOptions());
        const int pages = test::pdfPages(pdf);
        QVERIFY(pages >= 2);
        int seen = 0;
        for (int page = 1; page <= pages; ++page) {
            const QString text = test::pdfText(pdf, page, page);
            int names = 0;
            for (const QString& name : Names)
                names += int(text.count(name));
            // The instructions under the map name the boxes too, in brackets.
            static const QRegularExpression lastTick(u"5 Declined(?!\\))"_s);
            QCOMPARE(int(text.count(lastTick)), names);
            QCOMPARE(int(text.count(u"Note:"_s)), names);
            seen += names;
        }
        QCOMPARE(seen, 12);
    }

    void paperSizes() {
        PrintOptions options = sampleOptions();
        options.paper = QPageSize::Letter;
        const QString letter = render(u"letter.pdf"_s, {sampleRoute(1, 4)}, options);
        QVERIFY2(test::pdfInfo(letter, u"Page size"_s).contains(u"(letter)"_s),
                 qPrintable(test::pdfInfo(letter, u"Page size"_s)));
        options.paper = QPageSize::A4;
        const QString a4 = render(u"a4.pdf"_s, {sampleRoute(1, 4)}, options);
        QVERIFY2(test::pdfInfo(a4, u"Page size"_s).contains(u"(A4)"_s),
                 qPrintable(test::pdfInfo(a4, u"Page size"_s)));
    }

    void packingListLoadsLastStopFirst() {
        PackingListData list;
        list.date = QDate(2026, 3, 7);
        list.routeNo = 3;
        list.driver = u"Ama"_s;
        for (int i = 0; i < 5; ++i)
            list.lines << PackingListData::Line{i + 1,
                                                Names.at(i),
                                                1 + i % 2,
                                                u"1-2 people"_s,
                                                {u"Rice 2 kg"_s, u"Item%1Marker"_s.arg(i + 1)}};
        const QString path = m_dir.filePath(u"packing.pdf"_s);
        LARDER_VERIFY_OK(writePackingListsPdf(path, {list}, sampleOptions()));
        const QString text = test::squeezed(test::pdfText(path));
        QVERIFY(text.contains(u"Packing list — Route 3"_s));
        QVERIFY(text.contains(u"5 stops"_s));
        QVERIFY(text.contains(u"7 boxes"_s));
        for (int i = 4; i > 0; --i)
            QVERIFY(text.indexOf(Names.at(i)) < text.indexOf(Names.at(i - 1)));
        // Load 1 is stop 5.
        QVERIFY2(text.contains(u"1 5 Esi Mensah 1"_s), qPrintable(text));
        QVERIFY(text.contains(u"Item5Marker"_s));

        PrintOptions privateOptions = sampleOptions();
        privateOptions.initialsOnly = true;
        LARDER_VERIFY_OK(writePackingListsPdf(path, {list}, privateOptions));
        const QString initialsText = test::pdfText(path);
        QVERIFY(!initialsText.contains(u"Esi Mensah"_s));
        QVERIFY(initialsText.contains(u"E. M."_s));
    }

    void pickListGroupedByLocation() {
        PickListData list;
        list.date = QDate(2026, 3, 7);
        list.lines << PickListData::Line{u"Shelf A"_s, u"Black beans"_s, QDate(2026, 5, 1), u"48"_s}
                   << PickListData::Line{u"Shelf A"_s, u"Rice"_s, std::nullopt, u"22 kg"_s}
                   << PickListData::Line{u"Walk-in fridge"_s, u"Milk"_s, QDate(2026, 3, 9),
                                         u"12"_s};
        const QString path = m_dir.filePath(u"pick.pdf"_s);
        LARDER_VERIFY_OK(writePickListPdf(path, list, sampleOptions()));
        const QString text = test::squeezed(test::pdfText(path));
        QVERIFY(text.indexOf(u"Shelf A"_s) < text.indexOf(u"Black beans"_s));
        QVERIFY(text.indexOf(u"Black beans"_s) < text.indexOf(u"Walk-in fridge"_s));
        QVERIFY(text.indexOf(u"Walk-in fridge"_s) < text.indexOf(u"Milk"_s));
        QVERIFY2(text.contains(u"Black beans 1 May 2026 48"_s), qPrintable(text));
        QVERIFY(text.contains(u"Rice no date 22 kg"_s));
        QVERIFY(text.contains(u"Page 1 of 1"_s));
        QCOMPARE(int(text.count(u"Shelf A"_s)), 1);
    }

    void pickupManifest() {
        PickupManifestData manifest;
        manifest.date = QDate(2026, 3, 6);
        manifest.routeNo = 1;
        manifest.driver = u"Rosa"_s;
        manifest.stops
            << PickupManifestData::Stop{1,        u"Corner Bakery"_s, QString(),
                                        u"Lee"_s, u"555-0199"_s,      u"Bread from Friday"_s}
            << PickupManifestData::Stop{2,         u"Green Grocer"_s, QString(),
                                        QString(), QString(),         u"Produce crates"_s};
        const QString path = m_dir.filePath(u"manifest.pdf"_s);
        LARDER_VERIFY_OK(writePickupManifestsPdf(path, {manifest}, sampleOptions()));
        const QString text = test::squeezed(test::pdfText(path));
        QVERIFY(text.indexOf(u"Corner Bakery"_s) < text.indexOf(u"Green Grocer"_s));
        QVERIFY(text.contains(u"Bread from Friday"_s));
        QVERIFY(text.contains(u"555-0199"_s));
        QVERIFY(text.contains(u"1 Collected"_s));
    }

    void refusesUnwritableOutputAndLeavesNothing() {
        const QString path = m_dir.filePath(u"missing-folder/out.pdf"_s);
        const auto written = writeRouteSheetsPdf(path, {sampleRoute(1, 2)}, sampleOptions());
        QVERIFY(!written.ok());
        QCOMPARE(written.error().path, path);
        QVERIFY(!written.error().hint.isEmpty());
        QVERIFY(!QFile::exists(path));

        // Nothing to print: an existing file stays as it was.
        const QString existing = m_dir.filePath(u"existing.pdf"_s);
        {
            QFile file(existing);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("keep me");
        }
        QVERIFY(!writeRouteSheetsPdf(existing, {}, sampleOptions()).ok());
        QFile file(existing);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("keep me"));
        QCOMPARE(QDir(m_dir.path()).entryList({u"existing*"_s}, QDir::Files | QDir::Hidden).size(),
                 1);
    }

    // The map on an image: an exact stop is a filled circle, an approximate one hollow.
    void mapStopsFilledOrHollow() {
        for (const bool approximate : {false, true}) {
            QImage image(400, 300, QImage::Format_RGB32);
            image.fill(Qt::white);
            RouteMapData data;
            data.stops << MapStop{1, MapPoint{41.85, -87.66}, approximate};
            {
                QPainter painter(&image);
                paintRouteMap(painter, QRectF(0, 0, 400, 300), data);
            }
            const double mm = image.logicalDpiX() / 25.4;
            const QPoint centre(200, int(150 - 2.5 * mm));
            const QColor inside = image.pixelColor(centre + QPoint(-7, 0));
            QCOMPARE(inside.lightness() < 80, !approximate);
        }
    }

    void mapWithoutLocationsSaysSo() {
        QImage image(400, 300, QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            paintRouteMap(painter, QRectF(0, 0, 400, 300), RouteMapData{});
        }
        // Some ink (the frame and the message), no crash.
        int dark = 0;
        for (int y = 100; y < 200; ++y)
            for (int x = 20; x < 380; ++x)
                dark += image.pixelColor(x, y).lightness() < 128;
        QVERIFY(dark > 50);
    }
};

QTEST_MAIN(TestRouteSheets)
#include "tst_routesheets.moc"
