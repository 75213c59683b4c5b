// SPDX-License-Identifier: GPL-3.0-or-later
// Sync by files: replicas that exchange files in any order, any number of times, with skewed
// clocks and files months late, end with the same data; deletes win and erased values never
// come back; concurrent edits are listed; every kind of bad file is refused whole with the
// database unchanged. Randomized tests are seeded (LARDER_TEST_SEED replays one seed).

#include "core/identity/HybridClock.h"
#include "core/storage/Schema.h"
#include "core/storage/Sqlite.h"
#include "core/sync/OperationChain.h"
#include "core/sync/Replicator.h"
#include "core/sync/SyncFile.h"
#include "core/sync/SyncFolder.h"
#include "tests/SyncCrafting.h"
#include "tests/TestSupport.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborStreamWriter>
#include <QCborValue>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <sqlite3.h>

#include <random>

using namespace larder;
using namespace larder::sync;
using namespace larder::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray Passphrase("beans on tuesday at the church");

struct Replica {
    std::shared_ptr<ManualClock> clock;
    std::unique_ptr<Store> store;
    std::unique_ptr<Replicator> sync;
};

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

} // namespace

class TestSync : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString newPath(const char* stem) {
        return m_dir.filePath(QString::fromLatin1(stem) + QString::number(++m_files));
    }

    // The helpers below return a Result: callers take the value with LARDER_MUST, so a failed
    // step fails the running test only.

    // A network's first laptop, with two locations and an item everyone shares.
    Result<Replica> founder(qint64 clockOffsetMs = 0, quint64 seed = 1) {
        Replica r;
        r.clock = std::make_shared<ManualClock>(TestEpochMs + clockOffsetMs, 1);
        auto created = Store::create(newPath("founder") + u".larder"_s, u"Eastside"_s,
                                     fixedOptions(r.clock, seed));
        if (!created)
            return created.error();
        r.store = std::move(created).value();
        r.sync = std::make_unique<Replicator>(*r.store, KdfLimits::minimal());
        if (auto set = r.sync->setPassphrase(Passphrase); !set)
            return set.error();
        return r;
    }

    Result<Replica> joiner(const QString& file, const QString& name, qint64 clockOffsetMs,
                           quint64 seed) {
        Replica r;
        r.clock = std::make_shared<ManualClock>(TestEpochMs + clockOffsetMs, 1);
        auto joined = Replicator::join(newPath("joined") + u".larder"_s, name, file, Passphrase,
                                       fixedOptions(r.clock, seed), KdfLimits::minimal());
        if (!joined)
            return joined.error();
        r.store = std::move(joined).value();
        r.sync = std::make_unique<Replicator>(*r.store, KdfLimits::minimal());
        return r;
    }

    // A founder whose network key the test holds too (adopted from `key`'s envelope), so the
    // test can write files of its own under it, as a member could.
    Result<Replica> founderWithKey(KeyRing& key, QByteArray& envelope) {
        Replica r;
        r.clock = std::make_shared<ManualClock>(TestEpochMs, 1);
        auto created = Store::create(newPath("keyed") + u".larder"_s, u"Eastside"_s,
                                     fixedOptions(r.clock, 11));
        if (!created)
            return created.error();
        r.store = std::move(created).value();
        r.sync = std::make_unique<Replicator>(*r.store, KdfLimits::minimal());
        auto made = key.create(Passphrase, KdfLimits::minimal());
        if (!made)
            return made.error();
        envelope = made.value();
        if (auto adopted = r.store->adoptKey(envelope, Passphrase); !adopted)
            return adopted.error();
        return r;
    }

    // A file written by the test under `key`: `contents` (its network, a sender), then `blocks`
    // as they are (each a CBOR array of operations, or anything else).
    QString craft(const Replica& r, const KeyRing& key, const QByteArray& envelope,
                  const Contents& contents, const QList<QByteArray>& blocks) {
        const QString path = newPath("crafted") + u".lardersync"_s;
        QFile out(path);
        out.open(QIODevice::WriteOnly);
        // Signed by the sender's key, as its own laptop would sign them.
        Contents signedContents = contents;
        signedContents.digestKey = QByteArray(32, '\x33'); // the network's, for every file
        QCborArray ops;
        for (const QByteArray& block : blocks) {
            for (const QCborValue& op : QCborValue::fromCbor(block).toArray())
                ops.append(op);
        }
        QHash<QString, QByteArray> seeds;
        seeds.insert(contents.siteId, QByteArray(SiteKey::SeedBytes, '\x5a'));
        signOperations(signedContents, ops, r.store->networkId(), key, seeds);
        if (signedContents.members.isEmpty())
            signedContents.members.append(
                {contents.siteId,
                 SiteKey::fromSeed(seeds.value(contents.siteId)).publicKey(),
                 contents.siteName,
                 0,
                 {},
                 {}});
        SyncFileWriter writer(out);
        if (!writer.begin(r.store->networkId(), key, envelope, signedContents))
            return {};
        for (const QByteArray& block : blocks) {
            if (!writer.addBlock(block))
                return {};
        }
        if (!writer.finish())
            return {};
        return path;
    }

    static Contents sender(qint64 operations) {
        Contents c;
        c.siteId = u"0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f"_s;
        c.siteName = u"Sender"_s;
        c.createdMs = TestEpochMs;
        c.schemaVersion = schema::CurrentVersion;
        c.operations = operations;
        return c;
    }

    // The path of a new sync file exported from `r`.
    Result<QString> exportFrom(Replica& r, const QString& forSite = {},
                               const QByteArray& passphrase = Passphrase) {
        const QString path = newPath("sync") + u".lardersync"_s;
        if (auto exported = r.sync->exportFile(path, passphrase, forSite); !exported)
            return exported.error();
        return path;
    }

    // Tries a bad file on `r`: refused with `kind`, digest and file bytes unchanged.
    void expectRefused(Replica& r, const QString& path, Error::Kind kind,
                       const QByteArray& passphrase = Passphrase) {
        const QString before = digest(*r.store);
        const qint64 ops =
            r.store->connection().scalar("SELECT count(*) FROM sync_ops").toLongLong();
        auto result = r.sync->importFile(path, passphrase);
        QVERIFY(!result);
        QVERIFY2(result.error().kind == kind, qPrintable(result.error().toString()));
        QVERIFY(!result.error().message.isEmpty());
        QCOMPARE(digest(*r.store), before);
        QCOMPARE(r.store->connection().scalar("SELECT count(*) FROM sync_ops").toLongLong(), ops);
    }

    // A pantry file made from a fixture's SQL (tests/fixtures), or empty when that failed.
    QString restoreFixture(const char* fixture) {
        QFile sqlFile(QStringLiteral(LARDER_FIXTURES_DIR "/") + QString::fromLatin1(fixture));
        if (!sqlFile.open(QIODevice::ReadOnly))
            return {};
        const QString path = newPath("v6") + u".larder"_s;
        sqlite3* db = nullptr;
        sqlite3_open(path.toUtf8().constData(), &db);
        const int rc = sqlite3_exec(db, sqlFile.readAll().constData(), nullptr, nullptr, nullptr);
        sqlite3_close(db);
        return rc == SQLITE_OK ? path : QString();
    }
    // The time of a fixture's newest operation, so a test's clock does not put it in the future.
    static qint64 fixtureTime(const QString& path) {
        sqlite3* db = nullptr;
        sqlite3_open(path.toUtf8().constData(), &db);
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(db, "SELECT max(hlc) FROM sync_ops", -1, &st, nullptr);
        sqlite3_step(st);
        const qint64 hlc = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
        sqlite3_close(db);
        return HybridClock::millis(hlc);
    }
    Replica openFixture(const QString& path, qint64 madeMs, quint64 seed) {
        Replica r;
        r.clock = std::make_shared<ManualClock>(madeMs + 3600 * 1000, 1);
        auto opened = Store::open(path, fixedOptions(r.clock, seed));
        if (opened) {
            r.store = std::move(opened).value();
            r.sync = std::make_unique<Replicator>(*r.store, KdfLimits::minimal());
        }
        return r;
    }

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    // The digests' input is written by hand for speed (chain::DigestInput): it must be the very
    // bytes QCborStreamWriter writes, or digests made before and after would differ. Seeded.
    void digestInputIsTheCborQtWrites() {
        std::mt19937_64 random(20261207);
        QList<QCborValue> values = {QCborValue(0),
                                    QCborValue(23),
                                    QCborValue(24),
                                    QCborValue(255),
                                    QCborValue(256),
                                    QCborValue(65535),
                                    QCborValue(65536),
                                    QCborValue(qint64(0xffffffffLL)),
                                    QCborValue(qint64(0x100000000LL)),
                                    QCborValue(std::numeric_limits<qint64>::max()),
                                    QCborValue(-1),
                                    QCborValue(-24),
                                    QCborValue(-25),
                                    QCborValue(-256),
                                    QCborValue(-257),
                                    QCborValue(std::numeric_limits<qint64>::min()),
                                    QCborValue(0.5),
                                    QCborValue(-0.0),
                                    QCborValue(1e300),
                                    QCborValue(std::numeric_limits<double>::quiet_NaN()),
                                    QCborValue(u""_s),
                                    QCborValue(u"stock_movements"_s),
                                    QCborValue(QString(23, u'x')),
                                    QCborValue(QString(24, u'y')),
                                    QCborValue(QString(300, u'z')),
                                    QCborValue(QString(70000, u'w')),
                                    QCborValue(u"Çağrı 東京 🍞"_s),
                                    QCborValue(QByteArray()),
                                    QCborValue(QByteArray(16, '\x01')),
                                    QCborValue(QByteArray(300, '\xff')),
                                    QCborValue(nullptr)};
        for (int i = 0; i < 200; ++i) {
            const qint64 number = qint64(random()) >> (random() % 64);
            values.append(QCborValue(random() % 2 ? number : -number));
        }
        values.append(QCborArray{u"a"_s, 1, QByteArray(3, 'b'), QCborValue(nullptr), 2.5});
        for (const QCborValue& value : std::as_const(values)) {
            QByteArray expected;
            {
                QCborStreamWriter writer(&expected);
                writer.startArray(2);
                writer.append(u"site"_s);
                value.toCbor(writer);
                writer.endArray();
            }
            sync::chain::DigestInput input;
            input.array(2);
            input.text(u"site"_s);
            input.value(value);
            QCOMPARE(input.encoded().toHex(), expected.toHex());
        }
    }

    void roundTripAndIdempotentImport() {
        Replica east = LARDER_MUST(founder());
        QString household;
        LARDER_VERIFY_OK(east.store->write([&](Writer& w) {
            const QString item = w.insert(u"items", {{u"name"_s, u"Rice"_s}});
            const QString shelf = w.insert(u"locations", {{u"name"_s, u"Shelf"_s}});
            household = w.insert(u"households", {{u"chosen_name"_s, u"Ana R."_s},
                                                 {u"street"_s, u"1843 S Loomis St"_s},
                                                 {u"latitude"_s, 41.8575}});
            w.append(u"stock_movements", {{u"kind"_s, u"received"_s},
                                          {u"item_id"_s, item},
                                          {u"location_id"_s, shelf},
                                          {u"quantity"_s, 40}});
        }));
        const QString file = LARDER_MUST(exportFrom(east));
        Replica west = LARDER_MUST(joiner(file, u"Westside"_s, 3600 * 1000, 2));
        QCOMPARE(west.store->networkId(), east.store->networkId());
        QVERIFY(west.store->siteId() != east.store->siteId());
        QCOMPARE(digest(*west.store), digest(*east.store));
        QCOMPARE(west.store->record(u"households", household).value(u"street"_s).toString(),
                 u"1843 S Loomis St"_s);
        QCOMPARE(west.store->connection().scalar("SELECT quantity FROM stock_on_hand").toInt(), 40);
        LARDER_VERIFY_OK(integrity(*west.store));

        // The same file again: nothing changes.
        auto again = west.sync->importFile(file, Passphrase);
        LARDER_VERIFY_OK(again);
        QCOMPARE(again->applied, 0);
        QVERIFY(again->skipped > 0);
        QCOMPARE(digest(*west.store), digest(*east.store));

        // West edits, sends back only what east lacks; east applies it.
        LARDER_VERIFY_OK(west.store->write([&](Writer& w) {
            w.update(u"households", household, {{u"unit"_s, u"Rear"_s}});
        }));
        const QString back = LARDER_MUST(exportFrom(west, east.store->siteId()));
        auto applied = east.sync->importFile(back, Passphrase);
        LARDER_VERIFY_OK(applied);
        QCOMPARE(applied->applied, 1); // only the one new operation travelled
        QCOMPARE(digest(*west.store), digest(*east.store));
        QCOMPARE(east.sync->peers().size(), 1);
        QCOMPARE(east.sync->peers().first().name, u"Westside"_s);
    }

    // A file of more changes than the reading thread runs ahead by (OperationReader): cancelled
    // from its progress, or found cut short near its end, it changes nothing, and the reading
    // thread stops with it; whole, every change arrives in order.
    void aLargeFileIsReadAheadAndAppliedWhole() {
        Replica east = LARDER_MUST(founder());
        const QString first = LARDER_MUST(exportFrom(east));
        Replica west = LARDER_MUST(joiner(first, u"Westside"_s, 3600 * 1000, 2));
        constexpr int Movements = 25000;
        LARDER_VERIFY_OK(east.store->write([&](Writer& w) {
            const QString item = w.insert(u"items", {{u"name"_s, u"Rice"_s}});
            const QString shelf = w.insert(u"locations", {{u"name"_s, u"Shelf"_s}});
            for (int i = 0; i < Movements; ++i)
                w.append(u"stock_movements", {{u"kind"_s, u"received"_s},
                                              {u"item_id"_s, item},
                                              {u"location_id"_s, shelf},
                                              {u"quantity"_s, 1 + i % 3}});
        }));
        const QString file = LARDER_MUST(exportFrom(east));
        const QString before = digest(*west.store);

        // Cancelled at the second report of progress (20,000 changes read and applied).
        QList<qint64> reported;
        auto cancelled = west.sync->importFile(file, Passphrase, [&](qint64 done, qint64) {
            reported << done;
            return reported.size() < 2;
        });
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().kind, Error::Kind::Cancelled);
        QCOMPARE(reported, (QList<qint64>{10000, 20000}));
        QCOMPARE(digest(*west.store), before);

        // Cut short in its last block: refused whole after most of it was applied.
        QFile whole(file);
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QByteArray bytes = whole.readAll();
        const QString cut = newPath("cut") + u".lardersync"_s;
        QFile shortened(cut);
        QVERIFY(shortened.open(QIODevice::WriteOnly));
        shortened.write(bytes.left(bytes.size() - 200));
        shortened.close();
        expectRefused(west, cut, Error::Kind::Damaged);

        // Whole: every change, the totals as the sender has them.
        reported.clear();
        auto imported = west.sync->importFile(file, Passphrase, [&](qint64 done, qint64) {
            reported << done;
            return true;
        });
        LARDER_VERIFY_OK(imported);
        QCOMPARE(imported->applied, Movements + 2);
        QCOMPARE(reported, (QList<qint64>{10000, 20000}));
        QCOMPARE(digest(*west.store), digest(*east.store));
        QCOMPARE(west.store->connection().scalar("SELECT sum(quantity) FROM stock_on_hand"),
                 east.store->connection().scalar("SELECT sum(quantity) FROM stock_on_hand"));
        LARDER_VERIFY_OK(integrity(*west.store));

        // Held whole now, the files are read on the merge's own thread: the same again, and the
        // cut one refused all the same.
        auto again = west.sync->importFile(file, Passphrase);
        LARDER_VERIFY_OK(again);
        QCOMPARE(again->applied, 0);
        QCOMPARE(again->skipped, Movements + 2);
        expectRefused(west, cut, Error::Kind::Damaged);
    }

    void relayAndDeleteWinsOverConcurrentEdit() {
        Replica a = LARDER_MUST(founder());
        QString household;
        LARDER_VERIFY_OK(a.store->write([&](Writer& w) {
            household = w.insert(u"households", {{u"chosen_name"_s, u"Quillonet"_s},
                                                 {u"street"_s, u"77 W Xylarch Rd"_s}});
        }));
        const QString first = LARDER_MUST(exportFrom(a));
        Replica b = LARDER_MUST(joiner(first, u"B"_s, 0, 2));
        Replica c = LARDER_MUST(joiner(first, u"C"_s, 0, 3));
        // A deletes; C, not knowing, edits the street.
        LARDER_VERIFY_OK(a.store->write([&](Writer& w) { w.remove(u"households", household); }));
        c.clock->advance(60000); // C's edit is even later in time
        LARDER_VERIFY_OK(c.store->write([&](Writer& w) {
            w.update(u"households", household, {{u"street"_s, u"78 W Xylarch Rd"_s}});
        }));
        // A's delete reaches C through B.
        LARDER_VERIFY_OK(b.sync->importFile(LARDER_MUST(exportFrom(a)), Passphrase));
        LARDER_VERIFY_OK(c.sync->importFile(LARDER_MUST(exportFrom(b)), Passphrase));
        // And C's edit reaches A.
        LARDER_VERIFY_OK(a.sync->importFile(LARDER_MUST(exportFrom(c)), Passphrase));
        LARDER_VERIFY_OK(b.sync->importFile(LARDER_MUST(exportFrom(c)), Passphrase));
        for (Replica* r : {&a, &b, &c}) {
            QVERIFY(r->store->record(u"households", household).isEmpty());
            auto& db = r->store->connection();
            QCOMPARE(db.scalar("SELECT count(*) FROM sync_log WHERE tbl = 'households' AND col "
                               "<> '-' AND value IS NOT NULL")
                         .toInt(),
                     0);
            db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
            const QByteArray bytes = readAll(r->store->path());
            QVERIFY(!bytes.contains("Xylarch"));
            QVERIFY(!bytes.contains("Quillonet"));
        }
        QCOMPARE(digest(*a.store), digest(*b.store));
        QCOMPARE(digest(*a.store), digest(*c.store));
    }

    void concurrentEditsAreListedForReview() {
        Replica east = LARDER_MUST(founder());
        QString household;
        LARDER_VERIFY_OK(east.store->write([&](Writer& w) {
            household = w.insert(u"households", {{u"chosen_name"_s, u"Ana"_s},
                                                 {u"delivery_notes"_s, u"side door"_s}});
        }));
        Replica west = LARDER_MUST(joiner(LARDER_MUST(exportFrom(east)), u"Westside"_s, 0, 2));
        LARDER_VERIFY_OK(east.store->write([&](Writer& w) {
            w.update(u"households", household, {{u"delivery_notes"_s, u"ring twice"_s}});
        }));
        west.clock->advance(5000); // West's edit is newer
        LARDER_VERIFY_OK(west.store->write([&](Writer& w) {
            w.update(u"households", household, {{u"delivery_notes"_s, u"call on arrival"_s}});
        }));
        auto atEast = east.sync->importFile(LARDER_MUST(exportFrom(west)), Passphrase);
        LARDER_VERIFY_OK(atEast);
        QCOMPARE(atEast->conflicts, 1);
        auto atWest = west.sync->importFile(LARDER_MUST(exportFrom(east)), Passphrase);
        LARDER_VERIFY_OK(atWest);
        QCOMPARE(digest(*east.store), digest(*west.store));
        QCOMPARE(east.store->record(u"households", household).value(u"delivery_notes"_s).toString(),
                 u"call on arrival"_s);
        const auto conflicts = east.sync->openConflicts();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().keptValue.toString(), u"call on arrival"_s);
        QCOMPARE(conflicts.first().lostValue.toString(), u"ring twice"_s);
        QCOMPARE(conflicts.first().column, u"delivery_notes"_s);
        // The coordinator restores the other value: a new change that wins everywhere.
        LARDER_VERIFY_OK(east.sync->restoreConflict(conflicts.first().id));
        QVERIFY(east.sync->openConflicts().isEmpty());
        LARDER_VERIFY_OK(west.sync->importFile(LARDER_MUST(exportFrom(east)), Passphrase));
        QCOMPARE(west.store->record(u"households", household).value(u"delivery_notes"_s).toString(),
                 u"ring twice"_s);
        QCOMPARE(digest(*east.store), digest(*west.store));
        // A later edit made after seeing the other value is not a conflict.
        LARDER_VERIFY_OK(west.store->write([&](Writer& w) {
            w.update(u"households", household, {{u"delivery_notes"_s, u"back door"_s}});
        }));
        auto later = east.sync->importFile(LARDER_MUST(exportFrom(west)), Passphrase);
        LARDER_VERIFY_OK(later);
        QCOMPARE(later->conflicts, 0);
    }

    void importLogAndStatusSayWhereThisLaptopStands() {
        Replica east = LARDER_MUST(founder());
        QString household;
        LARDER_VERIFY_OK(east.store->write([&](Writer& w) {
            household = w.insert(u"households", {{u"chosen_name"_s, u"Ana"_s},
                                                 {u"delivery_notes"_s, u"side door"_s}});
        }));
        QVERIFY(east.sync->imports().isEmpty());
        QCOMPARE(east.sync->status().otherLaptops, 0);

        Replica west = LARDER_MUST(joiner(LARDER_MUST(exportFrom(east)), u"Westside"_s, 0, 2));
        const QList<ImportRecord> joined = west.sync->imports();
        QCOMPARE(joined.size(), 1); // the join itself
        QCOMPARE(joined.first().fromName, u"Eastside"_s);
        QVERIFY(joined.first().applied > 0);
        QCOMPARE(joined.first().conflicts, 0);
        QCOMPARE(west.sync->status().otherLaptops, 1);

        // An edit made on both laptops, then the same changes once more in a second file.
        LARDER_VERIFY_OK(east.store->write([&](Writer& w) {
            w.update(u"households", household, {{u"delivery_notes"_s, u"ring twice"_s}});
        }));
        west.clock->advance(5000);
        LARDER_VERIFY_OK(west.store->write([&](Writer& w) {
            w.update(u"households", household, {{u"delivery_notes"_s, u"call on arrival"_s}});
        }));
        LARDER_VERIFY_OK(east.sync->importFile(LARDER_MUST(exportFrom(west)), Passphrase));
        LARDER_VERIFY_OK(east.sync->importFile(LARDER_MUST(exportFrom(west)), Passphrase));
        const QList<ImportRecord> log = east.sync->imports();
        QCOMPARE(log.size(), 2);
        QVERIFY(log.at(0).id > log.at(1).id); // newest first
        QCOMPARE(log.at(1).fromName, u"Westside"_s);
        QCOMPARE(log.at(1).conflicts, 1);
        QVERIFY(log.at(1).applied > 0);
        QCOMPARE(log.at(0).applied, 0); // nothing new the second time
        QVERIFY(log.at(0).skipped > 0);
        QCOMPARE(east.sync->imports(1).size(), 1);
        QCOMPARE(east.sync->imports(1).first().id, log.at(0).id);

        const SyncStatus status = east.sync->status();
        QCOMPARE(status.otherLaptops, 1);
        QCOMPARE(status.openConflicts, 1);
        QVERIFY(status.recentClockAheadMs < 24LL * 3600 * 1000);
        LARDER_VERIFY_OK(east.sync->acceptConflict(east.sync->openConflicts().first().id));
        QCOMPARE(east.sync->status().openConflicts, 0);
    }

    void oneKeyForTheWholeNetwork() {
        Replica east = LARDER_MUST(founder());
        QString household;
        LARDER_VERIFY_OK(east.store->write([&](Writer& w) {
            household = w.insert(u"households", {{u"chosen_name"_s, u"Ana R."_s},
                                                 {u"street"_s, u"1843 S Loomis St"_s}});
        }));
        const QString file = LARDER_MUST(exportFrom(east));
        // Nothing of the sender or of the household in the file, in clear or otherwise.
        const QByteArray bytes = readAll(file);
        for (const QByteArray& secret : {QByteArray("Eastside"), QByteArray("Loomis"),
                                         QByteArray("Ana R."), east.store->siteId().toUtf8()})
            QVERIFY2(!bytes.contains(secret), secret.constData());
        Replica west = LARDER_MUST(joiner(file, u"Westside"_s, 0, 2));
        // The joiner took the network's key: the sealed bytes are the same on both laptops.
        const auto sealedStreet = [&household](const Replica& r) {
            return r.store->connection()
                .scalar("SELECT street FROM households WHERE id = '" + household.toUtf8() + "'")
                .toByteArray();
        };
        QVERIFY(KeyRing::isSealed(sealedStreet(west)));
        QCOMPARE(sealedStreet(west), sealedStreet(east));
        // A member that is unlocked imports without the passphrase (no key derivation), and a
        // wrong one given anyway is still caught.
        LARDER_VERIFY_OK(west.store->write([&](Writer& w) {
            w.update(u"households", household, {{u"unit"_s, u"Rear"_s}});
        }));
        const QString back = LARDER_MUST(exportFrom(west));
        expectRefused(east, back, Error::Kind::WrongPassphrase, "beans on wednesday");
        LARDER_VERIFY_OK(east.sync->importFile(back, {}));
        QCOMPARE(east.store->record(u"households", household).value(u"unit"_s).toString(),
                 u"Rear"_s);
        QCOMPARE(digest(*west.store), digest(*east.store));
        // A locked member needs it, and opens its pantry's key for the import only.
        east.store->lock();
        auto locked = east.sync->importFile(back, {});
        QVERIFY(!locked);
        LARDER_VERIFY_OK(east.sync->importFile(back, Passphrase));
        QCOMPARE(east.store->protection(), Store::Protection::Locked);
    }

    void aPassphraseChangeTravels() {
        const QByteArray next("lentils every second thursday");
        Replica east = LARDER_MUST(founder());
        const QString first = LARDER_MUST(exportFrom(east));
        Replica west = LARDER_MUST(joiner(first, u"Westside"_s, 0, 2));
        Replica north = LARDER_MUST(joiner(first, u"Northside"_s, 0, 3));
        QVERIFY(west.sync->status().passphraseChangedOn.isEmpty());
        east.clock->advance(60 * 1000);
        LARDER_VERIFY_OK(east.store->changePassphrase(Passphrase, next, KdfLimits::minimal()));
        const QString changed = LARDER_MUST(exportFrom(east, {}, next));

        // An unlocked member imports it with no passphrase: the change waits for the next
        // unlock, and the Sync page says where it was made.
        auto report = west.sync->importFile(changed, {});
        LARDER_VERIFY_OK(report);
        QVERIFY(report->passphraseChangePending);
        QCOMPARE(west.sync->status().passphraseChangedOn, u"Eastside"_s);
        west.store->lock();
        LARDER_VERIFY_OK(west.store->unlock(next));
        QVERIFY(west.sync->status().passphraseChangedOn.isEmpty());
        west.store->lock();
        QCOMPARE(west.store->unlock(Passphrase).error().kind, Error::Kind::WrongPassphrase);

        // A locked member given the new passphrase for the import takes it at once.
        north.store->lock();
        auto taken = north.sync->importFile(changed, next);
        LARDER_VERIFY_OK(taken);
        QVERIFY(taken->passphraseAdopted);
        QCOMPARE(north.store->protection(), Store::Protection::Locked);
        QCOMPARE(north.store->unlock(Passphrase).error().kind, Error::Kind::WrongPassphrase);
        LARDER_VERIFY_OK(north.store->unlock(next));
        QCOMPARE(digest(*north.store), digest(*east.store));
        // An old file under the old passphrase does not take it back.
        LARDER_VERIFY_OK(north.sync->importFile(first, {}));
        QVERIFY(north.sync->status().passphraseChangedOn.isEmpty());
        north.store->lock();
        QCOMPARE(north.store->unlock(Passphrase).error().kind, Error::Kind::WrongPassphrase);
    }

    void rotatingTheKeyLeavesALostLaptopOut() {
        KeyRing old;
        QByteArray envelope;
        Replica east = LARDER_MUST(founderWithKey(old, envelope));
        QString household;
        LARDER_VERIFY_OK(east.store->write([&](Writer& w) {
            household = w.insert(u"households", {{u"chosen_name"_s, u"Ana R."_s},
                                                 {u"street"_s, u"1843 S Loomis St"_s}});
        }));
        const QString first = LARDER_MUST(exportFrom(east));
        Replica west = LARDER_MUST(joiner(first, u"Westside"_s, 0, 2));
        Replica lost = LARDER_MUST(joiner(first, u"Lost laptop"_s, 0, 3));
        const auto sealedStreet = [&household](const Replica& r) {
            return r.store->connection()
                .scalar("SELECT street FROM households WHERE id = '" + household.toUtf8() + "'")
                .toByteArray();
        };
        const QByteArray before = sealedStreet(east);

        const QByteArray next("lentils every second thursday");
        east.clock->advance(60 * 1000);
        LARDER_VERIFY_OK(east.store->rotateKey(Passphrase, next, KdfLimits::minimal()));
        // Nothing under the old key is left in the pantry, its log or its free pages.
        QVERIFY(sealedStreet(east) != before);
        QVERIFY(!old.open(u"households", u"street", household, sealedStreet(east)).has_value());
        auto& db = east.store->connection();
        // (The insert keeps the street as its hash; the record holds the value.)
        QCOMPARE(db.scalar("SELECT larder_insert_has(value, 'street') AND larder_insert_value("
                           "value, 'street') IS NULL FROM sync_log WHERE row_id = '" +
                           household.toUtf8() + "' AND col = '+'")
                     .toInt(),
                 1);
        db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        QVERIFY(!readAll(east.store->path()).contains(before));
        QCOMPARE(east.store->checkPassphrase(Passphrase).error().kind,
                 Error::Kind::WrongPassphrase);
        LARDER_VERIFY_OK(east.store->write([&](Writer& w) {
            w.update(u"households", household, {{u"unit"_s, u"Rear"_s}});
        }));
        const QString rotated = LARDER_MUST(exportFrom(east, {}, next));

        // The lost laptop, with the old passphrase, opens nothing new.
        expectRefused(lost, rotated, Error::Kind::WrongPassphrase);
        QVERIFY(!lost.sync->importFile(rotated, {}));
        // A member given the new passphrase rotates too.
        auto report = west.sync->importFile(rotated, next);
        LARDER_VERIFY_OK(report);
        QVERIFY(report->keyRotated);
        QCOMPARE(digest(*west.store), digest(*east.store));
        // (Each laptop sealed its values again itself: same values, other nonces.)
        QVERIFY(!old.open(u"households", u"street", household, sealedStreet(west)).has_value());
        LARDER_VERIFY_OK(west.store->checkPassphrase(next));
        QCOMPARE(west.store->checkPassphrase(Passphrase).error().kind,
                 Error::Kind::WrongPassphrase);
        // From then on the two exchange with no passphrase at all.
        LARDER_VERIFY_OK(west.store->write([&](Writer& w) {
            w.update(u"households", household, {{u"unit"_s, u"Front"_s}});
        }));
        LARDER_VERIFY_OK(east.sync->importFile(LARDER_MUST(exportFrom(west, {}, next)), {}));
        QCOMPARE(digest(*west.store), digest(*east.store));
    }

    void boundsAreCheckedBeforeAnythingGrows() {
        KeyRing key;
        QByteArray envelope;
        Replica east = LARDER_MUST(founderWithKey(key, envelope));
        const auto location = [](int n) {
            QCborArray op{u"0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f"_s,
                          n,
                          TestEpochMs << 16,
                          u"locations"_s,
                          u"0190aaaa-0000-7000-8000-%1"_s.arg(n, 12, 10, QChar(u'0')),
                          u"name"_s,
                          u"Shelf %1"_s.arg(n),
                          u""_s,
                          QCborValue(nullptr)};
            return op;
        };
        const auto blockOf = [](const QList<QCborArray>& ops) {
            QCborArray block;
            for (const QCborArray& op : ops)
                block.append(op);
            return block.toCborValue().toCbor();
        };
        // A well-made file of two operations applies (the crafting itself is right).
        LARDER_VERIFY_OK(east.sync->importFile(
            craft(east, key, envelope, sender(2), {blockOf({location(1)}), blockOf({location(2)})}),
            Passphrase));
        // A decompression bomb: one declared change, then blocks of a megabyte each that
        // compress to almost nothing. Refused once they pass what one change may hold.
        QCborArray bomb = location(3);
        bomb[6] = QString(SyncFileWriter::MaxBlockBytes - 200, u'x');
        const QByteArray big = blockOf({bomb});
        QVERIFY(big.size() <= SyncFileWriter::MaxBlockBytes);
        const QString bombFile = craft(east, key, envelope, sender(1), {big, big, big});
        QVERIFY(QFileInfo(bombFile).size() < 16 * 1024);
        expectRefused(east, bombFile, Error::Kind::Damaged);
        // More changes than declared, and fewer.
        expectRefused(east,
                      craft(east, key, envelope, sender(1), {blockOf({location(4), location(5)})}),
                      Error::Kind::Damaged);
        expectRefused(east, craft(east, key, envelope, sender(3), {blockOf({location(6)})}),
                      Error::Kind::Damaged);
        // A block that is not a list of changes.
        expectRefused(east, craft(east, key, envelope, sender(1), {QByteArray("\xa1\x01\x02")}),
                      Error::Kind::Damaged);
        // A personal value that is not sealed with the network key.
        QCborArray plain = location(7);
        plain[3] = u"households"_s;
        plain[5] = u"street"_s;
        plain[6] = u"1 Main St"_s;
        expectRefused(east, craft(east, key, envelope, sender(1), {blockOf({plain})}),
                      Error::Kind::Damaged);
        // A file under another network key (a laptop of a network from before one key): opened
        // with the passphrase, its values sealed again with this pantry's key.
        KeyRing other;
        const QByteArray otherEnvelope =
            LARDER_MUST(other.create(Passphrase, KdfLimits::minimal()));
        const QString row = u"0190bbbb-0000-7000-8000-000000000001"_s;
        QCborArray sealedStreet{u"0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f"_s,
                                3,
                                TestEpochMs << 16,
                                u"households"_s,
                                row,
                                u"street"_s,
                                other.seal(u"households", u"street", row, u"9 Elm St"_s),
                                u""_s,
                                QCborValue(nullptr)};
        QCborArray name = sealedStreet;
        name[1] = 4;
        name[5] = u"chosen_name"_s;
        name[6] = other.seal(u"households", u"chosen_name", row, u"B. family"_s);
        const QString foreign = craft(east, other, otherEnvelope, sender(4),
                                      {blockOf({location(1), location(2), sealedStreet, name})});
        QVERIFY(!east.sync->importFile(foreign, {})); // no passphrase: cannot open it
        LARDER_VERIFY_OK(east.sync->importFile(foreign, Passphrase));
        // (The record waits for its other fields; its operation holds the value.)
        const QByteArray stored = east.store->connection()
                                      .scalar("SELECT value FROM sync_log WHERE row_id = '" +
                                              row.toUtf8() + "' AND col = 'street'")
                                      .toByteArray();
        QCOMPARE(key.open(u"households", u"street", row, stored).value_or(QVariant()).toString(),
                 u"9 Elm St"_s);
        QVERIFY(!other.open(u"households", u"street", row, stored).has_value());
    }

    void clockAheadWithinADayIsObservedAndRecorded() {
        // 20 hours ahead; more than a day is refused (tst_sync_attacks).
        Replica east = LARDER_MUST(founder(20LL * 3600 * 1000));
        LARDER_VERIFY_OK(east.store->write([](Writer& w) {
            w.insert(u"locations", {{u"name"_s, u"Shelf"_s}});
        }));
        const QString file = LARDER_MUST(exportFrom(east));
        Replica west = LARDER_MUST(joiner(file, u"W"_s, 0, 2));
        auto report = west.sync->importFile(LARDER_MUST(exportFrom(east)), Passphrase);
        LARDER_VERIFY_OK(report);
        QVERIFY(west.store->lastHlc() >= east.store->lastHlc());
        // West's next change sorts after everything it received.
        LARDER_VERIFY_OK(west.store->write([](Writer& w) {
            w.insert(u"locations", {{u"name"_s, u"Fridge"_s}});
        }));
        QVERIFY(west.store->lastHlc() > east.store->lastHlc());
        auto join = west.store->connection().scalar("SELECT max(clock_ahead) FROM sync_imports");
        QVERIFY(join.toLongLong() > 19LL * 3600 * 1000);
        QVERIFY(west.sync->status().recentClockAheadMs > 19LL * 3600 * 1000);
        QVERIFY(west.sync->imports().last().clockAheadMs > 19LL * 3600 * 1000); // the join
    }

    void badFilesAreRefusedWhole() {
        Replica east = LARDER_MUST(founder());
        LARDER_VERIFY_OK(east.store->write([](Writer& w) {
            for (int i = 0; i < 400; ++i)
                w.insert(u"households", {{u"chosen_name"_s, u"Household %1"_s.arg(i)},
                                         {u"delivery_notes"_s, QString(60, QChar(u'a' + i % 26))}});
        }));
        const QString good = LARDER_MUST(exportFrom(east));
        Replica west = LARDER_MUST(joiner(LARDER_MUST(exportFrom(east)), u"W"_s, 0, 2));
        // West has everything; make West lack East's newest change so a good file would apply.
        LARDER_VERIFY_OK(east.store->write([](Writer& w) {
            w.insert(u"locations", {{u"name"_s, u"Late shelf"_s}});
        }));
        const QString fresh = LARDER_MUST(exportFrom(east));
        const QByteArray bytes = readAll(fresh);
        QVERIFY(bytes.size() > 3 * 4096);

        // Truncated at every 4 KiB, and just short of the end.
        QList<qsizetype> cuts{0, 5, 12, 20, bytes.size() - 1, bytes.size() - 17};
        for (qsizetype at = 4096; at < bytes.size(); at += 4096)
            cuts << at;
        for (qsizetype cut : cuts) {
            const QString path = newPath("cut");
            writeAll(path, bytes.left(cut));
            expectRefused(west, path, Error::Kind::Damaged);
        }
        // A flipped bit in the encrypted body, at several places.
        for (qsizetype at : {bytes.size() - 1, bytes.size() / 2, bytes.size() - 40}) {
            QByteArray flipped = bytes;
            flipped[at] = char(flipped.at(at) ^ 0x04);
            const QString path = newPath("flip");
            writeAll(path, flipped);
            expectRefused(west, path, Error::Kind::Damaged);
        }
        // Trailing bytes.
        {
            const QString path = newPath("trailing");
            writeAll(path, bytes + QByteArray("extra"));
            expectRefused(west, path, Error::Kind::Damaged);
        }
        // The wrong passphrase.
        expectRefused(west, fresh, Error::Kind::WrongPassphrase, "beans on wednesday");
        // A newer format, and an older one (version 1 is no longer read).
        for (const auto& [version, kind] :
             {std::pair{4, Error::Kind::NewerFormat}, std::pair{2, Error::Kind::OlderFormat},
              std::pair{1, Error::Kind::OlderFormat}}) {
            QByteArray other = bytes;
            other[8] = char(version);
            const QString path = newPath("version");
            writeAll(path, other);
            expectRefused(west, path, kind);
        }
        // A header that asks for a costlier key derivation than the network's (1 GiB, 10
        // passes, then 64 GiB): refused before deriving, even with the right passphrase.
        const quint32 headerSize = qFromBigEndian<quint32>(bytes.constData() + 9);
        const auto withHeader = [&](const QCborMap& header) {
            const QByteArray encoded = header.toCborValue().toCbor();
            QByteArray changed = bytes.left(9);
            char length[4];
            qToBigEndian(quint32(encoded.size()), length);
            changed.append(length, 4);
            changed += encoded;
            changed += bytes.mid(13 + headerSize);
            return changed;
        };
        const QCborMap header = QCborValue::fromCbor(bytes.mid(13, headerSize)).toMap();
        for (const auto& [ops, mem] : {std::pair<quint64, quint64>{10, quint64(1) << 30},
                                       std::pair<quint64, quint64>{3, quint64(64) << 30}}) {
            QByteArray envelope = header.value(u"envelope"_s).toByteArray();
            qToBigEndian<quint64>(ops, envelope.data() + 5);
            qToBigEndian<quint64>(mem, envelope.data() + 13);
            QCborMap greedy = header;
            greedy.insert(u"envelope"_s, envelope);
            const QString path = newPath("greedy");
            writeAll(path, withHeader(greedy));
            expectRefused(west, path, Error::Kind::Damaged);
        }
        // A header of more than 64 KiB, whatever it holds.
        {
            QCborMap padded = header;
            padded.insert(u"padding"_s, QByteArray(70 * 1024, 'x'));
            const QString path = newPath("huge");
            writeAll(path, withHeader(padded));
            expectRefused(west, path, Error::Kind::Damaged);
        }
        // A header that says the file is under another key: opening it needs the passphrase,
        // and the key in the envelope is not the one named.
        {
            QCborMap renamed = header;
            renamed.insert(u"key_id"_s, QByteArray(16, '\x5a'));
            const QString path = newPath("renamed");
            writeAll(path, withHeader(renamed));
            expectRefused(west, path, Error::Kind::Damaged);
        }
        // Another network's file.
        {
            Replica other = LARDER_MUST(founder(0, 9));
            LARDER_VERIFY_OK(other.store->write([](Writer& w) {
                w.insert(u"locations", {{u"name"_s, u"Theirs"_s}});
            }));
            expectRefused(west, LARDER_MUST(exportFrom(other)), Error::Kind::ForeignNetwork);
        }
        // Not a sync file at all.
        {
            const QString path = newPath("text");
            writeAll(path, "name,street\nAna,1 Main St\n");
            expectRefused(west, path, Error::Kind::Damaged);
        }
        // After all that, the good file still applies.
        LARDER_VERIFY_OK(west.sync->importFile(fresh, Passphrase));
        QCOMPARE(digest(*west.store), digest(*east.store));
        Q_UNUSED(good);
    }

    void twoLaptopsWithOneIdentityAreRefused() {
        Replica east = LARDER_MUST(founder());
        LARDER_VERIFY_OK(east.store->write([](Writer& w) {
            w.insert(u"locations", {{u"name"_s, u"Shelf"_s}});
        }));
        const QString file = LARDER_MUST(exportFrom(east));
        // A raw copy that kept East's identity (made with a tool that bypassed Larder's check).
        const QString copyPath = newPath("clone") + u".larder"_s;
        east.store->connection().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        QVERIFY(QFile::copy(east.store->path(), copyPath));
        Replica clone;
        clone.clock = std::make_shared<ManualClock>(TestEpochMs + 100000, 1);
        {
            sqlite3* db = nullptr;
            sqlite3_open(copyPath.toUtf8().constData(), &db);
            // Pretend the copy's recorded place is its own, so it keeps East's site id.
            sqlite3_exec(db, "DELETE FROM meta WHERE key = 'file_identity'", nullptr, nullptr,
                         nullptr);
            sqlite3_close(db);
        }
        auto opened = Store::open(copyPath, fixedOptions(clone.clock, 5));
        LARDER_VERIFY_OK(opened);
        clone.store = std::move(opened).value();
        // Force the identity back, as a careless restore would.
        {
            const QString eastSite = east.store->siteId();
            clone.store.reset();
            sqlite3* db = nullptr;
            sqlite3_open(copyPath.toUtf8().constData(), &db);
            const QByteArray sqlText = "UPDATE meta SET value = '" + eastSite.toUtf8() +
                                       "' WHERE key = 'site_id'; UPDATE meta SET value = " +
                                       QByteArray::number(east.store->lastSeq()) +
                                       " WHERE key = 'seq';";
            sqlite3_exec(db, sqlText.constData(), nullptr, nullptr, nullptr);
            sqlite3_close(db);
            auto again = Store::open(copyPath, fixedOptions(clone.clock, 5));
            LARDER_VERIFY_OK(again);
            clone.store = std::move(again).value();
            QCOMPARE(clone.store->siteId(), eastSite);
        }
        clone.sync = std::make_unique<Replicator>(*clone.store, KdfLimits::minimal());
        LARDER_VERIFY_OK(clone.store->write([](Writer& w) {
            w.insert(u"locations", {{u"name"_s, u"Clone shelf"_s}});
        }));
        LARDER_VERIFY_OK(east.store->write([](Writer& w) {
            w.insert(u"locations", {{u"name"_s, u"East shelf"_s}});
        }));
        expectRefused(east, LARDER_MUST(exportFrom(clone)), Error::Kind::Damaged);
        Q_UNUSED(file);
    }

    void sharedFolderExchangesFiles() {
        Replica east = LARDER_MUST(founder());
        LARDER_VERIFY_OK(east.store->write([](Writer& w) {
            w.insert(u"locations", {{u"name"_s, u"Shelf"_s}});
        }));
        Replica west = LARDER_MUST(joiner(LARDER_MUST(exportFrom(east)), u"Westside"_s, 0, 2));
        QTemporaryDir shared;
        SyncFolder eastFolder(*east.store, *east.sync);
        SyncFolder westFolder(*west.store, *west.sync);
        LARDER_VERIFY_OK(eastFolder.setFolder(shared.path()));
        LARDER_VERIFY_OK(westFolder.setFolder(shared.path()));
        QVERIFY(eastFolder.ownFileName() != westFolder.ownFileName());

        // The live database may not live in the sync folder.
        SyncFolder wrong(*east.store, *east.sync);
        auto refused = wrong.setFolder(QFileInfo(east.store->path()).absolutePath());
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(u"database"_s));

        LARDER_VERIFY_OK(east.store->write([](Writer& w) {
            w.insert(u"locations", {{u"name"_s, u"Fridge"_s}});
        }));
        LARDER_VERIFY_OK(eastFolder.exportNow(Passphrase));
        // Things a sync tool leaves around are ignored.
        writeAll(shared.filePath(u"eastside-1234.lardersync.AbC123"_s), "partial");
        writeAll(shared.filePath(u"eastside.sync-conflict-20261122-abc.lardersync"_s), "x");
        writeAll(shared.filePath(u".syncthing.eastside.lardersync.tmp"_s), "x");
        QCOMPARE(westFolder.candidates().size(), 1);

        auto round = westFolder.importChanged(Passphrase);
        QCOMPARE(round.imported.size(), 1);
        QVERIFY(round.refused.isEmpty());
        QCOMPARE(digest(*west.store), digest(*east.store));
        QCOMPARE(westFolder.importChanged(Passphrase).unchanged.size(), 1);

        // A half-copied file is refused and tried again once complete.
        LARDER_VERIFY_OK(east.store->write([](Writer& w) {
            w.insert(u"locations", {{u"name"_s, u"Freezer"_s}});
        }));
        auto written = eastFolder.exportNow(Passphrase);
        LARDER_VERIFY_OK(written);
        const QString full = written.value();
        const QByteArray bytes = readAll(full);
        writeAll(full, bytes.left(bytes.size() / 2));
        const QString before = digest(*west.store);
        round = westFolder.importChanged(Passphrase);
        QCOMPARE(round.refused.size(), 1);
        QCOMPARE(round.refused.first().kind, Error::Kind::Damaged);
        QCOMPARE(digest(*west.store), before);
        writeAll(full, bytes);
        {
            QFile touched(full);
            QVERIFY(touched.open(QIODevice::ReadWrite));
            // Five seconds after its last change, whatever the clocks say.
            QVERIFY(touched.setFileTime(QFileInfo(full).lastModified().addSecs(5),
                                        QFileDevice::FileModificationTime));
        }
        round = westFolder.importChanged(Passphrase);
        QCOMPARE(round.imported.size(), 1);
        QCOMPARE(digest(*west.store), digest(*east.store));
    }

    // Five replicas make random inserts, edits, deletes and ledger movements over a small set
    // of ids, exchange files at random moments in random order, with duplicates, files months
    // late and skewed clocks; after a final full exchange all have the same digest.
    void randomReplicasConverge_data() {
        QTest::addColumn<quint64>("seed");
        if (qEnvironmentVariableIsSet("LARDER_TEST_SEED")) {
            const quint64 seed = qEnvironmentVariable("LARDER_TEST_SEED").toULongLong();
            QTest::newRow(qPrintable(u"seed %1"_s.arg(seed))) << seed;
            return;
        }
        for (quint64 seed = 1; seed <= 12; ++seed)
            QTest::newRow(qPrintable(u"seed %1"_s.arg(seed))) << seed;
    }

    void randomReplicasConverge() {
        QFETCH(quint64, seed);
        std::mt19937_64 rng(seed);
        auto pick = [&rng](int n) { return int(rng() % quint64(n)); };

        std::vector<Replica> replicas;
        replicas.push_back(LARDER_MUST(founder(0, seed * 100)));
        QStringList items, locations;
        LARDER_VERIFY_OK(replicas[0].store->write([&](Writer& w) {
            for (int i = 0; i < 3; ++i)
                items << w.insert(u"items", {{u"name"_s, u"Item %1"_s.arg(i)}});
            for (int i = 0; i < 2; ++i)
                locations << w.insert(u"locations", {{u"name"_s, u"Loc %1"_s.arg(i)}});
        }));
        const QString genesis = LARDER_MUST(exportFrom(replicas[0]));
        // Skewed, but within a day of each other: a file more than a day ahead is refused
        // (tst_sync_attacks).
        const qint64 skews[] = {0, -7200000, 3600000, 8 * 3600000LL, -8 * 3600000LL};
        for (int i = 1; i < 5; ++i)
            replicas.push_back(
                LARDER_MUST(joiner(genesis, u"Site %1"_s.arg(i), skews[i], seed * 100 + i)));

        // A small pool of household ids, so replicas collide on the same records.
        QStringList pool;
        for (int i = 0; i < 8; ++i)
            pool << u"01900000-0000-7000-8000-0000000000%1"_s.arg(i, 2, 10, QChar(u'0'));
        QSet<QString> erased; // markers of values that were deleted somewhere
        QList<QString> files;
        for (int step = 0; step < 160; ++step) {
            Replica& r = replicas[std::size_t(pick(5))];
            r.clock->advance(1000 * (1 + pick(600)));
            const int action = pick(10);
            if (action < 6) {
                const QString id = pool.at(pick(int(pool.size())));
                const QString marker = u"v%1s%2"_s.arg(step).arg(seed);
                auto result = r.store->write([&](Writer& w) {
                    const Values current = r.store->record(u"households", id);
                    if (action == 5 && !current.isEmpty()) {
                        erased.insert(current.value(u"delivery_notes"_s).toString());
                        w.remove(u"households", id);
                    } else if (current.isEmpty()) {
                        w.insert(u"households",
                                 {{u"chosen_name"_s, QString(u"H"_s + marker)},
                                  {u"delivery_notes"_s, QString(u"n"_s + marker)},
                                  {u"adults"_s, 1 + pick(4)}},
                                 id);
                    } else {
                        w.update(u"households", id,
                                 {{u"delivery_notes"_s, QString(u"n"_s + marker)},
                                  {u"children"_s, pick(4)}});
                    }
                });
                Q_UNUSED(result); // a tombstoned id is refused: that is expected
            } else if (action < 8) {
                LARDER_VERIFY_OK(r.store->write([&](Writer& w) {
                    w.append(u"stock_movements", {{u"kind"_s, u"received"_s},
                                                  {u"item_id"_s, items.at(pick(3))},
                                                  {u"location_id"_s, locations.at(pick(2))},
                                                  {u"quantity"_s, 1 + pick(20)}});
                }));
            } else if (action == 8) {
                files << LARDER_MUST(exportFrom(r));
            } else if (!files.isEmpty()) {
                // Any file, possibly old, possibly one already imported, possibly its own.
                auto imported = r.sync->importFile(files.at(pick(int(files.size()))), Passphrase);
                QVERIFY2(imported.ok(),
                         imported.ok() ? "" : qPrintable(imported.error().toString()));
            }
        }
        // Final exchange: everyone exports, everyone imports everything, twice (relays).
        for (int round = 0; round < 2; ++round) {
            QStringList last;
            for (Replica& r : replicas)
                last << LARDER_MUST(exportFrom(r));
            for (Replica& r : replicas)
                for (const QString& f : std::as_const(last))
                    LARDER_VERIFY_OK(r.sync->importFile(f, Passphrase));
        }
        // A months-late file changes nothing now.
        if (!files.isEmpty()) {
            const QString before = digest(*replicas[2].store);
            LARDER_VERIFY_OK(replicas[2].sync->importFile(files.first(), Passphrase));
            QCOMPARE(digest(*replicas[2].store), before);
        }
        const QString expected = digest(*replicas[0].store);
        for (Replica& r : replicas) {
            QCOMPARE(digest(*r.store), expected);
            auto& db = r.store->connection();
            QCOMPARE(
                db.scalar("SELECT coalesce(sum(quantity), 0) FROM stock_on_hand").toLongLong(),
                db.scalar("SELECT coalesce(sum(quantity), 0) FROM stock_movements").toLongLong());
            for (const QString& value : std::as_const(erased)) {
                if (value.isEmpty())
                    continue;
                auto statement = db.prepare("SELECT count(*) FROM sync_ops WHERE value = ?1");
                statement.bind(1, value);
                statement.step();
                QVERIFY2(statement.int64(0) == 0, qPrintable(value));
            }
            LARDER_VERIFY_OK(integrity(*r.store));
        }
    }

    // A network from before signed changes (schema 6, format 2): both laptops are updated and
    // carry on. Their old operations are vouched for by the laptop that relays them (their own
    // key arrives with their first new file), a laptop joining later gets all of it, and every
    // laptop ends with the same data.
    void aNetworkFromBeforeSignedChangesCarriesOn() {
        const QString eastPath = restoreFixture("schema-v6.sql");
        const QString westPath = restoreFixture("network-v6-west.sql");
        QVERIFY(!eastPath.isEmpty() && !westPath.isEmpty());
        const qint64 madeMs = fixtureTime(eastPath);
        const QByteArray fixturePassphrase("fixture network passphrase six");
        const auto open = [&](const QString& path, quint64 seed) {
            return openFixture(path, madeMs, seed);
        };
        Replica east = open(eastPath, 21);
        Replica west = open(westPath, 22);
        QVERIFY(east.store && west.store);
        QCOMPARE(east.store->schemaVersion(), schema::CurrentVersion);
        LARDER_VERIFY_OK(west.store->unlock(fixturePassphrase));
        LARDER_VERIFY_OK(east.store->unlock(fixturePassphrase));
        LARDER_VERIFY_OK(west.store->write([](Writer& w) {
            w.insert(u"locations", {{u"name"_s, u"Porch"_s}});
        }));
        LARDER_VERIFY_OK(east.sync->importFile(LARDER_MUST(exportFrom(west, {}, fixturePassphrase)),
                                               fixturePassphrase));
        const QString fromEast = LARDER_MUST(exportFrom(east, {}, fixturePassphrase));
        LARDER_VERIFY_OK(west.sync->importFile(fromEast, fixturePassphrase));
        QCOMPARE(digest(*east.store), digest(*west.store));

        Replica late;
        late.clock = std::make_shared<ManualClock>(madeMs + 7200 * 1000, 1);
        late.store = LARDER_MUST(
            Replicator::join(newPath("late") + u".larder"_s, u"Late"_s, fromEast, fixturePassphrase,
                             fixedOptions(late.clock, 23), KdfLimits::minimal()));
        QCOMPARE(digest(*late.store), digest(*east.store));
        QVERIFY(late.store->connection()
                    .scalar("SELECT count(*) FROM locations WHERE name = 'Back shelf'")
                    .toInt() == 1);

        // East knows West by its key now, and the history from before by a voucher.
        const QList<Member> members = east.sync->members();
        QVERIFY(members.first().self);
        QVERIFY(!members.first().fingerprint.isEmpty());
        int keyed = 0, vouched = 0;
        for (const Member& m : members) {
            keyed += m.fingerprint.isEmpty() ? 0 : 1;
            vouched += m.vouchedBy.isEmpty() ? 0 : 1;
        }
        QCOMPARE(keyed, 2);
        QVERIFY(vouched >= 1);
        LARDER_VERIFY_OK(integrity(*late.store));
    }

    // The same network, where East deletes a household and each laptop then vouches for the old
    // history as it holds it: East's digests are of the erased values, West's of the values it
    // held. Vouched digests are no proof of a fork: the files are taken, the delete travels.
    void anOldHistoryErasedBeforeItWasSignedIsNoFork() {
        const QString eastPath = restoreFixture("schema-v6.sql");
        const QString westPath = restoreFixture("network-v6-west.sql");
        QVERIFY(!eastPath.isEmpty() && !westPath.isEmpty());
        const qint64 madeMs = fixtureTime(eastPath);
        const QByteArray fixturePassphrase("fixture network passphrase six");
        Replica east = openFixture(eastPath, madeMs, 31);
        Replica west = openFixture(westPath, madeMs, 32);
        LARDER_VERIFY_OK(east.store->unlock(fixturePassphrase));
        LARDER_VERIFY_OK(west.store->unlock(fixturePassphrase));
        // East deletes its household (its old operations lose their values), then signs its
        // old history as it now holds it; West signs the same history as it holds it, with the
        // values. Each digests what it has, before seeing the other's.
        const QString household =
            east.store->connection().scalar("SELECT id FROM households").toString();
        QVERIFY(!household.isEmpty());
        LARDER_VERIFY_OK(east.store->write([&](Writer& w) { w.remove(u"households", household); }));
        const QString fromEast = LARDER_MUST(exportFrom(east, {}, fixturePassphrase));
        const QString fromWest = LARDER_MUST(exportFrom(west, {}, fixturePassphrase));
        LARDER_VERIFY_OK(east.sync->importFile(fromWest, fixturePassphrase));
        auto report = west.sync->importFile(fromEast, fixturePassphrase);
        LARDER_VERIFY_OK(report);
        QVERIFY(report->applied > 0);
        QVERIFY(west.store->record(u"households", household).isEmpty());
        QCOMPARE(digest(*west.store), digest(*east.store));
        // And the files go on in both directions.
        LARDER_VERIFY_OK(east.sync->importFile(LARDER_MUST(exportFrom(west, {}, fixturePassphrase)),
                                               fixturePassphrase));
        LARDER_VERIFY_OK(west.sync->importFile(LARDER_MUST(exportFrom(east, {}, fixturePassphrase)),
                                               fixturePassphrase));
        QCOMPARE(digest(*west.store), digest(*east.store));
    }

    // A network from before the compact log (schema 7, format 3): both laptops are updated, their
    // logs become compact, and the signed history still verifies: each takes the other's new
    // changes, a laptop joining later gets everything, and every laptop ends with the same data.
    void aNetworkFromBeforeTheCompactLogCarriesOn() {
        const QString eastPath = restoreFixture("schema-v7.sql");
        const QString westPath = restoreFixture("network-v7-west.sql");
        QVERIFY(!eastPath.isEmpty() && !westPath.isEmpty());
        const qint64 madeMs = fixtureTime(eastPath);
        const QByteArray fixturePassphrase("fixture network passphrase seven");
        Replica east = openFixture(eastPath, madeMs, 41);
        Replica west = openFixture(westPath, madeMs, 42);
        QVERIFY(east.store && west.store);
        QCOMPARE(east.store->schemaVersion(), schema::CurrentVersion);
        QCOMPARE(digest(*east.store), digest(*west.store));
        LARDER_VERIFY_OK(east.store->unlock(fixturePassphrase));
        LARDER_VERIFY_OK(west.store->unlock(fixturePassphrase));
        // The household East made before, renamed on West now: its old name leaves both logs.
        const QString household =
            east.store->connection().scalar("SELECT id FROM households").toString();
        QVERIFY(!household.isEmpty());
        LARDER_VERIFY_OK(west.store->write([&](Writer& w) {
            w.update(u"households", household, {{u"chosen_name"_s, u"Familia Nueva"_s}});
            w.insert(u"locations", {{u"name"_s, u"Garage"_s}});
        }));
        LARDER_VERIFY_OK(east.store->write([](Writer& w) {
            w.insert(u"locations", {{u"name"_s, u"Cellar"_s}});
        }));
        auto fromWest = east.sync->importFile(LARDER_MUST(exportFrom(west, {}, fixturePassphrase)),
                                              fixturePassphrase);
        LARDER_VERIFY_OK(fromWest);
        QVERIFY(fromWest->applied >= 2);
        const QString fromEast = LARDER_MUST(exportFrom(east, {}, fixturePassphrase));
        LARDER_VERIFY_OK(west.sync->importFile(fromEast, fixturePassphrase));
        QCOMPARE(digest(*east.store), digest(*west.store));
        QCOMPARE(east.store->record(u"households", household).value(u"chosen_name"_s).toString(),
                 u"Familia Nueva"_s);
        for (const Replica* r : {&east, &west}) {
            QCOMPARE(r->store->connection()
                         .scalar("SELECT count(*) FROM sync_log WHERE tbl = 'households' AND col "
                                 "= 'chosen_name' AND value IS NOT NULL")
                         .toInt(),
                     1);
            LARDER_VERIFY_OK(integrity(*r->store));
        }

        Replica late;
        late.clock = std::make_shared<ManualClock>(madeMs + 7200 * 1000, 1);
        late.store = LARDER_MUST(Replicator::join(
            newPath("late7") + u".larder"_s, u"Late"_s, fromEast, fixturePassphrase,
            fixedOptions(late.clock, 43), KdfLimits::minimal()));
        QCOMPARE(digest(*late.store), digest(*east.store));
        // Every laptop is known by its key; none is vouched for by another.
        const QList<Member> members = east.sync->members();
        QVERIFY(members.size() >= 2); // and the ids the copied fixtures had before
        for (const Member& m : members) {
            QVERIFY(!m.fingerprint.isEmpty());
            QVERIFY(m.vouchedBy.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
