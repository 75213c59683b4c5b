// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

struct sqlite3;

// The operation that inserts a record (sync_fields column "+", sync format 10): every column's
// value in one CBOR map, rather than one operation per column. Later edits stay one operation per
// column, and last-writer-wins per column still holds: a column's winner is the newest of its
// own operations and of the insert, which counts as a write of each of its columns.
//
// As the log keeps it (sync_ops.value), the map's keys are column names and its values are
//   - a scalar (null, integer, double, text, bytes): a column that is not personal, or a
//     personal one of a pantry that has no passphrase yet (no key to hash it with);
//   - [hash]: a personal value (chain::valueHash) that the record holds — the insert is still
//     that column's winner, and the record's sealed bytes are the value — or that left the log
//     (a newer one replaced it, a purge erased it). Which of the two: a reader that needs the
//     value takes the record's when the insert wins the column (the rebuild, the conflict check)
//     or when the record's value has this hash (the export);
//   - [value, hash]: a personal value kept in the map (sealed), for a record that has no row to
//     hold it (an import whose record still waits for a required field);
//   - []: a personal value the record holds, in a pantry that has no passphrase yet (nothing to
//     hash with): hashed from the record when the passphrase is set.
// The operation's digest covers each column's hash, never the value itself, so the chain still
// verifies whichever form a value takes, and a value leaves without a key. Holding personal
// values once (in the record) keeps an insert small: a household's fits a page of the log.
//
// In a sync file a personal value travels sealed (bytes) or as [hash] once it left; the
// importing laptop opens it and computes its hash itself.
namespace larder::insertop {

inline const QString Column = QStringLiteral("+");
constexpr int HashBytes = 16;

// One column of an insert operation.
struct Entry {
    QString column;
    QVariant value;        // as stored (a personal one sealed); null once it left the log
    QByteArray hash;       // a personal value's hash; empty for other columns and for null
    bool hashOnly = false; // only the hash is here: the record holds the value, or it left
};

// The log's form of `entries`.
QByteArray encode(const QList<Entry>& entries);
// The entries of a stored map; nothing when it is not one (a damaged log).
std::optional<QList<Entry>> decode(const QByteArray& stored);
// The stored map with `column`'s personal value gone and its hash kept ([value, hash] becomes
// [hash], [] a hash of zeros); unchanged for null, a value that left, or one that is not personal
// (it has no hash).
QByteArray erase(const QByteArray& stored, const QString& column);

// SQL functions on every connection (sql::Connection):
//   larder_insert_value(stored, column): the column's stored value, NULL when it has none;
//   larder_insert_has(stored, column): 1 when the map names the column (a value, or its hash);
//   larder_insert_erase(stored, column): erase() in SQL.
void registerSqlFunctions(sqlite3* db);

} // namespace larder::insertop
