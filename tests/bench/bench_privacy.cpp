// SPDX-License-Identifier: GPL-3.0-or-later
// Privacy-at-rest benchmark (issue #13): a demo pantry of N households (default 50,000) made
// plain, then given its passphrase. Prints: the time to seal it (the migration), to open it
// locked, to unlock it (the key derivation alone, then opening every record into the search
// index), type-ahead after unlock, one household edit with and without encryption, and making the
// demo pantry with and without a passphrase. Prints figures only; asserts nothing about time.
//
//   bench_privacy [--households N] [--movements M] [--kdf moderate|minimal] [--edits E]

#include "core/demo/DemoData.h"
#include "core/people/HouseholdIndex.h"
#include "core/people/Households.h"
#include "core/storage/KeyRing.h"
#include "core/storage/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <sys/resource.h>

using namespace larder;
using namespace larder::people;
using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);
const QByteArray Passphrase = "beans on tuesday at the church";

void line(const QString& what, const QString& figure) {
    out << what.leftJustified(62, u'.') << u' ' << figure << Qt::endl;
}

QString ms(double value) {
    return QString::number(value, 'f', value < 10 ? 2 : 0) + u" ms"_s;
}

double peakMemoryMiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

double median(QList<double> values) {
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// The median time of `edits` renames of different households (each a write with its sync
// operations), plain or sealed.
double editMedian(Store& store, int edits) {
    Households households(store);
    QStringList ids;
    store.readOrWarn("SELECT id FROM households ORDER BY id LIMIT ?1", {edits},
                     [&ids](const Row& row) { ids << row.text(0); });
    QList<double> times;
    for (const QString& id : std::as_const(ids)) {
        auto household = households.household(id);
        if (!household)
            continue;
        household->chosenName += u" B."_s;
        household->deliveryNotes = u"side door, ring twice"_s;
        QElapsedTimer timer;
        timer.start();
        if (!households.update(*household))
            return -1;
        times << double(timer.nsecsElapsed()) / 1e6;
    }
    return median(times);
}

int fail(const Error& error) {
    QTextStream(stderr) << error.toString() << Qt::endl;
    return 1;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(
        {{u"households"_s, u"Households in the demo pantry (default 50000)."_s, u"N"_s},
         {u"movements"_s, u"Stock movements (default: the demo's own number)."_s, u"M"_s},
         {u"kdf"_s, u"moderate (default, as shipped) or minimal."_s, u"COST"_s},
         {u"edits"_s, u"Household edits to time (default 50)."_s, u"E"_s}});
    parser.process(app);
    const int households =
        parser.value(u"households"_s).isEmpty() ? 50000 : parser.value(u"households"_s).toInt();
    const int edits = parser.value(u"edits"_s).isEmpty() ? 50 : parser.value(u"edits"_s).toInt();
    const KdfLimits kdf =
        parser.value(u"kdf"_s) == u"minimal" ? KdfLimits::minimal() : KdfLimits::moderate();

    QTemporaryDir dir;
    const QString plainPath = dir.filePath(u"plain.larder"_s);
    const QString sealedPath = dir.filePath(u"sealed.larder"_s);
    demo::DemoOptions options;
    options.households = households;
    options.movements = parser.value(u"movements"_s).toLongLong();
    QElapsedTimer timer;
    timer.start();
    if (auto made = demo::createDemoFile(plainPath, options); !made)
        return fail(made.error());
    const double makePlainMs = double(timer.elapsed());
    line(u"households"_s, QString::number(households));
    line(u"make the demo pantry, plain"_s, ms(makePlainMs));
    if (!QFile::copy(plainPath, sealedPath))
        return 1;

    // The migration: every personal value sealed in one transaction, then VACUUM.
    {
        auto store = Store::open(sealedPath);
        if (!store)
            return fail(store.error());
        timer.restart();
        if (auto ok = (*store)->protect(Passphrase, kdf); !ok)
            return fail(ok.error());
        line(u"give it its passphrase (seal every value, vacuum)"_s, ms(double(timer.elapsed())));
        line(u"file size plain / sealed"_s,
             u"%1 / %2 MiB"_s.arg(QFileInfo(plainPath).size() / 1048576)
                 .arg(QFileInfo(sealedPath).size() / 1048576));
    }

    // Open locked: what a volunteer's shift starts with.
    timer.restart();
    auto opened = Store::open(sealedPath);
    if (!opened)
        return fail(opened.error());
    Store& store = **opened;
    const double openLockedMs = double(timer.elapsed());
    line(u"open it locked"_s, ms(openLockedMs));
    HouseholdIndex index(store);
    line(u"search index while locked (households)"_s, QString::number(index.size()));

    // Unlock: the key derivation alone (a trial key ring), then the store's unlock, which
    // rebuilds the index by opening every record.
    {
        KeyRing trial;
        QVariant envelope;
        store.readOrWarn("SELECT value FROM meta WHERE key = 'data_key'", {},
                         [&envelope](const Row& row) { envelope = row[0]; });
        timer.restart();
        if (auto ok = trial.unlock(envelope.toByteArray(), Passphrase); !ok)
            return fail(ok.error());
        line(u"key derivation and unwrap (Argon2id)"_s, ms(double(timer.elapsed())));
    }
    timer.restart();
    if (auto ok = store.unlock(Passphrase); !ok)
        return fail(ok.error());
    const double unlockMs = double(timer.elapsed());
    line(u"unlock: derivation + every record opened into the index"_s, ms(unlockMs));
    line(u"search index after unlock (households)"_s, QString::number(index.size()));

    QList<double> searches;
    for (const char* text : {"ana", "gar", "loomis", "18th", "maría", "312", "side", "ngu"}) {
        SearchQuery query;
        query.text = QString::fromUtf8(text);
        query.limit = 200;
        for (int i = 0; i < 5; ++i) {
            timer.restart();
            const SearchResult result = index.search(query);
            searches << double(timer.nsecsElapsed()) / 1e6;
            Q_UNUSED(result.total);
        }
    }
    line(u"type-ahead after unlock (median of 40)"_s, ms(median(searches)));

    line(u"one household edit, sealed (median)"_s, ms(editMedian(store, edits)));
    opened.value().reset();
    {
        auto plain = Store::open(plainPath);
        if (!plain)
            return fail(plain.error());
        line(u"one household edit, plain (median)"_s, ms(editMedian(**plain, edits)));
    }

    // The demo pantry made with a passphrase from the start (300 households, as in the app).
    for (const bool sealed : {false, true}) {
        const QString path =
            dir.filePath(sealed ? u"demo-sealed.larder"_s : u"demo-plain.larder"_s);
        demo::DemoOptions small;
        timer.restart();
        if (auto made = demo::createDemoFile(path, small); !made)
            return fail(made.error());
        if (sealed) {
            auto store300 = Store::open(path);
            if (!store300)
                return fail(store300.error());
            if (auto ok = (*store300)->protect(Passphrase, kdf); !ok)
                return fail(ok.error());
        }
        line(sealed ? u"demo pantry (300 households) made and sealed"_s
                    : u"demo pantry (300 households) made, plain"_s,
             ms(double(timer.elapsed())));
    }
    line(u"peak memory"_s, u"%1 MiB"_s.arg(peakMemoryMiB(), 0, 'f', 0));
    return 0;
}
