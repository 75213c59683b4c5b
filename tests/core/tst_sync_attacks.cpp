// SPDX-License-Identifier: GPL-3.0-or-later
// Sync version 2's merge against one hostile or broken member (issue #14): crafted files with
// clocks far ahead or at 2^63-1, values that do not fit their column, nulls in required fields,
// references to nothing, forked (site, seq) pairs and pre-empted ledger ids are refused whole,
// naming the operation; an imported purge scrubs what the local one does; `check` rebuilds every
// record from its operations. Each crafted file is a real export, opened, altered and sealed
// again under the network's key, as a member who knows the passphrase could.

#include "core/identity/HybridClock.h"
#include "core/people/Retention.h"
#include "core/storage/InsertOperation.h"
#include "core/storage/Integrity.h"
#include "core/storage/Schema.h"
#include "core/storage/Sqlite.h"
#include "core/sync/OperationChain.h"
#include "core/sync/Replicator.h"
#include "core/sync/SyncFile.h"
#include "tests/SyncCrafting.h"
#include "tests/TestSupport.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborStreamReader>
#include <QCborValue>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>
#include <sqlite3.h>

#include <functional>

using namespace larder;
using namespace larder::sync;
using namespace larder::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray Passphrase("beans on tuesday at the church");
constexpr qint64 Day = 24LL * 3600 * 1000;

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

// A file's operations, decrypted (personal values still sealed with the network key).
struct Opened {
    FileHeader header;
    Contents contents;
    QCborArray ops;
};

Result<Opened> openFile(const QString& path) {
    Opened opened;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::NotFound, file.errorString());
    SyncFileReader reader(file, path);
    auto header = reader.readHeader();
    if (!header)
        return header.error();
    opened.header = header.value();
    if (auto ok = reader.openWithPassphrase(Passphrase); !ok)
        return ok.error();
    auto contents = reader.readContents();
    if (!contents)
        return contents.error();
    opened.contents = contents.value();
    for (;;) {
        auto block = reader.nextBlock();
        if (!block)
            return block.error();
        if (!block->has_value())
            break;
        for (const QCborValue& op : QCborValue::fromCbor(block->value()).toArray())
            opened.ops.append(op);
    }
    return opened;
}

// Writes `opened` again under the network key, as a member who knows the passphrase could: a
// personal value the test left plain is sealed with the key, as the sender would have; the
// operations are put in an export's order and signed with the keys in `seeds` (site -> seed):
// a laptop signs its own, and a copy of a laptop has its key.
Result<void> sealFile(const QString& path, const Opened& opened,
                      const QHash<QString, QByteArray>& seeds) {
    KeyRing key;
    if (auto ok = key.unlock(opened.header.envelope, Passphrase); !ok)
        return ok.error();
    QCborArray ops;
    for (const QCborValue& entry : opened.ops) {
        QCborArray op = entry.toArray();
        const TableDef* table = schema::table(op.at(3).toString());
        const ColumnDef* column = table ? table->column(op.at(5).toString()) : nullptr;
        const QCborValue value = op.at(6);
        if (column && column->sensitive && !value.isNull() && !value.isUndefined() &&
            !(value.isByteArray() && KeyRing::isSealed(value.toByteArray())))
            op[6] = key.seal(table->name, column->name, op.at(4).toString(), value.toVariant());
        ops.append(op);
    }
    sortOperations(ops);
    Contents contents = opened.contents;
    contents.operations = ops.size();
    if (!seeds.contains(contents.siteId) && seeds.size() == 1) {
        // A file made by the one laptop whose key the test holds says it comes from that laptop.
        contents.siteId = seeds.keys().first();
        const auto named =
            std::find_if(contents.members.cbegin(), contents.members.cend(),
                         [&](const MemberEntry& m) { return m.site == contents.siteId; });
        if (named != contents.members.cend())
            contents.siteName = named->name;
        else
            contents.members.append({contents.siteId,
                                     SiteKey::fromSeed(seeds.value(contents.siteId)).publicKey(),
                                     u"Crafted"_s,
                                     0,
                                     {},
                                     {}});
    }
    signOperations(contents, ops, opened.header.networkId, key, seeds);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error::make(Error::Kind::ReadOnlyFolder, out.errorString());
    SyncFileWriter writer(out);
    if (auto ok = writer.begin(opened.header.networkId, key, opened.header.envelope, contents); !ok)
        return ok;
    if (auto ok = writer.addBlock(QCborValue(ops).toCbor()); !ok)
        return ok;
    return writer.finish();
}

// The index in `ops` of the last operation on `table`.`column` (or -1).
// The last operation that writes `column` of `table`: its own, or the insert of a record that
// holds it.
qsizetype lastOp(const QCborArray& ops, const QString& table, const QString& column) {
    for (qsizetype i = ops.size() - 1; i >= 0; --i) {
        const QCborArray op = ops.at(i).toArray();
        if (op.at(3).toString() != table)
            continue;
        if (op.at(5).toString() == column ||
            (op.at(5).toString() == u"+" && op.at(6).toMap().contains(column)))
            return i;
    }
    return -1;
}

// Runs `sql` on the file behind `store` past its guard triggers, as a tool (or another program)
// could: for the tests of `check`, which must see such changes.
void tamper(Store& store, const QByteArray& sql) {
    sqlite3* db = nullptr;
    QVERIFY(sqlite3_open(store.path().toUtf8().constData(), &db) == SQLITE_OK);
    QByteArray drops;
    sqlite3_stmt* triggers = nullptr;
    sqlite3_prepare_v2(db, "SELECT name FROM sqlite_schema WHERE type = 'trigger'", -1, &triggers,
                       nullptr);
    while (sqlite3_step(triggers) == SQLITE_ROW)
        drops += QByteArray("DROP TRIGGER \"") +
                 reinterpret_cast<const char*>(sqlite3_column_text(triggers, 0)) + "\";";
    sqlite3_finalize(triggers);
    char* error = nullptr;
    const QByteArray script = drops + sql;
    const int rc = sqlite3_exec(db, script.constData(), nullptr, nullptr, &error);
    QVERIFY2(rc == SQLITE_OK, error);
    sqlite3_close(db);
}

QCborArray withField(QCborArray op, int field, const QCborValue& value) {
    op[field] = value;
    return op;
}

// `op` carrying `value` for `column`: its value, or the column's in an insert's map.
QCborArray withValue(QCborArray op, const QString& column, const QCborValue& value) {
    if (op.at(5).toString() == u"+") {
        QCborMap map = op.at(6).toMap();
        map[column] = value;
        op[6] = map;
    } else {
        op[6] = value;
    }
    return op;
}

} // namespace

class TestSyncAttacks : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    QHash<QString, QByteArray> m_seeds; // every laptop the suite made: its signing seed

    QString newPath(const char* stem) {
        return m_dir.filePath(QString::fromLatin1(stem) + QString::number(++m_files));
    }

    Result<Replica> founder(qint64 clockOffsetMs = 0, quint64 seed = 1) {
        Replica r;
        r.clock = std::make_shared<ManualClock>(TestEpochMs + clockOffsetMs, 1);
        auto created = Store::create(newPath("founder") + u".larder"_s, u"Eastside"_s,
                                     fixedOptions(r.clock, seed));
        if (!created)
            return created.error();
        r.store = std::move(created).value();
        m_seeds.insert(r.store->siteId(), signingSeed(*r.store));
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
        m_seeds.insert(r.store->siteId(), signingSeed(*r.store));
        r.sync = std::make_unique<Replicator>(*r.store, KdfLimits::minimal());
        return r;
    }

    Result<QString> exportFrom(Replica& r) {
        const QString path = newPath("sync") + u".lardersync"_s;
        if (auto exported = r.sync->exportFile(path, Passphrase); !exported)
            return exported.error();
        return path;
    }

    // A new file: `r`'s export with its operations changed by `alter`.
    Result<QString> crafted(Replica& r, const std::function<void(QCborArray&)>& alter) {
        auto path = exportFrom(r);
        if (!path)
            return path.error();
        return altered(path.value(), alter);
    }
    // The same, signed only with `signer`'s key: what that laptop alone could make.
    Result<QString> craftedBy(Replica& r, Replica& signer,
                              const std::function<void(QCborArray&)>& alter) {
        auto path = exportFrom(r);
        if (!path)
            return path.error();
        QHash<QString, QByteArray> seeds;
        seeds.insert(signer.store->siteId(), signingSeed(*signer.store));
        return altered(path.value(), alter, seeds);
    }

    // A new file: the file at `path` with its operations changed by `alter`.
    Result<QString> altered(const QString& path, const std::function<void(QCborArray&)>& alter,
                            std::optional<QHash<QString, QByteArray>> seeds = {}) {
        auto opened = openFile(path);
        if (!opened)
            return opened.error();
        alter(opened->ops);
        const QString out = newPath("crafted") + u".lardersync"_s;
        if (auto sealed = sealFile(out, opened.value(), seeds.value_or(m_seeds)); !sealed)
            return sealed.error();
        return out;
    }

    // Imports `path` into `r`: refused with `kind` and a message containing every one of
    // `words`; the data, the log and the clock unchanged.
    void expectRefused(Replica& r, const QString& path, Error::Kind kind,
                       const QStringList& words = {}) {
        const QString before = digest(*r.store);
        auto& db = r.store->connection();
        const qint64 ops = db.scalar("SELECT count(*) FROM sync_ops").toLongLong();
        const qint64 hlc = r.store->lastHlc();
        auto result = r.sync->importFile(path, Passphrase);
        QVERIFY(!result);
        QVERIFY2(result.error().kind == kind, qPrintable(result.error().toString()));
        for (const QString& word : words)
            QVERIFY2(result.error().toString().contains(word),
                     qPrintable(result.error().toString()));
        QVERIFY2(result.error().hint.contains(u"Nothing was changed"_s),
                 qPrintable(result.error().toString()));
        QCOMPARE(digest(*r.store), before);
        QCOMPARE(db.scalar("SELECT count(*) FROM sync_ops").toLongLong(), ops);
        QCOMPARE(r.store->lastHlc(), hlc);
    }

    // East and West share everything; East then writes `change`, which West lacks.
    struct Pair {
        Replica east, west;
    };
    Result<Pair> pairWith(const std::function<void(Writer&)>& setup,
                          const std::function<void(Writer&)>& change) {
        Pair p;
        auto east = founder();
        if (!east)
            return east.error();
        p.east = std::move(east).value();
        if (auto ok = p.east.store->write(setup); !ok)
            return ok.error();
        auto file = exportFrom(p.east);
        if (!file)
            return file.error();
        auto west = joiner(file.value(), u"Westside"_s, 0, 2);
        if (!west)
            return west.error();
        p.west = std::move(west).value();
        if (auto ok = p.east.store->write(change); !ok)
            return ok.error();
        return p;
    }

    // Stops' inserts that still hold a note (in the map, not as its hash only).
    int notesInInserts(Store& store) {
        return store.connection()
            .scalar("SELECT count(*) FROM sync_log WHERE tbl = 'run_stops' AND col = '+' AND "
                    "larder_insert_value(value, 'outcome_note') IS NOT NULL")
            .toInt();
    }

    // East with one household (a name and a street) that West has not seen yet.
    Result<Pair> pairWithOneHousehold() {
        return pairWith([](Writer&) {},
                        [](Writer& w) {
                            w.insert(u"households",
                                     {{u"chosen_name"_s, u"Ana"_s}, {u"street"_s, u"1 Main St"_s}});
                        });
    }

    QString firstId(Store& store, const char* table) {
        return store.connection()
            .scalar(QByteArray("SELECT larder_row_text(id) FROM ") + table + " ORDER BY id LIMIT 1")
            .toString();
    }

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    // --- 1. Clocks ---------------------------------------------------------------------------

    void hybridClockSaturates() {
        ManualClock wall(TestEpochMs, 0);
        HybridClock clock(wall);
        const qint64 first = clock.tick();
        QVERIFY(first > 0);
        clock.observe(-5); // ignored
        QCOMPARE(clock.last(), first);
        clock.observe(HybridClock::Max);
        QCOMPARE(clock.tick(), HybridClock::Max);
        QCOMPARE(clock.tick(), HybridClock::Max); // saturated, never negative
        HybridClock edge(wall, HybridClock::pack(HybridClock::MaxMillis, HybridClock::CounterMask));
        QCOMPARE(edge.tick(), HybridClock::Max);
        HybridClock nearly(wall,
                           HybridClock::pack(HybridClock::MaxMillis - 1, HybridClock::CounterMask));
        QCOMPARE(nearly.tick(), HybridClock::pack(HybridClock::MaxMillis, 0));
        QVERIFY(nearly.tick() > 0);
        ManualClock farWall(std::numeric_limits<qint64>::max(), 0);
        HybridClock far(farWall);
        QVERIFY(far.tick() > 0);
    }

    void clockMoreThanADayAheadIsRefused() {
        Pair p = LARDER_MUST(pairWith([](Writer&) {}, [](Writer&) {}));
        p.east.clock->advance(3 * Day + 5 * 3600 * 1000 + 1800 * 1000); // the sender's date
        LARDER_VERIFY_OK(p.east.store->write([](Writer& w) {
            w.insert(u"locations", {{u"name"_s, u"Shelf"_s}});
        }));
        const QString file = LARDER_MUST(exportFrom(p.east));
        expectRefused(p.west, file, Error::Kind::InvalidInput,
                      {u"3 days and 5 hours"_s, u"set its date and time"_s});
        // Within a day: accepted, and how far ahead is recorded.
        p.west.clock->advance(2 * Day + 12 * 3600 * 1000);
        auto report = p.west.sync->importFile(file, Passphrase);
        LARDER_VERIFY_OK(report);
        QVERIFY(report->clockAheadMs > 12 * 3600 * 1000);
        QVERIFY(report->clockAheadMs < Day);
        QCOMPARE(p.west.sync->imports().first().clockAheadMs, report->clockAheadMs);
    }

    void clockAtTheMaximumIsRefusedAndTheLaptopKeepsWorking() {
        Pair p = LARDER_MUST(pairWith([](Writer&) {},
                                      [](Writer& w) {
                                          w.insert(u"locations", {{u"name"_s, u"Shelf"_s}});
                                      }));
        for (const qint64 hlc : {HybridClock::Max, qint64(0), qint64(-1)}) {
            const QString file = LARDER_MUST(crafted(p.east, [hlc](QCborArray& ops) {
                const qsizetype i = lastOp(ops, u"locations"_s, u"name"_s);
                ops[i] = withField(ops.at(i).toArray(), 2, hlc);
            }));
            expectRefused(p.west, file, hlc > 0 ? Error::Kind::InvalidInput : Error::Kind::Damaged);
        }
        // West goes on: a later change is dated normally and travels.
        LARDER_VERIFY_OK(p.west.store->write([](Writer& w) {
            w.insert(u"locations", {{u"name"_s, u"Fridge"_s}});
        }));
        QVERIFY(p.west.store->lastHlc() > 0);
        QVERIFY(p.west.store->lastHlc() < HybridClock::pack(TestEpochMs + Day, 0));
        LARDER_VERIFY_OK(p.east.sync->importFile(LARDER_MUST(exportFrom(p.west)), Passphrase));
        LARDER_VERIFY_OK(p.west.sync->importFile(LARDER_MUST(exportFrom(p.east)), Passphrase));
        QCOMPARE(digest(*p.west.store), digest(*p.east.store));
    }

    // --- 2. Values ---------------------------------------------------------------------------

    void valuesThatDoNotFitTheirColumnAreRefused_data() {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QCborValue>("value");
        QTest::newRow("text into an integer") << u"adults"_s << QCborValue(u"many"_s);
        QTest::newRow("real into an integer") << u"adults"_s << QCborValue(2.5);
        QTest::newRow("integer into text") << u"status"_s << QCborValue(7);
        QTest::newRow("flag not 0 or 1") << u"may_call"_s << QCborValue(2);
        QTest::newRow("text into a real") << u"latitude"_s << QCborValue(u"north"_s);
        QTest::newRow("infinite real")
            << u"latitude"_s << QCborValue(std::numeric_limits<double>::infinity());
        // (A personal value travels sealed, which holds only text, integers and reals: a map,
        // bytes or a boolean can only come as plain values, tried on plain columns here; an
        // unsealed personal value is refused in tst_sync.)
        QTest::newRow("a map") << u"status"_s << QCborValue(QCborMap{{1, 2}});
        QTest::newRow("bytes into text") << u"status"_s << QCborValue(QByteArray("x"));
        QTest::newRow("text over 64 KiB")
            << u"delivery_notes"_s << QCborValue(QString(65 * 1024, u'a'));
        QTest::newRow("true") << u"adults"_s << QCborValue(true);
        QTest::newRow("null into NOT NULL") << u"adults"_s << QCborValue(nullptr);
        QTest::newRow("null into NOT NULL, sensitive") << u"chosen_name"_s << QCborValue(nullptr);
    }

    void valuesThatDoNotFitTheirColumnAreRefused() {
        QFETCH(QString, column);
        QFETCH(QCborValue, value);
        Pair p = LARDER_MUST(pairWith(
            [](Writer& w) {
                w.insert(u"households", {{u"chosen_name"_s, u"Ana"_s}});
            },
            [&column](Writer& w) {
                const QString id =
                    w.store().connection().scalar("SELECT id FROM households LIMIT 1").toString();
                const QVariant some = column == u"latitude" ? QVariant(45.5)
                                      : column == u"adults" || column.startsWith(u"may_")
                                          ? QVariant(2 - 1 + (column == u"adults"))
                                          : QVariant(u"something"_s);
                w.update(u"households", id, {{column, some}});
            }));
        qsizetype at = -1;
        const QString file = LARDER_MUST(crafted(p.east, [&](QCborArray& ops) {
            at = lastOp(ops, u"households"_s, column);
            ops[at] = withValue(ops.at(at).toArray(), column, value);
        }));
        QVERIFY(at >= 0);
        expectRefused(p.west, file, Error::Kind::Damaged,
                      {u"change %1 of this file"_s.arg(at + 1), u"households"_s, column});
    }

    // An insert operation (one map of the record's columns) is checked column by column, and
    // what is not such a map is refused whole, naming the change.
    void insertOperationsAreCheckedWhole_data() {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QCborValue>("value"); // undefined: the whole value replaced by a number
        QTest::addColumn<QString>("word");
        QTest::newRow("unknown field") << u"no_such"_s << QCborValue(1) << u"no_such"_s;
        QTest::newRow("the id among the values") << u"id"_s << QCborValue(u"x"_s) << u"field"_s;
        QTest::newRow("not a map") << QString() << QCborValue() << u"values"_s;
        QTest::newRow("a nested value")
            << u"status"_s << QCborValue(QCborMap{{1, 2}}) << u"status"_s;
        QTest::newRow("a personal value not sealed")
            << u"street"_s << QCborValue(u"1 Main St"_s) << u"network's key"_s;
        QTest::newRow("a plain column as a value that left")
            << u"status"_s << QCborValue(QCborArray{QByteArray(16, 'h')}) << u"status"_s;
        QTest::newRow("a short hash")
            << u"street"_s << QCborValue(QCborArray{QByteArray(8, 'h')}) << u"street"_s;
        QTest::newRow("text into an integer")
            << u"adults"_s << QCborValue(u"many"_s) << u"adults"_s;
        QTest::newRow("real into an integer") << u"seniors"_s << QCborValue(0.5) << u"seniors"_s;
    }

    void insertOperationsAreCheckedWhole() {
        QFETCH(QString, column);
        QFETCH(QCborValue, value);
        QFETCH(QString, word);
        Pair p = LARDER_MUST(pairWith([](Writer&) {},
                                      [](Writer& w) {
                                          w.insert(u"households", {{u"chosen_name"_s, u"Ana"_s}});
                                      }));
        qsizetype at = -1;
        const QString file = LARDER_MUST(crafted(p.east, [&](QCborArray& ops) {
            at = lastOp(ops, u"households"_s, u"chosen_name"_s);
            QCborArray op = ops.at(at).toArray();
            QCOMPARE(op.at(5).toString(), u"+"_s);
            ops[at] = column.isEmpty() ? withField(op, 6, 5) : withValue(op, column, value);
        }));
        QVERIFY(at >= 0);
        expectRefused(p.west, file, Error::Kind::Damaged,
                      {u"change %1 of this file"_s.arg(at + 1), u"households"_s, word});
    }

    // A request or offer whose values break the record's rules (CHECK constraints: a status,
    // an urgency or a quantity no Larder writes) is refused whole, naming the change.
    void aRequestBreakingARuleIsRefused_data() {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QCborValue>("value");
        QTest::newRow("a status") << u"requests"_s << u"status"_s << QCborValue(u"stolen"_s);
        QTest::newRow("an urgency") << u"requests"_s << u"urgency"_s << QCborValue(u"now!"_s);
        QTest::newRow("no quantity") << u"requests"_s << u"quantity"_s << QCborValue(0);
        QTest::newRow("a huge quantity") << u"offers"_s << u"quantity"_s << QCborValue(1000000);
        QTest::newRow("an offer's status") << u"offers"_s << u"status"_s << QCborValue(u"sold"_s);
        QTest::newRow("room in a car") << u"offers"_s << u"boxes"_s << QCborValue(-5);
    }

    void aRequestBreakingARuleIsRefused() {
        QFETCH(QString, table);
        QFETCH(QString, column);
        QFETCH(QCborValue, value);
        Pair p = LARDER_MUST(pairWith([](Writer&) {},
                                      [&table](Writer& w) {
                                          Values values{{u"category"_s, u"baby"_s}};
                                          if (table == u"requests")
                                              values.insert(u"requested_on"_s, u"2026-03-01"_s);
                                          w.insert(table, values);
                                      }));
        qsizetype at = -1;
        const QString file = LARDER_MUST(crafted(p.east, [&](QCborArray& ops) {
            at = lastOp(ops, table, u"category"_s);
            QCborArray op = ops.at(at).toArray();
            QCOMPARE(op.at(5).toString(), u"+"_s);
            ops[at] = withValue(op, column, value);
        }));
        QVERIFY(at >= 0);
        expectRefused(p.west, file, Error::Kind::Damaged,
                      {u"change %1 of this file"_s.arg(at + 1), table});
        QCOMPARE(
            p.west.store->connection().scalar("SELECT count(*) FROM " + table.toUtf8()).toInt(), 0);
    }

    // A relay cannot take a personal value out of an insert and put a hash of its own in its
    // place: the digest is the sending laptop's, and its signature no longer holds.
    void aValueLeftWithAForgedHashBreaksTheSignature() {
        Pair p = LARDER_MUST(pairWithOneHousehold());
        Replica mallory = LARDER_MUST(joiner(LARDER_MUST(exportFrom(p.east)), u"Mallory"_s, 0, 3));
        const QString forged = LARDER_MUST(craftedBy(p.east, mallory, [](QCborArray& ops) {
            const qsizetype at = lastOp(ops, u"households"_s, u"street"_s);
            ops[at] = withValue(ops.at(at).toArray(), u"street"_s,
                                QCborArray{QByteArray(insertop::HashBytes, '\x01')});
        }));
        expectRefused(p.west, forged, Error::Kind::Damaged,
                      {u"Eastside"_s, u"do not match its signature"_s});
        // The real file goes through.
        LARDER_VERIFY_OK(p.west.sync->importFile(LARDER_MUST(exportFrom(p.east)), Passphrase));
        QCOMPARE(digest(*p.west.store), digest(*p.east.store));
    }

    // A pantry that kept households before it had a passphrase: its records hold their personal
    // values and its inserts nothing of them ([]) until the passphrase seals the records and
    // gives the inserts the values' hashes; its file then verifies on another laptop like any
    // other.
    void insertsMadeBeforeAPassphraseAreSealedAndHashedWhenItIsSet() {
        Replica east;
        east.clock = std::make_shared<ManualClock>(TestEpochMs, 1);
        east.store = LARDER_MUST(Store::create(newPath("plain") + u".larder"_s, u"Eastside"_s,
                                               fixedOptions(east.clock, 1)));
        m_seeds.insert(east.store->siteId(), signingSeed(*east.store));
        QString id;
        LARDER_VERIFY_OK(east.store->write([&id](Writer& w) {
            id = w.insert(u"households",
                          {{u"chosen_name"_s, u"Ana"_s}, {u"street"_s, u"1 Main St"_s}});
        }));
        auto& db = east.store->connection();
        const auto insertOf = [](Replica& r, const QString& row) {
            auto q = r.store->connection().prepare("SELECT value FROM sync_log WHERE tbl = "
                                                   "'households' AND col = '+' AND row_id = ?1");
            q.bind(1, row);
            return q.step() ? insertop::decode(q.blob(0)).value_or(QList<insertop::Entry>{})
                            : QList<insertop::Entry>{};
        };
        const auto street = [](const QList<insertop::Entry>& entries) {
            for (const insertop::Entry& entry : entries) {
                if (entry.column == u"street")
                    return entry;
            }
            return insertop::Entry{};
        };
        // The record holds the street; with no key yet, the insert holds not even its hash.
        QVERIFY(street(insertOf(east, id)).hashOnly);
        QVERIFY(street(insertOf(east, id)).hash.isEmpty());
        QVERIFY(street(insertOf(east, id)).value.isNull());
        east.sync = std::make_unique<Replicator>(*east.store, KdfLimits::minimal());
        LARDER_VERIFY_OK(east.sync->setPassphrase(Passphrase));
        // Sealed in the record; the insert keeps its hash only.
        const insertop::Entry sealed = street(insertOf(east, id));
        QVERIFY(KeyRing::isSealed(db.scalar("SELECT street FROM households")));
        QVERIFY(sealed.hashOnly);
        QVERIFY(sealed.value.isNull());
        QCOMPARE(sealed.hash.size(), insertop::HashBytes);
        Replica west = LARDER_MUST(joiner(LARDER_MUST(exportFrom(east)), u"Westside"_s, 0, 2));
        QCOMPARE(digest(*west.store), digest(*east.store));
        QCOMPARE(street(insertOf(west, id)).hash, sealed.hash);

        // A newer street: the old one leaves both laptops' inserts, its hash stays.
        LARDER_VERIFY_OK(east.store->write([&id](Writer& w) {
            w.update(u"households", id, {{u"street"_s, u"2 Elm St"_s}});
        }));
        QVERIFY(street(insertOf(east, id)).hashOnly);
        LARDER_VERIFY_OK(west.sync->importFile(LARDER_MUST(exportFrom(east)), Passphrase));
        const insertop::Entry left = street(insertOf(west, id));
        QVERIFY(left.hashOnly);
        QVERIFY(left.value.isNull());
        QCOMPARE(left.hash, sealed.hash);
        QCOMPARE(digest(*west.store), digest(*east.store));
        for (Replica* r : {&east, &west}) {
            for (const CheckResult& result : runChecks(*r->store))
                QVERIFY2(result.ok, qPrintable(result.name + u": "_s + result.detail));
        }
        // A third laptop joining now gets the insert with the street as its hash: it verifies.
        Replica north = LARDER_MUST(joiner(LARDER_MUST(exportFrom(west)), u"Northside"_s, 0, 4));
        QCOMPARE(digest(*north.store), digest(*east.store));
        QVERIFY(street(insertOf(north, id)).hashOnly);
    }

    // A relay may leave a personal value out of an insert by its true hash (as it may send an
    // erased value as null with its digest): the signature holds. The record is then not
    // refused, nor written with an empty required field: it waits for the value.
    void aValueLeftOutByARelayLeavesTheRecordWaiting() {
        Pair p = LARDER_MUST(pairWithOneHousehold());
        Replica mallory = LARDER_MUST(joiner(LARDER_MUST(exportFrom(p.east)), u"Mallory"_s, 0, 3));
        const QString real = LARDER_MUST(exportFrom(p.east));
        const QByteArray digestKey = LARDER_MUST(openFile(real)).contents.digestKey;
        const QString household = firstId(*p.east.store, "households");
        const QString relayed = LARDER_MUST(altered(
            real,
            [&](QCborArray& ops) {
                const qsizetype at = lastOp(ops, u"households"_s, u"chosen_name"_s);
                const QByteArray hash =
                    chain::valueHash(digestKey, u"households"_s, household, u"chosen_name"_s,
                                     chain::plainValue(QVariant(u"Ana"_s)));
                ops[at] = withValue(ops.at(at).toArray(), u"chosen_name"_s, QCborArray{hash});
            },
            QHash<QString, QByteArray>{{mallory.store->siteId(), signingSeed(*mallory.store)}}));
        LARDER_VERIFY_OK(p.west.sync->importFile(relayed, Passphrase)); // verifies, not refused
        QCOMPARE(
            p.west.store->connection()
                .scalar("SELECT count(*) FROM households WHERE id = '" + household.toUtf8() + "'")
                .toInt(),
            0);
        // `check` names it among the records waiting for fields.
        const auto waiting = integrity(*p.west.store);
        QVERIFY(!waiting);
        QVERIFY2(waiting.error().message.contains(u"waiting"_s) &&
                     waiting.error().message.contains(household),
                 qPrintable(waiting.error().message));
    }

    void aRecordWhoseFieldsHaveNotAllArrivedStillWaits() {
        Pair p = LARDER_MUST(pairWithOneHousehold());
        // An insert that lacks a required field (a faulty laptop's): the record waits for it
        // rather than freezing anything, and nothing else of the file is lost.
        const QString partial = LARDER_MUST(crafted(p.east, [](QCborArray& ops) {
            const qsizetype at = lastOp(ops, u"households"_s, u"chosen_name"_s);
            QCborArray op = ops.at(at).toArray();
            QVERIFY(op.at(5).toString() == u"+");
            QCborMap map = op.at(6).toMap();
            map.remove(u"chosen_name"_s);
            op[6] = map;
            ops[at] = op;
        }));
        const qint64 before =
            p.west.store->connection().scalar("SELECT count(*) FROM sync_ops").toLongLong();
        LARDER_VERIFY_OK(p.west.sync->importFile(partial, Passphrase));
        QCOMPARE(p.west.store->connection().scalar("SELECT count(*) FROM households").toInt(), 0);
        QVERIFY(p.west.store->connection().scalar("SELECT count(*) FROM sync_ops").toLongLong() >
                before);
        // With no row to hold it, the street stays in the insert, sealed.
        QVERIFY(KeyRing::isSealed(p.west.store->connection().scalar(
            "SELECT larder_insert_value(value, 'street') FROM sync_log WHERE tbl = 'households' "
            "AND col = '+'")));
        // The real insert under the same number is then a forked site, never taken silently.
        expectRefused(p.west, LARDER_MUST(exportFrom(p.east)), Error::Kind::Damaged,
                      {u"signed two different versions"_s});
    }

    void aReferenceToNothingIsRefusedNamingTheChange() {
        Pair p = LARDER_MUST(pairWith(
            [](Writer& w) {
                w.insert(u"items"_s, {{u"name"_s, u"Rice"_s}});
            },
            [](Writer& w) {
                const QString item =
                    w.store().connection().scalar("SELECT id FROM items").toString();
                w.insert(u"item_barcodes"_s, {{u"item_id"_s, item}, {u"code"_s, u"123"_s}});
            }));
        qsizetype at = -1;
        const QString file = LARDER_MUST(crafted(p.east, [&at](QCborArray& ops) {
            at = lastOp(ops, u"item_barcodes"_s, u"item_id"_s);
            ops[at] = withValue(ops.at(at).toArray(), u"item_id"_s,
                                u"0190aaaa-0000-7000-8000-000000000000"_s);
        }));
        expectRefused(p.west, file, Error::Kind::Damaged,
                      {u"change %1 of this file"_s.arg(at + 1), u"item_barcodes"_s, u"item_id"_s,
                       u"0190aaaa-0000-7000-8000-000000000000"_s});
    }

    void ledgerRowsAreValidated_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QCborValue>("value");
        QTest::addColumn<QString>("word");
        QTest::newRow("quantity as text")
            << u"quantity"_s << QCborValue(u"lots"_s) << u"quantity"_s;
        QTest::newRow("quantity absurd")
            << u"quantity"_s << QCborValue(qint64(1) << 50) << u"at once"_s;
        QTest::newRow("no quantity") << u"quantity"_s << QCborValue(nullptr) << u"quantity"_s;
        QTest::newRow("another id")
            << u"id"_s << QCborValue(u"0190aaaa-0000-7000-8000-000000000000"_s)
            << u"does not match"_s;
        QTest::newRow("another site")
            << u"site"_s << QCborValue(u"someone-else"_s) << u"does not match"_s;
        QTest::newRow("unknown item")
            << u"item_id"_s << QCborValue(u"0190aaaa-0000-7000-8000-000000000000"_s)
            << u"neither here nor in this file"_s;
        // The ledger's references are checked once per record the new rows name (their bins):
        // each of them, and a lot named by an empty id rather than none, is still found.
        QTest::newRow("unknown location")
            << u"location_id"_s << QCborValue(u"0190aaaa-0000-7000-8000-000000000000"_s)
            << u"neither here nor in this file"_s;
        QTest::newRow("unknown lot")
            << u"lot_id"_s << QCborValue(u"0190aaaa-0000-7000-8000-000000000000"_s)
            << u"neither here nor in this file"_s;
        QTest::newRow("empty lot")
            << u"lot_id"_s << QCborValue(u""_s) << u"neither here nor in this file"_s;
        // Read straight from the file's bytes (IncomingOperation): what is no number, text or
        // bytes, and a field the ledger does not have, are refused by name all the same.
        QTest::newRow("quantity as yes") << u"quantity"_s << QCborValue(true) << u"quantity"_s;
        QTest::newRow("quantity as a list")
            << u"quantity"_s << QCborValue(QCborArray{1, 2}) << u"quantity"_s;
        QTest::newRow("reason as a tagged value")
            << u"reason"_s << QCborValue(QCborKnownTags::Base64, u"x"_s) << u"reason"_s;
        QTest::newRow("a field the ledger lacks")
            << u"price"_s << QCborValue(5) << u"unknown field price"_s;
        QTest::newRow("quantity past 64 bits")
            << u"quantity"_s << QCborValue(1e19) << u"quantity"_s;
    }

    void ledgerRowsAreValidated() {
        QFETCH(QString, field);
        QFETCH(QCborValue, value);
        QFETCH(QString, word);
        Pair p = LARDER_MUST(pairWith(
            [](Writer& w) {
                w.insert(u"items"_s, {{u"name"_s, u"Rice"_s}});
                w.insert(u"locations"_s, {{u"name"_s, u"Shelf"_s}});
            },
            [](Writer& w) {
                auto& db = w.store().connection();
                w.append(u"stock_movements"_s,
                         {{u"kind"_s, u"received"_s},
                          {u"item_id"_s, db.scalar("SELECT id FROM items")},
                          {u"location_id"_s, db.scalar("SELECT id FROM locations")},
                          {u"quantity"_s, 10}});
            }));
        qsizetype at = -1;
        const QString file = LARDER_MUST(crafted(p.east, [&](QCborArray& ops) {
            at = lastOp(ops, u"stock_movements"_s, u"*"_s);
            QCborMap row = ops.at(at).toArray().at(6).toMap();
            row[field] = value;
            ops[at] = withField(ops.at(at).toArray(), 6, row);
        }));
        expectRefused(p.west, file, Error::Kind::Damaged,
                      {u"change %1 of this file"_s.arg(at + 1), word});
    }

    // --- 3. Forks ----------------------------------------------------------------------------

    // A member writing under another laptop's id: the operations are not signed by that
    // laptop's key, and the whole file is refused before anything is applied.
    void operationsUnderAnotherLaptopsIdAreRefused() {
        Pair p = LARDER_MUST(pairWith([](Writer&) {},
                                      [](Writer& w) {
                                          w.insert(u"locations", {{u"name"_s, u"Shelf"_s}});
                                      }));
        Replica mallory = LARDER_MUST(joiner(LARDER_MUST(exportFrom(p.east)), u"Mallory"_s, 0, 3));
        // Mallory changes one of East's operations and signs with its own key.
        const QString forged = LARDER_MUST(craftedBy(p.east, mallory, [](QCborArray& ops) {
            const qsizetype i = lastOp(ops, u"locations"_s, u"name"_s);
            ops[i] = withValue(ops.at(i).toArray(), u"name"_s, u"Forged"_s);
        }));
        expectRefused(p.west, forged, Error::Kind::Damaged,
                      {u"Eastside"_s, u"do not match its signature"_s});
        // Or adds one of its own under East's id, numbered after East's last: the same.
        const QString added = LARDER_MUST(craftedBy(p.east, mallory, [](QCborArray& ops) {
            const qsizetype i = lastOp(ops, u"locations"_s, u"name"_s);
            QCborArray op = ops.at(i).toArray();
            qint64 last = 0;
            for (const QCborValue& o : ops) {
                if (o.toArray().at(0) == op.at(0))
                    last = std::max(last, o.toArray().at(1).toInteger());
            }
            op[1] = last + 1;
            op = withValue(op, u"name"_s, u"Taken over"_s);
            ops.append(op);
        }));
        expectRefused(p.west, added, Error::Kind::Damaged, {u"Eastside"_s, u"not signed"_s});
        // And East's key cannot be swapped for Mallory's in the file's list of laptops.
        const QString swapped = LARDER_MUST(craftedBy(p.east, mallory, [](QCborArray&) {}));
        auto opened = LARDER_MUST(openFile(swapped));
        for (MemberEntry& m : opened.contents.members) {
            if (m.site == p.east.store->siteId())
                m.publicKey = SiteKey::fromSeed(signingSeed(*mallory.store)).publicKey();
        }
        const QString withKey = newPath("crafted") + u".lardersync"_s;
        LARDER_VERIFY_OK(
            sealFile(withKey, opened, {{mallory.store->siteId(), signingSeed(*mallory.store)}}));
        expectRefused(p.west, withKey, Error::Kind::Damaged,
                      {u"Eastside"_s, u"another key"_s, u"fingerprint"_s});
    }

    // What a file says of its sender and the network (its version vector, here) is signed by
    // the sender: a relay cannot change it.
    void aFilesDescriptionIsSignedByItsSender() {
        Pair p = LARDER_MUST(pairWith([](Writer&) {},
                                      [](Writer& w) {
                                          w.insert(u"locations", {{u"name"_s, u"Shelf"_s}});
                                      }));
        auto opened = LARDER_MUST(openFile(LARDER_MUST(exportFrom(p.east))));
        opened.contents.versionVector.insert(p.west.store->siteId(), 999);
        const QString out = newPath("crafted") + u".lardersync"_s;
        LARDER_VERIFY_OK(sealFile(out, opened, {})); // the operations as they were, signed
        expectRefused(p.west, out, Error::Kind::Damaged,
                      {u"description is not signed"_s, u"Eastside"_s});
    }

    // A file states the data version of what it carries, not the version of the laptop's file:
    // a change of how a laptop keeps its own log (schema 8) does not cut off laptops not yet
    // updated. A file of a data version newer than this Larder's is refused, saying so.
    void aFileStatesTheVersionOfWhatItCarries() {
        QVERIFY(schema::SyncedVersion <= schema::CurrentVersion);
        QCOMPARE(schema::SyncedVersion, 13); // requests and offers (after suppliers' addresses, 12)
        Pair p = LARDER_MUST(pairWith([](Writer&) {},
                                      [](Writer& w) {
                                          w.insert(u"locations", {{u"name"_s, u"Shelf"_s}});
                                      }));
        auto opened = LARDER_MUST(openFile(LARDER_MUST(exportFrom(p.east))));
        QCOMPARE(opened.contents.schemaVersion, schema::SyncedVersion);
        // Stated as this laptop's own version, it is read.
        opened.contents.schemaVersion = schema::CurrentVersion;
        const QString current = newPath("current") + u".lardersync"_s;
        LARDER_VERIFY_OK(sealFile(current, opened, m_seeds));
        LARDER_VERIFY_OK(p.west.sync->importFile(current, Passphrase));
        opened.contents.schemaVersion = schema::CurrentVersion + 1;
        const QString newer = newPath("newer") + u".lardersync"_s;
        LARDER_VERIFY_OK(sealFile(newer, opened, m_seeds));
        expectRefused(p.west, newer, Error::Kind::NewerFormat, {u"newer Larder"_s});
    }

    // A copy of a laptop (a restored backup, a cloned disk) has its key: two different
    // operations signed under one (site, seq) are reported as a forked site, never dropped.
    void twoSignedVersionsOfOneNumberAreAForkedSite() {
        Pair p = LARDER_MUST(pairWith([](Writer&) {},
                                      [](Writer& w) {
                                          w.insert(u"locations", {{u"name"_s, u"Shelf"_s}});
                                      }));
        const QString real = LARDER_MUST(exportFrom(p.east));
        const QString copy = LARDER_MUST(crafted(p.east, [](QCborArray& ops) {
            const qsizetype i = lastOp(ops, u"locations"_s, u"name"_s);
            ops[i] = withValue(ops.at(i).toArray(), u"name"_s, u"Forged"_s);
        }));
        LARDER_VERIFY_OK(p.west.sync->importFile(copy, Passphrase)); // cannot be told yet
        // The real change arrives: not dropped as "already here", but reported.
        expectRefused(p.west, real, Error::Kind::Damaged,
                      {u"Eastside"_s, u"signed two different versions"_s, u"revoke the copy"_s});
        // Differing in time, field or record likewise.
        for (const int field : {2, 4}) {
            const QString other = LARDER_MUST(crafted(p.east, [field](QCborArray& ops) {
                const qsizetype i = lastOp(ops, u"locations"_s, u"name"_s);
                const QCborArray op = ops.at(i).toArray();
                ops[i] =
                    withField(op, field,
                              field == 2 ? QCborValue(op.at(2).toInteger() + 1)
                                         : QCborValue(u"0190aaaa-0000-7000-8000-0000000000aa"_s));
            }));
            expectRefused(p.west, other, Error::Kind::Damaged,
                          {u"signed two different versions"_s});
        }
        // The same file again is simply already here.
        auto again = p.west.sync->importFile(copy, Passphrase);
        LARDER_VERIFY_OK(again);
        QCOMPARE(again->applied, 0);
    }

    // A lost laptop revoked on one laptop: the revocation travels in that laptop's files; the
    // lost one's later operations are refused wherever it arrives, its files refused whole, and
    // what it made before stays.
    void aRevokedLaptopsLaterChangesAreRefusedEverywhere() {
        Pair p = LARDER_MUST(pairWith([](Writer&) {}, [](Writer&) {}));
        Replica lost = LARDER_MUST(joiner(LARDER_MUST(exportFrom(p.east)), u"Church hall"_s, 0, 3));
        LARDER_VERIFY_OK(lost.store->write([](Writer& w) {
            w.insert(u"locations", {{u"name"_s, u"Before it was lost"_s}});
        }));
        const QString before = LARDER_MUST(exportFrom(lost));
        LARDER_VERIFY_OK(p.east.sync->importFile(before, Passphrase));
        LARDER_VERIFY_OK(p.west.sync->importFile(before, Passphrase));
        // A third laptop, which will take the thief's file before the revocation reaches it.
        Replica relay = LARDER_MUST(joiner(LARDER_MUST(exportFrom(p.east)), u"Relay"_s, 0, 4));

        // East revokes it; the thief, who knows the passphrase, makes changes.
        const Member revoked = LARDER_MUST(p.east.sync->revoke(u"church hall"_s));
        QCOMPARE(revoked.site, lost.store->siteId());
        QCOMPARE(*revoked.revokedAfter, lost.store->lastSeq());
        LARDER_VERIFY_OK(lost.store->write([](Writer& w) {
            w.insert(u"locations", {{u"name"_s, u"After it was lost"_s}});
        }));
        const QString after = LARDER_MUST(exportFrom(lost));
        // East refuses the lost laptop's file whole, naming who revoked it.
        expectRefused(p.east, after, Error::Kind::InvalidInput,
                      {u"Church hall"_s, u"revoked"_s, u"Eastside"_s});
        // The third laptop takes the thief's file, and relays it.
        LARDER_VERIFY_OK(relay.sync->importFile(after, Passphrase));
        // West learns of the revocation from East's file, then gets the relay's: the changes
        // after the revocation are refused, the rest applies.
        auto report = p.west.sync->importFile(LARDER_MUST(exportFrom(p.east)), Passphrase);
        LARDER_VERIFY_OK(report);
        const QList<Member> members = p.west.sync->members();
        const auto it = std::find_if(members.cbegin(), members.cend(),
                                     [&](const Member& m) { return m.site == revoked.site; });
        QVERIFY(it != members.cend());
        QCOMPARE(it->revokedAfter, revoked.revokedAfter);
        QCOMPARE(it->revokedBy, u"Eastside"_s);
        auto relayed = p.west.sync->importFile(LARDER_MUST(exportFrom(relay)), Passphrase);
        LARDER_VERIFY_OK(relayed);
        QCOMPARE(relayed->revoked, lost.store->lastSeq() - *revoked.revokedAfter);
        QVERIFY(relayed->revoked > 0);
        const auto names = [](Store& store) {
            return store.connection()
                .scalar("SELECT group_concat(name, '|') FROM (SELECT name FROM locations ORDER "
                        "BY name)")
                .toString();
        };
        QVERIFY(names(*p.west.store).contains(u"Before it was lost"_s));
        QVERIFY(!names(*p.west.store).contains(u"After it was lost"_s));
        // What the relay applied before the revocation reached it stays there (see the README:
        // revoke, and rotate the key, as soon as a laptop is missed).
        QVERIFY(names(*relay.store).contains(u"After it was lost"_s));
        // A laptop cannot revoke itself, nor one twice.
        QVERIFY(!p.east.sync->revoke(u"Eastside"_s));
        QVERIFY(!p.east.sync->revoke(u"Church hall"_s));
        QVERIFY(!p.east.sync->revoke(u"Nobody"_s));
    }

    // A revocation someone signs for another laptop is refused with the whole file.
    void aRevocationNotSignedByItsLaptopIsRefused() {
        Pair p = LARDER_MUST(pairWith([](Writer&) {}, [](Writer&) {}));
        Replica mallory = LARDER_MUST(joiner(LARDER_MUST(exportFrom(p.east)), u"Mallory"_s, 0, 3));
        LARDER_VERIFY_OK(p.west.sync->importFile(LARDER_MUST(exportFrom(mallory)), Passphrase));
        const QString path = LARDER_MUST(exportFrom(mallory));
        auto opened = LARDER_MUST(openFile(path));
        // Mallory claims East revoked West, and signs it with its own key.
        Revocation fake{p.west.store->siteId(), 0, TestEpochMs, p.east.store->siteId(), {}};
        fake.signature = SiteKey::fromSeed(signingSeed(*mallory.store))
                             .sign(chain::revocationMessage(p.east.store->networkId(), fake));
        opened.contents.revocations.append(fake);
        const QString out = newPath("crafted") + u".lardersync"_s;
        LARDER_VERIFY_OK(sealFile(out, opened, m_seeds));
        expectRefused(p.west, out, Error::Kind::Damaged, {u"revocation"_s, u"not signed"_s});
    }

    // The digest of one operation, as docs/ARCHITECTURE.md describes it, computed here from the
    // description alone: a reader of the format can check a file's signatures the same way.
    void anOperationsDigestIsWhatTheFormatSays() {
        const QByteArray key(32, '\x42');
        const QCborArray op{u"ab"_s, 7, 9, u"locations"_s, u"r1"_s, u"name"_s, u"Shelf"_s, u""_s};
        QByteArray expected(16, Qt::Uninitialized);
        const QByteArray input = op.toCborValue().toCbor();
        crypto_generichash(reinterpret_cast<unsigned char*>(expected.data()), 16,
                           reinterpret_cast<const unsigned char*>(input.constData()),
                           std::size_t(input.size()),
                           reinterpret_cast<const unsigned char*>(key.constData()), 32);
        QCOMPARE(chain::digest(key, u"ab"_s, 7, 9, u"locations"_s, u"r1"_s, u"name"_s,
                               chain::plainValue(QVariant(u"Shelf"_s)), u""_s),
                 expected);
        // The CBOR array is [text, 7, 9, text, text, text, text, text]: fixed bytes.
        QCOMPARE(input.toHex(), QByteArray("886261620709696c6f636174696f6e7362723164"
                                           "6e616d65655368656c6660"));
        // A ledger row's fields go by name, whatever order they came in.
        QCborMap a, b;
        a.insert(u"quantity"_s, 4);
        a.insert(u"id"_s, u"x"_s);
        b.insert(u"id"_s, u"x"_s);
        b.insert(u"quantity"_s, 4);
        QCOMPARE(chain::ledgerRow(a), chain::ledgerRow(b));
        // Read into a map of values first (as the import reads it), the same.
        QVariantMap values;
        for (auto it = a.constBegin(); it != a.constEnd(); ++it)
            values.insert(it.key().toString(), it.value().toVariant());
        QCOMPARE(chain::ledgerRow(values), chain::ledgerRow(a));
        QCOMPARE(chain::ledgerRow(a), QCborValue(QCborArray{u"id"_s, u"x"_s, u"quantity"_s, 4}));
    }

    // Digests of operations of every kind of value, pinned to figures computed apart from Larder
    // (Python's cbor2 and hashlib.blake2b, 16 bytes, keyed with bytes 0..31): however the array
    // is written, its bytes and so every signed chain stay the same.
    void operationDigestsArePinned() {
        QByteArray key(32, Qt::Uninitialized);
        for (int i = 0; i < 32; ++i)
            key[i] = char(i);
        const QString site = u"0123456789abcdef0123456789abcdef"_s;
        QCborMap movement;
        movement.insert(u"quantity"_s, -4);
        movement.insert(u"at"_s, u"2026-12-06T08:30:48.125Z"_s);
        QCOMPARE(chain::digest(key, site, 7, 117737321878847488, u"households"_s,
                               u"01a24978-6f23-735d-9d96-f208e4049750"_s, u"chosen_name"_s,
                               chain::plainValue(QVariant(u"Ana Flores"_s)), u""_s)
                     .toHex(),
                 QByteArray("3e4141de2d07fcacf6fa53e31993008a"));
        QCOMPARE(chain::digest(key, site, 8, 117737321878847489, u"stock_movements"_s,
                               u"01a24978-6f23-735d-9d96-f208e4049751"_s, u"*"_s,
                               chain::ledgerRow(movement), u"\u00e9"_s)
                     .toHex(),
                 QByteArray("70461d8d176eacf44beb8306f6acec33"));
        QCOMPARE(
            chain::digest(key, u"s"_s, 1, 5, u"t"_s, u"r"_s, u"-"_s, QCborValue(nullptr), u""_s)
                .toHex(),
            QByteArray("5bcc4154ef05ba090bf6a536be1d0afe"));
        QCOMPARE(chain::digest(key, u"s"_s, 1, 5, u"t"_s, u"r"_s, u"c"_s,
                               chain::plainValue(QVariant(2.5)), u"a"_s)
                     .toHex(),
                 QByteArray("d5f66b7d69332ca9a644b33125d580dd"));
        QCOMPARE(chain::digest(key, u"s"_s, 1, 5, u"t"_s, u"r"_s, u"c"_s,
                               chain::plainValue(QVariant(QByteArray("\x00\xff", 2))), u"a"_s)
                     .toHex(),
                 QByteArray("8f6733fca99c4b5d1503c52180890565"));
    }

    // The compact ledger (schema 9) packs what Larder writes and keeps any other spelling as its
    // text: a movement whose time has no milliseconds and whose reference is an upper-case UUID
    // (valid text, as another build of Larder could write it) is kept, read back and relayed
    // exactly, so a third laptop verifies its digest; both files check clean.
    void aLedgerRowOfOtherSpellingsTravelsExactly() {
        const QString reference = u"01a24978-6f23-735d-9d96-f208e4049750"_s;
        Pair p = LARDER_MUST(pairWith(
            [](Writer& w) {
                w.insert(u"items"_s, {{u"name"_s, u"Rice"_s}});
                w.insert(u"locations"_s, {{u"name"_s, u"Shelf"_s}});
            },
            [&reference](Writer& w) {
                auto& db = w.store().connection();
                w.append(u"stock_movements"_s,
                         {{u"kind"_s, u"received"_s},
                          {u"item_id"_s, db.scalar("SELECT id FROM items")},
                          {u"location_id"_s, db.scalar("SELECT id FROM locations")},
                          {u"quantity"_s, 10},
                          {u"reference"_s, reference}});
            }));
        const QString at = u"2026-03-01T09:15:00Z"_s, upper = reference.toUpper();
        QString movement;
        const QString file = LARDER_MUST(crafted(p.east, [&](QCborArray& ops) {
            const qsizetype i = lastOp(ops, u"stock_movements"_s, u"*"_s);
            QCborArray op = ops.at(i).toArray();
            QCborMap row = op.at(6).toMap();
            movement = row.value(u"id"_s).toString();
            row[u"at"_s] = at;
            row[u"reference"_s] = upper;
            op[6] = row;
            ops[i] = op;
        }));
        LARDER_VERIFY_OK(p.west.sync->importFile(file, Passphrase));
        const auto expectExact = [&](Store& store) {
            const Values row = store.record(u"stock_movements", movement);
            QCOMPARE(row.value(u"at"_s).toString(), at);
            QCOMPARE(row.value(u"reference"_s).toString(), upper);
            QCOMPARE(row.value(u"id"_s).toString(), movement);
            auto kept = store.connection().prepare(
                "SELECT typeof(at), typeof(reference), typeof(id) FROM stock_movements WHERE id "
                "= larder_row_key(?1)");
            kept.bind(1, movement);
            QVERIFY(kept.step());
            QCOMPARE(kept.text(0), u"text"_s);
            QCOMPARE(kept.text(1), u"text"_s);
            QCOMPARE(kept.text(2), u"blob"_s);
            LARDER_VERIFY_OK(test::integrity(store));
        };
        expectExact(*p.west.store);
        // Relayed by West to a laptop that joins from it: the digests verify, the row is the same.
        Replica third = LARDER_MUST(joiner(LARDER_MUST(exportFrom(p.west)), u"Third"_s, 0, 4));
        expectExact(*third.store);
    }

    void aPreemptedLedgerIdIsRefused() {
        Pair p = LARDER_MUST(pairWith(
            [](Writer& w) {
                w.insert(u"items"_s, {{u"name"_s, u"Rice"_s}});
                w.insert(u"locations"_s, {{u"name"_s, u"Shelf"_s}});
            },
            [](Writer& w) {
                auto& db = w.store().connection();
                w.append(u"stock_movements"_s,
                         {{u"kind"_s, u"received"_s},
                          {u"item_id"_s, db.scalar("SELECT id FROM items")},
                          {u"location_id"_s, db.scalar("SELECT id FROM locations")},
                          {u"quantity"_s, 10}});
            }));
        // A third member, Mallory, writes a movement of 9999 under East's ledger id, as her own.
        Replica mallory = LARDER_MUST(joiner(LARDER_MUST(exportFrom(p.east)), u"Mallory"_s, 0, 3));
        const QString ledgerId = firstId(*p.east.store, "stock_movements");
        LARDER_VERIFY_OK(mallory.store->write([](Writer& w) {
            w.insert(u"locations", {{u"name"_s, u"Mallory's"_s}});
        }));
        const QString mallorySite = mallory.store->siteId();
        const auto preempt = [&mallorySite](QCborArray& ops, bool keepRealOne) {
            const qsizetype east = lastOp(ops, u"stock_movements"_s, u"*"_s);
            QCborArray own;
            for (const QCborValue& o : std::as_const(ops)) {
                if (o.toArray().at(0).toString() == mallorySite)
                    own = o.toArray();
            }
            qint64 lastSeq = 0;
            for (const QCborValue& o : std::as_const(ops)) {
                if (o.toArray().at(0) == own.at(0))
                    lastSeq = std::max(lastSeq, o.toArray().at(1).toInteger());
            }
            QCborArray op = ops.at(east).toArray();
            QCborMap row = op.at(6).toMap();
            row[u"quantity"_s] = 9999;
            row[u"site"_s] = own.at(0);
            row[u"hlc"_s] = own.at(2);
            op[0] = own.at(0);
            op[1] = lastSeq + 1;
            op[2] = own.at(2);
            op[6] = row;
            if (keepRealOne)
                ops.append(op); // East's real movement first in the file, then the false one
            else
                ops[east] = op; // East's left out: West has not seen it yet
        };
        // Both in one file: the second is refused, not silently dropped.
        const QString both =
            LARDER_MUST(crafted(mallory, [&preempt](QCborArray& ops) { preempt(ops, true); }));
        expectRefused(p.west, both, Error::Kind::Damaged,
                      {u"Ledger row %1"_s.arg(ledgerId), u"quantity"_s});
        // Mallory's arrives first, East's real one later.
        const QString first =
            LARDER_MUST(crafted(mallory, [&preempt](QCborArray& ops) { preempt(ops, false); }));
        LARDER_VERIFY_OK(p.west.sync->importFile(first, Passphrase));
        QCOMPARE(
            p.west.store->connection().scalar("SELECT sum(quantity) FROM stock_movements").toInt(),
            9999);
        expectRefused(p.west, LARDER_MUST(exportFrom(p.east)), Error::Kind::Damaged,
                      {u"Ledger row %1"_s.arg(ledgerId), u"quantity"_s, u"site"_s});
    }

    void checkReportsALedgerRowThatIsNotItsOperations() {
        Replica east = LARDER_MUST(founder());
        LARDER_VERIFY_OK(east.store->write([](Writer& w) {
            w.insert(u"items"_s, {{u"name"_s, u"Rice"_s}});
            w.insert(u"locations"_s, {{u"name"_s, u"Shelf"_s}});
        }));
        LARDER_VERIFY_OK(east.store->write([](Writer& w) {
            auto& db = w.store().connection();
            w.append(u"stock_movements"_s,
                     {{u"kind"_s, u"received"_s},
                      {u"item_id"_s, db.scalar("SELECT id FROM items")},
                      {u"location_id"_s, db.scalar("SELECT id FROM locations")},
                      {u"quantity"_s, 10}});
        }));
        LARDER_VERIFY_OK(integrity(*east.store));
        // The operation is another laptop's (as when a movement was written under its number).
        tamper(*east.store,
               "UPDATE sync_ops SET hlc = hlc + 1 WHERE field = (SELECT number FROM sync_fields "
               "WHERE tbl = 'stock_movements' AND col = '*')");
        bool reported = false;
        for (const CheckResult& result : runChecks(*east.store)) {
            if (result.name == u"ledger contents") {
                QVERIFY(!result.ok);
                QVERIFY2(result.detail.contains(firstId(*east.store, "stock_movements")),
                         qPrintable(result.detail));
                reported = true;
            }
        }
        QVERIFY(reported);
    }

    // --- 4. Purges ---------------------------------------------------------------------------

    void anImportedPurgeScrubsWhatTheLocalOneDoes() {
        Replica a = LARDER_MUST(founder());
        LARDER_VERIFY_OK(a.store->write([](Writer& w) {
            const QString household = w.insert(u"households", {{u"chosen_name"_s, u"Ana"_s}});
            const QString run = w.insert(u"runs", {{u"run_date"_s, u"2026-03-02"_s}});
            w.insert(u"run_stops", {{u"run_id"_s, run},
                                    {u"household_id"_s, household},
                                    {u"outcome_note"_s, u"Dog bites, knock twice"_s}});
        }));
        Replica b = LARDER_MUST(joiner(LARDER_MUST(exportFrom(a)), u"B"_s, 0, 2));
        const QString household = firstId(*a.store, "households");
        // B delivered the household on a day of its own and wrote a note A never saw.
        LARDER_VERIFY_OK(b.store->write([&household](Writer& w) {
            const QString run = w.insert(u"runs", {{u"run_date"_s, u"2026-03-09"_s}});
            w.insert(u"run_stops", {{u"run_id"_s, run},
                                    {u"household_id"_s, household},
                                    {u"outcome_note"_s, u"Moved to her sister's flat"_s}});
        }));
        const QString bBefore = LARDER_MUST(exportFrom(b)); // still holds B's note
        a.clock->advance(3600 * 1000);
        LARDER_VERIFY_OK(people::Retention(*a.store).purge({household}));
        Replica c = LARDER_MUST(joiner(LARDER_MUST(exportFrom(a)), u"C"_s, 0, 3));
        LARDER_VERIFY_OK(b.sync->importFile(LARDER_MUST(exportFrom(a)), Passphrase));

        auto& db = b.store->connection();
        QCOMPARE(db.scalar("SELECT count(*) FROM households").toInt(), 0);
        QCOMPARE(db.scalar("SELECT count(*) FROM run_stops WHERE outcome_note IS NOT NULL").toInt(),
                 0);
        QCOMPARE(db.scalar("SELECT count(*) FROM sync_log WHERE tbl = 'run_stops' AND "
                           "col = 'outcome_note' AND value IS NOT NULL")
                     .toInt(),
                 0);
        QCOMPARE(notesInInserts(*b.store), 0);
        // Nothing in the file's bytes, and nothing in B's next export.
        db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        for (const char* suffix : {"", "-wal"}) {
            const QByteArray bytes = readAll(b.store->path() + QLatin1String(suffix));
            QVERIFY(!bytes.contains("Moved to her sister"));
            QVERIFY(!bytes.contains("Dog bites"));
        }
        const Opened exported = LARDER_MUST(openFile(LARDER_MUST(exportFrom(b))));
        const QByteArray payload = QCborValue(exported.ops).toCbor();
        QVERIFY(!payload.contains("Moved to her sister"));
        QVERIFY(!payload.contains("Dog bites"));
        // A, receiving B's stop and note afterwards (from a file B made before it learnt of the
        // purge, then from a later one), erases the note too: both end the same.
        LARDER_VERIFY_OK(a.sync->importFile(bBefore, Passphrase));
        QCOMPARE(a.store->connection()
                     .scalar("SELECT count(*) FROM sync_log WHERE col = 'outcome_note' AND value "
                             "IS NOT NULL")
                     .toInt(),
                 0);
        // A third laptop that has the purge gets B's early file with the stop's link after its
        // note: the note goes all the same.
        const QString reordered = LARDER_MUST(altered(bBefore, [](QCborArray& ops) {
            QCborArray others, links;
            for (const QCborValue& op : std::as_const(ops)) {
                const bool link = op.toArray().at(3).toString() == u"run_stops" &&
                                  op.toArray().at(5).toString() == u"household_id";
                (link ? links : others).append(op);
            }
            for (const QCborValue& op : std::as_const(links))
                others.append(op);
            ops = others;
        }));
        LARDER_VERIFY_OK(c.sync->importFile(reordered, Passphrase));
        QCOMPARE(c.store->connection()
                     .scalar("SELECT count(*) FROM sync_log WHERE col = 'outcome_note' AND value "
                             "IS NOT NULL")
                     .toInt(),
                 0);
        LARDER_VERIFY_OK(a.sync->importFile(LARDER_MUST(exportFrom(b)), Passphrase));
        QCOMPARE(a.store->connection()
                     .scalar("SELECT count(*) FROM sync_log WHERE col = 'outcome_note' AND value "
                             "IS NOT NULL")
                     .toInt(),
                 0);
        QCOMPARE(notesInInserts(*a.store), 0);
        QCOMPARE(notesInInserts(*c.store), 0);
        QCOMPARE(digest(*a.store), digest(*b.store));
        LARDER_VERIFY_OK(integrity(*a.store));
        LARDER_VERIFY_OK(integrity(*b.store));
    }

    // A stop's note written with the stop (in its insert), its link to the household set later
    // on one laptop while another purges the household: the note goes on both, from the record
    // as from the log, and is not written back by the rebuild of the stop.
    void aPurgeReachesANoteWrittenBeforeItsLink() {
        Replica a = LARDER_MUST(founder());
        QString household, stop;
        LARDER_VERIFY_OK(a.store->write([&](Writer& w) {
            household = w.insert(u"households", {{u"chosen_name"_s, u"Ana"_s}});
            const QString run = w.insert(u"runs", {{u"run_date"_s, u"2026-03-02"_s}});
            stop = w.insert(u"run_stops",
                            {{u"run_id"_s, run}, {u"outcome_note"_s, u"Dog bites, knock twice"_s}});
        }));
        Replica b = LARDER_MUST(joiner(LARDER_MUST(exportFrom(a)), u"B"_s, 0, 2));
        LARDER_VERIFY_OK(a.store->write([&](Writer& w) {
            w.update(u"run_stops", stop, {{u"household_id"_s, household}});
        }));
        b.clock->advance(3600 * 1000);
        LARDER_VERIFY_OK(people::Retention(*b.store).purge({household}));
        LARDER_VERIFY_OK(a.sync->importFile(LARDER_MUST(exportFrom(b)), Passphrase));
        LARDER_VERIFY_OK(b.sync->importFile(LARDER_MUST(exportFrom(a)), Passphrase));
        for (Replica* r : {&a, &b}) {
            QCOMPARE(r->store->connection()
                         .scalar("SELECT count(*) FROM run_stops WHERE outcome_note IS NOT NULL")
                         .toInt(),
                     0);
            QCOMPARE(notesInInserts(*r->store), 0);
            LARDER_VERIFY_OK(integrity(*r->store));
        }
        QCOMPARE(digest(*a.store), digest(*b.store));
        const Opened exported = LARDER_MUST(openFile(LARDER_MUST(exportFrom(b))));
        QVERIFY(!QCborValue(exported.ops).toCbor().contains("Dog bites"));
    }

    // --- 5. check ----------------------------------------------------------------------------

    void checkRebuildsEveryRecordFromItsOperations() {
        Replica east = LARDER_MUST(founder());
        LARDER_VERIFY_OK(east.store->write([](Writer& w) {
            w.insert(u"locations", {{u"name"_s, u"Shelf"_s}});
            w.insert(u"locations", {{u"name"_s, u"Fridge"_s}});
            w.insert(u"households", {{u"chosen_name"_s, u"Ana"_s}, {u"adults"_s, 2}});
        }));
        LARDER_VERIFY_OK(integrity(*east.store));
        const auto rebuilt = [&east]() {
            for (const CheckResult& result : runChecks(*east.store)) {
                if (result.name == u"records rebuilt")
                    return result;
            }
            return CheckResult{};
        };
        QVERIFY(rebuilt().ok);
        const QString household = firstId(*east.store, "households");
        // A row that says other than its winning operation (a frozen record, a tool's edit).
        auto& db = east.store->connection();
        tamper(*east.store, "UPDATE households SET adults = 3");
        CheckResult result = rebuilt();
        QVERIFY(!result.ok);
        QVERIFY2(result.detail.contains(u"households %1 (adults)"_s.arg(household)),
                 qPrintable(result.detail));
        tamper(*east.store, "UPDATE households SET adults = 2");
        QVERIFY(rebuilt().ok);
        // Operations without a record, and a record without operations.
        tamper(*east.store,
               "INSERT INTO sync_names (name) VALUES ('elsewhere'); INSERT OR IGNORE INTO "
               "sync_fields (tbl, col) VALUES ('locations', 'name'); INSERT INTO sync_ops (site, "
               "seq, hlc, field, row_id, value) VALUES ((SELECT number FROM sync_names WHERE name "
               "= 'elsewhere'), 1, 5, (SELECT number FROM sync_fields WHERE tbl = 'locations' AND "
               "col = 'name'), 'zz-no-such-row', 'Ghost')");
        result = rebuilt();
        QVERIFY(!result.ok);
        QVERIFY2(result.detail.contains(u"locations zz-no-such-row"_s), qPrintable(result.detail));
        tamper(*east.store, "DELETE FROM sync_ops WHERE site = (SELECT number FROM sync_names "
                            "WHERE name = 'elsewhere')");
        const QString fridge = db.scalar("SELECT id FROM locations ORDER BY id DESC").toString();
        tamper(*east.store, "DELETE FROM sync_ops WHERE field IN (SELECT number FROM sync_fields "
                            "WHERE tbl = 'locations') AND row_id = X'" +
                                sql::rowKey(fridge).toByteArray().toHex() + "'");
        result = rebuilt();
        QVERIFY(!result.ok);
        QVERIFY2(result.detail.contains(u"locations %1"_s.arg(fridge)), qPrintable(result.detail));
    }
};

QTEST_GUILESS_MAIN(TestSyncAttacks)
#include "tst_sync_attacks.moc"
