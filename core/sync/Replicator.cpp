// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/Replicator.h"

#include "core/identity/Clock.h"
#include "core/identity/HybridClock.h"
#include "core/storage/CborScalar.h"
#include "core/storage/Erasure.h"
#include "core/storage/FieldCodec.h"
#include "core/storage/InsertOperation.h"
#include "core/storage/OperationLog.h"
#include "core/storage/PassphrasePolicy.h"
#include "core/storage/Schema.h"
#include "core/storage/Sqlite.h"
#include "core/sync/IncomingCheck.h"
#include "core/sync/IncomingOperation.h"
#include "core/sync/Membership.h"
#include "core/sync/OperationChain.h"
#include "core/sync/OperationReader.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborStreamReader>
#include <QCborStreamWriter>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSet>

#include <sodium.h>
#include <sqlite3.h>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace larder::sync {

namespace {

QString isoNow(const Clock& clock) {
    return QDateTime::fromMSecsSinceEpoch(clock.nowMs(), Qt::UTC).toString(Qt::ISODateWithMs);
}

QString vvToJson(const QMap<QString, qint64>& vv) {
    QJsonObject object;
    for (auto it = vv.cbegin(); it != vv.cend(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QMap<QString, qint64> vvFromJson(const QString& text) {
    QMap<QString, qint64> vv;
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        vv.insert(it.key(), it.value().toInteger());
    return vv;
}

// One operation as carried in a file: its names seen in the operation as read (no copies of
// them per operation: they were made on the reading thread, OperationReader), its value opened.
struct IncomingOp {
    const QString& site;
    qint64 seq = 0;
    qint64 hlc = 0;
    const QString& table;
    const QString& row;
    const QString& column;
    const QString& actor;
    QVariant value; // plaintext
};

// The insert operation (site, seq) with the values of `columns` kept only as their hashes: the
// record holds them now (InsertOperation.h).
void keepOnlyHashes(sql::Connection& db, OperationLog& log, const QString& site, qint64 seq,
                    const QStringList& columns) {
    auto& read = db.cached("SELECT value FROM sync_ops WHERE site = ?1 AND seq = ?2");
    read.bindAll(log.nameNumber(site), seq);
    QByteArray stored;
    if (read.step() && !read.isNull(0))
        stored = read.blob(0);
    read.reset();
    if (stored.isEmpty())
        return;
    QByteArray kept = stored;
    for (const QString& column : columns)
        kept = insertop::erase(kept, column);
    if (kept == stored)
        return;
    auto& write = db.cached("UPDATE sync_ops SET value = ?3 WHERE site = ?1 AND seq = ?2");
    write.bindAll(log.nameNumber(site), seq, kept).run();
}

// Whether the log holds any operation of the record (its row may still wait for fields).
bool hasOperations(sql::Connection& db, const TableDef& def, const QString& row) {
    auto& any = db.cached("SELECT 1 FROM sync_ops WHERE field IN (SELECT number FROM sync_fields "
                          "WHERE tbl = ?1 AND number > 0) AND row_id = larder_row_key(?2) AND "
                          "field > 0 LIMIT 1");
    any.bindAll(def.name, row);
    const bool found = any.step();
    any.reset();
    return found;
}

// Whether the log holds any operation of the table at all.
bool tableHasOperations(sql::Connection& db, const TableDef& def) {
    auto& any = db.cached("SELECT 1 FROM sync_ops WHERE field IN (SELECT number FROM sync_fields "
                          "WHERE tbl = ?1 AND number > 0) AND field > 0 LIMIT 1");
    any.bind(1, def.name);
    const bool found = any.step();
    any.reset();
    return found;
}

// A record's row as stored (personal values sealed), by column; nothing when it has no row.
std::optional<QVariantMap> storedRow(sql::Connection& db, const QString& table,
                                     const QString& row) {
    auto& current = db.cached("SELECT * FROM " + table.toUtf8() + " WHERE id = ?1");
    current.bind(1, row);
    std::optional<QVariantMap> values;
    if (current.step()) {
        values.emplace();
        for (int i = 0; i < current.columnCount(); ++i)
            values->insert(QString::fromUtf8(current.columnName(i)), current.value(i));
    }
    current.reset();
    return values;
}

bool recordExists(sql::Connection& db, const TableDef& def, const QString& row) {
    auto& exists = db.cached("SELECT 1 FROM " + def.name.toUtf8() + " WHERE id = ?1");
    exists.bind(1, row);
    const bool found = exists.step();
    exists.reset();
    return found;
}

// An on-hand total's bin: item, location and lot, as a ledger row names them (a row with no lot
// apart from one naming an empty one, for the check of the references they make).
struct Bin {
    QString item, location, lot;
    bool hasLot = false;
    bool operator==(const Bin& other) const {
        return item == other.item && location == other.location && lot == other.lot &&
               hasLot == other.hasLot;
    }
};

size_t qHash(const Bin& bin, size_t seed = 0) {
    return qHashMulti(seed, bin.item, bin.location, bin.lot, bin.hasLot);
}

// A field's winning operation.
struct Winner {
    QString site;
    qint64 seq = 0;
    qint64 hlc = -1;
    QVariant value; // stored (encoded)
    bool exists() const { return hlc >= 0; }
};

bool beats(qint64 hlcA, const QString& siteA, qint64 hlcB, const QString& siteB) {
    return hlcA > hlcB || (hlcA == hlcB && siteA > siteB);
}

// A nullable reference from one synced table's column to another synced table.
struct Reference {
    QString table;
    QString column;
    QString target;
};

// The nullable references between synced tables, read from the schema's foreign keys. When a
// record is deleted on one laptop while another links to it, the link materializes as empty
// everywhere (the same rule on every laptop), instead of blocking every later import.
const QList<Reference>& nullableReferences(sql::Connection& db) {
    static QList<Reference> references;
    static bool loaded = false;
    if (loaded)
        return references;
    for (const TableDef& table : schema::tables()) {
        if (table.kind != TableKind::Record)
            continue;
        auto keys = db.prepare("SELECT \"table\", \"from\" FROM pragma_foreign_key_list(?1)");
        keys.bind(1, table.name);
        while (keys.step()) {
            const QString column = keys.text(1);
            auto info = db.prepare("SELECT \"notnull\" FROM pragma_table_info(?1) WHERE name = ?2");
            info.bindAll(table.name, column);
            if (info.step() && info.int64(0) == 0)
                references.append({table.name, column, keys.text(0)});
        }
    }
    loaded = true;
    return references;
}

// Opens a locked pantry's key for one export or import (which are given the passphrase anyway)
// and closes it again when done.
class UnlockedWhileRunning {
public:
    explicit UnlockedWhileRunning(Store& store)
        : m_store(store) {}
    ~UnlockedWhileRunning() {
        if (m_relock)
            m_store.lock();
    }
    UnlockedWhileRunning(const UnlockedWhileRunning&) = delete;
    UnlockedWhileRunning& operator=(const UnlockedWhileRunning&) = delete;
    Result<void> open(QByteArray passphrase) {
        if (m_store.protection() != Store::Protection::Locked) {
            sodium_memzero(passphrase.data(), std::size_t(passphrase.size()));
            return {};
        }
        if (auto ok = m_store.unlock(std::move(passphrase)); !ok)
            return ok;
        m_relock = true;
        return {};
    }
    // The key was opened another way (unlockWithEnvelope): close it again when done.
    void relockWhenDone() { m_relock = true; }

private:
    Store& m_store;
    bool m_relock = false;
};

// Wipes a byte array's contents when it goes out of scope (passphrases, decrypted blocks).
struct Wiped {
    QByteArray& bytes;
    ~Wiped() {
        if (!bytes.isEmpty())
            sodium_memzero(bytes.data(), std::size_t(bytes.size()));
    }
};

// The page cache of an import, in KiB (SQLite's default is 2 MiB).
constexpr qint64 ImportCacheKiB = 64 * 1024;

// An export starts a new block once this many bytes of operations are written.
constexpr qsizetype BlockTarget = 256 * 1024;

} // namespace

Replicator::Replicator(Store& store, KdfLimits limits)
    : m_store(store)
    , m_limits(limits) {}

bool Replicator::hasPassphrase() const {
    return m_store.protection() != Store::Protection::Unprotected ||
           !m_store.meta("passphrase_check").isNull();
}

Result<void> Replicator::setPassphrase(QByteArray passphrase) {
    if (!hasPassphrase()) {
        // A new network's passphrase meets the policy; an old network's is checked by protect().
        if (auto ok = passphrase::check(QString::fromUtf8(passphrase), {m_store.siteName()}); !ok) {
            sodium_memzero(passphrase.data(), std::size_t(passphrase.size()));
            return ok.error();
        }
    }
    // The network's one passphrase is the pantry's: it wraps the key of the personal values.
    return m_store.protect(std::move(passphrase), m_limits);
}

Result<void> Replicator::checkPassphrase(QByteArray passphrase) const {
    return m_store.checkPassphrase(std::move(passphrase));
}

QMap<QString, qint64> Replicator::versionVector() const {
    // What this laptop holds signed and verified of each laptop: what a file made for it may
    // start after (operations held from before signed operations are not counted).
    QMap<QString, qint64> vv;
    auto sites = m_store.m_db->prepare("SELECT site, head_seq FROM sync_sites WHERE "
                                       "head_signature IS NOT NULL AND head_seq > 0");
    while (sites.step())
        vv.insert(sites.text(0), sites.int64(1));
    return vv;
}

namespace {

// Opens the pantry's key for an export or import: protects a pantry of a network from before
// protection with its passphrase, unlocks a locked one for the duration, and checks a passphrase
// given to an unlocked one. Leaves `passphrase` as it is (the caller wipes it).
Result<void> openKey(const Replicator& replicator, Store& store, const KdfLimits& limits,
                     const QByteArray& passphrase, UnlockedWhileRunning& unlocked) {
    Store& m_store = store;
    if (m_store.protection() == Store::Protection::Unprotected) {
        if (!replicator.hasPassphrase())
            return Error::invalidInput(
                       Replicator::tr("This pantry has no network passphrase yet."),
                       Replicator::tr("Give it one (\"larder-cli passphrase set\" or the Sync "
                                      "page), or join a network."))
                .at(m_store.path());
        // A pantry of a network from before protection: its passphrase now seals its details.
        if (auto ok =
                m_store.protect(QByteArray(passphrase.constData(), passphrase.size()), limits);
            !ok)
            return ok;
        return {};
    }
    if (m_store.protection() == Store::Protection::Locked)
        return unlocked.open(QByteArray(passphrase.constData(), passphrase.size()));
    // Unlocked already: a passphrase given anyway must still be the network's, so a typo is
    // caught here rather than in a file nobody else can open.
    if (!passphrase.isEmpty())
        return m_store.checkPassphrase(QByteArray(passphrase.constData(), passphrase.size()));
    return {};
}

// The network's digest key is kept wrapped under the data key; it does not open (a damaged file).
Error digestKeyUnopened(const Store& store) {
    return Error::make(Error::Kind::Damaged,
                       Replicator::tr("This pantry's key for signed changes does not open."),
                       Replicator::tr("Run \"larder-cli check\" on this file."))
        .at(store.path());
}

} // namespace

Result<ExportSummary> Replicator::exportFile(const QString& path, QByteArray passphrase,
                                             const QString& forSite, const Progress& progress) {
    Wiped wipe{passphrase};
    UnlockedWhileRunning unlocked(m_store);
    if (auto ok = openKey(*this, m_store, m_limits, passphrase, unlocked); !ok)
        return ok.error();
    QMap<QString, qint64> peerKnows;
    if (!forSite.isEmpty()) {
        bool known = false;
        for (const Peer& peer : peers()) {
            if (peer.site == forSite || peer.name.compare(forSite, Qt::CaseInsensitive) == 0) {
                peerKnows = peer.versionVector;
                known = true;
            }
        }
        if (!known)
            return Error::invalidInput(
                tr("No file from \"%1\" has been imported here yet, so Larder does "
                   "not know what it lacks.")
                    .arg(forSite),
                tr("Export everything instead (leave out --for)."));
    }

    // Written under a temporary name and renamed, so a folder watcher never sees half a file.
    QSaveFile file(path);
    const auto unwritable = [&file, &path] {
        return Error::make(Error::Kind::ReadOnlyFolder,
                           tr("The sync file could not be written (%1).").arg(file.errorString()),
                           tr("Check that the stick or folder is writable and not full."))
            .at(path);
    };
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner))
        return unwritable();

    const KeyRing& key = *m_store.m_keys;
    ExportSummary summary;
    try {
        auto& db = *m_store.m_db;
        // The network's digest key (core/sync/OperationChain.h): the one this pantry keeps, or,
        // in a network from before signed operations, the one every member derives alike.
        const std::optional<QByteArray> kept = m_store.digestKey();
        if (!kept)
            return digestKeyUnopened(m_store);
        QByteArray digestKey = *kept;
        if (digestKey.isEmpty()) {
            digestKey = m_store.derivedDigestKey();
            sql::Transaction transaction(db);
            m_store.keepDigestKey(digestKey);
            transaction.commit();
        }
        const chain::DigestKey digestHasher(digestKey); // for the values checked below
        const SiteKey signer = m_store.siteKey();
        Membership membership(
            db, {m_store.networkId(), m_store.siteId(), m_store.siteName(), signer, digestKey}, key,
            m_store.clock().nowMs());
        {
            Store::WriterScope writing(m_store.m_writerDepth);
            sql::Transaction transaction(db);
            membership.prepareExport();
            transaction.commit();
        }
        const QHash<QString, qint64> signedHeads = membership.signedHeads();
        Contents contents;
        contents.siteId = m_store.siteId();
        contents.siteName = m_store.siteName();
        contents.createdMs = m_store.clock().nowMs();
        contents.schemaVersion = schema::SyncedVersion;
        contents.versionVector = versionVector();
        contents.envelopeSetMs = m_store.meta("envelope_set").toLongLong();
        contents.rotatedFrom = m_store.rotatedFrom();
        contents.digestKey = digestKey;
        contents.members = membership.entries();
        contents.revocations = membership.revocations();
        // Only signed operations travel: each laptop's up to its signed head.
        auto countBetween = db.prepare("SELECT count(*) FROM sync_ops WHERE site = (SELECT "
                                       "number FROM sync_names WHERE name = ?1) AND seq > ?2 AND "
                                       "seq <= ?3");
        for (auto it = signedHeads.cbegin(); it != signedHeads.cend(); ++it) {
            countBetween.reset();
            countBetween.bindAll(it.key(), peerKnows.value(it.key(), 0), it.value());
            countBetween.step();
            contents.operations += countBetween.int64(0);
        }
        const qint64 total = contents.operations;
        // The sender vouches for all it says of itself and the others.
        contents.senderSignature = signer.sign(signedContents(contents));
        SyncFileWriter writer(file);
        if (auto ok = writer.begin(m_store.networkId(), key, m_store.meta("data_key").toByteArray(),
                                   contents);
            !ok)
            return Error(ok.error()).at(path);

        QByteArray block;
        std::optional<QCborStreamWriter> cbor;
        const auto startBlock = [&] {
            block.clear();
            cbor.emplace(&block);
            cbor->startArray();
        };
        const auto flushBlock = [&]() -> Result<void> {
            cbor->endArray();
            cbor.reset();
            auto added = writer.addBlock(block);
            sodium_memzero(block.data(), std::size_t(block.size()));
            return added;
        };
        startBlock();
        // A personal value travels as this laptop stores it: sealed with the network key.
        const auto writeSealed = [&](const TableDef& def, const ColumnDef& col, const QString& row,
                                     const QVariant& stored) {
            if (stored.isNull()) {
                cbor->append(nullptr);
            } else if (KeyRing::isSealed(stored)) {
                // One that does not open here reads as empty here, and so travels empty.
                if (key.open(def.name, col.name, row, stored.toByteArray()))
                    cbor->append(stored.toByteArray());
                else
                    cbor->append(nullptr);
            } else {
                cbor->append(key.seal(def.name, col.name, row, stored)); // not sealed yet
            }
        };
        // Each laptop's operations in order (the file needs no order between laptops); the
        // log's numbers spelled out through its dictionaries.
        OperationLog& log = m_store.operationLog();
        auto ops = db.prepare("SELECT site, seq, hlc, field, row_id, value, actor, digest "
                              "FROM sync_ops ORDER BY site, seq");
        auto ledger = db.prepare(schema::decodedRowByIdSql(*schema::table(u"stock_movements")));
        qint64 seen = 0;
        while (ops.step()) {
            const QString site = log.name(ops.int64(0));
            const qint64 seq = ops.int64(1);
            if (seq <= peerKnows.value(site, 0) || seq > signedHeads.value(site, 0))
                continue;
            if (progress && ++seen % 10000 == 0 && !progress(seen, total))
                return Error::cancelled(tr("Export cancelled.")).at(path);
            const auto [table, column] = log.field(ops.int64(3));
            const QString row = sql::rowIdText(ops.value(4));
            cbor->startArray(9);
            cbor->append(site);
            cbor->append(seq);
            cbor->append(ops.int64(2));
            cbor->append(table);
            cbor->append(row);
            cbor->append(column);
            const TableDef* def = schema::table(table);
            if (column == u"*" && table == u"stock_movements") {
                ledger.reset();
                ledger.bind(1, row);
                if (!ledger.step())
                    return Error::storage(tr("A ledger row named by the log is missing."),
                                          tr("Run \"larder-cli check\" on this file."))
                        .at(m_store.path());
                cbor->startMap(ledger.columnCount());
                for (int i = 0; i < ledger.columnCount(); ++i) {
                    cbor->append(QString::fromUtf8(ledger.columnName(i)));
                    cbor::writeScalar(*cbor, ledger.value(i));
                }
                cbor->endMap();
            } else if (column == insertop::Column && def && !ops.isNull(5)) {
                const auto entries = insertop::decode(ops.blob(5));
                if (!entries)
                    return Error::storage(tr("An operation in this pantry's log is damaged "
                                             "(%1 %2).")
                                              .arg(table, row),
                                          tr("Run \"larder-cli check\" on this file."))
                        .at(m_store.path());
                // A personal value the record holds (the insert keeps its hash) travels as the
                // record's, while the record's value is still the one the hash is of.
                const QString tableName = table;   // (a lambda cannot name a structured binding)
                std::optional<QVariantMap> record; // read on first need; empty: no row
                const auto inRecord = [&](const insertop::Entry& entry,
                                          const ColumnDef& col) -> QVariant {
                    if (!record)
                        record = storedRow(db, tableName, row).value_or(QVariantMap());
                    const QVariant stored = record->value(entry.column);
                    if (stored.isNull() || !KeyRing::isSealed(stored))
                        return {};
                    const auto plain = key.open(tableName, col.name, row, stored.toByteArray());
                    if (!plain || chain::valueHash(digestHasher, tableName, row, col.name,
                                                   chain::plainValue(*plain)) != entry.hash)
                        return {};
                    return stored;
                };
                cbor->startMap(entries->size());
                for (const insertop::Entry& entry : *entries) {
                    cbor->append(entry.column);
                    const ColumnDef* col = def->column(entry.column);
                    if (entry.hashOnly && entry.hash.isEmpty())
                        return Error::storage(tr("A personal value of %1 %2 was never hashed.")
                                                  .arg(table, row),
                                              tr("Run \"larder-cli check\" on this file and "
                                                 "keep a copy of it for the people who make "
                                                 "Larder. Nothing was exported."))
                            .at(m_store.path());
                    const QVariant fromRecord = entry.hashOnly && col && col->sensitive
                                                    ? inRecord(entry, *col)
                                                    : QVariant();
                    // A personal value kept in the map that does not open here travels as its
                    // hash, which its digest covers (as null it would break the chain).
                    const bool unopened =
                        !entry.hashOnly && col && col->sensitive && !entry.value.isNull() &&
                        !entry.hash.isEmpty() && KeyRing::isSealed(entry.value) &&
                        !key.open(table, col->name, row, entry.value.toByteArray());
                    if (!fromRecord.isNull()) {
                        writeSealed(*def, *col, row, fromRecord);
                    } else if (entry.hashOnly || unopened) {
                        cbor->startArray(1);
                        cbor->append(entry.hash);
                        cbor->endArray();
                    } else if (col && col->sensitive) {
                        writeSealed(*def, *col, row, entry.value);
                    } else {
                        cbor::writeScalar(*cbor, entry.value);
                    }
                }
                cbor->endMap();
            } else {
                const ColumnDef* col = def ? def->column(column) : nullptr;
                if (col && col->sensitive)
                    writeSealed(*def, *col, row, ops.value(5));
                else
                    cbor::writeScalar(*cbor, ops.value(5));
            }
            if (ops.isNull(6))
                cbor->append(QString()); // as the log held it before schema 8: empty text
            else
                cbor->append(log.name(ops.int64(6)));
            // An erased value travels with its digest, so the chain still verifies.
            if (ops.isNull(5) && column != u"-" && column != u"*")
                cbor->append(ops.blob(7));
            else
                cbor->append(nullptr);
            cbor->endArray();
            ++summary.operations;
            if (block.size() >= BlockTarget) {
                if (auto ok = flushBlock(); !ok)
                    return Error(ok.error()).at(path);
                startBlock();
            }
        }
        if (auto ok = flushBlock(); !ok)
            return Error(ok.error()).at(path);
        if (auto ok = writer.finish(); !ok)
            return Error(ok.error()).at(path);
    } catch (const sql::SqlError& e) {
        return Error::storage(e.message()).at(m_store.path());
    }
    if (!file.commit())
        return unwritable();
    summary.bytes = QFileInfo(path).size();
    return summary;
}

Result<ImportReport> Replicator::importFile(const QString& path, QByteArray passphrase,
                                            const Progress& progress) {
    Wiped wipe{passphrase};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::NotFound,
                           tr("The sync file cannot be read (%1).").arg(file.errorString()),
                           tr("Check the name and that the stick is plugged in."))
            .at(path);
    SyncFileReader reader(file, path);
    auto header = reader.readHeader();
    if (!header)
        return header.error();
    if (header->networkId != m_store.networkId())
        return Error::make(Error::Kind::ForeignNetwork,
                           tr("This sync file comes from another network, not this pantry's."),
                           tr("Only files from laptops of the same network can be imported. "
                              "Nothing was changed."))
            .at(path);
    UnlockedWhileRunning unlocked(m_store);
    const bool wasLocked = m_store.protection() == Store::Protection::Locked;
    bool adopted = false;
    if (auto ok = openKey(*this, m_store, m_limits, passphrase, unlocked); !ok) {
        const bool wrong = ok.error().kind == Error::Kind::WrongPassphrase && !passphrase.isEmpty();
        const bool sameKey = header->keyId == m_store.meta("key_id").toByteArray();
        if (wrong && !sameKey && m_store.protection() == Store::Protection::Unlocked) {
            // Not this pantry's passphrase, but perhaps the file's: a network key rotated on
            // another laptop (tried on the file below).
        } else if (wrong && sameKey &&
                   m_store.unlockWithEnvelope(header->envelope,
                                              QByteArray(passphrase.constData(), passphrase.size()),
                                              0)) {
            // One another laptop changed it to: it opens the file's wrapping of this very key,
            // which this pantry keeps from now on.
            if (wasLocked)
                unlocked.relockWhenDone();
            adopted = true;
        } else {
            return ok.error();
        }
    }
    const QByteArray ownKeyId = m_store.m_keys->keyId();
    if (header->keyId == ownKeyId) {
        if (auto ok = reader.openWith(*m_store.m_keys); !ok)
            return ok.error();
    } else if (passphrase.isEmpty()) {
        return Error::make(Error::Kind::WrongPassphrase,
                           tr("This sync file is under another key than this pantry's."),
                           tr("Give the network's passphrase to import it."))
            .at(path);
    } else if (auto ok =
                   reader.openWithPassphrase(QByteArray(passphrase.constData(), passphrase.size()));
               !ok) {
        if (ok.error().kind == Error::Kind::WrongPassphrase)
            return Error::make(Error::Kind::WrongPassphrase,
                               tr("The passphrase does not open this sync file."),
                               tr("Check the network's passphrase (capitals, spaces). If the "
                                  "network's key was rotated on another laptop, give the new "
                                  "passphrase."))
                .at(path);
        return ok.error();
    }
    auto contents = reader.readContents();
    if (!contents)
        return contents.error();
    bool rotated = false;
    if (header->keyId != ownKeyId && contents->rotatedFrom.contains(ownKeyId)) {
        // The network's key was rotated (a laptop was lost): this pantry takes the new key and
        // passphrase, and seals everything again with it.
        if (auto ok = m_store.adoptRotatedKey(header->envelope,
                                              QByteArray(passphrase.constData(), passphrase.size()),
                                              contents->rotatedFrom, contents->envelopeSetMs);
            !ok)
            return ok.error();
        if (wasLocked)
            unlocked.relockWhenDone();
        rotated = true;
    }
    const KeyRing& key = *m_store.m_keys;
    if (contents->schemaVersion > schema::CurrentVersion)
        return Error::make(Error::Kind::NewerFormat,
                           tr("This sync file was made by a newer Larder (data version %1; this "
                              "Larder reads up to %2).")
                               .arg(contents->schemaVersion)
                               .arg(schema::CurrentVersion),
                           tr("Update Larder to read this file. Nothing was changed."))
            .at(path);
    auto report = apply(contents.value(), reader, path, progress);
    if (!report)
        return report;
    // The passphrase: the sender's wrapping of the network key, when it is newer than this
    // pantry's, is taken at the next unlock with the new passphrase (a member cannot tell
    // whether a wrapping opens without that passphrase, so it is never taken blindly).
    try {
        sql::Transaction transaction(*m_store.m_db);
        const qint64 ownSet = m_store.meta("envelope_set").toLongLong();
        if (header->keyId == key.keyId() && contents->envelopeSetMs > ownSet) {
            if (adopted || header->envelope == m_store.meta("data_key").toByteArray()) {
                m_store.setMeta("envelope_set", contents->envelopeSetMs);
            } else {
                m_store.setMeta("pending_envelope", header->envelope);
                m_store.setMeta("pending_envelope_set", contents->envelopeSetMs);
                m_store.setMeta("pending_envelope_from", contents->siteName);
                report->passphraseChangePending = true;
            }
        }
        transaction.commit();
    } catch (const sql::SqlError& e) {
        return Error::storage(e.message()).at(m_store.path());
    }
    report->passphraseAdopted = adopted;
    report->keyRotated = rotated;
    return report;
}

Result<ImportReport> Replicator::apply(const Contents& header, SyncFileReader& file,
                                       const QString& path, const Progress& progress) {
    ImportReport report;
    report.fromSite = header.siteId;
    report.fromName = header.siteName;
    const auto damaged = [&path](const QString& why) {
        return Error::make(Error::Kind::Damaged,
                           tr("This sync file's contents are damaged (%1).").arg(why),
                           tr("Copy the file again from its source. Nothing was changed."))
            .at(path);
    };

    Store& store = m_store;
    auto& db = *store.m_db;
    // Merge hardening (IncomingCheck.h): forks, clocks, values and references are checked
    // before anything is committed.
    QMap<QString, QString> siteNames;
    for (const Peer& peer : peers())
        siteNames.insert(peer.site, peer.name);
    siteNames.insert(header.siteId, header.siteName);
    IncomingCheck check(
        db, store.clock().nowMs(),
        [&store](const TableDef& t, const ColumnDef& c, const QString& row, const QVariant& v) {
            return store.decodeStored(t, c, row, v);
        },
        siteNames);
    // Signatures (Membership.h): every operation's digest chained and checked against its
    // laptop's signed head as the file streams past.
    const std::optional<QByteArray> keptDigestKey = store.digestKey();
    if (!keptDigestKey)
        return digestKeyUnopened(store);
    if (!keptDigestKey->isEmpty() && *keptDigestKey != header.digestKey)
        return Error::make(Error::Kind::InvalidInput,
                           tr("This sync file's changes are signed under another history key "
                              "than this laptop's: it comes from a copy of the network that "
                              "was updated apart from this one."),
                           tr("Import a file from a laptop that has exchanged files with this "
                              "one since both were updated. Nothing was changed."))
            .at(path);
    const QByteArray& digestKey = header.digestKey;
    const chain::DigestKey digestHasher(digestKey);
    ChainCheck chains(db, store.networkId(), store.m_siteId, header, isoNow(store.clock()));
    if (auto ok = chains.begin(); !ok)
        return Error(ok.error()).at(path);
    QList<std::tuple<const TableDef*, QString, QList<IncomingCheck::Field>>> rebuilt;
    QSet<QPair<QString, QString>> touched;
    QSet<QPair<QString, QString>> deleted;
    QSet<QString> changedTables;
    qint64 newestHlc = 0;
    const qint64 mySeq = store.m_seq;
    bool deletedAny = false;

    ++store.m_writerDepth;
    const auto restoreDepth = qScopeGuard([&store] { --store.m_writerDepth; });
    // A larger page cache for the import's length: each record is rebuilt from the log's field
    // index, whose pages a large file's random ids scatter (bench_sync: about a fifth less time,
    // for 64 MiB more memory while it runs).
    const QVariant cacheBefore = db.scalar("PRAGMA cache_size");
    db.exec("PRAGMA cache_size = -" + QByteArray::number(ImportCacheKiB));
    const auto restoreCache = qScopeGuard([&db, &cacheBefore] {
        try {
            db.exec("PRAGMA cache_size = " + QByteArray::number(cacheBefore.toLongLong()));
        } catch (const sql::SqlError&) {
            // the connection keeps the larger cache; nothing else depends on it
        }
    });
    // The guard triggers stop other programs from writing Larder's tables behind its back; the
    // import is Larder's own writer, and they cost it a trigger program per row (a third of a
    // large import's inserts). Off on this connection for the import only.
    int triggersWere = 1;
    sqlite3_db_config(db.handle(), SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, &triggersWere);
    const auto restoreTriggers = qScopeGuard([&db, triggersWere] {
        sqlite3_db_config(db.handle(), SQLITE_DBCONFIG_ENABLE_TRIGGER, triggersWere, nullptr);
    });
    try {
        sql::Transaction transaction(db);
        OperationLog& log = store.operationLog();
        auto& insertOp =
            db.cached("INSERT OR IGNORE INTO sync_ops (site, seq, hlc, field, row_id, value, "
                      "actor, digest) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        auto& keepDigest = db.cached("UPDATE sync_ops SET digest = ?3 WHERE site = ?1 AND "
                                     "seq = ?2 AND digest IS NULL");
        auto& tombstoned = db.cached("SELECT 1 FROM tombstones WHERE tbl = ?1 AND row_id = ?2");
        // "field > 0" lets SQLite use the partial index sync_ops_by_field (it cannot tell
        // that a bound ?1 is never a ledger row's); without it each lookup scans the whole log.
        // Ties of the clock go to the greater site id.
        // A column's operations and the record's insert (?3), whose map holds the column (?4).
        auto& winnerOf = db.cached(
            "SELECT n.name, o.seq, o.hlc, o.value, o.field = ?3 FROM sync_ops o JOIN sync_names n "
            "ON n.number = o.site WHERE o.field IN (?1, ?3) AND o.row_id = ?2 AND o.field > 0 AND "
            "(o.field = ?1 OR larder_insert_has(o.value, ?4)) ORDER BY o.hlc DESC, n.name DESC "
            "LIMIT 1");
        auto& recordConflict = db.cached(
            "INSERT INTO sync_conflicts (tbl, row_id, col, kept_value, kept_site, kept_hlc, "
            "lost_value, lost_site, lost_hlc, detected_at) "
            "SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10 WHERE NOT EXISTS (SELECT 1 FROM "
            "sync_conflicts WHERE tbl = ?1 AND row_id = ?2 AND col = ?3 AND lost_site = ?8 AND "
            "lost_hlc = ?9)");

        // An incoming value of (def, column) against the one that holds it here: two laptops
        // that changed it without seeing each other's change leave a conflict to review.
        const auto considerConflict = [&](const TableDef& def, const ColumnDef& column,
                                          const IncomingOp& op, const QVariant& plain,
                                          const QVariant& stored) {
            winnerOf.reset();
            winnerOf.bindAll(log.fieldNumber(def.name, column.name), sql::rowKey(op.row),
                             log.fieldNumber(def.name, insertop::Column), column.name);
            if (!winnerOf.step()) {
                winnerOf.reset();
                return;
            }
            Winner prior{winnerOf.text(0), winnerOf.int64(1), winnerOf.int64(2), winnerOf.value(3)};
            const bool byInsert = winnerOf.int64(4) != 0;
            winnerOf.reset();
            if (byInsert) { // the column's value in the insert, or in the record that holds it
                const auto entries = prior.value.isNull()
                                         ? std::nullopt
                                         : insertop::decode(prior.value.toByteArray());
                prior.value = QVariant();
                for (const insertop::Entry& entry : entries.value_or(QList<insertop::Entry>{})) {
                    if (entry.column != column.name)
                        continue;
                    prior.value = entry.value;
                    if (entry.hashOnly) {
                        auto& current = db.cached("SELECT " + column.name.toUtf8() + " FROM " +
                                                  def.name.toUtf8() + " WHERE id = ?1");
                        current.bind(1, op.row);
                        if (current.step())
                            prior.value = current.value(0);
                        current.reset();
                    }
                }
            }
            // Concurrent: the sender had not seen the value it replaces or loses to.
            const bool senderSawPrior = header.versionVector.value(prior.site, 0) >= prior.seq;
            const QVariant priorPlain = column.sensitive
                                            ? store.decodeStored(def, column, op.row, prior.value)
                                            : prior.value;
            if (prior.site == op.site || senderSawPrior || priorPlain == plain)
                return;
            const bool incomingWins = beats(op.hlc, op.site, prior.hlc, prior.site);
            recordConflict.reset();
            recordConflict.bindAll(
                def.name, op.row, column.name, incomingWins ? stored : prior.value,
                incomingWins ? op.site : prior.site, incomingWins ? op.hlc : prior.hlc,
                incomingWins ? prior.value : stored, incomingWins ? prior.site : op.site,
                incomingWins ? prior.hlc : op.hlc, isoNow(store.clock()));
            recordConflict.run();
            report.conflicts += db.changes() > 0 ? 1 : 0;
        };

        // The statement that writes a record's `fields` (named in the table's column order, as
        // every caller lists them): one per table and set of columns, found by a bit per column
        // without spelling its SQL again (a large import writes tens of thousands of records).
        QHash<std::pair<const TableDef*, quint64>, sql::Statement*> upserts;
        const auto upsertOf =
            [&db, &upserts](const TableDef& def,
                            const QList<IncomingCheck::Field>& fields) -> sql::Statement& {
            quint64 present = 0;
            qsizetype at = 0;
            for (qsizetype i = 0; i < def.columns.size() && at < fields.size() && i < 64; ++i) {
                if (def.columns.at(i).name == fields.at(at).column) {
                    present |= quint64(1) << i;
                    ++at;
                }
            }
            const bool keyed = at == fields.size(); // every field found in order
            if (keyed) {
                if (sql::Statement* known = upserts.value({&def, present}))
                    return *known;
            }
            QByteArray columns = "id", placeholders = "?1", updates;
            for (int i = 0; i < fields.size(); ++i) {
                const QByteArray name = fields.at(i).column.toUtf8();
                columns += ", " + name;
                placeholders += ", ?" + QByteArray::number(i + 2);
                updates += (i ? ", " : "") + name + " = excluded." + name;
            }
            sql::Statement& statement =
                db.cached("INSERT INTO " + def.name.toUtf8() + " (" + columns + ") VALUES (" +
                          placeholders + ") ON CONFLICT (id) DO " +
                          (updates.isEmpty() ? QByteArray("NOTHING") : "UPDATE SET " + updates));
            if (keyed)
                upserts.insert({&def, present}, &statement);
            return statement;
        };
        // Writes a record's winning values: refused when an incoming value breaks NOT NULL or a
        // CHECK; false when it must wait (a required field has not arrived, a UNIQUE clash).
        const auto writeRecord = [&](const TableDef& def, const QString& row,
                                     const QList<IncomingCheck::Field>& fields) -> bool {
            const auto complete = check.completeRecord(def, row, fields);
            if (!complete)
                throw Refusal(complete.error());
            if (!complete.value())
                return false; // a file made for a laptop that knew more: its operations wait
            auto& upsert = upsertOf(def, fields);
            upsert.reset();
            upsert.bind(1, row);
            for (int i = 0; i < fields.size(); ++i)
                upsert.bind(i + 2, fields.at(i).value);
            try {
                upsert.run();
            } catch (const sql::SqlError& e) {
                upsert.reset();
                if ((e.code() & 0xFF) != SQLITE_CONSTRAINT)
                    throw;
                if (auto ok = check.rowRefused(def, row, fields, e.message()); !ok)
                    throw Refusal(ok.error());
                return false;
            }
            if (auto links = check.referencing(def, fields); !links.isEmpty())
                rebuilt.append({&def, row, links});
            return true;
        };
        // A value of `column` that names a deleted record reads as empty everywhere.
        const auto unlinked = [&](const QString& table, const QString& column, QVariant value) {
            for (const Reference& reference : nullableReferences(db)) {
                if (reference.table != table || reference.column != column || value.isNull())
                    continue;
                tombstoned.reset();
                tombstoned.bindAll(reference.target, value.toString());
                if (tombstoned.step())
                    value = QVariant();
                tombstoned.reset();
            }
            return value;
        };
        // The record of an insert new here, written from the insert alone. One that must wait
        // keeps its personal values in the insert until its row is written.
        const auto writeFresh = [&](const TableDef& def, const IncomingOp& op,
                                    QList<insertop::Entry>& entries, const QVariantMap& personal) {
            QList<IncomingCheck::Field> fields;
            for (const ColumnDef& col : def.columns) {
                const auto entry =
                    std::find_if(entries.cbegin(), entries.cend(),
                                 [&col](const insertop::Entry& e) { return e.column == col.name; });
                if (entry == entries.cend())
                    continue;
                const QVariant value =
                    personal.contains(col.name) ? personal.value(col.name) : entry->value;
                fields.append({col.name, unlinked(def.name, col.name, value), op.site, op.seq});
            }
            // One that links to others is written now too: the file's deletes, applied at the
            // end, empty the links to what they delete in the table as it is then and scrub
            // what a purge scrubs (scrubDependents), and every link is checked after them.
            if (writeRecord(def, op.row, fields))
                return;
            touched.insert({def.name, op.row}); // tried again at the end
            if (personal.isEmpty())
                return;
            for (insertop::Entry& entry : entries) {
                if (personal.contains(entry.column)) {
                    entry.value = personal.value(entry.column);
                    entry.hashOnly = false;
                }
            }
            auto& keepInline =
                db.cached("UPDATE sync_ops SET value = ?3 WHERE site = ?1 AND seq = ?2");
            keepInline.bindAll(log.nameNumber(op.site), op.seq, insertop::encode(entries)).run();
        };

        // Whether the log holds an operation of the record before its insert. A table the log
        // held nothing of when the import first met it needs no query per record: every record
        // this import gave an operation since is in `touched` or `deleted`, or written.
        QHash<const TableDef*, bool> tableWasInLog;
        const auto hasEarlierOperations = [&](const TableDef& def, const QString& row) {
            auto known = tableWasInLog.constFind(&def);
            if (known == tableWasInLog.cend())
                known = tableWasInLog.insert(&def, tableHasOperations(db, def));
            return deleted.contains({def.name, row}) || (*known && hasOperations(db, def, row));
        };

        // A ledger row, added once with the on-hand totals as it arrives, so an import holds no
        // list of them; their references are checked together at the end (the records they
        // name are rebuilt after the last operation).
        const TableDef* movements = schema::table(u"stock_movements");
        const qint64 ledgerBefore =
            db.scalar("SELECT coalesce(max(rowid), 0) FROM stock_movements").toLongLong();
        QHash<Bin, qint64> onHandChanges;
        // The statement for the last set of fields seen (every row of a file has the same).
        quint64 insertFields = 0;
        sql::Statement* insertRow = nullptr;
        const auto columnAt = [movements](QStringView name) {
            return movements->column(name) - movements->columns.constData();
        };
        const qsizetype itemAt = columnAt(u"item_id"), locationAt = columnAt(u"location_id"),
                        lotAt = columnAt(u"lot_id"), quantityAt = columnAt(u"quantity");
        bool onHandChanged = false;
        const auto addLedgerRow = [&](const LedgerValues& row, qint64 ledgerIndex) {
            if (!insertRow || insertFields != row.present) {
                QByteArray columns, placeholders;
                int bound = 0;
                for (qsizetype i = 0; i < movements->columns.size(); ++i) {
                    if (!row.has(i))
                        continue;
                    columns += (bound ? ", " : "") + movements->columns.at(i).name.toUtf8();
                    placeholders += (bound ? ", ?" : "?") + QByteArray::number(bound + 1);
                    ++bound;
                }
                insertRow = &db.cached("INSERT OR IGNORE INTO stock_movements (" + columns +
                                       ") VALUES (" + placeholders + ")");
                insertFields = row.present;
            }
            auto& insert = *insertRow;
            insert.reset();
            int bound = 0;
            for (qsizetype i = 0; i < movements->columns.size(); ++i) {
                if (row.has(i))
                    insert.bind(++bound,
                                store.ledgerStored(movements->columns.at(i), row.values.at(i)));
            }
            insert.run();
            if (db.changes() == 0) { // already here: the same row, or a pre-empted id
                if (auto same = check.sameLedgerRow(*movements, row.toMap(), ledgerIndex); !same)
                    throw Refusal(same.error());
                return;
            }
            // Summed here and written once per bin after the last operation: two statements
            // fewer per ledger row.
            onHandChanges[{row.values.at(itemAt).toString(), row.values.at(locationAt).toString(),
                           row.values.at(lotAt).toString(), !row.values.at(lotAt).isNull()}] +=
                row.values.at(quantityAt).toLongLong();
            if (!onHandChanged) {
                changedTables.insert(u"stock_on_hand"_s);
                onHandChanged = true;
            }
        };

        // Personal values arrive sealed with the key the file names: this pantry's own (stored as
        // they are), or, in a network from before one key, the sender's (opened and sealed again).
        const KeyRing& fileKey = *file.valueKey();
        const bool sameKey = fileKey.keyId() == store.m_keys->keyId();
        // Read, opened and digested on a thread of its own, a few batches ahead
        // (OperationReader); a refusal it found comes in order, where the checks below expect it.
        // Read ahead only when much of the file is new here: for one this laptop holds most of
        // (a sync folder's files, again and again) the merge has little to do beside reading.
        qint64 newHere = 0;
        const QMap<QString, qint64> holds = versionVector();
        for (auto it = header.versionVector.cbegin(); it != header.versionVector.cend(); ++it)
            newHere += std::max<qint64>(0, it.value() - holds.value(it.key(), 0));
        const bool readAhead = newHere >= header.operations / 4;
        OperationReader reader(file, header.operations, fileKey, digestHasher, damaged, readAhead);
        qint64 index = 0;
        using Stage = PreparedOperation::Stage;
        for (;;) {
            const PreparedOperation* prepared = reader.next();
            if (!prepared)
                break;
            index = prepared->index;
            if (prepared->refusal && prepared->refusedAt == Stage::Reading)
                return *prepared->refusal;
            if (progress && index % 10000 == 0 && !progress(index, header.operations))
                return Error::cancelled(tr("Import cancelled. Nothing was changed.")).at(path);
            if (prepared->refusal && prepared->refusedAt == Stage::Naming)
                return *prepared->refusal;
            const IncomingOperation& in = prepared->in;
            IncomingOp op{in.site, in.seq, in.hlc, in.table, in.row, in.column, in.actor, {}};
            const TableDef* def = prepared->def;
            const ColumnDef* column = prepared->column;
            const bool isDelete = prepared->isDelete;
            const bool isLedger = prepared->isLedger;
            const bool isInsert = prepared->isInsert;
            if (op.site == store.m_siteId && op.seq <= mySeq) {
                // This laptop's own change coming back: it must be exactly the one it made.
                auto& own = db.cached("SELECT hlc FROM sync_ops WHERE site = ?1 AND seq = ?2");
                own.bindAll(log.nameNumber(op.site), op.seq);
                const bool same = own.step() && own.int64(0) == op.hlc;
                own.reset();
                if (!same)
                    return Error::make(Error::Kind::Damaged,
                                       tr("This file holds changes numbered as this laptop's own "
                                          "that this laptop never made: another laptop uses the "
                                          "same identity."),
                                       tr("Open the other laptop's copy once so it takes an "
                                          "identity of its own, then export again. Nothing was "
                                          "changed."))
                        .at(path);
            }
            if (prepared->refusal)
                return *prepared->refusal;
            const QCborValue& incoming = prepared->incoming;
            const std::optional<QVariant>& opened = prepared->opened;
            // An insert's columns: as carried, opened (the checks' map), and their hashes.
            QList<InsertColumn> insertColumns = prepared->insertColumns;
            // A ledger row is read once (IncomingOperation): for its digest, its checks and its
            // insert.
            const LedgerValues* ledgerRow = prepared->ledgerRow();
            const QByteArray& digest = prepared->digest;
            const auto disposition = chains.add(op.site, op.seq, digest, index);
            if (!disposition)
                return Error(disposition.error()).at(path);
            if (disposition.value() != ChainCheck::Disposition::New) {
                // Held: already here. Waiting and revoked ones are counted apart (ChainCheck).
                if (disposition.value() == ChainCheck::Disposition::Held)
                    ++report.skipped;
                continue;
            }
            const OpInFile checked{index,  op.site,   op.seq,   op.hlc,   op.table,
                                   op.row, op.column, incoming, ledgerRow};
            const auto held = check.held(checked); // the same one, or a forked site
            if (!held)
                return Error(held.error()).at(path);
            if (held.value()) {
                keepDigest.reset();
                keepDigest.bindAll(log.nameNumber(op.site), op.seq, digest).run();
                ++report.skipped;
                continue;
            }
            if (op.site == store.m_siteId && op.seq > mySeq)
                return Error::make(Error::Kind::Damaged,
                                   tr("This file holds changes numbered as this laptop's own that "
                                      "this laptop never made: another laptop uses the same "
                                      "identity."),
                                   tr("Open the other laptop's copy once so it takes an identity "
                                      "of its own, then export again. Nothing was changed."))
                    .at(path);
            if (auto fits = check.fresh(checked); !fits) // clock, value, ledger row
                return Error(fits.error()).at(path);
            newestHlc = std::max(newestHlc, op.hlc);

            QVariant stored;
            bool fresh = false;      // an insert of a record new here
            QVariantMap freshValues; // its personal values, for its record
            QList<insertop::Entry> freshEntries;
            if (isLedger) {
                if (!ledgerRow || ledgerRow->value(u"id").toString() != op.row)
                    return damaged(tr("ledger row %1 does not match its change").arg(op.row));
            } else if (isInsert) {
                if (in.valueIsNull) {
                    stored = QVariant(); // the record was deleted before the file was made
                } else {
                    tombstoned.reset();
                    tombstoned.bindAll(op.table, op.row);
                    const bool isTombstoned = tombstoned.step();
                    tombstoned.reset();
                    // A record already here (a rare thing: ids are random) is compared column
                    // by column with what it holds; a new one has nothing to conflict with.
                    const bool known = !isTombstoned && (touched.contains({op.table, op.row}) ||
                                                         recordExists(db, *def, op.row));
                    // A record new here (no row, no operation) is written as its insert is
                    // applied, with no rebuild at the end: its personal values go to the record
                    // and the insert keeps their hashes (InsertOperation.h).
                    // (Not one that carries a value as its hash only: a later change of the
                    // file holds that column's value, for the rebuild at the end.)
                    fresh = !isTombstoned && !known &&
                            std::none_of(insertColumns.cbegin(), insertColumns.cend(),
                                         [](const InsertColumn& c) { return c.hashOnly; }) &&
                            !hasEarlierOperations(*def, op.row);
                    QVariantMap links; // the insert's own links, for the purge check
                    for (const InsertColumn& c : std::as_const(insertColumns)) {
                        if (!c.column->sensitive)
                            links.insert(c.column->name, c.plain);
                    }
                    QList<insertop::Entry> entries;
                    for (InsertColumn& c : insertColumns) {
                        insertop::Entry entry{c.column->name, c.carried, c.hash, c.hashOnly};
                        if (c.column->sensitive && !c.hashOnly && !c.plain.isNull() && !sameKey)
                            entry.value = store.encodeForStorage(*def, *c.column, op.row, c.plain);
                        if (c.column->sensitive && !c.hashOnly && !c.plain.isNull() &&
                            erasure::erasedByPurge(db, op.table, op.row, c.column->name, op.hlc,
                                                   links)) {
                            entry.hashOnly = true; // erased data never comes back
                            entry.value = QVariant();
                        }
                        if (!c.column->sensitive)
                            entry.hash.clear(); // kept for personal values only
                        if (known && !entry.hashOnly)
                            considerConflict(*def, *c.column, op, c.plain, entry.value);
                        if (fresh && c.column->sensitive && !entry.hashOnly &&
                            !entry.value.isNull()) {
                            freshValues.insert(entry.column, entry.value);
                            entry.hashOnly = true;
                            entry.value = QVariant();
                        }
                        entries.append(entry);
                    }
                    stored = isTombstoned ? QVariant() : QVariant(insertop::encode(entries));
                    freshEntries = std::move(entries);
                }
            } else if (!isDelete) {
                op.value = cbor::scalar(in.value);
                stored = op.value; // sealed bytes under the network key are stored as they are
                if (opened) {
                    op.value = *opened;
                    if (!sameKey)
                        stored = store.encodeForStorage(*def, *column, op.row, op.value);
                }
                tombstoned.reset();
                tombstoned.bindAll(op.table, op.row);
                const bool isTombstoned = tombstoned.step();
                tombstoned.reset();
                if (isTombstoned ||
                    erasure::erasedByPurge(db, op.table, op.row, op.column, op.hlc)) {
                    stored = QVariant(); // erased data never comes back, not even in the log
                } else {
                    considerConflict(*def, *column, op, op.value, stored);
                }
            }

            insertOp.reset();
            insertOp.bind(1, log.nameNumber(op.site)).bind(2, op.seq).bind(3, op.hlc);
            insertOp.bind(4, log.fieldNumber(op.table, op.column)).bind(5, sql::rowKey(op.row));
            insertOp.bind(6, stored);
            insertOp.bind(7, op.actor.isEmpty() ? QVariant() : QVariant(log.nameNumber(op.actor)));
            insertOp.bind(8, digest);
            insertOp.run();
            if (db.changes() == 0) {
                ++report.skipped;
                continue;
            }
            ++report.applied;
            changedTables.insert(op.table);
            if (isLedger)
                addLedgerRow(*ledgerRow, index);
            else if (isDelete)
                deleted.insert({op.table, op.row});
            else if (fresh)
                writeFresh(*def, op, freshEntries, freshValues);
            else
                touched.insert({op.table, op.row});
        }
        if (index != header.operations)
            return damaged(tr("it holds fewer changes than it declares"));
        QList<std::pair<Bin, qint64>> bins; // in order, so the totals are written alike
        bins.reserve(onHandChanges.size());
        for (auto it = onHandChanges.cbegin(); it != onHandChanges.cend(); ++it) {
            if (it.value() != 0)
                bins.append({it.key(), it.value()});
        }
        std::sort(bins.begin(), bins.end(), [](const auto& a, const auto& b) {
            return std::tie(a.first.item, a.first.location, a.first.lot) <
                   std::tie(b.first.item, b.first.location, b.first.lot);
        });
        for (const auto& [bin, quantity] : std::as_const(bins))
            Store::addToOnHand(db, bin.item, bin.location,
                               bin.lot.isEmpty() ? QVariant() : QVariant(bin.lot), quantity);
        if (auto ok = chains.finish(); !ok)
            return Error(ok.error()).at(path);
        chains.commit();
        if (keptDigestKey->isEmpty())
            store.keepDigestKey(digestKey);
        report.waiting = chains.waiting();
        report.revoked = chains.revoked();

        // Deletes first: tombstone, remove, and scrub the record's values from the log.
        for (const auto& [table, row] : std::as_const(deleted)) {
            auto tomb = db.prepare(
                "INSERT OR IGNORE INTO tombstones (tbl, row_id, hlc, site) "
                "SELECT tbl, row_id, min(hlc), min(site) FROM sync_log WHERE "
                "tbl = ?1 AND row_key = larder_row_key(?2) AND col = '-' AND field > 0 GROUP BY "
                "tbl, row_id"); // "field > 0": the partial index applies
            tomb.bindAll(table, row).run();
            // What the purge scrubbed outside the record (stops' notes) goes here too.
            auto deletedAt =
                db.prepare("SELECT hlc FROM tombstones WHERE tbl = ?1 AND row_id = ?2");
            deletedAt.bindAll(table, row);
            if (deletedAt.step())
                erasure::scrubDependents(db, table, row, deletedAt.int64(0));
            auto remove = db.prepare("DELETE FROM " + table.toUtf8() + " WHERE id = ?1");
            remove.bind(1, row).run();
            auto scrub = db.prepare(
                "UPDATE sync_ops SET value = NULL WHERE field IN (SELECT number FROM sync_fields "
                "WHERE tbl = ?1 AND number > 0 AND col <> '-') AND row_id = larder_row_key(?2) AND "
                "field > 0 AND value IS NOT NULL");
            scrub.bindAll(table, row).run();
            auto forget = db.prepare("DELETE FROM sync_conflicts WHERE tbl = ?1 AND row_id = ?2");
            forget.bindAll(table, row).run();
            for (const Reference& reference : nullableReferences(db)) {
                if (reference.target != table)
                    continue;
                auto unlink = db.prepare("UPDATE " + reference.table.toUtf8() + " SET " +
                                         reference.column.toUtf8() + " = NULL WHERE " +
                                         reference.column.toUtf8() + " = ?1");
                unlink.bind(1, row).run();
            }
            deletedAny = true;
        }

        // Rebuild every touched record from its winning operations.
        for (const auto& [table, row] : std::as_const(touched)) {
            if (deleted.contains({table, row}))
                continue;
            tombstoned.reset();
            tombstoned.bindAll(table, row);
            const bool gone = tombstoned.step();
            tombstoned.reset();
            if (gone)
                continue;
            erasure::scrubIfLinkedToErased(db, table, row); // purged households' notes
            const TableDef* def = schema::table(table);
            struct KeptOp {
                QString column, site;
                qint64 seq;
                bool supersedes = false; // the record holds older operations of its column
            };
            QList<KeptOp> sensitiveWinners;
            QList<IncomingCheck::Field> checkedFields;
            // Every operation of the record, newest first: the first to name a column wins it
            // (ties of the clock go to the greater site id). The insert names every column.
            auto& winners = db.cached(
                "SELECT f.col, o.value, n.name, o.seq FROM sync_ops o JOIN sync_fields f ON "
                "f.number = o.field JOIN sync_names n ON n.number = o.site WHERE o.field IN "
                "(SELECT number FROM sync_fields WHERE tbl = ?1 AND number > 0 AND col <> '-') AND "
                "o.row_id = larder_row_key(?2) AND o.field > 0 ORDER BY o.hlc DESC, "
                "n.name DESC"); // index: see winnerOf
            winners.bindAll(table, row);
            struct Won {
                QVariant value;
                QString site;
                qint64 seq = 0;
                int writes = 0;
                bool byInsert = false;
                bool inRecord = false; // an insert's [hash]: the record holds the value
            };
            QHash<QString, Won> won;
            const auto offer = [&won](const QString& column, const QVariant& value,
                                      const QString& site, qint64 seq, bool byInsert = false,
                                      bool inRecord = false) {
                Won& w = won[column];
                if (w.writes++ == 0) {
                    w.value = value;
                    w.site = site;
                    w.seq = seq;
                    w.byInsert = byInsert;
                    w.inRecord = inRecord;
                }
            };
            while (winners.step()) {
                const QString column = winners.text(0);
                if (column != insertop::Column) {
                    offer(column, winners.value(1), winners.text(2), winners.int64(3));
                    continue;
                }
                if (winners.isNull(1))
                    continue; // a deleted record's values left the log
                const auto entries = insertop::decode(winners.blob(1));
                if (!entries)
                    throw Refusal(Error::storage(
                        tr("An operation in this pantry's log is damaged (%1 %2).").arg(table, row),
                        tr("Run \"larder-cli check\" on this file. Nothing was changed.")));
                for (const insertop::Entry& entry : *entries)
                    offer(entry.column, entry.value, winners.text(2), winners.int64(3), true,
                          entry.hashOnly);
            }
            winners.reset();
            // What the record holds for the insert's values kept only as hashes.
            std::optional<QVariantMap> current;
            if (std::any_of(won.cbegin(), won.cend(), [](const Won& w) { return w.inRecord; }))
                current = storedRow(db, table, row);
            const bool rowHere = current.has_value();
            const QVariantMap held = current.value_or(QVariantMap());
            // The insert's personal values this rebuild writes into the record: the insert then
            // keeps only their hashes.
            QHash<std::pair<QString, qint64>, QStringList> nowInRecord;
            for (const ColumnDef& col : def->columns) {
                const auto it = won.constFind(col.name);
                if (it == won.cend() || col.name == u"id")
                    continue;
                const QString& column = col.name;
                if (col.sensitive)
                    sensitiveWinners.append({column, it->site, it->seq, it->writes > 1});
                // An insert's value carried as its hash only, with no row here to hold it: not
                // known here (a purge erased it, or a relay left it out), so not written — the
                // column takes its default, or, a required one, the record waits for it.
                if (it->inRecord && !rowHere)
                    continue;
                const QVariant value =
                    unlinked(table, column, it->inRecord ? held.value(column) : it->value);
                if (it->byInsert && col.sensitive && !it->inRecord && !it->value.isNull())
                    nowInRecord[{it->site, it->seq}].append(column);
                checkedFields.append({column, value, it->site, it->seq});
            }
            if (writeRecord(*def, row, checkedFields)) {
                for (auto it = nowInRecord.cbegin(); it != nowInRecord.cend(); ++it)
                    keepOnlyHashes(db, log, it.key().first, it.key().second, it.value());
            }
            // Personal values that lost to a newer one leave the log here as on the laptop
            // that wrote the newer one.
            for (const KeptOp& winner : std::as_const(sensitiveWinners)) {
                if (!winner.supersedes) // its only operation: nothing older to scrub
                    continue;
                auto& superseded = db.cached(
                    "UPDATE sync_ops SET value = NULL WHERE " + OperationLog::fieldIs(1, 3) +
                    " AND field > 0 AND row_id = larder_row_key(?2) AND value IS NOT NULL AND "
                    "NOT (site = (SELECT number FROM sync_names WHERE name = ?4) AND seq = ?5)");
                superseded.bindAll(table, row, winner.column, winner.site, winner.seq).run();
                auto& inInsert = db.cached(
                    "UPDATE sync_ops SET value = larder_insert_erase(value, ?3) WHERE " +
                    OperationLog::fieldIs(1, 6) +
                    " AND field > 0 AND row_id = larder_row_key(?2) AND value IS NOT NULL AND "
                    "larder_insert_erase(value, ?3) <> value AND NOT (site = (SELECT number FROM "
                    "sync_names WHERE name = ?4) AND seq = ?5)");
                inInsert
                    .bindAll(table, row, winner.column, winner.site, winner.seq, insertop::Column)
                    .run();
            }
        }

        // Every reference of what was written points at a record that exists.
        for (const auto& [def, row, fields] : std::as_const(rebuilt)) {
            if (auto ok = check.references(*def, row, fields); !ok)
                throw Refusal(ok.error());
        }
        // The records the file's new ledger rows name, each looked up once (their bins hold
        // them); a query of every new row only when one is missing, to name the row.
        const auto binsNameKnownRecords = [&]() {
            const QList<QPair<QString, QString>> binReferences = {
                {u"item_id"_s, u"items"_s},
                {u"location_id"_s, u"locations"_s},
                {u"lot_id"_s, u"lots"_s}};
            for (const ColumnDef& column : movements->columns) {
                if (!column.references.isEmpty() &&
                    !binReferences.contains({column.name, column.references}))
                    return false; // a reference the bins do not hold: the query checks it
            }
            QSet<QString> items, locations, lots;
            for (auto it = onHandChanges.cbegin(); it != onHandChanges.cend(); ++it) {
                items.insert(it.key().item);
                locations.insert(it.key().location);
                if (it.key().hasLot)
                    lots.insert(it.key().lot);
            }
            const auto allThere = [&db](const char* table, const QSet<QString>& ids) {
                auto& exists = db.cached("SELECT 1 FROM " + QByteArray(table) + " WHERE id = ?1");
                for (const QString& id : ids) {
                    exists.reset();
                    exists.bind(1, sql::rowIdText(sql::rowKey(id))); // as the ledger stores it
                    const bool found = exists.step();
                    exists.reset();
                    if (!found)
                        return false;
                }
                return true;
            };
            return allThere("items", items) && allThere("locations", locations) &&
                   allThere("lots", lots);
        };
        if (!binsNameKnownRecords()) {
            // One query for every ledger row this file added whose reference names nothing; the
            // first is refused by name.
            QByteArray dangling;
            for (const ColumnDef& column : movements->columns) {
                if (column.references.isEmpty())
                    continue;
                const QByteArray from = column.name.toUtf8();
                dangling += QByteArray(dangling.isEmpty() ? "" : " OR ") + "(m." + from +
                            " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM " +
                            column.references.toUtf8() + " t WHERE t.id = larder_row_text(m." +
                            from + ")))";
            }
            if (!dangling.isEmpty()) {
                // The rows first (the new ones only, by rowid); the operation of the one found
                // after, by a scan of the log's ledger rows: that happens only to a bad file.
                auto broken = db.prepare("SELECT " + schema::decodedColumnsSql(*movements) +
                                         " FROM stock_movements m WHERE m.rowid > ?1 AND (" +
                                         dangling + ") LIMIT 1");
                broken.bind(1, ledgerBefore);
                if (broken.step()) {
                    QVariantMap row;
                    for (int i = 0; i < broken.columnCount(); ++i)
                        row.insert(QString::fromUtf8(broken.columnName(i)), broken.value(i));
                    auto operation = db.prepare(
                        "SELECT site, seq FROM sync_log WHERE tbl = 'stock_movements' AND col = "
                        "'*' AND row_key = larder_row_key(?1)");
                    operation.bind(1, row.value(u"id"_s));
                    const qint64 at =
                        operation.step() ? check.indexOf(operation.text(0), operation.int64(1)) : 0;
                    if (auto ok = check.ledgerReferences(*movements, row, at); !ok)
                        throw Refusal(ok.error());
                }
            }
        }

        // The sender's clock, and what it holds.
        if (newestHlc > 0) {
            report.clockAheadMs =
                std::max<qint64>(0, HybridClock::millis(newestHlc) - store.clock().nowMs());
            store.m_hlc->observe(newestHlc);
            store.setMeta("hlc", store.m_hlc->last());
        }
        if (header.siteId != store.m_siteId) {
            auto peer = db.prepare(
                "INSERT INTO sync_peers (site, name, version_vector, file_created, imported_at) "
                "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (site) DO UPDATE SET name = "
                "excluded.name, version_vector = CASE WHEN excluded.file_created >= "
                "coalesce(file_created, 0) THEN excluded.version_vector ELSE version_vector END, "
                "file_created = max(coalesce(file_created, 0), excluded.file_created), "
                "imported_at = excluded.imported_at");
            peer.bindAll(header.siteId, header.siteName, vvToJson(header.versionVector),
                         header.createdMs, isoNow(store.clock()))
                .run();
        }
        auto imported = db.prepare(
            "INSERT INTO sync_imports (at, file, from_site, from_name, applied, skipped, "
            "conflicts, clock_ahead) VALUES (?1,?2,?3,?4,?5,?6,?7,?8)");
        imported
            .bindAll(isoNow(store.clock()), QFileInfo(path).fileName(), header.siteId,
                     header.siteName, report.applied, report.skipped, report.conflicts,
                     report.clockAheadMs)
            .run();
        transaction.commit();
    } catch (const Refusal& refusal) {
        return Error(refusal.error()).at(path);
    } catch (const sql::SqlError& e) {
        return Error::storage(
                   tr("The changes in this file could not be applied (%1).").arg(e.message()),
                   tr("Nothing was changed. If the file was made for another laptop, ask "
                      "for a full export instead."))
            .at(path);
    }
    if (deletedAny || report.applied > 50000) {
        // Erased values must not linger in the write-ahead log either; and after a large
        // import, the log goes back to its usual size (Store's journal_size_limit) at once.
        try {
            db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (const sql::SqlError&) {
            // A reader holds the log; the next checkpoint will do it.
        }
    }
    if (!changedTables.isEmpty())
        Q_EMIT store.changed(changedTables);
    return report;
}

Result<std::unique_ptr<Store>> Replicator::join(const QString& databasePath,
                                                const QString& siteName, const QString& syncFile,
                                                QByteArray passphrase, StoreOptions options,
                                                KdfLimits limits) {
    Wiped wipe{passphrase};
    QFile file(syncFile);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::NotFound,
                           tr("The sync file cannot be read (%1).").arg(file.errorString()))
            .at(syncFile);
    SyncFileReader reader(file, syncFile);
    auto header = reader.readHeader();
    if (!header)
        return header.error();
    file.close();
    auto created = Store::create(databasePath, siteName, std::move(options));
    if (!created)
        return created.error();
    std::unique_ptr<Store> store = std::move(created).value();
    auto removeAll = [&store, &databasePath] {
        store.reset();
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(databasePath + QLatin1String(suffix));
    };
    try {
        sql::Transaction transaction(*store->m_db);
        store->setMeta("network_id", header->networkId);
        transaction.commit();
        store->m_networkId = header->networkId;
    } catch (const sql::SqlError& e) {
        removeAll();
        return Error::storage(e.message()).at(databasePath);
    }
    // The network's key becomes this pantry's, under the same passphrase: one key for the whole
    // network. A passphrase that does not open it leaves nothing behind (removeAll).
    if (store->protection() == Store::Protection::Unprotected) {
        if (auto adopted = store->adoptKey(header->envelope,
                                           QByteArray(passphrase.constData(), passphrase.size()));
            !adopted) {
            removeAll();
            Error error = adopted.error();
            if (error.kind == Error::Kind::WrongPassphrase)
                error = Error::make(Error::Kind::WrongPassphrase,
                                    tr("The passphrase does not open this sync file."),
                                    tr("Check the network's passphrase (capitals, spaces) and try "
                                       "again."));
            return error.at(syncFile);
        }
    }
    Replicator replicator(*store, limits);
    auto imported = replicator.importFile(syncFile, {}); // the key is open: no second derivation
    if (!imported) {
        removeAll();
        return imported.error();
    }
    return store;
}

QList<Conflict> Replicator::openConflicts() const {
    QList<Conflict> list;
    auto& db = *m_store.m_db;
    auto rows = db.prepare("SELECT id, tbl, row_id, col, kept_value, kept_site, lost_value, "
                           "lost_site, detected_at FROM sync_conflicts WHERE status = 'open' "
                           "ORDER BY id");
    while (rows.step()) {
        Conflict c{rows.int64(0), rows.text(1),  rows.text(2), rows.text(3), rows.value(4),
                   rows.text(5),  rows.value(6), rows.text(7), rows.text(8)};
        const TableDef* def = schema::table(c.table);
        const ColumnDef* col = def ? def->column(c.column) : nullptr;
        if (col && col->sensitive) {
            c.keptValue = m_store.decodeStored(*def, *col, c.rowId, c.keptValue);
            c.lostValue = m_store.decodeStored(*def, *col, c.rowId, c.lostValue);
        }
        list.append(c);
    }
    return list;
}

Result<void> Replicator::acceptConflict(qint64 conflictId) {
    try {
        sql::Transaction transaction(*m_store.m_db);
        auto update = m_store.m_db->prepare(
            "UPDATE sync_conflicts SET status = 'accepted', kept_value = NULL, lost_value = NULL "
            "WHERE id = ?1 AND status = 'open'");
        update.bind(1, conflictId).run();
        transaction.commit();
    } catch (const sql::SqlError& e) {
        return Error::storage(e.message()).at(m_store.path());
    }
    return {};
}

Result<void> Replicator::restoreConflict(qint64 conflictId) {
    Conflict conflict;
    for (const Conflict& c : openConflicts()) {
        if (c.id == conflictId)
            conflict = c;
    }
    if (conflict.id == 0)
        return Error::invalidInput(tr("That conflict is no longer open."));
    return m_store.write([&](Writer& w) {
        w.update(conflict.table, conflict.rowId, {{conflict.column, conflict.lostValue}});
        auto update = m_store.m_db->prepare(
            "UPDATE sync_conflicts SET status = 'restored', kept_value = "
            "NULL, lost_value = NULL WHERE id = ?1"); // a closed one keeps no value
        update.bind(1, conflictId).run();
    });
}

QList<Member> Replicator::members() const {
    try {
        return sync::members(*m_store.m_db, m_store.siteId());
    } catch (const sql::SqlError&) {
        return {};
    }
}

Result<Member> Replicator::revoke(const QString& siteOrName) {
    try {
        auto& db = *m_store.m_db;
        sql::Transaction transaction(db);
        Membership membership(db,
                              {m_store.networkId(), m_store.siteId(), m_store.siteName(),
                               m_store.siteKey(), QByteArray()},
                              *m_store.m_keys, m_store.clock().nowMs());
        auto revoked = membership.revoke(siteOrName);
        if (!revoked)
            return Error(revoked.error()).at(m_store.path());
        transaction.commit();
        return revoked;
    } catch (const sql::SqlError& e) {
        return Error::storage(e.message()).at(m_store.path());
    }
}

QList<Peer> Replicator::peers() const {
    QList<Peer> list;
    auto rows = m_store.m_db->prepare("SELECT site, name, version_vector, file_created, "
                                      "imported_at FROM sync_peers ORDER BY name, site");
    while (rows.step())
        list.append(
            {rows.text(0), rows.text(1), vvFromJson(rows.text(2)), rows.int64(3), rows.text(4)});
    return list;
}

QList<ImportRecord> Replicator::imports(int limit) const {
    QList<ImportRecord> list;
    m_store.readOrWarn("SELECT id, at, from_name, file, applied, skipped, conflicts, "
                       "clock_ahead FROM sync_imports ORDER BY id DESC LIMIT ?1",
                       {limit}, [&list](const Row& row) {
                           list.append({row.integer(0), row.text(1), row.text(2), row.text(3),
                                        row.integer(4), row.integer(5), int(row.integer(6)),
                                        row.integer(7)});
                       });
    return list;
}

SyncStatus Replicator::status() const {
    SyncStatus status;
    m_store.readOrWarn("SELECT (SELECT count(*) FROM sync_peers WHERE site <> ?1), "
                       "(SELECT count(*) FROM sync_conflicts WHERE status = 'open'), "
                       "(SELECT coalesce(max(clock_ahead), 0) FROM sync_imports WHERE id > "
                       " (SELECT coalesce(max(id), 0) - 5 FROM sync_imports))",
                       {m_store.siteId()}, [&status](const Row& row) {
                           status.otherLaptops = int(row.integer(0));
                           status.openConflicts = int(row.integer(1));
                           status.recentClockAheadMs = row.integer(2);
                       });
    status.passphraseChangedOn = m_store.meta("pending_envelope_from").toString();
    return status;
}

QByteArray canonicalDump(const Store& store) {
    QByteArray out;
    QList<TableDef> tables = schema::tables();
    std::sort(tables.begin(), tables.end(),
              [](const TableDef& a, const TableDef& b) { return a.name < b.name; });
    for (const TableDef& table : std::as_const(tables)) {
        if (table.kind == TableKind::Local)
            continue;
        store.readOrWarn("SELECT * FROM " + table.name.toUtf8() + " ORDER BY id", {},
                         [&out, &table](const Row& row) {
                             QJsonObject fields;
                             for (int i = 0; i < table.columns.size(); ++i)
                                 fields.insert(table.columns.at(i).name,
                                               QJsonValue::fromVariant(row[i]));
                             QJsonObject line{{u"table"_s, table.name}, {u"row"_s, fields}};
                             out += QJsonDocument(line).toJson(QJsonDocument::Compact);
                             out += '\n';
                         });
    }
    return out;
}

QString digest(const Store& store) {
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalDump(store), QCryptographicHash::Sha256).toHex());
}

} // namespace larder::sync
