// SPDX-License-Identifier: GPL-3.0-or-later
// CSV in and out: the reader's edge cases (quotes, separators and line breaks inside values, BOM,
// UTF-8 and Windows-1252, UTF-16, every separator, ragged rows, empty and header-only files),
// the column guesser in English and Spanish, import validation with one message per problem
// naming file, row and column, all-or-nothing commits, idempotent re-imports on a chosen key,
// dry runs, look-alike warnings, people and items, and exports: full only when confirmed,
// redacted without names, phones or streets, households k-anonymous after lines that say so.

#include "core/inventory/Inventory.h"
#include "core/io/ColumnMapping.h"
#include "core/io/Csv.h"
#include "core/io/CsvExport.h"
#include "core/io/CsvImport.h"
#include "core/people/Households.h"
#include "core/people/People.h"
#include "core/storage/Sqlite.h"
#include "tests/TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace larder;
using namespace larder::io;
using namespace larder::people;
using namespace larder::test;
using namespace Qt::StringLiterals;

namespace {

// `bytes` read as test.csv (taken with LARDER_MUST).
Result<CsvTable> parsed(const QByteArray& bytes) {
    return CsvReader::parse(bytes, u"test.csv"_s);
}

// A redacted export read back: its first lines ("# ...", one cell each) into `notes`, the rest
// as a table (taken with LARDER_MUST).
Result<CsvTable> parsedExport(QByteArray bytes, QStringList* notes) {
    notes->clear();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    while (bytes.startsWith("# ")) {
        const qsizetype end = bytes.indexOf("\r\n");
        *notes << QString::fromUtf8(bytes.mid(2, end - 2));
        bytes.remove(0, end + 2);
    }
    return parsed(bytes);
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

void writeAll(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    f.open(QIODevice::WriteOnly | QIODevice::Truncate);
    f.write(bytes);
}

QString fieldOf(const QList<ColumnGuess>& mapping, const QString& header) {
    for (const ColumnGuess& g : mapping) {
        if (g.header == header)
            return g.field;
    }
    return u"(no such column)"_s;
}

const QByteArray Households3 =
    "Name,Address,Apt,Zip,Phone,Language,Notes,Size\n"
    "Ana R.,1843 S Loomis St,2R,60608,(312) 555-0142,Spanish,\"Side door, ring twice\",4\n"
    "Luis,2100 W Cermak Rd,,60608,773-555-0190,\"es, en\",\"Call on arrival\n(dog is "
    "friendly)\",2\n"
    "Mrs. Chen,1620 S Racine Ave,3,60616,,Chinese,,1\n";

} // namespace

class TestCsv : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<ManualClock> m_clock;
    std::unique_ptr<Store> m_store;
    int m_files = 0;

    QString file(const QByteArray& bytes, const char* name = "households") {
        const QString path =
            m_dir.filePath(QString::fromLatin1(name) + QString::number(++m_files) + u".csv"_s);
        writeAll(path, bytes);
        return path;
    }
    // The report of importing `path` (taken with LARDER_MUST).
    Result<ImportReport> import(const QString& path, ImportOptions options = {}) {
        return CsvImporter(*m_store).importFile(path, options);
    }
    int count(const char* table) const {
        return m_store->connection().scalar(QByteArray("SELECT count(*) FROM ") + table).toInt();
    }

private Q_SLOTS:
    void init() {
        QTest::failOnWarning(QRegularExpression(u".*"_s));
        m_clock = std::make_shared<ManualClock>(TestEpochMs, 1);
        m_store = LARDER_MUST(createPantry(m_dir, m_clock));
    }

    void cleanup() { m_store.reset(); }

    // ---- Reading ----

    void quotedValues() {
        const CsvTable t = LARDER_MUST(parsed("name,notes,phone\r\n"
                                              "\"Ana, R.\",\"She said \"\"ring twice\"\"\",123\r\n"
                                              "Luis,\"line one\r\nline two\",\r\n"
                                              "Kasia, \"spaced, quoted\" ,5\r\n"));
        QCOMPARE(t.separator, u',');
        QCOMPARE(t.header, (QStringList{u"name"_s, u"notes"_s, u"phone"_s}));
        QCOMPARE(t.rows.size(), 3);
        QCOMPARE(t.rows.at(0).at(0), u"Ana, R."_s);
        QCOMPARE(t.rows.at(0).at(1), u"She said \"ring twice\""_s);
        QCOMPARE(t.rows.at(1).at(1), u"line one\nline two"_s);
        QCOMPARE(t.rows.at(1).at(2), u""_s);
        QCOMPARE(t.rows.at(2).at(1), u"spaced, quoted"_s);
        QCOMPARE(t.rowNumbers, (QList<int>{2, 3, 4})); // a value's line break is still one row
        QVERIFY(t.problems.isEmpty());
    }

    void separators_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QChar>("separator");
        QTest::newRow("comma") << QByteArray("a,b,c\n1,\"2,5\",3\n") << QChar(u',');
        QTest::newRow("semicolon") << QByteArray("a;b;c\n1;2,5;3\n") << QChar(u';');
        QTest::newRow("tab") << QByteArray("a\tb\tc\n1\t2,5\t3\n") << QChar(u'\t');
        QTest::newRow("bar") << QByteArray("a|b|c\n1|2,5|3\n") << QChar(u'|');
        QTest::newRow("excel sep line") << QByteArray("sep=;\na;b;c\n1;2,5;3\n") << QChar(u';');
        QTest::newRow("CR line ends") << QByteArray("a;b;c\r1;2,5;3\r") << QChar(u';');
    }

    void separators() {
        QFETCH(QByteArray, bytes);
        QFETCH(QChar, separator);
        const CsvTable t = LARDER_MUST(parsed(bytes));
        QCOMPARE(t.separator, separator);
        QCOMPARE(t.header, (QStringList{u"a"_s, u"b"_s, u"c"_s}));
        QCOMPARE(t.rows.size(), 1);
        QCOMPARE(t.rows.first().at(1), u"2,5"_s);
    }

    void encodings_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        const QByteArray text = "nombre;nota\nJosé Ñúñez;“sí” – 5€\n";
        QTest::newRow("UTF-8") << text << u"UTF-8"_s;
        QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBF" + text) << u"UTF-8 with BOM"_s;
        QTest::newRow("Windows-1252") << QByteArray("nombre;nota\nJos\xE9 \xD1\xFA\xF1"
                                                    "ez;\x93s\xED\x94 \x96 5\x80\n")
                                      << u"Windows-1252"_s;
        const QString utf16 = QString::fromUtf8(text).replace(u';', u'\t');
        QByteArray le("\xFF\xFE");
        le += QByteArray(reinterpret_cast<const char*>(utf16.utf16()), utf16.size() * 2);
        QTest::newRow("UTF-16 with BOM (Excel Unicode text)") << le << u"UTF-16"_s;
    }

    void encodings() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        const CsvTable t = LARDER_MUST(parsed(bytes));
        QCOMPARE(t.encoding, encoding);
        QCOMPARE(t.header.first(), u"nombre"_s); // a BOM is not part of the first header
        QCOMPARE(t.rows.first().at(0), u"José Ñúñez"_s);
        QCOMPARE(t.rows.first().at(1), u"“sí” – 5€"_s);
        QVERIFY(t.warnings.isEmpty());
    }

    void unreadableFiles_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << QByteArray() << u"empty"_s;
        QTest::newRow("blank lines") << QByteArray("\n\r\n  \n") << u"empty"_s;
        QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF") << u"empty"_s;
        QTest::newRow("quote never closed")
            << QByteArray("a,b\n1,\"open\n2,3\n") << u"line 2 is never closed"_s;
        QTest::newRow("mixed encodings")
            << QByteArray("a,b\nJosé,1\nJos\xE9,2\n") << u"line 3 is not"_s;
        QTest::newRow("xlsx") << QByteArray("PK\x03\x04rest", 8) << u"workbook"_s;
        QTest::newRow("binary") << QByteArray("a\0b\0c\x01\x02\x03", 9) << u"not a text file"_s;
        QTest::newRow("undefined 1252 byte") << QByteArray("a,b\n\x81,1\n") << u"Line 2"_s;
    }

    void unreadableFiles() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        auto table = CsvReader::parse(bytes, u"bad.csv"_s);
        QVERIFY(!table);
        QVERIFY2(table.error().message.contains(says), qPrintable(table.error().message));
        QCOMPARE(table.error().path, u"bad.csv"_s);
        QVERIFY(!table.error().hint.isEmpty());
    }

    void headerOnlyAndRaggedRows() {
        const CsvTable header = LARDER_MUST(parsed("name,phone\r\n"));
        QCOMPARE(header.header.size(), 2);
        QVERIFY(header.rows.isEmpty());
        QVERIFY(header.problems.isEmpty());

        const CsvTable t =
            LARDER_MUST(parsed("name,phone,zip\n"
                               "Ana,1,60608\n"
                               "\n"                 // a blank row: skipped, still counted
                               "Luis,2\n"           // row 4: one short
                               "Kasia,3,60616,x\n"  // row 5: one too many
                               "Wei,4,60608,,\n")); // trailing empties: what sheets write
        QCOMPARE(t.rows.size(), 4);
        QCOMPARE(t.rowNumbers, (QList<int>{2, 4, 5, 6}));
        QCOMPARE(t.problems.size(), 2);
        QCOMPARE(t.problems.at(0).row, 4);
        QVERIFY(t.problems.at(0).message.contains(u"only 2 values"_s));
        QCOMPARE(t.problems.at(1).row, 5);
        QVERIFY(t.problems.at(1).message.contains(u"4 values"_s));
        QCOMPARE(t.problems.at(1).path, u"test.csv"_s);

        // Ragged rows stop an import, reported with their rows.
        const QString path =
            file("name,street,phone\nAna,1 W 18th St\nLuis,2 W 18th St,3125550190\n");
        const ImportReport report = LARDER_MUST(import(path));
        QVERIFY(!report.ok());
        QCOMPARE(report.problems.first().row, 2);
        QVERIFY(!report.committed);
        QCOMPARE(count("households"), 0);
    }

    void garbledTextIsWarned() {
        const CsvTable t = LARDER_MUST(parsed("name\nJosÃ© PÃ©rez\n")); // UTF-8 of UTF-8
        QCOMPARE(t.warnings.size(), 1);
        QCOMPARE(t.warnings.first().row, 2);
    }

    void writerRoundTrip() {
        CsvWriter writer;
        const QStringList values{
            u"Ana, R."_s,           u"say \"hi\""_s,      u"two\nlines"_s, u" padded "_s,
            u"=HYPERLINK(\"x\")"_s, u"+1 312 555 0142"_s, u"-87.6607"_s,   u"José"_s};
        writer.addRow({u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s, u"g"_s, u"h"_s});
        writer.addRow(values);
        const QByteArray bytes = writer.bytes();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("\r\n"));
        QVERIFY(bytes.contains("'=HYPERLINK")); // a spreadsheet must not run it
        QVERIFY(bytes.contains(",-87.6607,"));  // numbers stay numbers
        const CsvTable t = LARDER_MUST(parsed(bytes));
        QCOMPARE(t.rows.size(), 1);
        QStringList restored;
        for (const QString& v : t.rows.first())
            restored << CsvWriter::restored(v);
        QCOMPARE(restored, values);
    }

    // ---- Mapping ----

    void guessesEnglishAndSpanishHeaders() {
        const auto english = ColumnMapper::guess(
            ImportKind::Households,
            {u"Household name"_s, u"Street Address"_s, u"Apt #"_s, u"ZIP"_s, u"Cell phone"_s,
             u"Languages spoken"_s, u"Delivery notes"_s, u"Notes"_s, u"Household size"_s,
             u"OK to text?"_s, u"Lat"_s, u"Lng"_s, u"Favourite colour"_s});
        QCOMPARE(fieldOf(english, u"Household name"_s), u"chosen_name"_s);
        QCOMPARE(fieldOf(english, u"Street Address"_s), u"street"_s);
        QCOMPARE(fieldOf(english, u"Apt #"_s), u"unit"_s);
        QCOMPARE(fieldOf(english, u"ZIP"_s), u"postal_code"_s);
        QCOMPARE(fieldOf(english, u"Cell phone"_s), u"phone"_s);
        QCOMPARE(fieldOf(english, u"Languages spoken"_s), u"languages"_s);
        QCOMPARE(fieldOf(english, u"Delivery notes"_s), u"delivery_notes"_s);
        QCOMPARE(fieldOf(english, u"Notes"_s), u""_s); // the field is taken by the exact header
        QCOMPARE(fieldOf(english, u"Household size"_s), u"size"_s);
        QCOMPARE(fieldOf(english, u"OK to text?"_s), u"may_text"_s);
        QCOMPARE(fieldOf(english, u"Lat"_s), u"latitude"_s);
        QCOMPARE(fieldOf(english, u"Lng"_s), u"longitude"_s);
        QCOMPARE(fieldOf(english, u"Favourite colour"_s), u""_s);

        const auto spanish = ColumnMapper::guess(ImportKind::Households, {u"Nombre"_s,
                                                                          u"Dirección"_s,
                                                                          u"Depto."_s,
                                                                          u"Código Postal"_s,
                                                                          u"Teléfono"_s,
                                                                          u"Idioma"_s,
                                                                          u"Notas"_s,
                                                                          u"Niños"_s,
                                                                          u"Adultos"_s,
                                                                          u"Adultos mayores"_s,
                                                                          u"Frecuencia"_s,
                                                                          u"Día de entrega"_s,
                                                                          u"Horario"_s,
                                                                          u"Estado"_s,
                                                                          u"Alergias"_s,
                                                                          u"Punto de encuentro"_s,
                                                                          u"Ubicación"_s,
                                                                          u"Fecha de nacimiento"_s,
                                                                          u"Estatus migratorio"_s,
                                                                          u"Ingresos mensuales"_s});
        QCOMPARE(fieldOf(spanish, u"Nombre"_s), u"chosen_name"_s);
        QCOMPARE(fieldOf(spanish, u"Dirección"_s), u"street"_s);
        QCOMPARE(fieldOf(spanish, u"Depto."_s), u"unit"_s);
        QCOMPARE(fieldOf(spanish, u"Código Postal"_s), u"postal_code"_s);
        QCOMPARE(fieldOf(spanish, u"Teléfono"_s), u"phone"_s);
        QCOMPARE(fieldOf(spanish, u"Idioma"_s), u"languages"_s);
        QCOMPARE(fieldOf(spanish, u"Notas"_s), u"delivery_notes"_s);
        QCOMPARE(fieldOf(spanish, u"Niños"_s), u"children"_s);
        QCOMPARE(fieldOf(spanish, u"Adultos"_s), u"adults"_s);
        QCOMPARE(fieldOf(spanish, u"Adultos mayores"_s), u"seniors"_s);
        QCOMPARE(fieldOf(spanish, u"Frecuencia"_s), u"schedule"_s);
        QCOMPARE(fieldOf(spanish, u"Día de entrega"_s), u"preferred_weekday"_s);
        QCOMPARE(fieldOf(spanish, u"Horario"_s), u"window"_s);
        QCOMPARE(fieldOf(spanish, u"Estado"_s), u"status"_s);
        QCOMPARE(fieldOf(spanish, u"Alergias"_s), u"allergies"_s);
        QCOMPARE(fieldOf(spanish, u"Punto de encuentro"_s), u"meeting_point"_s);
        QCOMPARE(fieldOf(spanish, u"Ubicación"_s), u"coordinates"_s);
        for (const ColumnGuess& g : spanish) {
            const bool mustRefuse = g.header.startsWith(u"Fecha"_s) ||
                                    g.header.startsWith(u"Estatus"_s) ||
                                    g.header.startsWith(u"Ingresos"_s);
            QCOMPARE(g.refused, mustRefuse);
            if (mustRefuse) {
                QVERIFY(g.field.isEmpty());
                QVERIFY(g.note.contains(u"never imported"_s));
            }
        }

        // The export's own header maps back exactly.
        const auto own =
            ColumnMapper::guess(ImportKind::Households, CsvExporter::householdColumns(false));
        for (const ColumnGuess& g : own) {
            if (g.header == u"created_at")
                continue;
            QCOMPARE(g.field, g.header);
        }

        const auto people = ColumnMapper::guess(
            ImportKind::People, {u"Voluntario"_s, u"Rol"_s, u"Capacidad (cajas)"_s, u"Días"_s});
        QCOMPARE(fieldOf(people, u"Voluntario"_s), u"display_name"_s);
        QCOMPARE(fieldOf(people, u"Rol"_s), u"roles"_s);
        QCOMPARE(fieldOf(people, u"Capacidad (cajas)"_s), u"vehicle_capacity"_s);
        QCOMPARE(fieldOf(people, u"Días"_s), u"usual_days"_s);

        // A person's choices override the guess; refused columns stay refused.
        auto chosen = ColumnMapper::override(ImportKind::Households, spanish,
                                             {{u"Notas"_s, u"access_needs"_s}});
        QVERIFY(chosen);
        QCOMPARE(fieldOf(*chosen, u"Notas"_s), u"access_needs"_s);
        QVERIFY(!ColumnMapper::override(ImportKind::Households, spanish,
                                        {{u"Fecha de nacimiento"_s, u"status_since"_s}}));
        QVERIFY(!ColumnMapper::override(ImportKind::Households, spanish, {{u"Nope"_s, u"unit"_s}}));
        QVERIFY(
            !ColumnMapper::override(ImportKind::Households, spanish, {{u"Notas"_s, u"income"_s}}));
    }

    // ---- Importing households ----

    void importsAndReportsEveryProblemWithRowAndColumn() {
        const QString path =
            file("Nombre;Dirección;Teléfono;Idioma;Ubicación;Frecuencia;Horario;Niños\n"
                 "Ana R.;1843 S Loomis St;(312) 555-0142;español;41.8575, -87.6607;semanal;9-12;2\n"
                 ";2100 W Cermak Rd;;;;;;\n"                   // row 3: no name
                 "Luis;2200 W Cermak Rd;call me;Klingon;;;;\n" // row 4: 2 problems
                 "Kasia;1901 S Ashland Ave;;;-122.4, 37.7;sometimes;noon-ish;many\n" // row 5: 4
                 "Wei;;;;;;;\n"); // row 6: nowhere
        const qint64 seq = m_store->lastSeq();
        const ImportReport report = LARDER_MUST(import(path));
        QVERIFY(!report.ok());
        QVERIFY(!report.committed);
        QCOMPARE(count("households"), 0);
        QCOMPARE(m_store->lastSeq(), seq);
        QStringList where;
        for (const Error& e : report.problems) {
            QCOMPARE(e.path, path);
            QVERIFY(!e.message.isEmpty());
            where << u"%1:%2"_s.arg(e.row).arg(e.column);
        }
        QCOMPARE(where,
                 (QStringList{u"3:Nombre"_s, u"4:Idioma"_s, u"4:Teléfono"_s, u"5:Ubicación"_s,
                              u"5:Niños"_s, u"5:Frecuencia"_s, u"5:Horario"_s, u"6:Dirección"_s}));
        QVERIFY(report.problems.at(1).message.contains(u"Klingon"_s));
        QVERIFY(report.problems.at(2).message.contains(u"call me"_s));
        QVERIFY(report.problems.at(3).message.contains(u"latitude comes first"_s));
        QVERIFY(report.problems.at(0).toString().contains(path + u":3 (Nombre)"_s));
    }

    void reimportCreatesNoDuplicates() {
        const QString path = file(Households3);
        const ImportReport first = LARDER_MUST(import(path));
        QVERIFY2(first.ok(), qPrintable(first.problems.value(0).toString()));
        QVERIFY(first.committed);
        QCOMPARE(first.added, 3);
        QCOMPARE(count("households"), 3);
        const auto stored = Households(*m_store).all();
        const Household* luis = nullptr;
        for (const Household& h : stored) {
            if (h.chosenName == u"Luis")
                luis = &h;
        }
        QVERIFY(luis);
        QCOMPARE(luis->deliveryNotes, u"Call on arrival\n(dog is friendly)"_s);
        QCOMPARE(luis->languages, (QStringList{u"es"_s, u"en"_s}));
        QCOMPARE(luis->adults, 2);
        QCOMPARE(luis->statusSince, Households(*m_store).today());

        // The same file again, on the default key (name and address): nothing changes.
        const qint64 seq = m_store->lastSeq();
        const ImportReport again = LARDER_MUST(import(path));
        QVERIFY(again.ok());
        QCOMPARE(again.added, 0);
        QCOMPARE(again.unchanged, 3);
        QVERIFY(!again.committed);
        QCOMPARE(count("households"), 3);
        QCOMPARE(m_store->lastSeq(), seq);

        // One changed cell, matched on phone: one update, no new household.
        QByteArray edited = Households3;
        edited.replace("Side door, ring twice", "Back door");
        edited.replace("Ana R.", "Ana Rodríguez");
        ImportOptions byPhone;
        byPhone.key = u"phone"_s;
        const ImportReport changed = LARDER_MUST(import(file(edited), byPhone));
        QVERIFY(changed.ok());
        QCOMPARE(changed.updated, 1);
        QCOMPARE(changed.unchanged, 2); // Mrs. Chen has no phone: matched on name and address
        QCOMPARE(changed.added, 0);
        QCOMPARE(count("households"), 3);
        bool renamed = false;
        for (const Household& h : Households(*m_store).all())
            renamed =
                renamed || (h.chosenName == u"Ana Rodríguez" && h.deliveryNotes == u"Back door");
        QVERIFY(renamed);
    }

    // One helper matches rows to records for every kind: a key repeated in the file, a key
    // shared by several records on file, and ids that are not Larder's or were deleted.
    void rowMatchingIsTheSameForEveryKind() {
        auto problemsOf = [this](const QByteArray& bytes, ImportKind kind,
                                 const QString& key) -> QList<Error> {
            ImportOptions options;
            options.kind = kind;
            options.key = key;
            options.dryRun = true;
            return LARDER_MUST(import(file(bytes), options), {}).problems;
        };
        // Repeated keys: the later row is the problem, naming the earlier one.
        QList<Error> problems = problemsOf("Name,Address\nAna,1 Main St\nAna,1 Main St\n",
                                           ImportKind::Households, u"name+address"_s);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().row, 3);
        QVERIFY(problems.first().message.contains(u"same household as row 2"_s));
        problems = problemsOf("Name,Phone\nRosa,312 555 0101\nRosie,(312) 555-0101\n",
                              ImportKind::People, u"phone"_s);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().message.contains(u"same person as row 2"_s));
        QCOMPARE(problems.first().column, u"Phone"_s);
        problems = problemsOf("Item,Barcode\nRice,0041331092609\nArroz,0041331092609\n",
                              ImportKind::Items, u"barcode"_s);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().message.contains(u"same item as row 2"_s));
        // "none" never matches, so repeats are new records.
        QVERIFY(problemsOf("Name,Address\nAna,1 Main St\nAna,1 Main St\n", ImportKind::Households,
                           u"none"_s)
                    .isEmpty());

        // Two households on file share a phone: a row with that phone matches neither.
        Households households(*m_store);
        Household a;
        a.chosenName = u"Ana"_s;
        a.street = u"1 Main St"_s;
        a.phone = u"312 555 0142"_s;
        Household b = a;
        b.chosenName = u"Beto"_s;
        b.street = u"2 Main St"_s;
        const QString aId = households.add(a).value();
        LARDER_VERIFY_OK(households.add(b));
        problems =
            problemsOf("Name,Phone\nAna R.,(312) 555-0142\n", ImportKind::Households, u"phone"_s);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().message.contains(u"matches 2 households"_s));

        // Ids: a known one updates, a foreign one and a deleted one are refused.
        LARDER_VERIFY_OK(households.remove(aId));
        const QByteArray ids = "Id,Name,Address\n"
                               "not-an-id,Carla,3 Main St\n" +
                               aId.toUtf8() + ",Ana,1 Main St\n";
        problems = problemsOf(ids, ImportKind::Households, u"id"_s);
        QCOMPARE(problems.size(), 2);
        QVERIFY(problems.at(0).message.contains(u"not a Larder id"_s));
        QCOMPARE(problems.at(0).row, 2);
        QVERIFY(problems.at(1).message.contains(u"cannot be brought back"_s));
        QCOMPARE(problems.at(1).row, 3);
    }

    void dryRunWritesNothing() {
        ImportOptions options;
        options.dryRun = true;
        const qint64 seq = m_store->lastSeq();
        const ImportReport report = LARDER_MUST(import(file(Households3), options));
        QVERIFY(report.ok());
        QVERIFY(report.dryRun);
        QCOMPARE(report.added, 3);
        QCOMPARE(report.preview.size(), 3);
        QCOMPARE(report.preview.at(1).row, 3);
        QCOMPARE(report.preview.at(1).label, u"Luis"_s);
        QVERIFY(!report.committed);
        QCOMPARE(count("households"), 0);
        QCOMPARE(m_store->lastSeq(), seq);
    }

    void lookAlikesAreWarnedAndRefusedColumnsNeverStored() {
        Household ana;
        ana.chosenName = u"Ana"_s;
        ana.street = u"1843 South Loomis Street"_s;
        ana.unit = u"Apt 2R"_s;
        QVERIFY(Households(*m_store).add(ana));
        const QString path = file("Name,Address,Unit,Phone,Date of birth,Immigration status\n"
                                  "Anita,1843 S. Loomis St,#2r,,1980-04-02,Undocumented\n"
                                  "Bea,55 W 18th St,,312 555 0101,1990-01-01,\n"
                                  "Cy,57 W 18th St,,+1 (312) 555-0101,,\n");
        const ImportReport report = LARDER_MUST(import(path));
        QVERIFY(report.ok());
        QVERIFY(report.committed);
        QCOMPARE(report.added, 3);
        QStringList warnings;
        for (const Error& w : report.warnings)
            warnings << u"%1|%2"_s.arg(w.row).arg(w.column);
        // Two refused columns (no row), the look-alike on file (row 2), the one in the file (4).
        QCOMPARE(warnings, (QStringList{u"-1|Date of birth"_s, u"-1|Immigration status"_s, u"2|"_s,
                                        u"4|"_s}));
        m_store->connection().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        const QByteArray bytes = readAll(m_store->path());
        QVERIFY(!bytes.contains("1980-04-02"));
        QVERIFY(!bytes.contains("Undocumented"));
    }

    void cancellingKeepsNothing() {
        QByteArray big = "name,street\n";
        for (int i = 0; i < 600; ++i)
            big +=
                "Household " + QByteArray::number(i) + "," + QByteArray::number(i) + " W 18th St\n";
        const QString path = file(big);
        // Cancelled while the rows are checked, then while they are written.
        for (const qint64 stopAt : {qint64(300), qint64(900)}) {
            ImportOptions options;
            qint64 last = -1, seenTotal = 0;
            bool ordered = true;
            options.progress = [&](qint64 done, qint64 total) -> bool {
                ordered = ordered && done >= last;
                last = done;
                seenTotal = total;
                return done < stopAt;
            };
            auto result = CsvImporter(*m_store).importFile(path, options);
            QVERIFY(!result);
            QCOMPARE(result.error().kind, Error::Kind::Cancelled);
            QVERIFY(ordered);
            QCOMPARE(seenTotal, 1200); // checking 600 rows, then writing them
            QCOMPARE(count("households"), 0);
            QCOMPARE(count("sync_ops"), 0);
        }
        ImportOptions options;
        qint64 last = 0;
        options.progress = [&last](qint64 done, qint64) {
            last = done;
            return true;
        };
        QVERIFY(LARDER_MUST(import(path, options)).committed);
        QCOMPARE(last, 1200);
    }

    void importsPeopleAndItems() {
        QVERIFY(Households(*m_store).add([] {
            Household h;
            h.chosenName = u"Familia Ortiz"_s;
            h.street = u"2100 W Cermak Rd"_s;
            return h;
        }()));
        const QString people =
            file("Voluntario\tTeléfono\tRol\tCapacidad\tIdiomas\tDías\tHogar\tSale de\n"
                 "Jorge\t312-555-0111\tChofer, empaque\t14\tes\tmar, sáb\tFamilia Ortiz\t41.8579, "
                 "-87.6605\n"
                 "Kasia\t\tintake\t0\tpl, en\tTue Thu\t\t\n",
                 "people");
        ImportOptions options;
        options.kind = ImportKind::People;
        options.overrides = {{u"Sale de"_s, u"start_coordinates"_s}};
        const ImportReport report = LARDER_MUST(import(people, options));
        QVERIFY2(report.ok(), qPrintable(report.problems.value(0).toString()));
        QCOMPARE(report.added, 2);
        People directory(*m_store);
        const auto all = directory.all();
        QCOMPARE(all.size(), 2);
        const Person jorge = all.at(0).displayName == u"Jorge" ? all.at(0) : all.at(1);
        QCOMPARE(jorge.roles, (QStringList{u"driver"_s, u"packer"_s}));
        QCOMPARE(jorge.usualDays, (QStringList{u"tue"_s, u"sat"_s}));
        QCOMPARE(jorge.vehicleCapacity, 14);
        QVERIFY(jorge.start);
        QCOMPARE(directory.householdOf(jorge.id)->chosenName, u"Familia Ortiz"_s);
        QCOMPARE(LARDER_MUST(import(people, options)).unchanged, 2);

        const QString badPeople = file("name,household\nZed,Nobody Family\n", "people");
        ImportOptions plainPeople;
        plainPeople.kind = ImportKind::People;
        const ImportReport bad = LARDER_MUST(import(badPeople, plainPeople));
        QCOMPARE(bad.problems.size(), 1);
        QCOMPARE(bad.problems.first().column, u"household"_s);

        const QString items = file("Producto,Categoría,Unidad,Por caja,Código de barras,Dieta\n"
                                   "Frijoles negros,comida,unidad,24,0041331021565,vegano\n"
                                   "Arroz 2 lb,food,each,,0041331099999 0041331088888,\n",
                                   "items");
        ImportOptions itemOptions;
        itemOptions.kind = ImportKind::Items;
        const ImportReport itemReport = LARDER_MUST(import(items, itemOptions));
        QVERIFY2(itemReport.ok(), qPrintable(itemReport.problems.value(0).toString()));
        QCOMPARE(itemReport.added, 2);
        inventory::Inventory inv(*m_store);
        const auto beans = inv.itemByBarcode(u"0041331021565"_s);
        QVERIFY(beans);
        QCOMPARE(beans->name, u"Frijoles negros"_s);
        QCOMPARE(beans->caseSize, 24);
        QCOMPARE(beans->dietaryTags, QStringList{u"vegan"_s});
        QCOMPARE(inv.itemByBarcode(u"0041331088888"_s)->name, u"Arroz 2 lb"_s);
        itemOptions.key = u"barcode"_s;
        const ImportReport itemsAgain = LARDER_MUST(import(items, itemOptions));
        QCOMPARE(itemsAgain.unchanged, 2);
        QCOMPARE(count("items"), 2);
        itemOptions.key = u"name"_s; // (on the barcode key, Soap would rename the beans)
        const ImportReport badItems = LARDER_MUST(
            import(file("name,unit,barcode\nOil,gallon,\nSoap,each,0041331021565\n", "items"),
                   itemOptions));
        QStringList where;
        for (const Error& e : badItems.problems)
            where << u"%1:%2"_s.arg(e.row).arg(e.column);
        QCOMPARE(where, (QStringList{u"2:unit"_s, u"3:barcode"_s}));
    }

    // ---- Exporting ----

    void exportsFullOnlyWhenConfirmedAndRedactedWithoutPersonalData() {
        QVERIFY(LARDER_MUST(import(file(Households3))).committed);
        const QString full = m_dir.filePath(u"full.csv"_s);
        ExportOptions options;
        auto refused = CsvExporter::exportHouseholds(*m_store, full, options);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(u"personal data"_s));
        QVERIFY(!QFile::exists(full));

        options.confirmedPersonalData = true;
        auto exported = CsvExporter::exportHouseholds(*m_store, full, options);
        LARDER_VERIFY_OK(exported);
        QCOMPARE(exported->rows, 3);
        QVERIFY(exported->personalData);
        QCOMPARE(QFile::permissions(full) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        const QByteArray fullBytes = readAll(full);
        QVERIFY(fullBytes.contains("Ana R."));
        QVERIFY(fullBytes.contains("1843 S Loomis St"));
        QVERIFY(fullBytes.contains("Side door, ring twice"));

        // Re-imported by id: every household recognised, nothing changed.
        ImportOptions byId;
        byId.key = u"id"_s;
        const ImportReport back = LARDER_MUST(import(full, byId));
        QVERIFY2(back.ok(), qPrintable(back.problems.value(0).toString()));
        QCOMPARE(back.unchanged, 3);
        QCOMPARE(back.added, 0);

        // Redacted: k-anonymous. Three households cannot be shown without singling one out.
        const QString redacted = m_dir.filePath(u"redacted.csv"_s);
        ExportOptions redact;
        redact.redacted = true;
        auto summary = CsvExporter::exportHouseholds(*m_store, redacted, redact);
        LARDER_VERIFY_OK(summary);
        QVERIFY(!summary->personalData);
        QCOMPARE(summary->rows, 0);
        QCOMPARE(summary->suppressed, 3);
        QByteArray bytes = readAll(redacted);
        for (const char* personal : {"Ana", "Luis", "Chen", "Loomis", "Cermak", "Racine", "555",
                                     "Side door", "60608", "60616", "Chicago"})
            QVERIFY2(!bytes.contains(personal), personal);
        QStringList notes;
        CsvTable t = LARDER_MUST(parsedExport(bytes, &notes));
        QCOMPARE(notes, summary->notes);
        QVERIFY2(notes.last().contains(u"all 3 household"_s), qPrintable(notes.last()));
        QCOMPARE(t.header, CsvExporter::householdColumns(true));
        QCOMPARE(t.header,
                 (QStringList{u"postal_area"_s, u"household_size"_s, u"status"_s, u"created"_s}));
        QVERIFY(t.rows.isEmpty());

        // Six more of two people in 60608: with Luis, seven alike, and Mrs. Chen joins them once
        // sizes are 1-2; Ana's household of four stays alone and is left out.
        QByteArray more = "Name,Address,Zip,Size\n";
        for (int i = 0; i < 6; ++i)
            more += "Pair " + QByteArray::number(i) + "," + QByteArray::number(1900 + i) +
                    " S Throop St,60608,2\n";
        QVERIFY(LARDER_MUST(import(file(more))).committed);
        summary = CsvExporter::exportHouseholds(*m_store, redacted, redact);
        LARDER_VERIFY_OK(summary);
        QCOMPARE(summary->suppressed, 1);
        QCOMPARE(summary->rows, 8);
        bytes = readAll(redacted);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF# Larder: redacted household export."));
        t = LARDER_MUST(parsedExport(bytes, &notes));
        QVERIFY(notes.join(u'\n').contains(u"1-2 / 3+"_s));
        QVERIFY2(notes.last().contains(u"1 of 9 households"_s), qPrintable(notes.last()));
        QCOMPARE(t.rows, QList<QStringList>(8, {u"606"_s, u"1-2"_s, u"active"_s, QString()}));

        // People: the same rule.
        QVERIFY(!CsvExporter::exportPeople(*m_store, m_dir.filePath(u"p.csv"_s), {}));
        QVERIFY(CsvExporter::exportPeople(*m_store, m_dir.filePath(u"p.csv"_s), redact));
        QVERIFY(!CsvExporter::peopleColumns(true).contains(u"display_name"_s));
        QVERIFY(!CsvExporter::peopleColumns(true).contains(u"household_id"_s));
        // Items hold no personal data and round-trip by name.
        inventory::Item rice;
        rice.name = u"Rice 2 lb"_s;
        rice.barcodes = {u"0041331099999"_s};
        QVERIFY(inventory::Inventory(*m_store).addItem(rice));
        const QString items = m_dir.filePath(u"items.csv"_s);
        LARDER_VERIFY_OK(CsvExporter::exportItems(*m_store, items));
        ImportOptions itemOptions;
        itemOptions.kind = ImportKind::Items;
        const ImportReport itemsBack = LARDER_MUST(import(items, itemOptions));
        QVERIFY2(itemsBack.ok(), qPrintable(itemsBack.problems.value(0).toString()));
        QCOMPARE(itemsBack.unchanged, 1);
    }

    void itemExportNeutralisesFormulas() {
        // A catalog item named like a formula stays text in a spreadsheet, and comes back as
        // it was named.
        const QString formula = u"=HYPERLINK(\"http://example.com\",\"Soup\")"_s;
        inventory::Item soup;
        soup.name = formula;
        QVERIFY(inventory::Inventory(*m_store).addItem(soup));
        const QString items = m_dir.filePath(u"formula-items.csv"_s);
        LARDER_VERIFY_OK(CsvExporter::exportItems(*m_store, items));
        const QByteArray bytes = readAll(items);
        QVERIFY2(bytes.contains("\"'=HYPERLINK(\"\"http://example.com\"\",\"\"Soup\"\")\""),
                 bytes.constData());
        const CsvTable t = LARDER_MUST(parsed(bytes));
        QCOMPARE(t.rows.size(), 1);
        QCOMPARE(t.rows.first().at(int(t.header.indexOf(u"name"_s))),
                 u"'"_s + formula); // what a spreadsheet shows as text
        ImportOptions itemOptions;
        itemOptions.kind = ImportKind::Items;
        itemOptions.key = u"name"_s;
        const ImportReport back = LARDER_MUST(import(items, itemOptions));
        QVERIFY2(back.ok(), qPrintable(back.problems.value(0).toString()));
        QCOMPARE(back.unchanged, 1);
        QCOMPARE(count("items"), 1);
        QCOMPARE(m_store->connection().scalar("SELECT name FROM items").toString(), formula);
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
