// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Result.h"

#include <QString>
#include <QUndoCommand>

#include <functional>

namespace larder::ui {

// The base of every undo command in Larder: a change the person can take back, made through core
// in redo() and taken back in undo(). What every command does the same way is here: a step that
// core refuses (on the first redo, or later because the file changed meanwhile) keeps the error,
// marks the command obsolete — so QUndoStack drops it, and nothing half-done stays on the stack —
// and reports the error through the one callback the page gave. Views refresh from
// Store::changed, never from the command.
class UndoCommand : public QUndoCommand {
public:
    // Says why core refused a step (usually on the page's message line).
    using Report = std::function<void(const Error& error)>;

    explicit UndoCommand(const QString& text = {}, QUndoCommand* parent = nullptr);

    // The callback for a refused step; QUndoStack deletes an obsolete command at once, so a page
    // that wants to show something else for the steps after the first sets it again after push.
    void setReport(Report report) { m_report = std::move(report); }

    // Whether the last redo() or undo() was refused, and why.
    bool failed() const { return m_failed; }
    const Error& error() const { return m_error; }

protected:
    // Whether a step worked: true when `result` holds a value; otherwise refuse(its error).
    template <typename T> bool accept(const Result<T>& result) {
        if (result.ok()) {
            m_failed = false;
            return true;
        }
        refuse(result.error());
        return false;
    }
    // Core refused a step: keep the error, mark the command obsolete and report it.
    void refuse(const Error& error);

private:
    Report m_report;
    Error m_error;
    bool m_failed = false;
};

} // namespace larder::ui
