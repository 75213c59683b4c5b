// SPDX-License-Identifier: GPL-3.0-or-later
// Seed corpus for fuzz_sync_import, from real exports: makes a small network laptop, writes
// records (with personal fields), edits, a delete and ledger movements through the write API,
// exports after each step, and writes each file's decrypted, decompressed operation stream to
// OUTDIR — exactly what fuzz_sync_import takes as input (a big one cut into parts of at most
// 16 KiB of whole operations).
//
//   fuzz_sync_seeds OUTDIR

#include "core/demo/DemoData.h"
#include "core/storage/Store.h"
#include "core/sync/Replicator.h"
#include "core/sync/SyncFile.h"

#include <QCborArray>
#include <QCborValue>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace larder;
using namespace Qt::StringLiterals;

namespace {

const QByteArray Passphrase("fuzzing the operation reader");

[[noreturn]] void fail(const QString& why) {
    std::fprintf(stderr, "fuzz_sync_seeds: %s\n", qPrintable(why));
    std::exit(1);
}

constexpr qsizetype MaxSeed = 16 * 1024;

void write(const QString& path, const QByteArray& bytes) {
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(bytes) != bytes.size())
        fail(u"cannot write "_s + path);
    std::printf("%s: %lld bytes\n", qPrintable(path), qint64(bytes.size()));
}

// Exports everything the store holds and writes the operation stream as OUTDIR/NAME.
void seed(sync::Replicator& replicator, const QString& work, const QString& outDir,
          const QString& name) {
    const QString file = work + u'/' + name + u".lardersync"_s;
    if (auto exported = replicator.exportFile(file, Passphrase); !exported)
        fail(exported.error().toString());
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        fail(u"cannot read "_s + file);
    sync::SyncFileReader reader(in, file);
    if (auto header = reader.readHeader(); !header)
        fail(header.error().toString());
    if (auto ok = reader.openWithPassphrase(Passphrase); !ok)
        fail(ok.error().toString());
    if (auto contents = reader.readContents(); !contents)
        fail(contents.error().toString());
    // The blocks' operations as one array, the shape the fuzz target takes.
    QCborArray joined;
    for (;;) {
        auto block = reader.nextBlock();
        if (!block)
            fail(block.error().toString());
        if (!block->has_value())
            break;
        for (const QCborValue& op : QCborValue::fromCbor(block->value()).toArray())
            joined.append(op);
    }
    const QByteArray operations = joined.toCborValue().toCbor();
    if (operations.size() <= MaxSeed) {
        write(outDir + u'/' + name, operations);
        return;
    }
    // A big stream is cut into streams of whole operations, each small enough to fuzz quickly.
    const QCborArray all = QCborValue::fromCbor(operations).toArray();
    QCborArray part;
    qsizetype bytes = 0;
    int index = 0;
    for (const QCborValue& op : all) {
        const qsizetype size = op.toCbor().size();
        if (bytes + size > MaxSeed && !part.isEmpty()) {
            write(u"%1/%2-%3"_s.arg(outDir, name).arg(++index), part.toCborValue().toCbor());
            part = {};
            bytes = 0;
        }
        part.append(op);
        bytes += size;
    }
    if (!part.isEmpty())
        write(u"%1/%2-%3"_s.arg(outDir, name).arg(++index), part.toCborValue().toCbor());
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_sync_seeds OUTDIR\n");
        return 2;
    }
    const QString outDir = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(outDir);
    QTemporaryDir work;
    auto created = Store::create(work.filePath(u"seed.larder"_s), u"Seeder"_s);
    if (!created)
        fail(created.error().toString());
    std::unique_ptr<Store> store = std::move(created).value();
    sync::Replicator replicator(*store, sync::KdfLimits::minimal());
    if (auto set = replicator.setPassphrase(Passphrase); !set)
        fail(set.error().toString());
    seed(replicator, work.path(), outDir, u"empty"_s);

    QString household, other;
    auto written = store->write([&](Writer& w) {
        const QString item = w.insert(u"items", {{u"name"_s, u"Rice 2 lb"_s}});
        const QString shelf =
            w.insert(u"locations", {{u"name"_s, u"Shelf"_s}, {u"kind"_s, u"shelf"_s}});
        household = w.insert(u"households", {{u"chosen_name"_s, u"Ana R."_s},
                                             {u"street"_s, u"1843 S Loomis St"_s},
                                             {u"latitude"_s, 41.8575},
                                             {u"longitude"_s, -87.6617},
                                             {u"adults"_s, 2},
                                             {u"delivery_notes"_s, u"Side door"_s}});
        other = w.insert(u"households", {{u"chosen_name"_s, u"Luis M."_s}});
        w.append(u"stock_movements", {{u"kind"_s, u"received"_s},
                                      {u"item_id"_s, item},
                                      {u"location_id"_s, shelf},
                                      {u"quantity"_s, 40}});
        w.append(u"stock_movements", {{u"kind"_s, u"distributed"_s},
                                      {u"item_id"_s, item},
                                      {u"location_id"_s, shelf},
                                      {u"quantity"_s, -3}});
    });
    if (!written)
        fail(written.error().toString());
    seed(replicator, work.path(), outDir, u"records"_s);

    written = store->write([&](Writer& w) {
        w.update(u"households", household, {{u"delivery_notes"_s, u"Back gate, knock"_s}});
        w.remove(u"households", other);
    });
    if (!written)
        fail(written.error().toString());
    seed(replicator, work.path(), outDir, u"edit-and-delete"_s);

    demo::DemoOptions options;
    options.households = 2;
    options.movements = 30;
    options.weeksOfHistory = 1;
    if (auto filled = demo::fill(*store, options); !filled)
        fail(filled.error().toString());
    seed(replicator, work.path(), outDir, u"demo"_s);
    return 0;
}
