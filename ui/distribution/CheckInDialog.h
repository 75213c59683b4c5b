// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QLabel;
class QPushButton;
class QTableView;
class QUndoStack;

namespace larder {
class Store;
}

namespace larder::ui {

class CheckInModel;

// The "Outcomes" screen after a run: one row per stop in the order of the paper sheets (route by
// route, stop numbers as printed). Keyboard first: keys 1-5 set what happened at the current
// stop — the numbers of the sheet's tick boxes — and move to the next row; N or Tab edits the
// row's note; 0 or Delete clears the outcome; Ctrl+Z takes back the last change before saving.
// Nothing is written until Save, which records every changed row in one Runs::recordOutcomes
// call (delivered boxes leave stock from their packed lots, the others go back on the shelf).
// A refused save shows why under the table and keeps everything typed.
class CheckInDialog : public QDialog {
    Q_OBJECT

public:
    CheckInDialog(Store& store, const QString& runId, QWidget* parent = nullptr);
    ~CheckInDialog() override;

    QUndoStack* undoStack() const { return m_undo; }
    int rowCount() const;
    QString stopIdAt(int row) const;
    QString outcomeAt(int row) const; // as on screen, saved or not
    QString noteAt(int row) const;
    int recordedCount() const; // rows with an outcome on screen
    bool hasUnsavedChanges() const;
    QString counterText() const;
    QString messageText() const;

    // Records the changed rows; true when saved (or nothing to save).
    bool save();
    // Re-reads the run's stops, dropping unsaved changes.
    void reload();

    void reject() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setOutcome(int row, const QString& code, bool advance);
    void editNote(int row);
    void updateCounter();
    void showMessage(const QString& text, bool problem);

    Store& m_store;
    QString m_runId;
    CheckInModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QUndoStack* m_undo = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_counter = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace larder::ui
