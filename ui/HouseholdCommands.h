#pragma once

#include "people/Households.h"

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

} // namespace larder::ui
