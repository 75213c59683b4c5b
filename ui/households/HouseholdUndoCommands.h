// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/people/Households.h"
#include "core/people/People.h"
#include "ui/common/UndoCommand.h"

#include <QCoreApplication>

#include <functional>

namespace larder::ui {

// Undo for household entry: each command writes through people::Households or people::People
// (one Store::write per step) and the views refresh from the index's change signal, never from the
// command. A write that is refused (the household was merged or deleted meanwhile) goes the way of
// every UndoCommand: reported, the command dropped, the file left as it was.

// What the household and person commands share: after each step that worked, `written` gets the
// id it wrote (empty after a removal), so the page can show that record. A page cannot ask the
// command afterwards: QUndoStack deletes an obsolete command at once.
class PeopleUndoCommand : public UndoCommand {
public:
    using Written = std::function<void(const QString& id)>;
    using UndoCommand::UndoCommand;

    // Both callbacks at once: the page gives one pair for the first redo (run by push) and another
    // for the steps after it.
    void setCallbacks(Report report, Written written) {
        setReport(std::move(report));
        m_written = std::move(written);
    }

protected:
    // A step worked and wrote the record `id` (empty: it removed one).
    void wrote(const QString& id) {
        if (m_written)
            m_written(id);
    }
    // A step's result: wrote(id) when it worked, otherwise refused (see UndoCommand::accept).
    template <typename T> bool wrote(const Result<T>& result, const QString& id) {
        if (!accept(result))
            return false;
        wrote(id);
        return true;
    }

private:
    Written m_written;
};

// A change to one household: redo writes `after`, undo writes `before` back.
class HouseholdEditUndoCommand : public PeopleUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(larder::ui::HouseholdEditUndoCommand)

public:
    HouseholdEditUndoCommand(people::Households& households, people::Household before,
                             people::Household after, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void write(const people::Household& household);

    people::Households& m_households;
    people::Household m_before;
    people::Household m_after;
};

// A new household: redo adds it, undo deletes it again (the delete travels through sync).
class HouseholdAddUndoCommand : public PeopleUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(larder::ui::HouseholdAddUndoCommand)

public:
    HouseholdAddUndoCommand(people::Households& households, people::Household household,
                            QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    people::Households& m_households;
    people::Household m_household;
};

// Merging one household into another: redo merges, undo takes the merge back
// (people::Households::unmerge): the kept record's old values, the other record again with its
// old values and references — under a new id, which the next redo merges.
class HouseholdMergeUndoCommand : public PeopleUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(larder::ui::HouseholdMergeUndoCommand)

public:
    HouseholdMergeUndoCommand(people::Households& households, QString keepId, QString otherId,
                              QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    // What the last redo did (fields filled, references moved).
    const people::MergeReport& lastMerge() const { return m_merge; }

private:
    people::Households& m_households;
    QString m_keepId;
    QString m_otherId; // changes at each undo: the re-created record
    people::MergeReport m_merge;
};

// A change to one person, their household link included: redo writes `after`, undo `before`.
class PersonEditUndoCommand : public PeopleUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(larder::ui::PersonEditUndoCommand)

public:
    PersonEditUndoCommand(people::People& people, people::Person before, people::Person after,
                          QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void write(const people::Person& person);

    people::People& m_people;
    people::Person m_before;
    people::Person m_after;
};

// A new person (redo adds, undo removes), or a removal (redo removes, undo adds them again with
// their old values — under a new id, since a removed id never comes back).
class PersonPresenceUndoCommand : public PeopleUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(larder::ui::PersonPresenceUndoCommand)

public:
    enum class Kind { Add, Remove };
    PersonPresenceUndoCommand(people::People& people, people::Person person, Kind kind,
                              QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void add();
    void remove();

    people::People& m_people;
    people::Person m_person;
    Kind m_kind;
};

} // namespace larder::ui
