// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/CsvExport.h"

#include "core/io/Anonymity.h"
#include "core/io/Csv.h"
#include "core/people/Normalize.h"
#include "core/storage/Schema.h"
#include "core/storage/Sqlite.h"
#include "core/storage/Store.h"

#include <QFile>
#include <QLocale>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace larder::io {

namespace {

QString cellText(const QVariant& value) {
    if (value.isNull() || !value.isValid())
        return {};
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'g', 10);
    return value.toString();
}

// The columns of `table` a redacted export may hold: not sensitive, not a record id (ids would
// let the file be joined back to a full export), no place finer than the postal area (the city
// goes too), postal codes cut to their area.
QStringList redactedColumns(const QString& tableName) {
    QStringList columns;
    const TableDef* table = schema::table(tableName);
    for (const ColumnDef& column : table->columns) {
        if (column.sensitive || column.name == u"id" || column.name.endsWith(u"_id"_s) ||
            column.name == u"city")
            continue;
        columns << (column.name == u"postal_code" ? u"postal_area"_s : column.name);
    }
    return columns;
}

QStringList fullColumns(const QString& tableName) {
    QStringList columns;
    for (const ColumnDef& column : schema::table(tableName)->columns)
        columns << column.name;
    return columns;
}

// Writes the file whole or not at all.
Result<void> save(const CsvWriter& writer, const QString& path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(
                   Error::Kind::ReadOnlyFolder,
                   CsvExporter::tr("The file cannot be written (%1).").arg(file.errorString()),
                   CsvExporter::tr("Choose a folder you can write to."))
            .at(path);
    const QByteArray bytes = writer.bytes();
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error::make(
                   Error::Kind::ReadOnlyFolder,
                   CsvExporter::tr("The file could not be written (%1).").arg(file.errorString()),
                   CsvExporter::tr("Check that the disk or stick is not full."))
            .at(path);
    return {};
}

// Every row of `sql` (on `table`) handed to `take`, with the export's progress every 1000 rows;
// the number of rows `table` has, or why the reading stopped (Cancelled from the progress).
Result<qint64> readRows(Store& store, const QByteArray& table, const QByteArray& sql,
                        const QString& path, const ExportOptions& options,
                        const std::function<void(const Row&)>& take) {
    const qint64 total = store.connection().scalar("SELECT count(*) FROM " + table).toLongLong();
    qint64 done = 0;
    bool cancelled = false;
    auto ok = store.read(sql, {}, [&](const Row& row) {
        if (cancelled)
            return;
        take(row);
        if (options.progress && ++done % 1000 == 0 && !options.progress(done, total))
            cancelled = true;
    });
    if (!ok)
        return ok.error();
    if (cancelled)
        return Error::cancelled(CsvExporter::tr("Export cancelled. No file was written.")).at(path);
    return total;
}

Result<ExportSummary> write(Store& store, const QString& path, const QString& tableName,
                            const QStringList& columns, bool redacted, bool personal,
                            const ExportOptions& options) {
    ExportSummary summary;
    summary.columns = columns;
    summary.personalData = personal;
    QByteArray select;
    for (const QString& column : columns) {
        if (!select.isEmpty())
            select += ", ";
        select += column == u"postal_area" ? QByteArray("postal_code") : column.toUtf8();
    }
    if (!columns.contains(u"id"_s))
        select += ", id"; // sealed values open with their row's id (not written out)
    QList<QStringList> rows;
    const QByteArray table = tableName.toUtf8();
    const auto total =
        readRows(store, table, "SELECT " + select + " FROM " + table + " ORDER BY id", path,
                 options, [&](const Row& row) {
                     QStringList values;
                     values.reserve(columns.size());
                     for (int i = 0; i < columns.size(); ++i) {
                         QString value = cellText(row[i]);
                         if (columns.at(i) == u"postal_area")
                             value = people::normalize::postalArea(value);
                         else if (redacted && columns.at(i) == u"created_at")
                             value = value.left(7); // the month is enough
                         values << value;
                     }
                     rows << values;
                 });
    if (!total)
        return total.error();
    if (redacted)
        std::sort(rows.begin(), rows.end()); // the order of records says when they were made

    CsvWriter writer(options.separator);
    writer.addRow(columns);
    for (const QStringList& row : std::as_const(rows))
        writer.addRow(row);
    if (auto saved = save(writer, path); !saved)
        return saved.error();
    if (personal)
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (options.progress)
        options.progress(total.value(), total.value());
    summary.rows = int(rows.size());
    return summary;
}

// The redacted household export: k-anonymous rows (Anonymity), after lines that say so.
Result<ExportSummary> writeAnonymousHouseholds(Store& store, const QString& path,
                                               const ExportOptions& options) {
    QList<HouseholdFacts> households;
    const auto total = readRows(
        store, "households",
        "SELECT postal_code, adults, children, seniors, status, created_at, id FROM households",
        path, options, [&households](const Row& row) {
            HouseholdFacts facts;
            facts.postalCode = cellText(row[0]);
            facts.size = row[1].toInt() + row[2].toInt() + row[3].toInt();
            facts.status = cellText(row[4]);
            facts.created = QDate::fromString(cellText(row[5]).left(10), Qt::ISODate);
            households << facts;
        });
    if (!total)
        return total.error();

    const AnonymousTable table = Anonymity::households(households);
    CsvWriter writer(options.separator);
    for (const QString& note : table.notes)
        writer.addRow({u"# "_s + note});
    writer.addRow(table.columns);
    for (const QStringList& row : table.rows)
        writer.addRow(row);
    if (auto saved = save(writer, path); !saved)
        return saved.error();
    if (options.progress)
        options.progress(total.value(), total.value());
    ExportSummary summary;
    summary.columns = table.columns;
    summary.rows = int(table.rows.size());
    summary.suppressed = table.suppressed;
    summary.notes = table.notes;
    return summary;
}

Result<void> confirmed(const QString& path, const ExportOptions& options) {
    if (options.redacted || options.confirmedPersonalData)
        return {};
    return Error::invalidInput(
               CsvExporter::tr("A full export contains personal data: names, addresses and phone "
                               "numbers of the people the pantry serves."),
               CsvExporter::tr(
                   "Confirm that this file contains personal data and will be kept safe "
                   "(--confirm-personal-data), or make a redacted export (--redacted)."))
        .at(path);
}

} // namespace

QStringList CsvExporter::householdColumns(bool redacted) {
    return redacted ? Anonymity::households({}).columns : fullColumns(u"households"_s);
}

QStringList CsvExporter::peopleColumns(bool redacted) {
    return redacted ? redactedColumns(u"people"_s) : fullColumns(u"people"_s);
}

Result<ExportSummary> CsvExporter::exportHouseholds(Store& store, const QString& path,
                                                    const ExportOptions& options) {
    if (auto ok = confirmed(path, options); !ok)
        return ok.error();
    if (options.redacted)
        return writeAnonymousHouseholds(store, path, options);
    return write(store, path, u"households"_s, householdColumns(false), false, true, options);
}

Result<ExportSummary> CsvExporter::exportPeople(Store& store, const QString& path,
                                                const ExportOptions& options) {
    if (auto ok = confirmed(path, options); !ok)
        return ok.error();
    return write(store, path, u"people"_s, peopleColumns(options.redacted), options.redacted,
                 !options.redacted, options);
}

Result<ExportSummary> CsvExporter::exportItems(Store& store, const QString& path,
                                               const ExportOptions& options) {
    QStringList columns = fullColumns(u"items"_s);
    columns.removeAll(u"created_at"_s);
    // Barcodes live in their own table: one column, codes separated by spaces.
    ExportSummary summary;
    summary.columns = columns;
    summary.columns << u"barcodes"_s;
    QByteArray select = "i." + columns.join(u", i."_s).toUtf8();
    QList<QStringList> rows;
    auto ok = store.read("SELECT " + select +
                             ", (SELECT group_concat(code, ' ') FROM item_barcodes b WHERE "
                             "b.item_id = i.id) FROM items i ORDER BY i.name COLLATE NOCASE",
                         {}, [&](const Row& row) {
                             QStringList values;
                             for (int i = 0; i < row.size(); ++i)
                                 values << cellText(row[i]);
                             rows << values;
                         });
    if (!ok)
        return ok.error();
    CsvWriter writer(options.separator);
    writer.addRow(summary.columns);
    for (const QStringList& row : std::as_const(rows))
        writer.addRow(row);
    if (auto saved = save(writer, path); !saved)
        return saved.error();
    summary.rows = int(rows.size());
    return summary;
}

} // namespace larder::io
