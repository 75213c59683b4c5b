// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/runs/Runs.h"
#include "ui/common/UndoCommand.h"

#include <functional>

namespace larder::ui {

// Undo for the Distribution page. A command performs its change in redo() through core/runs and
// takes it back in undo() with the inverse call. A step that core refuses goes the way of every
// UndoCommand (reported through `report`, the command dropped) and leaves the file as core left
// it.

// A change described by two calls: `forward` does it (again), `backward` takes it back.
class RunUndoCommand : public UndoCommand {
public:
    using Step = std::function<Result<void>()>;
    RunUndoCommand(const QString& text, Step forward, Step backward, Report report);
    void redo() override;
    void undo() override;

private:
    Step m_forward;
    Step m_backward;
};

// A change to where stops are (plan, move, reorder, lock): undo restores the run's assignment from
// before, redo the assignment the first change produced, so redoing a plan gives the same routes.
class RunAssignmentUndoCommand : public UndoCommand {
public:
    RunAssignmentUndoCommand(runs::Runs& runs, const QString& runId, const QString& text,
                             std::function<Result<void>()> change, Report report);
    void redo() override;
    void undo() override;

private:
    runs::Runs& m_runs;
    QString m_runId;
    std::function<Result<void>()> m_change;
    runs::Assignment m_before;
    runs::Assignment m_after;
    bool m_done = false; // the change ran once; redo restores m_after from then on
};

} // namespace larder::ui
