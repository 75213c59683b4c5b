// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/people/People.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QStandardItemModel;
class QTableView;
class QUndoStack;

namespace larder {
class Store;
}
namespace larder::people {
class HouseholdIndex;
}

namespace larder::ui {

class PeopleTableModel;
class PeopleUndoCommand;

// The volunteers and drivers: a list that filters as you type and a form beside it (display
// name, phone, roles, vehicle capacity, languages, start point, usual days, and the household
// they belong to, if any — everyone can give and receive). Like the household form, a person on
// file is saved as soon as a field is left with valid values; a new one with "Add person".
class PeoplePanel : public QWidget {
    Q_OBJECT

public:
    PeoplePanel(Store& store, people::HouseholdIndex& index, QWidget* parent = nullptr);
    ~PeoplePanel() override;
    // Stops saving on focus changes (see HouseholdForm::detach).
    void detach() { m_detached = true; }

    void showPerson(const QString& id); // empty: a new person
    QString currentId() const { return m_id; }
    people::Person person() const;
    bool save();
    // Links the shown person to a household (empty: unlinks).
    bool linkHousehold(const QString& householdId);
    // Removes the shown person (their routes stay, without them).
    bool removePerson();
    // Adds, changes, links and removals become commands on this stack (Ctrl+Z undoes them);
    // without one they are written directly.
    void setUndoStack(QUndoStack* stack) { m_undo = stack; }

private:
    void check();
    // Pushes a command (or, without a stack, runs it once); false with the message shown when
    // its write was refused. Later undo and redo steps report on the panel.
    bool run(PeopleUndoCommand* command, QString* writtenId = nullptr);
    void fieldDone();
    void updateHouseholdMatches(const QString& text);

    Store& m_store;
    people::People m_people;
    people::HouseholdIndex& m_index;
    QString m_id;
    people::Person m_stored;
    bool m_loading = false;
    bool m_touched = false;  // something was typed since the form was filled
    bool m_detached = false; // being destroyed: focus leaving a field must not save

    PeopleTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_heading = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_phone = nullptr;
    QList<QCheckBox*> m_roles;
    QSpinBox* m_capacity = nullptr;
    QLineEdit* m_languages = nullptr;
    QLineEdit* m_start = nullptr;
    QList<QCheckBox*> m_days;
    QLineEdit* m_household = nullptr;
    QStandardItemModel* m_householdMatches = nullptr;
    QPushButton* m_unlink = nullptr;
    QCheckBox* m_active = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_state = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QUndoStack* m_undo = nullptr;
};

} // namespace larder::ui
