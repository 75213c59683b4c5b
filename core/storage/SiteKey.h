// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace larder {

// A laptop's signing identity in its network (issue #14): an Ed25519 key pair (libsodium
// crypto_sign). The site id of a laptop made by this Larder is derived from the public key, so
// a file cannot claim another laptop's id with a key of its own. The seed is kept in the pantry
// file as it is: signing needs the network key as well to produce a file anyone can read, and
// whoever can open the pantry can read both (see docs/ARCHITECTURE.md, "Signed operations").
class SiteKey {
public:
    static constexpr int SeedBytes = 32;
    static constexpr int PublicKeyBytes = 32;
    static constexpr int SignatureBytes = 64;

    // A fresh random key pair.
    static SiteKey generate();
    // The key pair of a stored seed; invalid() when the seed is not 32 bytes.
    static SiteKey fromSeed(const QByteArray& seed);

    bool isValid() const { return m_publicKey.size() == PublicKeyBytes; }
    const QByteArray& seed() const { return m_seed; }
    const QByteArray& publicKey() const { return m_publicKey; }

    // A detached signature of `message`.
    QByteArray sign(const QByteArray& message) const;
    static bool verify(const QByteArray& publicKey, const QByteArray& message,
                       const QByteArray& signature);

    // The site id a public key stands for: 32 hex digits of a hash of it.
    static QString siteIdFor(const QByteArray& publicKey);
    // Whether `siteId` was derived from `publicKey` (false for ids from before signed
    // operations, which were random).
    static bool derives(const QString& siteId, const QByteArray& publicKey);
    // What people compare by eye: "3f9a 12bc 77de 0a41", from a hash of the public key.
    static QString fingerprint(const QByteArray& publicKey);

private:
    QByteArray m_seed;
    QByteArray m_publicKey;
};

} // namespace larder
