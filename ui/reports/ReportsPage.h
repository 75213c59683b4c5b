// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/Summary.h"
#include "core/storage/Result.h"
#include "ui/common/Page.h"

#include <QTimer>

class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace larder::ui {

class ReportFiguresModel;

// The pantry's figures for a period, for its own records, its network and its suppliers: the
// summary as a table whose every figure explains itself and opens to the rows behind it
// (Enter or double-click), charts with their numbers beside them, the checks on supply, the
// network's pantries side by side, and exports (CSV, one-page PDF) without personal data.
// Computed by reports::Reports when the page is shown, when the period or pantry changes, and
// after changes to the ledger or the runs while it is on screen. Works while locked.
class ReportsPage : public Page {
    Q_OBJECT

public:
    explicit ReportsPage(Store& store, QWidget* parent = nullptr);
    // The page's name in the navigation list and its heading (known before the page is built).
    static QString pageTitle();
    // The keyboard starts in the table of figures: arrows move, Enter opens what is behind one.
    void focusContent() override;

    // For tests and the command line of the app: show this period (a custom one).
    void setPeriod(const reports::Period& period);
    reports::Period period() const;
    const reports::Summary& summary() const { return m_summary; }
    // Reads the figures again now.
    void refresh();
    // Writes the exports without asking where (the buttons ask, then call these).
    Result<void> exportCsv(const QString& path) const;
    Result<void> exportPdf(const QString& path) const;

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void presetChosen();
    // The dates of the chosen preset, as of today (a custom period stays as it is).
    void setPresetDates();
    void fillCharts();
    void fillNetwork();
    void openFigure(int row);
    void showExplanation(int row);
    void askExportCsv();
    void askExportPdf();
    void fillScopes();

    QComboBox* m_preset = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_scope = nullptr;
    QLabel* m_scopeLabel = nullptr;
    QTabWidget* m_tabs = nullptr;
    ReportFiguresModel* m_figures = nullptr;
    QTableView* m_figureView = nullptr;
    QLabel* m_explanation = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_exportCsv = nullptr;
    QPushButton* m_exportPdf = nullptr;
    QChartView* m_stockChart = nullptr;
    QChartView* m_householdsChart = nullptr;
    QChartView* m_outcomeChart = nullptr;
    QChartView* m_categoryChart = nullptr;
    QChartView* m_countChart = nullptr;
    QTableWidget* m_weekTable = nullptr;
    QTableWidget* m_outcomeTable = nullptr;
    QTableWidget* m_categoryTable = nullptr;
    QTableWidget* m_countTable = nullptr;
    QTableWidget* m_unbackedTable = nullptr;
    QTableWidget* m_networkTable = nullptr;
    QWidget* m_networkTab = nullptr;
    reports::Summary m_summary;
    QTimer m_changed; // a quiet moment after a change to the ledger or the runs
    bool m_stale = true;
    bool m_networkStale = true;
};

} // namespace larder::ui
