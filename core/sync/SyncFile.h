// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/KeyRing.h"
#include "core/storage/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <memory>
#include <optional>

class QIODevice;

namespace larder::sync {

// The passphrase's key-derivation cost, shared with the pantry's own key (core/storage/KeyRing.h).
using larder::KdfLimits;

// The clear part of a sync file (format version 2): only what a reader needs before it can
// decrypt. Who sent the file, when, and what it holds are inside, in Contents. It is bound to the
// encrypted body as associated data, so it cannot be changed without the file being refused.
struct FileHeader {
    // 3: signed operations (members, revocations and the digest key in Contents; an operation
    // carries its digest when its value was erased). 2 had none.
    static constexpr int FormatVersion = 3;
    int formatVersion = FormatVersion;
    QString networkId;
    QByteArray keyId;          // 16 bytes: the public name of the network key (KeyRing::keyId)
    QByteArray envelope;       // the network key wrapped under the passphrase (a KeyRing envelope)
    QByteArray wrappedFileKey; // the file's stream key wrapped under the network key
    QByteArray streamHeader;   // crypto_secretstream's header
};

// A laptop of the network as a file names it: its key, and the newest of its operations the
// sender holds, with the signature of the chain up to there (core/sync/OperationChain.h).
struct MemberEntry {
    QString site;
    QByteArray publicKey; // empty: a laptop from before signed operations, known by a voucher
    QString name;
    qint64 headSeq = 0;       // 0: the sender holds none of its operations signed
    QByteArray headSignature; // by the site's key, or by `voucher`'s
    QString voucher;          // who signed the head, when not the laptop itself (a laptop
                              // from before signed operations: its history is vouched for)
};

// A laptop revoked by a member: its operations after `after` are refused everywhere.
struct Revocation {
    QString site;
    qint64 after = 0;
    qint64 atMs = 0;
    QString by;
    QByteArray signature; // by `by`'s key
};

// What the file holds, encrypted: the first part of the stream.
struct Contents {
    QString siteId;
    QString siteName;
    qint64 createdMs = 0;
    int schemaVersion = 0;
    QMap<QString, qint64> versionVector; // site -> highest contiguous seq the sender holds
    qint64 operations = 0;
    qint64 envelopeSetMs = 0;      // when the passphrase in the header's envelope was set
    QList<QByteArray> rotatedFrom; // network keys this one replaced (key ids), newest first
    QByteArray digestKey;          // the network's key for operation digests (32 bytes)
    QList<MemberEntry> members;    // at most MaxMembers
    QList<Revocation> revocations; // at most MaxMembers
    QByteArray senderSignature;    // by the sender's key, of signedContents() (64 bytes)
    static constexpr int MaxMembers = 1000;
};

// What the sender signs of its file's contents: all of them but the signature, encoded as the
// file carries them, after "larder-contents-v1".
QByteArray signedContents(const Contents& contents);

// Writes a sync file (format in docs/ARCHITECTURE.md) to a device as it goes, so an export's
// memory does not grow with the log: begin() writes the clear header and the encrypted
// Contents, each addBlock() one compressed, encrypted block of operations, finish() the final
// part. The stream key is random per file and travels wrapped under the network key; the
// network key travels wrapped under the passphrase (the pantry's own envelope), for a laptop
// that does not hold it yet.
class SyncFileWriter {
    Q_DECLARE_TR_FUNCTIONS(larder::sync::SyncFileWriter)

public:
    // A block holds at most this many bytes of operations before compression.
    static constexpr int MaxBlockBytes = 1024 * 1024;

    explicit SyncFileWriter(QIODevice& out);
    ~SyncFileWriter();
    SyncFileWriter(const SyncFileWriter&) = delete;
    SyncFileWriter& operator=(const SyncFileWriter&) = delete;

    // `networkKey` must be unlocked; `envelope` is that key wrapped under the passphrase.
    Result<void> begin(const QString& networkId, const KeyRing& networkKey,
                       const QByteArray& envelope, const Contents& contents);
    // One block: a CBOR array of operations, at most MaxBlockBytes.
    Result<void> addBlock(const QByteArray& operations);
    Result<void> finish();

private:
    Result<void> push(const QByteArray& plain, const QByteArray& associated, bool final);
    struct State;
    QIODevice& m_out;
    std::unique_ptr<State> m_state;
};

// Reads a sync file from a device, one part at a time, checking every length before it reads
// or allocates: readHeader() the clear header (at most 64 KiB), then openWith() the network key
// held here or openWithPassphrase() (the file's envelope, at the pinned cost only), then
// readContents(), then nextBlock() until it gives nothing, which also checks that the file ends
// exactly after its final part. Decompression is bounded by the block limit and, in total, by
// what the Contents declare. Refuses by Error::Kind: Damaged (cut short, altered, bytes after
// the end, lengths out of bounds), NewerFormat, OlderFormat, WrongPassphrase.
class SyncFileReader {
    Q_DECLARE_TR_FUNCTIONS(larder::sync::SyncFileReader)

public:
    static constexpr int MaxHeaderBytes = 64 * 1024;

    SyncFileReader(QIODevice& in, const QString& path);
    ~SyncFileReader();
    SyncFileReader(const SyncFileReader&) = delete;
    SyncFileReader& operator=(const SyncFileReader&) = delete;

    Result<FileHeader> readHeader();
    // Opens the file with the network key this laptop holds (its key id matches the header's).
    Result<void> openWith(const KeyRing& networkKey);
    // Opens the network key in the file's envelope with the passphrase, then the file. The
    // passphrase's bytes are wiped.
    Result<void> openWithPassphrase(QByteArray passphrase);
    // The key the file's personal values are sealed with: the one given to openWith(), or the
    // one opened from the envelope (owned by the reader).
    const KeyRing* valueKey() const { return m_valueKey; }
    Result<Contents> readContents();
    // The next block of operations (a CBOR array), or nothing after the final part.
    Result<std::optional<QByteArray>> nextBlock();

private:
    Error damaged(const QString& message) const;
    Result<QByteArray> pull(bool* final);
    Result<void> openStream(const KeyRing& key);
    struct State;
    QIODevice& m_in;
    QString m_path;
    FileHeader m_header;
    QByteArray m_clear; // every byte before the first chunk
    std::unique_ptr<State> m_state;
    std::unique_ptr<KeyRing> m_ownedKey;
    const KeyRing* m_valueKey = nullptr;
    qint64 m_declaredOperations = 0;
    qint64 m_inflated = 0;
    bool m_finished = false;
};

} // namespace larder::sync
