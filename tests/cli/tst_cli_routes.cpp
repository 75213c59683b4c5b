// SPDX-License-Identifier: GPL-3.0-or-later
// larder-cli routes solve: its output (text and JSON), exit codes and one-line errors, run
// through QProcess against the built binary. Needs no pantry file.

#include "tests/CliRun.h"
#include "tests/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

using Run = CliRun;

// Eight customers around a depot; demands 3 and capacity 10, so at least three routes.
const QByteArray Instance = "NAME : ring-n9-k3\nTYPE : CVRP\nDIMENSION : 9\n"
                            "EDGE_WEIGHT_TYPE : EUC_2D\nCAPACITY : 10\nNODE_COORD_SECTION\n"
                            "1 50 50\n2 90 50\n3 78 78\n4 50 90\n5 22 78\n6 10 50\n7 22 22\n"
                            "8 50 10\n9 78 22\nDEMAND_SECTION\n1 0\n2 3\n3 3\n4 3\n5 3\n6 3\n"
                            "7 3\n8 3\n9 3\nDEPOT_SECTION\n1\n-1\nEOF\n";

} // namespace

class TestCliRoutes : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    Run cli(const QStringList& arguments) { return runCli(arguments); }

    // A new file holding `text`, its path (taken with LARDER_MUST).
    larder::Result<QString> write(const QString& name, const QByteArray& text) {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
            return larder::Error::storage(u"Cannot write %1: %2"_s.arg(path, file.errorString()));
        return path;
    }

private Q_SLOTS:
    void solvePrintsCostAndRoutes() {
        const QString path = LARDER_MUST(write(u"ring.vrp"_s, Instance));
        const Run run = cli({u"routes"_s, u"solve"_s, path, u"--iterations"_s, u"2000"_s,
                             u"--time-limit-ms"_s, u"0"_s});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 4);
        QVERIFY2(QRegularExpression(u"^cost \\d+$"_s).match(lines.first()).hasMatch(),
                 qPrintable(lines.first()));
        QList<int> seen;
        for (int k = 1; k < lines.size(); ++k) {
            const QRegularExpressionMatch match =
                QRegularExpression(u"^Route #(\\d+):((?: \\d+)+)$"_s).match(lines.at(k));
            QVERIFY2(match.hasMatch(), qPrintable(lines.at(k)));
            QCOMPARE(match.captured(1).toInt(), k);
            for (const QString& id : match.captured(2).split(u' ', Qt::SkipEmptyParts))
                seen.append(id.toInt());
        }
        std::sort(seen.begin(), seen.end());
        QCOMPARE(seen, (QList<int>{2, 3, 4, 5, 6, 7, 8, 9})); // node ids; the depot left out
        QCOMPARE(lines.size() - 1, 3);                        // the fleet from "-k3"
    }

    void solvePrintsJsonAndIsRepeatable() {
        const QString path = LARDER_MUST(write(u"ring-json.vrp"_s, Instance));
        const QStringList arguments{
            u"routes"_s, u"solve"_s,        path,      u"--json"_s,          u"--seed"_s,
            u"5"_s,      u"--iterations"_s, u"3000"_s, u"--time-limit-ms"_s, u"0"_s};
        const Run first = cli(arguments);
        QCOMPARE(first.code, 0);
        const QJsonObject object = QJsonDocument::fromJson(first.out.toUtf8()).object();
        QVERIFY(object.value(u"cost"_s).isDouble());
        QVERIFY(object.value(u"time_ms"_s).isDouble());
        const QJsonArray routes = object.value(u"routes"_s).toArray();
        QCOMPARE(routes.size(), 3);
        int stops = 0;
        for (const QJsonValue& route : routes)
            stops += int(route.toArray().size());
        QCOMPARE(stops, 8);
        const Run second = cli(arguments);
        QCOMPARE(QJsonDocument::fromJson(second.out.toUtf8()).object().value(u"routes"_s),
                 object.value(u"routes"_s));
        // More vehicles allowed: never worse.
        const Run wider = cli({u"routes"_s, u"solve"_s, path, u"--json"_s, u"--vehicles"_s, u"8"_s,
                               u"--iterations"_s, u"3000"_s, u"--time-limit-ms"_s, u"0"_s});
        QCOMPARE(wider.code, 0);
        QVERIFY(QJsonDocument::fromJson(wider.out.toUtf8()).object().value(u"cost"_s).toInt() <=
                object.value(u"cost"_s).toInt());
    }

    // Solomon's format is recognised by its content; the cost is the exact real distance, and
    // windows decide the order: customer 2 must be served before customer 1.
    void solveReadsSolomonWithTimeWindows() {
        const QString path = LARDER_MUST(
            write(u"tiny.txt"_s, "TINY\n\nVEHICLE\nNUMBER     CAPACITY\n  1   10\n\nCUSTOMER\n"
                                 "CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   "
                                 "SERVICE   TIME\n\n"
                                 "    0      0   0   0    0   100   0\n"
                                 "    1      1   1   1   30    60   2\n"
                                 "    2      2   2   1    0    10   2\n"));
        const Run run = cli({u"routes"_s, u"solve"_s, path, u"--json"_s, u"--iterations"_s,
                             u"500"_s, u"--time-limit-ms"_s, u"0"_s});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(object.value(u"routes"_s).toArray(), (QJsonArray{QJsonArray{2, 1}}));
        // 0 → 2 → 1 → 0: √8 + √2 + √2, not rounded.
        QVERIFY(std::abs(object.value(u"cost"_s).toDouble() - 4.0 * std::sqrt(2.0)) < 1e-9);
    }

    void tooFewVehiclesFailsWithOneLine() {
        const QString path = LARDER_MUST(write(u"ring-tight.vrp"_s, Instance));
        const Run run = cli({u"routes"_s, u"solve"_s, path, u"--vehicles"_s, u"2"_s,
                             u"--iterations"_s, u"500"_s, u"--time-limit-ms"_s, u"0"_s});
        QCOMPARE(run.code, 1);
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(run.err.contains(u"did not fit in 2 vehicles"_s), qPrintable(run.err));
    }

    void badFilesAndUsageErrors() {
        const QString bad = LARDER_MUST(write(u"bad.vrp"_s, "NAME : x\nTYPE : CVRP\nDIMENSION : 3\n"
                                                            "EDGE_WEIGHT_TYPE : GEO\n"));
        Run run = cli({u"routes"_s, u"solve"_s, bad});
        QCOMPARE(run.code, 1);
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(run.err.startsWith(bad + u":4: "_s), qPrintable(run.err));
        QVERIFY(run.err.contains(u"EUC_2D"_s));

        run = cli({u"routes"_s, u"solve"_s, m_dir.filePath(u"missing.vrp"_s)});
        QCOMPARE(run.code, 1);
        QCOMPARE(run.errLines().size(), 1);

        run = cli({u"routes"_s, u"solve"_s});
        QCOMPARE(run.code, 2);
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY(run.err.contains(u"FILE.vrp"_s));

        run = cli({u"routes"_s, u"solve"_s, bad, u"--vehicles"_s, u"0"_s});
        QCOMPARE(run.code, 2);
        run = cli({u"routes"_s, u"solve"_s, bad, u"--time-limit-ms"_s, u"0"_s});
        QCOMPARE(run.code, 2);
        run = cli({u"routes"_s});
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.contains(u"solve"_s));
    }

    void helpHasAnExample() {
        const Run run = cli({u"routes"_s, u"solve"_s, u"--help"_s});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(u"Usage: larder-cli routes solve FILE.vrp"_s));
        QVERIFY(run.out.contains(u"Example:"_s));
        QVERIFY(!run.out.contains(u"--db"_s));
        const Run global = cli({u"--help"_s});
        QVERIFY(global.out.contains(u"routes"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliRoutes)
#include "tst_cli_routes.moc"
