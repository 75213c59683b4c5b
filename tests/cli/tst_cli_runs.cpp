// SPDX-License-Identifier: GPL-3.0-or-later
// larder-cli run: plan a demo pantry's day (routes within every driver's limits, each stop
// once), show it, record outcomes one at a time and from a CSV file (a bad row names file, row
// and column and records nothing), close only when every stop has an outcome; usage errors.
// Runs the built binary through QProcess.

#include "tests/CliRun.h"
#include "tests/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Run = CliRun;

const QString Day = u"2030-01-05"_s; // a Saturday, after the demo's households joined

} // namespace

class TestCliRuns : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;
    int m_files = 0;

    QString path(const QString& name) {
        return m_dir.filePath(QString::number(++m_files) + u'-' + name);
    }
    // A new file holding `bytes`, its path (taken with LARDER_MUST).
    larder::Result<QString> file(const QByteArray& bytes, const QString& name) {
        const QString p = path(name);
        QFile f(p);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return larder::Error::storage(u"Cannot write %1: %2"_s.arg(p, f.errorString()));
        return p;
    }

    Run cli(const QStringList& arguments) { return runCli(arguments); }

    // A fresh copy of the demo pantry.
    QString demo() {
        const QString p = path(u"demo.larder"_s);
        QFile::copy(m_demo, p);
        return p;
    }

    QJsonObject show(const QString& db) {
        const Run run = cli({u"--db"_s, db, u"run"_s, u"show"_s, u"--date"_s, Day, u"--json"_s});
        if (run.code != 0)
            qWarning("run show failed: %s", qPrintable(run.err));
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }

private Q_SLOTS:
    void initTestCase() {
        m_demo = m_dir.filePath(u"demo-master.larder"_s);
        const Run made =
            cli({u"--db"_s, m_demo, u"demo"_s, u"--households"_s, u"80"_s, u"--seed"_s, u"1"_s});
        QVERIFY2(made.code == 0, qPrintable(made.err));
    }

    void planPrintsRoutesWithinLimits() {
        const QString db = demo();
        const Run text = cli({u"--db"_s, db, u"run"_s, u"plan"_s, u"--date"_s, Day});
        QVERIFY2(text.code == 0, qPrintable(text.err));
        QVERIFY(text.out.contains(u"Route 1 - "_s));
        QVERIFY(text.out.contains(u" km"_s));

        const QJsonObject day = show(db);
        QCOMPARE(day.value(u"status"_s).toString(), u"planned"_s);
        const QJsonArray routes = day.value(u"routes"_s).toArray();
        QVERIFY(routes.size() >= 2);
        QSet<QString> seen;
        int routed = 0;
        for (const QJsonValue& value : routes) {
            const QJsonObject route = value.toObject();
            int boxes = 0, position = 0;
            for (const QJsonValue& s : route.value(u"stops"_s).toArray()) {
                const QJsonObject stop = s.toObject();
                QVERIFY(!seen.contains(stop.value(u"id"_s).toString()));
                seen.insert(stop.value(u"id"_s).toString());
                QCOMPARE(stop.value(u"stop"_s).toInt(), ++position);
                QVERIFY(!stop.value(u"name"_s).toString().isEmpty());
                boxes += stop.value(u"boxes"_s).toInt();
                ++routed;
            }
            QVERIFY(boxes <= route.value(u"capacity"_s).toInt());
            QVERIFY(position <= 12); // the default most stops per driver
        }
        QVERIFY(routed > 0);
        QVERIFY(day.value(u"unplaced"_s).toArray().isEmpty());

        // Planning again with named drivers adds nobody twice; an unknown name is refused.
        const Run again = cli({u"--db"_s, db, u"run"_s, u"plan"_s, u"--date"_s, Day, u"--json"_s});
        QCOMPARE(again.code, 0);
        QCOMPARE(QJsonDocument::fromJson(again.out.toUtf8())
                     .object()
                     .value(u"routes"_s)
                     .toArray()
                     .size(),
                 routes.size());
        const Run unknown = cli({u"--db"_s, db, u"run"_s, u"plan"_s, u"--date"_s, Day,
                                 u"--drivers"_s, u"Nobody Here"_s});
        QCOMPARE(unknown.code, 1);
        QCOMPARE(unknown.errLines().size(), 1);
        QVERIFY(unknown.err.contains(u"Nobody Here"_s));
    }

    void outcomesFromFileAllOrNothing() {
        const QString db = demo();
        QCOMPARE(cli({u"--db"_s, db, u"run"_s, u"plan"_s, u"--date"_s, Day}).code, 0);
        const QJsonArray routes = show(db).value(u"routes"_s).toArray();
        const QJsonArray first = routes.at(0).toObject().value(u"stops"_s).toArray();
        QVERIFY(first.size() >= 2);

        // Row 3 names a stop that route 1 does not have: nothing is recorded.
        const QString bad = LARDER_MUST(
            file("route,stop,outcome,note\r\n1,1,delivered,\r\n1,99,not home,\r\n", u"bad.csv"_s));
        const Run refused =
            cli({u"--db"_s, db, u"run"_s, u"outcome"_s, u"--date"_s, Day, u"--file"_s, bad});
        QCOMPARE(refused.code, 1);
        QCOMPARE(refused.errLines().size(), 1);
        QVERIFY2(refused.err.contains(bad + u":3 (stop)"_s), qPrintable(refused.err));
        const QString badOutcome = LARDER_MUST(
            file("route,stop,outcome,note\n1,1,delivered,\n1,2,lost,\n", u"lost.csv"_s));
        const Run lost =
            cli({u"--db"_s, db, u"run"_s, u"outcome"_s, u"--date"_s, Day, u"--file"_s, badOutcome});
        QCOMPARE(lost.code, 1);
        QVERIFY2(lost.err.contains(badOutcome + u":3 (outcome)"_s), qPrintable(lost.err));
        QVERIFY(!show(db)
                     .value(u"routes"_s)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"stops"_s)
                     .toArray()
                     .at(0)
                     .toObject()
                     .contains(u"outcome"_s));

        // A good file: outcomes by route and stop number, words or numbers.
        const QString good = LARDER_MUST(
            file("Route,Stop,Outcome,Note\n1,1,delivered,\n1,2,3,ring twice\n", u"good.csv"_s));
        const Run recorded =
            cli({u"--db"_s, db, u"run"_s, u"outcome"_s, u"--date"_s, Day, u"--file"_s, good});
        QVERIFY2(recorded.code == 0, qPrintable(recorded.err));
        QVERIFY(recorded.out.contains(u"Recorded 2"_s));
        // Nothing was set aside for this day: said on stderr, where a script sees notes.
        QVERIFY2(recorded.err.contains(u"no stock was set aside"_s), qPrintable(recorded.err));
        QVERIFY(!recorded.out.contains(u"no stock was set aside"_s));
        const QJsonArray after =
            show(db).value(u"routes"_s).toArray().at(0).toObject().value(u"stops"_s).toArray();
        QCOMPARE(after.at(0).toObject().value(u"outcome"_s).toString(), u"delivered"_s);
        QCOMPARE(after.at(1).toObject().value(u"outcome"_s).toString(), u"not_home"_s);
        // People read an outcome's words, the check-in screen's; --json keeps the codes.
        const Run text = cli({u"--db"_s, db, u"run"_s, u"show"_s, u"--date"_s, Day});
        QVERIFY2(text.out.contains(u" [Delivered]\n"_s) && text.out.contains(u" [Not home]\n"_s),
                 qPrintable(text.out));
        QVERIFY2(!text.out.contains(u"not_home"_s), qPrintable(text.out));

        // One stop by id; then close refuses while stops are left, and says how many.
        const QString id = after.at(1).toObject().value(u"id"_s).toString();
        QCOMPARE(cli({u"--db"_s, db, u"run"_s, u"outcome"_s, u"--date"_s, Day, u"--stop"_s, id,
                      u"--outcome"_s, u"left_at_door"_s})
                     .code,
                 0);
        const Run early = cli({u"--db"_s, db, u"run"_s, u"close"_s, u"--date"_s, Day});
        QCOMPARE(early.code, 1);
        QVERIFY2(early.err.contains(u"no outcome"_s), qPrintable(early.err));

        // Every stop: the day closes.
        QByteArray all = "route,stop,outcome,note\n";
        const QJsonObject day = show(db);
        for (const QJsonValue& value : day.value(u"routes"_s).toArray()) {
            const QJsonObject route = value.toObject();
            for (const QJsonValue& s : route.value(u"stops"_s).toArray())
                all += QByteArray::number(route.value(u"route"_s).toInt()) + ',' +
                       QByteArray::number(s.toObject().value(u"stop"_s).toInt()) + ",delivered,\n";
        }
        for (const QJsonValue& s : day.value(u"without_coordinates"_s).toArray())
            QCOMPARE(cli({u"--db"_s, db, u"run"_s, u"outcome"_s, u"--date"_s, Day, u"--stop"_s,
                          s.toObject().value(u"id"_s).toString(), u"--outcome"_s, u"declined"_s})
                         .code,
                     0);
        QVERIFY(day.value(u"unplaced"_s).toArray().isEmpty());
        const Run done = cli({u"--db"_s, db, u"run"_s, u"outcome"_s, u"--date"_s, Day, u"--file"_s,
                              LARDER_MUST(file(all, u"all.csv"_s))});
        QVERIFY2(done.code == 0, qPrintable(done.err));
        QVERIFY(done.out.contains(u"closed"_s));
        QCOMPARE(show(db).value(u"status"_s).toString(), u"closed"_s);
        QCOMPARE(cli({u"--db"_s, db, u"run"_s, u"close"_s, u"--date"_s, Day}).code, 0);
    }

    // suppliers (issue #16): added, changed and retired from the command line, each bad value
    // refused naming its flag with nothing written; a collection day is planned by --kind from
    // their coordinates, each load counted against the vehicle's room.
    void suppliersAndACollectionDay() {
        const QString db = demo();
        const auto suppliers = [&](const QStringList& more) {
            return cli(QStringList{u"--db"_s, db, u"suppliers"_s} + more);
        };
        const Run added =
            suppliers({u"add"_s, u"--name"_s, u"Taquería Pepe"_s, u"--kind"_s, u"restaurant"_s,
                       u"--days"_s, u"sábado"_s, u"--address"_s, u"2100 W 21st St"_s, u"--where"_s,
                       u"https://www.openstreetmap.org/#map=18/41.8535/-87.6790"_s, u"--boxes"_s,
                       u"3"_s, u"--json"_s});
        QVERIFY2(added.code == 0, qPrintable(added.err));
        const QJsonObject pepe = added.json().value(u"supplier"_s).toObject();
        QCOMPARE(pepe.value(u"latitude"_s).toDouble(), 41.8535);
        QCOMPARE(pepe.value(u"pickup_days"_s).toArray().first().toString(), u"sat"_s);
        QCOMPARE(pepe.value(u"usual_boxes"_s).toInt(), 3);

        const int before =
            suppliers({u"--json"_s, u"--all"_s}).json().value(u"suppliers"_s).toArray().size();
        const QList<std::pair<QStringList, QString>> refused{
            {{u"add"_s, u"--name"_s, u"Bad"_s, u"--where"_s, u"1000, 2"_s}, u"--where: "_s},
            {{u"add"_s, u"--name"_s, u"Bad"_s, u"--days"_s, u"someday"_s}, u"--days: "_s},
            {{u"add"_s, u"--name"_s, u"Bad"_s, u"--kind"_s, u"shop"_s}, u"--kind: "_s},
            {{u"add"_s, u"--name"_s, u"Bad"_s, u"--phone"_s, u"12"_s}, u"--phone: "_s},
            {{u"add"_s, u"--name"_s, u"TAQUERÍA PEPE"_s}, u"already a supplier"_s},
            {{u"edit"_s, u"Nobody's Farm"_s, u"--boxes"_s, u"2"_s}, u"no supplier"_s}};
        for (const auto& [arguments, message] : refused) {
            const Run run = suppliers(arguments);
            QCOMPARE(run.code, 1);
            QCOMPARE(run.errLines().size(), 1);
            QVERIFY2(run.err.contains(message), qPrintable(run.err));
        }
        QCOMPARE(suppliers({u"add"_s, u"--name"_s, u"Bad"_s, u"--boxes"_s, u"501"_s}).code, 2);
        QCOMPARE(suppliers({u"add"_s, u"--kind"_s, u"farm"_s}).code, 2); // no --name
        QCOMPARE(suppliers({u"--json"_s, u"--all"_s}).json().value(u"suppliers"_s).toArray().size(),
                 before);

        // The demo's Saturday suppliers (the bakery and the urban farm) and Pepe, planned for two
        // drivers; Marcus's van holds the food bank's usual load too.
        const Run plan = cli({u"--db"_s, db, u"run"_s, u"plan"_s, u"--date"_s, Day, u"--kind"_s,
                              u"supplier_pickup"_s, u"--drivers"_s, u"Marcus,Wei"_s, u"--json"_s});
        QVERIFY2(plan.code == 0, qPrintable(plan.err));
        const QJsonObject day = plan.json();
        QCOMPARE(day.value(u"kind"_s).toString(), u"supplier_pickup"_s);
        QStringList collected;
        int boxes = 0;
        for (const QJsonValue route : day.value(u"routes"_s).toArray()) {
            int load = 0;
            for (const QJsonValue stop : route.toObject().value(u"stops"_s).toArray()) {
                collected << stop.toObject().value(u"name"_s).toString();
                load += stop.toObject().value(u"boxes"_s).toInt();
            }
            QVERIFY(load <= route.toObject().value(u"capacity"_s).toInt());
            boxes += load;
        }
        collected.sort();
        QCOMPARE(collected, (QStringList{u"Cermak Road Urban Farm"_s, u"Panadería La Espiga"_s,
                                         u"Taquería Pepe"_s}));
        QCOMPARE(boxes, 5 + 4 + 3); // the farm's, the bakery's and Pepe's usual loads
        QVERIFY(day.value(u"unplaced"_s).toArray().isEmpty());
        const Run shown = cli({u"--db"_s, db, u"run"_s, u"show"_s, u"--date"_s, Day, u"--kind"_s,
                               u"supplier_pickup"_s, u"--json"_s});
        QCOMPARE(shown.json().value(u"routes"_s), day.value(u"routes"_s));
        QCOMPARE(
            cli({u"--db"_s, db, u"run"_s, u"show"_s, u"--date"_s, Day, u"--kind"_s, u"parcel"_s})
                .code,
            2);

        // Retired: kept for the history, listed with --all only.
        QCOMPARE(suppliers({u"retire"_s, u"taquería pepe"_s}).code, 0);
        const QJsonArray active = suppliers({u"--json"_s}).json().value(u"suppliers"_s).toArray();
        for (const QJsonValue supplier : active)
            QVERIFY(supplier.toObject().value(u"name"_s).toString() != u"Taquería Pepe"_s);
        QCOMPARE(suppliers({u"--json"_s, u"--all"_s}).json().value(u"suppliers"_s).toArray().size(),
                 before);
    }

    void usageAndMissingDay() {
        const QString db = demo();
        const Run none = cli({u"--db"_s, db, u"run"_s, u"show"_s, u"--date"_s, Day});
        QCOMPARE(none.code, 1);
        QCOMPARE(none.errLines().size(), 1);
        QVERIFY(none.err.contains(u"run plan --date"_s));
        QCOMPARE(cli({u"--db"_s, db, u"run"_s, u"show"_s, u"--date"_s, u"tomorrow"_s}).code, 2);
        QCOMPARE(cli({u"--db"_s, db, u"run"_s}).code, 2);
        QCOMPARE(cli({u"--db"_s, db, u"run"_s, u"outcome"_s, u"--date"_s, Day, u"--stop"_s,
                      u"1:1"_s, u"--outcome"_s, u"eaten"_s})
                     .code,
                 2);
        QCOMPARE(
            cli({u"--db"_s, db, u"run"_s, u"plan"_s, u"--date"_s, Day, u"--seed"_s, u"-4"_s}).code,
            2);
    }
};

QTEST_GUILESS_MAIN(TestCliRuns)
#include "tst_cli_runs.moc"
