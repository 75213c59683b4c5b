#pragma once

#include "core/inventory/Inventory.h"
#include "core/storage/Result.h"

#include <QString>
#include <QUndoCommand>

#include <functional>
#include <memory>

namespace larder {
class Store;
}

namespace larder::ui {

// One stock change on the inventory page's undo stack (receive, give out, throw away, move,
// return). Pushing the command makes the change: its first redo() posts it through Inventory.
// undo() posts Inventory::reverse of what the latest redo posted, with `undoReason`; a redo after
// an undo posts the change again as new movements — the ledger only ever grows. When core refuses
// (on the first redo, or later because the stock changed meanwhile) the command keeps the error,
// reports it and marks itself obsolete, so QUndoStack drops it and nothing half-done remains.
class StockCommand : public QUndoCommand {
public:
    using Post = std::function<Result<inventory::Posted>()>;
    // After a successful redo: what the previous redo had posted (empty the first time) and
    // what this one posted. Lets the intake list follow an entry across undo and redo.
    using OnPosted =
        std::function<void(const inventory::Posted& previous, const inventory::Posted& now)>;
    using OnFailed = std::function<void(const Error& error)>;

    StockCommand(Store& store, const QString& text, Post post, QString undoReason,
                 OnPosted onPosted = {}, OnFailed onFailed = {});

    void redo() override;
    void undo() override;

    // The latest result: whether the last redo or undo worked, and what it posted.
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
    OnFailed m_onFailed;
    inventory::Posted m_current; // what the latest redo posted
    std::shared_ptr<Outcome> m_outcome;
};

} // namespace larder::ui
