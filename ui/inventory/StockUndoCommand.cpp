// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inventory/StockUndoCommand.h"

namespace larder::ui {

StockUndoCommand::StockUndoCommand(Store& store, const QString& text, Post post, QString undoReason,
                                   OnPosted onPosted, Report report)
    : UndoCommand(text)
    , m_store(store)
    , m_post(std::move(post))
    , m_undoReason(std::move(undoReason))
    , m_onPosted(std::move(onPosted))
    , m_outcome(std::make_shared<Outcome>()) {
    setReport(std::move(report));
}

void StockUndoCommand::redo() {
    auto result = m_post();
    if (!result) {
        fail(result.error());
        return;
    }
    const inventory::Posted previous = m_current;
    m_current = std::move(result).value();
    *m_outcome = {true, {}, m_current};
    if (m_onPosted)
        m_onPosted(previous, m_current);
}

void StockUndoCommand::undo() {
    if (m_current.movementIds.isEmpty()) {
        setObsolete(true);
        return;
    }
    // The whole action: a move's two rows, every lot a give-out took from.
    auto result = inventory::Inventory(m_store).reverse(m_current.movementIds.constFirst(),
                                                        m_undoReason, true);
    if (!result) {
        fail(result.error());
        return;
    }
    *m_outcome = {true, {}, result.value()};
}

void StockUndoCommand::fail(const Error& error) {
    *m_outcome = {false, error, {}};
    refuse(error);
}

} // namespace larder::ui
