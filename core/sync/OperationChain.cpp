// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/OperationChain.h"

#include <QCborArray>
#include <QCborStreamWriter>
#include <QtEndian>

#include <sodium.h>

#include <algorithm>
#include <bit>

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

DigestKey::DigestKey(const QByteArray& key) {
    crypto_generichash_init(
        &m_keyed, key.isEmpty() ? nullptr : reinterpret_cast<const unsigned char*>(key.constData()),
        std::size_t(key.size()), std::size_t(DigestBytes));
}

DigestKey::~DigestKey() {
    sodium_memzero(&m_keyed, sizeof m_keyed);
}

QByteArray DigestKey::hash(DigestInput& input) const {
    crypto_generichash_state state = m_keyed;
    const QByteArray& bytes = input.encoded();
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(bytes.constData()),
                              std::size_t(bytes.size()));
    QByteArray out(DigestBytes, Qt::Uninitialized);
    crypto_generichash_final(&state, reinterpret_cast<unsigned char*>(out.data()),
                             std::size_t(DigestBytes));
    sodium_memzero(&state, sizeof state);
    sodium_memzero(const_cast<char*>(bytes.constData()), std::size_t(bytes.size()));
    input.clear();
    return out;
}

QByteArray valueHash(const QByteArray& key, const QString& table, const QString& row,
                     const QString& column, const QCborValue& plain) {
    return valueHash(DigestKey(key), table, row, column, plain);
}

QByteArray valueHash(const DigestKey& key, const QString& table, const QString& row,
                     const QString& column, const QCborValue& plain) {
    thread_local DigestInput input;
    input.clear();
    input.array(4);
    input.text(table);
    input.text(row);
    input.text(column);
    input.value(plain);
    return key.hash(input);
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
    return digest(DigestKey(key), site, seq, hlc, table, row, column, plain, actor);
}

QByteArray digest(const DigestKey& key, const QString& site, qint64 seq, qint64 hlc,
                  const QString& table, const QString& row, const QString& column,
                  const QCborValue& plain, const QString& actor) {
    return digest(
        key, site, seq, hlc, table, row, column,
        [&plain](DigestInput& input) { input.value(plain); }, actor);
}

QByteArray digest(const DigestKey& key, const QString& site, qint64 seq, qint64 hlc,
                  const QString& table, const QString& row, const QString& column,
                  const std::function<void(DigestInput&)>& writePlain, const QString& actor) {
    // The CBOR array [site, seq, hlc, table, row, column, plain, actor].
    thread_local DigestInput input;
    input.clear();
    input.array(8);
    input.text(site);
    input.integer(seq);
    input.integer(hlc);
    input.text(table);
    input.text(row);
    input.text(column);
    writePlain(input);
    input.text(actor);
    return key.hash(input);
}

void DigestInput::head(quint8 major, quint64 argument) {
    const char type = char(major << 5);
    if (argument < 24) {
        m_bytes.append(char(type | char(argument)));
        return;
    }
    int size = 8;
    char code = 27;
    if (argument <= 0xff) {
        size = 1;
        code = 24;
    } else if (argument <= 0xffff) {
        size = 2;
        code = 25;
    } else if (argument <= 0xffffffffULL) {
        size = 4;
        code = 26;
    }
    m_bytes.append(char(type | code));
    for (int i = size - 1; i >= 0; --i)
        m_bytes.append(char((argument >> (8 * i)) & 0xff));
}

void DigestInput::integer(qint64 value) {
    if (value >= 0)
        head(0, quint64(value));
    else
        head(1, quint64(-1 - value));
}

void DigestInput::real(double value) {
    m_bytes.append(char(0xfb));
    const quint64 bits = std::bit_cast<quint64>(value);
    for (int i = 7; i >= 0; --i)
        m_bytes.append(char((bits >> (8 * i)) & 0xff));
}

void DigestInput::text(QStringView value) {
    bool ascii = true;
    for (const QChar c : value) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii) {
        head(3, quint64(value.size()));
        const qsizetype at = m_bytes.size();
        m_bytes.resize(at + value.size());
        for (qsizetype i = 0; i < value.size(); ++i)
            m_bytes[at + i] = char(value[i].unicode());
        return;
    }
    const QByteArray utf8 = value.toUtf8();
    head(3, quint64(utf8.size()));
    m_bytes.append(utf8);
}

void DigestInput::bytes(QByteArrayView value) {
    head(2, quint64(value.size()));
    m_bytes.append(value);
}

void DigestInput::value(const QCborValue& value) {
    if (value.isInteger()) {
        integer(value.toInteger());
    } else if (value.isDouble()) {
        real(value.toDouble());
    } else if (value.isString()) {
        text(value.toString());
    } else if (value.isByteArray()) {
        bytes(value.toByteArray());
    } else if (value.isArray()) {
        const QCborArray items = value.toArray();
        array(quint64(items.size()));
        for (const QCborValue& item : items)
            this->value(item);
    } else {
        null(); // plainValue makes every other value null
    }
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
