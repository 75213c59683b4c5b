// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/ColumnMapping.h"
#include "core/io/Csv.h"
#include "core/storage/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>

namespace larder {
class Store;
}

namespace larder::io {

struct ImportOptions {
    ImportKind kind = ImportKind::Households;
    QList<ColumnGuess> mapping;       // empty: guessed from the header (ColumnMapper::guess)
    QMap<QString, QString> overrides; // header -> field key ("" or "-" skips), over the mapping
    // What makes a row the same record as one on file, so that importing a file again changes
    // records instead of adding them (CsvImporter::keys; empty: the kind's default). A row whose
    // key cell is empty (no phone) is matched on name and address (people: name) instead.
    QString key;
    bool dryRun = false; // check and preview everything, write nothing
    std::function<bool(qint64 done, qint64 total)> progress; // false cancels
};

// What importing one row does (or would do, in a dry run).
struct ImportRow {
    enum class Action { Add, Update, Unchanged };
    int row = 0; // as the spreadsheet numbers it
    Action action = Action::Add;
    QString id;    // the record's id (a new one for an added row once committed)
    QString label; // the row's name, for the preview
};

struct ImportReport {
    QString path;
    QString encoding;
    QChar separator;
    ImportKind kind = ImportKind::Households;
    QString key;
    QList<ColumnGuess> mapping;
    int rows = 0;
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    QList<Error> problems; // one per problem, with file, row and column: nothing is written
    QList<Error> warnings; // look-alikes, columns left out, garbled letters: written anyway
    QList<ImportRow> preview;
    bool dryRun = false;
    bool committed = false;
    bool ok() const { return problems.isEmpty(); }
};

// Brings households, people or catalog items in from a spreadsheet's CSV.
//
// Each column is taken as the field the mapping says (guessed from the header unless chosen);
// each cell is parsed as a person would have typed it into the form (FieldParser), and each row
// checked with the same rules as the form. Every problem is reported with its file, row and
// column; if there is any, nothing is written. Otherwise all rows are written in one
// Store::write — all or nothing, also when cancelled. A row whose key (phone, name and address,
// id, ...) matches a record on file updates that record with the row's non-empty cells, so
// importing the same file twice changes nothing the second time. Rows that would add a household
// looking like one on file (same address and unit, or same phone) are warned about.
class CsvImporter {
    Q_DECLARE_TR_FUNCTIONS(larder::io::CsvImporter)

public:
    explicit CsvImporter(Store& store);

    // The keys a row can be matched on, default first: households "name+address", "phone",
    // "address", "id", "none"; people "name", "phone", "id", "none"; items "name", "barcode",
    // "id", "none".
    static QStringList keys(ImportKind kind);

    // A file that cannot be read at all (missing, not text, a quote never closed, empty) is an
    // error; anything wrong inside the rows is in the report's problems.
    Result<ImportReport> importFile(const QString& path, const ImportOptions& options);
    Result<ImportReport> importTable(const CsvTable& table, const ImportOptions& options);

private:
    struct Planned;
    struct Context;
    void planHouseholds(Context& context);
    void planPeople(Context& context);
    void planItems(Context& context);

    Store& m_store;
};

} // namespace larder::io
