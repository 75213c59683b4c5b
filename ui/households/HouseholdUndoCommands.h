#pragma once

#include "core/people/Households.h"
#include "core/people/People.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace larder::ui {

// Undo for household entry: each command writes through people::Households (one Store::write
// per step) and the views refresh from the index's change signal, never from the command.
// A command whose write is refused (the household was merged or deleted meanwhile) reports the
// error through its Report callback, marks itself obsolete and leaves the file as it was. The
// callback also gives the id written, since QUndoStack deletes an obsolete command at once.
using HouseholdReport = std::function<void(const QString& id, const QString& error)>;

// A change to one household: redo writes `after`, undo writes `before` back.
class HouseholdEditCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(larder::ui::HouseholdEditCommand)

public:
    HouseholdEditCommand(people::Households& households, people::Household before,
                         people::Household after, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    void setReport(HouseholdReport report) { m_report = std::move(report); }

private:
    void write(const people::Household& household);

    people::Households& m_households;
    people::Household m_before;
    people::Household m_after;
    HouseholdReport m_report;
};

// A new household: redo adds it, undo deletes it again (the delete travels through sync).
class HouseholdAddCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(larder::ui::HouseholdAddCommand)

public:
    HouseholdAddCommand(people::Households& households, people::Household household,
                        QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    void setReport(HouseholdReport report) { m_report = std::move(report); }

private:
    people::Households& m_households;
    people::Household m_household;
    HouseholdReport m_report;
};

// Merging one household into another: redo merges, undo takes the merge back
// (people::Households::unmerge): the kept record's old values, the other record again with its
// old values and references — under a new id, which the next redo merges.
class HouseholdMergeCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(larder::ui::HouseholdMergeCommand)

public:
    HouseholdMergeCommand(people::Households& households, QString keepId, QString otherId,
                          QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    void setReport(HouseholdReport report) { m_report = std::move(report); }
    // What the last redo did (fields filled, references moved).
    const people::MergeReport& lastMerge() const { return m_merge; }

private:
    people::Households& m_households;
    QString m_keepId;
    QString m_otherId; // changes at each undo: the re-created record
    people::MergeReport m_merge;
    HouseholdReport m_report;
};

// A change to one person, their household link included: redo writes `after`, undo `before`.
class PersonEditCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(larder::ui::PersonEditCommand)

public:
    PersonEditCommand(people::People& people, people::Person before, people::Person after,
                      QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    void setReport(HouseholdReport report) { m_report = std::move(report); }

private:
    void write(const people::Person& person);

    people::People& m_people;
    people::Person m_before;
    people::Person m_after;
    HouseholdReport m_report;
};

// A new person (redo adds, undo removes), or a removal (redo removes, undo adds them again with
// their old values — under a new id, since a removed id never comes back).
class PersonPresenceCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(larder::ui::PersonPresenceCommand)

public:
    enum class Kind { Add, Remove };
    PersonPresenceCommand(people::People& people, people::Person person, Kind kind,
                          QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    void setReport(HouseholdReport report) { m_report = std::move(report); }

private:
    void add();
    void remove();

    people::People& m_people;
    people::Person m_person;
    Kind m_kind;
    HouseholdReport m_report;
};

} // namespace larder::ui
