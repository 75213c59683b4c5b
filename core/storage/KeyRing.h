// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVariant>

#include <optional>

namespace larder {

// Argon2id cost of turning a passphrase into a key. Files state the limits they were made with;
// a reader refuses limits above `maximum()` before running the derivation.
struct KdfLimits {
    quint64 opsLimit = 0;
    quint64 memLimit = 0;        // bytes
    static KdfLimits moderate(); // libsodium's MODERATE: 3 passes, 256 MiB
    static KdfLimits minimal();  // for tests and benchmarks only
    static KdfLimits maximum();  // the most a file may ask for: 10 passes, 1 GiB
    // The cost is pinned: Larder makes keys only at moderate(), and a wrapped key (a pantry's,
    // or a sync file's) asking for any other cost is refused before deriving. minimal() is
    // accepted too only in a build configured with LARDER_TEST_KDF (tests and benchmarks).
    static bool accepted(quint64 opsLimit, quint64 memLimit);
    static bool weakAllowed(); // whether this build accepts minimal()
    bool operator==(const KdfLimits&) const = default;
};

// The pantry's data key, and the sealing of personal values with it (see docs/ARCHITECTURE.md,
// "Privacy at rest"). The key is 32 random bytes made once; on disk it exists only wrapped
// (XChaCha20-Poly1305) under a key derived from the passphrase with Argon2id, in an envelope that
// also states the derivation's salt and cost. A successful unwrap is the passphrase check. While
// unlocked the key lives in sodium_malloc memory (guarded pages, never swapped where the system
// allows, zeroed when freed); lock() frees it.
//
// A sealed value is a BLOB: 0x01 | nonce (24) | XChaCha20-Poly1305(type byte + payload), with the
// table, column and row id as associated data, so a value moved to another row or column no
// longer opens. Text is padded to 16-byte blocks so its length shows only roughly.
class KeyRing {
    Q_DECLARE_TR_FUNCTIONS(larder::KeyRing)

public:
    static constexpr int KeyBytes = 32;
    static constexpr int EnvelopeBytes = 109;

    KeyRing();
    ~KeyRing();
    KeyRing(const KeyRing&) = delete;
    KeyRing& operator=(const KeyRing&) = delete;

    bool isUnlocked() const { return m_key != nullptr; }

    // Makes a fresh random data key, keeps it (unlocked) and returns its envelope under
    // `passphrase`. The passphrase's bytes are wiped.
    Result<QByteArray> create(QByteArray passphrase, const KdfLimits& limits);
    // Opens `envelope` with `passphrase` and keeps the key. WrongPassphrase when it does not
    // open; Damaged when the envelope is not one (nothing is kept either way).
    Result<void> unlock(const QByteArray& envelope, QByteArray passphrase);
    // The same key wrapped under another passphrase (a fresh salt and nonce); needs unlocked.
    Result<QByteArray> rewrap(QByteArray passphrase, const KdfLimits& limits) const;
    // Whether `envelope` has an envelope's layout and a pinned cost (KdfLimits::accepted): checked
    // before any derivation, so a file cannot make a laptop spend seconds or gigabytes on it.
    static Result<void> checkEnvelope(const QByteArray& envelope);
    // The key's public name (16 bytes): a hash keyed with the key itself, so two laptops can see
    // they hold the same key without showing it. Needs unlocked.
    QByteArray keyId() const;
    // A 32-byte key derived from this one for `purpose` (a hash keyed with the key), so a
    // network's members derive the same one without it travelling. Needs unlocked.
    QByteArray derive(const QByteArray& purpose) const;
    // `plain` encrypted with the key (XChaCha20-Poly1305, random nonce, `ad` bound), and back:
    // how a sync file's stream key travels under the network key. Needs unlocked.
    QByteArray wrapBytes(const QByteArray& plain, const QByteArray& ad) const;
    std::optional<QByteArray> unwrapBytes(const QByteArray& wrapped, const QByteArray& ad) const;
    static constexpr int WrapOverhead = 24 + 16;
    // Frees (and so zeroes) the key.
    void lock();

    // `plain` sealed for (table, column, rowId). Needs unlocked.
    QByteArray seal(QStringView table, QStringView column, QStringView rowId,
                    const QVariant& plain) const;
    // The value in `sealed`, or nothing when it does not open here (another key, another row,
    // tampered). Needs unlocked.
    std::optional<QVariant> open(QStringView table, QStringView column, QStringView rowId,
                                 const QByteArray& sealed) const;
    // Whether a stored value is a sealed one (a BLOB in the sealed layout), not plain text.
    static bool isSealed(const QVariant& stored);

private:
    static QByteArray associatedData(QStringView table, QStringView column, QStringView rowId);
    unsigned char* m_key = nullptr; // sodium_malloc'd, KeyBytes long, or null when locked
};

} // namespace larder
