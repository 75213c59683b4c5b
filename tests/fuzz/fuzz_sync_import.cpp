// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the sync import's operation reader (Replicator::apply, reached through
// Replicator::importFile). Each input is taken as the decrypted, decompressed operation stream
// of a sync file (CBOR): the harness writes it as one block of a version 2 file with
// SyncFileWriter, under the network key the fuzz store adopted from the harness (minimal key
// derivation), to a temporary file, and imports it. The import may accept or refuse the file; it
// must never crash, and a refused file must leave the store exactly as it was (same digest, same
// operation log). The store is recreated every RunsPerStore inputs so it stays small.
//
// Built only with -DLARDER_FUZZ=ON and clang; tests/fuzz/run.sh builds and runs it.
// LARDER_FUZZ_VERBOSE=1 prints what each input did (to check the harness, or a crash input).

#include "core/identity/Clock.h"
#include "core/identity/Random.h"
#include "core/storage/Schema.h"
#include "core/storage/Sqlite.h"
#include "core/storage/Store.h"
#include "core/sync/Replicator.h"
#include "core/sync/SyncFile.h"

#include <QBuffer>
#include <QByteArray>
#include <QCborArray>
#include <QCborValue>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace larder;
using namespace Qt::StringLiterals;

namespace {

const QByteArray Passphrase("fuzzing the operation reader");
constexpr int RunsPerStore = 256;
constexpr qint64 Epoch = 1772366400000; // 2026-03-01T12:00:00Z

// The store files are imported into, with what a refused import must leave unchanged.
class Harness {
public:
    Harness()
        : m_dir(QDir::tempPath() + u"/larder-fuzz-XXXXXX"_s) {
        if (!m_dir.isValid())
            fail("cannot make a temporary folder");
        m_file = m_dir.filePath(u"input.lardersync"_s);
    }

    void runOne(const QByteArray& operations) {
        if (m_runs++ % RunsPerStore == 0)
            recreate();
        const QByteArray file = seal(operations);
        QFile out(m_file);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(file) != file.size())
            fail("cannot write the sync file");
        out.close();
        auto report = m_replicator->importFile(m_file, Passphrase);
        if (m_verbose)
            std::fprintf(
                stderr, "fuzz_sync_import: %s\n",
                report ? qPrintable(u"applied %1, skipped %2, conflicts %3"_s.arg(report->applied)
                                        .arg(report->skipped)
                                        .arg(report->conflicts))
                       : qPrintable(u"refused: "_s + report.error().toString()));
        if (report) {
            m_state = state();
            return;
        }
        switch (report.error().kind) {
        case Error::Kind::Damaged:
        case Error::Kind::InvalidInput:
        case Error::Kind::Storage:
            break;
        default:
            // The harness seals every file correctly for this network: any other refusal is
            // a bug in the reader or in the harness.
            fail(qPrintable(u"unexpected refusal: "_s + report.error().toString()));
        }
        if (state() != m_state)
            fail(qPrintable(u"a refused file changed the store: "_s + report.error().toString()));
    }

private:
    [[noreturn]] static void fail(const char* why) {
        std::fprintf(stderr, "fuzz_sync_import: %s\n", why);
        std::abort();
    }

    void recreate() {
        m_replicator.reset();
        m_store.reset();
        if (!m_path.isEmpty()) {
            for (const char* suffix : {"", "-wal", "-shm", "-journal"})
                QFile::remove(m_path + QLatin1String(suffix));
        }
        m_path = m_dir.filePath(u"fuzz-%1.larder"_s.arg(++m_generation));
        // A fixed clock and seed: the same site and network ids every time.
        StoreOptions options;
        options.clock = std::make_shared<ManualClock>(Epoch, 1);
        options.random = std::make_shared<SeededRandom>(7);
        auto created = Store::create(m_path, u"Fuzz"_s, options);
        if (!created)
            fail(qPrintable(created.error().toString()));
        m_store = std::move(created).value();
        m_store->connection().exec("PRAGMA synchronous = OFF");
        m_replicator = std::make_unique<sync::Replicator>(*m_store, sync::KdfLimits::minimal());
        if (m_envelope.isEmpty()) {
            auto envelope = m_key.create(Passphrase, sync::KdfLimits::minimal());
            if (!envelope)
                fail(qPrintable(envelope.error().toString()));
            m_envelope = envelope.value();
        }
        if (auto adopted = m_store->adoptKey(m_envelope, Passphrase); !adopted)
            fail(qPrintable(adopted.error().toString()));
        m_contents = sync::Contents();
        m_contents.siteId = u"0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f"_s;
        m_contents.siteName = u"Sender"_s;
        m_contents.createdMs = Epoch;
        m_contents.schemaVersion = schema::CurrentVersion;
        m_state = state();
    }

    QByteArray seal(const QByteArray& operations) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        sync::SyncFileWriter writer(buffer);
        // The declared count: the top-level array's length when the input is one.
        const QCborValue parsed = QCborValue::fromCbor(operations);
        m_contents.operations = parsed.isArray() ? parsed.toArray().size() : 0;
        if (auto ok = writer.begin(m_store->networkId(), m_key, m_envelope, m_contents); !ok)
            fail(qPrintable(ok.error().toString()));
        if (!operations.isEmpty()) {
            if (auto ok = writer.addBlock(operations.left(sync::SyncFileWriter::MaxBlockBytes));
                !ok)
                fail(qPrintable(ok.error().toString()));
        }
        if (auto ok = writer.finish(); !ok)
            fail(qPrintable(ok.error().toString()));
        return buffer.data();
    }

    // The shared content, and the local operation log and conflict list.
    QString state() const {
        auto& db = m_store->connection();
        return sync::digest(*m_store) + u' ' +
               db.scalar("SELECT count(*) || '/' || total(hlc) FROM sync_ops").toString() + u' ' +
               db.scalar("SELECT count(*) FROM sync_conflicts").toString() + u' ' +
               db.scalar("SELECT count(*) FROM tombstones").toString();
    }

    QTemporaryDir m_dir;
    const bool m_verbose = qEnvironmentVariableIsSet("LARDER_FUZZ_VERBOSE");
    QString m_file;
    QString m_path;
    int m_generation = 0;
    int m_runs = 0;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<sync::Replicator> m_replicator;
    KeyRing m_key;
    QByteArray m_envelope;
    sync::Contents m_contents;
    QString m_state;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static Harness harness;
    harness.runOne(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    return 0;
}
