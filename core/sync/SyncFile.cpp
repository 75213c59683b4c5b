// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/SyncFile.h"

#include <QCborMap>
#include <QCborValue>
#include <QtEndian>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace larder::sync {

namespace {

const QByteArray Magic("LARDSYNC");
constexpr int PrefixSize = 8 + 1 + 4;
constexpr quint32 MaxHeaderSize = 16 * 1024 * 1024;

// Wipes a byte array's contents when it goes out of scope.
struct Wiped {
    QByteArray& bytes;
    ~Wiped() {
        if (!bytes.isEmpty())
            sodium_memzero(bytes.data(), std::size_t(bytes.size()));
    }
};

QByteArray encodeHeader(const FileHeader& h) {
    QCborMap map;
    QCborMap vv;
    for (auto it = h.versionVector.cbegin(); it != h.versionVector.cend(); ++it)
        vv.insert(it.key(), it.value());
    map.insert(u"network"_s, h.networkId);
    map.insert(u"site"_s, h.siteId);
    map.insert(u"site_name"_s, h.siteName);
    map.insert(u"created"_s, h.createdMs);
    map.insert(u"schema"_s, h.schemaVersion);
    map.insert(u"vv"_s, vv);
    map.insert(u"operations"_s, h.operations);
    QCborMap kdf;
    kdf.insert(u"alg"_s, u"argon2id13"_s);
    kdf.insert(u"salt"_s, h.salt);
    kdf.insert(u"ops"_s, qint64(h.opsLimit));
    kdf.insert(u"mem"_s, qint64(h.memLimit));
    map.insert(u"kdf"_s, kdf);
    map.insert(u"key_nonce"_s, h.keyNonce);
    map.insert(u"wrapped_key"_s, h.wrappedKey);
    map.insert(u"stream_header"_s, h.streamHeader);
    return map.toCborValue().toCbor();
}

bool decodeHeader(const QByteArray& bytes, FileHeader& h) {
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(bytes, &error);
    if (error.error != QCborError::NoError || !value.isMap())
        return false;
    const QCborMap map = value.toMap();
    h.networkId = map.value(u"network"_s).toString();
    h.siteId = map.value(u"site"_s).toString();
    h.siteName = map.value(u"site_name"_s).toString();
    h.createdMs = map.value(u"created"_s).toInteger();
    h.schemaVersion = int(map.value(u"schema"_s).toInteger());
    h.operations = map.value(u"operations"_s).toInteger();
    const QCborMap vv = map.value(u"vv"_s).toMap();
    for (auto it = vv.constBegin(); it != vv.constEnd(); ++it)
        h.versionVector.insert(it.key().toString(), it.value().toInteger());
    const QCborMap kdf = map.value(u"kdf"_s).toMap();
    if (kdf.value(u"alg"_s).toString() != u"argon2id13")
        return false;
    h.salt = kdf.value(u"salt"_s).toByteArray();
    h.opsLimit = quint64(kdf.value(u"ops"_s).toInteger());
    h.memLimit = quint64(kdf.value(u"mem"_s).toInteger());
    h.keyNonce = map.value(u"key_nonce"_s).toByteArray();
    h.wrappedKey = map.value(u"wrapped_key"_s).toByteArray();
    h.streamHeader = map.value(u"stream_header"_s).toByteArray();
    return !h.networkId.isEmpty() && !h.siteId.isEmpty() &&
           h.salt.size() == crypto_pwhash_SALTBYTES &&
           h.keyNonce.size() == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES &&
           h.wrappedKey.size() == crypto_secretstream_xchacha20poly1305_KEYBYTES +
                                      crypto_aead_xchacha20poly1305_ietf_ABYTES &&
           h.streamHeader.size() == crypto_secretstream_xchacha20poly1305_HEADERBYTES;
}

bool deriveKey(QByteArray& key, const QByteArray& passphrase, const QByteArray& salt, quint64 ops,
               quint64 mem) {
    key.resize(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    return crypto_pwhash(reinterpret_cast<unsigned char*>(key.data()), std::size_t(key.size()),
                         passphrase.constData(), std::size_t(passphrase.size()),
                         reinterpret_cast<const unsigned char*>(salt.constData()), ops,
                         std::size_t(mem), crypto_pwhash_ALG_ARGON2ID13) == 0;
}

void appendU32(QByteArray& out, quint32 value) {
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

} // namespace

Result<QByteArray> SyncFile::seal(FileHeader header, const QByteArray& plaintext,
                                  QByteArray passphrase, const KdfLimits& limits) {
    Wiped wipePassphrase{passphrase};
    if (sodium_init() < 0)
        return Error::storage(tr("The encryption library did not start."));
    header.formatVersion = FileHeader::FormatVersion;
    header.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(header.salt.data(), std::size_t(header.salt.size()));
    header.opsLimit = limits.opsLimit;
    header.memLimit = limits.memLimit;

    QByteArray derived;
    Wiped wipeDerived{derived};
    if (!deriveKey(derived, passphrase, header.salt, limits.opsLimit, limits.memLimit))
        return Error::storage(tr("Not enough memory to derive the key."),
                              tr("Close other programs and try again."));
    QByteArray fileKey(crypto_secretstream_xchacha20poly1305_KEYBYTES, Qt::Uninitialized);
    Wiped wipeFileKey{fileKey};
    crypto_secretstream_xchacha20poly1305_keygen(reinterpret_cast<unsigned char*>(fileKey.data()));
    header.keyNonce.resize(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    randombytes_buf(header.keyNonce.data(), std::size_t(header.keyNonce.size()));
    header.wrappedKey.resize(fileKey.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES);
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(header.wrappedKey.data()), nullptr,
        reinterpret_cast<const unsigned char*>(fileKey.constData()), std::size_t(fileKey.size()),
        reinterpret_cast<const unsigned char*>(Magic.constData()), std::size_t(Magic.size()),
        nullptr, reinterpret_cast<const unsigned char*>(header.keyNonce.constData()),
        reinterpret_cast<const unsigned char*>(derived.constData()));

    crypto_secretstream_xchacha20poly1305_state state;
    header.streamHeader.resize(crypto_secretstream_xchacha20poly1305_HEADERBYTES);
    crypto_secretstream_xchacha20poly1305_init_push(
        &state, reinterpret_cast<unsigned char*>(header.streamHeader.data()),
        reinterpret_cast<const unsigned char*>(fileKey.constData()));

    const QByteArray headerBytes = encodeHeader(header);
    QByteArray out;
    out.reserve(PrefixSize + headerBytes.size() + plaintext.size() +
                (plaintext.size() / ChunkSize + 1) * 32);
    out += Magic;
    out += char(FileHeader::FormatVersion);
    appendU32(out, quint32(headerBytes.size()));
    out += headerBytes;
    const QByteArray associated = out; // the whole clear part, bound to the first chunk

    qsizetype offset = 0;
    bool first = true;
    do {
        const qsizetype length = std::min<qsizetype>(ChunkSize, plaintext.size() - offset);
        const bool last = offset + length >= plaintext.size();
        QByteArray cipher(length + crypto_secretstream_xchacha20poly1305_ABYTES, Qt::Uninitialized);
        crypto_secretstream_xchacha20poly1305_push(
            &state, reinterpret_cast<unsigned char*>(cipher.data()), nullptr,
            reinterpret_cast<const unsigned char*>(plaintext.constData() + offset),
            std::size_t(length),
            first ? reinterpret_cast<const unsigned char*>(associated.constData()) : nullptr,
            first ? std::size_t(associated.size()) : 0,
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        appendU32(out, quint32(cipher.size()));
        out += cipher;
        offset += length;
        first = false;
    } while (offset < plaintext.size());
    sodium_memzero(&state, sizeof state);
    return out;
}

Result<FileHeader> SyncFile::readHeader(const QByteArray& file, const QString& path) {
    const QString damagedHint = tr("Copy the file again from its source; a file cut short or "
                                   "changed on the way cannot be read.");
    if (file.size() < PrefixSize || !file.startsWith(Magic))
        return Error::make(Error::Kind::Damaged, tr("This is not a Larder sync file."),
                           tr("Choose a file that Larder exported (it ends in .lardersync)."))
            .at(path);
    const int version = quint8(file.at(8));
    if (version > FileHeader::FormatVersion)
        return Error::make(Error::Kind::NewerFormat,
                           tr("This sync file was made by a newer Larder (format %1; this Larder "
                              "reads up to %2).")
                               .arg(version)
                               .arg(FileHeader::FormatVersion),
                           tr("Update Larder to read this file. Nothing was changed."))
            .at(path);
    const quint32 headerSize = qFromBigEndian<quint32>(file.constData() + 9);
    if (headerSize > MaxHeaderSize || PrefixSize + qsizetype(headerSize) > file.size())
        return Error::make(Error::Kind::Damaged, tr("This sync file is cut short."), damagedHint)
            .at(path);
    FileHeader header;
    if (!decodeHeader(file.mid(PrefixSize, headerSize), header))
        return Error::make(Error::Kind::Damaged, tr("This sync file's header is damaged."),
                           damagedHint)
            .at(path);
    header.formatVersion = version;
    return header;
}

Result<QByteArray> SyncFile::open(const QByteArray& file, QByteArray passphrase,
                                  FileHeader* headerOut, const QString& path) {
    Wiped wipePassphrase{passphrase};
    auto parsed = readHeader(file, path);
    if (!parsed)
        return parsed.error();
    const FileHeader header = parsed.value();
    const QString damagedHint = tr("Copy the file again from its source; a file cut short or "
                                   "changed on the way cannot be read.");
    const KdfLimits maximum = KdfLimits::maximum();
    if (header.opsLimit > maximum.opsLimit || header.memLimit > maximum.memLimit ||
        header.opsLimit < crypto_pwhash_OPSLIMIT_MIN ||
        header.memLimit < crypto_pwhash_MEMLIMIT_MIN)
        return Error::make(Error::Kind::Damaged,
                           tr("This sync file asks for an unreasonable key derivation (%1 passes, "
                              "%2 MiB of memory).")
                               .arg(header.opsLimit)
                               .arg(header.memLimit / (1024 * 1024)),
                           tr("It was not made by Larder, or it was altered. Nothing was changed."))
            .at(path);
    if (sodium_init() < 0)
        return Error::storage(tr("The encryption library did not start.")).at(path);

    QByteArray derived;
    Wiped wipeDerived{derived};
    if (!deriveKey(derived, passphrase, header.salt, header.opsLimit, header.memLimit))
        return Error::storage(tr("Not enough memory to derive the key."),
                              tr("Close other programs and try again."))
            .at(path);
    QByteArray fileKey(crypto_secretstream_xchacha20poly1305_KEYBYTES, Qt::Uninitialized);
    Wiped wipeFileKey{fileKey};
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char*>(fileKey.data()), nullptr, nullptr,
            reinterpret_cast<const unsigned char*>(header.wrappedKey.constData()),
            std::size_t(header.wrappedKey.size()),
            reinterpret_cast<const unsigned char*>(Magic.constData()), std::size_t(Magic.size()),
            reinterpret_cast<const unsigned char*>(header.keyNonce.constData()),
            reinterpret_cast<const unsigned char*>(derived.constData())) != 0)
        return Error::make(Error::Kind::WrongPassphrase,
                           tr("The passphrase does not open this sync file."),
                           tr("Check the network's passphrase (capitals, spaces) and try again."))
            .at(path);

    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(
            &state, reinterpret_cast<const unsigned char*>(header.streamHeader.constData()),
            reinterpret_cast<const unsigned char*>(fileKey.constData())) != 0)
        return Error::make(Error::Kind::Damaged, tr("This sync file's header is damaged."),
                           damagedHint)
            .at(path);

    const quint32 headerSize = qFromBigEndian<quint32>(file.constData() + 9);
    const qsizetype bodyStart = PrefixSize + headerSize;
    const QByteArray associated = file.left(bodyStart);
    QByteArray plaintext;
    qsizetype offset = bodyStart;
    bool first = true;
    bool final = false;
    while (!final) {
        if (offset + 4 > file.size())
            return Error::make(Error::Kind::Damaged,
                               tr("This sync file is cut short (it ends before its last part)."),
                               damagedHint)
                .at(path);
        const quint32 length = qFromBigEndian<quint32>(file.constData() + offset);
        offset += 4;
        if (length < crypto_secretstream_xchacha20poly1305_ABYTES ||
            length > ChunkSize + crypto_secretstream_xchacha20poly1305_ABYTES ||
            offset + qsizetype(length) > file.size())
            return Error::make(Error::Kind::Damaged, tr("This sync file is cut short or damaged."),
                               damagedHint)
                .at(path);
        const qsizetype plainLength = length - crypto_secretstream_xchacha20poly1305_ABYTES;
        const qsizetype at = plaintext.size();
        plaintext.resize(at + plainLength);
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &state, reinterpret_cast<unsigned char*>(plaintext.data() + at), nullptr, &tag,
                reinterpret_cast<const unsigned char*>(file.constData() + offset), length,
                first ? reinterpret_cast<const unsigned char*>(associated.constData()) : nullptr,
                first ? std::size_t(associated.size()) : 0) != 0) {
            sodium_memzero(plaintext.data(), std::size_t(plaintext.size()));
            return Error::make(Error::Kind::Damaged,
                               tr("This sync file was changed or damaged after it was made."),
                               damagedHint)
                .at(path);
        }
        offset += length;
        first = false;
        final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    }
    sodium_memzero(&state, sizeof state);
    if (offset != file.size())
        return Error::make(Error::Kind::Damaged,
                           tr("This sync file has %1 unexpected bytes after its end.")
                               .arg(file.size() - offset),
                           damagedHint)
            .at(path);
    if (headerOut)
        *headerOut = header;
    return plaintext;
}

} // namespace larder::sync
