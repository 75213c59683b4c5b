// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inventory/CountPanel.h"

#include "core/inventory/Inventory.h"
#include "core/storage/Store.h"
#include "ui/common/Labels.h"
#include "ui/common/Palette.h"
#include "ui/inventory/CountModel.h"
#include "ui/inventory/CountSheet.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace larder::ui {

namespace {

// Review: only the counted lines that differ from the books.
class DifferencesProxy : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setOnlyDifferences(bool on) {
        m_only = on;
        invalidateFilter();
    }
    bool onlyDifferences() const { return m_only; }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override {
        if (!m_only || parent.isValid())
            return true;
        const auto* model = static_cast<const CountModel*>(sourceModel());
        const inventory::CountLine& line = model->lineAt(row);
        return line.counted && line.difference() != 0;
    }

private:
    bool m_only = false;
};

// Counted numbers: digits only; Enter saves the number and moves down to the next line.
class CountDelegate : public QStyledItemDelegate {
public:
    explicit CountDelegate(QTableView* view)
        : QStyledItemDelegate(view)
        , m_view(view) {}

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override {
        auto* editor = new QLineEdit(parent);
        editor->setObjectName(u"countEditor"_s);
        editor->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        editor->setValidator(
            new QRegularExpressionValidator(QRegularExpression(u"[0-9]{0,8}"_s), editor));
        Q_UNUSED(option);
        Q_UNUSED(index);
        return editor;
    }

protected:
    bool eventFilter(QObject* object, QEvent* event) override {
        auto* editor = qobject_cast<QWidget*>(object);
        if (editor && event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent*>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Down) {
                const QModelIndex current = m_view->currentIndex();
                Q_EMIT commitData(editor);
                Q_EMIT closeEditor(editor, QAbstractItemDelegate::NoHint);
                const QModelIndex below =
                    m_view->model()->index(current.row() + 1, CountModel::Counted);
                if (below.isValid())
                    m_view->setCurrentIndex(below);
                return true;
            }
        }
        return QStyledItemDelegate::eventFilter(object, event);
    }

private:
    QTableView* m_view;
};

QPushButton* button(const QString& text, const QString& name, QWidget* parent) {
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

} // namespace

CountPanel::CountPanel(Store& store, QWidget* parent)
    : QWidget(parent)
    , m_store(store) {
    setObjectName(u"countPanel"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(buildStart());
    m_stack->addWidget(buildCount());
    layout->addWidget(m_stack);

    connect(&m_store, &Store::changed, this, [this](const QSet<QString>& tables) {
        if (tables.contains(u"locations"_s) || tables.contains(u"stock_counts"_s))
            refreshStart();
        if (m_model && tables.contains(u"stock_counts"_s) && isShowingCount() &&
            !m_model->isOpen()) {
            showStart(); // confirmed or cancelled (here, or by an import)
        }
    });
    refreshStart();
    // An open count is where the work is: show it straight away.
    const auto open = inventory::Inventory(m_store).openCounts();
    if (open.size() == 1)
        showCount(open.constFirst().id);
}

CountPanel::~CountPanel() = default;

bool CountPanel::eventFilter(QObject* watched, QEvent* event) {
    // Enter on a line (not typing in it) goes down to the next one, like Enter after a number.
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            const QModelIndex below =
                m_proxy->index(m_view->currentIndex().row() + 1, CountModel::Counted);
            if (below.isValid())
                m_view->setCurrentIndex(below);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QWidget* CountPanel::buildStart() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    auto* explain = new QLabel(
        tr("A count compares what is on the shelves with what the books say. Start a count, "
           "print the count sheet, count, type the numbers in, review the differences and "
           "confirm: each difference is posted as a \"counted\" movement, so it stays visible in "
           "the item's history."),
        page);
    explain->setWordWrap(true);
    layout->addWidget(explain);

    auto* row = new QHBoxLayout;
    auto* label = new QLabel(tr("Coun&t:"), page);
    m_scope = new QComboBox(page);
    m_scope->setObjectName(u"countScope"_s);
    m_scope->setMinimumContentsLength(28);
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scope->setToolTip(tr("The location to count, or all of them."));
    label->setBuddy(m_scope);
    m_start = button(tr("Start count"), u"startCount"_s, page);
    m_start->setToolTip(
        tr("Start counting the chosen location: print its sheet or type the numbers straight in."));
    row->addWidget(label);
    row->addWidget(m_scope);
    row->addWidget(m_start);
    row->addStretch(1);
    layout->addLayout(row);

    m_openRow = new QWidget(page);
    auto* openLayout = new QHBoxLayout(m_openRow);
    openLayout->setContentsMargins(0, 0, 0, 0);
    auto* openLabel = new QLabel(tr("Open counts:"), m_openRow);
    m_openCounts = new QComboBox(m_openRow);
    m_openCounts->setObjectName(u"openCounts"_s);
    m_openCounts->setToolTip(tr("Counts started earlier and not yet confirmed or cancelled."));
    openLabel->setBuddy(m_openCounts);
    m_openCounts->setMinimumContentsLength(28);
    m_openCounts->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto* resume = button(tr("Continue"), u"continueCount"_s, m_openRow);
    resume->setToolTip(tr("Go back to the chosen open count."));
    openLayout->addWidget(openLabel);
    openLayout->addWidget(m_openCounts);
    openLayout->addWidget(resume);
    openLayout->addStretch(1);
    layout->addWidget(m_openRow);

    m_startStatus = new QLabel(page);
    m_startStatus->setObjectName(u"countStartStatus"_s);
    m_startStatus->setWordWrap(true);
    layout->addWidget(m_startStatus);
    layout->addStretch(1);

    connect(m_start, &QPushButton::clicked, this,
            [this] { startCount(m_scope->currentData().toString()); });
    connect(resume, &QPushButton::clicked, this, [this] {
        if (m_openCounts->currentIndex() >= 0)
            showCount(m_openCounts->currentData().toString());
    });
    return page;
}

QWidget* CountPanel::buildCount() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    auto* top = new QHBoxLayout;
    m_countTitle = new QLabel(page);
    m_countTitle->setObjectName(u"countTitle"_s);
    QFont font = m_countTitle->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    font.setBold(true);
    m_countTitle->setFont(font);
    top->addWidget(m_countTitle);
    top->addSpacing(12);
    m_progress = new QLabel(page);
    m_progress->setObjectName(u"countProgress"_s);
    top->addWidget(m_progress, 1);
    auto* others = button(tr("All counts"), u"allCounts"_s, page);
    others->setFlat(true);
    others->setToolTip(
        tr("Back to the counts, to start or continue another; this one stays open."));
    top->addWidget(others);
    layout->addLayout(top);

    // Paper first: print the sheet, count, then type.
    auto* paper = new QHBoxLayout;
    m_print = button(tr("&Print count sheet…"), u"printSheet"_s, page);
    m_print->setToolTip(tr("Preview and print a sheet to count on paper."));
    m_pdf = button(tr("Save sheet as PDF…"), u"saveSheetPdf"_s, page);
    m_pdf->setToolTip(tr("Save the count sheet as a PDF file."));
    m_blind = new QCheckBox(tr("Blind count (hide what the books expect)"), page);
    m_blind->setObjectName(u"blindCount"_s);
    m_blind->setToolTip(tr("Counters see only the items, not the numbers they should find: "
                           "counts come out more honest."));
    m_addFound = button(tr("A&dd found item…"), u"addFoundItem"_s, page);
    m_addFound->setToolTip(tr("Add stock found on the shelf that the count does not list."));
    paper->addWidget(m_print);
    paper->addWidget(m_pdf);
    paper->addSpacing(8);
    paper->addWidget(m_blind);
    paper->addStretch(1);
    paper->addWidget(m_addFound);
    layout->addLayout(paper);

    auto* hint = new QLabel(tr("Type each counted number and press Enter to go down the list. "
                               "Leave a line empty if it was not counted."),
                            page);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    m_proxy = new DifferencesProxy(this);
    m_proxy->setObjectName(u"differencesProxy"_s);
    m_view = new QTableView(page);
    m_view->setObjectName(u"countView"_s);
    m_view->setAccessibleName(tr("Lines to count"));
    m_view->setAccessibleDescription(hint->text());
    m_view->setModel(m_proxy);
    m_view->setItemDelegateForColumn(CountModel::Counted, new CountDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                            QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->installEventFilter(this);
    layout->addWidget(m_view, 1);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                // Keep the cursor in the Counted column, where typing goes.
                if (current.isValid() && current.column() != CountModel::Counted)
                    m_view->setCurrentIndex(m_proxy->index(current.row(), CountModel::Counted));
            });

    m_status = new QLabel(page);
    m_status->setObjectName(u"countStatus"_s);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto* end = new QHBoxLayout;
    m_review = button(tr("&Review differences"), u"reviewDifferences"_s, page);
    m_review->setCheckable(true);
    m_review->setToolTip(
        tr("Show only the lines that differ from the books, or every line again."));
    m_confirm = button(tr("Confir&m count…"), u"confirmCount"_s, page);
    m_confirm->setToolTip(tr("Post one adjustment for each line that differs from the books and "
                             "close the count, after asking."));
    m_cancel = button(tr("Cancel count…"), u"cancelCount"_s, page);
    m_cancel->setToolTip(tr("Drop this count and the numbers typed into it, after asking; the "
                            "stock stays as it is."));
    end->addWidget(m_review);
    end->addStretch(1);
    end->addWidget(m_cancel);
    end->addWidget(m_confirm);
    layout->addLayout(end);

    connect(others, &QPushButton::clicked, this, &CountPanel::showStart);
    connect(m_print, &QPushButton::clicked, this, &CountPanel::printSheet);
    connect(m_pdf, &QPushButton::clicked, this, &CountPanel::saveSheetInteractively);
    connect(m_blind, &QCheckBox::toggled, this, &CountPanel::updateColumns);
    connect(m_addFound, &QPushButton::clicked, this, &CountPanel::addFoundItem);
    connect(m_review, &QPushButton::toggled, this, &CountPanel::setReviewing);
    connect(m_confirm, &QPushButton::clicked, this, &CountPanel::confirm);
    connect(m_cancel, &QPushButton::clicked, this, &CountPanel::cancelCount);
    return page;
}

QString CountPanel::scopeName(const QString& locationId) const {
    if (locationId.isEmpty())
        return tr("All locations");
    for (const inventory::Location& location : inventory::Inventory(m_store).locations(true)) {
        if (location.id == locationId)
            return location.name;
    }
    return locationId;
}

void CountPanel::refreshStart() {
    const inventory::Inventory stock(m_store);
    const QString scope = m_scope->currentData().toString();
    m_scope->clear();
    m_scope->addItem(tr("All locations"), QString());
    for (const inventory::Location& location : stock.locations())
        m_scope->addItem(location.name, location.id);
    m_scope->setCurrentIndex(qMax(0, m_scope->findData(scope)));

    const QString current = m_openCounts->currentData().toString();
    m_openCounts->clear();
    const auto open = stock.openCounts();
    for (const inventory::StockCount& count : open) {
        m_openCounts->addItem(tr("%1 — started %2")
                                  .arg(scopeName(count.locationId),
                                       Labels::when(count.startedAt, Labels::today(m_store))),
                              count.id);
    }
    m_openCounts->setCurrentIndex(qMax(0, m_openCounts->findData(current)));
    m_openRow->setVisible(!open.isEmpty());
    if (m_openTotal != open.size()) {
        m_openTotal = int(open.size());
        Q_EMIT openCountsChanged(m_openTotal);
    }
}

QString CountPanel::currentCountId() const {
    return m_model ? m_model->countId() : QString();
}

bool CountPanel::isShowingCount() const {
    return m_stack->currentIndex() == 1;
}

QString CountPanel::status() const {
    return isShowingCount() ? m_status->text() : m_startStatus->text();
}

void CountPanel::setStatus(const QString& text, bool error) {
    QLabel* label = isShowingCount() ? m_status : m_startStatus;
    label->setText(text);
    label->setStyleSheet(error ? Palette::textStyle(Palette::warning())
                               : Palette::textStyle(Palette::ok()));
}

bool CountPanel::startCount(const QString& locationId) {
    auto started = inventory::Inventory(m_store).startCount(locationId);
    if (!started) {
        setStatus(started.error().message + u' ' + started.error().hint, true);
        return false;
    }
    showCount(started.value());
    setStatus(tr("Count started. Print the sheet, or type the numbers straight in."), false);
    return true;
}

void CountPanel::showCount(const QString& countId) {
    auto* old = m_model;
    m_model = new CountModel(m_store, countId, this);
    m_model->setObjectName(u"countModel"_s);
    m_proxy->setSourceModel(m_model);
    delete old;
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CountPanel::updateCountHeader);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CountPanel::updateCountHeader);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CountPanel::updateCountHeader);
    connect(m_model, &CountModel::refused, this,
            [this](const QString& message) { setStatus(message, true); });
    QHeaderView* header = m_view->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(CountModel::Item, QHeaderView::Stretch);
    header->resizeSection(CountModel::Location, 220);
    header->resizeSection(CountModel::Lot, 120);
    header->resizeSection(CountModel::Expected, 100);
    header->resizeSection(CountModel::Counted, 100);
    header->resizeSection(CountModel::Difference, 110);

    m_review->setChecked(false);
    m_stack->setCurrentIndex(1);
    m_status->clear();
    updateCountHeader();
    updateColumns();
    m_view->setFocus(Qt::OtherFocusReason);
    if (m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, CountModel::Counted));
}

void CountPanel::showStart() {
    refreshStart();
    m_stack->setCurrentIndex(0);
    m_scope->setFocus(Qt::OtherFocusReason);
}

void CountPanel::updateCountHeader() {
    if (!m_model)
        return;
    const inventory::StockCount& count = m_model->count();
    m_countTitle->setText(tr("Counting: %1").arg(scopeName(count.locationId)));
    const int lines = m_model->rowCount();
    m_progress->setText(tr("started %1 · %2 of %n lines counted · %3", "", lines)
                            .arg(Labels::when(count.startedAt, Labels::today(m_store)))
                            .arg(m_model->countedLines())
                            .arg(tr("%n differences", "", m_model->differences())));
}

void CountPanel::updateColumns() {
    // A blind count hides what the books expect until the review.
    const bool hide = m_blind->isChecked() && !m_review->isChecked();
    m_view->setColumnHidden(CountModel::Expected, hide);
    m_view->setColumnHidden(CountModel::Difference, hide);
    // Counting one place: the place is in the title, not on every line.
    m_view->setColumnHidden(CountModel::Location,
                            m_model && !m_model->count().locationId.isEmpty());
}

void CountPanel::setReviewing(bool on) {
    if (m_review->isChecked() != on) {
        m_review->setChecked(on); // comes back here through toggled
        return;
    }
    static_cast<DifferencesProxy*>(m_proxy)->setOnlyDifferences(on);
    m_review->setText(on ? tr("Show all lines") : tr("&Review differences"));
    updateColumns();
    if (on)
        setStatus(m_proxy->rowCount() == 0
                      ? tr("No differences: every counted line matches the books.")
                      : tr("%n lines differ from the books. Confirm posts one adjustment for each.",
                           "", m_proxy->rowCount()),
                  false);
}

void CountPanel::confirm() {
    if (!m_model || !m_model->isOpen() || m_question)
        return;
    const int differences = m_model->differences();
    auto* box = new QMessageBox(
        QMessageBox::Question, tr("Confirm the count"),
        differences == 0
            ? tr("Every counted line matches the books: nothing will be posted, and the count "
                 "is closed.")
            : tr("%n adjustments will be posted, one for each line that differs, with the "
                 "reason \"count\".",
                 "", differences),
        QMessageBox::NoButton, this);
    box->setObjectName(u"confirmCountQuestion"_s);
    box->setInformativeText(tr("%1 of %n lines were counted; lines left empty stay as they are.",
                               "", m_model->rowCount())
                                .arg(m_model->countedLines()));
    QPushButton* post = box->addButton(
        differences == 0 ? tr("Close the count") : tr("Post %n adjustments", "", differences),
        QMessageBox::AcceptRole);
    post->setObjectName(u"postAdjustments"_s);
    QPushButton* keep = box->addButton(tr("Keep counting"), QMessageBox::RejectRole);
    box->setDefaultButton(post);
    box->setEscapeButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_question = box;
    const QString countId = m_model->countId();
    connect(box, &QMessageBox::finished, this, [this, box, post, countId, differences] {
        window()->activateWindow();
        if (box->clickedButton() != post)
            return;
        auto posted = inventory::Inventory(m_store).confirmCount(countId);
        if (!posted) {
            setStatus(posted.error().message + u' ' + posted.error().hint, true);
            return;
        }
        showStart();
        setStatus(differences == 0
                      ? tr("Count confirmed: everything matched, nothing posted.")
                      : tr("Count confirmed: %n adjustments posted. Each one is in its item's "
                           "history.",
                           "", int(posted.value().movementIds.size())),
                  false);
    });
    box->open();
}

void CountPanel::cancelCount() {
    if (!m_model || !m_model->isOpen() || m_question)
        return;
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Cancel the count"),
                                tr("Cancel this count? The numbers typed into it are dropped; "
                                   "the stock stays as it is."),
                                QMessageBox::NoButton, this);
    box->setObjectName(u"cancelCountQuestion"_s);
    QPushButton* drop = box->addButton(tr("Cancel the count"), QMessageBox::DestructiveRole);
    drop->setObjectName(u"dropCount"_s);
    QPushButton* keep = box->addButton(tr("Keep counting"), QMessageBox::RejectRole);
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_question = box;
    const QString countId = m_model->countId();
    connect(box, &QMessageBox::finished, this, [this, box, drop, countId] {
        window()->activateWindow();
        if (box->clickedButton() != drop)
            return;
        auto cancelled = inventory::Inventory(m_store).cancelCount(countId);
        if (!cancelled) {
            setStatus(cancelled.error().message, true);
            return;
        }
        showStart();
        setStatus(tr("Count cancelled. Nothing was posted."), false);
    });
    box->open();
}

void CountPanel::addFoundItem() {
    if (!m_model || !m_model->isOpen() || m_foundDialog)
        return;
    const inventory::Inventory stock(m_store);
    auto* dialog = new QDialog(this);
    dialog->setObjectName(u"foundItemDialog"_s);
    dialog->setWindowTitle(tr("Add found item"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(dialog);
    auto* lead = new QLabel(tr("Stock on the shelf that the count did not list: scan or type the "
                               "item, say where it is and how many."),
                            dialog);
    lead->setWordWrap(true);
    layout->addWidget(lead);
    auto* form = new QFormLayout;
    auto* item = new QLineEdit(dialog);
    item->setObjectName(u"foundItem"_s);
    item->setPlaceholderText(tr("Scan, or type a name"));
    item->setMinimumWidth(340);
    QStringList names;
    QHash<QString, QString> idByName;
    for (const inventory::Item& i : stock.items()) {
        names << i.name;
        idByName.insert(i.name.toCaseFolded(), i.id);
    }
    auto* completer = new QCompleter(names, item);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    item->setCompleter(completer);
    form->addRow(tr("&Item:"), item);
    auto* where = new QComboBox(dialog);
    where->setObjectName(u"foundLocation"_s);
    const QString scope = m_model->count().locationId;
    for (const inventory::Location& location : stock.locations()) {
        if (scope.isEmpty() || location.id == scope)
            where->addItem(location.name, location.id);
    }
    form->addRow(tr("&Where:"), where);
    auto* lot = new QComboBox(dialog);
    lot->setObjectName(u"foundLot"_s);
    form->addRow(tr("&Use by:"), lot);
    auto* counted = new QLineEdit(dialog);
    counted->setObjectName(u"foundCounted"_s);
    counted->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[0-9]{1,8}"_s), counted));
    counted->setPlaceholderText(tr("how many"));
    form->addRow(tr("&Counted:"), counted);
    layout->addLayout(form);
    auto* error = new QLabel(dialog);
    error->setObjectName(u"foundError"_s);
    error->setWordWrap(true);
    error->setStyleSheet(Palette::textStyle(Palette::warning()));
    layout->addWidget(error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add to the count"));
    layout->addWidget(buttons);

    // The item as typed: a barcode, a whole name, or a part that only one item has.
    auto resolve = [this, idByName](const QString& typed) -> QString {
        const inventory::Inventory inv(m_store);
        const QString text = typed.trimmed();
        if (text.isEmpty())
            return {};
        if (const auto byCode = inv.itemByBarcode(text))
            return byCode->id;
        if (const QString id = idByName.value(text.toCaseFolded()); !id.isEmpty())
            return id;
        const auto found = inv.findItems(text, 2);
        return found.size() == 1 ? found.constFirst().id : QString();
    };
    auto fillLots = [this, resolve, item, lot] {
        lot->clear();
        const QString itemId = resolve(item->text());
        if (itemId.isEmpty())
            return;
        inventory::StockFilter filter;
        filter.itemId = itemId;
        filter.includeZero = true;
        QSet<QString> seen;
        for (const inventory::OnHand& line : inventory::Inventory(m_store).onHand(filter)) {
            if (line.lotId.isEmpty() || seen.contains(line.lotId))
                continue;
            seen.insert(line.lotId);
            lot->addItem(line.expiry ? QLocale().toString(*line.expiry, u"d MMM yyyy"_s)
                                     : tr("no date"),
                         line.lotId);
        }
        lot->addItem(tr("No date / not sure"), QString());
    };
    connect(item, &QLineEdit::textChanged, dialog, fillLots);
    connect(completer, qOverload<const QString&>(&QCompleter::activated), dialog, fillLots);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog,
            [this, dialog, resolve, item, where, lot, counted, error] {
                const QString itemId = resolve(item->text());
                if (itemId.isEmpty()) {
                    error->setText(item->text().trimmed().isEmpty()
                                       ? tr("Scan or type the item.")
                                       : tr("No single item matches \"%1\": type more of its "
                                            "name, or pick it from the list.")
                                             .arg(item->text().trimmed()));
                    item->setFocus();
                    return;
                }
                if (counted->text().isEmpty()) {
                    error->setText(tr("Type how many you found."));
                    counted->setFocus();
                    return;
                }
                auto added = inventory::Inventory(m_store).addCountLine(
                    m_model->countId(), itemId, where->currentData().toString(),
                    lot->currentData().toString(), counted->text().toLongLong());
                if (!added) {
                    error->setText(added.error().message + u' ' + added.error().hint);
                    return;
                }
                dialog->accept();
                setStatus(tr("Added to the count."), false);
            });
    connect(dialog, &QDialog::finished, this, [this] { window()->activateWindow(); });
    m_foundDialog = dialog;
    dialog->open();
}

CountSheet CountPanel::sheet() const {
    CountSheet::Options options;
    options.pantryName = m_store.siteName();
    options.date = Labels::today(m_store);
    options.blind = m_blind->isChecked();
    inventory::StockCount count = m_model ? m_model->count() : inventory::StockCount{};
    options.scope = scopeName(count.locationId);
    return CountSheet(count, options);
}

bool CountPanel::saveSheetPdf(const QString& path, QString* error) const {
    return sheet().writePdf(path, error);
}

void CountPanel::printSheet() {
    if (!m_model)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(CountSheet::defaultPageSize());
    printer.setDocName(tr("Count sheet"));
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Count sheet"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter* target) { sheet().paint(target); });
    preview.exec();
}

void CountPanel::saveSheetInteractively() {
    if (!m_model)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("count-sheet-%1.pdf").arg(Labels::today(m_store).toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the count sheet"), QDir(folder).filePath(name), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveSheetPdf(path, &error)) {
        setStatus(error, true);
        return;
    }
    setStatus(tr("Saved the count sheet as %1.").arg(QDir::toNativeSeparators(path)), false);
}

} // namespace larder::ui
