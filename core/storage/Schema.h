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

struct ColumnDef {
    QString name;
    ColumnType type = ColumnType::Text;
    // Identifies or locates a person (names, addresses, coordinates, phones, free-text notes).
    // Every read and write of such a column passes through the FieldCodec.
    bool sensitive = false;
    // An Integer column that holds only 0 or 1 (yes or no); a sync file's other values are
    // refused.
    bool flag = false;
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
constexpr int CurrentVersion = 8;
// The last schema version that changed what sync files carry (the synced tables and columns), as
// a sync file states it: a laptop refuses a file of a newer one. Schema 8 changed only how this
// laptop keeps its log, so laptops at 7 and 8 go on exchanging files while a network updates.
constexpr int SyncedVersion = 7;
// PRAGMA application_id of every Larder file: "LRDR".
constexpr int ApplicationId = 0x4C524452;

const QList<TableDef>& tables();
const TableDef* table(QStringView name);
bool isSensitive(QStringView table, QStringView column);

// The guard triggers that make the write API the only way to change synced tables, generated
// from the declarations above.
QByteArray guardTriggersSql();
// How many guard triggers guardTriggersSql() creates (a file with fewer has lost some).
int guardTriggerCount();

} // namespace schema
} // namespace larder
