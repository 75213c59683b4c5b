// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariantMap>
#include <QtGlobal>

namespace larder {
namespace sql {
class Connection;
}

// Personal values kept outside a record that must go when the record is erased: the outcome
// notes written on a household's stops. A purge erases them on the laptop that purges
// (Households::removeInside) and on every laptop its tombstone reaches (the sync import), with
// the same function, so a purge travels whole.
namespace erasure {

// Scrubs, in the tables and in the operation log, the dependent personal values of the record
// `table` `id` deleted at hybrid clock `deletedAt`: every value of theirs written before it
// (one written later is new information and stays). Needs the write API active.
void scrubDependents(sql::Connection& db, const QString& table, const QString& id,
                     qint64 deletedAt);

// Whether an operation arriving now for `table` `row` `column` at `hlc` carries a value that a
// purge already erased (its record depends on a record deleted after `hlc`): it is then stored
// without its value, as an edit of a deleted record is.
// `links`: the values of an insert not yet in the log (its record's own links).
bool erasedByPurge(sql::Connection& db, const QString& table, const QString& row,
                   const QString& column, qint64 hlc, const QVariantMap& links = {});

// Scrubs the dependent values of `table` `row` written before the deletion of a record it was
// ever linked to (whatever order the operations arrived in); the record itself is rebuilt by
// the caller.
void scrubIfLinkedToErased(sql::Connection& db, const QString& table, const QString& row);

} // namespace erasure
} // namespace larder
