// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/ColumnMapping.h"
#include "core/io/Csv.h"
#include "core/io/CsvImport.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTableWidget;

namespace larder {
class Store;
}

namespace larder::ui {

// Brings a spreadsheet's CSV in: each column of the file with the field Larder guessed for it
// (io::ColumnMapper, English or Spanish headers) in a combo to change; the key that makes a row
// the same record as one on file, so that importing the same file again adds nothing; a preview
// from a dry run listing every problem with its file, row and column; and Import, which writes
// every row or none. Columns Larder never keeps (legal ID, date of birth, income…) are shown
// as refused and cannot be chosen. Everything runs without exec(): setFile(), preview() and
// commit() drive the dialog from code (tests) exactly as the buttons do.
class CsvImportDialog : public QDialog {
    Q_OBJECT

public:
    CsvImportDialog(Store& store, io::ImportKind kind, QWidget* parent = nullptr);

    // Reads the file's header and guesses the mapping, then previews. False (with the reason
    // showing) when the file cannot be read at all.
    bool setFile(const QString& path);
    // Chooses the field of one column by its header ("" skips it), then previews again.
    bool setField(const QString& header, const QString& field);
    void setKey(const QString& key);
    // Checks the whole file without writing; the report is also shown.
    std::optional<io::ImportReport> preview();
    // Writes every row, or nothing when any row has a problem.
    std::optional<io::ImportReport> commit();

    const std::optional<io::ImportReport>& lastReport() const { return m_report; }
Q_SIGNALS:
    void imported(const io::ImportReport& report);

private:
    io::ImportOptions options(bool dryRun) const;
    void showReport(const io::ImportReport& report);
    void showError(const QString& text);

    Store& m_store;
    io::ImportKind m_kind;
    QString m_path;
    QList<io::ColumnGuess> m_guess;
    std::optional<io::ImportReport> m_report;
    bool m_filling = false;

    QLabel* m_file = nullptr;
    QTableWidget* m_mapping = nullptr;
    QComboBox* m_key = nullptr;
    QLabel* m_summary = nullptr;
    QStandardItemModel* m_problems = nullptr;
    QTableView* m_problemsView = nullptr;
    QPushButton* m_import = nullptr;
};

} // namespace larder::ui
