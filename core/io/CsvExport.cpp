// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/CsvExport.h"

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

// Personal columns a redacted export still holds, generalised where they say too much: what
// aggregate planning needs (needs, languages, schedules), never who or where (postal codes are cut
// to their area).
bool redactedKeeps(const QString& column) {
    static const QStringList kept{
        u"postal_code"_s,       u"dietary_tags"_s,      u"languages"_s,  u"schedule"_s,
        u"preferred_weekday"_s, u"window_start"_s,      u"window_end"_s, u"may_call"_s,
        u"may_text"_s,          u"may_leave_at_door"_s, u"roles"_s,      u"usual_days"_s};
    return kept.contains(column);
}

// The columns of `table` a redacted export may hold: not sensitive (but for the few above), not
// a record id (ids would let the file be joined back to a full export), no place finer than the
// postal area (the city goes too), postal codes cut to their area.
QStringList redactedColumns(const QString& tableName) {
    QStringList columns;
    const TableDef* table = schema::table(tableName);
    for (const ColumnDef& column : table->columns) {
        if ((column.sensitive && !redactedKeeps(column.name)) || column.name == u"id" ||
            column.name.endsWith(u"_id"_s) || column.name == u"city")
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
    const qint64 total =
        store.connection().scalar("SELECT count(*) FROM " + tableName.toUtf8()).toLongLong();
    QList<QStringList> rows;
    bool cancelled = false;
    auto ok = store.read("SELECT " + select + " FROM " + tableName.toUtf8() + " ORDER BY id", {},
                         [&](const Row& row) {
                             if (cancelled)
                                 return;
                             QStringList values;
                             values.reserve(columns.size());
                             for (int i = 0; i < columns.size(); ++i) {
                                 QString value = cellText(row[i]);
                                 if (columns.at(i) == u"postal_area")
                                     value = people::normalize::postalArea(value);
                                 else if (redacted && columns.at(i) == u"created_at")
                                     value = value.left(7); // the month is enough for a report
                                 values << value;
                             }
                             rows << values;
                             if (options.progress && rows.size() % 1000 == 0 &&
                                 !options.progress(rows.size(), total))
                                 cancelled = true;
                         });
    if (!ok)
        return ok.error();
    if (cancelled)
        return Error::cancelled(CsvExporter::tr("Export cancelled. No file was written.")).at(path);
    if (redacted)
        std::sort(rows.begin(), rows.end()); // the order of records says when they were made

    CsvWriter writer(options.separator);
    writer.addRow(columns);
    for (const QStringList& row : std::as_const(rows))
        writer.addRow(row);
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
    if (personal)
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (options.progress)
        options.progress(total, total);
    summary.rows = int(rows.size());
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
    return redacted ? redactedColumns(u"households"_s) : fullColumns(u"households"_s);
}

QStringList CsvExporter::peopleColumns(bool redacted) {
    return redacted ? redactedColumns(u"people"_s) : fullColumns(u"people"_s);
}

Result<ExportSummary> CsvExporter::exportHouseholds(Store& store, const QString& path,
                                                    const ExportOptions& options) {
    if (auto ok = confirmed(path, options); !ok)
        return ok.error();
    return write(store, path, u"households"_s, householdColumns(options.redacted), options.redacted,
                 !options.redacted, options);
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
    QSaveFile file(path);
    const QByteArray bytes = writer.bytes();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error::make(
                   Error::Kind::ReadOnlyFolder,
                   CsvExporter::tr("The file could not be written (%1).").arg(file.errorString()),
                   CsvExporter::tr("Choose a folder you can write to."))
            .at(path);
    summary.rows = int(rows.size());
    return summary;
}

} // namespace larder::io
