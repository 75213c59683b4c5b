// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/SyncFile.h"

#include <QByteArray>
#include <QCborMap>
#include <QCborValue>
#include <QString>
#include <QStringView>
#include <QVariant>

#include <sodium.h>

#include <functional>

// How a laptop's operations are chained and signed (issue #14; the format is in
// docs/ARCHITECTURE.md, "Signed operations").
//
// Each operation has a digest: BLAKE2b-128, keyed with the network's digest key, of the CBOR
// array [site, seq, hlc, table, row, column, plain value, actor]. The value is the plain one (a
// personal value opened, a ledger row as its fields sorted by name), so the digest outlives the
// value being sealed again under a rotated key or erased by a purge; being keyed, a stolen
// file's digests cannot be checked against guessed names. A laptop's chain runs over its
// operations in order: c0 = BLAKE2b-256("larder-chain-v1", network, site), then
// c(n) = BLAKE2b-256(c(n-1) || digest(n)). A laptop signs (Ed25519) the head of its chain, with
// its name, when it exports; one signature covers every operation up to there, and relays pass
// it on with the operations.
namespace larder::sync::chain {

constexpr int DigestBytes = 16;
constexpr int ChainBytes = 32;
constexpr int KeyBytes = 32;

// A value as digested: null, integer (flags too), double, text or bytes.
QCborValue plainValue(const QVariant& value);
// The same for a value as a file carries it.
QCborValue plainValue(const QCborValue& value);
// A ledger row as digested: [name, value, name, value, ...] with names in order.
QCborValue ledgerRow(const QCborMap& row);
// The same from a row read into a map of values (ordered by name already, as the digest orders).
QCborValue ledgerRow(const QVariantMap& row);

// A column's value in an insert operation (InsertOperation.h) as digested: BLAKE2b-128, keyed with
// the digest key, of the CBOR array [table, row, column, plain value]. The record and column are
// in it so two records' equal values cannot be told apart by their hashes.
QByteArray valueHash(const QByteArray& key, const QString& table, const QString& row,
                     const QString& column, const QCborValue& plain);
// An insert operation as digested: [column, hash, column, hash, ...] with columns in order.
QCborValue insertRow(QList<std::pair<QString, QByteArray>> hashes);

// The bytes a digest or a value hash is taken of: the few CBOR items they are made of, encoded
// exactly as QCborStreamWriter encodes them (the shortest head, doubles in eight bytes, text in
// UTF-8 with its length first), straight into one buffer (an import hashes a million). The
// equality with QCborStreamWriter's bytes is a test (tst_sync).
class DigestInput {
public:
    void clear() { m_bytes.resize(0); }
    void array(quint64 size) { head(4, size); }
    void integer(qint64 value);
    void real(double value);
    void text(QStringView value);
    void bytes(QByteArrayView value);
    void null() { m_bytes.append(char(0xf6)); }
    // A plain value (plainValue) or an array of them.
    void value(const QCborValue& value);
    const QByteArray& encoded() const { return m_bytes; }

private:
    void head(quint8 major, quint64 argument);
    QByteArray m_bytes;
};

// The digest key made ready for many hashes: BLAKE2b's state after it absorbed the key, copied
// for each hash instead of absorbing the key again (a third to a half of a short hash's work; an
// import takes a million). Wiped when it goes, like the key it stands for.
class DigestKey {
public:
    explicit DigestKey(const QByteArray& key);
    ~DigestKey();
    DigestKey(const DigestKey&) = delete;
    DigestKey& operator=(const DigestKey&) = delete;
    // BLAKE2b-128 of the input under the key; the input wiped after (a personal value may be in
    // it).
    QByteArray hash(DigestInput& input) const;

private:
    crypto_generichash_state m_keyed;
};

QByteArray valueHash(const DigestKey& key, const QString& table, const QString& row,
                     const QString& column, const QCborValue& plain);

QByteArray digest(const QByteArray& key, const QString& site, qint64 seq, qint64 hlc,
                  const QString& table, const QString& row, const QString& column,
                  const QCborValue& plain, const QString& actor);
QByteArray digest(const DigestKey& key, const QString& site, qint64 seq, qint64 hlc,
                  const QString& table, const QString& row, const QString& column,
                  const QCborValue& plain, const QString& actor);
// The same with the plain value written by `writePlain` (an import writes a ledger row straight
// from what it read, with no CBOR tree in between).
QByteArray digest(const DigestKey& key, const QString& site, qint64 seq, qint64 hlc,
                  const QString& table, const QString& row, const QString& column,
                  const std::function<void(DigestInput&)>& writePlain, const QString& actor);

QByteArray start(const QString& network, const QString& site);
void extend(QByteArray& chain, const QByteArray& digest);

// What a laptop signs: its chain's head, and its name at the time.
QByteArray headMessage(const QString& network, const QString& site, const QString& name, qint64 seq,
                       const QByteArray& chain);
// What a revoking laptop signs.
QByteArray revocationMessage(const QString& network, const Revocation& revocation);

} // namespace larder::sync::chain
