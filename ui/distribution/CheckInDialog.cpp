// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/distribution/CheckInDialog.h"

#include "core/runs/Outcomes.h"
#include "core/runs/Runs.h"
#include "core/storage/Store.h"
#include "ui/common/Page.h"
#include "ui/common/Palette.h"
#include "ui/distribution/CheckInModel.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>
#include <functional>

using namespace Qt::StringLiterals;

namespace larder::ui {

namespace {

// One change on the check-in screen before saving: a row's outcome and note, before and after.
class RowEditCommand : public QUndoCommand {
public:
    RowEditCommand(CheckInModel* model, QTableView* view, int row, QString outcome, QString note,
                   std::function<void()> changed)
        : m_model(model)
        , m_view(view)
        , m_row(row)
        , m_beforeOutcome(model->line(row).outcome)
        , m_beforeNote(model->line(row).note)
        , m_afterOutcome(std::move(outcome))
        , m_afterNote(std::move(note))
        , m_changed(std::move(changed)) {
        setText(QCoreApplication::translate("larder::ui::CheckInDialog", "stop %1")
                    .arg(model->line(row).name));
    }
    void redo() override { apply(m_afterOutcome, m_afterNote); }
    void undo() override {
        apply(m_beforeOutcome, m_beforeNote);
        // Back to the row that changed, so the next key press redoes it right there.
        m_view->setCurrentIndex(m_model->index(m_row, CheckInModel::Outcome));
    }

private:
    void apply(const QString& outcome, const QString& note) {
        m_model->setValues(m_row, outcome, note);
        m_changed();
    }
    CheckInModel* m_model;
    QTableView* m_view;
    int m_row;
    QString m_beforeOutcome, m_beforeNote, m_afterOutcome, m_afterNote;
    std::function<void()> m_changed;
};

} // namespace

CheckInDialog::CheckInDialog(Store& store, const QString& runId, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_runId(runId) {
    setWindowTitle(tr("Outcomes"));
    setObjectName(u"checkInDialog"_s);
    m_undo = new QUndoStack(this);
    m_model = new CheckInModel(this);
    m_model->onNoteEdited = [this](int row, const QString& note) {
        m_undo->push(new RowEditCommand(m_model, m_view, row, m_model->line(row).outcome, note,
                                        [this] { updateCounter(); }));
    };

    auto* layout = new QVBoxLayout(this);
    m_title = headingLabel({}, 1.3, this);
    layout->addWidget(m_title);

    auto* how = new QLabel(
        tr("Copy the ticks from the route sheets, sheet by sheet, in the order printed. "
           "On a row press <b>1</b> Delivered, <b>2</b> Left at door, <b>3</b> Not home, "
           "<b>4</b> Wrong address or <b>5</b> Declined — the numbers of the sheet's boxes — "
           "and the next stop is chosen. <b>N</b> or <b>Tab</b> writes a note, <b>0</b> clears "
           "a row, <b>Ctrl+Z</b> takes back the last change. Nothing is kept until you press "
           "Save."),
        this);
    how->setWordWrap(true);
    how->setTextFormat(Qt::RichText);
    layout->addWidget(how);

    m_view = new QTableView(this);
    m_view->setObjectName(u"checkInView"_s);
    m_view->setAccessibleName(tr("Outcomes"));
    m_view->setAccessibleDescription(
        tr("Every stop of the run in the route sheets' order: press 1 to 5 on a row to record "
           "what happened there, N to write a note."));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setTabKeyNavigation(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    QHeaderView* header = m_view->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CheckInModel::Address, QHeaderView::Stretch);
    header->setSectionResizeMode(CheckInModel::Note, QHeaderView::Stretch);
    m_view->installEventFilter(this);
    layout->addWidget(m_view, 1);

    m_counter = new QLabel(this);
    m_counter->setObjectName(u"checkInCounter"_s);
    QFont counterFont = m_counter->font();
    counterFont.setBold(true);
    m_counter->setFont(counterFont);
    layout->addWidget(m_counter);

    m_message = new QLabel(this);
    m_message->setObjectName(u"checkInMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("Save outcomes"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(u"saveOutcomes"_s);
    m_save->setAutoDefault(false);
    m_save->setToolTip(tr("Save the outcomes recorded here (Ctrl+S); the run closes when every "
                          "stop has one."));
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    close->setAutoDefault(false);
    close->setToolTip(tr("Close this window; outcomes not saved yet are offered for saving "
                         "first."));
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(close, &QPushButton::clicked, this, &CheckInDialog::reject);
    layout->addWidget(buttons);

    auto* undo = m_undo->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WindowShortcut);
    addAction(undo);
    auto* redo = m_undo->createRedoAction(this, tr("Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setShortcutContext(Qt::WindowShortcut);
    addAction(redo);
    auto* saveAction = new QAction(this);
    saveAction->setShortcut(QKeySequence::Save);
    connect(saveAction, &QAction::triggered, this, [this] { save(); });
    addAction(saveAction);

    resize(1000, 640);
    reload();
}

CheckInDialog::~CheckInDialog() = default;

void CheckInDialog::reload() {
    runs::Runs runs(m_store);
    const std::optional<runs::Run> run = runs.run(m_runId);
    if (!run) {
        m_title->setText(tr("Outcomes"));
        m_model->setLines({});
        showMessage(tr("This run is no longer in the file (deleted, perhaps on another laptop). "
                       "Close this window and choose the run again."),
                    true);
        updateCounter();
        return;
    }
    const QString day = QLocale().toString(run->date, QLocale::LongFormat);
    m_title->setText(run->name.isEmpty() ? tr("Outcomes of %1").arg(day)
                                         : tr("Outcomes of %1 (%2)").arg(day, run->name));

    QHash<QString, runs::RunDriver> drivers;
    for (const runs::RunDriver& driver : runs.drivers(m_runId))
        drivers.insert(driver.id, driver);
    QList<CheckInModel::Line> lines;
    for (const runs::RunStop& stop : runs.stops(m_runId)) {
        CheckInModel::Line line;
        line.stopId = stop.id;
        const auto driver = drivers.constFind(stop.driverId);
        if (!stop.driverId.isEmpty() && driver != drivers.cend()) {
            line.routeNo = driver->routeNo;
            line.driverName = driver->personName;
            line.position = stop.position;
        }
        line.name = stop.name;
        line.address = stop.address;
        line.boxes = stop.boxes;
        line.savedOutcome = line.outcome = stop.outcome;
        line.savedNote = line.note = stop.outcomeNote;
        lines.append(line);
    }
    // The sheets' order: route by route, stops as numbered; stops on no route last.
    std::stable_sort(lines.begin(), lines.end(), [](const auto& a, const auto& b) {
        const int routeA = a.routeNo == 0 ? INT_MAX : a.routeNo;
        const int routeB = b.routeNo == 0 ? INT_MAX : b.routeNo;
        return routeA != routeB ? routeA < routeB : a.position < b.position;
    });
    m_model->setLines(lines);
    m_undo->clear();
    updateCounter();
    // Start at the first stop still without an outcome.
    int first = 0;
    while (first < lines.size() && !lines.at(first).outcome.isEmpty())
        ++first;
    if (!lines.isEmpty())
        m_view->setCurrentIndex(
            m_model->index(first < lines.size() ? first : 0, CheckInModel::Outcome));
    m_view->setFocus();
    if (lines.isEmpty())
        showMessage(tr("This run has no stops, so there is nothing to record."), false);
}

int CheckInDialog::rowCount() const {
    return m_model->rowCount();
}

QString CheckInDialog::stopIdAt(int row) const {
    return m_model->line(row).stopId;
}

QString CheckInDialog::outcomeAt(int row) const {
    return m_model->line(row).outcome;
}

QString CheckInDialog::noteAt(int row) const {
    return m_model->line(row).note;
}

int CheckInDialog::recordedCount() const {
    int count = 0;
    for (const auto& line : m_model->lines())
        count += line.outcome.isEmpty() ? 0 : 1;
    return count;
}

bool CheckInDialog::hasUnsavedChanges() const {
    for (const auto& line : m_model->lines())
        if (line.changed())
            return true;
    return false;
}

QString CheckInDialog::counterText() const {
    return m_counter->text();
}

QString CheckInDialog::messageText() const {
    return m_message->isHidden() ? QString() : m_message->text();
}

void CheckInDialog::updateCounter() {
    int unsaved = 0;
    for (const auto& line : m_model->lines())
        unsaved += line.changed() ? 1 : 0;
    QString text = tr("%1 of %n recorded", "", m_model->rowCount()).arg(recordedCount());
    if (unsaved > 0)
        text += u" · "_s + tr("%n not saved yet", "", unsaved);
    m_counter->setText(text);
    m_save->setEnabled(unsaved > 0);
}

void CheckInDialog::showMessage(const QString& text, bool problem) {
    m_message->setText(text);
    m_message->setStyleSheet(Palette::textStyle(problem ? Palette::warning() : Palette::ok()));
    m_message->setVisible(!text.isEmpty());
}

void CheckInDialog::setOutcome(int row, const QString& code, bool advance) {
    if (row < 0 || row >= m_model->rowCount())
        return;
    if (m_model->line(row).outcome != code)
        m_undo->push(new RowEditCommand(m_model, m_view, row, code, m_model->line(row).note,
                                        [this] { updateCounter(); }));
    if (advance && row + 1 < m_model->rowCount())
        m_view->setCurrentIndex(m_model->index(row + 1, CheckInModel::Outcome));
}

void CheckInDialog::editNote(int row) {
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row, CheckInModel::Note);
    m_view->setCurrentIndex(index);
    m_view->edit(index);
}

bool CheckInDialog::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const int row = m_view->currentIndex().row();
        const Qt::KeyboardModifiers modifiers =
            key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
        if (modifiers == Qt::NoModifier && row >= 0) {
            const int number = key->key() - Qt::Key_0;
            if (number >= 1 && number <= 5) {
                setOutcome(row, runs::outcome::all().at(number - 1), true);
                return true;
            }
            if (key->key() == Qt::Key_0 || key->key() == Qt::Key_Delete ||
                key->key() == Qt::Key_Backspace) {
                setOutcome(row, QString(), false);
                return true;
            }
            if (key->key() == Qt::Key_N || key->key() == Qt::Key_Tab) {
                editNote(row);
                return true;
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

bool CheckInDialog::save() {
    QList<runs::OutcomeEntry> entries;
    for (const auto& line : m_model->lines())
        if (line.changed())
            entries.append({line.stopId, line.outcome, line.note});
    if (entries.isEmpty()) {
        showMessage(tr("Nothing has changed since the last save."), false);
        return true;
    }
    runs::Runs runs(m_store);
    const Result<void> saved = runs.recordOutcomes(entries);
    if (!saved) {
        // Everything typed stays on screen; the person can fix the cause and save again.
        showMessage(tr("Nothing was saved: %1").arg(saved.error().toString()), true);
        return false;
    }
    m_model->markSaved();
    m_undo->clear();
    updateCounter();
    const int missing = m_model->rowCount() - recordedCount();
    const std::optional<runs::Run> run = runs.run(m_runId);
    if (run && run->status == runs::status::Closed)
        showMessage(tr("Saved. Every stop has an outcome, so the run is closed: delivered boxes "
                       "have left stock and the others are back on the shelf."),
                    false);
    else
        showMessage(tr("Saved. The run closes when every stop has an outcome; still to record: %1.")
                        .arg(missing),
                    false);
    return true;
}

void CheckInDialog::reject() {
    if (hasUnsavedChanges() && isVisible()) {
        const auto answer = QMessageBox::question(
            this, tr("Outcomes not saved"),
            tr("Some outcomes are not saved yet. Save them before closing?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save && !save())
            return;
    }
    QDialog::reject();
}

} // namespace larder::ui
