// SPDX-License-Identifier: GPL-3.0-or-later
// larder-cli households and people: import (dry run, all-or-nothing, re-import on a key,
// problems listed with row and column, refused columns), list (table and JSON, search), export
// (refused without the personal-data confirmation, redacted without names, phones or streets),
// run through QProcess against the built binary.

#include "core/people/Households.h"
#include "core/storage/Store.h"
#include "tests/CliRun.h"
#include "tests/TestSupport.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Run = CliRun;

const QByteArray Spreadsheet =
    "Nombre;Dirección;Depto;Código postal;Teléfono;Idioma;Notas;Fecha de nacimiento\r\n"
    "Ana R.;1843 S Loomis St;2R;60608;(312) 555-0142;español;\"Puerta lateral; "
    "timbre\";1980-04-02\r\n"
    "Luis;2100 W Cermak Rd;;60608;773-555-0190;es, en;;\r\n"
    "Mrs. Chen;1620 S Racine Ave;3;60616;;chino;;\r\n";

} // namespace

class TestCliHouseholds : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_passphraseFile;
    int m_files = 0;

    QString path(const QString& name) {
        return m_dir.filePath(QString::number(++m_files) + u'-' + name);
    }
    QString file(const QByteArray& bytes, const QString& name = u"lista.csv"_s) {
        const QString p = path(name);
        QFile f(p);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return p;
    }
    static QByteArray read(const QString& p) {
        QFile f(p);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }

    Run cli(const QStringList& arguments) { return runCli(arguments); }

    QString pantry() {
        const QString p = path(u"pantry.larder"_s);
        const Run run = cli({u"--db"_s, p, u"init"_s, u"--site-name"_s, u"East"_s,
                             u"--passphrase-file"_s, m_passphraseFile});
        if (run.code != 0)
            qWarning("init failed: %s", qPrintable(run.err));
        return p;
    }

    QJsonArray listJson(const QString& db, const QString& group, const QStringList& extra = {}) {
        const Run run = cli(QStringList{u"--db"_s, db, group, u"list"_s, u"--json"_s} + extra);
        if (run.code != 0)
            return {};
        return QJsonDocument::fromJson(run.out.toUtf8()).object().value(group).toArray();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_passphraseFile = useCliPassphrase(m_dir.path());
        QVERIFY(!m_passphraseFile.isEmpty());
    }

    void importDryRunThenForRealThenAgain() {
        const QString db = pantry();
        const QString csv = file(Spreadsheet);
        Run run = cli({u"--db"_s, db, u"households"_s, u"import"_s, csv, u"--dry-run"_s});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(u"Dry run: 3 to add, 0 to update, 0 unchanged"_s),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(u"Dirección"_s));
        QVERIFY(run.out.contains(u"-> street"_s));
        QVERIFY(run.out.contains(u"never imported"_s)); // the date of birth column
        QCOMPARE(listJson(db, u"households"_s).size(), 0);

        run = cli({u"--db"_s, db, u"households"_s, u"import"_s, csv});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(u"Imported: 3 added, 0 updated, 0 unchanged."_s),
                 qPrintable(run.out));
        const QJsonArray listed = listJson(db, u"households"_s);
        QCOMPARE(listed.size(), 3);
        QCOMPARE(listed.at(0).toObject().value(u"chosen_name"_s).toString(), u"Ana R."_s);
        QCOMPARE(listed.at(0).toObject().value(u"languages"_s).toArray().at(0).toString(), u"es"_s);
        QCOMPARE(listed.at(2).toObject().value(u"languages"_s).toArray().at(0).toString(), u"zh"_s);

        // Again, matched on the phone (Mrs. Chen has none: name and address): nothing added.
        run = cli({u"--db"_s, db, u"households"_s, u"import"_s, csv, u"--key"_s, u"phone"_s});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(u"0 added, 0 updated, 3 unchanged"_s), qPrintable(run.out));
        QCOMPARE(listJson(db, u"households"_s).size(), 3);

        // The table never shows streets or phones; search finds by phone digits.
        run = cli({u"--db"_s, db, u"households"_s});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(u"Ana R."_s));
        QVERIFY(!run.out.contains(u"Loomis"_s));
        QVERIFY(!run.out.contains(u"555"_s));
        const QJsonArray found = listJson(db, u"households"_s, {u"--search"_s, u"555-0190"_s});
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).toObject().value(u"chosen_name"_s).toString(), u"Luis"_s);
        QCOMPARE(listJson(db, u"households"_s, {u"--search"_s, u"LOOMIS"_s}).size(), 1);
    }

    void problemsAreListedAndNothingIsImported() {
        const QString db = pantry();
        const QString csv = file("Name,Address,Phone,Language\n"
                                 "Ana,1843 S Loomis St,(312) 555-0142,Spanish\n"
                                 ",2100 W Cermak Rd,,\n"
                                 "Luis,2200 W Cermak Rd,call me,Klingon\n");
        const Run run = cli({u"--db"_s, db, u"households"_s, u"import"_s, csv});
        QCOMPARE(run.code, 1);
        // Every problem on stderr (a script keeping stdout for data still sees them), one a
        // line, and the verdict last; stdout has only the reading of the file.
        const QStringList errLines = run.errLines();
        QCOMPARE(errLines.size(), 4);
        QVERIFY(errLines.last().contains(u"3 problem"_s));
        QVERIFY2(run.err.contains(csv + u":3 (Name)"_s), qPrintable(run.err));
        QVERIFY(run.err.contains(csv + u":4 (Phone)"_s));
        QVERIFY(run.err.contains(csv + u":4 (Language)"_s));
        QVERIFY2(!run.out.contains(u"Problem"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"Columns:"_s), qPrintable(run.out));
        QCOMPARE(listJson(db, u"households"_s).size(), 0);

        // A column chosen by hand, and a bad choice.
        const QString odd = file("Who,Where\nAna,1843 S Loomis St\n");
        Run mapped = cli({u"--db"_s, db, u"households"_s, u"import"_s, odd, u"--map"_s,
                          u"Who=chosen_name"_s, u"--map"_s, u"Where=street"_s});
        QCOMPARE(mapped.code, 0);
        QCOMPARE(listJson(db, u"households"_s).size(), 1);
        mapped = cli(
            {u"--db"_s, db, u"households"_s, u"import"_s, odd, u"--map"_s, u"Who=legal_name"_s});
        QCOMPARE(mapped.code, 1);
        QVERIFY(mapped.err.contains(u"legal_name"_s));
        mapped = cli({u"--db"_s, db, u"households"_s, u"import"_s, odd, u"--key"_s, u"dob"_s});
        QCOMPARE(mapped.code, 2);
        const Run missing = cli({u"--db"_s, db, u"households"_s, u"import"_s, path(u"none.csv"_s)});
        QCOMPARE(missing.code, 1);
        QCOMPARE(missing.errLines().size(), 1);
    }

    void exportNeedsConfirmationOrRedaction() {
        const QString db = pantry();
        QCOMPARE(cli({u"--db"_s, db, u"households"_s, u"import"_s, file(Spreadsheet)}).code, 0);
        const QString full = path(u"full.csv"_s);
        Run run = cli({u"--db"_s, db, u"households"_s, u"export"_s, full});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(u"personal data"_s));
        QVERIFY(!QFile::exists(full));

        run =
            cli({u"--db"_s, db, u"households"_s, u"export"_s, full, u"--confirm-personal-data"_s});
        QCOMPARE(run.code, 0);
        QVERIFY(read(full).contains("1843 S Loomis St"));
        QCOMPARE(QFile::permissions(full) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        // The full export goes back onto the same records.
        run = cli({u"--db"_s, db, u"households"_s, u"import"_s, full, u"--key"_s, u"id"_s});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(u"0 added, 0 updated, 3 unchanged"_s), qPrintable(run.out));

        const QString redacted = path(u"redacted.csv"_s);
        run = cli({u"--db"_s, db, u"households"_s, u"export"_s, redacted, u"--redacted"_s});
        QCOMPARE(run.code, 0);
        const QByteArray bytes = read(redacted);
        for (const char* personal : {"Ana", "Luis", "Chen", "Loomis", "555", "60608", "Puerta"})
            QVERIFY2(!bytes.contains(personal), personal);
        QVERIFY(bytes.contains("postal_area"));
        // Three households: any row would single one out, so none is written, and the file and
        // the command say why.
        QVERIFY(bytes.contains("# Left out: all 3 household"));
        QVERIFY(!bytes.contains("606"));
        QVERIFY2(run.err.contains(u"3 households left out"_s), qPrintable(run.err));
        QCOMPARE(cli({u"--db"_s, db, u"households"_s, u"export"_s, redacted, u"--redacted"_s,
                      u"--confirm-personal-data"_s})
                     .code,
                 2);
    }

    void purgeListsThenErasesClosedHouseholds() {
        const QString db = pantry();
        {
            larder::StoreOptions options = larder::test::atTestEpoch();
            options.passphrase = CliPassphrase;
            options.kdf = larder::KdfLimits::minimal();
            auto store = larder::Store::open(db, options);
            QVERIFY(store);
            larder::people::Households households(**store);
            larder::people::Household h;
            h.chosenName = u"Closed Long Ago"_s;
            h.street = u"9 Gone Street"_s;
            h.status = u"closed"_s;
            h.statusSince = QDate(2024, 1, 15);
            QVERIFY(households.add(h));
            h.chosenName = u"Still Here"_s;
            h.street = u"1 Stay Street"_s;
            h.status = u"active"_s;
            h.statusSince = {};
            QVERIFY(households.add(h));
        }
        const Run dry = cli({u"--db"_s, db, u"households"_s, u"purge"_s, u"--dry-run"_s});
        QCOMPARE(dry.code, 0);
        QVERIFY2(dry.out.contains(u"Closed Long Ago"_s), qPrintable(dry.out));
        QVERIFY(dry.out.contains(u"1 household(s) would be erased"_s));
        QVERIFY(
            cli({u"--db"_s, db, u"households"_s, u"list"_s}).out.contains(u"Closed Long Ago"_s));

        const Run erased = cli({u"--db"_s, db, u"households"_s, u"purge"_s, u"--json"_s});
        QCOMPARE(erased.code, 0);
        QCOMPARE(erased.json().value(u"purged"_s).toInt(), 1);
        QVERIFY(!erased.out.contains(u"Closed Long Ago"_s)); // JSON names no one
        const Run list = cli({u"--db"_s, db, u"households"_s, u"list"_s});
        QVERIFY(!list.out.contains(u"Closed Long Ago"_s));
        QVERIFY(list.out.contains(u"Still Here"_s));
        QVERIFY(!read(db).contains("9 Gone Street"));
        QCOMPARE(cli({u"--db"_s, db, u"households"_s, u"purge"_s, u"--months"_s, u"0"_s}).code, 2);
    }

    void people() {
        const QString db = pantry();
        QCOMPARE(cli({u"--db"_s, db, u"households"_s, u"import"_s, file(Spreadsheet)}).code, 0);
        const QString csv = file("Voluntario,Rol,Capacidad,Idiomas,Días,Hogar\n"
                                 "Jorge,\"chofer, empaque\",14,es,\"mar, sáb\",Luis\n"
                                 "Kasia,intake,,\"pl, en\",Tue Thu,\n",
                                 u"voluntarios.csv"_s);
        Run run = cli({u"--db"_s, db, u"people"_s, u"import"_s, csv});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(u"2 added"_s), qPrintable(run.out));
        const QJsonArray listed = listJson(db, u"people"_s);
        QCOMPARE(listed.size(), 2);
        const QJsonObject jorge = listed.at(0).toObject();
        QCOMPARE(jorge.value(u"display_name"_s).toString(), u"Jorge"_s);
        QCOMPARE(jorge.value(u"vehicle_capacity"_s).toInt(), 14);
        QCOMPARE(jorge.value(u"roles"_s).toArray().size(), 2);
        QVERIFY(!jorge.value(u"household_id"_s).toString().isEmpty());
        run = cli({u"--db"_s, db, u"people"_s});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(u"Luis"_s)); // the household Jorge belongs to
        QCOMPARE(cli({u"--db"_s, db, u"people"_s, u"import"_s, csv}).code, 0);
        QCOMPARE(listJson(db, u"people"_s).size(), 2);
        QCOMPARE(cli({u"--db"_s, db, u"people"_s, u"export"_s, path(u"p.csv"_s)}).code, 1);
        QCOMPARE(
            cli({u"--db"_s, db, u"people"_s, u"export"_s, path(u"p.csv"_s), u"--redacted"_s}).code,
            0);
    }
};

QTEST_GUILESS_MAIN(TestCliHouseholds)
#include "tst_cli_households.moc"
