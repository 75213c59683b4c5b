// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Result.h"
#include "core/storage/Schema.h"
#include "core/sync/IncomingOperation.h"

#include <QCborValue>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QVariant>

#include <functional>

namespace larder {
namespace sql {
class Connection;
}

namespace sync {

// One operation of a sync file as the merge checks it: where it is in the file, what it names
// and its value as carried (plain, before any sealing).
// A view of the operation as read (no copies: an import checks half a million, read on another
// thread, OperationReader); valid while the check runs.
struct OpInFile {
    qint64 index = 0; // 1-based position in the file
    const QString& site;
    qint64 seq = 0;
    qint64 hlc = 0;
    const QString& table;
    const QString& row;
    const QString& column;   // a column, "-" a delete, "*" a ledger row, "+" an insert
    const QCborValue& value; // for "+": a map of the record's plain values (null: one that left)
    const LedgerValues* ledger = nullptr; // for "*": the row as read (none: not a map)
};

// A column's constraints, read from the database's own declarations.
struct ColumnRule {
    bool notNull = false;
    bool hasDefault = false;
    QString references; // the synced table a foreign key points at, or empty
};
// table -> column -> rule, for every synced table (read once per process: all Larder files of
// this build have the same schema).
const QHash<QString, QHash<QString, ColumnRule>>& columnRules(sql::Connection& db);

// Whether two stored or plain values are the same (numbers by value, text and bytes exactly).
bool sameValue(const QVariant& a, const QVariant& b);

// The checks an import makes before anything it writes is committed, so that one member's
// file (a forged, copied or simply broken laptop) cannot freeze records, split the network or
// rewrite the ledger on the others (issue #14). Every refusal refuses the whole file and names
// the operation by its number in the file.
//
// - held(): an operation under a (site, seq) this laptop already holds must be that operation
//   (same clock, record, field and, when both are known, value): otherwise the site is forked.
// - fresh(): a new operation is dated at most a day ahead of this laptop's clock and carries a
//   value that fits its column (type, 0/1 flags, length) or a well-formed ledger row (a ledger
//   row id already used here must hold the same row: sameLedgerRow, when the row is added).
// - The record checks run as records are rebuilt: a NOT NULL field whose winning value is an
//   incoming null, a CHECK the rebuilt row breaks, or a reference to a record that does not
//   exist, is refused; a record whose required fields have not all arrived still waits.
class IncomingCheck {
    Q_DECLARE_TR_FUNCTIONS(larder::sync::IncomingCheck)

public:
    static constexpr qint64 MaxAheadMs = 24LL * 3600 * 1000;
    static constexpr qsizetype MaxTextBytes = 64 * 1024;
    static constexpr qint64 MaxQuantity = 1'000'000'000;

    // Decodes a stored personal value to its plain value (the Store's codec).
    using Decode = std::function<QVariant(const TableDef&, const ColumnDef&, const QString& row,
                                          const QVariant& stored)>;
    IncomingCheck(sql::Connection& db, qint64 nowMs, Decode decode,
                  QMap<QString, QString> siteNames);

    // Ok(true): held already and the same, skip it. Ok(false): new. An error: a forked site.
    Result<bool> held(const OpInFile& op);
    // A new operation's clock and value.
    Result<void> fresh(const OpInFile& op);

    // A field of a record being rebuilt: its winning operation.
    struct Field {
        QString column;
        QVariant value; // as it will be written
        QString site;
        qint64 seq = 0;
    };
    // Before the rebuilt row is written: false when it must wait (a required field has not
    // arrived); an error when an incoming value breaks NOT NULL.
    Result<bool> completeRecord(const TableDef& table, const QString& row,
                                const QList<Field>& fields) const;
    // The rebuilt row was refused by SQLite with `message`: an error when an incoming value
    // broke a CHECK; otherwise (a UNIQUE clash, a field still missing) the record waits.
    Result<void> rowRefused(const TableDef& table, const QString& row, const QList<Field>& fields,
                            const QString& message) const;
    // The fields among `fields` that are references (all that references() needs to keep).
    QList<Field> referencing(const TableDef& table, const QList<Field>& fields) const;
    // After every record and ledger row of the file is written: each non-null reference of a
    // rebuilt record points at an existing record.
    Result<void> references(const TableDef& table, const QString& row,
                            const QList<Field>& fields) const;
    // A ledger row of this file whose id is already used here must hold the same row.
    Result<void> sameLedgerRow(const TableDef& table, const QVariantMap& row, qint64 index) const;
    // Likewise for an added ledger row (its operation's number in the file is `index`).
    Result<void> ledgerReferences(const TableDef& table, const QVariantMap& row,
                                  qint64 index) const;

    // "3 days and 4 hours", for how far a clock runs ahead.
    static QString duration(qint64 ms);
    // What is wrong with `value` for `column`, or empty when it fits.
    static QString valueProblem(const ColumnDef& column, const QCborValue& value);
    static QString valueProblem(const ColumnDef& column, const QVariant& value);
    // The table's column rules by the column's place.
    const QList<ColumnRule>& rulesInOrder(const TableDef& def);

    // The operation's number in this file, or 0 when it is not one of this file's new ones.
    qint64 indexOf(const QString& site, qint64 seq) const;

private:
    QString where(qint64 index, const QString& table, const QString& row,
                  const QString& column) const;
    Error refuse(const QString& what) const;
    Error forked(const OpInFile& op, const QString& difference) const;
    // A ledger row's fields; with `compareWithHeld`, also the row already here under its id.
    Result<void> ledgerRow(const OpInFile& op, const TableDef& def, bool compareWithHeld);

    sql::Connection& m_db;
    qint64 m_nowMs;
    Decode m_decode;
    QMap<QString, QString> m_siteNames;
    // This file's new operations, as runs of consecutive numbers: site -> first seq -> (last
    // seq, index of the first).
    QHash<QString, QMap<qint64, std::pair<qint64, qint64>>> m_fresh;
    // The greatest number of each laptop's operations held here when the import began.
    QHash<QString, qint64> m_heldUpTo;
    QHash<const TableDef*, QList<ColumnRule>> m_rulesInOrder;
};

} // namespace sync
} // namespace larder
