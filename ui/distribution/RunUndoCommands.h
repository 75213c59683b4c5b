#pragma once

#include "core/runs/Runs.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace larder::ui {

// Undo for the Distribution page. A command performs its change in redo() through core/runs and
// takes it back in undo() with the inverse call; views refresh from Store::changed, never from
// the command. A step that core refuses reports the message through `report`, marks the command
// obsolete (so QUndoStack drops it) and leaves the file as core left it.
using RunReport = std::function<void(const QString& error)>;

// A change described by two calls: `forward` does it (again), `backward` takes it back.
class RunCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(larder::ui::RunCommand)

public:
    using Step = std::function<Result<void>()>;
    RunCommand(const QString& text, Step forward, Step backward, RunReport report);
    void redo() override;
    void undo() override;
    // Whether the last redo() or undo() was refused.
    bool failed() const { return m_failed; }

private:
    void run(const Step& step);

    Step m_forward;
    Step m_backward;
    RunReport m_report;
    bool m_failed = false;
};

// A change to where stops are (plan, move, reorder, lock): undo restores the run's assignment from
// before, redo the assignment the first change produced, so redoing a plan gives the same routes.
class RunAssignmentCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(larder::ui::RunAssignmentCommand)

public:
    RunAssignmentCommand(runs::Runs& runs, const QString& runId, const QString& text,
                         std::function<Result<void>()> change, RunReport report);
    void redo() override;
    void undo() override;
    bool failed() const { return m_failed; }

private:
    runs::Runs& m_runs;
    QString m_runId;
    std::function<Result<void>()> m_change;
    RunReport m_report;
    runs::Assignment m_before;
    runs::Assignment m_after;
    bool m_done = false; // the change ran once; redo restores m_after from then on
    bool m_failed = false;
};

} // namespace larder::ui
