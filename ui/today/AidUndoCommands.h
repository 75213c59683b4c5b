// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/requests/Requests.h"
#include "ui/common/UndoCommand.h"

namespace larder::ui {

// A request entered ("Undo new request: Diapers size 4, 2"): undo removes it, redo enters it
// again.
class AddRequestCommand : public UndoCommand {
public:
    AddRequestCommand(Store& store, const requests::Request& request);
    void redo() override;
    void undo() override;
    QString requestId() const { return m_id; }

private:
    requests::Requests m_requests;
    requests::Request m_request;
    QString m_id;
};

// An offer entered: undo removes it, redo enters it again.
class AddOfferCommand : public UndoCommand {
public:
    AddOfferCommand(Store& store, const requests::Offer& offer);
    void redo() override;
    void undo() override;

private:
    requests::Requests m_requests;
    requests::Offer m_offer;
    QString m_id;
};

// A coordinator's yes to an offer for a request: undo cancels the match.
class ConfirmMatchCommand : public UndoCommand {
public:
    ConfirmMatchCommand(Store& store, const requests::Proposal& proposal);
    void redo() override;
    void undo() override;

private:
    requests::Requests m_requests;
    QString m_requestId, m_offerId, m_matchId;
};

// An offer received at the pantry (into stock, for an item): undo reverses it.
class ReceiveOfferCommand : public UndoCommand {
public:
    ReceiveOfferCommand(Store& store, const requests::Offer& offer);
    void redo() override;
    void undo() override;

private:
    requests::Requests m_requests;
    QString m_id;
};

// A request closed unmet with its reason: undo opens it again.
class CloseRequestCommand : public UndoCommand {
public:
    CloseRequestCommand(Store& store, const requests::Request& request, const QString& reason);
    void redo() override;
    void undo() override;

private:
    requests::Requests m_requests;
    QString m_id, m_reason;
};

} // namespace larder::ui
