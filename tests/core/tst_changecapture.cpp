// SPDX-License-Identifier: GPL-3.0-or-later
// Change capture: every change made through Store::write() records its operations in the same
// transaction — one per inserted record, one per changed column, a whole-row one per ledger row,
// a tombstone per delete —
// and nothing else can change a synced table. A randomized test replays the operation log and
// checks that it describes every table exactly.

#include "core/storage/InsertOperation.h"
#include "core/storage/Schema.h"
#include "core/storage/Sqlite.h"
#include "tests/TestSupport.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace larder;
using namespace larder::test;
using namespace Qt::StringLiterals;

namespace {

struct Op {
    QString site;
    qint64 seq;
    qint64 hlc;
    QString table;
    QString row;
    QString column;
    QVariant value;
    QString actor;
};

Result<QList<Op>> ops(Store& store, const QString& where = {}) {
    QList<Op> out;
    const QByteArray sqlText =
        "SELECT site, seq, hlc, tbl, row_id, col, value, actor FROM sync_log " +
        (where.isEmpty() ? QByteArray() : "WHERE " + where.toUtf8()) + " ORDER BY site, seq";
    auto read = store.read(sqlText, {}, [&out](const Row& r) {
        out.append({r.text(0), r.integer(1), r.integer(2), r.text(3), r.text(4), r.text(5), r[6],
                    r.text(7)});
    });
    if (!read)
        return read.error();
    return out;
}

// What the replay puts for a personal value that the record holds and the log does not.
const QString HeldByTheRecord = QStringLiteral("\x01held by the record");

qint64 count(Store& store, const QByteArray& sqlText) {
    return store.connection().scalar(sqlText).toLongLong();
}

} // namespace

class TestChangeCapture : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<ManualClock> m_clock;
    std::unique_ptr<Store> m_store;

    Store& store() { return *m_store; }

private Q_SLOTS:
    void init() {
        QTest::failOnWarning(QRegularExpression(u".*"_s));
        m_clock = std::make_shared<ManualClock>(TestEpochMs, 1);
        m_store = LARDER_MUST(createPantry(m_dir, m_clock));
    }

    void cleanup() { m_store.reset(); }

    void insertRecordsOneOperationWithEveryColumn() {
        QString id;
        LARDER_VERIFY_OK(store().write([&id](Writer& w) {
            id = w.insert(u"locations", {{u"name"_s, u"Shelf A"_s}, {u"kind"_s, u"shelf"_s}});
        }));
        const auto recorded = LARDER_MUST(ops(store()));
        QCOMPARE(recorded.size(), 1);
        const Op& op = recorded.first();
        QCOMPARE(op.site, store().siteId());
        QCOMPARE(op.seq, 1);
        QCOMPARE(op.table, u"locations"_s);
        QCOMPARE(op.row, id);
        QCOMPARE(op.column, insertop::Column);
        QVERIFY(op.hlc > 0);
        const auto entries = insertop::decode(op.value.toByteArray());
        QVERIFY(entries);
        const TableDef* def = schema::table(u"locations");
        QCOMPARE(entries->size(), def->columns.size() - 1); // every column but id
        QVariantMap values;
        for (const insertop::Entry& entry : *entries) {
            QVERIFY(!entry.hashOnly);
            QVERIFY(entry.hash.isEmpty()); // nothing personal in a location
            values.insert(entry.column, entry.value);
        }
        QCOMPARE(values.value(u"name"_s).toString(), u"Shelf A"_s);
        QCOMPARE(values.value(u"kind"_s).toString(), u"shelf"_s);
        QVERIFY(values.contains(u"active"_s)); // defaults are described too
        QVERIFY(!values.contains(u"id"_s));
        QCOMPARE(store().lastSeq(), 1);
        QCOMPARE(store().record(u"locations", id).value(u"name"_s).toString(), u"Shelf A"_s);
    }

    // The map's own form: a personal value keeps its hash, so it can leave without a key; what
    // is not a map of scalars (or [value, hash], [hash]) is no insert.
    void insertMapsKeepWhatLeavesAsItsHash() {
        const QByteArray hash(insertop::HashBytes, '\x07');
        const QList<insertop::Entry> entries{
            {u"name"_s, QVariant(u"Shelf"_s), {}, false},
            {u"street"_s, QVariant(QByteArray("sealed")), hash, false},
            {u"adults"_s, QVariant(qint64(2)), {}, false},
            {u"latitude"_s, QVariant(41.5), {}, false},
            {u"unit"_s, QVariant(), {}, false}};
        const QByteArray stored = insertop::encode(entries);
        const auto back = insertop::decode(stored);
        QVERIFY(back);
        QCOMPARE(back->size(), entries.size());
        for (int i = 0; i < entries.size(); ++i) {
            QCOMPARE(back->at(i).column, entries.at(i).column);
            QCOMPARE(back->at(i).value, entries.at(i).value);
            QCOMPARE(back->at(i).hash, entries.at(i).hash);
        }
        const auto erased = insertop::decode(insertop::erase(stored, u"street"_s));
        QVERIFY(erased);
        QVERIFY(erased->at(1).hashOnly);
        QVERIFY(erased->at(1).value.isNull());
        QCOMPARE(erased->at(1).hash, hash);
        QVERIFY(!insertop::encode(*erased).contains("sealed"));
        // Erasing null, or what left already, changes nothing.
        QCOMPARE(insertop::erase(stored, u"unit"_s), stored);
        QCOMPARE(insertop::erase(stored, u"name"_s), stored); // not personal: it has no hash
        const QByteArray once = insertop::erase(stored, u"street"_s);
        QCOMPARE(insertop::erase(once, u"street"_s), once);
        // Not an insert: not a map, a key that is not text, a nested value, a short hash.
        QVERIFY(!insertop::decode(QCborValue(1).toCbor()));
        QVERIFY(!insertop::decode(QCborMap{{1, 2}}.toCborValue().toCbor()));
        QVERIFY(
            !insertop::decode(QCborMap{{u"a"_s, QCborMap{{u"b"_s, 1}}}}.toCborValue().toCbor()));
        QVERIFY(!insertop::decode(
            QCborMap{{u"a"_s, QCborArray{QByteArray(8, 'x')}}}.toCborValue().toCbor()));
        QVERIFY(!insertop::decode(QByteArray("\xa1\x61", 2))); // cut short
        // Held by the record of a pantry without a passphrase: [], until it is hashed; when it
        // leaves, a hash of zeros stands for it (it was never signed).
        const QByteArray unhashed = insertop::encode({{u"street"_s, QVariant(), {}, true}});
        const auto held = insertop::decode(unhashed);
        QVERIFY(held && held->first().hashOnly && held->first().hash.isEmpty());
        const auto left = insertop::decode(insertop::erase(unhashed, u"street"_s));
        QVERIFY(left && left->first().hashOnly);
        QCOMPARE(left->first().hash, QByteArray(insertop::HashBytes, '\0'));
        // The SQL functions read and erase the same map.
        auto& db = store().connection();
        const auto call = [&db, &stored](const char* function, const char* column) {
            auto statement = db.prepare(QByteArray("SELECT ") + function + "(?1, ?2)");
            statement.bindAll(stored, QString::fromLatin1(column));
            return statement.step() ? statement.value(0) : QVariant();
        };
        QCOMPARE(call("larder_insert_value", "name").toString(), u"Shelf"_s);
        QCOMPARE(call("larder_insert_value", "street").toByteArray(), QByteArray("sealed"));
        QVERIFY(call("larder_insert_value", "nothing").isNull());
        QCOMPARE(call("larder_insert_has", "unit").toInt(), 1);
        QCOMPARE(call("larder_insert_has", "nothing").toInt(), 0);
        QCOMPARE(call("larder_insert_erase", "street").toByteArray(),
                 insertop::erase(stored, u"street"_s));
    }

    void updateRecordsOnlyChangedColumns() {
        QString id;
        LARDER_VERIFY_OK(store().write([&id](Writer& w) {
            id = w.insert(u"items", {{u"name"_s, u"Rice"_s}, {u"par_level"_s, 10}});
        }));
        const qint64 before = store().lastSeq();
        int changed = -1;
        LARDER_VERIFY_OK(store().write([&](Writer& w) {
            changed = w.update(u"items", id,
                               {{u"name"_s, u"Rice"_s},       // unchanged
                                {u"par_level"_s, u"12"_s},    // typed as text, stored as 12
                                {u"category"_s, u"food"_s}}); // changed
        }));
        QCOMPARE(changed, 2);
        const auto recorded = LARDER_MUST(ops(store(), u"seq > %1"_s.arg(before)));
        QCOMPARE(recorded.size(), 2);
        QCOMPARE(recorded.at(0).column, u"category"_s);
        QCOMPARE(recorded.at(1).column, u"par_level"_s);
        QCOMPARE(recorded.at(1).value.toLongLong(), 12);
        QCOMPARE(count(store(), "SELECT par_level FROM items"), 12);

        // Writing the same values again records nothing at all.
        LARDER_VERIFY_OK(store().write([&](Writer& w) {
            changed = w.update(u"items", id, {{u"par_level"_s, 12}, {u"category"_s, u"food"_s}});
        }));
        QCOMPARE(changed, 0);
        QCOMPARE(store().lastSeq(), before + 2);
    }

    void refusedActionLeavesNeitherRowNorOperation() {
        const qint64 seqBefore = store().lastSeq();
        auto result = store().write([](Writer& w) {
            w.insert(u"locations", {{u"name"_s, u"Freezer"_s}});
            w.refuse(u"The quantity must be a whole number."_s, u"Type 14, not 14.5."_s);
        });
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Error::Kind::InvalidInput);
        QCOMPARE(result.error().message, u"The quantity must be a whole number."_s);
        QCOMPARE(count(store(), "SELECT count(*) FROM locations"), 0);
        QCOMPARE(count(store(), "SELECT count(*) FROM sync_ops"), 0);
        QCOMPARE(store().lastSeq(), seqBefore);

        // The next action numbers its operations as if the refused one never happened.
        LARDER_VERIFY_OK(store().write([](Writer& w) {
            w.insert(u"locations", {{u"name"_s, u"Shelf"_s}});
        }));
        QCOMPARE(count(store(), "SELECT min(seq) FROM sync_ops"), 1);
    }

    void failedStatementRollsBackWholeAction() {
        // A lot that points at an item that does not exist fails at commit (deferred key).
        auto result = store().write([](Writer& w) {
            w.insert(u"locations", {{u"name"_s, u"Shelf"_s}});
            w.insert(u"lots", {{u"item_id"_s, u"01900000-0000-7000-8000-000000000000"_s}});
        });
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Error::Kind::Storage);
        QCOMPARE(count(store(), "SELECT count(*) FROM locations"), 0);
        QCOMPARE(count(store(), "SELECT count(*) FROM lots"), 0);
        QCOMPARE(count(store(), "SELECT count(*) FROM sync_ops"), 0);
        QCOMPARE(store().lastSeq(), 0);
        // Unknown columns are refused, not ignored.
        result = store().write([](Writer& w) {
            w.insert(u"households", {{u"chosen_name"_s, u"A"_s}, {u"immigration_status"_s, 1}});
        });
        QVERIFY(!result);
        QCOMPARE(count(store(), "SELECT count(*) FROM households"), 0);
    }

    void writesOutsideTheApiAreRefused() {
        LARDER_VERIFY_OK(store().write([](Writer& w) {
            w.insert(u"households", {{u"chosen_name"_s, u"Ana"_s}});
        }));
        auto& db = store().connection();
        for (const QByteArray& statement :
             {QByteArray("UPDATE households SET street = 'x'"),
              QByteArray("DELETE FROM households"),
              QByteArray("INSERT INTO items (id, name, created_at) VALUES ('x', 'y', 'z')"),
              QByteArray("DELETE FROM sync_ops"),
              QByteArray("INSERT INTO stock_on_hand VALUES ('i', 'l', '', 5)")}) {
            QVERIFY_THROWS_EXCEPTION(sql::SqlError, db.exec(statement));
        }
        QCOMPARE(count(store(), "SELECT count(*) FROM households WHERE street IS NULL"), 1);
    }

    void ledgerRowsAreWholeRowOperationsAndUpdateOnHand() {
        QString item, shelf, person;
        LARDER_VERIFY_OK(store().write([&](Writer& w) {
            item = w.insert(u"items", {{u"name"_s, u"Beans"_s}});
            shelf = w.insert(u"locations", {{u"name"_s, u"Shelf"_s}});
            person = w.insert(u"people", {{u"display_name"_s, u"Rosa"_s}});
        }));
        store().setActor(person);
        QString movement;
        LARDER_VERIFY_OK(store().write([&](Writer& w) {
            movement = w.append(u"stock_movements", {{u"kind"_s, u"received"_s},
                                                     {u"item_id"_s, item},
                                                     {u"location_id"_s, shelf},
                                                     {u"quantity"_s, 72}});
            w.append(u"stock_movements", {{u"kind"_s, u"distributed"_s},
                                          {u"item_id"_s, item},
                                          {u"location_id"_s, shelf},
                                          {u"quantity"_s, -5}});
        }));
        const auto recorded = LARDER_MUST(ops(store(), u"tbl = 'stock_movements'"_s));
        QCOMPARE(recorded.size(), 2);
        QCOMPARE(recorded.at(0).column, u"*"_s);
        QCOMPARE(recorded.at(0).row, movement);
        QCOMPARE(recorded.at(0).actor, person);
        QVERIFY(recorded.at(0).value.isNull()); // the row itself is the operation's value
        const Values row = store().record(u"stock_movements", movement);
        QCOMPARE(row.value(u"quantity"_s).toLongLong(), 72);
        QCOMPARE(row.value(u"recorded_by"_s).toString(), person);
        QCOMPARE(row.value(u"site"_s).toString(), store().siteId());
        QCOMPARE(row.value(u"hlc"_s).toLongLong(), recorded.at(0).hlc);
        QCOMPARE(count(store(), "SELECT quantity FROM stock_on_hand"), 67);
        QCOMPARE(count(store(), "SELECT sum(quantity) FROM stock_movements"), 67);
        QCOMPARE(store()
                     .connection()
                     .scalar("SELECT larder_row_text(recorded_by) FROM stock_movements LIMIT 1")
                     .toString(),
                 person);

        // The ledger is append-only, even for Larder's own writer.
        auto result = store().write([&](Writer& w) { w.remove(u"stock_movements", movement); });
        QVERIFY(!result);
        QVERIFY_THROWS_EXCEPTION(
            sql::SqlError, store().connection().exec("UPDATE stock_movements SET quantity = 1"));
    }

    void deleteLeavesTombstoneThatBlocksResurrection() {
        QString id;
        LARDER_VERIFY_OK(store().write([&id](Writer& w) {
            id = w.insert(u"households", {{u"chosen_name"_s, u"Moved away"_s}});
        }));
        LARDER_VERIFY_OK(store().write([&id](Writer& w) { w.remove(u"households", id); }));
        QCOMPARE(count(store(), "SELECT count(*) FROM households"), 0);
        QCOMPARE(count(store(), "SELECT count(*) FROM tombstones WHERE tbl = 'households'"), 1);
        const auto last = LARDER_MUST(ops(store(), u"col = '-'"_s));
        QCOMPARE(last.size(), 1);
        QCOMPARE(last.first().row, id);

        auto again = store().write([&id](Writer& w) {
            w.insert(u"households", {{u"chosen_name"_s, u"Back"_s}}, id);
        });
        QVERIFY(!again);
        auto edit = store().write([&id](Writer& w) {
            w.update(u"households", id, {{u"street"_s, u"2 Main"_s}});
        });
        QVERIFY(!edit);
        QCOMPARE(count(store(), "SELECT count(*) FROM households"), 0);
    }

    void actorIsRecordedOnEveryOperation() {
        QString rosa;
        LARDER_VERIFY_OK(store().write([&rosa](Writer& w) {
            rosa = w.insert(u"people", {{u"display_name"_s, u"Rosa"_s}});
        }));
        QCOMPARE(count(store(), "SELECT count(*) FROM sync_ops WHERE actor IS NOT NULL"), 0);
        store().setActor(rosa);
        LARDER_VERIFY_OK(store().write([](Writer& w) {
            w.insert(u"locations", {{u"name"_s, u"Fridge"_s}});
        }));
        QCOMPARE(count(store(), "SELECT count(*) FROM sync_log WHERE tbl = 'locations' AND "
                                "actor IS NULL"),
                 0);
    }

    void changedSignalNamesTablesAfterCommit() {
        QSignalSpy spy(&store(), &Store::changed);
        LARDER_VERIFY_OK(store().write([](Writer& w) {
            w.insert(u"locations", {{u"name"_s, u"Shelf"_s}});
        }));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().value<QSet<QString>>(), QSet<QString>{u"locations"_s});
        auto refused = store().write([](Writer& w) {
            w.insert(u"locations", {{u"name"_s, u"X"_s}});
            w.refuse(u"no"_s);
        });
        QVERIFY(!refused);
        QCOMPARE(spy.count(), 1); // nothing committed, nothing announced
    }

    // Random inserts, updates, deletes and ledger rows, then the log is replayed: the winning
    // operation of every field must equal the stored value, deleted rows must be absent, and the
    // sequence must have no gaps. Seeded; set LARDER_TEST_SEED to replay a failure.
    void operationLogDescribesEveryTable() {
        const quint64 seed = qEnvironmentVariableIsSet("LARDER_TEST_SEED")
                                 ? qEnvironmentVariable("LARDER_TEST_SEED").toULongLong()
                                 : 20261122;
        qInfo("seed %llu", seed);
        std::mt19937_64 rng(seed);
        auto pick = [&rng](int n) { return int(rng() % quint64(n)); };
        QStringList households, items, locations;
        LARDER_VERIFY_OK(store().write([&](Writer& w) {
            for (int i = 0; i < 3; ++i)
                locations << w.insert(u"locations", {{u"name"_s, u"Loc %1"_s.arg(i)}});
            for (int i = 0; i < 5; ++i)
                items << w.insert(u"items", {{u"name"_s, u"Item %1"_s.arg(i)}});
        }));
        for (int action = 0; action < 400; ++action) {
            const QStringList householdsBefore = households;
            auto result = store().write([&](Writer& w) {
                const int steps = 1 + pick(4);
                for (int s = 0; s < steps; ++s) {
                    switch (pick(6)) {
                    case 0:
                        households << w.insert(u"households",
                                               {{u"chosen_name"_s, u"H%1"_s.arg(rng() % 1000)},
                                                {u"adults"_s, 1 + pick(4)}});
                        break;
                    case 1:
                    case 2:
                        if (!households.isEmpty())
                            w.update(u"households", households.at(pick(int(households.size()))),
                                     {{u"street"_s, u"%1 W 18th St"_s.arg(pick(3000))},
                                      {u"children"_s, pick(3)},
                                      {u"latitude"_s, 41.8 + pick(1000) / 10000.0}});
                        break;
                    case 3:
                        if (!households.isEmpty())
                            w.remove(u"households",
                                     households.takeAt(pick(int(households.size()))));
                        break;
                    case 4:
                        w.update(u"items", items.at(pick(5)), {{u"par_level"_s, pick(50)}});
                        break;
                    default:
                        w.append(u"stock_movements", {{u"kind"_s, u"received"_s},
                                                      {u"item_id"_s, items.at(pick(5))},
                                                      {u"location_id"_s, locations.at(pick(3))},
                                                      {u"quantity"_s, pick(40) - 10}});
                    }
                }
                if (pick(10) == 0)
                    w.refuse(u"random refusal"_s); // a whole action thrown away
            });
            if (!result) {
                QCOMPARE(result.error().message, u"random refusal"_s);
                households = householdsBefore;
            }
        }

        // Replay: last writer per field by (hlc, site).
        QHash<QString, QHash<QString, QVariantMap>> replayed; // table -> row -> column -> value
        QHash<QString, QHash<QString, qint64>> fieldHlc;
        QSet<QString> deleted;
        qint64 expectedSeq = 0;
        for (const Op& op : LARDER_MUST(ops(store()))) {
            QCOMPARE(op.seq, ++expectedSeq);
            const QString key = op.table + u'/' + op.row;
            if (op.column == u"-") {
                deleted.insert(key);
                continue;
            }
            if (op.column == u"*")
                continue;
            if (op.column == insertop::Column) { // a write of each of its columns
                if (op.value.isNull())
                    continue; // a deleted record's values left the log (its delete follows)
                const auto entries = insertop::decode(op.value.toByteArray());
                QVERIFY(entries);
                for (const insertop::Entry& entry : *entries) {
                    const QString field = key + u'/' + entry.column;
                    if (op.hlc > fieldHlc[op.table].value(field, -1)) {
                        fieldHlc[op.table][field] = op.hlc;
                        // A personal value the record holds: the log keeps no copy of it.
                        replayed[op.table][op.row][entry.column] =
                            entry.hashOnly ? QVariant(HeldByTheRecord) : entry.value;
                    }
                }
                continue;
            }
            const QString field = key + u'/' + op.column;
            if (op.hlc > fieldHlc[op.table].value(field, -1)) {
                fieldHlc[op.table][field] = op.hlc;
                replayed[op.table][op.row][op.column] = op.value;
            }
        }
        QCOMPARE(expectedSeq, store().lastSeq());
        for (const TableDef& table : schema::tables()) {
            if (table.kind != TableKind::Record)
                continue;
            int rows = 0;
            LARDER_VERIFY_OK(
                store().read("SELECT * FROM " + table.name.toUtf8(), {}, [&](const Row& row) {
                    ++rows;
                    const QString id = row.text(0);
                    QVERIFY(!deleted.contains(table.name + u'/' + id));
                    const QVariantMap fields = replayed[table.name].value(id);
                    for (int c = 1; c < table.columns.size(); ++c) {
                        const QString& name = table.columns.at(c).name;
                        QVERIFY2(fields.contains(name), qPrintable(table.name + u'.' + name));
                        if (fields.value(name) == QVariant(HeldByTheRecord))
                            QVERIFY(!row[c].isNull()); // its insert's value: not empty
                        else
                            QCOMPARE(fields.value(name), row[c]);
                    }
                }));
            int live = 0;
            for (auto it = replayed[table.name].cbegin(); it != replayed[table.name].cend(); ++it)
                live += deleted.contains(table.name + u'/' + it.key()) ? 0 : 1;
            QCOMPARE(rows, live);
        }
        QCOMPARE(count(store(), "SELECT count(*) FROM stock_movements"),
                 count(store(), "SELECT count(*) FROM sync_log WHERE col = '*'"));
        QCOMPARE(count(store(), "SELECT coalesce(sum(quantity), 0) FROM stock_on_hand"),
                 count(store(), "SELECT coalesce(sum(quantity), 0) FROM stock_movements"));
    }
};

QTEST_GUILESS_MAIN(TestChangeCapture)
#include "tst_changecapture.moc"
