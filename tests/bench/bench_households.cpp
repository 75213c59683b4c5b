// SPDX-License-Identifier: GPL-3.0-or-later
// Households benchmark: a network's household spreadsheet of 50,000 rows brought into Larder and
// searched as a volunteer types. Generates the CSV (seeded: names in several scripts and with
// accents, addresses, units, phones, languages, notes), then prints: time to read and check it
// (dry run), time to import it in one write, file size, time to build the in-memory search index,
// type-ahead latency (median and 95th percentile over a few hundred prefixes of names, streets,
// notes and phone digits, with and without filters), the look-alike check, and the time to
// follow one edit. Prints figures only; asserts nothing about time.
//
//   bench_households [--households N] [--queries Q] [--seed S] [--keep DIR | --open DIR]

#include "core/identity/Clock.h"
#include "core/io/CsvImport.h"
#include "core/people/HouseholdIndex.h"
#include "core/people/Households.h"
#include "core/storage/Sqlite.h"
#include "core/storage/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <random>
#include <sys/resource.h>
#include <time.h>

using namespace larder;
using namespace larder::people;
using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

double peakMemoryMiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

void line(const QString& what, const QString& figure) {
    out << what.leftJustified(58, u'.') << u' ' << figure << Qt::endl;
}

QString ms(double value) {
    return QString::number(value, 'f', value < 10 ? 2 : 0) + u" ms"_s;
}

const QStringList Given{u"Ana"_s,     u"José"_s,  u"María"_s,   u"Luis"_s,    u"Guadalupe"_s,
                        u"Jesús"_s,   u"Rosa"_s,  u"Ngọc"_s,    u"Wei"_s,     u"Fátima"_s,
                        u"Kasia"_s,   u"Olek"_s,  u"Samira"_s,  u"Dmytro"_s,  u"Beatriz"_s,
                        u"محمد"_s,    u"Aïcha"_s, u"Xochitl"_s, u"Zoë"_s,     u"Björn"_s,
                        u"Teodoro"_s, u"Inés"_s,  u"Hyun"_s,    u"Joaquín"_s, u"Marisol"_s};
const QStringList Family{u"R."_s,       u"Núñez"_s,   u"García"_s,  u"Nguyễn"_s,    u"Chen"_s,
                         u"Kowalska"_s, u"Haddad"_s,  u"O’Brien"_s, u"Pérez"_s,     u"Shevchenko"_s,
                         u"Ortiz"_s,    u"Mendoza"_s, u"Diallo"_s,  u"Castañeda"_s, u"Ybarra"_s};
const QStringList Streets{u"S Loomis St"_s,       u"W Cermak Rd"_s,    u"S Racine Ave"_s,
                          u"W 18th St"_s,         u"S Ashland Ave"_s,  u"W 21st Pl"_s,
                          u"S Blue Island Ave"_s, u"W Cullerton St"_s, u"S Throop St"_s,
                          u"W 19th St"_s,         u"S Damen Ave"_s,    u"S Wolcott Ave"_s};
const QStringList Notes{u"side door"_s,
                        u"call on arrival"_s,
                        u"ring twice, dog is friendly"_s,
                        u"leave with neighbour in 2F"_s,
                        u"llamar al llegar"_s,
                        u"timbre roto: tocar la puerta"_s,
                        u"back gate, blue fence"_s,
                        u""_s,
                        u""_s,
                        u""_s};
const QStringList Languages{u"es"_s, u"en"_s,    u"es,en"_s, u"zh,en"_s,
                            u"ar"_s, u"pl,en"_s, u"vi"_s,    u"uk"_s};

QByteArray makeCsv(int households, std::mt19937& rng, QStringList* typed) {
    auto pick = [&rng](const QStringList& list) {
        return list.at(int(rng() % quint32(list.size())));
    };
    QByteArray csv = "Nombre,Dirección,Depto,Código postal,Teléfono,Idioma,Notas,Adultos,Niños,"
                     "Frecuencia,Día,Horario,Ubicación\r\n";
    for (int i = 0; i < households; ++i) {
        const QString name = pick(Given) + u' ' + pick(Family);
        // 18,000 doors; beyond that, more flats in the same buildings.
        const QString street =
            QString::number(1600 + i % 1500) + u' ' + Streets.at((i / 1500) % int(Streets.size()));
        const QString unit =
            i >= 18000       ? u"%1F"_s.arg(i / 18000 + 1)
            : rng() % 3 == 0 ? u"%1%2"_s.arg(1 + rng() % 4).arg(QChar(char16_t(u'A' + rng() % 4)))
                             : QString();
        // 555-01xx is fiction; the rest of the number is made unique by the row.
        const QString phone = rng() % 5 == 0 ? QString()
                                             : u"(%1) 555-%2"_s.arg(312 + int(rng() % 3) * 461)
                                                       .arg(i % 10000, 4, 10, QLatin1Char('0')) +
                                                   (i >= 10000 ? u" x%1"_s.arg(i / 10000) : u""_s);
        const QString notes = pick(Notes);
        const double lat = 41.84 + double(rng() % 20000) / 1e6;
        const double lon = -87.70 + double(rng() % 40000) / 1e6;
        QStringList row{name,
                        street,
                        unit,
                        u"606%1"_s.arg(8 + int(rng() % 3) * 4, 2, 10, QLatin1Char('0')),
                        phone,
                        pick(Languages),
                        notes,
                        QString::number(1 + rng() % 3),
                        QString::number(rng() % 4),
                        rng() % 4 == 0 ? u"quincenal"_s : u"semanal"_s,
                        rng() % 2 ? u"martes"_s : u"sábado"_s,
                        rng() % 2 ? u"9-12"_s : u"1-4pm"_s,
                        u"%1, %2"_s.arg(lat, 0, 'f', 6).arg(lon, 0, 'f', 6)};
        QString text;
        for (int c = 0; c < row.size(); ++c) {
            if (c > 0)
                text += u',';
            const QString& v = row.at(c);
            text += v.contains(u',') ? u'"' + v + u'"' : v;
        }
        csv += text.toUtf8() + "\r\n";
        if (typed && i % 97 == 0) {
            *typed << name << street << notes;
            if (!phone.isEmpty())
                *typed << phone.mid(6, 8); // "555-0142", as someone reads it off a note
        }
    }
    return csv;
}

struct Latency {
    double median = 0;
    double p95 = 0;
    double max = 0;
    double cpuMedian = 0; // this thread's CPU time: what a query costs when the machine is busy
    double cpuP95 = 0;
    int count = 0;
};

double threadCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

Latency measure(const HouseholdIndex& index, const QList<SearchQuery>& queries,
                qint64* matches = nullptr) {
    std::vector<double> times, cpu;
    times.reserve(std::size_t(queries.size()));
    qint64 found = 0;
    for (const SearchQuery& query : queries) {
        QElapsedTimer t;
        t.start();
        const double cpuStart = threadCpuMs();
        const SearchResult result = index.search(query);
        cpu.push_back(threadCpuMs() - cpuStart);
        times.push_back(double(t.nsecsElapsed()) / 1e6);
        found += result.total;
    }
    std::sort(times.begin(), times.end());
    std::sort(cpu.begin(), cpu.end());
    Latency l;
    l.count = int(times.size());
    if (!times.empty()) {
        const std::size_t p95 =
            std::min(times.size() - 1, std::size_t(double(times.size()) * 0.95));
        l.median = times[times.size() / 2];
        l.p95 = times[p95];
        l.max = times.back();
        l.cpuMedian = cpu[cpu.size() / 2];
        l.cpuP95 = cpu[p95];
    }
    if (matches)
        *matches = found;
    return l;
}

QString latency(const Latency& l) {
    return u"median %1, p95 %2, max %3; CPU median %4, p95 %5 (%6 queries)"_s
        .arg(ms(l.median), ms(l.p95), ms(l.max), ms(l.cpuMedian), ms(l.cpuP95))
        .arg(l.count);
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"households"_s, u"Rows in the generated CSV."_s, u"N"_s, u"50000"_s});
    parser.addOption({u"queries"_s, u"Type-ahead prefixes to time."_s, u"Q"_s, u"400"_s});
    parser.addOption({u"seed"_s, u"Seed for the generated rows."_s, u"S"_s, u"1"_s});
    parser.addOption({u"keep"_s, u"Keep the CSV and database in DIR."_s, u"DIR"_s});
    parser.addOption({u"open"_s,
                      u"Measure the index and search on DIR/households.larder made by an earlier "
                      u"run with --keep DIR (no CSV, no import)."_s,
                      u"DIR"_s});
    parser.process(app);
    const int households = parser.value(u"households"_s).toInt();
    const int queryCount = parser.value(u"queries"_s).toInt();
    std::mt19937 rng(parser.value(u"seed"_s).toUInt());

    QTemporaryDir temporary;
    const bool reuse = parser.isSet(u"open"_s);
    const QString dir = reuse                     ? parser.value(u"open"_s)
                        : parser.isSet(u"keep"_s) ? parser.value(u"keep"_s)
                                                  : temporary.path();
    const QString csvPath = dir + u"/households.csv"_s;
    const QString dbPath = dir + u"/households.larder"_s;

    out << "Households benchmark: " << households << " rows" << Qt::endl;
    QStringList typed;
    QElapsedTimer timer;
    timer.start();
    const QByteArray csv = makeCsv(households, rng, &typed); // also what people will type
    std::unique_ptr<Store> store;
    if (reuse) {
        auto opened = Store::open(dbPath);
        if (!opened) {
            out << opened.error().toString() << Qt::endl;
            return 1;
        }
        store = std::move(opened).value();
    } else {
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(dbPath + QLatin1String(suffix));
        {
            QFile file(csvPath);
            file.open(QIODevice::WriteOnly);
            file.write(csv);
        }
        line(u"generate the CSV"_s, u"%1 (%2 MiB)"_s.arg(ms(double(timer.elapsed())))
                                        .arg(double(csv.size()) / 1048576.0, 0, 'f', 1));
        auto created = Store::create(dbPath, u"Bench"_s);
        if (!created) {
            out << created.error().toString() << Qt::endl;
            return 1;
        }
        store = std::move(created).value();

        timer.restart();
        auto table = io::CsvReader::readFile(csvPath);
        if (!table) {
            out << table.error().toString() << Qt::endl;
            return 1;
        }
        line(u"read and parse the CSV (encoding, separator, quotes)"_s,
             ms(double(timer.elapsed())));

        io::ImportOptions dry;
        dry.dryRun = true;
        timer.restart();
        auto checked = io::CsvImporter(*store).importTable(*table, dry);
        line(u"map, parse and check every row (dry run)"_s, ms(double(timer.elapsed())));
        if (!checked || !checked->ok()) {
            out << (checked ? checked->problems.first().toString() : checked.error().toString())
                << Qt::endl;
            return 1;
        }
        line(u"  look-alike warnings in the file"_s, QString::number(checked->warnings.size()));

        io::ImportOptions commit;
        timer.restart();
        const double cpuStart = threadCpuMs();
        auto imported = io::CsvImporter(*store).importFile(csvPath, commit);
        const double importMs = double(timer.elapsed());
        const double importCpuMs = threadCpuMs() - cpuStart;
        if (!imported || !imported->committed) {
            out << (imported ? u"not committed"_s : imported.error().toString()) << Qt::endl;
            return 1;
        }
        line(u"import the file (read, check, one write)"_s,
             u"%1 (%2 rows/s; CPU %3)"_s.arg(ms(importMs))
                 .arg(qRound(households / (importMs / 1000.0)))
                 .arg(ms(importCpuMs)));
        store->connection().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        line(
            u"  database size"_s,
            u"%1 MiB (%2 operations)"_s.arg(double(QFileInfo(dbPath).size()) / 1048576.0, 0, 'f', 1)
                .arg(store->connection().scalar("SELECT count(*) FROM sync_ops").toLongLong()));
        timer.restart();
        auto again = io::CsvImporter(*store).importFile(csvPath, dry);
        line(u"import the same file again (all rows matched, unchanged)"_s,
             u"%1 (%2 unchanged, %3 added)"_s.arg(ms(double(timer.elapsed())))
                 .arg(again ? again->unchanged : -1)
                 .arg(again ? again->added : -1));
    }

    timer.restart();
    HouseholdIndex index(*store);
    line(u"build the search index from the decoded records"_s,
         u"%1 (%2 households)"_s.arg(ms(double(timer.elapsed()))).arg(index.size()));

    // Type-ahead: every prefix a person types on the way to a word, 1 to 8 characters.
    QList<SearchQuery> prefixes;
    std::shuffle(typed.begin(), typed.end(), rng);
    for (const QString& word : std::as_const(typed)) {
        for (int n = 1; n <= std::min<int>(8, int(word.size())) && prefixes.size() < queryCount;
             n += 1 + int(rng() % 2)) {
            SearchQuery q;
            q.text = word.left(n);
            q.limit = 50;
            prefixes << q;
        }
        if (prefixes.size() >= queryCount)
            break;
    }
    qint64 matches = 0;
    const Latency typeAhead = measure(index, prefixes, &matches);
    line(u"type-ahead, first 50 of the matches"_s, latency(typeAhead));
    line(u"  matches per query (mean)"_s, QString::number(matches / std::max(1, typeAhead.count)));
    QList<SearchQuery> everything = prefixes;
    for (SearchQuery& q : everything)
        q.limit = 0;
    line(u"type-ahead, every match's id (for a full list)"_s, latency(measure(index, everything)));
    QList<SearchQuery> filtered = prefixes;
    for (int i = 0; i < filtered.size(); ++i) {
        filtered[i].statuses = {u"active"_s};
        filtered[i].languages = {i % 2 ? u"es"_s : u"en"_s};
        filtered[i].postalArea = u"60608"_s;
    }
    line(u"type-ahead with status, language and postal filters"_s,
         latency(measure(index, filtered)));
    QList<SearchQuery> filtersOnly;
    for (const QString& language : {u"es"_s, u"en"_s, u"zh"_s, u"ar"_s, u"pl"_s}) {
        SearchQuery q;
        q.languages = {language};
        q.schedules = {u"weekly"_s};
        filtersOnly << q;
    }
    line(u"filters only (no text)"_s, latency(measure(index, filtersOnly)));

    // The look-alike check at entry.
    const QList<Household> sample = Households(*store).all().mid(0, 500);
    timer.restart();
    int lookAlikes = 0;
    for (const Household& h : sample) {
        Household copy = h;
        copy.id.clear();
        lookAlikes += int(index.duplicatesOf(copy).size());
    }
    line(u"look-alike check at entry (per household)"_s,
         ms(double(timer.nsecsElapsed()) / 1e6 / double(std::max<qsizetype>(1, sample.size()))));

    // One edit: the index reloads that household and lays out its buffer again.
    Household edited = sample.first();
    // A new name each run (a database reused with --open keeps the last one).
    edited.chosenName = u"Zyxwvut %1"_s.arg(QDateTime::currentMSecsSinceEpoch());
    timer.restart();
    if (!Households(*store).update(edited))
        return 1;
    const double writeMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    SearchQuery find;
    find.text = edited.chosenName;
    const int found = index.search(find).total;
    line(u"follow one edit: write + index update, next query"_s,
         u"%1, %2 (found: %3, rows reloaded: %4)"_s.arg(ms(writeMs))
             .arg(ms(double(timer.nsecsElapsed()) / 1e6))
             .arg(found)
             .arg(index.stats().rowsReloaded));
    line(u"peak memory"_s, u"%1 MiB"_s.arg(peakMemoryMiB(), 0, 'f', 0));
    return 0;
}
