// SPDX-License-Identifier: GPL-3.0-or-later
// What a household asked for travels on paper: after the day's packages are allocated, the
// packing list and the route sheet say "also: Diapers size 4, 2" under the household's stop, and
// a pickup stop says what to collect; read back from the PDFs with pdftotext.

#include "core/inventory/Inventory.h"
#include "core/people/Households.h"
#include "core/requests/Requests.h"
#include "core/runs/Packages.h"
#include "core/runs/Runs.h"
#include "tests/CliRun.h"
#include "tests/TestSupport.h"
#include "tests/print/PrintTestSupport.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace larder;

class TestRequestsPrintCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    CliRun cli(const QStringList& arguments) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"QT_QPA_PLATFORM"_s); // larder-cli print picks offscreen itself
        return runCli(QStringList{u"--db"_s, m_db} + arguments, environment);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(QFileInfo::exists(QStringLiteral(LARDER_CLI_PATH)), LARDER_CLI_PATH);
        m_db = m_dir.filePath(u"pantry.larder"_s);
        auto clock = std::make_shared<ManualClock>(test::TestEpochMs, 1);
        auto store = LARDER_MUST(Store::create(m_db, u"East"_s, test::fixedOptions(clock)));
        inventory::Inventory inventory(*store);
        inventory::Location shelf;
        shelf.name = u"Shelves"_s;
        const QString shelfId = LARDER_MUST(inventory.addLocation(shelf));
        inventory::Item rice;
        rice.name = u"Rice"_s;
        rice.dietaryTags = {u"halal"_s, u"kosher"_s, u"vegan"_s};
        const QString riceId = LARDER_MUST(inventory.addItem(rice));
        inventory::Item diapers;
        diapers.name = u"Diapers size 4"_s;
        diapers.category = u"baby"_s;
        const QString diapersId = LARDER_MUST(inventory.addItem(diapers));
        for (const QString& item : {riceId, diapersId}) {
            inventory::Receipt receipt;
            receipt.itemId = item;
            receipt.locationId = shelfId;
            receipt.quantity = 10;
            LARDER_MUST(inventory.receive(receipt));
        }
        runs::Packages packages(*store);
        runs::BoxTemplate box;
        box.name = u"Everyone"_s;
        box.lines.append({riceId, {}, 1});
        LARDER_MUST(packages.addTemplate(box));

        people::Household h;
        h.chosenName = u"Rosa Martinez"_s;
        h.street = u"1842 W 21st St"_s;
        h.coordinates = people::Coordinates{41.854, -87.672};
        const QString rosa = LARDER_MUST(people::Households(*store).add(h));
        requests::Requests requests(*store);
        requests::Request ask;
        ask.householdId = rosa;
        ask.itemId = diapersId;
        ask.quantity = 2;
        const QString requestId = LARDER_MUST(requests.add(ask));
        requests::Offer offer;
        offer.offeredBy = u"Ana on 19th St"_s;
        offer.description = u"kids' winter coats"_s;
        offer.category = u"clothing"_s;
        offer.quantity = 2;
        offer.pickup = true;
        offer.address = u"1900 S Racine Ave"_s;
        offer.where = people::Coordinates{41.856, -87.657};
        const QString offerId = LARDER_MUST(requests.addOffer(offer));

        runs::Runs runs(*store);
        const QString runId = LARDER_MUST(runs.create(QDate(2026, 3, 7)));
        runs::RunDriver driver;
        driver.capacity = 10;
        driver.maxStops = 0;
        const QString route = LARDER_MUST(runs.addDriver(runId, driver));
        QString rosaStop;
        for (const runs::RunStop& stop : runs.stops(runId)) {
            if (stop.householdId == rosa)
                rosaStop = stop.id;
        }
        if (rosaStop.isEmpty())
            rosaStop = LARDER_MUST(runs.addStop(runId, rosa));
        const QString pickup = LARDER_MUST(runs.addOfferStop(runId, offerId));
        LARDER_VERIFY_OK(runs.moveStop(pickup, route, 1));
        LARDER_VERIFY_OK(runs.moveStop(rosaStop, route, 2));
        LARDER_MUST(packages.allocate(runId));
        QCOMPARE(requests.request(requestId)->status, requests::status::Packed);
    }

    void routeSheetSaysWhatRidesAlong() {
        const QString pdf = m_dir.filePath(u"sheets.pdf"_s);
        const CliRun run =
            cli({u"print"_s, u"route-sheets"_s, u"--date"_s, u"2026-03-07"_s, u"-o"_s, pdf});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QString text = test::pdfText(pdf).simplified();
        // Under Rosa's stop, a row of its own; the pickup stop says what to collect.
        QVERIFY2(text.contains(u"Also Diapers size 4, 2"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Pick up kids' winter coats, 2"_s), qPrintable(text));
        QVERIFY(text.contains(u"Ana on 19th St"_s));
        QVERIFY(text.contains(u"1900 S Racine Ave"_s));
        // The pickup comes first on the route, then Rosa.
        QVERIFY(text.indexOf(u"Ana on 19th St"_s) < text.indexOf(u"Rosa Martinez"_s));
    }

    void packingListSaysItToo() {
        const QString pdf = m_dir.filePath(u"packing.pdf"_s);
        const CliRun run =
            cli({u"print"_s, u"packing-lists"_s, u"--date"_s, u"2026-03-07"_s, u"-o"_s, pdf});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        // A narrow column may wrap the line: compared with every run of spaces made one.
        const QString text = test::pdfText(pdf).simplified();
        QVERIFY2(text.contains(u"also: Diapers size 4, 2"_s), qPrintable(text));
        QVERIFY(text.contains(u"pick up: kids' winter coats, 2"_s));
        QVERIFY(text.contains(u"Rice"_s));
    }
};

QTEST_MAIN(TestRequestsPrintCli)
#include "tst_requests_print_cli.moc"
