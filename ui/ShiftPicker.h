// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QWidget>

class QComboBox;
class QToolButton;

namespace larder {
class Store;
}

namespace larder::ui {

class PeopleModel;

// "Who is on shift": an editable list of the pantry's active people. Picking a name makes that
// person the store's actor, so every operation and ledger row records who did it; typing a new
// name and Enter adds them as a person (role "intake") and picks them. On a shared laptop the
// next volunteer must pick themself, so the picker always starts with nobody picked and remembers
// nobody between runs. Entirely usable from the keyboard (Alt+S focuses it).
class ShiftPicker : public QWidget {
    Q_OBJECT

public:
    explicit ShiftPicker(QWidget* parent = nullptr);

    // The store whose people are listed; nullptr empties the picker. Resets to nobody picked,
    // or to `keepPersonId` (the same store shown again after its lock changed: whoever was on
    // shift stays on shift). While the store's details are locked names cannot be read, so the
    // picker shows none and takes no new name, and says so.
    void setStore(Store* store, const QString& keepPersonId = {});

    QComboBox* comboBox() const { return m_combo; }
    QString currentPersonId() const { return m_personId; }
    QString currentName() const { return m_name; }

    // Picks an existing person; false if there is no active person with that id.
    bool choosePerson(const QString& personId);
    // Picks the person with this name, adding them first if there is none. Returns false (and
    // says why in errorText()) if the name is empty or the new person could not be saved.
    bool chooseOrAddName(const QString& name);
    // Nobody on shift: later changes are recorded without a person.
    void endShift();
    QString errorText() const { return m_error; }

Q_SIGNALS:
    // Emitted when the person on shift changes; an empty id means nobody.
    void actorChanged(const QString& personId, const QString& name);
    // Emitted when a typed name could not be saved; `message` says why and what to do.
    void failed(const QString& message);

private:
    void setActor(const QString& personId, const QString& name);
    void showCurrent();
    void onReturnPressed();

    Store* m_store = nullptr;
    PeopleModel* m_model = nullptr;
    QComboBox* m_combo = nullptr;
    QToolButton* m_endShift = nullptr;
    QString m_personId;
    QString m_name;
    QString m_error;
};

} // namespace larder::ui
