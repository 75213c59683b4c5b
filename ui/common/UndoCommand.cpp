// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/UndoCommand.h"

namespace larder::ui {

UndoCommand::UndoCommand(const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent) {}

void UndoCommand::refuse(const Error& error) {
    m_error = error;
    m_failed = true;
    setObsolete(true);
    if (m_report)
        m_report(error);
}

} // namespace larder::ui
