// SPDX-License-Identifier: GPL-3.0-or-later
// The Reports page on the demo pantry: its figures are exactly what larder-cli report summary
// --json prints; a figure opens to the rows behind it; the charts are drawn with their numbers
// beside them; the CSV and the PDF name no household (searched for every household's name, phone
// and street); and larder-cli report refuses bad periods and pantries with a message.

#include "core/demo/DemoData.h"
#include "core/people/Households.h"
#include "core/reports/ReportExport.h"
#include "tests/CliRun.h"
#include "tests/TestSupport.h"
#include "ui/reports/FigureDetailsDialog.h"
#include "ui/reports/ReportFiguresModel.h"
#include "ui/reports/ReportsPage.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QProcess>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace larder;
using namespace larder::test;
using namespace Qt::StringLiterals;

class TestReportsPage : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demoPath;
    // The demo's history: the six weeks before 1 March 2026.
    const reports::Period m_period{QDate(2026, 1, 15), QDate(2026, 3, 1)};

    std::unique_ptr<Store> open() {
        auto store = Store::open(
            m_demoPath, fixedOptions(std::make_shared<ManualClock>(TestEpochMs + 3'600'000, 1)));
        if (!store) {
            qCritical("%s", qPrintable(store.error().toString()));
            return nullptr;
        }
        return std::move(store).value();
    }

    // Every household's name, phone and street: what no export may hold.
    QStringList personalValues(Store& store) {
        QStringList values;
        people::Households households(store);
        store.readOrWarn("SELECT id FROM households", {}, [&](const Row& row) {
            const auto h = households.household(row.text(0));
            if (!h)
                return;
            for (const QString& value : {h->chosenName, h->street, h->phone, h->id}) {
                if (value.size() >= 4)
                    values << value;
            }
        });
        return values;
    }

    QString rowValue(const ui::ReportFiguresModel& model, const QString& label) {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data().toString() == label &&
                !model.index(row, 0).data(ui::ReportFiguresModel::IsHeadingRole).toBool())
                return model.index(row, 1).data().toString();
        }
        return u"(no row %1)"_s.arg(label);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_demoPath = m_dir.filePath(u"demo.larder"_s);
        demo::DemoOptions options;
        options.households = 80;
        options.clock = std::make_shared<ManualClock>(TestEpochMs);
        LARDER_MUST(demo::createDemoFile(m_demoPath, options));
    }

    void init() {
        QTest::failOnWarning(QRegularExpression(u"^(?!This plugin does not support).*"_s));
    }

    void theScreenSaysWhatTheCliPrints() {
        // The CLI first: a file is open in one Larder at a time.
        const CliRun cli = runCli({u"--db"_s, m_demoPath, u"report"_s, u"summary"_s, u"--from"_s,
                                   u"2026-01-15"_s, u"--to"_s, u"2026-03-01"_s, u"--json"_s});
        QVERIFY2(cli.code == 0, qPrintable(cli.err));
        const CliRun text = runCli({u"--db"_s, m_demoPath, u"report"_s, u"summary"_s, u"--from"_s,
                                    u"2026-01-15"_s, u"--to"_s, u"2026-03-01"_s});
        QVERIFY2(text.code == 0, qPrintable(text.err));
        auto store = open();
        QVERIFY(store);
        ui::ReportsPage page(*store);
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setPeriod(m_period);
        auto* model = page.findChild<ui::ReportFiguresModel*>(u"figuresModel"_s);
        QVERIFY(model);
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const reports::Summary& s = page.summary();
        QVERIFY2(s.householdsServed > 0, "the demo delivered to nobody in its history");
        QVERIFY(s.givenOut.units > 0);
        QVERIFY(s.received.units > 0);

        QCOMPARE(cli.json(), reports::toJson(s));
        const QJsonObject deliveries = cli.json()[u"deliveries"_s].toObject();
        const QLocale locale = page.locale();
        QCOMPARE(rowValue(*model, u"Households served"_s),
                 locale.toString(deliveries[u"households_served"_s].toInteger()));
        QCOMPARE(rowValue(*model, u"Deliveries completed"_s),
                 locale.toString(deliveries[u"stops_delivered"_s].toInteger()));
        QVERIFY(rowValue(*model, u"Given out"_s)
                    .contains(locale.toString(cli.json()[u"given_out"_s][u"units"_s].toInteger())));

        // The text the CLI prints has the same rows.
        QVERIFY(text.out.contains(rowValue(*model, u"Given out"_s)));

        // Charts with their numbers beside them.
        auto* stock = page.findChild<QChartView*>(u"stockChart"_s);
        QVERIFY(stock && stock->chart());
        // Given out, received, thrown away: three bar sets (a few weeks) or three lines (many).
        int drawn = 0;
        for (QAbstractSeries* series : stock->chart()->series()) {
            auto* bars = qobject_cast<QAbstractBarSeries*>(series);
            drawn += bars ? int(bars->barSets().size()) : 1;
        }
        QCOMPARE(drawn, 3);
        auto* weeks = page.findChild<QTableWidget*>(u"weekTable"_s);
        QVERIFY(weeks);
        QCOMPARE(weeks->rowCount(), int(s.weeks.size()));
        auto* categories = page.findChild<QTableWidget*>(u"categoryTable"_s);
        QCOMPARE(categories->rowCount(), int(s.givenOutByCategory.size()));
        if (!qEnvironmentVariableIsEmpty("LARDER_SCREENSHOTS")) {
            const QString folder = qEnvironmentVariable("LARDER_SCREENSHOTS");
            page.grab().save(folder + u"/reports-summary.png"_s);
            auto* tabs = page.findChild<QTabWidget*>(u"reportTabs"_s);
            for (int i = 1; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                page.grab().save(folder + u"/reports-tab%1.png"_s.arg(i));
            }
        }
    }

    void aFigureOpensToTheRowsBehindIt() {
        auto store = open();
        QVERIFY(store);
        ui::ReportsPage page(*store);
        page.setPeriod(m_period);
        auto* model = page.findChild<ui::ReportFiguresModel*>(u"figuresModel"_s);
        const reports::FigureRow* served = nullptr;
        const reports::FigureRow* given = nullptr;
        for (int row = 0; row < model->rowCount(); ++row) {
            const reports::FigureRow* figure = model->figureAt(row);
            if (figure && figure->label == u"Deliveries completed"_s)
                served = figure;
            if (figure && figure->label == u"Given out"_s)
                given = figure;
        }
        QVERIFY(served && given);
        QVERIFY(model->index(0, 0).data(ui::ReportFiguresModel::IsHeadingRole).toBool());
        // Enter on a figure opens what is behind it, in a dialog the page owns.
        auto* view = page.findChild<QTableView*>(u"figuresView"_s);
        view->setCurrentIndex(model->index(1, 0));
        QTest::keyClick(view, Qt::Key_Return);
        auto* opened = page.findChild<ui::FigureDetailsDialog*>(u"figureDetails"_s);
        QVERIFY(opened);
        QVERIFY(opened->isVisible());
        QVERIFY(opened->rowCount() > 0);
        if (!qEnvironmentVariableIsEmpty("LARDER_SCREENSHOTS"))
            opened->grab().save(qEnvironmentVariable("LARDER_SCREENSHOTS") +
                                u"/reports-details.png"_s);
        opened->close();
        QVERIFY(!served->explanation.isEmpty());
        ui::FigureDetailsDialog stops(*store, page.summary(), *served);
        QCOMPARE(stops.rowCount(), int(page.summary().stopsDelivered));
        ui::FigureDetailsDialog movements(*store, page.summary(), *given);
        QVERIFY(movements.rowCount() > 0);
        auto* table = movements.findChild<QTableWidget*>(u"detailsTable"_s);
        qint64 sum = 0;
        for (int row = 0; row < table->rowCount(); ++row)
            sum -= QLocale().toLongLong(table->item(row, 3)->text());
        if (movements.rowCount() < ui::FigureDetailsDialog::MostRows)
            QCOMPARE(sum, page.summary().givenOut.units);
    }

    void exportsNameNoHousehold() {
        auto store = open();
        QVERIFY(store);
        const QStringList personal = personalValues(*store);
        QVERIFY(personal.size() > 100);
        ui::ReportsPage page(*store);
        page.setPeriod(m_period);
        const QString csvPath = m_dir.filePath(u"report.csv"_s);
        const QString pdfPath = m_dir.filePath(u"report.pdf"_s);
        LARDER_VERIFY_OK(page.exportCsv(csvPath));
        LARDER_VERIFY_OK(page.exportPdf(pdfPath));
        QFile csvFile(csvPath);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(csvFile.readAll());
        QProcess pdftotext;
        pdftotext.start(u"pdftotext"_s, {u"-layout"_s, pdfPath, u"-"_s});
        QVERIFY(pdftotext.waitForFinished(60'000));
        const QString pdf = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY2(pdf.contains(u"Households served"_s), qPrintable(pdf.left(400)));
        QVERIFY(pdf.contains(u"households are shown as"_s));
        QVERIFY(csv.contains(u"households served"_s));
        for (const QString& value : personal) {
            QVERIFY2(!csv.contains(value), qPrintable(u"CSV holds "_s + value));
            QVERIFY2(!pdf.contains(value), qPrintable(u"PDF holds "_s + value));
        }
        // One page.
        QProcess info;
        info.start(u"pdfinfo"_s, {pdfPath});
        QVERIFY(info.waitForFinished(60'000));
        QVERIFY(QString::fromUtf8(info.readAllStandardOutput())
                    .contains(QRegularExpression(u"Pages:\\s+1\\n"_s)));
    }

    // Two pantries of one network, made with larder-cli as coordinators would: the Network tab
    // shows each and the whole side by side, and the pantry chooser narrows every figure.
    void theNetworkTabShowsEachPantry() {
        const QString east = m_dir.filePath(u"east.larder"_s);
        const QString west = m_dir.filePath(u"west.larder"_s);
        const QString toWest = m_dir.filePath(u"east.lardersync"_s);
        const QString toEast = m_dir.filePath(u"west.lardersync"_s);
        const QString passphrase = useCliPassphrase(m_dir.path());
        QVERIFY(!passphrase.isEmpty());
        const QString pass = u"--passphrase-file"_s;
        const QList<QStringList> steps{
            {u"--db"_s, east, u"demo"_s, u"--households"_s, u"40"_s, u"--seed"_s, u"2"_s},
            {u"--db"_s, east, u"passphrase"_s, u"set"_s, pass, passphrase},
            {u"--db"_s, east, u"sync"_s, u"export"_s, toWest, pass, passphrase},
            {u"--db"_s, west, u"init"_s, u"--site-name"_s, u"Westside pantry"_s, u"--join"_s,
             toWest, pass, passphrase},
            {u"--db"_s, west, u"locations"_s, u"add"_s, u"--name"_s, u"West shelf"_s, u"--kind"_s,
             u"shelf"_s},
            {u"--db"_s, west, u"receive"_s, u"--item"_s, u"Brown rice 2 lb"_s, u"--quantity"_s,
             u"40"_s, u"--location"_s, u"West shelf"_s, u"--source"_s, u"drive"_s},
            {u"--db"_s, west, u"sync"_s, u"export"_s, toEast, pass, passphrase},
            {u"--db"_s, east, u"sync"_s, u"import"_s, toEast, pass, passphrase}};
        for (const QStringList& step : steps) {
            const CliRun run = runCli(step);
            QVERIFY2(run.code == 0, qPrintable(step.join(u' ') + u": "_s + run.err));
        }
        qunsetenv("LARDER_PASSPHRASE_FILE"); // the other tests' demo file has no passphrase
        auto store = Store::open(
            east, fixedOptions(std::make_shared<ManualClock>(TestEpochMs + 3'600'000, 1)));
        QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().toString()));
        QCOMPARE((*store)->protection(), Store::Protection::Locked); // reports need no key
        ui::ReportsPage page(**store);
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setPeriod({QDate(2026, 1, 15), QDate(2026, 3, 1)});
        auto* scope = page.findChild<QComboBox*>(u"reportScope"_s);
        QVERIFY(scope && scope->isEnabled());
        QCOMPARE(scope->count(), 3); // all, this laptop, Westside
        auto* tabs = page.findChild<QTabWidget*>(u"reportTabs"_s);
        auto* networkTab = tabs->widget(tabs->count() - 1);
        QVERIFY(tabs->isTabVisible(tabs->count() - 1));
        tabs->setCurrentWidget(networkTab);
        auto* network = page.findChild<QTableWidget*>(u"networkTable"_s);
        QCOMPARE(network->columnCount(), 4); // figure, the two pantries, the whole
        QCOMPARE(network->horizontalHeaderItem(2)->text(), u"Westside pantry"_s);
        int received = -1;
        for (int row = 0; row < network->rowCount(); ++row) {
            if (network->item(row, 0)->text() == u"Received"_s)
                received = row;
        }
        QVERIFY(received >= 0);
        QCOMPARE(network->item(received, 2)->text(), reports::weightText(40 * 907, page.locale()));
        // Westside alone: its 40 units are all the period received.
        scope->setCurrentIndex(2);
        QCOMPARE(page.summary().received.units, 40);
        QCOMPARE(page.summary().scopeName, u"Westside pantry"_s);
        if (!qEnvironmentVariableIsEmpty("LARDER_SCREENSHOTS"))
            page.grab().save(qEnvironmentVariable("LARDER_SCREENSHOTS") +
                             u"/reports-network.png"_s);
    }

    void theCliRefusesWhatItCannotReport() {
        const QStringList base{u"--db"_s, m_demoPath, u"report"_s, u"summary"_s};
        const CliRun none = runCli(base);
        QCOMPARE(none.code, 2);
        QVERIFY2(none.err.contains(u"--from and --to are required"_s), qPrintable(none.err));
        const CliRun reversed =
            runCli(base + QStringList{u"--from"_s, u"2026-03-10"_s, u"--to"_s, u"2026-03-01"_s});
        QCOMPARE(reversed.code, 1);
        QVERIFY2(reversed.err.contains(u"before it starts"_s), qPrintable(reversed.err));
        const CliRun badDay =
            runCli(base + QStringList{u"--from"_s, u"March"_s, u"--to"_s, u"2026-03-01"_s});
        QCOMPARE(badDay.code, 2);
        const CliRun nowhere =
            runCli(base + QStringList{u"--period"_s, u"last-month"_s, u"--site"_s, u"Nowhere"_s});
        QCOMPARE(nowhere.code, 1);
        QVERIFY2(nowhere.err.contains(u"No pantry of this file is called"_s),
                 qPrintable(nowhere.err));
        const CliRun both =
            runCli(base + QStringList{u"--period"_s, u"last-month"_s, u"--json"_s, u"--csv"_s});
        QCOMPARE(both.code, 2);
        const CliRun csv = runCli(base + QStringList{u"--period"_s, u"last-month"_s, u"--csv"_s});
        QCOMPARE(csv.code, 0);
        QVERIFY(csv.out.contains(u"section,figure,value,unit"_s));
        const QString pdf = m_dir.filePath(u"cli.pdf"_s);
        const CliRun wrote = runCli({u"--db"_s, m_demoPath, u"report"_s, u"pdf"_s, u"--period"_s,
                                     u"last-month"_s, u"-o"_s, pdf});
        QVERIFY2(wrote.code == 0, qPrintable(wrote.err));
        QVERIFY(QFile(pdf).size() > 1000);
    }
};

QTEST_MAIN(TestReportsPage)
#include "tst_reportspage.moc"
