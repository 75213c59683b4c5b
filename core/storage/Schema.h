// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace larder {

// The current shape of every table Larder owns, declared once. The write API, the codec,
// redaction, retention and printing rules all read it; nothing else decides which columns are
// personal. Migrations (Migrations.cpp) are frozen SQL per version; a test checks that the
// database they produce has exactly the columns declared here.

enum class ColumnType { Text, Integer, Real, Blob };

// How a ledger column is kept on disk (schema 9), while every reader and writer outside the
// storage layer, and every sync file, sees its text: a record id as its 16 bytes (sql::rowKey),
// a time as milliseconds (sql::momentKey), a laptop's site id as its number in the operation
// log's dictionary (sync_names). Each falls back to the text itself when that is not canonical,
// so what was written is read back exactly.
enum class ColumnStorage { AsIs, RowKey, Moment, SiteNumber };

struct ColumnDef {
    QString name;
    ColumnType type = ColumnType::Text;
    // Identifies or locates a person (names, addresses, coordinates, phones, free-text notes).
    // Every read and write of such a column passes through the FieldCodec.
    bool sensitive = false;
    // An Integer column that holds only 0 or 1 (yes or no); a sync file's other values are
    // refused.
    bool flag = false;
    ColumnStorage storage = ColumnStorage::AsIs;
    // A ledger column that names a record of this table (the ledger keeps packed ids, so SQLite
    // cannot check these as foreign keys: the write API, the import and `check` do).
    QString references;
};

enum class TableKind {
    Record, // synced per column: last writer wins by (hybrid clock, site); deletes are tombstones
    Ledger, // synced as whole rows, append-only: rows are never changed or deleted
    Local,  // this laptop only (identity, derived totals); never synced
};

struct TableDef {
    QString name;
    TableKind kind = TableKind::Record;
    QList<ColumnDef> columns; // the first is always "id" (UUIDv7 text) for Record and Ledger

    const ColumnDef* column(QStringView name) const;
    bool hasSensitiveColumns() const;
};

namespace schema {

// The schema version this build writes (PRAGMA user_version).
constexpr int CurrentVersion = 13;
// The last schema version that changed what sync files carry (the synced tables and columns), as
// a sync file states it: a laptop refuses a file of a newer one. Schemas 8 and 9 changed only how
// this laptop keeps its log and its ledger; schema 10 made a record's insert one operation
// (InsertOperation.h), which a laptop before it cannot read, so its files state 10. Schema 11
// dropped two ledger indexes: files do not change. Schema 12 gave suppliers an address and
// coordinates, which its files carry. Schema 13 added requests, offers and matches.
constexpr int SyncedVersion = 13;
// PRAGMA application_id of every Larder file: "LRDR".
constexpr int ApplicationId = 0x4C524452;

const QList<TableDef>& tables();
const TableDef* table(QStringView name);
bool isSensitive(QStringView table, QStringView column);

// The select list that reads a table's columns as their text, whatever their ColumnStorage, each
// named as its column: "larder_row_text(id) AS id, larder_moment_text(at) AS at, ...". For
// queries on any connection (a check's second one, a backup) that need no Store to read the
// ledger.
QByteArray decodedColumnsSql(const TableDef& table);
// One row of `table` by its id (bound as ?1, as text), read with decodedColumnsSql().
QByteArray decodedRowByIdSql(const TableDef& table);

// The guard triggers that make the write API the only way to change synced tables, generated
// from the declarations above.
QByteArray guardTriggersSql();
// How many guard triggers guardTriggersSql() creates (a file with fewer has lost some).
int guardTriggerCount();

} // namespace schema
} // namespace larder
