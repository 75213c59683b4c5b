// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/OperationChain.h"

#include <QBuffer>
#include <QCborArray>
#include <QCborStreamWriter>
#include <QtEndian>

#include <sodium.h>

#include <algorithm>

namespace larder::sync::chain {

namespace {

QByteArray hash(const QByteArray& input, int bytes, const QByteArray& key = {}) {
    QByteArray out(bytes, Qt::Uninitialized);
    crypto_generichash(
        reinterpret_cast<unsigned char*>(out.data()), std::size_t(bytes),
        reinterpret_cast<const unsigned char*>(input.constData()), std::size_t(input.size()),
        key.isEmpty() ? nullptr : reinterpret_cast<const unsigned char*>(key.constData()),
        std::size_t(key.size()));
    return out;
}

QByteArray number(qint64 value) {
    QByteArray bytes(8, Qt::Uninitialized);
    qToBigEndian<quint64>(quint64(value), bytes.data());
    return bytes;
}

// Text with its length, so two fields can never run into one another.
QByteArray field(const QString& text) {
    const QByteArray utf8 = text.toUtf8();
    return number(utf8.size()) + utf8;
}

} // namespace

QCborValue plainValue(const QVariant& value) {
    if (!value.isValid() || value.isNull())
        return QCborValue(nullptr);
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::Bool:
        return QCborValue(value.toLongLong());
    case QMetaType::Double:
        return QCborValue(value.toDouble());
    case QMetaType::QByteArray:
        return QCborValue(value.toByteArray());
    default:
        return QCborValue(value.toString());
    }
}

QCborValue plainValue(const QCborValue& value) {
    if (value.isInteger() || value.isDouble() || value.isString() || value.isByteArray())
        return value;
    return QCborValue(nullptr);
}

QCborValue ledgerRow(const QCborMap& row) {
    QList<std::pair<QString, QCborValue>> fields;
    for (auto it = row.constBegin(); it != row.constEnd(); ++it)
        fields.append({it.key().toString(), plainValue(it.value())});
    std::sort(fields.begin(), fields.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    QCborArray flat;
    for (const auto& [name, value] : fields) {
        flat.append(name);
        flat.append(value);
    }
    return flat;
}

QCborValue ledgerRow(const QVariantMap& row) {
    QCborArray flat;
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        flat.append(it.key());
        flat.append(plainValue(it.value()));
    }
    return flat;
}

QByteArray valueHash(const QByteArray& key, const QString& table, const QString& row,
                     const QString& column, const QCborValue& plain) {
    QByteArray bytes;
    bytes.reserve(96);
    {
        QCborStreamWriter writer(&bytes);
        writer.startArray(4);
        writer.append(table);
        writer.append(row);
        writer.append(column);
        plain.toCbor(writer);
        writer.endArray();
    }
    return hash(bytes, DigestBytes, key);
}

QCborValue insertRow(QList<std::pair<QString, QByteArray>> hashes) {
    std::sort(hashes.begin(), hashes.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    QCborArray flat;
    for (const auto& [name, value] : hashes) {
        flat.append(name);
        flat.append(value);
    }
    return flat;
}

QByteArray digest(const QByteArray& key, const QString& site, qint64 seq, qint64 hlc,
                  const QString& table, const QString& row, const QString& column,
                  const QCborValue& plain, const QString& actor) {
    return digest(
        key, site, seq, hlc, table, row, column,
        [&plain](QCborStreamWriter& writer) { plain.toCbor(writer); }, actor);
}

QByteArray digest(const QByteArray& key, const QString& site, qint64 seq, qint64 hlc,
                  const QString& table, const QString& row, const QString& column,
                  const std::function<void(QCborStreamWriter&)>& writePlain, const QString& actor) {
    // The bytes of the CBOR array [site, seq, hlc, table, row, column, plain, actor], written
    // into one buffer kept for the thread (an import hashes a million of them) and wiped after
    // each, as a personal value may be among them.
    thread_local QByteArray bytes;
    thread_local QBuffer buffer;
    thread_local QCborStreamWriter writer(&buffer);
    if (!buffer.isOpen()) {
        buffer.setBuffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
    }
    buffer.seek(0);
    writer.startArray(8);
    writer.append(site);
    writer.append(seq);
    writer.append(hlc);
    writer.append(table);
    writer.append(row);
    writer.append(column);
    writePlain(writer);
    writer.append(actor);
    writer.endArray();
    const qint64 used = buffer.pos();
    QByteArray out(DigestBytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), std::size_t(DigestBytes),
                       reinterpret_cast<const unsigned char*>(bytes.constData()), std::size_t(used),
                       key.isEmpty() ? nullptr
                                     : reinterpret_cast<const unsigned char*>(key.constData()),
                       std::size_t(key.size()));
    sodium_memzero(bytes.data(), std::size_t(used));
    return out;
}

QByteArray start(const QString& network, const QString& site) {
    return hash(QByteArray("larder-chain-v1") + field(network) + field(site), ChainBytes);
}

void extend(QByteArray& chain, const QByteArray& digest) {
    chain = hash(chain + digest, ChainBytes);
}

QByteArray headMessage(const QString& network, const QString& site, const QString& name, qint64 seq,
                       const QByteArray& chain) {
    return QByteArray("larder-head-v1") + field(network) + field(site) + field(name) + number(seq) +
           chain;
}

QByteArray revocationMessage(const QString& network, const Revocation& revocation) {
    return QByteArray("larder-revoke-v1") + field(network) + field(revocation.site) +
           number(revocation.after) + number(revocation.atMs) + field(revocation.by);
}

} // namespace larder::sync::chain
