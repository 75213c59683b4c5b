// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Schema.h"
#include "core/sync/OperationChain.h"

#include <QByteArray>
#include <QCborValue>
#include <QString>
#include <QVarLengthArray>
#include <QVariant>

class QCborStreamReader;

namespace larder::sync {

// A ledger row as a sync file carries it, by the column's place in its table: read straight from
// the file's bytes, with no CBOR tree and no map of names (an import reads hundreds of thousands).
struct LedgerValues {
    const TableDef* def = nullptr;
    // By column; null when absent or null. A value that is no number, text or bytes is kept as
    // a QCborValue, which no column type takes (IncomingCheck::valueProblem names it).
    QVarLengthArray<QVariant, 16> values;
    quint64 present = 0; // bit i: the row names column i

    bool has(qsizetype column) const { return present & (quint64(1) << column); }
    const QVariant& value(QStringView name) const;
    // The row as a map of names (only for the rare comparison with a row already here).
    QVariantMap toMap() const;
};

// One operation of a sync file, [site, seq, hlc, table, row, column, value, actor, digest or null].
// A record's value is kept as CBOR; a ledger row's is read into `ledger`.
struct IncomingOperation {
    QString site;
    qint64 seq = 0;
    qint64 hlc = 0;
    QString table;
    QString row;
    QString column;
    QString actor;
    QCborValue value;        // a record's value (a ledger row's is in `ledger`)
    bool valueIsNull = true; // the file carries null for the value
    bool isLedgerRow = false;
    LedgerValues ledger; // when isLedgerRow and the value is a map
    bool ledgerIsMap = false;
    QByteArray digest; // carried with an erased value
    bool hasDigest = false;

    // The last operation's bytes of the fields that repeat, so the same ones are not decoded
    // again (readOperation).
    QByteArray m_rawSite, m_rawTable, m_rawColumn, m_rawActor;
};

// Reads the next operation at `reader`. False with `problem` said when it is not one: not an
// array of nine, a field of the wrong type, a ledger row naming an unknown field or one twice.
bool readOperation(QCborStreamReader& reader, IncomingOperation& op, QString& problem);

// The ledger row as digested, the same bytes as chain::ledgerRow of the row as a map:
// [name, value, ...] in name order.
void writeLedgerDigestRow(chain::DigestInput& input, const LedgerValues& row);

} // namespace larder::sync
