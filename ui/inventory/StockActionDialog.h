// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/inventory/Inventory.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace larder {
class Store;
}

namespace larder::ui {

// The small dialog behind each "out" action on a stock row: give out (first expiry first out, for
// a walk-in visitor), throw away (with a reason and a note), move to another location, and return
// undelivered stock to its lot. It checks what is typed as it is typed — the quantity, what is
// there to take, the destination — says what is wrong under the fields, and enables its button
// only when the action can be done. The page does the action (as a StockUndoCommand, so it can be
// undone); if core still refuses, the reason shows here and the dialog stays open.
class StockActionDialog : public QDialog {
    Q_OBJECT

public:
    enum class Action { GiveOut, Dispose, Move, Return };

    struct Request {
        Action action = Action::GiveOut;
        QString itemId;
        QString itemName;
        QString unit;
        QString lotId;
        QString fromLocationId; // give out: empty = any location
        QString toLocationId;   // move, return
        qint64 quantity = 0;
        QString reason; // dispose: vocabulary::disposalReasons()
        QString note;
    };
    // Does the action; returns why it could not, or an empty string when it was done.
    using Submit = std::function<QString(const Request&)>;

    StockActionDialog(Store& store, Action action, const QString& itemId, const QString& lotId,
                      const QString& locationId, Submit submit, QWidget* parent = nullptr);

    Action action() const { return m_action; }
    QString message() const;
    bool isValid() const { return m_valid; }

    static QString title(Action action);

    void accept() override;

private:
    void validate();
    Request request() const;

    Store& m_store;
    Action m_action;
    Submit m_submit;
    inventory::Item m_item;
    QList<inventory::OnHand> m_bins;
    QLineEdit* m_quantity = nullptr;
    QComboBox* m_from = nullptr;
    QComboBox* m_to = nullptr;
    QComboBox* m_reason = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_ok = nullptr;
    bool m_valid = false;
    qint64 m_parsed = 0;
};

} // namespace larder::ui
