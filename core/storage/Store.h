// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/KeyRing.h"
#include "core/storage/Result.h"
#include "core/storage/SiteKey.h"

#include <QCoreApplication>
#include <QDate>
#include <QObject>
#include <QSet>
#include <QString>
#include <QVariant>
#include <QVariantMap>

#include <atomic>
#include <functional>
#include <memory>

class QLockFile;

namespace larder {

namespace sql {
class Connection;
class Statement;
} // namespace sql

namespace sync {
class Replicator;
class SyncFolder;
} // namespace sync

class Clock;
class FieldCodec;
class HybridClock;
class RandomSource;
class UuidV7Generator;
class OperationLog;
class Writer;
struct TableDef;
struct ColumnDef;

// Values of one record by column name, as a feature sees them (decoded).
using Values = QVariantMap;

// One row of a query result. Values of sensitive columns are decoded already.
class Row {
public:
    Row(const QList<QVariant>& values, const QList<QByteArray>& names)
        : m_values(values)
        , m_names(names) {}
    int size() const { return int(m_values.size()); }
    const QVariant& operator[](int column) const { return m_values.at(column); }
    QVariant value(const char* columnName) const;
    QString text(int column) const { return m_values.at(column).toString(); }
    qint64 integer(int column) const { return m_values.at(column).toLongLong(); }
    double real(int column) const { return m_values.at(column).toDouble(); }
    bool isNull(int column) const { return m_values.at(column).isNull(); }

private:
    const QList<QVariant>& m_values;
    const QList<QByteArray>& m_names;
};

// Options for opening or creating a file. Tests and demo data inject the clock and randomness.
struct StoreOptions {
    std::shared_ptr<const Clock> clock;   // defaults to the system clock
    std::shared_ptr<RandomSource> random; // defaults to libsodium's generator
    // Replaces the pantry's own sealing of personal values (tests that look at raw values).
    std::shared_ptr<const FieldCodec> codec;
    // The pantry's passphrase. create() protects the new file with it; open() unlocks the file
    // with it, or protects a file that has no passphrase yet (the migration that encrypts).
    // Without it a protected file opens locked. Wiped after use.
    QByteArray passphrase;
    KdfLimits kdf = KdfLimits::moderate(); // the cost of a new wrapping of the key
};

// One pantry's database file, opened by one running Larder at a time.
//
// Reads go through read(), which decodes sensitive columns. Every change goes through write():
// one call is one user action and one transaction, and the Writer it hands out records an
// operation per changed column (site, seq, hybrid clock, table, row, column, value, person on
// shift) in that same transaction. Guard triggers in the file refuse any change to a synced
// table made outside write(), so no code path can skip its operations.
class Store : public QObject {
    Q_OBJECT

public:
    ~Store() override;

    // Creates a new file; refuses a path that exists.
    static Result<std::unique_ptr<Store>> create(const QString& path, const QString& siteName,
                                                 StoreOptions options = {});
    // Opens an existing Larder file, migrating it to the current schema.
    static Result<std::unique_ptr<Store>> open(const QString& path, StoreOptions options = {});

    QString path() const { return m_path; }
    QString siteId() const { return m_siteId; }
    QString siteName() const { return m_siteName; }
    QString networkId() const { return m_networkId; }
    int schemaVersion() const;
    // Set when open() found the file copied or moved and gave it a new site id.
    bool wasRekeyed() const { return m_rekeyed; }

    // The person on shift, recorded on every operation and ledger row (empty: nobody picked).
    void setActor(const QString& personId) { m_actor = personId; }
    QString actor() const { return m_actor; }

    // One user action: runs `body` in one transaction. If it throws (a refused statement, or
    // Writer::refuse for bad input) nothing of it is kept and the error is returned.
    Result<void> write(const std::function<void(Writer&)>& body);

    // Runs a query and hands each row to `visit`, sensitive columns decoded.
    Result<void> read(const QByteArray& sql, const QVariantList& bindings,
                      const std::function<void(const Row&)>& visit) const;
    // Runs a query whose failure the caller has no way to report (a list, a count, a lookup):
    // a failure is logged as a warning under larder.storage with the SQL and SQLite's message,
    // never dropped silently, and `visit` has seen only the rows read before it. Returns whether
    // the read worked.
    bool readOrWarn(const QByteArray& sql, const QVariantList& bindings,
                    const std::function<void(const Row&)>& visit) const;
    // Convenience: all rows of a query as value lists.
    Result<QList<QVariantList>> readAll(const QByteArray& sql,
                                        const QVariantList& bindings = {}) const;
    // The current values of one record (decoded), or an empty map.
    Values record(QStringView table, const QString& id) const;
    // A ledger column's value as the ledger keeps it on disk (Schema.h, ColumnStorage), and the
    // value again from what is kept. read() and record() give values back already; queries
    // compare with larder_row_key(?) and larder_moment(?), and bind this for a laptop's number.
    QVariant ledgerStored(const ColumnDef& column, const QVariant& value) const;
    QVariant ledgerValue(const ColumnDef& column, const QVariant& stored) const;

    // The raw connection, for checks and benchmarks. Sensitive values read from it are encoded.
    sql::Connection& connection() const { return *m_db; }
    // The numbers the operation log stores for site ids, people and fields (schema 8).
    OperationLog& operationLog() const;
    const Clock& clock() const { return *m_clock; }
    // Today's date where the laptop is (local time), by clock(): the one "today" of every rule.
    QDate today() const;
    RandomSource& random() const { return *m_random; }
    qint64 lastSeq() const { return m_seq; }
    qint64 lastHlc() const;

    // A fresh record id (UUIDv7).
    QString newId();

    // Privacy at rest (docs/ARCHITECTURE.md): whether the personal columns are sealed with a
    // data key, and whether that key is open on this laptop now.
    enum class Protection {
        Unprotected, // no passphrase yet: values are stored plain (a file from before, or a test)
        Locked,      // sealed, key closed: personal values read as empty, writes to them refused
        Unlocked,    // sealed, key open
    };
    Protection protection() const;
    // Whether names, addresses, phones and notes can be read now (not Locked).
    bool detailsReadable() const { return protection() != Protection::Locked; }
    // Opens the key with the passphrase (WrongPassphrase, or Damaged for a damaged wrapped key;
    // the file is never changed). Wipes the passphrase.
    Result<void> unlock(QByteArray passphrase);
    // Closes the key (its memory is zeroed). Personal values read as empty from now on.
    void lock();
    // Gives a pantry without a passphrase its first one: makes the data key and, in one
    // transaction, seals every personal value in the records, the operation log and open
    // conflicts (superseded values and closed conflicts' values are cleared), then checkpoints
    // and vacuums so no plain page remains. A file that already has a network passphrase (from
    // before) must be given that one.
    Result<void> protect(QByteArray passphrase, const KdfLimits& limits = KdfLimits::moderate());
    // Gives a pantry without a passphrase its network's key instead of a new one (joining): opens
    // `envelope`, a member's wrapped key, with the passphrase and seals as protect() does, so
    // every laptop of a network holds one key and sync files carry sealed values as they are.
    Result<void> adoptKey(const QByteArray& envelope, QByteArray passphrase);
    // Wraps the same key under a new passphrase; rows are not touched.
    Result<void> changePassphrase(QByteArray current, QByteArray next,
                                  const KdfLimits& limits = KdfLimits::moderate());
    // Rotates the network's key, when a laptop is lost: a new random key wrapped under a new
    // passphrase; every personal value in the records, the log and open conflicts is sealed
    // again with it, then the file is vacuumed so nothing under the old key stays. Sync files
    // made from now on name the old key as rotated from, and a member that imports one with the
    // new passphrase rotates too; the lost laptop, knowing only the old key and passphrase,
    // opens none of them. Needs the current passphrase.
    Result<void> rotateKey(QByteArray current, QByteArray next,
                           const KdfLimits& limits = KdfLimits::moderate());
    // Key ids (16 bytes each) this pantry's key replaced, newest first (see rotateKey).
    QList<QByteArray> rotatedFrom() const;
    // Whether `passphrase` opens this pantry's key (or, before protection, matches the network
    // passphrase it kept). Changes nothing; wipes the passphrase.
    Result<void> checkPassphrase(QByteArray passphrase) const;
    // Sealed values read since open that did not open (moved, tampered or foreign); they read
    // as empty. `larder-cli check` lists them.
    int unopenedValues() const { return m_unopened; }
    // Whether a stored personal value opens in its place (plain values do; needs unlocked).
    bool opensInPlace(const TableDef& table, const ColumnDef& column, const QString& rowId,
                      const QVariant& stored) const;
    // The hash an insert operation keeps of a stored personal value (InsertOperation.h): of its
    // plain value, under the network's digest key. Nothing while locked or when it does not open.
    std::optional<QByteArray> insertHashOf(const TableDef& table, const ColumnDef& column,
                                           const QString& rowId, const QVariant& stored) const;

Q_SIGNALS:
    // Emitted after a write() commits, with the tables it changed.
    void changed(const QSet<QString>& tables);
    // Emitted when the pantry is locked, unlocked or protected.
    void protectionChanged(larder::Store::Protection protection);

private:
    friend class Writer;
    friend class sync::Replicator; // applies other laptops' operations, see core/sync
    friend class sync::SyncFolder; // remembers which folder files it imported
    Store(const QString& path, StoreOptions options);
    Result<void> initialiseNew(const QString& siteName);
    Result<void> loadExisting();
    void loadMeta();
    void setMeta(const char* key, const QVariant& value);
    QVariant meta(const char* key) const;
    void rekey(const QString& reason);
    // A new site id, derived from a new signing key (a new pantry, a copy).
    void takeNewIdentity();
    // This laptop's signing key; one is made for a laptop from before signed operations.
    SiteKey siteKey();
    // The network's key for operation digests (see core/sync/OperationChain.h), kept wrapped
    // under the data key: empty when none is kept yet, nothing when it does not open. The
    // derived one is what members of a network from before signed operations all agree on.
    std::optional<QByteArray> digestKey() const;
    QByteArray derivedDigestKey() const;
    // The key of insert operations' value hashes: the digest key, or the derived one while
    // none is kept (kept from now on when `keep`: this pantry's own records are hashed under it;
    // not when a pantry is given a network's key, whose digest key its first import brings).
    // Nothing when the pantry has no key open.
    std::optional<QByteArray> valueHashKey(bool keep = true);
    void keepDigestKey(const QByteArray& key);
    static QString fileIdentity(const QString& path);
    static Result<void> lockFile(Store& store);
    Result<void> openWithPassphrase(QByteArray passphrase, const KdfLimits& limits);
    // protect() and adoptKey() once the key is open: seals and keeps the envelope.
    Result<void> sealUnder(const QByteArray& envelope, qint64 envelopeSetMs);
    // Unlocks with another wrapping of this pantry's own key — a passphrase changed on another
    // laptop of the network — and keeps that wrapping from now on (the old passphrase no longer
    // opens this file). Refused unless it holds the very key this pantry's is (meta key_id).
    Result<void> unlockWithEnvelope(const QByteArray& envelope, QByteArray passphrase,
                                    qint64 envelopeSetMs);
    // Keeps the key's public name and when the passphrase was last set (for sync files).
    void rememberKey(qint64 envelopeSetMs);
    // Takes a rotated network key from a member's file (see rotateKey): `envelope` opened with
    // the new passphrase; needs this pantry unlocked with its current key, to open what it
    // seals again.
    Result<void> adoptRotatedKey(const QByteArray& envelope, QByteArray passphrase,
                                 const QList<QByteArray>& rotatedFrom, qint64 envelopeSetMs);
    // Seals every personal value again under `next`, swaps it in and keeps `envelope`.
    Result<void> resealUnder(std::unique_ptr<KeyRing> next, const QByteArray& envelope,
                             const QList<QByteArray>& rotatedFrom, qint64 envelopeSetMs);
    // The codec for personal values now, or null while locked.
    const FieldCodec* activeCodec() const;
    // Adds a ledger row's quantity to its on-hand total (item, location, lot), in the write's or
    // the import's transaction; a total that reaches zero leaves no row.
    static void addToOnHand(sql::Connection& db, const QVariant& item, const QVariant& location,
                            const QVariant& lot, qint64 quantity);
    // A stored personal value decoded: null while locked or when it does not open.
    QVariant decodeStored(const TableDef& table, const ColumnDef& column, const QString& rowId,
                          const QVariant& stored) const;
    // A plain personal value encoded for storage; throws Refusal(Error::locked()) while locked.
    QVariant encodeForStorage(const TableDef& table, const ColumnDef& column, const QString& rowId,
                              const QVariant& plain) const;

    // Counts a write in progress for its scope, even when the body throws: the guard triggers
    // allow changes to synced tables only while it is above zero.
    struct WriterScope {
        int& depth;
        explicit WriterScope(int& d)
            : depth(d) {
            ++depth;
        }
        ~WriterScope() { --depth; }
    };

    QString m_path;
    std::shared_ptr<const Clock> m_clock;
    std::shared_ptr<RandomSource> m_random;
    std::shared_ptr<const FieldCodec> m_injectedCodec;
    std::unique_ptr<KeyRing> m_keys;
    std::unique_ptr<FieldCodec> m_sealing;
    std::unique_ptr<FieldCodec> m_plain;
    bool m_protected = false;                // the file holds a wrapped data key
    mutable std::atomic<int> m_unopened = 0; // counted by read()'s two decoding threads
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<sql::Connection> m_db;
    mutable std::unique_ptr<OperationLog> m_log; // of m_db; made on first use
    std::unique_ptr<HybridClock> m_hlc;
    std::unique_ptr<UuidV7Generator> m_ids;
    QString m_siteId;
    QString m_siteName;
    QString m_networkId;
    QString m_actor;
    qint64 m_seq = 0;
    int m_writerDepth = 0;
    bool m_rekeyed = false;

public:
    // Read by the guard function registered on the connection.
    bool writerActive() const { return m_writerDepth > 0; }
};

// Thrown inside Store::write() bodies to refuse an action: the transaction is rolled back and
// the error returned to the caller of write().
class Refusal : public std::exception {
public:
    explicit Refusal(Error error)
        : m_error(std::move(error)) {}
    const Error& error() const { return m_error; }
    const char* what() const noexcept override { return "refused"; }

private:
    Error m_error;
};

// The one way to change synced data, handed out by Store::write(). Each method changes the table
// and records its operations in the same transaction.
class Writer {
    Q_DECLARE_TR_FUNCTIONS(larder::Writer)

public:
    // Inserts a record with a new id (or `id` when given, e.g. for imports); records one insert
    // operation (InsertOperation.h) holding every column, defaults included, so the record is
    // fully described by its operations.
    QString insert(QStringView table, const Values& values, const QString& id = {});
    // Changes the given columns; records operations only for values that actually change.
    // Returns how many columns changed. Refuses an unknown or deleted record.
    int update(QStringView table, const QString& id, const Values& values);
    // Deletes a record, leaving a tombstone that wins over every edit of it.
    void remove(QStringView table, const QString& id);
    // Appends a ledger row (whole-row operation). For stock_movements the on-hand total is
    // updated in the same transaction. Returns the row id.
    QString append(QStringView table, const Values& values);

    // Refuses the whole action with a message for the person (throws Refusal).
    [[noreturn]] void refuse(const QString& message, const QString& hint = {});

    Store& store() { return m_store; }
    QSet<QString> touchedTables() const { return m_touched; }

private:
    friend class Store;
    explicit Writer(Store& store)
        : m_store(store) {}
    const TableDef& tableFor(QStringView name, int expectedKind) const;
    QVariant normalised(const ColumnDef& column, const QVariant& value) const;
    QVariant encoded(const TableDef& table, const ColumnDef& column, const QString& rowId,
                     const QVariant& value) const;
    void recordOp(const QString& table, const QString& rowId, const QString& column,
                  const QVariant& value, qint64 hlc);
    void applyOnHand(const Values& row);

    Store& m_store;
    QSet<QString> m_touched;
};

} // namespace larder
