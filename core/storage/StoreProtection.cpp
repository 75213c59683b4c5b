// SPDX-License-Identifier: GPL-3.0-or-later
// Privacy at rest: the Store's lock, unlock, first passphrase (the migration that seals every
// personal value) and passphrase change. See docs/ARCHITECTURE.md, "Privacy at rest".
#include "core/identity/Clock.h"
#include "core/storage/FieldCodec.h"
#include "core/storage/InsertOperation.h"
#include "core/storage/KeyRing.h"
#include "core/storage/Log.h"
#include "core/storage/OperationLog.h"
#include "core/storage/Schema.h"
#include "core/storage/Sqlite.h"
#include "core/storage/Store.h"
#include "core/sync/OperationChain.h"

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace larder {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(larder::Store)
};

void wipe(QByteArray& bytes) {
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), std::size_t(bytes.size()));
}

// The personal values kept in the insert operations of `table` (InsertOperation.h) sealed by
// `to`: a value that `from` opens (or a plain one, without `from`). A value without its hash is
// given one under `hashKey` (a pantry given its first passphrase); one that its record holds
// (sealed already) then stays in the insert as its hash only. A value that does not open reads
// as empty already and leaves.
void resealInserts(sql::Connection& db, const TableDef& table, const KeyRing* from,
                   const KeyRing& to, const QByteArray& hashKey) {
    QList<std::pair<qint64, qint64>> inserts;
    auto all = db.prepare("SELECT site, seq FROM sync_ops WHERE " + OperationLog::insertOf(1) +
                          " AND field > 0 AND value IS NOT NULL");
    all.bind(1, table.name);
    while (all.step())
        inserts.append({all.int64(0), all.int64(1)});
    auto read = db.prepare(
        "SELECT larder_row_text(row_id), value FROM sync_ops WHERE site = ?1 AND seq = ?2");
    auto write = db.prepare("UPDATE sync_ops SET value = ?1 WHERE site = ?2 AND seq = ?3");
    for (const auto& [site, seq] : std::as_const(inserts)) {
        read.reset();
        read.bindAll(site, seq);
        if (!read.step())
            continue;
        const QString row = read.text(0);
        auto entries = insertop::decode(read.blob(1));
        read.reset();
        if (!entries)
            continue;
        bool changed = false;
        for (insertop::Entry& entry : *entries) {
            const ColumnDef* column = table.column(entry.column);
            if (column && column->sensitive && entry.hashOnly && entry.hash.isEmpty() &&
                !hashKey.isEmpty()) {
                // Held by the record, not hashed yet: hashed from the record's value.
                auto& record = db.cached("SELECT " + column->name.toUtf8() + " FROM " +
                                         table.name.toUtf8() + " WHERE id = ?1");
                record.reset();
                record.bind(1, row);
                std::optional<QVariant> plain = QVariant();
                if (record.step() && !record.isNull(0))
                    plain = KeyRing::isSealed(record.value(0))
                                ? to.open(table.name, column->name, row, record.blob(0))
                                : std::optional<QVariant>(record.value(0));
                record.reset();
                entry.hash =
                    sync::chain::valueHash(hashKey, table.name, row, column->name,
                                           sync::chain::plainValue(plain.value_or(QVariant())));
                changed = true;
                continue;
            }
            if (!column || !column->sensitive || entry.hashOnly || entry.value.isNull())
                continue;
            const bool sealed = KeyRing::isSealed(entry.value);
            if (sealed && !from)
                continue; // sealed already
            const std::optional<QVariant> plain =
                sealed ? from->open(table.name, column->name, row, entry.value.toByteArray())
                       : std::optional<QVariant>(entry.value);
            changed = true;
            if (!plain) {
                entry.value = QVariant();
                entry.hashOnly = !entry.hash.isEmpty();
                continue;
            }
            if (entry.hash.isEmpty() && !hashKey.isEmpty())
                entry.hash = sync::chain::valueHash(hashKey, table.name, row, column->name,
                                                    sync::chain::plainValue(*plain));
            bool recordHoldsIt = false;
            auto& record = db.cached("SELECT " + column->name.toUtf8() + " FROM " +
                                     table.name.toUtf8() + " WHERE id = ?1");
            record.reset();
            record.bind(1, row);
            if (record.step() && KeyRing::isSealed(record.value(0))) {
                const auto held = to.open(table.name, column->name, row, record.blob(0));
                recordHoldsIt = held && *held == *plain;
            }
            record.reset();
            if (recordHoldsIt && !entry.hash.isEmpty()) {
                entry.hashOnly = true; // the record holds it: the insert keeps its hash
                entry.value = QVariant();
            } else {
                entry.value = to.seal(table.name, column->name, row, *plain);
            }
        }
        if (!changed)
            continue;
        write.reset();
        write.bindAll(insertop::encode(*entries), site, seq).run();
    }
}

// Seals every personal value that is still plain, in the records, the operation log and open
// conflicts, and clears the values of operations that later ones replaced and of closed
// conflicts. Run inside the caller's transaction: when a file is first protected, and at unlock
// when a newer schema made more columns personal ('seal_pending').
void sealPlainValues(sql::Connection& db, const KeyRing& keys, const QByteArray& hashKey) {
    for (const TableDef& table : schema::tables()) {
        if (table.kind != TableKind::Record || !table.hasSensitiveColumns())
            continue;
        const QByteArray name = table.name.toUtf8();
        for (const ColumnDef& column : table.columns) {
            if (!column.sensitive)
                continue;
            const QByteArray col = column.name.toUtf8();
            // 1. Values that later operations replaced leave the log.
            // "field > 0": the partial index applies; the newest wins, ties by site id.
            auto superseded = db.prepare(
                "UPDATE sync_ops SET value = NULL WHERE " + OperationLog::fieldIs(1, 2) +
                " AND field > 0 AND value IS NOT NULL AND (site, seq) NOT IN (SELECT site, seq "
                "FROM (SELECT o.site, o.seq, row_number() OVER (PARTITION BY o.row_id ORDER BY "
                "o.hlc DESC, n.name DESC) AS rank FROM sync_ops o JOIN sync_names n ON "
                "n.number = o.site WHERE o." +
                OperationLog::fieldIs(1, 2) + " AND o.field > 0) WHERE rank = 1)");
            superseded.bindAll(table.name, column.name).run();
            // 2. Each record's value, and the operation that holds the same value, sealed
            // into the same bytes.
            QList<std::pair<QString, QVariant>> plain;
            auto rows = db.prepare("SELECT id, " + col + " FROM " + name + " WHERE " + col +
                                   " IS NOT NULL AND typeof(" + col + ") <> 'blob'");
            while (rows.step())
                plain.append({rows.text(0), rows.value(1)});
            auto row = db.prepare("UPDATE " + name + " SET " + col + " = ?1 WHERE id = ?2");
            auto op =
                db.prepare("UPDATE sync_ops SET value = ?1 WHERE " + OperationLog::fieldIs(2, 4) +
                           " AND field > 0 AND row_id = larder_row_key(?3) AND value = ?5");
            for (const auto& [id, value] : std::as_const(plain)) {
                const QByteArray sealed = keys.seal(table.name, column.name, id, value);
                row.reset();
                row.bindAll(sealed, id).run();
                op.reset();
                op.bindAll(sealed, table.name, id, column.name, value).run();
            }
            // 3. Operation values of records still waiting for fields, sealed on their own.
            QList<std::tuple<qint64, qint64, QString, QVariant>> loose;
            auto ops = db.prepare("SELECT site, seq, larder_row_text(row_id), value FROM sync_ops "
                                  "WHERE " +
                                  OperationLog::fieldIs(1, 2) +
                                  " AND field > 0 AND value IS NOT NULL AND typeof(value) <> "
                                  "'blob'");
            ops.bindAll(table.name, column.name);
            while (ops.step())
                loose.append({ops.int64(0), ops.int64(1), ops.text(2), ops.value(3)});
            auto looseOp =
                db.prepare("UPDATE sync_ops SET value = ?1 WHERE site = ?2 AND seq = ?3");
            for (const auto& [site, seq, rowId, value] : std::as_const(loose)) {
                looseOp.reset();
                looseOp.bindAll(keys.seal(table.name, column.name, rowId, value), site, seq).run();
            }
            // 4. Conflicts: a closed one keeps no value, an open one keeps them sealed.
            auto closed =
                db.prepare("UPDATE sync_conflicts SET kept_value = NULL, lost_value = NULL WHERE "
                           "tbl = ?1 AND col = ?2 AND status <> 'open'");
            closed.bindAll(table.name, column.name).run();
            QList<std::tuple<qint64, QString, QVariant, QVariant>> open;
            auto conflicts = db.prepare("SELECT id, row_id, kept_value, lost_value FROM "
                                        "sync_conflicts WHERE tbl = ?1 AND col = ?2 AND "
                                        "status = 'open'");
            conflicts.bindAll(table.name, column.name);
            while (conflicts.step())
                open.append({conflicts.int64(0), conflicts.text(1), conflicts.value(2),
                             conflicts.value(3)});
            auto sealIfPlain = [&](const QString& rowId, const QVariant& value) -> QVariant {
                if (value.isNull() || KeyRing::isSealed(value))
                    return value;
                return keys.seal(table.name, column.name, rowId, value);
            };
            auto conflict = db.prepare("UPDATE sync_conflicts SET kept_value = ?1, "
                                       "lost_value = ?2 WHERE id = ?3");
            for (const auto& [id, rowId, kept, lost] : std::as_const(open)) {
                conflict.reset();
                conflict.bindAll(sealIfPlain(rowId, kept), sealIfPlain(rowId, lost), id).run();
            }
        }
    }
    // Insert operations after the records, so they can take the records' new bytes.
    for (const TableDef& table : schema::tables()) {
        if (table.kind == TableKind::Record && table.hasSensitiveColumns())
            resealInserts(db, table, nullptr, keys, hashKey);
    }
}

// Seals every personal value sealed under `from` again under `to`: records and the operations
// that hold the same bytes get the same new bytes (so a record still stores exactly its winning
// operation's value), other operations and open conflicts on their own. A value that does not
// open under `from` reads as empty already and is dropped. Run inside the caller's transaction.
void resealValues(sql::Connection& db, const KeyRing& from, const KeyRing& to) {
    for (const TableDef& table : schema::tables()) {
        if (table.kind != TableKind::Record || !table.hasSensitiveColumns())
            continue;
        const QByteArray name = table.name.toUtf8();
        for (const ColumnDef& column : table.columns) {
            if (!column.sensitive)
                continue;
            const QByteArray col = column.name.toUtf8();
            const auto again = [&](const QString& rowId, const QVariant& stored) -> QVariant {
                if (stored.isNull())
                    return stored;
                const std::optional<QVariant> plain =
                    KeyRing::isSealed(stored)
                        ? from.open(table.name, column.name, rowId, stored.toByteArray())
                        : std::optional<QVariant>(stored);
                if (!plain)
                    return QVariant();
                return to.seal(table.name, column.name, rowId, *plain);
            };
            QList<std::pair<QString, QVariant>> values;
            auto rows = db.prepare("SELECT id, " + col + " FROM " + name + " WHERE " + col +
                                   " IS NOT NULL");
            while (rows.step())
                values.append({rows.text(0), rows.value(1)});
            auto row = db.prepare("UPDATE " + name + " SET " + col + " = ?1 WHERE id = ?2");
            auto op =
                db.prepare("UPDATE sync_ops SET value = ?1 WHERE " + OperationLog::fieldIs(2, 4) +
                           " AND field > 0 AND row_id = larder_row_key(?3) AND value = ?5");
            for (const auto& [id, old] : std::as_const(values)) {
                const QVariant sealed = again(id, old);
                row.reset();
                row.bindAll(sealed, id).run();
                op.reset();
                op.bindAll(sealed, table.name, id, column.name, old).run();
            }
            // Operations whose bytes no record holds (records still waiting for fields).
            QList<std::tuple<qint64, qint64, QString, QVariant>> loose;
            auto ops = db.prepare("SELECT o.site, o.seq, larder_row_text(o.row_id), o.value FROM "
                                  "sync_ops o WHERE o." +
                                  OperationLog::fieldIs(1, 2) +
                                  " AND o.field > 0 AND o.value IS NOT NULL AND NOT EXISTS "
                                  "(SELECT 1 FROM " +
                                  name + " r WHERE r.id = larder_row_text(o.row_id) AND r." + col +
                                  " = o.value)");
            ops.bindAll(table.name, column.name);
            while (ops.step())
                loose.append({ops.int64(0), ops.int64(1), ops.text(2), ops.value(3)});
            auto looseOp =
                db.prepare("UPDATE sync_ops SET value = ?1 WHERE site = ?2 AND seq = ?3");
            for (const auto& [site, seq, rowId, value] : std::as_const(loose)) {
                looseOp.reset();
                looseOp.bindAll(again(rowId, value), site, seq).run();
            }
            QList<std::tuple<qint64, QString, QVariant, QVariant>> open;
            auto conflicts = db.prepare("SELECT id, row_id, kept_value, lost_value FROM "
                                        "sync_conflicts WHERE tbl = ?1 AND col = ?2 AND "
                                        "status = 'open'");
            conflicts.bindAll(table.name, column.name);
            while (conflicts.step())
                open.append({conflicts.int64(0), conflicts.text(1), conflicts.value(2),
                             conflicts.value(3)});
            auto conflict = db.prepare("UPDATE sync_conflicts SET kept_value = ?1, "
                                       "lost_value = ?2 WHERE id = ?3");
            for (const auto& [id, rowId, kept, lost] : std::as_const(open)) {
                conflict.reset();
                conflict.bindAll(again(rowId, kept), again(rowId, lost), id).run();
            }
        }
    }
    for (const TableDef& table : schema::tables()) {
        if (table.kind == TableKind::Record && table.hasSensitiveColumns())
            resealInserts(db, table, &from, to, {});
    }
}

QByteArray joinIds(const QList<QByteArray>& ids) {
    QByteArrayList hex;
    for (const QByteArray& id : ids)
        hex.append(id.toHex());
    return hex.join(',');
}

// Rewrites the file so that plain values replaced by sealed ones leave no page behind (free
// pages, the write-ahead log).
void compact(sql::Connection& db) {
    try {
        db.clearCache();
        db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        db.exec("VACUUM");
        db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    } catch (const sql::SqlError& e) {
        qCWarning(lcStorage, "After sealing, the file could not be compacted: %s",
                  qUtf8Printable(e.message()));
    }
}

} // namespace

Store::Protection Store::protection() const {
    if (m_injectedCodec || !m_protected)
        return Protection::Unprotected;
    return m_keys->isUnlocked() ? Protection::Unlocked : Protection::Locked;
}

const FieldCodec* Store::activeCodec() const {
    if (m_injectedCodec)
        return m_injectedCodec.get();
    if (!m_protected)
        return m_plain.get();
    return m_keys->isUnlocked() ? m_sealing.get() : nullptr;
}

QVariant Store::decodeStored(const TableDef& table, const ColumnDef& column, const QString& rowId,
                             const QVariant& stored) const {
    if (stored.isNull())
        return stored;
    const FieldCodec* codec = activeCodec();
    if (!codec)
        return {};
    std::optional<QVariant> plain = codec->decode(table, column, rowId, stored);
    if (!plain) {
        ++m_unopened;
        qCInfo(lcStorage, "A sealed value does not open: %s.%s of %s", qUtf8Printable(table.name),
               qUtf8Printable(column.name), qUtf8Printable(rowId));
        return {};
    }
    return *plain;
}

bool Store::opensInPlace(const TableDef& table, const ColumnDef& column, const QString& rowId,
                         const QVariant& stored) const {
    const FieldCodec* codec = activeCodec();
    return stored.isNull() || (codec && codec->decode(table, column, rowId, stored).has_value());
}

std::optional<QByteArray> Store::insertHashOf(const TableDef& table, const ColumnDef& column,
                                              const QString& rowId, const QVariant& stored) const {
    const FieldCodec* codec = activeCodec();
    const std::optional<QByteArray> kept = digestKey();
    if (!codec || !kept)
        return std::nullopt;
    const std::optional<QVariant> plain = stored.isNull()
                                              ? std::optional<QVariant>(QVariant())
                                              : codec->decode(table, column, rowId, stored);
    if (!plain)
        return std::nullopt;
    return sync::chain::valueHash(kept->isEmpty() ? derivedDigestKey() : *kept, table.name, rowId,
                                  column.name, sync::chain::plainValue(*plain));
}

QVariant Store::encodeForStorage(const TableDef& table, const ColumnDef& column,
                                 const QString& rowId, const QVariant& plain) const {
    if (plain.isNull())
        return plain;
    const FieldCodec* codec = activeCodec();
    if (!codec)
        throw Refusal(Error::locked());
    return codec->encode(table, column, rowId, plain);
}

Result<void> Store::unlock(QByteArray passphrase) {
    if (!m_protected) {
        wipe(passphrase);
        return {};
    }
    const QByteArray pending = meta("pending_envelope").toByteArray();
    QByteArray again =
        pending.isEmpty() ? QByteArray() : QByteArray(passphrase.constData(), passphrase.size());
    if (auto ok = m_keys->unlock(meta("data_key").toByteArray(), std::move(passphrase)); !ok) {
        // The passphrase may be the one another laptop changed it to (see unlockWithEnvelope).
        if (ok.error().kind != Error::Kind::WrongPassphrase || pending.isEmpty() ||
            !unlockWithEnvelope(pending, std::move(again),
                                meta("pending_envelope_set").toLongLong()))
            return Error(ok.error()).at(m_path);
        return {};
    }
    wipe(again);
    if (meta("key_id").isNull())
        rememberKey(meta("envelope_set").toLongLong());
    if (!meta("seal_pending").isNull()) {
        // A newer schema made more columns personal: seal what they hold now the key is here.
        try {
            WriterScope writing(m_writerDepth);
            sql::Transaction transaction(*m_db);
            sealPlainValues(*m_db, *m_keys, valueHashKey(false).value_or(QByteArray()));
            m_db->exec("DELETE FROM meta WHERE key = 'seal_pending'");
            transaction.commit();
        } catch (const sql::SqlError& e) {
            m_keys->lock();
            return Error::storage(e.message()).at(m_path);
        }
        compact(*m_db);
    }
    Q_EMIT protectionChanged(protection());
    return {};
}

void Store::lock() {
    const bool was = m_keys->isUnlocked();
    m_keys->lock();
    if (was)
        Q_EMIT protectionChanged(protection());
}

Result<void> Store::checkPassphrase(QByteArray passphrase) const {
    if (m_protected) {
        KeyRing trial;
        if (auto ok = trial.unlock(meta("data_key").toByteArray(), std::move(passphrase)); !ok)
            return Error(ok.error()).at(m_path);
        return {};
    }
    // Before protection: the network passphrase kept as an Argon2id verifier, if any.
    const QByteArray verifier = meta("passphrase_check").toString().toLatin1();
    int rc = 0;
    if (!verifier.isEmpty())
        rc = crypto_pwhash_str_verify(verifier.constData(), passphrase.constData(),
                                      std::size_t(passphrase.size()));
    wipe(passphrase);
    if (verifier.isEmpty())
        return Error::invalidInput(Tr::tr("This pantry has no network passphrase yet."),
                                   Tr::tr("Give it one with \"larder-cli passphrase set\" or in "
                                          "the app, or join a network."))
            .at(m_path);
    if (rc != 0)
        return Error::make(Error::Kind::WrongPassphrase,
                           Tr::tr("That is not this network's passphrase."),
                           Tr::tr("Check capitals and spaces, and try again."))
            .at(m_path);
    return {};
}

Result<void> Store::openWithPassphrase(QByteArray passphrase, const KdfLimits& limits) {
    if (m_protected)
        return unlock(std::move(passphrase));
    return protect(std::move(passphrase), limits);
}

Result<void> Store::changePassphrase(QByteArray current, QByteArray next, const KdfLimits& limits) {
    if (!m_protected) {
        wipe(current);
        wipe(next);
        return Error::invalidInput(Tr::tr("This pantry has no passphrase to change yet."),
                                   Tr::tr("Give it its first one instead."))
            .at(m_path);
    }
    KeyRing keys;
    if (auto ok = keys.unlock(meta("data_key").toByteArray(), std::move(current)); !ok) {
        wipe(next);
        return Error(ok.error()).at(m_path);
    }
    auto envelope = keys.rewrap(std::move(next), limits);
    if (!envelope)
        return Error(envelope.error()).at(m_path);
    try {
        sql::Transaction transaction(*m_db);
        setMeta("data_key", envelope.value());
        setMeta("envelope_set", m_clock->nowMs()); // travels: see Replicator, passphrase change
        m_db->exec("DELETE FROM meta WHERE key IN ('pending_envelope', 'pending_envelope_set', "
                   "'pending_envelope_from')");
        transaction.commit();
    } catch (const sql::SqlError& e) {
        return Error::storage(e.message()).at(m_path);
    }
    return {};
}

Result<void> Store::protect(QByteArray passphrase, const KdfLimits& limits) {
    if (m_protected) {
        wipe(passphrase);
        return Error::invalidInput(Tr::tr("This pantry already has a passphrase."),
                                   Tr::tr("Change it instead."))
            .at(m_path);
    }
    if (m_injectedCodec) {
        wipe(passphrase);
        return Error::storage(u"Internal error: a pantry with a test codec cannot be protected."_s);
    }
    if (!meta("passphrase_check").isNull()) {
        // A pantry of a network from before: its one passphrase stays the network's.
        if (auto ok = checkPassphrase(passphrase); !ok) {
            wipe(passphrase);
            return ok.error();
        }
    }
    auto envelope = m_keys->create(std::move(passphrase), limits);
    if (!envelope)
        return Error(envelope.error()).at(m_path);
    return sealUnder(envelope.value(), m_clock->nowMs());
}

Result<void> Store::adoptKey(const QByteArray& envelope, QByteArray passphrase) {
    if (m_protected || m_injectedCodec) {
        wipe(passphrase);
        return Error::invalidInput(Tr::tr("This pantry already has a passphrase."),
                                   Tr::tr("Change it instead."))
            .at(m_path);
    }
    if (auto ok = m_keys->unlock(envelope, std::move(passphrase)); !ok)
        return Error(ok.error()).at(m_path);
    return sealUnder(envelope, 0); // the network's: learnt from its files (Replicator)
}

void Store::rememberKey(qint64 envelopeSetMs) {
    try {
        sql::Transaction transaction(*m_db);
        setMeta("key_id", m_keys->keyId());
        setMeta("envelope_set", envelopeSetMs);
        transaction.commit();
    } catch (const sql::SqlError& e) {
        qCWarning(lcStorage, "The key's name could not be kept: %s", qUtf8Printable(e.message()));
    }
}

Result<void> Store::unlockWithEnvelope(const QByteArray& envelope, QByteArray passphrase,
                                       qint64 envelopeSetMs) {
    const QByteArray keyId = meta("key_id").toByteArray();
    if (auto ok = m_keys->unlock(envelope, std::move(passphrase)); !ok)
        return Error(ok.error()).at(m_path);
    if (keyId.isEmpty() || m_keys->keyId() != keyId) {
        m_keys->lock();
        return Error::make(Error::Kind::WrongPassphrase,
                           Tr::tr("That is not this pantry's passphrase."),
                           Tr::tr("Check capitals and spaces, and try again."))
            .at(m_path);
    }
    try {
        sql::Transaction transaction(*m_db);
        setMeta("data_key", envelope);
        setMeta("envelope_set", envelopeSetMs);
        m_db->exec("DELETE FROM meta WHERE key IN ('pending_envelope', 'pending_envelope_set', "
                   "'pending_envelope_from')");
        transaction.commit();
    } catch (const sql::SqlError& e) {
        m_keys->lock();
        return Error::storage(e.message()).at(m_path);
    }
    qCInfo(lcStorage, "The network's passphrase was changed on another laptop; this pantry now "
                      "uses the new one.");
    Q_EMIT protectionChanged(protection());
    return {};
}

QList<QByteArray> Store::rotatedFrom() const {
    QList<QByteArray> ids;
    for (const QByteArray& hex : meta("rotated_from").toByteArray().split(',')) {
        if (hex.size() == 32)
            ids.append(QByteArray::fromHex(hex));
    }
    return ids;
}

Result<void> Store::rotateKey(QByteArray current, QByteArray next, const KdfLimits& limits) {
    if (!m_protected) {
        wipe(current);
        wipe(next);
        return Error::invalidInput(Tr::tr("This pantry has no passphrase to change yet."),
                                   Tr::tr("Give it its first one instead."))
            .at(m_path);
    }
    if (auto ok = checkPassphrase(std::move(current)); !ok) {
        wipe(next);
        return ok;
    }
    if (!m_keys->isUnlocked()) {
        wipe(next);
        return Error::locked().at(m_path);
    }
    auto fresh = std::make_unique<KeyRing>();
    auto envelope = fresh->create(std::move(next), limits);
    if (!envelope)
        return Error(envelope.error()).at(m_path);
    QList<QByteArray> from{m_keys->keyId()};
    from += rotatedFrom();
    return resealUnder(std::move(fresh), envelope.value(), from.mid(0, 20), m_clock->nowMs());
}

Result<void> Store::adoptRotatedKey(const QByteArray& envelope, QByteArray passphrase,
                                    const QList<QByteArray>& rotatedFrom, qint64 envelopeSetMs) {
    if (!m_keys->isUnlocked()) {
        wipe(passphrase);
        return Error::locked().at(m_path);
    }
    auto fresh = std::make_unique<KeyRing>();
    if (auto ok = fresh->unlock(envelope, std::move(passphrase)); !ok)
        return Error(ok.error()).at(m_path);
    return resealUnder(std::move(fresh), envelope, rotatedFrom.mid(0, 20), envelopeSetMs);
}

namespace {
const QByteArray DigestKeyLabel("larder-digest-key-v1");
} // namespace

std::optional<QByteArray> Store::digestKey() const {
    if (!m_keys->isUnlocked())
        return std::nullopt;
    const QByteArray wrapped = meta("digest_key").toByteArray();
    if (wrapped.isEmpty())
        return QByteArray();
    return m_keys->unwrapBytes(wrapped, DigestKeyLabel);
}

QByteArray Store::derivedDigestKey() const {
    return m_keys->derive("larder-op-digest-v1");
}

std::optional<QByteArray> Store::valueHashKey(bool keep) {
    const std::optional<QByteArray> kept = digestKey();
    if (!kept)
        return std::nullopt;
    if (!kept->isEmpty())
        return kept;
    const QByteArray derived = derivedDigestKey();
    if (keep)
        keepDigestKey(derived);
    return derived;
}

void Store::keepDigestKey(const QByteArray& key) {
    setMeta("digest_key", m_keys->wrapBytes(key, DigestKeyLabel));
}

Result<void> Store::resealUnder(std::unique_ptr<KeyRing> next, const QByteArray& envelope,
                                const QList<QByteArray>& rotatedFrom, qint64 envelopeSetMs) {
    try {
        WriterScope writing(m_writerDepth);
        sql::Transaction transaction(*m_db);
        resealValues(*m_db, *m_keys, *next);
        // The digests of operations already signed stay as they are: the digest key outlives
        // the data key it was first derived from.
        const std::optional<QByteArray> digests = digestKey();
        const QByteArray kept = digests && !digests->isEmpty() ? *digests : derivedDigestKey();
        setMeta("digest_key", next->wrapBytes(kept, DigestKeyLabel));
        setMeta("data_key", envelope);
        setMeta("key_id", next->keyId());
        setMeta("envelope_set", envelopeSetMs);
        setMeta("rotated_from", joinIds(rotatedFrom));
        m_db->exec("DELETE FROM meta WHERE key IN ('pending_envelope', 'pending_envelope_set', "
                   "'pending_envelope_from')");
        transaction.commit();
    } catch (const sql::SqlError& e) {
        return Error::storage(e.message()).at(m_path);
    }
    m_keys = std::move(next);
    m_sealing = std::make_unique<SealingCodec>(*m_keys);
    compact(*m_db); // no page under the old key stays in the file
    return {};      // still unlocked: protectionChanged is not emitted
}

Result<void> Store::sealUnder(const QByteArray& envelope, qint64 envelopeSetMs) {
    try {
        WriterScope writing(m_writerDepth);
        sql::Transaction transaction(*m_db);
        sealPlainValues(*m_db, *m_keys, valueHashKey(false).value_or(QByteArray()));
        setMeta("data_key", envelope);
        setMeta("key_id", m_keys->keyId());
        setMeta("envelope_set", envelopeSetMs);
        m_db->exec("DELETE FROM meta WHERE key = 'passphrase_check'");
        transaction.commit();
    } catch (const sql::SqlError& e) {
        m_keys->lock();
        return Error::storage(e.message()).at(m_path);
    } catch (const Refusal& refusal) {
        m_keys->lock();
        return refusal.error();
    }
    m_protected = true;
    compact(*m_db);
    Q_EMIT protectionChanged(protection());
    return {};
}

} // namespace larder
