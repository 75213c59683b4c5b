// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Result.h"
#include "core/storage/Schema.h"
#include "core/sync/IncomingOperation.h"
#include "core/sync/OperationChain.h"
#include "core/sync/SyncFile.h"

#include <QByteArray>
#include <QCborValue>
#include <QList>
#include <QVariant>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace larder {
class KeyRing;
}

namespace larder::sync {

class OperationStream;

// One column of an incoming insert operation (InsertOperation.h).
struct InsertColumn {
    const ColumnDef* column = nullptr;
    QVariant carried;      // as the file carries it: a personal value sealed with the file's key
    QVariant plain;        // opened
    QByteArray hash;       // chain::valueHash of the plain value; for one that left, as carried
    bool hashOnly = false; // carried as its hash (the value left before the file was made)
};

// An operation of a sync file read and made ready for the merge: its names checked against the
// schema, its personal values opened, its insert's columns hashed and its digest taken. Nothing
// in it depends on the pantry's tables.
struct PreparedOperation {
    // Where a refusal found while preparing falls among the merge's own checks, so a bad file is
    // refused with the same message whichever of its faults comes first.
    enum class Stage {
        Reading, // the file itself (before the import reports progress)
        Naming,  // the operation's table and column (before the check of this laptop's own)
        Values,  // its values and digest (after it)
    };

    qint64 index = 0; // from 1, in file order
    IncomingOperation in;
    const TableDef* def = nullptr;
    // A record's field; null for an insert, a delete, a ledger row.
    const ColumnDef* column = nullptr;
    bool isDelete = false, isLedger = false, isInsert = false;
    QCborValue incoming;            // the value as the checks see it: opened, an insert as a map
    std::optional<QVariant> opened; // a personal field's value opened
    QList<InsertColumn> insertColumns;
    QByteArray digest;
    std::optional<Error> refusal; // this operation (or the file at it) is refused
    Stage refusedAt = Stage::Reading;

    // A ledger row as read, when it is one.
    const LedgerValues* ledgerRow() const {
        return isLedger && in.ledgerIsMap ? &in.ledger : nullptr;
    }
};

// Reads a sync file's operations on a thread of its own, ahead of the merge that applies them:
// decrypting, inflating, parsing, opening and hashing (two fifths of a large import, none of it
// touching the database) run beside the merge's writing. It stays at most a few batches ahead, so
// memory is bounded whatever the file's size; it stops at the first refusal, which arrives in
// order, as the operation it concerns. Destroying it stops the thread (an import cancelled or
// refused half-way). Without reading ahead it does the same work on the caller's thread.
class OperationReader {
public:
    using Damaged = std::function<Error(const QString&)>;
    // With `readAhead` false the operations are prepared on the caller's thread, one at a time
    // as next() asks: for a file this laptop holds most of, where the merge has little to do
    // beside the reading and a second thread costs more than it saves (paired runs: a re-import
    // about a fifth slower).
    OperationReader(SyncFileReader& file, qint64 declaredOperations, const KeyRing& fileKey,
                    const chain::DigestKey& digestKey, Damaged damaged, bool readAhead = true);
    ~OperationReader();
    OperationReader(const OperationReader&) = delete;
    OperationReader& operator=(const OperationReader&) = delete;

    // The next operation, or null after the last one. Valid until the next call.
    const PreparedOperation* next();

private:
    using Batch = std::vector<PreparedOperation>;
    void run();
    // Reads and prepares one operation into `op`; false after the last one.
    bool prepare(PreparedOperation& op, qint64 index);

    const qint64 m_declared;
    const KeyRing& m_fileKey;
    const chain::DigestKey& m_digestKey;
    Damaged m_damaged;

    std::unique_ptr<OperationStream> m_stream; // the reading thread's own

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_ready;   // prepared, not yet handed over
    std::deque<Batch> m_spent;   // handed over and done with: the thread fills them again, so
                                 // their memory is freed and reused on the thread that made it
    bool m_finished = false;     // the thread made its last batch
    bool m_stop = false;         // the merge wants no more
    Batch m_current;             // the merge's batch
    std::size_t m_at = 0;        // the next operation of m_current to hand over
    qint64 m_index = 0;          // without reading ahead: the last operation read,
    bool m_finishedHere = false; // and whether it was the last one handed over
    std::thread m_thread;
};

} // namespace larder::sync
