// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/OperationReader.h"

#include "core/storage/CborScalar.h"
#include "core/storage/InsertOperation.h"
#include "core/storage/KeyRing.h"
#include "core/sync/Replicator.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborStreamReader>
#include <QCoreApplication>
#include <QSet>

#include <sodium.h>

namespace larder::sync {

// The operations of a sync file one at a time, across its blocks, never holding more than one
// decompressed block.
class OperationStream {
public:
    using Damaged = std::function<Error(const QString&)>;
    OperationStream(SyncFileReader& file, Damaged damaged)
        : m_file(file)
        , m_damaged(std::move(damaged)) {}
    ~OperationStream() {
        m_reader.reset();
        wipeBlock();
    }
    OperationStream(const OperationStream&) = delete;
    OperationStream& operator=(const OperationStream&) = delete;

    // Reads the next operation into `op`; false after the last. `index` is its number, for a
    // refusal.
    Result<bool> next(IncomingOperation& op, qint64 index) {
        while (!m_reader || !m_reader->hasNext()) {
            if (m_reader && m_reader->lastError() != QCborError::NoError)
                return m_damaged(m_reader->lastError().toString());
            m_reader.reset();
            wipeBlock();
            auto block = m_file.nextBlock();
            if (!block)
                return block.error();
            if (!block->has_value())
                return false;
            m_block = std::move(block->value());
            m_reader.emplace(m_block);
            if (!m_reader->isArray() || !m_reader->enterContainer())
                return m_damaged(OperationStream::tr("a block holds no list of changes"));
        }
        QString problem;
        if (!readOperation(*m_reader, op, problem))
            return m_damaged(OperationStream::tr("change %1 of this file is malformed: %2")
                                 .arg(index)
                                 .arg(problem));
        return true;
    }

private:
    Q_DECLARE_TR_FUNCTIONS(larder::sync::OperationStream)
    void wipeBlock() {
        if (!m_block.isEmpty())
            sodium_memzero(m_block.data(), std::size_t(m_block.size()));
        m_block.clear();
    }
    SyncFileReader& m_file;
    Damaged m_damaged;
    QByteArray m_block;
    std::optional<QCborStreamReader> m_reader;
};

namespace {

// The columns of an insert operation as a file carries it: a map of the record's columns (never
// its id, each once), a personal value sealed (opening with the file's key) or [hash] once it
// left, any other a plain value. Empty, with `problem` said, when it is not that.
std::optional<QList<InsertColumn>> insertColumnsOf(const QCborValue& carried, const TableDef& def,
                                                   const QString& row, const KeyRing& fileKey,
                                                   const chain::DigestKey& digestKey,
                                                   QString& problem) {
    if (!carried.isMap()) {
        problem = Replicator::tr("an insert without its values");
        return std::nullopt;
    }
    const QCborMap map = carried.toMap();
    if (map.size() >= def.columns.size() + 1) {
        problem = Replicator::tr("more values than %1 has columns").arg(def.name);
        return std::nullopt;
    }
    QList<InsertColumn> columns;
    columns.reserve(map.size());
    QSet<const ColumnDef*> seen;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        const ColumnDef* column = it.key().isString() ? def.column(it.key().toString()) : nullptr;
        if (!column || column->name == u"id" || seen.contains(column)) {
            const QString key = it.key().isString() ? it.key().toString().left(64) : QString();
            problem = !column || column->name == u"id"
                          ? Replicator::tr("an unknown field \"%1\"").arg(key)
                          : Replicator::tr("the field %1 twice").arg(key);
            return std::nullopt;
        }
        seen.insert(column);
        InsertColumn c;
        c.column = column;
        const QCborValue value = it.value();
        if (value.isArray()) {
            const QCborArray left = value.toArray();
            if (!column->sensitive || left.size() != 1 || !left.at(0).isByteArray() ||
                left.at(0).toByteArray().size() != insertop::HashBytes) {
                problem = Replicator::tr("a malformed value of %1").arg(column->name);
                return std::nullopt;
            }
            c.hashOnly = true;
            c.hash = left.at(0).toByteArray();
            columns.append(c);
            continue;
        }
        if (!cbor::isScalar(value)) {
            problem = Replicator::tr("a malformed value of %1").arg(column->name);
            return std::nullopt;
        }
        c.carried = cbor::scalar(value);
        c.plain = c.carried;
        if (column->sensitive && !value.isNull()) {
            std::optional<QVariant> opened;
            if (value.isByteArray() && KeyRing::isSealed(value.toByteArray()))
                opened = fileKey.open(def.name, column->name, row, value.toByteArray());
            if (!opened) {
                problem = Replicator::tr("a personal value that does not open with the "
                                         "network's key");
                return std::nullopt;
            }
            c.plain = *opened;
        }
        c.hash =
            chain::valueHash(digestKey, def.name, row, column->name, chain::plainValue(c.plain));
        columns.append(c);
    }
    return columns;
}

// An insert operation as digested (chain::insertRow).
QCborValue insertDigestRow(const QList<InsertColumn>& columns) {
    QList<std::pair<QString, QByteArray>> hashes;
    hashes.reserve(columns.size());
    for (const InsertColumn& c : columns)
        hashes.append({c.column->name, c.hash});
    return chain::insertRow(std::move(hashes));
}

// How many operations the reading thread prepares before handing them over, and how many such
// batches it may be ahead of the merge.
constexpr std::size_t BatchSize = 256;
constexpr std::size_t BatchesAhead = 4;

} // namespace

OperationReader::OperationReader(SyncFileReader& file, qint64 declaredOperations,
                                 const KeyRing& fileKey, const chain::DigestKey& digestKey,
                                 Damaged damaged, bool readAhead)
    : m_declared(declaredOperations)
    , m_fileKey(fileKey)
    , m_digestKey(digestKey)
    , m_damaged(std::move(damaged))
    , m_stream(std::make_unique<OperationStream>(file, m_damaged)) {
    if (readAhead)
        m_thread = std::thread([this] { run(); });
    else
        m_finished = true; // nothing will come from a thread
}

OperationReader::~OperationReader() {
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

const PreparedOperation* OperationReader::next() {
    if (!m_thread.joinable()) { // read here, one at a time
        if (m_current.empty())
            m_current.resize(1);
        PreparedOperation& op = m_current.front();
        if (m_finishedHere)
            return nullptr; // after a refusal, or past the last operation
        bool more = false;
        try {
            more = prepare(op, ++m_index);
        } catch (const std::exception& e) {
            op.refusal = m_damaged(QString::fromLocal8Bit(e.what()));
            op.refusedAt = PreparedOperation::Stage::Reading;
            more = true;
        }
        m_finishedHere = !more || op.refusal.has_value();
        return more ? &op : nullptr;
    }
    if (m_at < m_current.size())
        return &m_current[m_at++];
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_ready.empty() || m_finished; });
    if (!m_current.empty())
        m_spent.push_back(std::move(m_current));
    m_current.clear();
    if (m_ready.empty())
        return nullptr;
    m_current = std::move(m_ready.front());
    m_ready.pop_front();
    lock.unlock();
    m_changed.notify_all(); // room for another batch
    m_at = 0;
    return m_current.empty() ? nullptr : &m_current[m_at++];
}

void OperationReader::run() {
    qint64 index = 0;
    bool more = true;
    while (more) {
        Batch batch;
        {
            std::lock_guard lock(m_mutex);
            if (!m_spent.empty()) {
                batch = std::move(m_spent.front());
                m_spent.pop_front();
            }
        }
        batch.resize(BatchSize);
        std::size_t filled = 0;
        while (more && filled < BatchSize) {
            PreparedOperation& op = batch[filled];
            try {
                more = prepare(op, ++index);
            } catch (const std::exception& e) { // out of memory: the file is refused, not the app
                op.refusal = m_damaged(QString::fromLocal8Bit(e.what()));
                op.refusedAt = PreparedOperation::Stage::Reading;
            }
            if (!more)
                break; // past the last operation
            ++filled;
            if (op.refusal)
                more = false; // refused: nothing after it is read
        }
        batch.resize(filled);
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_ready.size() < BatchesAhead || m_stop; });
        if (m_stop)
            break;
        if (!batch.empty())
            m_ready.push_back(std::move(batch));
        if (!more)
            m_finished = true;
        lock.unlock();
        m_changed.notify_all();
    }
    // The stream's block is wiped here, on the thread that read it.
    m_stream.reset();
    std::lock_guard lock(m_mutex);
    m_finished = true;
    m_changed.notify_all();
}

bool OperationReader::prepare(PreparedOperation& prepared, qint64 index) {
    using Stage = PreparedOperation::Stage;
    const auto refuse = [&prepared](Stage stage, Error error) {
        prepared.refusal = std::move(error);
        prepared.refusedAt = stage;
        return true;
    };
    // Everything a batch's earlier use left is set again.
    prepared.index = index;
    prepared.def = nullptr;
    prepared.column = nullptr;
    prepared.isDelete = prepared.isLedger = prepared.isInsert = false;
    prepared.opened.reset();
    prepared.insertColumns.clear();
    prepared.digest.clear();
    prepared.refusal.reset();
    // Read into the batch's place: what it held before keeps the names it decoded, which the
    // next operation most often repeats (IncomingOperation).
    IncomingOperation& in = prepared.in;
    auto read = m_stream->next(in, index);
    if (!read)
        return refuse(Stage::Reading, read.error());
    if (!read.value())
        return false;
    if (index > m_declared)
        return refuse(Stage::Reading,
                      m_damaged(Replicator::tr("it holds more changes than it declares")));
    const TableDef* def = schema::table(in.table);
    if (in.site.isEmpty() || in.seq <= 0 || in.hlc <= 0 || in.row.isEmpty() || !def ||
        def->kind == TableKind::Local)
        return refuse(Stage::Naming,
                      m_damaged(Replicator::tr("change %1 names no known record").arg(index)));
    prepared.def = def;
    const ColumnDef* column = def->column(in.column);
    prepared.isDelete = in.column == u"-" && def->kind == TableKind::Record;
    prepared.isLedger = in.column == u"*" && def->kind == TableKind::Ledger;
    prepared.isInsert = in.column == insertop::Column && def->kind == TableKind::Record;
    const bool isField = !prepared.isDelete && !prepared.isLedger && !prepared.isInsert;
    if (isField && (!column || def->kind != TableKind::Record || in.column == u"id"))
        return refuse(Stage::Naming, m_damaged(Replicator::tr("change %1 names an unknown field "
                                                              "%2.%3")
                                                   .arg(index)
                                                   .arg(in.table, in.column)));
    prepared.column = isField ? column : nullptr;

    // A personal value arrives sealed with the file's key: every check sees it opened.
    prepared.incoming = in.value;
    if (prepared.isInsert && !in.value.isNull()) {
        QString problem;
        auto columns = insertColumnsOf(in.value, *def, in.row, m_fileKey, m_digestKey, problem);
        if (!columns)
            return refuse(
                Stage::Values,
                m_damaged(Replicator::tr("change %1 of this file (%2 %3) is malformed: %4")
                              .arg(index)
                              .arg(in.table, in.row, problem)));
        prepared.insertColumns = std::move(*columns);
        QCborMap plainMap;
        for (const InsertColumn& c : std::as_const(prepared.insertColumns))
            plainMap.insert(c.column->name, chain::plainValue(c.plain));
        prepared.incoming = plainMap;
    } else if (isField && column->sensitive && !in.value.isNull()) {
        if (in.value.isByteArray() && KeyRing::isSealed(in.value.toByteArray()))
            prepared.opened = m_fileKey.open(in.table, in.column, in.row, in.value.toByteArray());
        if (!prepared.opened)
            return refuse(Stage::Values,
                          m_damaged(Replicator::tr("a personal value in change %1 does not open "
                                                   "with the network's key")
                                        .arg(index)));
        prepared.incoming = QCborValue::fromVariant(*prepared.opened);
    }

    // Its digest: computed from the plain value, or carried with an erased one.
    if (in.hasDigest) {
        prepared.digest = in.digest;
        if (prepared.digest.size() != chain::DigestBytes || !in.valueIsNull)
            return refuse(Stage::Values,
                          m_damaged(Replicator::tr("change %1 is malformed").arg(index)));
    } else if (const LedgerValues* row = prepared.ledgerRow()) {
        prepared.digest = chain::digest(
            m_digestKey, in.site, in.seq, in.hlc, in.table, in.row, in.column,
            [row](chain::DigestInput& w) { writeLedgerDigestRow(w, *row); }, in.actor);
    } else {
        QCborValue plain(nullptr);
        if (prepared.isInsert)
            plain = insertDigestRow(prepared.insertColumns);
        else if (prepared.opened)
            plain = chain::plainValue(*prepared.opened);
        else if (isField && !column->sensitive)
            plain = chain::plainValue(in.value);
        prepared.digest = chain::digest(m_digestKey, in.site, in.seq, in.hlc, in.table, in.row,
                                        in.column, plain, in.actor);
    }
    return true;
}

} // namespace larder::sync
