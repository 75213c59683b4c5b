// SPDX-License-Identifier: GPL-3.0-or-later
// The package commands of larder-cli (templates, packages allocate / shortages / substitute /
// picklist), run through QProcess against the built binary on a small pantry made with core:
// output, JSON, exit codes, one-line errors, and nothing saved when the input is bad.

#include "core/inventory/Inventory.h"
#include "core/people/Households.h"
#include "core/runs/Packages.h"
#include "core/storage/Store.h"
#include "tests/CliRun.h"
#include "tests/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace larder;
using namespace Qt::StringLiterals;

namespace {

using Run = CliRun;

const QString Day = u"2026-03-03"_s;

} // namespace

class TestCliPackages : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    Run cli(const QStringList& arguments) {
        return runCli(QStringList{u"--db"_s, m_path} + arguments);
    }

    QJsonObject stats() {
        return cli({u"stats"_s, u"--json"_s}).json().value(u"tables"_s).toObject();
    }

    static void verifyOneLineError(const Run& run) {
        QVERIFY2(run.err.trimmed().count(u'\n') == 0, qPrintable(run.err));
        QVERIFY(!run.err.trimmed().isEmpty());
    }

private Q_SLOTS:
    // A pantry with one template (beans and soap), too few beans for three households, one of
    // them halal, and lentils, chickpeas and pork and beans on the shelf.
    void init() {
        const std::unique_ptr<Store> store = LARDER_MUST(
            test::createPantry(m_dir, std::make_shared<ManualClock>(test::TestEpochMs, 1)));
        m_path = store->path();
        inventory::Inventory inventory(*store);
        runs::Packages packages(*store);
        people::Households households(*store);

        auto location = [&](const QString& name) -> QString {
            inventory::Location l;
            l.name = name;
            return LARDER_MUST(inventory.addLocation(l), {});
        };
        auto item = [&](const QString& name, const QString& tags,
                        const QString& category) -> QString {
            inventory::Item i;
            i.name = name;
            i.category = category;
            i.dietaryTags = tags.split(u',', Qt::SkipEmptyParts);
            return LARDER_MUST(inventory.addItem(i), {});
        };
        auto receive = [&](const QString& itemId, const QString& locationId, qint64 quantity) {
            inventory::Receipt r;
            r.itemId = itemId;
            r.locationId = locationId;
            r.quantity = quantity;
            LARDER_MUST(inventory.receive(r));
        };
        const QString shelf = location(u"Dry shelf"_s);
        const QString closet = location(u"Hygiene closet"_s);
        const QString beans = item(u"Black beans"_s, u"halal,kosher,vegan"_s, u"food"_s);
        const QString lentils = item(u"Lentils"_s, u"halal,kosher,vegan"_s, u"food"_s);
        const QString chickpeas = item(u"Chickpeas"_s, u"halal,kosher,vegan"_s, u"food"_s);
        const QString pork = item(u"Pork and beans"_s, {}, u"food"_s);
        const QString soap = item(u"Bar soap"_s, {}, u"hygiene"_s);
        receive(beans, shelf, 2);
        receive(lentils, shelf, 5);
        receive(chickpeas, shelf, 3);
        receive(pork, shelf, 20);
        receive(soap, closet, 10);

        runs::BoxTemplate t;
        t.name = u"Everyone"_s;
        t.lines = {{beans, {}, 1}, {soap, {}, 1}};
        LARDER_MUST(packages.addTemplate(t));

        auto household = [&](const QString& name, const QStringList& tags) -> QString {
            people::Household h;
            h.chosenName = name;
            h.street = u"1850 S Blue Island Ave"_s;
            h.postalCode = u"60608"_s;
            h.dietaryTags = tags;
            return LARDER_MUST(households.add(h), {});
        };
        const QString dee = household(u"Dee"_s, {});
        const QString ben = household(u"Ben"_s, {});
        const QString amira = household(u"Amira"_s, {u"halal"_s});
        auto ok = store->write([&](Writer& w) {
            const QString runId = w.insert(u"runs", {{u"run_date"_s, Day}});
            int position = 0;
            for (const QString& h : {dee, ben, amira})
                w.insert(
                    u"run_stops",
                    {{u"run_id"_s, runId}, {u"household_id"_s, h}, {u"position"_s, ++position}});
        });
        QVERIFY(ok.ok());
    }

    void templatesList() {
        const Run text = cli({u"templates"_s, u"list"_s});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(u"Everyone"_s), qPrintable(text.out));
        QVERIFY(text.out.contains(u"Black beans"_s));
        const Run json = cli({u"templates"_s, u"--json"_s});
        QCOMPARE(json.code, 0);
        const QJsonArray templates = json.json().value(u"templates"_s).toArray();
        QCOMPARE(templates.size(), 1);
        const QJsonObject first = templates.at(0).toObject();
        QCOMPARE(first.value(u"name"_s).toString(), u"Everyone"_s);
        QVERIFY(first.value(u"max_size"_s).isNull());
        QCOMPARE(first.value(u"lines"_s).toArray().size(), 2);
    }

    void allocateShowsShortagesAndSubstituteFixesThem() {
        const Run allocated = cli({u"packages"_s, u"allocate"_s, u"--date"_s, Day});
        QCOMPARE(allocated.code, 0);
        QVERIFY2(allocated.err.isEmpty(), qPrintable(allocated.err));
        QVERIFY2(allocated.out.contains(u"Set aside 5 units for 3 packages."_s),
                 qPrintable(allocated.out));
        QVERIFY(allocated.out.contains(u"Black beans"_s));
        QVERIFY(allocated.out.contains(u"Amira"_s));
        QVERIFY(allocated.out.contains(u"Lentils (5)"_s));
        QVERIFY(!allocated.out.contains(u"Pork"_s));

        const Run shortages = cli({u"packages"_s, u"shortages"_s, u"--date"_s, Day, u"--json"_s});
        QCOMPARE(shortages.code, 0);
        const QJsonArray list = shortages.json().value(u"shortages"_s).toArray();
        QCOMPARE(list.size(), 1);
        const QJsonObject beans = list.at(0).toObject();
        QCOMPARE(beans.value(u"item"_s).toString(), u"Black beans"_s);
        QCOMPARE(beans.value(u"needed"_s).toInteger(), 3);
        QCOMPARE(beans.value(u"available"_s).toInteger(), 2);
        QCOMPARE(beans.value(u"households"_s).toArray().size(), 1);
        QCOMPARE(beans.value(u"households"_s).toArray().at(0).toString(), u"Amira"_s);
        const QJsonArray substitutes = beans.value(u"substitutes"_s).toArray();
        QCOMPARE(substitutes.size(), 2);
        QCOMPARE(substitutes.at(0).toObject().value(u"item"_s).toString(), u"Lentils"_s);
        QCOMPARE(substitutes.at(1).toObject().value(u"item"_s).toString(), u"Chickpeas"_s);

        // Pork for a halal household: refused, one line, nothing saved.
        const QJsonObject before = stats();
        const Run refused = cli({u"packages"_s, u"substitute"_s, u"--date"_s, Day, u"Black beans"_s,
                                 u"Pork and beans"_s});
        QCOMPARE(refused.code, 1);
        verifyOneLineError(refused);
        QVERIFY2(refused.err.contains(u"does not suit"_s), qPrintable(refused.err));
        QCOMPARE(stats(), before);

        const Run substituted =
            cli({u"packages"_s, u"substitute"_s, u"--date"_s, Day, u"Black beans"_s, u"lentils"_s});
        QCOMPARE(substituted.code, 0);
        QVERIFY2(substituted.out.contains(u"Nothing is short"_s), qPrintable(substituted.out));
        const Run after = cli({u"packages"_s, u"shortages"_s, u"--date"_s, Day, u"--json"_s});
        QVERIFY(after.json().value(u"shortages"_s).toArray().isEmpty());
    }

    void pickListByLocation() {
        QCOMPARE(cli({u"packages"_s, u"allocate"_s, u"--date"_s, Day}).code, 0);
        const Run text = cli({u"packages"_s, u"picklist"_s, u"--date"_s, Day});
        QCOMPARE(text.code, 0);
        const qsizetype shelf = text.out.indexOf(u"Dry shelf"_s);
        const qsizetype closet = text.out.indexOf(u"Hygiene closet"_s);
        QVERIFY2(shelf >= 0 && closet > shelf, qPrintable(text.out));
        QVERIFY(text.out.indexOf(u"Black beans"_s) < closet);
        QVERIFY(text.out.indexOf(u"Bar soap"_s) > closet);

        const Run json = cli({u"packages"_s, u"picklist"_s, u"--date"_s, Day, u"--json"_s});
        QCOMPARE(json.code, 0);
        const QJsonArray pick = json.json().value(u"pick"_s).toArray();
        QCOMPARE(pick.size(), 2);
        QCOMPARE(pick.at(0).toObject().value(u"item"_s).toString(), u"Black beans"_s);
        QCOMPARE(pick.at(0).toObject().value(u"quantity"_s).toInteger(), 2);
        QCOMPARE(pick.at(1).toObject().value(u"location"_s).toString(), u"Hygiene closet"_s);
        QCOMPARE(pick.at(1).toObject().value(u"quantity"_s).toInteger(), 3);
    }

    void badInput() {
        const QJsonObject before = stats();
        const Run noDate = cli({u"packages"_s, u"allocate"_s});
        QCOMPARE(noDate.code, 2);
        const Run badDate = cli({u"packages"_s, u"allocate"_s, u"--date"_s, u"3rd March"_s});
        QCOMPARE(badDate.code, 1);
        verifyOneLineError(badDate);
        QVERIFY(badDate.err.contains(u"--date"_s));
        const Run noRun = cli({u"packages"_s, u"allocate"_s, u"--date"_s, u"2026-03-04"_s});
        QCOMPARE(noRun.code, 1);
        verifyOneLineError(noRun);
        QVERIFY(noRun.err.contains(u"no delivery or pickup run"_s));
        const Run unknownItem =
            cli({u"packages"_s, u"substitute"_s, u"--date"_s, Day, u"Caviar"_s, u"Lentils"_s});
        QCOMPARE(unknownItem.code, 1);
        verifyOneLineError(unknownItem);
        QVERIFY(unknownItem.err.contains(u"Caviar"_s));
        const Run missingArgument =
            cli({u"packages"_s, u"substitute"_s, u"--date"_s, Day, u"Lentils"_s});
        QCOMPARE(missingArgument.code, 2);
        const Run noSubcommand = cli({u"packages"_s});
        QCOMPARE(noSubcommand.code, 2);
        QCOMPARE(stats(), before);
    }
};

QTEST_GUILESS_MAIN(TestCliPackages)
#include "tst_cli_packages.moc"
