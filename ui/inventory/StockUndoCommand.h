// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/inventory/Inventory.h"
#include "core/storage/Result.h"
#include "ui/common/UndoCommand.h"

#include <QString>

#include <functional>
#include <memory>

namespace larder {
class Store;
}

namespace larder::ui {

// One stock change on the inventory page's undo stack (receive, give out, throw away, move,
// return). Pushing the command makes the change: its first redo() posts it through Inventory.
// undo() posts Inventory::reverse of what the latest redo posted, with `undoReason`; a redo after
// an undo posts the change again as new movements — the ledger only ever grows. A step core
// refuses (on the first redo, or later because the stock changed meanwhile) goes the way of
// every UndoCommand: kept, reported through `report`, and the command dropped as obsolete.
class StockUndoCommand : public UndoCommand {
public:
    using Post = std::function<Result<inventory::Posted>()>;
    // After a successful redo: what the previous redo had posted (empty the first time) and
    // what this one posted. Lets the intake list follow an entry across undo and redo.
    using OnPosted =
        std::function<void(const inventory::Posted& previous, const inventory::Posted& now)>;

    StockUndoCommand(Store& store, const QString& text, Post post, QString undoReason,
                     OnPosted onPosted = {}, Report report = {});

    void redo() override;
    void undo() override;

    // The latest result: whether the last redo or undo worked, and what it posted. Shared, so a
    // caller can read it after QUndoStack deleted the command (a refused first redo).
    struct Outcome {
        bool ok = true;
        Error error;
        inventory::Posted posted;
    };
    std::shared_ptr<const Outcome> outcome() const { return m_outcome; }

private:
    void fail(const Error& error);

    Store& m_store;
    Post m_post;
    QString m_undoReason;
    OnPosted m_onPosted;
    inventory::Posted m_current; // what the latest redo posted
    std::shared_ptr<Outcome> m_outcome;
};

} // namespace larder::ui
