// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace larder::io {

enum class ImportKind { Households, People, Items };

// A field a CSV column can fill.
struct FieldSpec {
    QString key;   // "chosen_name", "phone", ... (the export's header names these too)
    QString label; // translated, for the mapping dialog
    bool required = false;
};

// What one column of the file is taken as.
struct ColumnGuess {
    QString header;
    QString field;        // a FieldSpec key, or empty: not imported
    bool refused = false; // a column Larder never keeps (legal ID, date of birth, income, ...)
    QString note;         // why a column is not imported, for the dialog
};

// Guesses which field each column of a spreadsheet holds from its header, in English or Spanish
// ("Nombre", "Dirección", "Teléfono", "Código postal", "Idioma", "Notas", ...): case, accents and
// punctuation do not matter, an exact name beats a name found inside a longer header, and each
// field is taken by one column only. Columns that hold what Larder never keeps by design (legal
// names and IDs, immigration status, income, date of birth, photos) are marked refused and are
// never imported, whatever the mapping says.
class ColumnMapper {
    Q_DECLARE_TR_FUNCTIONS(larder::io::ColumnMapper)

public:
    static QList<FieldSpec> fields(ImportKind kind);
    static QList<ColumnGuess> guess(ImportKind kind, const QStringList& header);
    // Applies a person's choices (header -> field key; "" or "-" to skip a column) over a guess.
    // Refuses an unknown header or field, and any attempt to import a refused column.
    static Result<QList<ColumnGuess>> override(ImportKind kind, QList<ColumnGuess> mapping,
                                               const QMap<QString, QString>& choices);
    // Whether a header names something Larder never keeps, and the note saying so.
    static bool isRefused(const QString& header, QString* note = nullptr);
};

} // namespace larder::io
