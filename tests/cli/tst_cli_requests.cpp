// SPDX-License-Identifier: GPL-3.0-or-later
// larder-cli requests (add, list, close), offers (add, list, pickup, receive) and matches (list,
// confirm): what a household asks for and a neighbour offers, from a script, with --json; bad
// input refused with the flag named and nothing written; the report's counts of requests.

#include "core/inventory/Inventory.h"
#include "core/people/Households.h"
#include "core/storage/Store.h"
#include "tests/CliRun.h"
#include "tests/TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace larder;
using namespace Qt::StringLiterals;

class TestCliRequests : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    CliRun cli(const QStringList& arguments) {
        return runCli(QStringList{u"--db"_s, m_path} + arguments);
    }
    qint64 rows(const QString& table) {
        return cli({u"stats"_s, u"--json"_s})
            .json()
            .value(u"tables"_s)
            .toObject()
            .value(table)
            .toInteger();
    }

private Q_SLOTS:
    void init() {
        const std::unique_ptr<Store> store = LARDER_MUST(
            test::createPantry(m_dir, std::make_shared<ManualClock>(test::TestEpochMs, 1)));
        m_path = store->path();
        inventory::Inventory inventory(*store);
        inventory::Location shelf;
        shelf.name = u"Shelves"_s;
        LARDER_MUST(inventory.addLocation(shelf));
        inventory::Item diapers;
        diapers.name = u"Diapers size 4"_s;
        diapers.category = u"baby"_s;
        LARDER_MUST(inventory.addItem(diapers));
        people::Households households(*store);
        people::Household h;
        h.chosenName = u"Rosa Martinez"_s;
        h.street = u"1842 W 21st St"_s;
        h.coordinates = people::Coordinates{41.854, -87.672};
        LARDER_MUST(households.add(h));
        h.chosenName = u"Li Wei"_s;
        h.street = u"2100 S Archer Ave"_s;
        LARDER_MUST(households.add(h));
    }

    void requestsOffersAndMatchesFromAScript() {
        CliRun added = cli({u"requests"_s, u"add"_s, u"--household"_s, u"rosa"_s, u"--item"_s,
                            u"diapers"_s, u"--quantity"_s, u"2"_s, u"--json"_s});
        QVERIFY2(added.code == 0, qPrintable(added.err));
        const QJsonObject diapers = added.json().value(u"request"_s).toObject();
        QCOMPARE(diapers.value(u"who"_s).toString(), u"Rosa Martinez"_s);
        QCOMPARE(diapers.value(u"item"_s).toString(), u"Diapers size 4"_s);
        QCOMPARE(diapers.value(u"category"_s).toString(), u"baby"_s);
        QCOMPARE(diapers.value(u"quantity"_s).toInt(), 2);
        QCOMPARE(diapers.value(u"status"_s).toString(), u"open"_s);
        QCOMPARE(diapers.value(u"requested_on"_s).toString(), u"2026-03-01"_s);

        added = cli({u"requests"_s, u"add"_s, u"--household"_s, u"Li Wei"_s, u"--what"_s,
                     u"winter coat, age 8"_s, u"--category"_s, u"clothing"_s, u"--urgency"_s,
                     u"urgent"_s});
        QVERIFY2(added.code == 0, qPrintable(added.err));
        QVERIFY(added.out.contains(u"Li Wei"_s));

        // Most urgent first.
        const QJsonArray open =
            cli({u"requests"_s, u"--json"_s}).json().value(u"requests"_s).toArray();
        QCOMPARE(open.size(), 2);
        QCOMPARE(open.at(0).toObject().value(u"urgency"_s).toString(), u"urgent"_s);
        const QString coatId = open.at(0).toObject().value(u"id"_s).toString();
        const CliRun table = cli({u"requests"_s});
        QVERIFY(table.out.contains(u"winter coat, age 8"_s));
        QVERIFY(table.out.contains(u"Diapers size 4, 2"_s));

        CliRun offered =
            cli({u"offers"_s, u"add"_s, u"--from"_s, u"Ana on 19th St"_s, u"--what"_s,
                 u"kids' winter coats"_s, u"--category"_s, u"clothing"_s, u"--quantity"_s, u"2"_s,
                 u"--pickup"_s, u"--address"_s, u"1900 S Racine Ave"_s, u"--where"_s,
                 u"41.856, -87.657"_s, u"--json"_s});
        QVERIFY2(offered.code == 0, qPrintable(offered.err));
        const QJsonObject offer = offered.json().value(u"offer"_s).toObject();
        QCOMPARE(offer.value(u"from"_s).toString(), u"Ana on 19th St"_s);
        QVERIFY(offer.value(u"pickup"_s).toBool());
        const QString offerId = offer.value(u"id"_s).toString();
        QCOMPARE(cli({u"offers"_s, u"--json"_s}).json().value(u"offers"_s).toArray().size(), 1);

        const QJsonArray proposals =
            cli({u"matches"_s, u"--json"_s}).json().value(u"proposals"_s).toArray();
        QCOMPARE(proposals.size(), 1);
        const QJsonObject proposal = proposals.first().toObject();
        QCOMPARE(proposal.value(u"request"_s).toObject().value(u"id"_s).toString(), coatId);
        QCOMPARE(proposal.value(u"shared_words"_s).toInt(), 2);

        // Confirmed by the last 12 characters the table shows.
        CliRun confirmed =
            cli({u"matches"_s, u"confirm"_s, coatId.right(12), offerId.right(12), u"--json"_s});
        QVERIFY2(confirmed.code == 0, qPrintable(confirmed.err));
        QCOMPARE(confirmed.json().value(u"request"_s).toObject().value(u"status"_s).toString(),
                 u"promised"_s);
        QCOMPARE(cli({u"matches"_s, u"--confirmed"_s, u"--json"_s})
                     .json()
                     .value(u"matches"_s)
                     .toArray()
                     .size(),
                 1);
        QVERIFY(cli({u"matches"_s, u"--json"_s}).json().value(u"proposals"_s).toArray().isEmpty());

        // The pickup becomes a stop of the day.
        QCOMPARE(cli({u"run"_s, u"create"_s, u"--date"_s, u"2026-03-03"_s}).code, 0);
        CliRun pickup =
            cli({u"offers"_s, u"pickup"_s, offerId, u"--date"_s, u"2026-03-03"_s, u"--json"_s});
        QVERIFY2(pickup.code == 0, qPrintable(pickup.err));
        QVERIFY(!pickup.json().value(u"stop_id"_s).toString().isEmpty());
        QCOMPARE(cli({u"offers"_s, u"--json"_s})
                     .json()
                     .value(u"offers"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"stop_id"_s)
                     .toString(),
                 pickup.json().value(u"stop_id"_s).toString());

        // Closed unmet with a reason; the open list no longer has it.
        const QString diapersId = diapers.value(u"id"_s).toString();
        QCOMPARE(cli({u"requests"_s, u"close"_s, diapersId}).code, 2); // no --reason
        CliRun closed = cli({u"requests"_s, u"close"_s, diapersId, u"--reason"_s,
                             u"found elsewhere"_s, u"--json"_s});
        QVERIFY2(closed.code == 0, qPrintable(closed.err));
        QCOMPARE(closed.json().value(u"request"_s).toObject().value(u"status"_s).toString(),
                 u"unmet"_s);
        QCOMPARE(cli({u"requests"_s, u"--json"_s}).json().value(u"requests"_s).toArray().size(), 1);
        QCOMPARE(cli({u"requests"_s, u"--all"_s, u"--json"_s})
                     .json()
                     .value(u"requests"_s)
                     .toArray()
                     .size(),
                 2);

        // An offer of an item, brought to the pantry, received into stock.
        CliRun brought = cli({u"offers"_s, u"add"_s, u"--from"_s, u"Church drive"_s, u"--item"_s,
                              u"Diapers size 4"_s, u"--quantity"_s, u"12"_s, u"--json"_s});
        QVERIFY2(brought.code == 0, qPrintable(brought.err));
        const QString broughtId =
            brought.json().value(u"offer"_s).toObject().value(u"id"_s).toString();
        CliRun received = cli({u"offers"_s, u"receive"_s, broughtId, u"--json"_s});
        QVERIFY2(received.code == 0, qPrintable(received.err));
        QVERIFY(!received.json().value(u"movement_id"_s).toString().isEmpty());
        QVERIFY(cli({u"stock"_s}).out.contains(u"12"_s));

        // The report counts them, with no name.
        const CliRun report = cli({u"report"_s, u"summary"_s, u"--from"_s, u"2026-03-01"_s,
                                   u"--to"_s, u"2026-03-31"_s, u"--json"_s});
        QVERIFY2(report.code == 0, qPrintable(report.err));
        const QJsonObject counts = report.json().value(u"requests"_s).toObject();
        QCOMPARE(counts.value(u"asked"_s).toInt(), 2);
        QCOMPARE(counts.value(u"unmet"_s).toInt(), 1);
        QCOMPARE(counts.value(u"open"_s).toInt(), 1);
        QVERIFY(!report.out.contains(u"Rosa"_s));
        QVERIFY(!report.out.contains(u"winter coat"_s));
    }

    void badInputIsRefusedNamingTheFlag() {
        const qint64 before = rows(u"requests"_s);
        // Nobody asking: a usage error.
        QCOMPARE(cli({u"requests"_s, u"add"_s, u"--what"_s, u"soap"_s}).code, 2);
        // Nothing asked for.
        QCOMPARE(cli({u"requests"_s, u"add"_s, u"--household"_s, u"rosa"_s}).code, 2);
        CliRun run = cli({u"requests"_s, u"add"_s, u"--household"_s, u"rosa"_s, u"--what"_s,
                          u"soap"_s, u"--category"_s, u"weapons"_s});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.startsWith(u"--category"_s), qPrintable(run.err));
        run = cli(
            {u"requests"_s, u"add"_s, u"--household"_s, u"nobody here"_s, u"--what"_s, u"soap"_s});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.startsWith(u"--household"_s), qPrintable(run.err));
        run = cli({u"requests"_s, u"add"_s, u"--household"_s, u"rosa"_s, u"--what"_s, u"soap"_s,
                   u"--quantity"_s, u"0"_s});
        QVERIFY(run.code != 0);
        run = cli({u"requests"_s, u"add"_s, u"--household"_s, u"rosa"_s, u"--what"_s, u"soap"_s,
                   u"--urgency"_s, u"yesterday"_s});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.startsWith(u"--urgency"_s), qPrintable(run.err));
        QCOMPARE(rows(u"requests"_s), before);
        run = cli({u"offers"_s, u"add"_s, u"--from"_s, u"A neighbour"_s, u"--what"_s, u"a sofa"_s,
                   u"--pickup"_s});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.startsWith(u"--address"_s), qPrintable(run.err));
        QCOMPARE(cli({u"matches"_s, u"confirm"_s, u"nosuchrequest"_s, u"nosuchoffer"_s}).code, 1);
        QCOMPARE(rows(u"offers"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliRequests)
#include "tst_cli_requests.moc"
