// SPDX-License-Identifier: GPL-3.0-or-later
// larder-cli print: route sheets, packing lists and the pick list of a pantry file's day as PDF,
// both paper sizes, and the refusals (no run that day, no such route, a folder that cannot be
// written, a bad option) with exit codes 1 and 2 and no file left behind.

#include "core/people/Households.h"
#include "core/runs/Runs.h"
#include "core/storage/Settings.h"
#include "tests/CliRun.h"
#include "tests/TestSupport.h"
#include "tests/print/PrintTestSupport.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace larder;

class TestPrintCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    CliRun cli(const QStringList& arguments, const QString& language = QString()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"QT_QPA_PLATFORM"_s); // larder-cli print picks offscreen itself
        if (!language.isEmpty())
            environment.insert(u"LARDER_LANG"_s, language);
        return runCli(QStringList{u"--db"_s, m_db} + arguments, environment);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(QFileInfo::exists(QStringLiteral(LARDER_CLI_PATH)), LARDER_CLI_PATH);
        m_db = m_dir.filePath(u"pantry.larder"_s);
        auto clock = std::make_shared<ManualClock>(test::TestEpochMs, 1);
        auto store = LARDER_MUST(Store::create(m_db, u"East"_s, test::fixedOptions(clock)));
        LARDER_VERIFY_OK(Settings(*store).set(settings::PantryPhone, u"555-0100"_s));
        QStringList households;
        for (int i = 0; i < 4; ++i) {
            people::Household h;
            h.chosenName = u"Household %1 Name"_s.arg(QChar(u'A' + i));
            h.street = u"%1 W 18th St"_s.arg(1400 + i * 10);
            h.postalCode = u"60608"_s;
            h.phone = u"555-02%1"_s.arg(10 + i);
            h.mayCall = i % 2 == 0;
            h.coordinates = people::Coordinates{41.85 + 0.001 * i, -87.66};
            households << LARDER_MUST(people::Households(*store).add(h));
        }
        runs::Runs runs(*store);
        const QString runId = LARDER_MUST(runs.create(QDate(2026, 3, 7)));
        runs::RunDriver driver;
        driver.capacity = 10;
        driver.maxStops = 0;
        const QString one = LARDER_MUST(runs.addDriver(runId, driver));
        driver.routeNo = 2;
        const QString two = LARDER_MUST(runs.addDriver(runId, driver));
        for (int i = 0; i < households.size(); ++i) {
            QString stopId;
            for (const runs::RunStop& stop : runs.stops(runId)) {
                if (stop.householdId == households.at(i))
                    stopId = stop.id;
            }
            if (stopId.isEmpty())
                stopId = LARDER_MUST(runs.addStop(runId, households.at(i)));
            // Route 1: D, C; route 2: B, A.
            LARDER_VERIFY_OK(runs.moveStop(stopId, i < 2 ? two : one, 2 - i % 2));
        }
    }

    void routeSheets() {
        const QString pdf = m_dir.filePath(u"sheets.pdf"_s);
        const CliRun run =
            cli({u"print"_s, u"route-sheets"_s, u"--date"_s, u"2026-03-07"_s, u"-o"_s, pdf});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QVERIFY(run.out.contains(u"2 route sheets"_s) || run.out.contains(u"2 route sheet"_s));
        QVERIFY(test::pdfInfo(pdf, u"Page size"_s).contains(u"(letter)"_s));
        const QString text = test::squeezed(test::pdfText(pdf));
        QVERIFY(text.indexOf(u"Household D Name"_s) < text.indexOf(u"Household C Name"_s));
        QVERIFY(text.indexOf(u"Household C Name"_s) < text.indexOf(u"Household B Name"_s));
        QVERIFY(text.indexOf(u"Household B Name"_s) < text.indexOf(u"Household A Name"_s));
        QVERIFY(text.contains(u"555-0210"_s));  // A agreed to calls
        QVERIFY(!text.contains(u"555-0211"_s)); // B did not
        QVERIFY(text.contains(u"Page 1 of"_s));
    }

    void oneRouteOnA4() {
        const QString pdf = m_dir.filePath(u"route2.pdf"_s);
        const CliRun run = cli({u"print"_s, u"route-sheets"_s, u"--date"_s, u"2026-03-07"_s,
                                u"--route"_s, u"2"_s, u"--paper"_s, u"a4"_s, u"-o"_s, pdf});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(test::pdfInfo(pdf, u"Page size"_s).contains(u"(A4)"_s));
        const QString text = test::pdfText(pdf);
        QVERIFY(text.contains(u"Household A Name"_s));
        QVERIFY(!text.contains(u"Household D Name"_s));
    }

    // --layout compact: the same stops in the same order, one row each (issue #17).
    void compactLayout() {
        const QString pdf = m_dir.filePath(u"compact.pdf"_s);
        const CliRun run = cli({u"print"_s, u"route-sheets"_s, u"--date"_s, u"2026-03-07"_s,
                                u"--layout"_s, u"compact"_s, u"-o"_s, pdf});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QString text = test::squeezed(test::pdfText(pdf));
        QVERIFY(text.indexOf(u"Household D Name"_s) < text.indexOf(u"Household C Name"_s));
        QVERIFY(text.contains(u"beside the stop or on the back"_s.left(20)));
        QVERIFY(!text.contains(u"Note:"_s)); // no note line under each stop
        const CliRun bad = cli({u"print"_s, u"route-sheets"_s, u"--date"_s, u"2026-03-07"_s,
                                u"--layout"_s, u"tiny"_s, u"-o"_s, pdf});
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.contains(u"compact or full"_s));
    }

    void sheetsInTheDriversLanguage() {
        // A driver may read Spanish or Arabic while larder-cli speaks English.
        const QString spanish = m_dir.filePath(u"es.pdf"_s);
        CliRun run = cli({u"print"_s, u"route-sheets"_s, u"--date"_s, u"2026-03-07"_s, u"--lang"_s,
                          u"es"_s, u"-o"_s, spanish});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"Wrote"_s), qPrintable(run.out)); // the CLI stays English
        QString text = test::squeezed(test::pdfText(spanish));
        QVERIFY2(text.contains(u"Página 1 de"_s), qPrintable(text));
        QVERIFY(!text.contains(u"Page 1 of"_s));
        QVERIFY(text.contains(u"Household A Name"_s)); // data stays as typed

        const QString arabic = m_dir.filePath(u"ar.pdf"_s);
        run = cli({u"print"_s, u"packing-lists"_s, u"--date"_s, u"2026-03-07"_s, u"--lang"_s,
                   u"ar"_s, u"-o"_s, arabic});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        // A PDF's Arabic comes back as presentation forms between direction marks: normalise.
        text = test::pdfText(arabic).normalized(QString::NormalizationForm_KC);
        text.remove(QRegularExpression(u"[\\x{200E}\\x{200F}\\x{202A}-\\x{202E}]"_s));
        QVERIFY2(text.contains(u"الصفحة"_s) || text.contains(u"صفحة"_s), qPrintable(text));
        QVERIFY(!text.contains(u"Packing list"_s));
        QVERIFY(text.contains(u"Household C Name"_s));

        // The pantry's setting is the default; --lang wins over it.
        const CliRun bad = cli({u"print"_s, u"route-sheets"_s, u"--date"_s, u"2026-03-07"_s,
                                u"--lang"_s, u"fr"_s, u"-o"_s, spanish});
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.contains(u"en, es, ar"_s), qPrintable(bad.err));
    }

    void theCliSpeaksLarderLang() {
        const QString pdf = m_dir.filePath(u"none.pdf"_s);
        const CliRun run = cli(
            {u"print"_s, u"route-sheets"_s, u"--date"_s, u"2026-03-08"_s, u"-o"_s, pdf}, u"es"_s);
        QCOMPARE(run.code, 1);
        QVERIFY2(!run.err.contains(u"There is no distribution run"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"2026-03-08"_s), qPrintable(run.err));
    }

    void packingAndPickLists() {
        const QString packing = m_dir.filePath(u"packing.pdf"_s);
        CliRun run =
            cli({u"print"_s, u"packing-lists"_s, u"--date"_s, u"2026-03-07"_s, u"-o"_s, packing});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QString text = test::squeezed(test::pdfText(packing));
        // Loading order: the last stop first.
        QVERIFY(text.indexOf(u"Household C Name"_s) < text.indexOf(u"Household D Name"_s));
        QVERIFY(text.contains(u"Packing list — Route 1"_s));

        const QString pick = m_dir.filePath(u"pick.pdf"_s);
        run = cli({u"print"_s, u"pick-list"_s, u"--date"_s, u"2026-03-07"_s, u"-o"_s, pick});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(test::pdfText(pick).contains(u"Pick list"_s));
    }

    void refusals() {
        const QString pdf = m_dir.filePath(u"refused.pdf"_s);
        CliRun run =
            cli({u"print"_s, u"route-sheets"_s, u"--date"_s, u"2026-03-08"_s, u"-o"_s, pdf});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(u"no distribution run on 2026-03-08"_s), qPrintable(run.err));
        QCOMPARE(run.err.trimmed().count(u'\n'), 0);

        run = cli({u"print"_s, u"route-sheets"_s, u"--date"_s, u"2026-03-07"_s, u"--route"_s,
                   u"9"_s, u"-o"_s, pdf});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(u"no route 9"_s), qPrintable(run.err));
        QVERIFY(run.err.contains(u"1, 2"_s));

        const QString unwritable = m_dir.filePath(u"no-such-folder/out.pdf"_s);
        run = cli({u"print"_s, u"pick-list"_s, u"--date"_s, u"2026-03-07"_s, u"-o"_s, unwritable});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(u"no-such-folder/out.pdf"_s), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(pdf));
        QVERIFY(!QFileInfo::exists(unwritable));

        run = cli({u"print"_s, u"route-sheets"_s, u"--date"_s, u"2026-03-07"_s, u"--paper"_s,
                   u"legal"_s, u"-o"_s, pdf});
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.contains(u"letter or a4"_s));
        run = cli({u"print"_s, u"route-sheets"_s, u"-o"_s, pdf});
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.contains(u"--date"_s));
        QVERIFY(!QFileInfo::exists(pdf));
    }
};

QTEST_MAIN(TestPrintCli)
#include "tst_print_cli.moc"
