// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/CsvExport.h"
#include "core/storage/Result.h"
#include "ui/common/Page.h"

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTabWidget;
class QTableView;
class QUndoStack;

namespace larder::people {
class HouseholdIndex;
class Households;
} // namespace larder::people

namespace larder::ui {

class CsvImportDialog;
class HouseholdForm;
class HouseholdsModel;
class PeoplePanel;

// The households the pantry serves and the volunteers who serve them, on two tabs. The household
// list answers as you type (name, address, notes or phone, from the in-memory index) and filters
// by status, schedule, dietary need, language and postal area; it shows only what helps to
// recognise a household — never the street address or the phone. Enter or a double-click opens
// the detail form beside the list; every change is saved at once and Ctrl+Z undoes it. CSV
// import and export (full only after confirming it holds personal data, or redacted) start here.
class HouseholdsPage : public Page {
    Q_OBJECT

public:
    explicit HouseholdsPage(Store& store, QWidget* parent = nullptr);
    // The page's name in the navigation list and its heading (known before the page is built).
    static QString pageTitle();
    ~HouseholdsPage() override;

    void focusContent() override;

    QUndoStack* undoStack() const override { return m_undo; }
    people::Households& households() const { return *m_households; }

    // Opens the form on this household (empty: a new one) and puts the keyboard in it.
    void openHousehold(const QString& id);
    void closeForm();
    // A non-modal import dialog for households or people (the caller shows it, or drives it).
    CsvImportDialog* createImportDialog(bool people);
    // Writes the households to `path`; a full export needs `confirmedPersonalData`. A redacted
    // one is k-anonymous: the summary says how many households it left out.
    Result<io::ExportSummary> exportHouseholds(const QString& path, bool redacted,
                                               bool confirmedPersonalData);

private:
    QWidget* buildHouseholdsTab();
    void applyQuery();
    void clearFilters();
    void refreshLanguages();
    void updateCount();
    void openCurrent();
    void importCsv();
    void exportCsv();

    std::unique_ptr<people::Households> m_households;
    QUndoStack* m_undo = nullptr;
    people::HouseholdIndex* m_index = nullptr;
    HouseholdsModel* m_model = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_schedule = nullptr;
    QComboBox* m_tag = nullptr;
    QComboBox* m_language = nullptr;
    QLineEdit* m_postal = nullptr;
    QLabel* m_count = nullptr;
    QSplitter* m_splitter = nullptr;
    QTableView* m_view = nullptr;
    HouseholdForm* m_form = nullptr;
    PeoplePanel* m_people = nullptr;
};

} // namespace larder::ui
