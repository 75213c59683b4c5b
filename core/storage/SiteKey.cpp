// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SiteKey.h"

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace larder {

namespace {

QByteArray hashOf(const QByteArray& publicKey, const char* context, int bytes) {
    QByteArray input = QByteArray(context) + '\0' + publicKey;
    QByteArray out(bytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), std::size_t(bytes),
                       reinterpret_cast<const unsigned char*>(input.constData()),
                       std::size_t(input.size()), nullptr, 0);
    return out;
}

} // namespace

SiteKey SiteKey::generate() {
    QByteArray seed(SeedBytes, Qt::Uninitialized);
    randombytes_buf(seed.data(), std::size_t(seed.size()));
    return fromSeed(seed);
}

SiteKey SiteKey::fromSeed(const QByteArray& seed) {
    SiteKey key;
    if (seed.size() != SeedBytes)
        return key;
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    unsigned char sk[crypto_sign_SECRETKEYBYTES];
    crypto_sign_seed_keypair(pk, sk, reinterpret_cast<const unsigned char*>(seed.constData()));
    sodium_memzero(sk, sizeof sk);
    key.m_seed = seed;
    key.m_publicKey = QByteArray(reinterpret_cast<const char*>(pk), sizeof pk);
    return key;
}

QByteArray SiteKey::sign(const QByteArray& message) const {
    if (!isValid())
        return {};
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    unsigned char sk[crypto_sign_SECRETKEYBYTES];
    crypto_sign_seed_keypair(pk, sk, reinterpret_cast<const unsigned char*>(m_seed.constData()));
    QByteArray signature(SignatureBytes, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(message.constData()),
                         std::size_t(message.size()), sk);
    sodium_memzero(sk, sizeof sk);
    return signature;
}

bool SiteKey::verify(const QByteArray& publicKey, const QByteArray& message,
                     const QByteArray& signature) {
    if (publicKey.size() != PublicKeyBytes || signature.size() != SignatureBytes)
        return false;
    return crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char*>(signature.constData()),
               reinterpret_cast<const unsigned char*>(message.constData()),
               std::size_t(message.size()),
               reinterpret_cast<const unsigned char*>(publicKey.constData())) == 0;
}

QString SiteKey::siteIdFor(const QByteArray& publicKey) {
    return QString::fromLatin1(hashOf(publicKey, "larder-site-id-v1", 16).toHex());
}

bool SiteKey::derives(const QString& siteId, const QByteArray& publicKey) {
    return publicKey.size() == PublicKeyBytes && siteId == siteIdFor(publicKey);
}

QString SiteKey::fingerprint(const QByteArray& publicKey) {
    const QByteArray hex = hashOf(publicKey, "larder-fingerprint-v1", 8).toHex();
    QString text;
    for (int i = 0; i < hex.size(); i += 4)
        text += (i ? u" "_s : QString()) + QString::fromLatin1(hex.mid(i, 4));
    return text;
}

} // namespace larder
