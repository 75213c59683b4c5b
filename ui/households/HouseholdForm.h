// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/people/Households.h"
#include "ui/households/HouseholdUndoCommands.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QUndoStack;

namespace larder::people {
class HouseholdIndex;
}

namespace larder::ui {

class ScanGuard;

// The detail form of one household, shown beside the list. It checks what is typed at every
// keystroke (people::Households::validate and the field parsers) and puts each message next to
// its field. A household on file is saved as soon as a field is left with a valid form, as one
// undoable step on the page's QUndoStack; a new one is added with "Add household" (or Enter).
// It warns when the household looks like one already on file and offers to open or merge it.
// There is no field for legal ID, immigration status, income, date of birth or photos, by design.
class HouseholdForm : public QWidget {
    Q_OBJECT

public:
    HouseholdForm(Store& store, people::Households& households, people::HouseholdIndex& index,
                  QUndoStack& undoStack, QWidget* parent = nullptr);

    // Stops saving on focus changes: the owner is going away (focus leaves the fields as the
    // window closes, after the objects the form writes through are gone).
    void detach() { m_detached = true; }

    // Shows the household with this id (empty: a blank form for a new household).
    void showHousehold(const QString& id);
    void startNew();
    QString currentId() const { return m_id; }
    bool isNew() const { return m_id.isEmpty(); }
    // Reads the shown household again from the file (after an undo or a change elsewhere).
    void reload();

    // What the form holds now, and whether it can be saved (no message showing).
    people::Household household() const;
    bool isValid() const;
    // Saves now: adds a new household or writes the changes of one on file. False, with the
    // messages showing, when something must be fixed first.
    bool save();
    // Merges the look-alike household shown in the warning into the one on the form.
    bool mergeDuplicate();

    // The name field, where the page puts the keyboard.
    QLineEdit* nameEdit() const { return m_name; }
    // What the household asked for and has not received, and "Add a request…" (Alt+Q), which
    // opens the request dialog with the household filled in; the request is one undo step.
    bool addRequest();
    QString duplicateId() const { return m_duplicateId; }

Q_SIGNALS:
    // A household was added or changed from this form.
    void saved(const QString& id);
    // The person asked to see another household (a look-alike).
    void openRequested(const QString& id);
    void closeRequested();

private:
    QLabel* addMessage(const QString& field);
    QLineEdit* addLine(const QString& label, const QString& field, const QString& placeholder);
    void fill(const people::Household& household);
    void check();
    void fieldDone();
    void updateDuplicates(const people::Household& household);
    // Gives the command just pushed the callbacks for the steps after its first.
    void laterSteps();
    void fillRequests();

    Store& m_store;
    people::Households& m_households;
    people::HouseholdIndex& m_index;
    QUndoStack& m_undo;
    QString m_id;
    people::Household m_stored; // as on file when shown (or the defaults for a new one)
    bool m_loading = false;
    bool m_touched = false;  // something was typed since the form was filled
    bool m_detached = false; // being destroyed: focus leaving a field must not save
    QString m_duplicateId;

    QFormLayout* m_form = nullptr;
    QLabel* m_heading = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_street = nullptr;
    QLineEdit* m_unit = nullptr;
    QLineEdit* m_city = nullptr;
    QLineEdit* m_postal = nullptr;
    QLineEdit* m_meeting = nullptr;
    QLineEdit* m_coordinates = nullptr;
    QSpinBox* m_adults = nullptr;
    QSpinBox* m_children = nullptr;
    QSpinBox* m_seniors = nullptr;
    QList<QCheckBox*> m_tags;
    QLineEdit* m_allergies = nullptr;
    QLineEdit* m_languages = nullptr;
    QLineEdit* m_notes = nullptr;
    QLineEdit* m_access = nullptr;
    QLineEdit* m_phone = nullptr;
    QCheckBox* m_mayCall = nullptr;
    QCheckBox* m_mayText = nullptr;
    QCheckBox* m_mayLeave = nullptr;
    QComboBox* m_schedule = nullptr;
    QComboBox* m_weekday = nullptr;
    QLineEdit* m_window = nullptr;
    QComboBox* m_status = nullptr;
    QLabel* m_members = nullptr;
    QLabel* m_requests = nullptr;
    QPushButton* m_addRequest = nullptr;
    QWidget* m_duplicateBox = nullptr;
    QLabel* m_duplicate = nullptr;
    QPushButton* m_openDuplicate = nullptr;
    QPushButton* m_merge = nullptr;
    ScanGuard* m_scanGuard = nullptr;
    QLabel* m_state = nullptr;
    QPushButton* m_add = nullptr;
    QHash<QString, QLabel*> m_messages;
    QHash<QString, QString> m_parseErrors; // field -> message, from the field parsers
};

} // namespace larder::ui
