// SPDX-License-Identifier: GPL-3.0-or-later
// The inventory commands of larder-cli (stock, receive, distribute, dispose, move, return,
// reverse, count, history, items, locations), run through QProcess against the built binary as
// a coordinator's script would: output, exit codes, one-line errors, and nothing saved when the
// input is bad.

#include "tests/CliRun.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Run = CliRun;

const QString Beans = u"Black beans 15 oz"_s;
const QString BeansCode = u"0041331092609"_s;
const QString Rice = u"Rice 2 lb"_s;
const QString RiceCode = u"0070050000108"_s;
const QString Milk = u"Milk 1/2 gal"_s;

QString iso(const QDate& date) {
    return date.toString(Qt::ISODate);
}

} // namespace

class TestCliStock : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_passphraseFile;
    int m_files = 0;
    QString m_shared; // a pantry the bad-input cases are tried on
    QDate m_today;

    QString newPath() {
        return m_dir.filePath(u"stock-"_s + QString::number(++m_files) + u".larder"_s);
    }

    Run cli(const QStringList& arguments) { return runCli(arguments); }

    // larder-cli --db PATH ARGUMENTS...
    Run on(const QString& path, const QStringList& arguments) {
        return cli(QStringList{u"--db"_s, path} + arguments);
    }

    // Runs a command that must succeed; its output, or a failed test.
    Run ok(const QString& path, const QStringList& arguments) {
        const Run run = on(path, arguments);
        if (run.code != 0 || !run.err.isEmpty())
            qWarning("%s -> %d: %s", qPrintable(arguments.join(u' ')), run.code,
                     qPrintable(run.err));
        return run;
    }

    QJsonObject stats(const QString& path) {
        return on(path, {u"stats"_s, u"--json"_s}).json().value(u"tables"_s).toObject();
    }

    QJsonArray stock(const QString& path, const QStringList& filters = {}) {
        return ok(path, QStringList{u"stock"_s, u"--json"_s} + filters)
            .json()
            .value(u"stock"_s)
            .toArray();
    }

    // item name -> expiry ("none" when null) -> quantity, summed over locations unless one given.
    QMap<QString, qint64> lots(const QString& path, const QString& item,
                               const QString& location = {}) {
        QMap<QString, qint64> result;
        for (const QJsonValue& value : stock(path)) {
            const QJsonObject line = value.toObject();
            if (line.value(u"item"_s).toString() != item)
                continue;
            if (!location.isEmpty() && line.value(u"location"_s).toString() != location)
                continue;
            const QString expiry =
                line.value(u"expiry"_s).isNull() ? u"none"_s : line.value(u"expiry"_s).toString();
            result[expiry] += line.value(u"quantity"_s).toInteger();
        }
        return result;
    }

    // A new pantry with two locations and three items, made through the command line.
    QString newPantry(bool oneLocation = false) {
        const QString path = newPath();
        const QList<QStringList> steps{
            {u"init"_s, u"--site-name"_s, u"Eastside pantry"_s, u"--passphrase-file"_s,
             m_passphraseFile},
            {u"locations"_s, u"add"_s, u"--name"_s, u"Shelf A"_s, u"--kind"_s, u"shelf"_s},
            {u"locations"_s, u"add"_s, u"--name"_s, u"Fridge"_s, u"--kind"_s, u"fridge"_s},
            {u"items"_s, u"add"_s, u"--name"_s, Beans, u"--category"_s, u"food"_s, u"--case-size"_s,
             u"12"_s, u"--barcode"_s, BeansCode, u"--perishable"_s, u"--tags"_s,
             u"vegan,gluten-free"_s, u"--par"_s, u"50"_s},
            {u"items"_s, u"add"_s, u"--name"_s, Rice, u"--category"_s, u"food"_s, u"--barcode"_s,
             RiceCode, u"--par"_s, u"5"_s},
            {u"items"_s, u"add"_s, u"--name"_s, Milk, u"--category"_s, u"food"_s, u"--shelf-life"_s,
             u"10"_s},
        };
        for (const QStringList& step : steps) {
            if (oneLocation && step.contains(u"Fridge"_s))
                continue;
            if (ok(path, step).code != 0)
                return {};
        }
        return path;
    }

    Run receive(const QString& path, const QString& item, const QString& quantity,
                const QString& expiry, const QString& location, const QStringList& more = {}) {
        QStringList arguments{u"receive"_s, u"--item"_s, item, u"--quantity"_s, quantity};
        if (!expiry.isEmpty())
            arguments << u"--expiry"_s << expiry;
        if (!location.isEmpty())
            arguments << u"--location"_s << location;
        return ok(path, arguments + more);
    }

    static void verifyOneLineError(const Run& run) {
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(run.err.endsWith(u'\n'), qPrintable(run.err));
    }

    void verifyCheckPasses(const QString& path) {
        const Run check = on(path, {u"check"_s});
        QVERIFY2(check.code == 0, qPrintable(check.out + check.err));
        QVERIFY(check.out.contains(u"ok   stock on hand: "_s));
    }

    static QStringList movementIds(const Run& run) {
        QStringList ids;
        for (const QJsonValue& value : run.json().value(u"movements"_s).toArray())
            ids << value.toObject().value(u"id"_s).toString();
        return ids;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(QFileInfo::exists(QStringLiteral(LARDER_CLI_PATH)), LARDER_CLI_PATH);
        QVERIFY(m_dir.isValid());
        m_passphraseFile = useCliPassphrase(m_dir.path());
        QVERIFY(!m_passphraseFile.isEmpty());
        m_today = cliTestToday(); // every larder-cli here runs at CliTestNow
        m_shared = newPantry();
        QVERIFY(!m_shared.isEmpty());
        QCOMPARE(receive(m_shared, BeansCode, u"2 cases"_s, u"2w"_s, u"Shelf A"_s).code, 0);
        QCOMPARE(receive(m_shared, BeansCode, u"5"_s, u"4w"_s, u"Shelf A"_s).code, 0);
        QCOMPARE(receive(m_shared, Rice, u"10"_s, {}, u"Fridge"_s).code, 0);
    }

    // ---- help ----

    void helpListsTheCommands() {
        const Run run = cli({u"--help"_s});
        QCOMPARE(run.code, 0);
        for (const char* command : {"stock", "receive", "distribute", "dispose", "move", "return",
                                    "reverse", "count", "history", "items", "locations"})
            QVERIFY2(run.out.contains(
                         QRegularExpression(u"\\n  "_s + QLatin1String(command) + u"\\s+\\S"_s)),
                     command);
    }

    void commandHelp_data() {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("stock") << QStringList{u"stock"_s} << u"--expiring-within DAYS"_s;
        QTest::newRow("receive") << QStringList{u"receive"_s} << u"--allow-past-expiry"_s;
        QTest::newRow("distribute") << QStringList{u"distribute"_s} << u"--allow-negative"_s;
        QTest::newRow("dispose") << QStringList{u"dispose"_s} << u"--reason REASON"_s;
        QTest::newRow("move") << QStringList{u"move"_s} << u"--from L"_s;
        QTest::newRow("return") << QStringList{u"return"_s} << u"--lot-expiry DATE"_s;
        QTest::newRow("reverse") << QStringList{u"reverse"_s} << u"MOVEMENT_ID"_s;
        QTest::newRow("count") << QStringList{u"count"_s} << u"confirm"_s;
        QTest::newRow("count start") << QStringList{u"count"_s, u"start"_s} << u"--location L"_s;
        QTest::newRow("count sheet") << QStringList{u"count"_s, u"sheet"_s} << u"--csv"_s;
        QTest::newRow("count enter") << QStringList{u"count"_s, u"enter"_s} << u"--file F.csv"_s;
        QTest::newRow("count review") << QStringList{u"count"_s, u"review"_s} << u"COUNT_ID"_s;
        QTest::newRow("count confirm") << QStringList{u"count"_s, u"confirm"_s} << u"COUNT_ID"_s;
        QTest::newRow("count cancel") << QStringList{u"count"_s, u"cancel"_s} << u"COUNT_ID"_s;
        QTest::newRow("history") << QStringList{u"history"_s} << u"--limit N"_s;
        QTest::newRow("items") << QStringList{u"items"_s} << u"--all"_s;
        QTest::newRow("items add") << QStringList{u"items"_s, u"add"_s} << u"--case-size N"_s;
        QTest::newRow("locations") << QStringList{u"locations"_s} << u"--json"_s;
        QTest::newRow("locations add") << QStringList{u"locations"_s, u"add"_s} << u"--kind K"_s;
        QTest::newRow("check") << QStringList{u"check"_s} << u"every on-hand total"_s;
    }

    void commandHelp() {
        QFETCH(QStringList, command);
        QFETCH(QString, mentions);
        for (const QStringList& arguments :
             {command + QStringList{u"--help"_s}, QStringList{u"help"_s} + command}) {
            const Run run = cli(arguments);
            QCOMPARE(run.code, 0);
            QVERIFY(run.err.isEmpty());
            QVERIFY2(run.out.startsWith(u"Usage: larder-cli --db FILE "_s + command.join(u' ')),
                     qPrintable(run.out));
            QVERIFY2(run.out.simplified().contains(mentions), qPrintable(run.out));
            QVERIFY(run.out.contains(u"Example:\n  larder-cli --db "_s));
        }
    }

    // ---- intake and the stock view ----

    void receiveCasesAndRelativeExpiry() {
        const QString path = newPantry();
        QVERIFY(!path.isEmpty());
        const Run run = receive(path, BeansCode, u"3 cases"_s, u"3w"_s, u"shelf a"_s);
        QCOMPARE(run.code, 0);
        const QString expiry = iso(m_today.addDays(21));
        QCOMPARE(run.out.section(u'\n', 0, 0),
                 u"Received 36 of \"%1\" into Shelf A, lot expiring %2."_s.arg(Beans, expiry));

        const QJsonArray lines = stock(path);
        QCOMPARE(lines.size(), 1);
        const QJsonObject line = lines.first().toObject();
        QCOMPARE(line.value(u"item"_s).toString(), Beans);
        QCOMPARE(line.value(u"category"_s).toString(), u"food"_s);
        QCOMPARE(line.value(u"unit"_s).toString(), u"each"_s);
        QCOMPARE(line.value(u"location"_s).toString(), u"Shelf A"_s);
        QCOMPARE(line.value(u"expiry"_s).toString(), expiry);
        QCOMPARE(line.value(u"quantity"_s).toInteger(), 36);
        QVERIFY(!line.value(u"item_id"_s).toString().isEmpty());
        QVERIFY(!line.value(u"location_id"_s).toString().isEmpty());
        QVERIFY(!line.value(u"lot_id"_s).toString().isEmpty());
        QVERIFY(!line.contains(u"warning"_s));

        // The same expiry again goes into the same lot; the table shows it.
        QCOMPARE(receive(path, Beans, u"4"_s, iso(m_today.addDays(21)), u"Shelf A"_s).code, 0);
        QCOMPARE(lots(path, Beans), (QMap<QString, qint64>{{expiry, 40}}));
        const Run table = ok(path, {u"stock"_s});
        QCOMPARE(table.code, 0);
        QVERIFY2(table.out.startsWith(u"Item "_s), qPrintable(table.out));
        QVERIFY2(table.out.contains(QRegularExpression(u"\\n"_s + Beans + u" +food +Shelf A +"_s +
                                                       expiry + u" +40\\n"_s)),
                 qPrintable(table.out));
        verifyCheckPasses(path);
    }

    // Amounts read as on the screens and papers (inventory::Quantities): in the item's unit,
    // "1 case" but "2 cases", changes signed; --json keeps the bare numbers.
    void amountsReadAsOnScreen() {
        const QString path = newPantry();
        QVERIFY(!path.isEmpty());
        const QString diapers = u"Diapers size 4"_s;
        QCOMPARE(ok(path, {u"items"_s, u"add"_s, u"--name"_s, diapers, u"--category"_s, u"baby"_s,
                           u"--unit"_s, u"case"_s, u"--case-size"_s, u"4"_s})
                     .code,
                 0);
        Run run = receive(path, diapers, u"1"_s, {}, u"Shelf A"_s);
        QCOMPARE(run.code, 0);
        QCOMPARE(run.out.section(u'\n', 0, 0),
                 u"Received 1 case of \"%1\" into Shelf A, lot without expiry."_s.arg(diapers));
        run = receive(path, diapers, u"2"_s, {}, u"Shelf A"_s);
        QVERIFY2(run.out.startsWith(u"Received 2 cases of "_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(QRegularExpression(u" \\+2 cases\\n"_s)), qPrintable(run.out));

        const Run table = ok(path, {u"stock"_s, u"--item"_s, diapers});
        QVERIFY2(
            table.out.contains(QRegularExpression(diapers + u" +baby +Shelf A +- +3 cases\\n"_s)),
            qPrintable(table.out));
        QCOMPARE(stock(path, {u"--item"_s, diapers}).first().toObject().value(u"quantity"_s),
                 QJsonValue(3));

        run = on(path, {u"distribute"_s, u"--item"_s, diapers, u"--quantity"_s, u"4"_s});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.startsWith(u"--quantity: only 3 cases of \"%1\" on hand; 4 cases asked "
                                    u"for."_s.arg(diapers)),
                 qPrintable(run.err));
        run = ok(path, {u"distribute"_s, u"--item"_s, diapers, u"--quantity"_s, u"1"_s});
        QVERIFY2(run.out.startsWith(u"Distributed 1 case of "_s), qPrintable(run.out));

        run = ok(path, {u"history"_s, u"--item"_s, diapers});
        QVERIFY2(run.out.contains(QChar(0x2212) + u"1 case "_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"+2 cases "_s) && run.out.contains(u"+1 case "_s),
                 qPrintable(run.out));
        verifyCheckPasses(path);
    }

    void receiveDefaultsAndJson() {
        // One location: --location may be left out. A shelf life gives the expiry; --supplier
        // needs a known supplier; --json names the lot and the movement.
        const QString path = newPantry(true);
        QVERIFY(!path.isEmpty());
        Run run = receive(path, Milk, u"6"_s, {}, {}, {u"--json"_s, u"--note"_s, u"church"_s});
        QCOMPARE(run.code, 0);
        const QJsonObject posted = run.json();
        QCOMPARE(posted.value(u"action"_s).toString(), u"receive"_s);
        QVERIFY(!posted.value(u"lot_id"_s).toString().isEmpty());
        const QJsonArray movements = posted.value(u"movements"_s).toArray();
        QCOMPARE(movements.size(), 1);
        const QJsonObject movement = movements.first().toObject();
        QCOMPARE(movement.value(u"kind"_s).toString(), u"received"_s);
        QCOMPARE(movement.value(u"quantity"_s).toInteger(), 6);
        QCOMPARE(movement.value(u"expiry"_s).toString(), iso(m_today.addDays(10)));
        QCOMPARE(movement.value(u"location"_s).toString(), u"Shelf A"_s);
        QCOMPARE(movement.value(u"reason"_s).toString(), u"donation: church"_s);
        QCOMPARE(movement.value(u"lot_id"_s).toString(), posted.value(u"lot_id"_s).toString());

        // A non-perishable item has a lot without expiry.
        run = receive(path, RiceCode, u"2x6"_s, {}, {});
        QCOMPARE(run.code, 0);
        QCOMPARE(lots(path, Rice), (QMap<QString, qint64>{{u"none"_s, 12}}));

        run = on(path, {u"receive"_s, u"--item"_s, Rice, u"--quantity"_s, u"1"_s, u"--supplier"_s,
                        u"Greater Chicago Food Depository"_s});
        QCOMPARE(run.code, 1);
        verifyOneLineError(run);
        QVERIFY2(run.err.startsWith(u"--supplier: "_s), qPrintable(run.err));

        // A past date is kept only when the person insists.
        run =
            receive(path, Beans, u"1"_s, iso(m_today.addDays(-2)), {}, {u"--allow-past-expiry"_s});
        QCOMPARE(run.code, 0);
        QCOMPARE(lots(path, Beans), (QMap<QString, qint64>{{iso(m_today.addDays(-2)), 1}}));
        verifyCheckPasses(path);
    }

    void stockFilters() {
        const QString path = newPantry();
        QVERIFY(!path.isEmpty());
        QCOMPARE(receive(path, Beans, u"5"_s, u"20d"_s, u"Shelf A"_s).code, 0);
        QCOMPARE(receive(path, Beans, u"3"_s, u"3d"_s, u"Fridge"_s).code, 0);
        QCOMPARE(receive(path, Beans, u"2"_s, iso(m_today.addDays(-1)), u"Shelf A"_s,
                         {u"--allow-past-expiry"_s})
                     .code,
                 0);
        QCOMPARE(receive(path, Rice, u"4"_s, {}, u"Shelf A"_s).code, 0);

        // Expiring within 7 days: expired included, soonest first, no lot without expiry.
        QJsonArray lines = stock(path, {u"--expiring-within"_s, u"7"_s});
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).toObject().value(u"expiry"_s).toString(), iso(m_today.addDays(-1)));
        QCOMPARE(lines.at(1).toObject().value(u"expiry"_s).toString(), iso(m_today.addDays(3)));
        QCOMPARE(stock(path, {u"--expiring"_s}), lines); // the setting: 7 days by default
        QCOMPARE(stock(path, {u"--expiring-within"_s, u"2"_s}).size(), 1);
        const Run table = ok(path, {u"stock"_s, u"--expiring-within"_s, u"7"_s});
        QVERIFY2(table.out.contains(QRegularExpression(u" 2 +expired\\n"_s)),
                 qPrintable(table.out));

        lines = stock(path, {u"--location"_s, u"fridge"_s});
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().toObject().value(u"quantity"_s).toInteger(), 3);
        const QString fridgeId = lines.first().toObject().value(u"location_id"_s).toString();
        QCOMPARE(stock(path, {u"--location"_s, fridgeId}).size(), 1);
        QCOMPARE(stock(path, {u"--item"_s, RiceCode}).size(), 1);
        QCOMPARE(stock(path, {u"--item"_s, u"beans"_s}).size(), 3);

        // Below par: beans 10 < 50, rice 4 < 5; milk has no par.
        const Run below = ok(path, {u"stock"_s, u"--below-par"_s, u"--json"_s});
        const QJsonArray short_ = below.json().value(u"below_par"_s).toArray();
        QCOMPARE(short_.size(), 2);
        QCOMPARE(short_.at(0).toObject().value(u"item"_s).toString(), Beans);
        QCOMPARE(short_.at(0).toObject().value(u"on_hand"_s).toInteger(), 10);
        QCOMPARE(short_.at(0).toObject().value(u"par"_s).toInteger(), 50);
        QCOMPARE(short_.at(1).toObject().value(u"item"_s).toString(), Rice);

        const Run unknown = on(path, {u"stock"_s, u"--location"_s, u"Garage"_s});
        QCOMPARE(unknown.code, 1);
        verifyOneLineError(unknown);
        QVERIFY2(unknown.err.contains(u"Fridge, Shelf A"_s), qPrintable(unknown.err));
    }

    // ---- out ----

    void distributeIsFirstExpiryFirstOut() {
        const QString path = newPantry();
        QVERIFY(!path.isEmpty());
        const QString late = iso(m_today.addDays(20)), soon = iso(m_today.addDays(5)),
                      latest = iso(m_today.addDays(40));
        QCOMPARE(receive(path, Beans, u"10"_s, late, u"Shelf A"_s).code, 0);
        QCOMPARE(receive(path, Beans, u"5"_s, soon, u"Shelf A"_s).code, 0);
        QCOMPARE(receive(path, Beans, u"8"_s, latest, u"Fridge"_s).code, 0);

        Run run = ok(
            path, {u"distribute"_s, u"--item"_s, BeansCode, u"--quantity"_s, u"12"_s, u"--json"_s});
        QCOMPARE(run.code, 0);
        const QJsonArray movements = run.json().value(u"movements"_s).toArray();
        QCOMPARE(movements.size(), 2);
        QCOMPARE(movements.at(0).toObject().value(u"expiry"_s).toString(), soon);
        QCOMPARE(movements.at(0).toObject().value(u"quantity"_s).toInteger(), -5);
        QCOMPARE(movements.at(1).toObject().value(u"expiry"_s).toString(), late);
        QCOMPARE(movements.at(1).toObject().value(u"quantity"_s).toInteger(), -7);
        QCOMPARE(lots(path, Beans), (QMap<QString, qint64>{{late, 3}, {latest, 8}}));

        // At one location only.
        run = ok(path, {u"distribute"_s, u"--item"_s, Beans, u"--quantity"_s, u"2"_s,
                        u"--location"_s, u"Fridge"_s});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.startsWith(u"Distributed 2 of \"%1\""_s.arg(Beans)));
        QCOMPARE(lots(path, Beans), (QMap<QString, qint64>{{late, 3}, {latest, 6}}));

        // More than there is: refused, naming the flag; nothing changes.
        const QJsonObject before = stats(path);
        run = on(path, {u"distribute"_s, u"--item"_s, Beans, u"--quantity"_s, u"4"_s,
                        u"--location"_s, u"Shelf A"_s});
        QCOMPARE(run.code, 1);
        verifyOneLineError(run);
        QVERIFY2(run.err.startsWith(u"--quantity: only 3 of "_s), qPrintable(run.err));
        QVERIFY(run.err.contains(u"--allow-negative"_s));
        QCOMPARE(stats(path), before);

        // Unless insisted on: the line goes below zero and is flagged, never hidden.
        run = ok(path, {u"distribute"_s, u"--item"_s, Beans, u"--quantity"_s, u"4"_s,
                        u"--location"_s, u"Shelf A"_s, u"--allow-negative"_s});
        QCOMPARE(run.code, 0);
        QJsonObject negative;
        for (const QJsonValue& value : stock(path)) {
            if (value.toObject().value(u"quantity"_s).toInteger() < 0)
                negative = value.toObject();
        }
        QCOMPARE(negative.value(u"quantity"_s).toInteger(), -1);
        QCOMPARE(negative.value(u"warning"_s).toString(), u"negative"_s);
        QCOMPARE(negative.value(u"location"_s).toString(), u"Shelf A"_s);
        const Run table = on(path, {u"stock"_s});
        QCOMPARE(table.code, 0);
        QVERIFY2(table.out.contains(QRegularExpression(u" -1 +NEGATIVE\\n"_s)),
                 qPrintable(table.out));
        // The warning under the table is not data: stderr, one line; stdout is the table alone.
        QVERIFY2(!table.out.contains(u"below zero"_s) && !table.out.endsWith(u"\n\n"_s),
                 qPrintable(table.out));
        QCOMPARE(table.errLines().size(), 1);
        QVERIFY2(table.err.contains(u"1 line(s) below zero"_s), qPrintable(table.err));
        verifyCheckPasses(path);
    }

    void disposeMoveReturnAndReverse() {
        const QString path = newPantry();
        QVERIFY(!path.isEmpty());
        const QString soon = iso(m_today.addDays(4)), late = iso(m_today.addDays(30));
        QCOMPARE(receive(path, Beans, u"6"_s, soon, u"Shelf A"_s).code, 0);
        QCOMPARE(receive(path, Beans, u"10"_s, late, u"Shelf A"_s).code, 0);

        // Two lots on the shelf: dispose must be told which.
        QJsonObject before = stats(path);
        Run run = on(path, {u"dispose"_s, u"--item"_s, Beans, u"--quantity"_s, u"2"_s,
                            u"--reason"_s, u"spoiled"_s});
        QCOMPARE(run.code, 1);
        verifyOneLineError(run);
        QVERIFY2(run.err.startsWith(u"--lot-expiry: "_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(soon + u" (6), "_s + late + u" (10)"_s), qPrintable(run.err));
        QCOMPARE(stats(path), before);

        run = on(path, {u"dispose"_s, u"--item"_s, Beans, u"--quantity"_s, u"2"_s, u"--reason"_s,
                        u"stale"_s, u"--lot-expiry"_s, soon});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.startsWith(u"--reason: "_s), qPrintable(run.err));
        QVERIFY(run.err.contains(u"spoiled, expired, damaged, recalled"_s));

        run = ok(path, {u"dispose"_s, u"--item"_s, Beans, u"--quantity"_s, u"2"_s, u"--reason"_s,
                        u"spoiled"_s, u"--lot-expiry"_s, soon, u"--note"_s, u"dented"_s});
        QCOMPARE(run.code, 0);
        QCOMPARE(lots(path, Beans), (QMap<QString, qint64>{{soon, 4}, {late, 10}}));

        // By lot id.
        QString lateLot;
        for (const QJsonValue& value : stock(path)) {
            if (value.toObject().value(u"expiry"_s).toString() == late)
                lateLot = value.toObject().value(u"lot_id"_s).toString();
        }
        QVERIFY(!lateLot.isEmpty());
        run = ok(path, {u"dispose"_s, u"--item"_s, BeansCode, u"--quantity"_s, u"1"_s,
                        u"--reason"_s, u"damaged"_s, u"--lot"_s, lateLot, u"--json"_s});
        QCOMPARE(run.code, 0);
        QCOMPARE(lots(path, Beans), (QMap<QString, qint64>{{soon, 4}, {late, 9}}));

        // Move 5 of the late lot to the fridge: a pair that sums to nothing.
        run =
            ok(path, {u"move"_s, u"--item"_s, Beans, u"--quantity"_s, u"5"_s, u"--from"_s,
                      u"Shelf A"_s, u"--to"_s, u"fridge"_s, u"--lot-expiry"_s, late, u"--json"_s});
        QCOMPARE(run.code, 0);
        const QStringList moveIds = movementIds(run);
        QCOMPARE(moveIds.size(), 2);
        QCOMPARE(lots(path, Beans, u"Fridge"_s), (QMap<QString, qint64>{{late, 5}}));
        QCOMPARE(lots(path, Beans, u"Shelf A"_s), (QMap<QString, qint64>{{soon, 4}, {late, 4}}));

        run = on(path, {u"move"_s, u"--item"_s, Beans, u"--quantity"_s, u"1"_s, u"--from"_s,
                        u"Fridge"_s, u"--to"_s, u"fridge"_s});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.startsWith(u"--to: "_s), qPrintable(run.err));
        run = on(path, {u"move"_s, u"--item"_s, Beans, u"--quantity"_s, u"6"_s, u"--from"_s,
                        u"Fridge"_s, u"--to"_s, u"Shelf A"_s});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.startsWith(u"--quantity: only 5 on hand"_s), qPrintable(run.err));

        // Undelivered boxes back into their lot; with only one lot in the fridge, it is found.
        run = ok(path, {u"return"_s, u"--item"_s, Beans, u"--quantity"_s, u"2"_s, u"--location"_s,
                        u"Fridge"_s});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.startsWith(
                     u"Returned 2 of \"%1\" to Fridge, lot expiring %2."_s.arg(Beans, late)),
                 qPrintable(run.out));
        QCOMPARE(lots(path, Beans, u"Fridge"_s), (QMap<QString, qint64>{{late, 7}}));
        run = on(path, {u"return"_s, u"--item"_s, Beans, u"--quantity"_s, u"1"_s, u"--location"_s,
                        u"Shelf A"_s});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.startsWith(u"--lot-expiry: "_s), qPrintable(run.err));
        run = ok(path, {u"return"_s, u"--item"_s, Beans, u"--quantity"_s, u"1"_s, u"--location"_s,
                        u"Shelf A"_s, u"--lot-expiry"_s, soon});
        QCOMPARE(run.code, 0);
        QCOMPARE(lots(path, Beans, u"Shelf A"_s), (QMap<QString, qint64>{{soon, 5}, {late, 4}}));

        // Reversing one half of the move reverses the whole move, once.
        const QMap<QString, qint64> shelfBefore{{soon, 5}, {late, 9}};
        run =
            ok(path, {u"reverse"_s, moveIds.first(), u"--reason"_s, u"wrong shelf"_s, u"--json"_s});
        QCOMPARE(run.code, 0);
        QCOMPARE(movementIds(run).size(), 2);
        QCOMPARE(lots(path, Beans, u"Shelf A"_s), shelfBefore);
        QCOMPARE(lots(path, Beans, u"Fridge"_s), (QMap<QString, qint64>{{late, 2}}));
        before = stats(path);
        run = on(path, {u"reverse"_s, moveIds.last(), u"--reason"_s, u"again"_s});
        QCOMPARE(run.code, 1);
        verifyOneLineError(run);
        QVERIFY2(run.err.contains(u"reversed already"_s), qPrintable(run.err));
        run = on(path, {u"reverse"_s, u"no-such-movement"_s, u"--reason"_s, u"x"_s});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(u"no-such-movement"_s), qPrintable(run.err));
        QCOMPARE(stats(path), before);

        // History shows every movement, newest first, the move marked reversed.
        run = ok(path, {u"history"_s, u"--item"_s, Beans, u"--json"_s});
        const QJsonArray history = run.json().value(u"history"_s).toArray();
        // Received 2, disposed 2, moved 2, returned 2, reversals 2.
        QCOMPARE(history.size(), 10);
        QCOMPARE(history.first().toObject().value(u"kind"_s).toString(), u"reversal"_s);
        QCOMPARE(history.last().toObject().value(u"kind"_s).toString(), u"received"_s);
        int reversed = 0;
        for (const QJsonValue& value : history) {
            const QJsonObject row = value.toObject();
            if (row.value(u"reversed"_s).toBool()) {
                ++reversed;
                QCOMPARE(row.value(u"kind"_s).toString(), u"moved"_s);
            }
            if (row.value(u"kind"_s).toString() == u"disposed" &&
                row.value(u"quantity"_s).toInteger() == -2)
                QCOMPARE(row.value(u"reason"_s).toString(), u"spoiled: dented"_s);
        }
        QCOMPARE(reversed, 2);
        run = ok(path, {u"history"_s, u"--item"_s, BeansCode, u"--limit"_s, u"3"_s});
        QVERIFY(run.out.startsWith(
            u"History of \"%1\" (each), newest first: 3 movement(s).\n"_s.arg(Beans)));
        QCOMPARE(run.out.count(u'\n'), 5); // sentence, header, three rows
        QVERIFY(run.out.contains(u"wrong shelf"_s));
        verifyCheckPasses(path);
    }

    // ---- counts ----

    void countCycle() {
        const QString path = newPantry();
        QVERIFY(!path.isEmpty());
        const QString soon = iso(m_today.addDays(4)), late = iso(m_today.addDays(30));
        QCOMPARE(receive(path, Beans, u"6"_s, soon, u"Shelf A"_s).code, 0);
        QCOMPARE(receive(path, Beans, u"10"_s, late, u"Shelf A"_s).code, 0);
        QCOMPARE(receive(path, Rice, u"8"_s, {}, u"Shelf A"_s).code, 0);
        QCOMPARE(receive(path, Rice, u"3"_s, {}, u"Fridge"_s).code, 0);

        // Start a count of the shelf: its id first, then its lines.
        Run run = ok(path, {u"count"_s, u"start"_s, u"--location"_s, u"Shelf A"_s});
        QCOMPARE(run.code, 0);
        const QRegularExpressionMatch started =
            QRegularExpression(u"^Count (\\S+) of Shelf A, open, "_s).match(run.out);
        QVERIFY2(started.hasMatch(), qPrintable(run.out));
        const QString countId = started.captured(1);
        QCOMPARE(run.out.count(u'\n'), 1 + 1 + 3);
        run = on(path, {u"count"_s, u"start"_s});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(u"already open"_s), qPrintable(run.err));
        QCOMPARE(ok(path, {u"count"_s, u"--json"_s})
                     .json()
                     .value(u"counts"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"id"_s)
                     .toString(),
                 countId);

        // The sheet as JSON: line ids, item, lot expiry, expected, not counted yet.
        run = ok(path, {u"count"_s, u"sheet"_s, countId, u"--json"_s});
        const QJsonArray lines =
            run.json().value(u"count"_s).toObject().value(u"lines"_s).toArray();
        QCOMPARE(lines.size(), 3);
        QMap<QString, QString> lineOf; // "item expiry" -> line id
        for (const QJsonValue& value : lines) {
            const QJsonObject line = value.toObject();
            QVERIFY(line.value(u"counted"_s).isNull());
            const QString expiry =
                line.value(u"expiry"_s).isNull() ? u"none"_s : line.value(u"expiry"_s).toString();
            lineOf.insert(line.value(u"item"_s).toString() + u' ' + expiry,
                          line.value(u"line_id"_s).toString());
        }
        const QString soonLine = lineOf.value(Beans + u' ' + soon);
        const QString lateLine = lineOf.value(Beans + u' ' + late);
        const QString riceLine = lineOf.value(Rice + u" none"_s);
        QVERIFY(!soonLine.isEmpty() && !lateLine.isEmpty() && !riceLine.isEmpty());

        // One line by hand: 4 where 6 were expected.
        run = ok(path,
                 {u"count"_s, u"enter"_s, countId, u"--line"_s, soonLine, u"--counted"_s, u"4"_s});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(u"difference "_s + QChar(0x2212) + u"2)"_s), qPrintable(run.out));

        // The rest from the sheet's CSV, filled in: late lot as expected, rice 9; a row left
        // empty is skipped.
        run = ok(path, {u"count"_s, u"sheet"_s, countId, u"--csv"_s});
        QStringList csv = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(csv.size(), 4);
        QCOMPARE(csv.first(), u"line_id,item,location,expiry,unit,expected,counted"_s);
        for (QString& row : csv) {
            if (row.startsWith(lateLine))
                row += u"10"_s;
            else if (row.startsWith(riceLine))
                row += u"9"_s;
            else if (row.startsWith(soonLine))
                QVERIFY2(row.endsWith(u",4"_s), qPrintable(row));
        }
        // The soon line's 4 stays as entered: blank it so the file skips it.
        for (QString& row : csv) {
            if (row.startsWith(soonLine))
                row.chop(1);
        }
        const QString filled = m_dir.filePath(u"filled.csv"_s);
        {
            QFile file(filled);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(csv.join(u'\n').toUtf8() + '\n');
        }
        run = ok(path, {u"count"_s, u"enter"_s, countId, u"--file"_s, filled});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(u"2 line(s)"_s) && run.out.contains(u"1 row(s)"_s),
                 qPrintable(run.out));

        // Review: the differences only.
        run = ok(path, {u"count"_s, u"review"_s, countId, u"--json"_s});
        QJsonObject review = run.json();
        QCOMPARE(review.value(u"uncounted"_s).toInt(), 0);
        QJsonArray differences = review.value(u"differences"_s).toArray();
        QCOMPARE(differences.size(), 2);
        QMap<QString, qint64> expected{{soonLine, -2}, {riceLine, +1}};
        for (const QJsonValue& value : differences) {
            const QJsonObject line = value.toObject();
            QCOMPARE(line.value(u"difference"_s).toInteger(),
                     expected.value(line.value(u"line_id"_s).toString()));
        }
        run = ok(path, {u"count"_s, u"review"_s, countId});
        QVERIFY(run.out.startsWith(u"Count %1 of Shelf A (open): 2 difference(s)"_s.arg(countId)));
        QCOMPARE(run.out.count(u'\n'), 1 + 1 + 2);

        // Confirm: exactly one "counted" movement per difference, reason "count".
        run = ok(path, {u"count"_s, u"confirm"_s, countId, u"--json"_s});
        QCOMPARE(run.code, 0);
        const QJsonArray posted = run.json().value(u"movements"_s).toArray();
        QCOMPARE(posted.size(), 2);
        for (const QJsonValue& value : posted) {
            QCOMPARE(value.toObject().value(u"kind"_s).toString(), u"counted"_s);
            QCOMPARE(value.toObject().value(u"reason"_s).toString(), u"count"_s);
        }
        QCOMPARE(lots(path, Beans), (QMap<QString, qint64>{{soon, 4}, {late, 10}}));
        QCOMPARE(lots(path, Rice, u"Shelf A"_s), (QMap<QString, qint64>{{u"none"_s, 9}}));
        QCOMPARE(lots(path, Rice, u"Fridge"_s), (QMap<QString, qint64>{{u"none"_s, 3}}));

        // Closed: no more entries, no second confirm; a new count can start and be cancelled.
        const QJsonObject before = stats(path);
        run = on(path, {u"count"_s, u"confirm"_s, countId});
        QCOMPARE(run.code, 1);
        verifyOneLineError(run);
        run = on(path,
                 {u"count"_s, u"enter"_s, countId, u"--line"_s, riceLine, u"--counted"_s, u"1"_s});
        QCOMPARE(run.code, 1);
        QCOMPARE(stats(path), before);
        run = ok(path, {u"count"_s, u"start"_s, u"--json"_s});
        const QString second = run.json().value(u"count"_s).toObject().value(u"id"_s).toString();
        QCOMPARE(run.json().value(u"count"_s).toObject().value(u"lines"_s).toArray().size(), 4);
        QCOMPARE(ok(path, {u"count"_s, u"cancel"_s, second}).code, 0);
        QCOMPARE(ok(path, {u"count"_s}).out, u"No count is open.\n"_s);
        verifyCheckPasses(path);
    }

    void badCountFileSavesNothing_data() {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("where");
        // %1, %2: two lines of the count.
        QTest::newRow("text in counted")
            << u"line_id,counted\n%1,3\n%2,three\n"_s << u":3 (counted): "_s;
        QTest::newRow("negative count")
            << u"line_id,counted\n%1,-1\n%2,2\n"_s << u":2 (counted): "_s;
        QTest::newRow("unknown line")
            << u"line_id,counted\n%1,3\nnot-a-line,2\n"_s << u":3 (line_id): "_s;
        QTest::newRow("line twice")
            << u"line_id,counted\n%1,3\n%2,4\n%1,5\n"_s << u":4 (line_id): "_s;
        QTest::newRow("count without line")
            << u"line_id,counted\n%1,3\n,4\n"_s << u":3 (line_id): "_s;
        QTest::newRow("no counted column") << u"line_id,qty\n%1,3\n"_s << u":1 (counted): "_s;
        QTest::newRow("unclosed quote") << u"line_id,counted\n%1,3\n\"%2,4\n"_s << u":3: "_s;
    }

    void badCountFileSavesNothing() {
        QFETCH(QString, body);
        QFETCH(QString, where);
        const QString path = newPantry();
        QVERIFY(!path.isEmpty());
        QCOMPARE(receive(path, Beans, u"6"_s, u"1w"_s, u"Shelf A"_s).code, 0);
        QCOMPARE(receive(path, Rice, u"8"_s, {}, u"Shelf A"_s).code, 0);
        const Run started = ok(path, {u"count"_s, u"start"_s, u"--json"_s});
        const QJsonObject count = started.json().value(u"count"_s).toObject();
        const QJsonArray lines = count.value(u"lines"_s).toArray();
        QCOMPARE(lines.size(), 2);
        const QString file = m_dir.filePath(u"bad-"_s + QString::number(++m_files) + u".csv"_s);
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(QString(body)
                          .replace(u"%1"_s, lines.at(0).toObject().value(u"line_id"_s).toString())
                          .replace(u"%2"_s, lines.at(1).toObject().value(u"line_id"_s).toString())
                          .toUtf8());
        }
        const QJsonObject before = stats(path);
        const Run sheetBefore =
            ok(path, {u"count"_s, u"sheet"_s, count.value(u"id"_s).toString(), u"--json"_s});
        const Run run =
            on(path, {u"count"_s, u"enter"_s, count.value(u"id"_s).toString(), u"--file"_s, file});
        QCOMPARE(run.code, 1);
        verifyOneLineError(run);
        QVERIFY2(run.err.startsWith(file + where), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(stats(path), before);
        QCOMPARE(
            ok(path, {u"count"_s, u"sheet"_s, count.value(u"id"_s).toString(), u"--json"_s}).out,
            sheetBefore.out);
    }

    // A name a spreadsheet would run as a formula is written as text (a leading apostrophe, as
    // core/io's CSV writer does everywhere), and the filled-in sheet still reads back.
    void countSheetCsvNeutralisesFormulas() {
        const QString path = newPantry(true);
        QVERIFY(!path.isEmpty());
        const QString formula = u"=HYPERLINK(\"http://example.com\",\"Soup\")"_s;
        QCOMPARE(
            ok(path, {u"items"_s, u"add"_s, u"--name"_s, formula, u"--category"_s, u"food"_s}).code,
            0);
        QCOMPARE(receive(path, formula, u"3"_s, {}, u"Shelf A"_s).code, 0);
        const QString countId = ok(path, {u"count"_s, u"start"_s, u"--json"_s})
                                    .json()
                                    .value(u"count"_s)
                                    .toObject()
                                    .value(u"id"_s)
                                    .toString();
        QVERIFY(!countId.isEmpty());
        const Run sheet = ok(path, {u"count"_s, u"sheet"_s, countId, u"--csv"_s});
        QCOMPARE(sheet.code, 0);
        QVERIFY2(sheet.err.isEmpty(), qPrintable(sheet.err));
        const QStringList rows = sheet.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.first(), u"line_id,item,location,expiry,unit,expected,counted"_s);
        QVERIFY2(
            rows.at(1).contains(u",\"'=HYPERLINK(\"\"http://example.com\"\",\"\"Soup\"\")\","_s),
            qPrintable(rows.at(1)));
        QVERIFY2(!rows.at(1).contains(u",="_s) && !rows.at(1).contains(u",\"="_s),
                 qPrintable(rows.at(1)));

        const QString filled = m_dir.filePath(u"formula.csv"_s);
        {
            QFile file(filled);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write((rows.first() + u'\n' + rows.at(1) + u"2\n"_s).toUtf8());
        }
        const Run entered = ok(path, {u"count"_s, u"enter"_s, countId, u"--file"_s, filled});
        QCOMPARE(entered.code, 0);
        QVERIFY2(entered.out.contains(u"1 line(s)"_s), qPrintable(entered.out));
        const QJsonArray differences = ok(path, {u"count"_s, u"review"_s, countId, u"--json"_s})
                                           .json()
                                           .value(u"differences"_s)
                                           .toArray();
        QCOMPARE(differences.size(), 1);
        QCOMPARE(differences.at(0).toObject().value(u"item"_s).toString(), formula);
        QCOMPARE(differences.at(0).toObject().value(u"counted"_s).toInteger(), 2);
    }

    // A count file saved by a spreadsheet in another encoding (Excel's "Unicode text" is UTF-16,
    // its "CSV" on Windows is Windows-1252) with semicolons and an accented name reads as written.
    void countFileInOtherEncodings_data() {
        QTest::addColumn<QString>("encoding");
        QTest::newRow("UTF-16 with BOM") << u"UTF-16"_s;
        QTest::newRow("Windows-1252") << u"Windows-1252"_s;
    }

    void countFileInOtherEncodings() {
        QFETCH(QString, encoding);
        const QString path = newPantry(true);
        QVERIFY(!path.isEmpty());
        const QString cafe = u"Caf\u00e9 molido \u00d1and\u00fa"_s;
        QCOMPARE(
            ok(path, {u"items"_s, u"add"_s, u"--name"_s, cafe, u"--category"_s, u"food"_s}).code,
            0);
        QCOMPARE(receive(path, cafe, u"5"_s, {}, u"Shelf A"_s).code, 0);
        const QJsonObject count =
            ok(path, {u"count"_s, u"start"_s, u"--json"_s}).json().value(u"count"_s).toObject();
        const QString countId = count.value(u"id"_s).toString();
        const QJsonArray lines = count.value(u"lines"_s).toArray();
        QCOMPARE(lines.size(), 1);
        const QString lineId = lines.at(0).toObject().value(u"line_id"_s).toString();

        const QString text = u"line_id;item;counted\r\n%1;\"%2\";7\r\n"_s.arg(lineId, cafe);
        QByteArray bytes;
        if (encoding == u"UTF-16") {
            bytes = "\xFF\xFE";
            for (const QChar c : text) {
                bytes.append(char(c.unicode() & 0xFF));
                bytes.append(char(c.unicode() >> 8));
            }
        } else {
            bytes = text.toLatin1(); // é, Ñ, ú are the same bytes in Windows-1252
            QVERIFY(bytes.contains('\xE9'));
        }
        const QString file = m_dir.filePath(u"count-"_s + encoding + u".csv"_s);
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(bytes);
        }
        const Run entered = ok(path, {u"count"_s, u"enter"_s, countId, u"--file"_s, file});
        QCOMPARE(entered.code, 0);
        QVERIFY2(entered.err.isEmpty(), qPrintable(entered.err));
        QVERIFY2(entered.out.contains(u"1 line(s)"_s), qPrintable(entered.out));
        const QJsonArray sheet = ok(path, {u"count"_s, u"sheet"_s, countId, u"--json"_s})
                                     .json()
                                     .value(u"count"_s)
                                     .toObject()
                                     .value(u"lines"_s)
                                     .toArray();
        QCOMPARE(sheet.size(), 1);
        QCOMPARE(sheet.at(0).toObject().value(u"item"_s).toString(), cafe);
        QCOMPARE(sheet.at(0).toObject().value(u"counted"_s).toInteger(), 7);
    }

    // ---- catalog ----

    void itemsAndLocations() {
        const QString path = newPantry();
        QVERIFY(!path.isEmpty());
        QCOMPARE(receive(path, Beans, u"1 case"_s, u"1m"_s, u"Shelf A"_s).code, 0);
        Run run = ok(path, {u"items"_s, u"--json"_s});
        const QJsonArray items = run.json().value(u"items"_s).toArray();
        QCOMPARE(items.size(), 3);
        const QJsonObject beans = items.at(0).toObject();
        QCOMPARE(beans.value(u"name"_s).toString(), Beans);
        QCOMPARE(beans.value(u"barcodes"_s).toArray(), QJsonArray{BeansCode});
        QCOMPARE(beans.value(u"tags"_s).toArray(), (QJsonArray{u"vegan"_s, u"gluten-free"_s}));
        QCOMPARE(beans.value(u"case_size"_s).toInt(), 12);
        QCOMPARE(beans.value(u"par"_s).toInt(), 50);
        QCOMPARE(beans.value(u"on_hand"_s).toInteger(), 12);
        QVERIFY(beans.value(u"perishable"_s).toBool());
        QCOMPARE(items.at(1).toObject().value(u"name"_s).toString(), Milk);
        QCOMPARE(items.at(1).toObject().value(u"shelf_life_days"_s).toInt(), 10);

        run = ok(path, {u"items"_s});
        QVERIFY2(run.out.contains(QRegularExpression(Beans + u" +food +each \\(case of 12\\) +"_s +
                                                     BeansCode + u" +50 +12 +below par\\n"_s)),
                 qPrintable(run.out));

        // An item found by the id that items --json gives.
        QCOMPARE(stock(path, {u"--item"_s, beans.value(u"id"_s).toString()}).size(), 1);

        const QJsonObject before = stats(path);
        run = on(path, {u"items"_s, u"add"_s, u"--name"_s, u"black BEANS 15 oz"_s, u"--category"_s,
                        u"food"_s});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.startsWith(u"--name: "_s), qPrintable(run.err));
        run = on(path, {u"items"_s, u"add"_s, u"--name"_s, u"Pinto beans"_s, u"--category"_s,
                        u"food"_s, u"--barcode"_s, BeansCode});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.startsWith(u"--barcode: "_s), qPrintable(run.err));
        QCOMPARE(stats(path), before);

        // Two items whose names share a word: a word alone is ambiguous, listing both.
        QCOMPARE(ok(path, {u"items"_s, u"add"_s, u"--name"_s, u"Pinto beans"_s, u"--category"_s,
                           u"food"_s, u"--unit"_s, u"lb"_s, u"--json"_s})
                     .json()
                     .value(u"item"_s)
                     .toObject()
                     .value(u"unit"_s)
                     .toString(),
                 u"lb"_s);
        run = on(path, {u"history"_s, u"--item"_s, u"beans"_s});
        QCOMPARE(run.code, 1);
        verifyOneLineError(run);
        QVERIFY2(run.err.contains(u"\"%1\", \"Pinto beans\""_s.arg(Beans)), qPrintable(run.err));

        run = ok(path, {u"locations"_s, u"--json"_s});
        const QJsonArray locations = run.json().value(u"locations"_s).toArray();
        QCOMPARE(locations.size(), 2);
        QCOMPARE(locations.at(0).toObject().value(u"name"_s).toString(), u"Fridge"_s);
        QCOMPARE(locations.at(0).toObject().value(u"kind"_s).toString(), u"fridge"_s);
        run = on(path,
                 {u"locations"_s, u"add"_s, u"--name"_s, u"FRIDGE"_s, u"--kind"_s, u"fridge"_s});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.startsWith(u"--name: "_s), qPrintable(run.err));
        verifyCheckPasses(path);
    }

    // ---- bad input: exit 1, one line naming what to fix, nothing saved ----

    void badInputSavesNothing_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("startsWith");
        QTest::addColumn<QString>("mentions");
        const QStringList receiveBeans{u"receive"_s,  u"--item"_s,    BeansCode,
                                       u"--expiry"_s, u"2w"_s,        u"--location"_s,
                                       u"Shelf A"_s,  u"--quantity"_s};
        QTest::newRow("unknown barcode")
            << QStringList{u"receive"_s, u"--item"_s,     u"0000000000017"_s, u"--quantity"_s,
                           u"3"_s,       u"--location"_s, u"Shelf A"_s}
            << u"--item: "_s << u"0000000000017"_s;
        QTest::newRow("unknown name")
            << QStringList{u"receive"_s, u"--item"_s,     u"Caviar"_s, u"--quantity"_s,
                           u"3"_s,       u"--location"_s, u"Shelf A"_s}
            << u"--item: "_s << u"Caviar"_s;
        QTest::newRow("zero quantity")
            << receiveBeans + QStringList{u"0"_s} << u"--quantity: "_s << u"more than zero"_s;
        QTest::newRow("negative quantity")
            << receiveBeans + QStringList{u"-4"_s} << u"--quantity: "_s << u"more than zero"_s;
        QTest::newRow("absurd quantity")
            << receiveBeans + QStringList{u"5000000"_s} << u"--quantity: "_s << u"100000"_s;
        QTest::newRow("absurd number of cases")
            << receiveBeans + QStringList{u"99999 cases"_s} << u"--quantity: "_s << u"100000"_s;
        QTest::newRow("text quantity")
            << receiveBeans + QStringList{u"lots"_s} << u"--quantity: "_s << u"\"lots\""_s;
        QTest::newRow("fractional quantity")
            << receiveBeans + QStringList{u"2.5"_s} << u"--quantity: "_s << u"whole"_s;
        QTest::newRow("cases without case size")
            << QStringList{u"receive"_s, u"--item"_s,     Rice,        u"--quantity"_s,
                           u"3 cases"_s, u"--location"_s, u"Shelf A"_s}
            << u"--quantity: "_s << u"case size"_s;
        QTest::newRow("past expiry")
            << QStringList{u"receive"_s,    u"--item"_s,   BeansCode,
                           u"--quantity"_s, u"3"_s,        u"--location"_s,
                           u"Shelf A"_s,    u"--expiry"_s, iso(m_today.addDays(-3))}
            << u"--expiry: "_s << u"--allow-past-expiry"_s;
        QTest::newRow("unreadable expiry")
            << QStringList{u"receive"_s,    u"--item"_s,  BeansCode,     u"--quantity"_s, u"3"_s,
                           u"--location"_s, u"Shelf A"_s, u"--expiry"_s, u"soonish"_s}
            << u"--expiry: "_s << u"\"soonish\""_s;
        QTest::newRow("perishable without expiry")
            << QStringList{u"receive"_s, u"--item"_s,     BeansCode,   u"--quantity"_s,
                           u"3"_s,       u"--location"_s, u"Shelf A"_s}
            << u"--expiry: "_s << Beans;
        QTest::newRow("unknown location")
            << QStringList{u"receive"_s, u"--item"_s,     Rice,       u"--quantity"_s,
                           u"3"_s,       u"--location"_s, u"Garage"_s}
            << u"--location: "_s << u"Known locations: Fridge, Shelf A."_s;
        QTest::newRow("location needed")
            << QStringList{u"receive"_s, u"--item"_s, Rice, u"--quantity"_s, u"3"_s}
            << u"--location: "_s << u"Fridge, Shelf A"_s;
        QTest::newRow("unknown source")
            << QStringList{u"receive"_s,    u"--item"_s, Rice,          u"--quantity"_s, u"3"_s,
                           u"--location"_s, u"Fridge"_s, u"--source"_s, u"found"_s}
            << u"--source: "_s << u"donation"_s;
        QTest::newRow("distribute too much")
            << QStringList{u"distribute"_s, u"--item"_s, Rice, u"--quantity"_s, u"11"_s}
            << u"--quantity: "_s << u"only 10"_s;
        QTest::newRow("distribute text")
            << QStringList{u"distribute"_s, u"--item"_s, Rice, u"--quantity"_s, u"ten"_s}
            << u"--quantity: "_s << u"\"ten\""_s;
        QTest::newRow("distribute unknown location")
            << QStringList{u"distribute"_s, u"--item"_s,     Rice,         u"--quantity"_s,
                           u"1"_s,          u"--location"_s, u"Basement"_s}
            << u"--location: "_s << u"Basement"_s;
        QTest::newRow("dispose more than the lot")
            << QStringList{u"dispose"_s, u"--item"_s,   Rice,        u"--quantity"_s,
                           u"11"_s,      u"--reason"_s, u"damaged"_s}
            << u"--quantity: "_s << u"only 10"_s;
        QTest::newRow("dispose bad date")
            << QStringList{u"dispose"_s, u"--item"_s,   Beans,        u"--quantity"_s,
                           u"1"_s,       u"--reason"_s, u"damaged"_s, u"--lot-expiry"_s,
                           u"soon"_s}
            << u"--lot-expiry: "_s << u"\"soon\""_s;
        QTest::newRow("dispose unknown lot")
            << QStringList{u"dispose"_s,  u"--item"_s,  Beans,      u"--quantity"_s, u"1"_s,
                           u"--reason"_s, u"damaged"_s, u"--lot"_s, u"nope"_s}
            << u"--lot: "_s << u"nope"_s;
        QTest::newRow("move from unknown")
            << QStringList{u"move"_s,   u"--item"_s, Rice,      u"--quantity"_s, u"1"_s,
                           u"--from"_s, u"Attic"_s,  u"--to"_s, u"Shelf A"_s}
            << u"--from: "_s << u"Attic"_s;
        QTest::newRow("return to unknown")
            << QStringList{u"return"_s, u"--item"_s,     Rice,    u"--quantity"_s,
                           u"1"_s,      u"--location"_s, u"Van"_s}
            << u"--location: "_s << u"Van"_s;
        QTest::newRow("unknown count")
            << QStringList{u"count"_s,     u"enter"_s, u"no-such-count"_s, u"--line"_s, u"x"_s,
                           u"--counted"_s, u"1"_s}
            << u"There is no count"_s << u"no-such-count"_s;
        QTest::newRow("item category") << QStringList{u"items"_s, u"add"_s,        u"--name"_s,
                                                      u"Soap"_s,  u"--category"_s, u"cleaning"_s}
                                       << u"--category: "_s << u"hygiene"_s;
        QTest::newRow("item case size text")
            << QStringList{u"items"_s,      u"add"_s,     u"--name"_s,      u"Soap"_s,
                           u"--category"_s, u"hygiene"_s, u"--case-size"_s, u"twelve"_s}
            << u"--case-size: "_s << u"\"twelve\""_s;
        QTest::newRow("item par negative")
            << QStringList{u"items"_s,      u"add"_s,     u"--name"_s, u"Soap"_s,
                           u"--category"_s, u"hygiene"_s, u"--par"_s,  u"-3"_s}
            << u"--par: "_s << u"\"-3\""_s;
        QTest::newRow("item tag") << QStringList{u"items"_s,  u"add"_s,          u"--name"_s,
                                                 u"Soap"_s,   u"--category"_s,   u"hygiene"_s,
                                                 u"--tags"_s, u"vegan,organic"_s}
                                  << u"--tags: "_s << u"\"organic\""_s;
        QTest::newRow("item in cases without size")
            << QStringList{u"items"_s,      u"add"_s,     u"--name"_s, u"Soap"_s,
                           u"--category"_s, u"hygiene"_s, u"--unit"_s, u"case"_s}
            << u"--case-size: "_s << u"case size"_s;
        QTest::newRow("location kind")
            << QStringList{u"locations"_s, u"add"_s, u"--name"_s, u"Van"_s, u"--kind"_s, u"truck"_s}
            << u"--kind: "_s << u"freezer"_s;
    }

    void badInputSavesNothing() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, startsWith);
        QFETCH(QString, mentions);
        const QJsonObject before = stats(m_shared);
        QVERIFY(!before.isEmpty());
        const QJsonArray stockBefore = stock(m_shared);
        const Run run = on(m_shared, arguments);
        QCOMPARE(run.code, 1);
        verifyOneLineError(run);
        QVERIFY2(run.err.startsWith(startsWith), qPrintable(run.err));
        QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(stats(m_shared), before);
        QCOMPARE(stock(m_shared), stockBefore);
    }

    void badCountedValue() {
        const QString path = newPantry();
        QVERIFY(!path.isEmpty());
        QCOMPARE(receive(path, Rice, u"8"_s, {}, u"Shelf A"_s).code, 0);
        const QJsonObject count =
            ok(path, {u"count"_s, u"start"_s, u"--json"_s}).json().value(u"count"_s).toObject();
        const QString id = count.value(u"id"_s).toString();
        const QString line =
            count.value(u"lines"_s).toArray().first().toObject().value(u"line_id"_s).toString();
        const QJsonObject before = stats(path);
        for (const QString& value : {u"eight"_s, u"-1"_s, u"2.5"_s, u"99999999999"_s}) {
            const Run run =
                on(path, {u"count"_s, u"enter"_s, id, u"--line"_s, line, u"--counted"_s, value});
            QCOMPARE(run.code, 1);
            verifyOneLineError(run);
            QVERIFY2(run.err.startsWith(u"--counted: "_s), qPrintable(run.err));
        }
        const Run run =
            on(path, {u"count"_s, u"enter"_s, id, u"--line"_s, u"other"_s, u"--counted"_s, u"1"_s});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.startsWith(u"--line: "_s), qPrintable(run.err));
        QCOMPARE(stats(path), before);
    }

    // ---- usage errors: exit 2 ----

    void usageErrors_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("receive without item")
            << QStringList{u"receive"_s, u"--quantity"_s, u"3"_s} << u"--item"_s;
        QTest::newRow("receive without quantity")
            << QStringList{u"receive"_s, u"--item"_s, Rice} << u"--quantity"_s;
        QTest::newRow("quantity without value")
            << QStringList{u"distribute"_s, u"--item"_s, Rice, u"--quantity"_s} << u"quantity"_s;
        QTest::newRow("dispose without reason")
            << QStringList{u"dispose"_s, u"--item"_s, Rice, u"--quantity"_s, u"1"_s}
            << u"--reason"_s;
        QTest::newRow("move without to")
            << QStringList{u"move"_s, u"--item"_s, Rice,       u"--quantity"_s,
                           u"1"_s,    u"--from"_s, u"Fridge"_s}
            << u"--to"_s;
        QTest::newRow("lot twice")
            << QStringList{u"dispose"_s, u"--item"_s,       Rice,         u"--quantity"_s,
                           u"1"_s,       u"--reason"_s,     u"damaged"_s, u"--lot"_s,
                           u"x"_s,       u"--lot-expiry"_s, u"none"_s}
            << u"--lot-expiry"_s;
        QTest::newRow("expiring within text")
            << QStringList{u"stock"_s, u"--expiring-within"_s, u"soon"_s} << u"--expiring-within"_s;
        QTest::newRow("expiring twice")
            << QStringList{u"stock"_s, u"--expiring"_s, u"--expiring-within"_s, u"3"_s}
            << u"--expiring"_s;
        QTest::newRow("below par with location")
            << QStringList{u"stock"_s, u"--below-par"_s, u"--location"_s, u"Fridge"_s}
            << u"--below-par"_s;
        QTest::newRow("unknown option") << QStringList{u"stock"_s, u"--colour"_s} << u"colour"_s;
        QTest::newRow("extra argument") << QStringList{u"stock"_s, u"extra"_s} << u"extra"_s;
        QTest::newRow("reverse without id")
            << QStringList{u"reverse"_s, u"--reason"_s, u"x"_s} << u"MOVEMENT_ID"_s;
        QTest::newRow("reverse without reason")
            << QStringList{u"reverse"_s, u"some-id"_s} << u"--reason"_s;
        QTest::newRow("unknown count command")
            << QStringList{u"count"_s, u"finish"_s} << u"finish"_s;
        QTest::newRow("count sheet without id")
            << QStringList{u"count"_s, u"sheet"_s} << u"COUNT_ID"_s;
        QTest::newRow("count enter line and file")
            << QStringList{u"count"_s, u"enter"_s,  u"c"_s,    u"--line"_s,
                           u"l"_s,     u"--file"_s, u"f.csv"_s}
            << u"--file"_s;
        QTest::newRow("count enter nothing")
            << QStringList{u"count"_s, u"enter"_s, u"c"_s} << u"--line"_s;
        QTest::newRow("count enter without counted")
            << QStringList{u"count"_s, u"enter"_s, u"c"_s, u"--line"_s, u"l"_s} << u"--counted"_s;
        QTest::newRow("history without item") << QStringList{u"history"_s} << u"--item"_s;
        QTest::newRow("history limit zero")
            << QStringList{u"history"_s, u"--item"_s, Rice, u"--limit"_s, u"0"_s} << u"--limit"_s;
        QTest::newRow("items add without category")
            << QStringList{u"items"_s, u"add"_s, u"--name"_s, u"Soap"_s} << u"--category"_s;
        QTest::newRow("locations add without kind")
            << QStringList{u"locations"_s, u"add"_s, u"--name"_s, u"Van"_s} << u"--kind"_s;
    }

    void usageErrors() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const QJsonObject before = stats(m_shared);
        const Run run = on(m_shared, arguments);
        QCOMPARE(run.code, 2);
        verifyOneLineError(run);
        QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
        QVERIFY2(run.err.contains(QRegularExpression(u"see larder-cli( \\w+)+ --help"_s)),
                 qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(stats(m_shared), before);
    }

    // ---- after everything ----

    void checkPassesAfterEverything() {
        verifyCheckPasses(m_shared);
        for (int i = 1; i <= m_files; ++i) {
            const QString path = m_dir.filePath(u"stock-"_s + QString::number(i) + u".larder"_s);
            if (QFileInfo::exists(path))
                verifyCheckPasses(path);
        }
    }
};

QTEST_GUILESS_MAIN(TestCliStock)
#include "tst_cli_stock.moc"
