// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/CsvImportDialog.h"

#include "ui/common/Palette.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace larder::ui {

namespace {

QString keyLabel(const QString& key) {
    if (key == u"name+address")
        return CsvImportDialog::tr("Same name and address");
    if (key == u"phone")
        return CsvImportDialog::tr("Same phone");
    if (key == u"address")
        return CsvImportDialog::tr("Same address");
    if (key == u"id")
        return CsvImportDialog::tr("Same Larder id (a file exported from Larder)");
    if (key == u"name")
        return CsvImportDialog::tr("Same name");
    if (key == u"barcode")
        return CsvImportDialog::tr("Same barcode");
    if (key == u"none")
        return CsvImportDialog::tr("Never: add every row");
    return key;
}

} // namespace

CsvImportDialog::CsvImportDialog(Store& store, io::ImportKind kind, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_kind(kind) {
    setObjectName(u"csvImportDialog"_s);
    setWindowTitle(kind == io::ImportKind::People  ? tr("Import volunteers from a spreadsheet")
                   : kind == io::ImportKind::Items ? tr("Import items from a spreadsheet")
                                                   : tr("Import households from a spreadsheet"));
    resize(820, 640);
    auto* layout = new QVBoxLayout(this);
    m_file = new QLabel(this);
    m_file->setWordWrap(true);
    layout->addWidget(m_file);

    auto* mappingHeading = new QLabel(
        tr("Which Larder field each column of your file fills (guessed from the headers; change "
           "any that are wrong):"),
        this);
    mappingHeading->setWordWrap(true);
    layout->addWidget(mappingHeading);
    m_mapping = new QTableWidget(0, 3, this);
    m_mapping->setObjectName(u"mappingTable"_s);
    m_mapping->setHorizontalHeaderLabels(
        {tr("Column in your file"), tr("First value"), tr("Larder field")});
    m_mapping->setAccessibleName(tr("Columns of your file"));
    m_mapping->setAccessibleDescription(
        tr("Each column of your file with its first value and the Larder field it fills; change "
           "any field that is wrong."));
    m_mapping->verticalHeader()->hide();
    m_mapping->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_mapping->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mapping->setSelectionMode(QAbstractItemView::NoSelection);
    layout->addWidget(m_mapping, 2);

    auto* keyRow = new QFormLayout;
    m_key = new QComboBox(this);
    m_key->setObjectName(u"importKey"_s);
    for (const QString& key : io::CsvImporter::keys(kind))
        m_key->addItem(keyLabel(key), key);
    m_key->setToolTip(tr("How a row is matched to one already on file: a matched row updates "
                         "it instead of being added."));
    keyRow->addRow(tr("A row is a household already on file when it has:"), m_key);
    if (kind == io::ImportKind::People)
        keyRow->labelForField(m_key)->setProperty(
            "text", tr("A row is a volunteer already on file when it has:"));
    else if (kind == io::ImportKind::Items)
        keyRow->labelForField(m_key)->setProperty(
            "text", tr("A row is an item already in the catalog when it has:"));
    layout->addLayout(keyRow);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"importSummary"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_problems = new QStandardItemModel(0, 4, this);
    m_problems->setObjectName(u"importProblemsModel"_s);
    m_problems->setHorizontalHeaderLabels({tr("File"), tr("Row"), tr("Column"), tr("Problem")});
    m_problemsView = new QTableView(this);
    m_problemsView->setObjectName(u"importProblems"_s);
    m_problemsView->setAccessibleName(tr("Problems and warnings"));
    m_problemsView->setAccessibleDescription(
        tr("What must be fixed before anything can be imported, and warnings, each with its "
           "file, row and column."));
    m_problemsView->setModel(m_problems);
    m_problemsView->verticalHeader()->hide();
    m_problemsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problemsView->setWordWrap(true);
    m_problemsView->horizontalHeader()->setStretchLastSection(true);
    m_problemsView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_problemsView->setColumnWidth(0, 140);
    m_problemsView->setColumnWidth(1, 50);
    m_problemsView->setColumnWidth(2, 120);
    layout->addWidget(m_problemsView, 3);

    auto* buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(u"importButton"_s);
    m_import->setEnabled(false);
    m_import->setToolTip(tr("Add and update the rows as the summary above says."));
    buttons->addButton(QDialogButtonBox::Cancel)
        ->setToolTip(tr("Close this window without importing anything."));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, [this] {
        const auto report = commit();
        if (report && report->committed)
            accept();
    });
    connect(m_key, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            preview();
    });
}

bool CsvImportDialog::setFile(const QString& path) {
    m_path = path;
    m_report.reset();
    m_import->setEnabled(false);
    const auto table = io::CsvReader::readFile(path);
    if (!table) {
        m_mapping->setRowCount(0);
        showError(table.error().toString());
        return false;
    }
    m_file->setText(tr("<b>%1</b> — %n row(s), %2, separated by “%3”.", "", int(table->rows.size()))
                        .arg(QFileInfo(path).fileName().toHtmlEscaped(), table->encoding,
                             table->separator == u'\t' ? tr("tab") : QString(table->separator)));
    m_guess = io::ColumnMapper::guess(m_kind, table->header);
    const QList<io::FieldSpec> fields = io::ColumnMapper::fields(m_kind);
    m_filling = true;
    m_mapping->setRowCount(int(m_guess.size()));
    for (int row = 0; row < m_guess.size(); ++row) {
        const io::ColumnGuess& guess = m_guess.at(row);
        m_mapping->setItem(row, 0, new QTableWidgetItem(guess.header));
        const QString example =
            table->rows.isEmpty() ? QString() : table->rows.constFirst().value(row);
        m_mapping->setItem(row, 1, new QTableWidgetItem(example));
        auto* combo = new QComboBox(m_mapping);
        combo->setProperty("header", guess.header);
        combo->setAccessibleName(tr("Larder field for %1").arg(guess.header));
        if (guess.refused) {
            combo->addItem(tr("Never imported (by design)"), QString());
            combo->setEnabled(false);
            combo->setToolTip(guess.note);
        } else {
            combo->addItem(tr("(leave out)"), QString());
            for (const io::FieldSpec& field : fields)
                combo->addItem(field.required ? tr("%1 (required)").arg(field.label) : field.label,
                               field.key);
            combo->setCurrentIndex(qMax(0, combo->findData(guess.field)));
            combo->setToolTip(tr("The Larder field this column fills, or \"(leave out)\"."));
        }
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                preview();
        });
        m_mapping->setCellWidget(row, 2, combo);
    }
    m_filling = false;
    preview();
    return true;
}

bool CsvImportDialog::setField(const QString& header, const QString& field) {
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        auto* combo = qobject_cast<QComboBox*>(m_mapping->cellWidget(row, 2));
        if (!combo || combo->property("header").toString() != header || !combo->isEnabled())
            continue;
        const int index = combo->findData(field);
        if (index < 0)
            return false;
        combo->setCurrentIndex(index);
        return true;
    }
    return false;
}

void CsvImportDialog::setKey(const QString& key) {
    m_key->setCurrentIndex(qMax(0, m_key->findData(key)));
}

io::ImportOptions CsvImportDialog::options(bool dryRun) const {
    io::ImportOptions options;
    options.kind = m_kind;
    options.key = m_key->currentData().toString();
    options.dryRun = dryRun;
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        auto* combo = qobject_cast<QComboBox*>(m_mapping->cellWidget(row, 2));
        if (!combo || !combo->isEnabled())
            continue;
        const QString field = combo->currentData().toString();
        options.overrides.insert(combo->property("header").toString(),
                                 field.isEmpty() ? u"-"_s : field);
    }
    return options;
}

std::optional<io::ImportReport> CsvImportDialog::preview() {
    if (m_path.isEmpty())
        return std::nullopt;
    io::CsvImporter importer(m_store);
    const auto report = importer.importFile(m_path, options(true));
    if (!report) {
        m_report.reset();
        m_import->setEnabled(false);
        showError(report.error().toString());
        return std::nullopt;
    }
    m_report = report.value();
    showReport(*m_report);
    return m_report;
}

std::optional<io::ImportReport> CsvImportDialog::commit() {
    if (m_path.isEmpty())
        return std::nullopt;
    io::CsvImporter importer(m_store);
    const auto report = importer.importFile(m_path, options(false));
    if (!report) {
        showError(report.error().toString());
        return std::nullopt;
    }
    m_report = report.value();
    showReport(*m_report);
    if (m_report->committed) {
        m_summary->setText(tr("Imported: %1 added, %2 updated, %3 unchanged.")
                               .arg(m_report->added)
                               .arg(m_report->updated)
                               .arg(m_report->unchanged));
        m_import->setEnabled(false);
        Q_EMIT imported(*m_report);
    }
    return m_report;
}

void CsvImportDialog::showReport(const io::ImportReport& report) {
    m_problems->removeRows(0, m_problems->rowCount());
    auto addRow = [this](const Error& error, bool warning) {
        QList<QStandardItem*> items{
            new QStandardItem(QFileInfo(error.path.isEmpty() ? m_path : error.path).fileName()),
            new QStandardItem(error.row > 0 ? QString::number(error.row) : QString()),
            new QStandardItem(error.column),
            new QStandardItem((warning ? tr("Warning: ") : QString()) + error.message +
                              (error.hint.isEmpty() ? QString() : u' ' + error.hint))};
        if (!warning)
            for (QStandardItem* item : items)
                item->setForeground(Palette::error());
        m_problems->appendRow(items);
    };
    for (const Error& error : report.problems)
        addRow(error, false);
    for (const Error& error : report.warnings)
        addRow(error, true);
    if (!report.ok()) {
        m_summary->setText(tr("%n problem(s) to fix in the file or the mapping before anything "
                              "can be imported. Nothing has been written.",
                              "", int(report.problems.size())));
        m_import->setEnabled(false);
        return;
    }
    if (report.dryRun && report.rows > 0 && report.added + report.updated == 0) {
        m_summary->setText(tr("Nothing new to import: every row is already on file."));
        m_import->setEnabled(false);
        return;
    }
    m_summary->setText(tr("Ready: %1 row(s) — %2 to add, %3 to update, %4 already the same. "
                          "Nothing is written until you press Import.")
                           .arg(report.rows)
                           .arg(report.added)
                           .arg(report.updated)
                           .arg(report.unchanged));
    m_import->setEnabled(report.dryRun && report.rows > 0);
}

void CsvImportDialog::showError(const QString& text) {
    m_summary->setText(text);
    m_problems->removeRows(0, m_problems->rowCount());
}

} // namespace larder::ui
