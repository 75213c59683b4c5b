// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/today/AidUndoCommands.h"

#include <QCoreApplication>

namespace larder::ui {

namespace {

struct AidTr {
    Q_DECLARE_TR_FUNCTIONS(larder::ui::AidUndoCommands)
};

} // namespace

AddRequestCommand::AddRequestCommand(Store& store, const requests::Request& request)
    : UndoCommand(AidTr::tr("new request"))
    , m_requests(store)
    , m_request(request) {}

void AddRequestCommand::redo() {
    const auto added = m_requests.add(m_request);
    if (accept(added)) {
        m_id = added.value();
        if (const auto saved = m_requests.request(m_id))
            setText(AidTr::tr("new request: %1").arg(saved->whatWithQuantity()));
    }
}

void AddRequestCommand::undo() {
    accept(m_requests.remove(m_id));
}

AddOfferCommand::AddOfferCommand(Store& store, const requests::Offer& offer)
    : UndoCommand(AidTr::tr("new offer"))
    , m_requests(store)
    , m_offer(offer) {}

void AddOfferCommand::redo() {
    const auto added = m_requests.addOffer(m_offer);
    if (accept(added)) {
        m_id = added.value();
        if (const auto saved = m_requests.offer(m_id))
            setText(AidTr::tr("new offer: %1").arg(saved->whatWithQuantity()));
    }
}

void AddOfferCommand::undo() {
    accept(m_requests.removeOffer(m_id));
}

ConfirmMatchCommand::ConfirmMatchCommand(Store& store, const requests::Proposal& proposal)
    : UndoCommand(AidTr::tr("match %1 for %2")
                      .arg(proposal.offer.whatWithQuantity(), proposal.request.whoName))
    , m_requests(store)
    , m_requestId(proposal.request.id)
    , m_offerId(proposal.offer.id) {}

void ConfirmMatchCommand::redo() {
    const auto confirmed = m_requests.confirm(m_requestId, m_offerId);
    if (accept(confirmed))
        m_matchId = confirmed.value();
}

void ConfirmMatchCommand::undo() {
    accept(m_requests.cancelMatch(m_matchId));
}

ReceiveOfferCommand::ReceiveOfferCommand(Store& store, const requests::Offer& offer)
    : UndoCommand(AidTr::tr("receive %1").arg(offer.whatWithQuantity()))
    , m_requests(store)
    , m_id(offer.id) {}

void ReceiveOfferCommand::redo() {
    accept(m_requests.receiveOffer(m_id));
}

void ReceiveOfferCommand::undo() {
    accept(m_requests.unreceiveOffer(m_id));
}

CloseRequestCommand::CloseRequestCommand(Store& store, const requests::Request& request,
                                         const QString& reason)
    : UndoCommand(AidTr::tr("close request unmet: %1").arg(request.whatWithQuantity()))
    , m_requests(store)
    , m_id(request.id)
    , m_reason(reason) {}

void CloseRequestCommand::redo() {
    accept(m_requests.closeUnmet(m_id, m_reason));
}

void CloseRequestCommand::undo() {
    accept(m_requests.reopen(m_id));
}

} // namespace larder::ui
