// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace larder {
class Store;
}

namespace larder::io {

struct ExportOptions {
    // Without names, phones, addresses, coordinates or notes: only the columns the schema does
    // not mark sensitive, the postal code cut to its area, no record ids, rows in an order that
    // says nothing about when a record was made. Households, moreover, k-anonymous (Anonymity):
    // a few generalised values each, no row unique on what it shows, the file's first lines
    // saying what was generalised and how many households were left out.
    bool redacted = false;
    // A full export of households or people holds personal data: it is refused unless the
    // person confirmed, having been told so ("this file contains personal data").
    bool confirmedPersonalData = false;
    QChar separator = u',';
    std::function<bool(qint64 done, qint64 total)> progress; // false cancels
};

struct ExportSummary {
    int rows = 0;
    QStringList columns;
    bool personalData = false; // the file holds personal data (kept readable by its owner only)
    int suppressed = 0;        // redacted households left out: too few shared their values
    QStringList notes;         // the lines the file starts with ("# ..."), if any
};

// Writes households, people or the catalog to CSV that CsvImporter (and any spreadsheet) reads
// back: the header names the fields, so a full export edited in a spreadsheet re-imports onto
// the same records by id. The file is written whole or not at all.
class CsvExporter {
    Q_DECLARE_TR_FUNCTIONS(larder::io::CsvExporter)

public:
    static Result<ExportSummary> exportHouseholds(Store& store, const QString& path,
                                                  const ExportOptions& options);
    static Result<ExportSummary> exportPeople(Store& store, const QString& path,
                                              const ExportOptions& options);
    // Items hold no personal data: there is one export, and it needs no confirmation.
    static Result<ExportSummary> exportItems(Store& store, const QString& path,
                                             const ExportOptions& options = {});

    // The columns each export writes, in order.
    static QStringList householdColumns(bool redacted);
    static QStringList peopleColumns(bool redacted);
};

} // namespace larder::io
