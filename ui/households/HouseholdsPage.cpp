// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/households/HouseholdsPage.h"

#include "core/inventory/Vocabulary.h"
#include "core/io/CsvExport.h"
#include "core/people/HouseholdIndex.h"
#include "core/people/Households.h"
#include "ui/common/CsvImportDialog.h"
#include "ui/common/Labels.h"
#include "ui/households/HouseholdForm.h"
#include "ui/households/HouseholdsModel.h"
#include "ui/households/PeoplePanel.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace larder::ui {

namespace {

QString tagName(const QString& code) {
    QString text = code;
    text.replace(u'-', u' ');
    return text.isEmpty() ? text : text.at(0).toUpper() + text.mid(1);
}

} // namespace

QString HouseholdsPage::pageTitle() {
    return tr("Households");
}

HouseholdsPage::HouseholdsPage(Store& store, QWidget* parent)
    : Page(store, pageTitle(),
           tr("The households this pantry delivers to, and the volunteers who deliver. Only what "
              "delivery needs is kept; addresses and phones appear only in a household's form."),
           parent)
    , m_households(std::make_unique<people::Households>(store)) {
    m_undo = new QUndoStack(this); // before the form: commands go before what they report to
    m_index = new people::HouseholdIndex(store, this);
    m_model = new HouseholdsModel(*m_index, this);
    m_model->setObjectName(u"householdsModel"_s);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"householdTabs"_s);
    m_tabs->addTab(buildHouseholdsTab(), tr("Households"));
    m_people = new PeoplePanel(store, *m_index, this);
    m_people->setUndoStack(m_undo); // one Ctrl+Z for the page: households and people alike
    m_tabs->addTab(m_people, tr("Volunteers and drivers"));
    body()->addWidget(m_tabs, 1);

    auto* undo = m_undo->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    auto* redo = m_undo->createRedoAction(this, tr("Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undo);
    addAction(redo);
    connect(m_undo, &QUndoStack::indexChanged, this, [this] {
        if (m_form->isVisible() || !m_form->isNew())
            m_form->reload();
    });
    if (auto* undoButton = findChild<QToolButton*>(u"householdUndo"_s))
        undoButton->setDefaultAction(undo);

    connect(m_model, &HouseholdsModel::countsChanged, this, &HouseholdsPage::updateCount);
    connect(m_index, &people::HouseholdIndex::updated, this, &HouseholdsPage::refreshLanguages);
    refreshLanguages();
    m_view->sortByColumn(HouseholdsModel::Name, Qt::AscendingOrder);
    updateCount();
}

HouseholdsPage::~HouseholdsPage() {
    // Focus leaves the forms as the window closes, after m_households is gone: no saving then.
    m_form->detach();
    m_people->detach();
    // The commands refer to m_households: let them go first.
    delete m_undo;
    m_undo = nullptr;
}

QWidget* HouseholdsPage::buildHouseholdsTab() {
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);

    auto* top = new QHBoxLayout;
    m_search = new QLineEdit(tab);
    m_search->setObjectName(u"householdSearch"_s);
    m_search->setAccessibleName(tr("Search households"));
    m_search->setPlaceholderText(tr("Search by name, street, notes or phone…"));
    m_search->setClearButtonEnabled(true);
    top->addWidget(m_search, 1);
    // Alt+N: Ctrl+N already makes a new pantry file.
    auto* add = new QPushButton(tr("&New household"), tab);
    add->setObjectName(u"newHousehold"_s);
    add->setToolTip(tr("Add a household (Alt+N)"));
    top->addWidget(add);
    auto* undoButton = new QToolButton(tab);
    undoButton->setObjectName(u"householdUndo"_s);
    undoButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    top->addWidget(undoButton);
    auto* import = new QPushButton(tr("Import CSV…"), tab);
    import->setObjectName(u"importHouseholds"_s);
    import->setToolTip(tr("Add households from a spreadsheet saved as CSV, after checking which "
                          "column fills which field."));
    top->addWidget(import);
    auto* exporter = new QPushButton(tr("Export CSV…"), tab);
    exporter->setObjectName(u"exportHouseholds"_s);
    exporter->setToolTip(tr("Save the households as a CSV file for a spreadsheet: redacted for "
                            "counts and reports, or in full with their personal data."));
    top->addWidget(exporter);
    layout->addLayout(top);
    // Locked: nothing here can be shown or written (the main window rebuilds the page when the
    // details are unlocked).
    for (QWidget* needsDetails : std::initializer_list<QWidget*>{m_search, add, import, exporter})
        needsDetails->setEnabled(this->store().detailsReadable());

    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show:"), tab));
    m_status = new QComboBox(tab);
    m_status->setObjectName(u"statusFilter"_s);
    m_status->setAccessibleName(tr("Status"));
    m_status->setToolTip(tr("Show only the households with this status."));
    m_status->addItem(tr("Any status"));
    for (const QString& code : people::vocabulary::statuses())
        m_status->addItem(Labels::householdStatus(code), code);
    m_schedule = new QComboBox(tab);
    m_schedule->setObjectName(u"scheduleFilter"_s);
    m_schedule->setAccessibleName(tr("Schedule"));
    m_schedule->setToolTip(tr("Show only the households on this delivery schedule."));
    m_schedule->addItem(tr("Any schedule"));
    for (const QString& code : people::vocabulary::schedules())
        m_schedule->addItem(Labels::schedule(code), code);
    m_tag = new QComboBox(tab);
    m_tag->setObjectName(u"tagFilter"_s);
    m_tag->setAccessibleName(tr("Dietary need"));
    m_tag->setToolTip(tr("Show only the households with this dietary need."));
    m_tag->addItem(tr("Any dietary need"));
    for (const QString& code : inventory::vocabulary::dietaryTags())
        m_tag->addItem(tagName(code), code);
    m_language = new QComboBox(tab);
    m_language->setObjectName(u"languageFilter"_s);
    m_language->setAccessibleName(tr("Language"));
    m_language->setToolTip(tr("Show only the households that speak this language."));
    m_postal = new QLineEdit(tab);
    m_postal->setObjectName(u"postalFilter"_s);
    m_postal->setAccessibleName(tr("Postal area"));
    m_postal->setToolTip(tr("Show only the households whose postal code starts with this."));
    m_postal->setPlaceholderText(tr("Postal area, e.g. 606"));
    m_postal->setClearButtonEnabled(true);
    m_postal->setMaximumWidth(190);
    for (QComboBox* combo : {m_status, m_schedule, m_tag, m_language}) {
        filters->addWidget(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &HouseholdsPage::applyQuery);
    }
    filters->addWidget(m_postal);
    auto* clear = new QPushButton(tr("Clear filters"), tab);
    clear->setToolTip(tr("Put every filter back to “Any” and empty the postal area; the search "
                         "stays."));
    filters->addWidget(clear);
    filters->addStretch();
    layout->addLayout(filters);

    m_count = new QLabel(tab);
    m_count->setObjectName(u"householdCount"_s);
    layout->addWidget(m_count);

    m_splitter = new QSplitter(Qt::Horizontal, tab);
    m_view = new QTableView(m_splitter);
    m_view->setObjectName(u"householdsView"_s);
    m_view->setAccessibleName(tr("Households"));
    m_view->setAccessibleDescription(
        tr("The households that match the search and the filters; Enter or a double-click opens "
           "one."));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setSortingEnabled(true);
    m_view->verticalHeader()->hide();
    QHeaderView* header = m_view->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(HouseholdsModel::Name, QHeaderView::Stretch);
    header->resizeSection(HouseholdsModel::PostalCode, 110);
    header->resizeSection(HouseholdsModel::Size, 70);
    header->resizeSection(HouseholdsModel::Languages, 160);
    header->resizeSection(HouseholdsModel::Schedule, 130);
    header->resizeSection(HouseholdsModel::Status, 90);
    m_form = new HouseholdForm(store(), *m_households, *m_index, *m_undo, m_splitter);
    m_form->hide();
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_form);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);

    connect(m_search, &QLineEdit::textChanged, this, &HouseholdsPage::applyQuery);
    connect(m_postal, &QLineEdit::textChanged, this, &HouseholdsPage::applyQuery);
    connect(clear, &QPushButton::clicked, this, &HouseholdsPage::clearFilters);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0, 0));
        openCurrent();
    });
    // Down from the search box goes into the list.
    auto* down = new QShortcut(QKeySequence(Qt::Key_Down), m_search);
    down->setContext(Qt::WidgetShortcut);
    connect(down, &QShortcut::activated, this, [this] {
        m_view->setFocus();
        if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0, 0));
    });
    for (const QKeySequence& key : {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}) {
        auto* open = new QShortcut(key, m_view);
        open->setContext(Qt::WidgetShortcut);
        connect(open, &QShortcut::activated, this, &HouseholdsPage::openCurrent);
    }
    connect(m_view, &QTableView::doubleClicked, this, &HouseholdsPage::openCurrent);
    connect(add, &QPushButton::clicked, this, [this] { openHousehold({}); });
    auto* find = new QShortcut(QKeySequence::Find, tab);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_form);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &HouseholdsPage::closeForm);
    connect(m_form, &HouseholdForm::closeRequested, this, &HouseholdsPage::closeForm);
    connect(m_form, &HouseholdForm::openRequested, this, &HouseholdsPage::openHousehold);
    connect(m_form, &HouseholdForm::saved, this, [this](const QString& id) {
        const int row = m_model->rowOf(id);
        if (row >= 0)
            m_view->setCurrentIndex(m_model->index(row, 0));
    });
    connect(import, &QPushButton::clicked, this, &HouseholdsPage::importCsv);
    connect(exporter, &QPushButton::clicked, this, &HouseholdsPage::exportCsv);
    return tab;
}

void HouseholdsPage::focusContent() {
    if (m_tabs->currentIndex() == 0)
        m_search->setFocus();
}

void HouseholdsPage::applyQuery() {
    people::SearchQuery query;
    query.text = m_search->text();
    if (m_status->currentIndex() > 0)
        query.statuses = {m_status->currentData().toString()};
    if (m_schedule->currentIndex() > 0)
        query.schedules = {m_schedule->currentData().toString()};
    if (m_tag->currentIndex() > 0)
        query.tags = {m_tag->currentData().toString()};
    if (m_language->currentIndex() > 0)
        query.languages = {m_language->currentData().toString()};
    query.postalArea = m_postal->text().trimmed();
    m_model->setQuery(query);
}

void HouseholdsPage::clearFilters() {
    for (QComboBox* combo : {m_status, m_schedule, m_tag, m_language}) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(0);
    }
    {
        const QSignalBlocker blocker(m_postal);
        m_postal->clear();
    }
    applyQuery();
}

void HouseholdsPage::refreshLanguages() {
    // The languages households speak, most common first.
    QHash<QString, int> counts;
    people::SearchQuery all;
    for (const QString& id : m_index->search(all).ids)
        if (const auto* summary = m_index->summary(id))
            for (const QString& code : summary->languages)
                ++counts[code];
    QStringList codes = counts.keys();
    std::sort(codes.begin(), codes.end(), [&counts](const QString& a, const QString& b) {
        return counts.value(a) != counts.value(b) ? counts.value(a) > counts.value(b) : a < b;
    });
    const QString current = m_language->currentData().toString();
    const QSignalBlocker blocker(m_language);
    m_language->clear();
    m_language->addItem(tr("Any language"));
    for (const QString& code : std::as_const(codes))
        m_language->addItem(Labels::languages(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(current)));
}

void HouseholdsPage::updateCount() {
    if (!store().detailsReadable()) {
        m_count->setText(tr("The household details are locked on this laptop. A coordinator "
                            "unlocks them with the pantry's passphrase: File ▸ Unlock details "
                            "(Ctrl+Shift+U)."));
        return;
    }
    const int total = m_model->totalCount();
    if (total == 0) {
        m_count->setText(tr("No households on file yet. Press “New household” (Alt+N) or "
                            "import a spreadsheet with “Import CSV…”."));
        return;
    }
    const int matching = m_model->matchCount();
    if (matching == total) {
        m_count->setText(tr("%n households on file", "", total) + u", "_s +
                         tr("%n active", "", m_model->activeCount()) + u". "_s +
                         tr("Enter or double-click opens one."));
        return;
    }
    m_count->setText(
        tr("%n of %1 households match.", "", matching).arg(total) +
        (matching == 0 ? u' ' + tr("Try fewer letters or clear the filters.") : QString()));
}

void HouseholdsPage::openCurrent() {
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    openHousehold(m_model->idAt(current.row()));
}

void HouseholdsPage::openHousehold(const QString& id) {
    m_tabs->setCurrentIndex(0);
    m_form->showHousehold(id);
    if (!m_form->isVisible()) {
        m_form->show();
        // The list keeps its name, postal code and size columns in view beside the form.
        const int width = m_splitter->width();
        m_splitter->setSizes({width * 45 / 100, width - width * 45 / 100});
    }
    m_form->nameEdit()->setFocus();
    if (id.isEmpty())
        m_form->nameEdit()->setText(QString());
}

void HouseholdsPage::closeForm() {
    m_form->hide();
    m_view->setFocus();
}

CsvImportDialog* HouseholdsPage::createImportDialog(bool people) {
    auto* dialog = new CsvImportDialog(
        store(), people ? io::ImportKind::People : io::ImportKind::Households, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

void HouseholdsPage::importCsv() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import households from a spreadsheet"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    CsvImportDialog* dialog = createImportDialog(m_tabs->currentIndex() == 1);
    dialog->setFile(path);
    dialog->open();
}

Result<io::ExportSummary> HouseholdsPage::exportHouseholds(const QString& path, bool redacted,
                                                           bool confirmedPersonalData) {
    io::ExportOptions options;
    options.redacted = redacted;
    options.confirmedPersonalData = confirmedPersonalData;
    return io::CsvExporter::exportHouseholds(store(), path, options);
}

void HouseholdsPage::exportCsv() {
    QMessageBox ask(QMessageBox::Question, tr("Export households"), tr("Which file do you need?"),
                    QMessageBox::Cancel, this);
    ask.setInformativeText(
        tr("A redacted file has no names, phones or street addresses: only the postal area, size, "
           "status and month or year added of each household, made coarse enough that every row "
           "is shared by at least 5 households (the file's first lines say how). For counts and "
           "reports.\n\nA full file contains personal data of the people you "
           "serve. Keep it on this laptop, never email it, and delete it when done."));
    QPushButton* redacted = ask.addButton(tr("Redacted file"), QMessageBox::AcceptRole);
    QPushButton* full =
        ask.addButton(tr("Full file (contains personal data)"), QMessageBox::DestructiveRole);
    ask.setDefaultButton(redacted);
    ask.exec();
    if (ask.clickedButton() != redacted && ask.clickedButton() != full)
        return;
    const bool isRedacted = ask.clickedButton() == redacted;
    if (!isRedacted &&
        QMessageBox::warning(this, tr("This file contains personal data"),
                             tr("This file contains personal data: names, addresses, phones and "
                                "notes of the households. Anyone with the file can read them. "
                                "Export it anyway?"),
                             QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export households"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' +
            (isRedacted ? tr("households-redacted.csv") : tr("households.csv")),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const auto exported = exportHouseholds(path, isRedacted, !isRedacted);
    if (!exported)
        QMessageBox::warning(this, tr("Export households"), exported.error().toString());
    else if (exported->suppressed > 0)
        m_count->setText(tr("Exported to %1. %n household(s) left out: too few households shared "
                            "their values.",
                            "", exported->suppressed)
                             .arg(path));
    else
        m_count->setText(tr("Exported to %1.").arg(path));
}

} // namespace larder::ui
