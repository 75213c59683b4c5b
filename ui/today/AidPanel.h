// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/requests/Requests.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QUndoStack;

namespace larder {
class Store;
}

namespace larder::ui {

// Aid that runs both ways, on the Today page: the open requests, most urgent then oldest; the
// matches Larder proposes between requests and offers, waiting for a coordinator to confirm;
// and the offers nobody has matched yet (then those matched, until they reach the pantry). New
// request (Alt+R) and New offer (Alt+O) enter them by keyboard; Confirm match (Alt+C), Close unmet
// (Alt+U) and Received (Alt+V) act on the chosen row. Every change is
// an undo command on the page's stack.
class AidPanel : public QWidget {
    Q_OBJECT

public:
    AidPanel(Store& store, QUndoStack* undo, QWidget* parent = nullptr);

    void refresh();
    // The actions behind the buttons, for tests and the keyboard: each returns whether it
    // changed anything (a dialog cancelled or a refusal shown returns false).
    bool newRequest();
    bool newOffer();
    bool confirmMatch(int row);
    bool closeUnmet(int row, const QString& reason);
    // The offer in `row` of the offers list reached the pantry (Received, Alt+V).
    bool receive(int row);

    int requestRows() const;
    int proposalRows() const;
    int offerRows() const;          // offers waiting: not matched, then matched
    int unmatchedOfferRows() const; // of those, the ones nobody has matched

private:
    void report(const Error& error);
    int currentRow(QTableView* view) const;

    Store& m_store;
    QUndoStack* m_undo;
    requests::Requests m_requests;
    QList<requests::Request> m_open;
    QList<requests::Proposal> m_proposals;
    QList<requests::Offer> m_waiting; // unmatched first, then matched, not yet received
    int m_unmatchedCount = 0;
    QStandardItemModel* m_openModel = nullptr;
    QStandardItemModel* m_proposalModel = nullptr;
    QStandardItemModel* m_offerModel = nullptr;
    QTableView* m_openView = nullptr;
    QTableView* m_proposalView = nullptr;
    QTableView* m_offerView = nullptr;
    QPushButton* m_confirm = nullptr;
    QPushButton* m_close = nullptr;
    QPushButton* m_receive = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace larder::ui
