// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/KeyRing.h"

#include <QtEndian>

#include <sodium.h>

#include <cstring>

using namespace Qt::StringLiterals;

namespace larder {

namespace {

constexpr char EnvelopeMagic[4] = {'L', 'K', 'E', 'Y'};
constexpr unsigned char EnvelopeVersion = 1;
constexpr int SaltBytes = crypto_pwhash_SALTBYTES;                       // 16
constexpr int NonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES; // 24
constexpr int TagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;      // 16
// magic | version | opslimit u64 BE | memlimit u64 BE | salt — the envelope's clear part, bound
// to the wrapped key as associated data so its cost cannot be changed unnoticed.
constexpr int EnvelopeHeadBytes = 4 + 1 + 8 + 8 + SaltBytes;
static_assert(EnvelopeHeadBytes + NonceBytes + KeyRing::KeyBytes + TagBytes ==
              KeyRing::EnvelopeBytes);

constexpr unsigned char SealedMarker = 0x01;
constexpr int SealedOverhead = 1 + NonceBytes + 1 + TagBytes;
constexpr std::size_t TextBlock = 16;

// Wipes a byte array when it goes out of scope (passphrases, plaintext buffers).
struct Wiped {
    QByteArray& bytes;
    ~Wiped() {
        if (!bytes.isEmpty())
            sodium_memzero(bytes.data(), std::size_t(bytes.size()));
    }
};

// A key derived from a passphrase, in guarded memory for as long as it is needed.
class DerivedKey {
public:
    DerivedKey()
        : m_key(static_cast<unsigned char*>(sodium_malloc(KeyRing::KeyBytes))) {}
    ~DerivedKey() {
        if (m_key)
            sodium_free(m_key);
    }
    DerivedKey(const DerivedKey&) = delete;
    DerivedKey& operator=(const DerivedKey&) = delete;
    unsigned char* data() const { return m_key; }
    bool derive(const QByteArray& passphrase, const unsigned char* salt, quint64 ops, quint64 mem) {
        return m_key && crypto_pwhash(m_key, KeyRing::KeyBytes, passphrase.constData(),
                                      quint64(passphrase.size()), salt, ops, std::size_t(mem),
                                      crypto_pwhash_ALG_ARGON2ID13) == 0;
    }

private:
    unsigned char* m_key;
};

bool sodiumReady() {
    static const bool ready = sodium_init() >= 0;
    return ready;
}

Error damagedEnvelope() {
    return Error::make(Error::Kind::Damaged,
                       KeyRing::tr("The pantry's wrapped key is damaged, so its household "
                                   "details cannot be opened."),
                       KeyRing::tr("Nothing was changed. Open a backup, or join the network "
                                   "again from another laptop's sync file."));
}

// The envelope of `key` under `passphrase`, or an empty array when memory ran out.
QByteArray wrap(const unsigned char* key, const QByteArray& passphrase, const KdfLimits& limits) {
    QByteArray envelope(KeyRing::EnvelopeBytes, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(envelope.data());
    std::memcpy(out, EnvelopeMagic, 4);
    out[4] = EnvelopeVersion;
    qToBigEndian<quint64>(limits.opsLimit, out + 5);
    qToBigEndian<quint64>(limits.memLimit, out + 13);
    unsigned char* salt = out + 21;
    randombytes_buf(salt, SaltBytes);
    unsigned char* nonce = out + EnvelopeHeadBytes;
    randombytes_buf(nonce, NonceBytes);
    DerivedKey kek;
    if (!kek.derive(passphrase, salt, limits.opsLimit, limits.memLimit))
        return {};
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(out + EnvelopeHeadBytes + NonceBytes, &written, key,
                                               KeyRing::KeyBytes, out, EnvelopeHeadBytes, nullptr,
                                               nonce, kek.data());
    return envelope;
}

} // namespace

KdfLimits KdfLimits::moderate() {
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

KdfLimits KdfLimits::minimal() {
    return {crypto_pwhash_OPSLIMIT_MIN, 8192};
}

KdfLimits KdfLimits::maximum() {
    return {10, quint64(1) << 30};
}

bool KdfLimits::weakAllowed() {
#ifdef LARDER_TEST_KDF
    return true;
#else
    return false;
#endif
}

bool KdfLimits::accepted(quint64 opsLimit, quint64 memLimit) {
    const KdfLimits asked{opsLimit, memLimit};
    return asked == moderate() || (weakAllowed() && asked == minimal());
}

KeyRing::KeyRing() {
    sodiumReady();
}

KeyRing::~KeyRing() {
    lock();
}

void KeyRing::lock() {
    if (m_key) {
        sodium_free(m_key); // zeroes the memory before releasing it
        m_key = nullptr;
    }
}

Result<QByteArray> KeyRing::create(QByteArray passphrase, const KdfLimits& limits) {
    Wiped wipe{passphrase};
    if (!sodiumReady())
        return Error::storage(tr("The encryption library did not start."));
    auto* key = static_cast<unsigned char*>(sodium_malloc(KeyBytes));
    if (!key)
        return Error::storage(tr("Not enough memory to hold the pantry's key."));
    randombytes_buf(key, KeyBytes);
    QByteArray envelope = wrap(key, passphrase, limits);
    if (envelope.isEmpty()) {
        sodium_free(key);
        return Error::storage(tr("Not enough memory to protect the passphrase."));
    }
    lock();
    m_key = key;
    return envelope;
}

Result<void> KeyRing::unlock(const QByteArray& envelope, QByteArray passphrase) {
    Wiped wipe{passphrase};
    if (!sodiumReady())
        return Error::storage(tr("The encryption library did not start."));
    if (auto ok = checkEnvelope(envelope); !ok)
        return ok;
    const auto* in = reinterpret_cast<const unsigned char*>(envelope.constData());
    const quint64 ops = qFromBigEndian<quint64>(in + 5);
    const quint64 mem = qFromBigEndian<quint64>(in + 13);
    DerivedKey kek;
    if (!kek.derive(passphrase, in + 21, ops, mem))
        return Error::storage(tr("Not enough memory to check the passphrase."));
    auto* key = static_cast<unsigned char*>(sodium_malloc(KeyBytes));
    if (!key)
        return Error::storage(tr("Not enough memory to hold the pantry's key."));
    unsigned long long opened = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            key, &opened, nullptr, in + EnvelopeHeadBytes + NonceBytes, KeyBytes + TagBytes, in,
            EnvelopeHeadBytes, in + EnvelopeHeadBytes, kek.data()) != 0 ||
        opened != KeyBytes) {
        sodium_free(key);
        return Error::make(Error::Kind::WrongPassphrase,
                           tr("That is not this pantry's passphrase."),
                           tr("Check capitals and spaces, and try again."));
    }
    lock();
    m_key = key;
    return {};
}

Result<QByteArray> KeyRing::rewrap(QByteArray passphrase, const KdfLimits& limits) const {
    Wiped wipe{passphrase};
    if (!m_key)
        return Error::make(Error::Kind::Locked, tr("The household details are locked."),
                           tr("Unlock with the current passphrase first."));
    QByteArray envelope = wrap(m_key, passphrase, limits);
    if (envelope.isEmpty())
        return Error::storage(tr("Not enough memory to protect the passphrase."));
    return envelope;
}

Result<void> KeyRing::checkEnvelope(const QByteArray& envelope) {
    if (envelope.size() != EnvelopeBytes || std::memcmp(envelope.constData(), EnvelopeMagic, 4) ||
        quint8(envelope.at(4)) != EnvelopeVersion)
        return damagedEnvelope();
    const auto* in = reinterpret_cast<const unsigned char*>(envelope.constData());
    const quint64 ops = qFromBigEndian<quint64>(in + 5);
    const quint64 mem = qFromBigEndian<quint64>(in + 13);
    if (!KdfLimits::accepted(ops, mem))
        return Error::make(Error::Kind::Damaged,
                           tr("The wrapped key asks for a key derivation Larder never uses (%1 "
                              "passes, %2 MiB of memory), so it was not tried.")
                               .arg(ops)
                               .arg(mem / (1024 * 1024)),
                           tr("It was not made by this Larder, or it was altered. Nothing was "
                              "changed."));
    return {};
}

QByteArray KeyRing::keyId() const {
    Q_ASSERT(m_key);
    static const QByteArray label("larder-key-id-v1");
    QByteArray id(16, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(id.data()), std::size_t(id.size()),
                       reinterpret_cast<const unsigned char*>(label.constData()),
                       std::size_t(label.size()), m_key, KeyBytes);
    return id;
}

QByteArray KeyRing::derive(const QByteArray& purpose) const {
    Q_ASSERT(m_key);
    QByteArray out(KeyBytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), std::size_t(out.size()),
                       reinterpret_cast<const unsigned char*>(purpose.constData()),
                       std::size_t(purpose.size()), m_key, KeyBytes);
    return out;
}

QByteArray KeyRing::wrapBytes(const QByteArray& plain, const QByteArray& ad) const {
    Q_ASSERT(m_key);
    QByteArray out(NonceBytes + plain.size() + TagBytes, Qt::Uninitialized);
    auto* bytes = reinterpret_cast<unsigned char*>(out.data());
    randombytes_buf(bytes, NonceBytes);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        bytes + NonceBytes, &written, reinterpret_cast<const unsigned char*>(plain.constData()),
        quint64(plain.size()), reinterpret_cast<const unsigned char*>(ad.constData()),
        quint64(ad.size()), nullptr, bytes, m_key);
    return out;
}

std::optional<QByteArray> KeyRing::unwrapBytes(const QByteArray& wrapped,
                                               const QByteArray& ad) const {
    Q_ASSERT(m_key);
    if (wrapped.size() < NonceBytes + TagBytes)
        return std::nullopt;
    const auto* in = reinterpret_cast<const unsigned char*>(wrapped.constData());
    QByteArray plain(wrapped.size() - NonceBytes - TagBytes, Qt::Uninitialized);
    unsigned long long opened = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char*>(plain.data()), &opened, nullptr, in + NonceBytes,
            quint64(wrapped.size() - NonceBytes),
            reinterpret_cast<const unsigned char*>(ad.constData()), quint64(ad.size()), in,
            m_key) != 0) {
        sodium_memzero(plain.data(), std::size_t(plain.size()));
        return std::nullopt;
    }
    return plain;
}

QByteArray KeyRing::associatedData(QStringView table, QStringView column, QStringView rowId) {
    return "larder-field-v1" + QByteArray(1, '\0') + table.toUtf8() + '\0' + column.toUtf8() +
           '\0' + rowId.toUtf8();
}

bool KeyRing::isSealed(const QVariant& stored) {
    if (stored.typeId() != QMetaType::QByteArray)
        return false;
    const QByteArray bytes = stored.toByteArray();
    return bytes.size() >= SealedOverhead && quint8(bytes.at(0)) == SealedMarker;
}

QByteArray KeyRing::seal(QStringView table, QStringView column, QStringView rowId,
                         const QVariant& plain) const {
    Q_ASSERT(m_key);
    QByteArray payload;
    Wiped wipe{payload};
    switch (plain.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Bool: {
        payload = QByteArray(9, Qt::Uninitialized);
        payload[0] = 'I';
        qToBigEndian<qint64>(plain.toLongLong(), payload.data() + 1);
        break;
    }
    case QMetaType::Double:
    case QMetaType::Float: {
        payload = QByteArray(9, Qt::Uninitialized);
        payload[0] = 'R';
        const double value = plain.toDouble();
        quint64 bits = 0;
        std::memcpy(&bits, &value, sizeof bits);
        qToBigEndian<quint64>(bits, payload.data() + 1);
        break;
    }
    default: {
        const QByteArray text = plain.toString().toUtf8();
        const std::size_t unpadded = std::size_t(text.size()) + 1;
        payload = QByteArray(qsizetype(unpadded + TextBlock), '\0');
        payload[0] = 'T';
        std::memcpy(payload.data() + 1, text.constData(), std::size_t(text.size()));
        std::size_t padded = 0;
        sodium_pad(&padded, reinterpret_cast<unsigned char*>(payload.data()), unpadded, TextBlock,
                   std::size_t(payload.size()));
        payload.truncate(qsizetype(padded));
        break;
    }
    }
    const QByteArray ad = associatedData(table, column, rowId);
    QByteArray sealed(1 + NonceBytes + payload.size() + TagBytes, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(sealed.data());
    out[0] = SealedMarker;
    randombytes_buf(out + 1, NonceBytes);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        out + 1 + NonceBytes, &written, reinterpret_cast<const unsigned char*>(payload.constData()),
        quint64(payload.size()), reinterpret_cast<const unsigned char*>(ad.constData()),
        quint64(ad.size()), nullptr, out + 1, m_key);
    return sealed;
}

std::optional<QVariant> KeyRing::open(QStringView table, QStringView column, QStringView rowId,
                                      const QByteArray& sealed) const {
    Q_ASSERT(m_key);
    if (!isSealed(sealed))
        return std::nullopt;
    const QByteArray ad = associatedData(table, column, rowId);
    const auto* in = reinterpret_cast<const unsigned char*>(sealed.constData());
    QByteArray payload(sealed.size() - 1 - NonceBytes - TagBytes, Qt::Uninitialized);
    Wiped wipe{payload};
    unsigned long long opened = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char*>(payload.data()), &opened, nullptr, in + 1 + NonceBytes,
            quint64(sealed.size() - 1 - NonceBytes),
            reinterpret_cast<const unsigned char*>(ad.constData()), quint64(ad.size()), in + 1,
            m_key) != 0)
        return std::nullopt;
    payload.truncate(qsizetype(opened));
    if (payload.isEmpty())
        return std::nullopt;
    switch (payload.at(0)) {
    case 'I':
        if (payload.size() != 9)
            return std::nullopt;
        return QVariant(qFromBigEndian<qint64>(payload.constData() + 1));
    case 'R': {
        if (payload.size() != 9)
            return std::nullopt;
        const quint64 bits = qFromBigEndian<quint64>(payload.constData() + 1);
        double value = 0;
        std::memcpy(&value, &bits, sizeof value);
        return QVariant(value);
    }
    case 'T': {
        std::size_t unpadded = 0;
        if (sodium_unpad(&unpadded, reinterpret_cast<const unsigned char*>(payload.constData()),
                         std::size_t(payload.size()), TextBlock) != 0 ||
            unpadded < 1)
            return std::nullopt;
        return QVariant(QString::fromUtf8(payload.constData() + 1, qsizetype(unpadded - 1)));
    }
    default:
        return std::nullopt;
    }
}

} // namespace larder
