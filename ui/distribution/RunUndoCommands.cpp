#include "ui/distribution/RunUndoCommands.h"

namespace larder::ui {

RunCommand::RunCommand(const QString& text, Step forward, Step backward, RunReport report)
    : m_forward(std::move(forward))
    , m_backward(std::move(backward))
    , m_report(std::move(report)) {
    setText(text);
}

void RunCommand::redo() {
    run(m_forward);
}

void RunCommand::undo() {
    run(m_backward);
}

void RunCommand::run(const Step& step) {
    const Result<void> done = step();
    m_failed = !done.ok();
    if (m_failed) {
        setObsolete(true);
        if (m_report)
            m_report(done.error().message);
    }
}

RunAssignmentCommand::RunAssignmentCommand(runs::Runs& runs, const QString& runId,
                                           const QString& text,
                                           std::function<Result<void>()> change, RunReport report)
    : m_runs(runs)
    , m_runId(runId)
    , m_change(std::move(change))
    , m_report(std::move(report)) {
    setText(text);
}

void RunAssignmentCommand::redo() {
    Result<void> done;
    if (!m_done) {
        m_before = m_runs.assignment(m_runId);
        done = m_change();
        if (done.ok()) {
            m_after = m_runs.assignment(m_runId);
            m_done = true;
        }
    } else {
        done = m_runs.restore(m_runId, m_after);
    }
    m_failed = !done.ok();
    if (m_failed) {
        setObsolete(true);
        if (m_report)
            m_report(done.error().message);
    }
}

void RunAssignmentCommand::undo() {
    const Result<void> done = m_runs.restore(m_runId, m_before);
    m_failed = !done.ok();
    if (m_failed) {
        setObsolete(true);
        if (m_report)
            m_report(done.error().message);
    }
}

} // namespace larder::ui
