// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/KeyRing.h"
#include "core/storage/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace larder::sync {

// The passphrase's key-derivation cost, shared with the pantry's own key (core/storage/KeyRing.h).
using larder::KdfLimits;

// The clear part of a sync file: who sent it, for which network, what it holds, and how to
// derive its key. It is bound to the encrypted body as associated data, so it cannot be changed
// without the file being refused.
struct FileHeader {
    static constexpr int FormatVersion = 1;
    int formatVersion = FormatVersion;
    QString networkId;
    QString siteId;
    QString siteName;
    qint64 createdMs = 0;
    int schemaVersion = 0;
    QMap<QString, qint64> versionVector; // site -> highest contiguous seq the sender holds
    qint64 operations = 0;
    // Key derivation and the wrapped file key (filled in by seal()).
    QByteArray salt;
    quint64 opsLimit = 0;
    quint64 memLimit = 0;
    QByteArray keyNonce;
    QByteArray wrappedKey;
    QByteArray streamHeader;
};

// Reads and writes the sync file format (documented in docs/ARCHITECTURE.md):
//   "LARDSYNC" | u8 format version | u32 BE header length | header (CBOR map) |
//   chunks: u32 BE length | crypto_secretstream_xchacha20poly1305 ciphertext
// The plaintext is the zlib-compressed CBOR operation stream, cut in 64 KiB chunks; the first
// chunk carries the header bytes as associated data and the last is tagged final. The stream key
// is random per file, wrapped (XChaCha20-Poly1305) under a key derived from the passphrase with
// Argon2id and a per-file salt. Keys and passphrases are wiped after use.
class SyncFile {
    Q_DECLARE_TR_FUNCTIONS(larder::sync::SyncFile)

public:
    static constexpr int ChunkSize = 64 * 1024;

    // Encrypts `plaintext` under `passphrase`; returns the whole file.
    static Result<QByteArray> seal(FileHeader header, const QByteArray& plaintext,
                                   QByteArray passphrase, const KdfLimits& limits);
    // Reads only the clear header (no passphrase needed): for network and format checks.
    static Result<FileHeader> readHeader(const QByteArray& file, const QString& path = {});
    // Checks and decrypts a whole file. Refuses, by Error::Kind, a damaged or truncated file,
    // trailing bytes, a newer format, absurd key-derivation limits and a wrong passphrase.
    static Result<QByteArray> open(const QByteArray& file, QByteArray passphrase,
                                   FileHeader* header = nullptr, const QString& path = {});
};

} // namespace larder::sync
