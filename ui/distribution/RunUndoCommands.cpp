// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/distribution/RunUndoCommands.h"

namespace larder::ui {

RunUndoCommand::RunUndoCommand(const QString& text, Step forward, Step backward, Report report)
    : UndoCommand(text)
    , m_forward(std::move(forward))
    , m_backward(std::move(backward)) {
    setReport(std::move(report));
}

void RunUndoCommand::redo() {
    accept(m_forward());
}

void RunUndoCommand::undo() {
    accept(m_backward());
}

RunAssignmentUndoCommand::RunAssignmentUndoCommand(runs::Runs& runs, const QString& runId,
                                                   const QString& text,
                                                   std::function<Result<void>()> change,
                                                   Report report)
    : UndoCommand(text)
    , m_runs(runs)
    , m_runId(runId)
    , m_change(std::move(change)) {
    setReport(std::move(report));
}

void RunAssignmentUndoCommand::redo() {
    if (m_done) {
        accept(m_runs.restore(m_runId, m_after));
        return;
    }
    m_before = m_runs.assignment(m_runId);
    if (accept(m_change())) {
        m_after = m_runs.assignment(m_runId);
        m_done = true;
    }
}

void RunAssignmentUndoCommand::undo() {
    accept(m_runs.restore(m_runId, m_before));
}

} // namespace larder::ui
