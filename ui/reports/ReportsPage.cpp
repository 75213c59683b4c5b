// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reports/ReportsPage.h"

#include "core/reports/ReportExport.h"
#include "core/reports/Reports.h"
#include "core/runs/Outcomes.h"
#include "core/storage/Store.h"
#include "print/SheetBuilder.h"
#include "reports/ReportCharts.h"
#include "reports/ReportPdf.h"
#include "ui/reports/FigureDetailsDialog.h"
#include "ui/reports/ReportFiguresModel.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

using namespace Qt::StringLiterals;

namespace larder::ui {

namespace {

constexpr int CustomPeriod = -1;

QTableWidget* numbersTable(const QString& name, const QStringList& headers,
                           const QString& accessibleName, const QString& description,
                           QWidget* parent) {
    auto* table = new QTableWidget(parent);
    table->setObjectName(name);
    table->setAccessibleName(accessibleName);
    table->setAccessibleDescription(description);
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->setAlternatingRowColors(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return table;
}

// One row of a numbers table: the first `textColumns` read left to right, the numbers after them
// are aligned right.
void setRow(QTableWidget* table, int row, const QStringList& values, int textColumns = 1) {
    for (int column = 0; column < values.size(); ++column) {
        auto* item = new QTableWidgetItem(values[column]);
        if (column >= textColumns)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, column, item);
    }
}

QChartView* chartView(const QString& name, const QString& accessibleName, QWidget* parent) {
    auto* view = new QChartView(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(360, 240);
    return view;
}

void replaceChart(QChartView* view, QChart* chart) {
    QChart* old = view->chart();
    view->setChart(chart); // the view owns the new chart; the old one is ours to delete
    delete old;
}

// A chart with its numbers beside it: a chart is never the only way to read a figure.
QWidget* chartWithTable(QChartView* chart, QTableWidget* table, QWidget* parent,
                        int tableStretch = 2) {
    auto* box = new QWidget(parent);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(chart, 3);
    row->addWidget(table, tableStretch);
    return box;
}

} // namespace

QString ReportsPage::pageTitle() {
    return tr("Reports");
}

ReportsPage::ReportsPage(Store& store, QWidget* parent)
    : Page(store, pageTitle(),
           tr("What came in, went out, was thrown away and delivered, from the ledger and the "
              "recorded outcomes: for the pantry's own records, its network and its suppliers."),
           parent) {
    // ---- What to report on ----
    auto* controls = new QHBoxLayout;
    auto* periodLabel = new QLabel(tr("&Period:"), this);
    m_preset = new QComboBox(this);
    m_preset->setObjectName(u"periodPreset"_s);
    const QList<std::pair<QString, reports::Preset>> presets{
        {tr("This week"), reports::Preset::ThisWeek},
        {tr("Last week"), reports::Preset::LastWeek},
        {tr("This month"), reports::Preset::ThisMonth},
        {tr("Last month"), reports::Preset::LastMonth},
        {tr("This quarter"), reports::Preset::ThisQuarter},
        {tr("This year"), reports::Preset::ThisYear},
        {tr("Last year"), reports::Preset::LastYear}};
    for (const auto& [label, preset] : presets)
        m_preset->addItem(label, int(preset));
    m_preset->addItem(tr("Custom"), CustomPeriod);
    m_preset->setCurrentIndex(2); // this month
    periodLabel->setBuddy(m_preset);
    m_preset->setAccessibleName(tr("Period"));
    m_preset->setToolTip(tr("The period every report covers; choosing one fills in its first and "
                            "last day."));
    m_from = new QDateEdit(this);
    m_from->setObjectName(u"periodFrom"_s);
    m_from->setCalendarPopup(true);
    m_from->setAccessibleName(tr("First day"));
    m_from->setToolTip(tr("The first day of the period; changing it makes the period custom."));
    m_to = new QDateEdit(this);
    m_to->setObjectName(u"periodTo"_s);
    m_to->setCalendarPopup(true);
    m_to->setAccessibleName(tr("Last day"));
    m_to->setToolTip(tr("The last day of the period; changing it makes the period custom."));
    m_scopeLabel = new QLabel(tr("P&antry:"), this);
    m_scope = new QComboBox(this);
    m_scope->setObjectName(u"reportScope"_s);
    m_scope->setAccessibleName(tr("Pantry"));
    m_scope->setToolTip(tr("The pantry whose figures are shown, or all the pantries in this "
                           "file."));
    m_scopeLabel->setBuddy(m_scope);
    auto* csv = m_exportCsv = new QPushButton(tr("Export &CSV…"), this);
    csv->setObjectName(u"exportCsv"_s);
    csv->setToolTip(tr("Every figure as a spreadsheet, without personal data; counts of fewer "
                       "than %1 households are shown as \"<%1\".")
                        .arg(reports::SmallCell));
    auto* pdf = m_exportPdf = new QPushButton(tr("Export P&DF…"), this);
    pdf->setObjectName(u"exportPdf"_s);
    pdf->setToolTip(tr("The key figures and four charts on one page, to hand to the network or a "
                       "supplier; no personal data."));
    controls->addWidget(periodLabel);
    controls->addWidget(m_preset);
    controls->addWidget(m_from);
    controls->addWidget(new QLabel(tr("to"), this));
    controls->addWidget(m_to);
    controls->addSpacing(12);
    controls->addWidget(m_scopeLabel);
    controls->addWidget(m_scope);
    controls->addStretch(1);
    controls->addWidget(csv);
    controls->addWidget(pdf);
    body()->addLayout(controls);

    // ---- The tabs ----
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"reportTabs"_s);

    // Summary: every figure, and what the chosen one counts.
    auto* summaryTab = new QSplitter(Qt::Horizontal, m_tabs);
    m_figures = new ReportFiguresModel(this);
    m_figures->setObjectName(u"figuresModel"_s);
    m_figureView = new QTableView(summaryTab);
    m_figureView->setObjectName(u"figuresView"_s);
    m_figureView->setAccessibleName(tr("Figures of the period"));
    m_figureView->setAccessibleDescription(
        tr("Every figure of the period; Enter or a double-click shows the rows behind one."));
    m_figureView->setModel(m_figures);
    m_figureView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_figureView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_figureView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_figureView->setShowGrid(false);
    m_figureView->verticalHeader()->hide();
    m_figureView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_figureView->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto* side = new QWidget(summaryTab);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->addWidget(sectionHeading(tr("What this counts")));
    m_explanation = new QLabel(side);
    m_explanation->setObjectName(u"figureExplanation"_s);
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    sideLayout->addWidget(m_explanation);
    auto* open = new QPushButton(tr("&Show the rows behind it"), side);
    open->setObjectName(u"openFigure"_s);
    open->setToolTip(tr("List the stops or stock movements that the chosen figure counts."));
    sideLayout->addWidget(open);
    sideLayout->addWidget(new QLabel(tr("Or press Enter, or double-click a figure."), side));
    sideLayout->addStretch(1);
    summaryTab->addWidget(m_figureView);
    summaryTab->addWidget(side);
    summaryTab->setStretchFactor(0, 3);
    summaryTab->setStretchFactor(1, 2);
    m_tabs->addTab(summaryTab, tr("Summary"));

    // Week by week: stock and households, with the numbers.
    auto* weeksTab = new QWidget(m_tabs);
    auto* weeksLayout = new QVBoxLayout(weeksTab);
    m_stockChart = chartView(u"stockChart"_s, tr("Stock by week"), weeksTab);
    m_householdsChart = chartView(u"householdsChart"_s, tr("Households served by week"), weeksTab);
    auto* charts = new QHBoxLayout;
    charts->addWidget(m_stockChart);
    charts->addWidget(m_householdsChart);
    weeksLayout->addLayout(charts, 3);
    m_weekTable = numbersTable(
        u"weekTable"_s,
        {tr("Week from"), tr("Given out"), tr("Received"), tr("Thrown away"),
         tr("Households served"), tr("Deliveries")},
        tr("Week by week"),
        tr("For each week of the period: what was given out, received and thrown away, the "
           "households served and the deliveries."),
        weeksTab);
    weeksLayout->addWidget(m_weekTable, 2);
    m_tabs->addTab(weeksTab, tr("Week by week"));

    // Deliveries by outcome; categories given out.
    m_outcomeChart = chartView(u"outcomeChart"_s, tr("Deliveries by outcome"), m_tabs);
    m_outcomeTable = numbersTable(
        u"outcomeTable"_s, {tr("Outcome"), tr("Stops")}, tr("Deliveries by outcome"),
        tr("How many stops of the period ended with each outcome: the chart's numbers."), m_tabs);
    m_tabs->addTab(chartWithTable(m_outcomeChart, m_outcomeTable, m_tabs), tr("Deliveries"));
    m_categoryChart = chartView(u"categoryChart"_s, tr("Given out by category"), m_tabs);
    m_categoryTable = numbersTable(
        u"categoryTable"_s, {tr("Category"), tr("Weight"), tr("Units"), tr("Movements")},
        tr("Given out by category"),
        tr("The weight, units and movements given out in each category during the period."),
        m_tabs);
    m_tabs->addTab(chartWithTable(m_categoryChart, m_categoryTable, m_tabs), tr("Categories"));

    // Checks on supply.
    auto* checksTab = new QWidget(m_tabs);
    auto* checksLayout = new QVBoxLayout(checksTab);
    checksLayout->addWidget(
        new QLabel(tr("What the stock counts found against the ledger, and stock given out with "
                      "no delivery behind it. Per shelf and item, never per person."),
                   checksTab));
    m_countChart = chartView(u"countChart"_s, tr("What the counts found, by week"), checksTab);
    m_countTable = numbersTable(
        u"countTable"_s, {tr("Item"), tr("Location"), tr("Missing"), tr("Extra")},
        tr("What the counts found"),
        tr("For each item and shelf, how much the stock counts found missing or extra against the "
           "ledger."),
        checksTab);
    checksLayout->addWidget(chartWithTable(m_countChart, m_countTable, checksTab, 3), 3);
    checksLayout->addWidget(sectionHeading(tr("Given out with no delivery behind it")));
    m_unbackedTable = numbersTable(
        u"unbackedTable"_s, {tr("Item"), tr("Units"), tr("Weight"), tr("Movements")},
        tr("Given out with no delivery behind it"),
        tr("Each item given out in the period with no delivery to account for it."), checksTab);
    checksLayout->addWidget(m_unbackedTable, 2);
    m_tabs->addTab(checksTab, tr("Supply checks"));

    // The network: every pantry side by side (only when the file holds more than one).
    m_networkTab = new QWidget(m_tabs);
    auto* networkLayout = new QVBoxLayout(m_networkTab);
    networkLayout->addWidget(new QLabel(
        tr("The same period for every pantry whose records reached this laptop by sync, and for "
           "the network as a whole. A pantry's figures are its own ledger rows, distribution days "
           "and shelves."),
        m_networkTab));
    m_networkTable = numbersTable(
        u"networkTable"_s, {}, tr("Pantries of the network"),
        tr("The period's figures for each pantry whose records reached this laptop, and for the "
           "whole network."),
        m_networkTab);
    networkLayout->addWidget(m_networkTable, 1);
    m_tabs->addTab(m_networkTab, tr("Network"));

    body()->addWidget(m_tabs, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(u"reportStatus"_s);
    body()->addWidget(m_status);

    // ---- Behaviour ----
    setPresetDates();
    fillScopes();
    connect(m_preset, &QComboBox::currentIndexChanged, this, &ReportsPage::presetChosen);
    const auto customDates = [this] {
        if (m_preset->currentData().toInt() != CustomPeriod) {
            const QSignalBlocker blocker(m_preset);
            m_preset->setCurrentIndex(m_preset->findData(CustomPeriod));
        }
        m_changed.start(); // typed dates: once the typing pauses, not on every keystroke
    };
    connect(m_from, &QDateEdit::dateChanged, this, customDates);
    connect(m_to, &QDateEdit::dateChanged, this, customDates);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &ReportsPage::refresh);
    // Enter and a double-click open a figure on every platform (QAbstractItemView::activated is
    // Cmd+O on macOS and a single click where the style says so).
    connect(m_figureView, &QTableView::doubleClicked, this,
            [this](const QModelIndex& index) { openFigure(index.row()); });
    m_figureView->installEventFilter(this);
    connect(m_figureView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showExplanation(current.row()); });
    connect(open, &QPushButton::clicked, this,
            [this] { openFigure(m_figureView->currentIndex().row()); });
    connect(csv, &QPushButton::clicked, this, &ReportsPage::askExportCsv);
    connect(pdf, &QPushButton::clicked, this, &ReportsPage::askExportPdf);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_networkTab && m_networkStale)
            fillNetwork();
    });
    m_changed.setSingleShot(true);
    m_changed.setInterval(400);
    connect(&m_changed, &QTimer::timeout, this, &ReportsPage::refresh);
    connect(&store, &Store::changed, this, [this](const QSet<QString>& tables) {
        static const QSet<QString> read{u"stock_movements"_s, u"runs"_s,  u"run_stops"_s,
                                        u"households"_s,      u"items"_s, u"suppliers"_s,
                                        u"locations"_s};
        if (!tables.intersects(read))
            return;
        m_stale = true;
        if (isVisible())
            m_changed.start();
    });
}

void ReportsPage::focusContent() {
    m_tabs->setCurrentIndex(0);
    m_figureView->setFocus(Qt::OtherFocusReason);
}

void ReportsPage::presetChosen() {
    setPresetDates();
    m_stale = true;
    if (isVisible())
        refresh();
}

void ReportsPage::setPresetDates() {
    const int preset = m_preset->currentData().toInt();
    if (preset == CustomPeriod)
        return;
    const reports::Period period = reports::presetPeriod(reports::Preset(preset), store().today());
    {
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        m_from->setDate(period.from);
        m_to->setDate(period.to);
    }
}

void ReportsPage::fillScopes() {
    const QList<reports::Site> sites = reports::Reports(store()).sites();
    const QString current = m_scope->currentData().toString();
    const QSignalBlocker blocker(m_scope);
    m_scope->clear();
    m_scope->addItem(sites.size() > 1 ? tr("All pantries in this file") : sites.first().name,
                     QString());
    if (sites.size() > 1) {
        for (const reports::Site& site : sites)
            m_scope->addItem(site.self ? tr("%1 (this laptop)").arg(site.name) : site.name,
                             site.id);
    }
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(current)));
    m_scope->setEnabled(sites.size() > 1);
    m_tabs->setTabVisible(m_tabs->indexOf(m_networkTab), sites.size() > 1);
}

void ReportsPage::setPeriod(const reports::Period& period) {
    {
        const QSignalBlocker presetBlocker(m_preset);
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        m_preset->setCurrentIndex(m_preset->findData(CustomPeriod));
        m_from->setDate(period.from);
        m_to->setDate(period.to);
    }
    refresh();
}

reports::Period ReportsPage::period() const {
    return {m_from->date(), m_to->date()};
}

bool ReportsPage::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_figureView && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            openFigure(m_figureView->currentIndex().row());
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

void ReportsPage::showEvent(QShowEvent* event) {
    Page::showEvent(event);
    if (m_stale) {
        fillScopes();
        setPresetDates(); // "this week" moves on with the days
        refresh();
    }
}

void ReportsPage::refresh() {
    m_changed.stop();
    fillScopes(); // a sync may have brought a pantry while the page was on screen
    const reports::Reports reports(store());
    auto summary = reports.summary(period(), reports::Scope{m_scope->currentData().toString()});
    // The exports write the summary shown: none while the dates cannot be read.
    m_exportCsv->setEnabled(summary.ok());
    m_exportPdf->setEnabled(summary.ok());
    if (!summary) {
        m_status->setText(summary.error().toString());
        return;
    }
    m_stale = false;
    m_networkStale = true;
    m_summary = *summary;
    const int row = m_figureView->currentIndex().row();
    m_figures->setSummary(m_summary, locale());
    m_figureView->setCurrentIndex(m_figures->index(std::max(1, row), 0));
    showExplanation(m_figureView->currentIndex().row());
    fillCharts();
    if (m_tabs->currentWidget() == m_networkTab)
        fillNetwork();
    m_status->setText(
        tr("%1 · every figure from the ledger and the recorded outcomes; choose a figure to "
           "see what it counts.")
            .arg(reports::ReportText::periodText(m_summary.period, locale())));
}

void ReportsPage::showExplanation(int row) {
    const reports::FigureRow* figure = m_figures->figureAt(row);
    m_explanation->setText(
        figure ? u"<b>%1</b>: %2<br><br>%3"_s.arg(figure->label.trimmed().toHtmlEscaped(),
                                                  figure->value.toHtmlEscaped(),
                                                  figure->explanation.toHtmlEscaped())
               : tr("Choose a figure to see what it counts."));
}

void ReportsPage::openFigure(int row) {
    const reports::FigureRow* figure = m_figures->figureAt(row);
    if (!figure)
        return;
    // Window-modal and owned by the page, never on the stack: locking the pantry rebuilds the
    // pages, and the dialog (which may name households) goes with this one.
    auto* dialog = new FigureDetailsDialog(store(), m_summary, *figure, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ReportsPage::fillCharts() {
    const QLocale locale = this->locale();
    replaceChart(m_stockChart, reports::charts::stockByWeek(m_summary, locale));
    replaceChart(m_householdsChart, reports::charts::householdsByWeek(m_summary, locale, false));
    replaceChart(m_outcomeChart, reports::charts::deliveriesByOutcome(m_summary, locale, false));
    replaceChart(m_categoryChart, reports::charts::topCategories(m_summary, locale));
    replaceChart(m_countChart, reports::charts::countsByWeek(m_summary, locale));

    const auto weight = [&locale](qint64 grams) { return reports::weightText(grams, locale); };
    m_weekTable->setRowCount(int(m_summary.weeks.size()));
    for (int i = 0; i < m_summary.weeks.size(); ++i) {
        const reports::Week& w = m_summary.weeks[i];
        setRow(m_weekTable, i,
               {locale.toString(w.start, QLocale::ShortFormat), weight(w.givenOut.grams),
                weight(w.received.grams), weight(w.disposed.grams),
                locale.toString(w.householdsServed), locale.toString(w.stopsDelivered)});
    }
    const QStringList codes = [] {
        QStringList list;
        for (const QString& code : runs::outcome::all())
            list << code;
        return list;
    }();
    m_outcomeTable->setRowCount(int(codes.size()) + 1);
    for (int i = 0; i < codes.size(); ++i)
        setRow(m_outcomeTable, i,
               {reports::ReportText::outcomeLabel(codes[i]),
                locale.toString(m_summary.outcomes.value(codes[i]))});
    setRow(m_outcomeTable, int(codes.size()),
           {tr("No outcome yet"), locale.toString(m_summary.stopsWithoutOutcome)});
    m_categoryTable->setRowCount(int(m_summary.givenOutByCategory.size()));
    for (int i = 0; i < m_summary.givenOutByCategory.size(); ++i) {
        const reports::AmountLine& line = m_summary.givenOutByCategory[i];
        setRow(m_categoryTable, i,
               {reports::ReportText::vocabularyLabel(line.key), weight(line.amount.grams),
                locale.toString(line.amount.units), locale.toString(line.amount.movements)});
    }
    m_countTable->setRowCount(int(m_summary.countDifferences.size()));
    for (int i = 0; i < m_summary.countDifferences.size(); ++i) {
        const reports::CountDifference& c = m_summary.countDifferences[i];
        setRow(m_countTable, i,
               {c.itemName, c.locationName, locale.toString(c.lost), locale.toString(c.found)}, 2);
    }
    m_unbackedTable->setRowCount(int(m_summary.unbackedByItem.size()));
    for (int i = 0; i < m_summary.unbackedByItem.size(); ++i) {
        const reports::UnbackedLine& u = m_summary.unbackedByItem[i];
        setRow(m_unbackedTable, i,
               {u.itemName, locale.toString(u.amount.units), weight(u.amount.grams),
                locale.toString(u.amount.movements)});
    }
}

void ReportsPage::fillNetwork() {
    const QLocale locale = this->locale();
    auto lines = reports::Reports(store()).network(period());
    if (!lines) {
        m_status->setText(lines.error().toString());
        return;
    }
    m_networkStale = false;
    QStringList headers{tr("Figure")};
    for (const reports::NetworkLine& line : std::as_const(*lines))
        headers << (line.site.id.isEmpty() ? tr("Whole network") : line.site.name);
    m_networkTable->clear();
    m_networkTable->setColumnCount(int(headers.size()));
    m_networkTable->setHorizontalHeaderLabels(headers);
    const QList<std::pair<QString, std::function<QString(const reports::Summary&)>>> figures{
        {tr("Households served"),
         [&locale](const reports::Summary& s) { return locale.toString(s.householdsServed); }},
        {tr("People reached"),
         [&locale](const reports::Summary& s) { return locale.toString(s.peopleReached); }},
        {tr("Deliveries completed"),
         [&locale](const reports::Summary& s) { return locale.toString(s.stopsDelivered); }},
        {tr("Given out"),
         [&locale](const reports::Summary& s) {
             return reports::weightText(s.givenOut.grams, locale);
         }},
        {tr("Received"),
         [&locale](const reports::Summary& s) {
             return reports::weightText(s.received.grams, locale);
         }},
        {tr("Thrown away"),
         [&locale](const reports::Summary& s) {
             return reports::weightText(s.disposed.grams, locale);
         }},
        {tr("On hand now"),
         [&locale](const reports::Summary& s) {
             return reports::weightText(s.onHand.grams, locale);
         }},
        {tr("Counts found missing (units)"),
         [&locale](const reports::Summary& s) { return locale.toString(s.countLost); }}};
    m_networkTable->setRowCount(int(figures.size()));
    for (int row = 0; row < figures.size(); ++row) {
        QStringList values{figures[row].first};
        for (const reports::NetworkLine& line : std::as_const(*lines))
            values << figures[row].second(line.summary);
        setRow(m_networkTable, row, values);
    }
}

Result<void> ReportsPage::exportCsv(const QString& path) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(reports::toCsv(m_summary, locale())) < 0 ||
        !file.commit())
        return Error::make(Error::Kind::ReadOnlyFolder,
                           tr("Could not write the CSV file (%1).").arg(file.errorString()),
                           tr("Choose a folder you can save in."))
            .at(path);
    return {};
}

Result<void> ReportsPage::exportPdf(const QString& path) const {
    reports::ReportPdf::Options options;
    options.paper = print::SheetBuilder(store()).options().paper;
    options.locale = locale();
    return reports::ReportPdf::write(m_summary, path, options);
}

void ReportsPage::askExportCsv() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the report as CSV"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' +
            tr("report-%1-%2.csv")
                .arg(m_summary.period.from.toString(Qt::ISODate),
                     m_summary.period.to.toString(Qt::ISODate)),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto ok = exportCsv(path); !ok)
        QMessageBox::warning(this, tr("Export the report"), ok.error().toString());
    else
        m_status->setText(tr("Exported to %1. It holds no personal data; counts of fewer than %2 "
                             "households are shown as \"<%2\".")
                              .arg(path)
                              .arg(reports::SmallCell));
}

void ReportsPage::askExportPdf() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the report as PDF"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' +
            tr("report-%1-%2.pdf")
                .arg(m_summary.period.from.toString(Qt::ISODate),
                     m_summary.period.to.toString(Qt::ISODate)),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto ok = exportPdf(path); !ok)
        QMessageBox::warning(this, tr("Export the report"), ok.error().toString());
    else
        m_status->setText(tr("Exported to %1. It holds no personal data.").arg(path));
}

} // namespace larder::ui
