// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/SyncFile.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QIODevice>
#include <QtEndian>

#include <sodium.h>

#include <zlib.h>

using namespace Qt::StringLiterals;

namespace larder::sync {

namespace {

const QByteArray Magic("LARDSYNC");
constexpr int PrefixSize = 8 + 1 + 4;
constexpr int KeyIdBytes = 16;
constexpr int StreamKeyBytes = crypto_secretstream_xchacha20poly1305_KEYBYTES;
constexpr int StreamABytes = crypto_secretstream_xchacha20poly1305_ABYTES;
constexpr int MaxContentsBytes = 512 * 1024;
// A block's plaintext: its uncompressed length, then a zlib stream of at most that many bytes.
const qsizetype MaxBlockPlain = 4 + qsizetype(compressBound(uLong(SyncFileWriter::MaxBlockBytes)));
const qsizetype MaxChunkBytes = MaxBlockPlain + StreamABytes;
// Decompressed bytes a file may hold in all: a generous average per declared operation.
constexpr qint64 InflatedPerOperation = 4096;
constexpr qint64 MaxOperations = 100'000'000;

QByteArray fileKeyAd(const QString& networkId) {
    return "larder-sync-file-key-v2" + QByteArray(1, '\0') + networkId.toUtf8();
}

void appendU32(QByteArray& out, quint32 value) {
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

QByteArray encodeHeader(const FileHeader& h) {
    QCborMap map;
    map.insert(u"network"_s, h.networkId);
    map.insert(u"key_id"_s, h.keyId);
    map.insert(u"envelope"_s, h.envelope);
    map.insert(u"file_key"_s, h.wrappedFileKey);
    map.insert(u"stream_header"_s, h.streamHeader);
    return map.toCborValue().toCbor();
}

bool decodeHeader(const QByteArray& bytes, FileHeader& h) {
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(bytes, &error);
    if (error.error != QCborError::NoError || !value.isMap())
        return false;
    const QCborMap map = value.toMap();
    if (map.size() != 5)
        return false;
    h.networkId = map.value(u"network"_s).toString();
    h.keyId = map.value(u"key_id"_s).toByteArray();
    h.envelope = map.value(u"envelope"_s).toByteArray();
    h.wrappedFileKey = map.value(u"file_key"_s).toByteArray();
    h.streamHeader = map.value(u"stream_header"_s).toByteArray();
    return !h.networkId.isEmpty() && h.networkId.size() <= 64 && h.keyId.size() == KeyIdBytes &&
           h.envelope.size() == KeyRing::EnvelopeBytes &&
           h.wrappedFileKey.size() == StreamKeyBytes + KeyRing::WrapOverhead &&
           h.streamHeader.size() == crypto_secretstream_xchacha20poly1305_HEADERBYTES;
}

QByteArray encodeContents(const Contents& c) {
    QCborMap map;
    QCborMap vv;
    for (auto it = c.versionVector.cbegin(); it != c.versionVector.cend(); ++it)
        vv.insert(it.key(), it.value());
    map.insert(u"site"_s, c.siteId);
    map.insert(u"site_name"_s, c.siteName);
    map.insert(u"created"_s, c.createdMs);
    map.insert(u"schema"_s, c.schemaVersion);
    map.insert(u"vv"_s, vv);
    map.insert(u"operations"_s, c.operations);
    map.insert(u"envelope_set"_s, c.envelopeSetMs);
    QCborArray rotated;
    for (const QByteArray& id : c.rotatedFrom)
        rotated.append(id);
    map.insert(u"rotated_from"_s, rotated);
    map.insert(u"digest_key"_s, c.digestKey);
    QCborArray members;
    for (const MemberEntry& m : c.members) {
        members.append(QCborArray{m.site, m.publicKey.isEmpty() ? QCborValue(nullptr) : m.publicKey,
                                  m.name, m.headSeq,
                                  m.headSignature.isEmpty() ? QCborValue(nullptr) : m.headSignature,
                                  m.voucher.isEmpty() ? QCborValue(nullptr) : m.voucher});
    }
    map.insert(u"members"_s, members);
    QCborArray revocations;
    for (const Revocation& r : c.revocations)
        revocations.append(QCborArray{r.site, r.after, r.atMs, r.by, r.signature});
    map.insert(u"revocations"_s, revocations);
    if (!c.senderSignature.isEmpty())
        map.insert(u"signature"_s, c.senderSignature);
    return map.toCborValue().toCbor();
}

bool isSiteId(const QCborValue& value) {
    if (!value.isString())
        return false;
    const QString text = value.toString();
    if (text.isEmpty() || text.size() > 64)
        return false;
    for (QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

bool decodeMembers(const QCborMap& map, Contents& c) {
    const QCborValue members = map.value(u"members"_s);
    const QCborValue revocations = map.value(u"revocations"_s);
    if (!members.isArray() || members.toArray().size() > Contents::MaxMembers ||
        !revocations.isArray() || revocations.toArray().size() > Contents::MaxMembers)
        return false;
    for (const QCborValue& entry : members.toArray()) {
        const QCborArray a = entry.toArray();
        if (!entry.isArray() || a.size() != 6 || !isSiteId(a.at(0)) || !a.at(2).isString() ||
            a.at(2).toString().size() > 200 || !a.at(3).isInteger() || a.at(3).toInteger() < 0 ||
            !(a.at(5).isNull() || isSiteId(a.at(5))))
            return false;
        MemberEntry m;
        m.site = a.at(0).toString();
        m.publicKey = a.at(1).toByteArray();
        m.name = a.at(2).toString();
        m.headSeq = a.at(3).toInteger();
        m.headSignature = a.at(4).toByteArray();
        m.voucher = a.at(5).toString();
        if (!(a.at(1).isNull() || (a.at(1).isByteArray() && m.publicKey.size() == 32)) ||
            !(a.at(4).isNull() || (a.at(4).isByteArray() && m.headSignature.size() == 64)) ||
            (m.publicKey.isEmpty() && m.voucher.isEmpty()))
            return false;
        c.members.append(m);
    }
    for (const QCborValue& entry : revocations.toArray()) {
        const QCborArray a = entry.toArray();
        if (!entry.isArray() || a.size() != 5 || !isSiteId(a.at(0)) || !a.at(1).isInteger() ||
            a.at(1).toInteger() < 0 || !a.at(2).isInteger() || a.at(2).toInteger() < 0 ||
            !isSiteId(a.at(3)) || !a.at(4).isByteArray() || a.at(4).toByteArray().size() != 64)
            return false;
        c.revocations.append({a.at(0).toString(), a.at(1).toInteger(), a.at(2).toInteger(),
                              a.at(3).toString(), a.at(4).toByteArray()});
    }
    return true;
}

bool decodeContents(const QByteArray& bytes, Contents& c) {
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(bytes, &error);
    if (error.error != QCborError::NoError || !value.isMap())
        return false;
    const QCborMap map = value.toMap();
    c.siteId = map.value(u"site"_s).toString();
    c.siteName = map.value(u"site_name"_s).toString();
    c.createdMs = map.value(u"created"_s).toInteger();
    c.schemaVersion = int(map.value(u"schema"_s).toInteger());
    c.operations = map.value(u"operations"_s).toInteger(-1);
    c.envelopeSetMs = map.value(u"envelope_set"_s).toInteger(-1);
    const QCborValue rotated = map.value(u"rotated_from"_s);
    if (!rotated.isArray() || rotated.toArray().size() > 20)
        return false;
    for (const QCborValue& id : rotated.toArray()) {
        if (!id.isByteArray() || id.toByteArray().size() != KeyIdBytes)
            return false;
        c.rotatedFrom.append(id.toByteArray());
    }
    c.senderSignature = map.value(u"signature"_s).toByteArray();
    if (c.senderSignature.size() != 64)
        return false;
    c.digestKey = map.value(u"digest_key"_s).toByteArray();
    if (c.digestKey.size() != 32 || !decodeMembers(map, c))
        return false;
    const QCborValue vv = map.value(u"vv"_s);
    if (!vv.isMap() || vv.toMap().size() > 10000)
        return false;
    for (auto it = vv.toMap().constBegin(); it != vv.toMap().constEnd(); ++it) {
        if (!it.key().isString() || !it.value().isInteger() || it.value().toInteger() < 0 ||
            it.key().toString().isEmpty() || it.key().toString().size() > 64)
            return false;
        c.versionVector.insert(it.key().toString(), it.value().toInteger());
    }
    return !c.siteId.isEmpty() && c.siteId.size() <= 64 && c.siteName.size() <= 200 &&
           c.operations >= 0 && c.operations <= MaxOperations && c.schemaVersion > 0 &&
           c.envelopeSetMs >= 0;
}

// Inflates a block into exactly `expected` bytes, never more: a zlib stream that would produce
// more (a decompression bomb) or less is refused.
std::optional<QByteArray> inflateBounded(const char* data, qsizetype size, qsizetype expected) {
    QByteArray out(expected, Qt::Uninitialized);
    z_stream stream{};
    if (inflateInit(&stream) != Z_OK)
        return std::nullopt;
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data));
    stream.avail_in = uInt(size);
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = uInt(expected);
    const int rc = inflate(&stream, Z_FINISH);
    const bool whole = rc == Z_STREAM_END && stream.avail_in == 0 && stream.avail_out == 0;
    inflateEnd(&stream);
    if (!whole)
        return std::nullopt;
    return out;
}

} // namespace

// ---- Writing ----

struct SyncFileWriter::State {
    crypto_secretstream_xchacha20poly1305_state stream;
    bool begun = false;
    bool finished = false;
    ~State() { sodium_memzero(&stream, sizeof stream); }
};

SyncFileWriter::SyncFileWriter(QIODevice& out)
    : m_out(out)
    , m_state(std::make_unique<State>()) {}

SyncFileWriter::~SyncFileWriter() = default;

Result<void> SyncFileWriter::push(const QByteArray& plain, const QByteArray& associated,
                                  bool final) {
    QByteArray chunk(4 + plain.size() + StreamABytes, Qt::Uninitialized);
    qToBigEndian(quint32(plain.size() + StreamABytes), chunk.data());
    crypto_secretstream_xchacha20poly1305_push(
        &m_state->stream, reinterpret_cast<unsigned char*>(chunk.data() + 4), nullptr,
        reinterpret_cast<const unsigned char*>(plain.constData()), std::size_t(plain.size()),
        reinterpret_cast<const unsigned char*>(associated.constData()),
        std::size_t(associated.size()),
        final ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
    if (m_out.write(chunk) != chunk.size())
        return Error::make(Error::Kind::ReadOnlyFolder,
                           tr("The sync file could not be written (%1).").arg(m_out.errorString()),
                           tr("Check that the stick or folder is writable and not full."));
    return {};
}

Result<void> SyncFileWriter::begin(const QString& networkId, const KeyRing& networkKey,
                                   const QByteArray& envelope, const Contents& contents) {
    Q_ASSERT(networkKey.isUnlocked() && !m_state->begun);
    if (sodium_init() < 0)
        return Error::storage(tr("The encryption library did not start."));
    QByteArray fileKey(StreamKeyBytes, Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_keygen(reinterpret_cast<unsigned char*>(fileKey.data()));
    FileHeader header;
    header.networkId = networkId;
    header.keyId = networkKey.keyId();
    header.envelope = envelope;
    header.wrappedFileKey = networkKey.wrapBytes(fileKey, fileKeyAd(networkId));
    header.streamHeader.resize(crypto_secretstream_xchacha20poly1305_HEADERBYTES);
    crypto_secretstream_xchacha20poly1305_init_push(
        &m_state->stream, reinterpret_cast<unsigned char*>(header.streamHeader.data()),
        reinterpret_cast<const unsigned char*>(fileKey.constData()));
    sodium_memzero(fileKey.data(), std::size_t(fileKey.size()));

    const QByteArray headerBytes = encodeHeader(header);
    QByteArray clear = Magic;
    clear += char(FileHeader::FormatVersion);
    appendU32(clear, quint32(headerBytes.size()));
    clear += headerBytes;
    if (m_out.write(clear) != clear.size())
        return Error::make(Error::Kind::ReadOnlyFolder,
                           tr("The sync file could not be written (%1).").arg(m_out.errorString()),
                           tr("Check that the stick or folder is writable and not full."));
    m_state->begun = true;
    // The first part carries every clear byte as associated data: the header cannot be altered.
    return push(encodeContents(contents), clear, false);
}

Result<void> SyncFileWriter::addBlock(const QByteArray& operations) {
    Q_ASSERT(m_state->begun && !m_state->finished);
    Q_ASSERT(operations.size() <= MaxBlockBytes);
    uLongf packedSize = compressBound(uLong(operations.size()));
    QByteArray plain(4 + qsizetype(packedSize), Qt::Uninitialized);
    qToBigEndian(quint32(operations.size()), plain.data());
    if (compress2(reinterpret_cast<Bytef*>(plain.data() + 4), &packedSize,
                  reinterpret_cast<const Bytef*>(operations.constData()), uLong(operations.size()),
                  6) != Z_OK)
        return Error::storage(tr("The changes could not be compressed."));
    plain.truncate(4 + qsizetype(packedSize));
    auto pushed = push(plain, {}, false);
    sodium_memzero(plain.data(), std::size_t(plain.size()));
    return pushed;
}

Result<void> SyncFileWriter::finish() {
    Q_ASSERT(m_state->begun && !m_state->finished);
    m_state->finished = true;
    return push({}, {}, true);
}

// ---- Reading ----

struct SyncFileReader::State {
    crypto_secretstream_xchacha20poly1305_state stream;
    bool open = false;
    bool first = true;
    ~State() { sodium_memzero(&stream, sizeof stream); }
};

SyncFileReader::SyncFileReader(QIODevice& in, const QString& path)
    : m_in(in)
    , m_path(path)
    , m_state(std::make_unique<State>()) {}

SyncFileReader::~SyncFileReader() = default;

Error SyncFileReader::damaged(const QString& message) const {
    return Error::make(Error::Kind::Damaged, message,
                       tr("Copy the file again from its source; a file cut short or changed on "
                          "the way cannot be read. Nothing was changed."))
        .at(m_path);
}

Result<FileHeader> SyncFileReader::readHeader() {
    const QByteArray prefix = m_in.read(PrefixSize);
    if (prefix.size() < PrefixSize || !prefix.startsWith(Magic))
        return Error::make(Error::Kind::Damaged, tr("This is not a Larder sync file."),
                           tr("Choose a file that Larder exported (it ends in .lardersync)."))
            .at(m_path);
    const int version = quint8(prefix.at(8));
    if (version > FileHeader::FormatVersion)
        return Error::make(Error::Kind::NewerFormat,
                           tr("This sync file was made by a newer Larder (format %1; this Larder "
                              "reads up to %2).")
                               .arg(version)
                               .arg(FileHeader::FormatVersion),
                           tr("Update Larder to read this file. Nothing was changed."))
            .at(m_path);
    if (version < FileHeader::FormatVersion)
        return Error::make(Error::Kind::OlderFormat,
                           tr("This sync file was made by an older Larder (format %1), which "
                              "this Larder no longer reads.")
                               .arg(version),
                           tr("Update Larder on the laptop that made it and export again there. "
                              "Nothing was changed."))
            .at(m_path);
    const quint32 headerSize = qFromBigEndian<quint32>(prefix.constData() + 9);
    if (headerSize > quint32(MaxHeaderBytes))
        return damaged(tr("This sync file's header is %1 bytes long; a Larder header is at most "
                          "%2.")
                           .arg(headerSize)
                           .arg(MaxHeaderBytes));
    const QByteArray headerBytes = m_in.read(headerSize);
    if (headerBytes.size() != qsizetype(headerSize))
        return damaged(tr("This sync file is cut short."));
    FileHeader header;
    if (!decodeHeader(headerBytes, header))
        return damaged(tr("This sync file's header is damaged."));
    if (auto ok = KeyRing::checkEnvelope(header.envelope); !ok)
        return Error(ok.error()).at(m_path);
    header.formatVersion = version;
    m_header = header;
    m_clear = prefix + headerBytes;
    return header;
}

Result<void> SyncFileReader::openStream(const KeyRing& key) {
    std::optional<QByteArray> fileKey =
        key.unwrapBytes(m_header.wrappedFileKey, fileKeyAd(m_header.networkId));
    if (!fileKey || fileKey->size() != StreamKeyBytes)
        return damaged(tr("This sync file's key does not open with the network's key, although "
                          "it names it: the file was altered."));
    const int rc = crypto_secretstream_xchacha20poly1305_init_pull(
        &m_state->stream, reinterpret_cast<const unsigned char*>(m_header.streamHeader.constData()),
        reinterpret_cast<const unsigned char*>(fileKey->constData()));
    sodium_memzero(fileKey->data(), std::size_t(fileKey->size()));
    if (rc != 0)
        return damaged(tr("This sync file's header is damaged."));
    m_state->open = true;
    m_valueKey = &key;
    return {};
}

Result<void> SyncFileReader::openWith(const KeyRing& networkKey) {
    Q_ASSERT(!m_clear.isEmpty() && networkKey.isUnlocked());
    if (networkKey.keyId() != m_header.keyId)
        return Error::make(Error::Kind::WrongPassphrase,
                           tr("This sync file is under another key than this pantry's."),
                           tr("Give the network's passphrase to open it."))
            .at(m_path);
    return openStream(networkKey);
}

Result<void> SyncFileReader::openWithPassphrase(QByteArray passphrase) {
    Q_ASSERT(!m_clear.isEmpty());
    auto key = std::make_unique<KeyRing>();
    if (auto ok = key->unlock(m_header.envelope, std::move(passphrase)); !ok) {
        if (ok.error().kind == Error::Kind::WrongPassphrase)
            return Error::make(Error::Kind::WrongPassphrase,
                               tr("The passphrase does not open this sync file."),
                               tr("Check the network's passphrase (capitals, spaces) and try "
                                  "again."))
                .at(m_path);
        return Error(ok.error()).at(m_path);
    }
    if (key->keyId() != m_header.keyId)
        return damaged(tr("This sync file's key is not the one its header names: the file was "
                          "altered."));
    m_ownedKey = std::move(key);
    return openStream(*m_ownedKey);
}

Result<QByteArray> SyncFileReader::pull(bool* final) {
    Q_ASSERT(m_state->open);
    const QByteArray lengthBytes = m_in.read(4);
    if (lengthBytes.size() != 4)
        return damaged(tr("This sync file is cut short (it ends before its last part)."));
    const quint32 length = qFromBigEndian<quint32>(lengthBytes.constData());
    if (length < quint32(StreamABytes) || qsizetype(length) > MaxChunkBytes)
        return damaged(tr("This sync file is damaged (a part of %1 bytes).").arg(length));
    const QByteArray cipher = m_in.read(length);
    if (cipher.size() != qsizetype(length))
        return damaged(tr("This sync file is cut short (it ends before its last part)."));
    QByteArray plain(qsizetype(length) - StreamABytes, Qt::Uninitialized);
    unsigned char tag = 0;
    const bool first = m_state->first;
    if (crypto_secretstream_xchacha20poly1305_pull(
            &m_state->stream, reinterpret_cast<unsigned char*>(plain.data()), nullptr, &tag,
            reinterpret_cast<const unsigned char*>(cipher.constData()), length,
            first ? reinterpret_cast<const unsigned char*>(m_clear.constData()) : nullptr,
            first ? std::size_t(m_clear.size()) : 0) != 0)
        return damaged(tr("This sync file was changed or damaged after it was made."));
    m_state->first = false;
    *final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    return plain;
}

QByteArray signedContents(const Contents& contents) {
    Contents unsigned_ = contents;
    unsigned_.senderSignature.clear();
    return QByteArray("larder-contents-v1") + encodeContents(unsigned_);
}

Result<Contents> SyncFileReader::readContents() {
    bool final = false;
    auto plain = pull(&final);
    if (!plain)
        return plain.error();
    Contents contents;
    if (final || plain->size() > MaxContentsBytes || !decodeContents(plain.value(), contents))
        return damaged(tr("This sync file's description of its contents is damaged."));
    m_declaredOperations = contents.operations;
    return contents;
}

Result<std::optional<QByteArray>> SyncFileReader::nextBlock() {
    if (m_finished)
        return std::optional<QByteArray>();
    bool final = false;
    auto plain = pull(&final);
    if (!plain)
        return plain.error();
    if (final) {
        if (!plain->isEmpty())
            return damaged(tr("This sync file's last part is damaged."));
        if (!m_in.atEnd())
            return damaged(tr("This sync file has unexpected bytes after its end."));
        m_finished = true;
        return std::optional<QByteArray>();
    }
    if (plain->size() < 4)
        return damaged(tr("A block of changes in this sync file is damaged."));
    const qint64 expected = qFromBigEndian<quint32>(plain->constData());
    const qint64 allowed =
        SyncFileWriter::MaxBlockBytes + m_declaredOperations * InflatedPerOperation;
    if (expected == 0 || expected > SyncFileWriter::MaxBlockBytes ||
        m_inflated + expected > allowed)
        return damaged(tr("A block of changes in this sync file claims %1 bytes, more than a file "
                          "of %2 changes can hold.")
                           .arg(expected)
                           .arg(m_declaredOperations));
    std::optional<QByteArray> block =
        inflateBounded(plain->constData() + 4, plain->size() - 4, qsizetype(expected));
    sodium_memzero(plain->data(), std::size_t(plain->size()));
    if (!block)
        return damaged(tr("A block of changes in this sync file does not decompress to the size "
                          "it states."));
    m_inflated += expected;
    return block;
}

} // namespace larder::sync
