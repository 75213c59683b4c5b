// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/today/AidPanel.h"

#include "core/storage/Store.h"
#include "ui/common/Labels.h"
#include "ui/common/Palette.h"
#include "ui/today/AidEntryDialog.h"
#include "ui/today/AidUndoCommands.h"
#include "ui/today/TodayLists.h"

#include <QBrush>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace larder::ui {

namespace {

QStandardItem* cell(const QString& text, const QString& tip = {}) {
    auto* item = new QStandardItem(text);
    item->setToolTip(tip.isEmpty() ? text : tip);
    return item;
}

QString whoAndWhat(const QString& who, const QString& what) {
    return who.isEmpty() ? what : AidPanel::tr("%1: %2", "who: what").arg(who, what);
}

} // namespace

AidPanel::AidPanel(Store& store, QUndoStack* undo, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_undo(undo)
    , m_requests(store) {
    setObjectName(u"aidPanel"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* buttons = new QHBoxLayout;
    auto* newRequestButton = new QPushButton(tr("New &request…"), this);
    newRequestButton->setObjectName(u"newRequest"_s);
    newRequestButton->setToolTip(tr("Someone needs something: a household or a volunteer."));
    auto* newOfferButton = new QPushButton(tr("New &offer…"), this);
    newOfferButton->setObjectName(u"newOffer"_s);
    newOfferButton->setToolTip(tr("Someone can give something: a neighbour, a household or a "
                                  "volunteer."));
    buttons->addWidget(newRequestButton);
    buttons->addWidget(newOfferButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_openModel = new QStandardItemModel(0, 6, this);
    m_openModel->setHorizontalHeaderLabels(
        {tr("What"), tr("Who"), tr("How soon"), tr("Waiting"), tr("Status"), tr("Taken on by")});
    m_openView = listView(m_openModel, u"openRequestsView"_s, false);
    m_openView->setSelectionMode(QAbstractItemView::SingleSelection);
    auto* openPanel = listPanel(
        tr("Requests"),
        tr("What households and volunteers asked for and have not received, most urgent and "
           "oldest first. A catalog item rides with the household's next delivery once there "
           "is enough in stock."),
        m_openView, m_openModel, tr("No open requests."));
    m_close = new QPushButton(tr("Close &unmet…"), this);
    m_close->setObjectName(u"closeRequest"_s);
    m_close->setToolTip(tr("The request will not be met (found elsewhere, no longer needed): "
                           "close it with the reason."));
    auto* closeRow = new QHBoxLayout;
    closeRow->addWidget(m_close);
    closeRow->addStretch(1);
    static_cast<QVBoxLayout*>(openPanel->layout())->addLayout(closeRow);
    layout->addWidget(openPanel);

    auto* lower = new QHBoxLayout;
    lower->setSpacing(24);
    m_proposalModel = new QStandardItemModel(0, 3, this);
    m_proposalModel->setHorizontalHeaderLabels({tr("Asked for"), tr("Offered"), tr("Why")});
    m_proposalView = listView(m_proposalModel, u"proposalsView"_s, false);
    m_proposalView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_proposalView->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    auto* proposalPanel = listPanel(
        tr("Matches to confirm"),
        tr("Offers that may answer a request: the same kind of thing, and the same item or words "
           "in common. Confirm the ones that fit."),
        m_proposalView, m_proposalModel, tr("No offer matches an open request."));
    m_confirm = new QPushButton(tr("&Confirm match"), this);
    m_confirm->setObjectName(u"confirmMatch"_s);
    m_confirm->setToolTip(tr("This offer goes to this request: the request is promised."));
    auto* confirmRow = new QHBoxLayout;
    confirmRow->addWidget(m_confirm);
    confirmRow->addStretch(1);
    static_cast<QVBoxLayout*>(proposalPanel->layout())->addLayout(confirmRow);
    lower->addWidget(proposalPanel, 3);

    m_offerModel = new QStandardItemModel(0, 4, this);
    m_offerModel->setHorizontalHeaderLabels({tr("Offered"), tr("How"), tr("Until"), tr("For")});
    m_offerView = listView(m_offerModel, u"unmatchedOffersView"_s, false);
    m_offerView->setSelectionMode(QAbstractItemView::SingleSelection);
    auto* offerPanel =
        listPanel(tr("Offers"),
                  tr("Offers nobody has matched to a request yet come first, then those matched "
                     "and not yet in hand. Press Received when one reaches the pantry: an item "
                     "goes into stock."),
                  m_offerView, m_offerModel, tr("No offer is waiting."));
    m_receive = new QPushButton(tr("Recei&ved"), this);
    m_receive->setObjectName(u"receiveOffer"_s);
    m_receive->setToolTip(tr("The chosen offer is at the pantry: an item is received into stock "
                             "as a donation."));
    auto* receiveRow = new QHBoxLayout;
    receiveRow->addWidget(m_receive);
    receiveRow->addStretch(1);
    static_cast<QVBoxLayout*>(offerPanel->layout())->addLayout(receiveRow);
    lower->addWidget(offerPanel, 2);
    layout->addLayout(lower);

    m_message = new QLabel(this);
    m_message->setObjectName(u"aidMessage"_s);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(Palette::textStyle(Palette::warning()));
    m_message->hide();
    layout->addWidget(m_message);

    connect(newRequestButton, &QPushButton::clicked, this, [this] { newRequest(); });
    connect(newOfferButton, &QPushButton::clicked, this, [this] { newOffer(); });
    connect(m_confirm, &QPushButton::clicked, this,
            [this] { confirmMatch(currentRow(m_proposalView)); });
    connect(m_proposalView, &QTableView::activated, this,
            [this](const QModelIndex& index) { confirmMatch(index.row()); });
    connect(m_receive, &QPushButton::clicked, this, [this] { receive(currentRow(m_offerView)); });
    connect(m_close, &QPushButton::clicked, this, [this] {
        const int row = currentRow(m_openView);
        if (row < 0)
            return;
        bool ok = false;
        const QString reason = QInputDialog::getText(
            this, tr("Close unmet"),
            tr("Why will \"%1\" not be met? (found elsewhere, no longer needed…)")
                .arg(m_open.at(row).whatWithQuantity()),
            QLineEdit::Normal, QString(), &ok);
        if (ok)
            closeUnmet(row, reason);
    });
    refresh();
}

int AidPanel::requestRows() const {
    return m_openModel->rowCount();
}
int AidPanel::proposalRows() const {
    return m_proposalModel->rowCount();
}
int AidPanel::offerRows() const {
    return m_offerModel->rowCount();
}
int AidPanel::unmatchedOfferRows() const {
    return m_unmatchedCount;
}

int AidPanel::currentRow(QTableView* view) const {
    const QModelIndex current = view->currentIndex();
    return current.isValid() ? current.row() : (view->model()->rowCount() > 0 ? 0 : -1);
}

void AidPanel::report(const Error& error) {
    m_message->setText(error.toString());
    m_message->show();
}

void AidPanel::refresh() {
    const QDate today = Labels::today(m_store);
    m_open = m_requests.open();
    m_proposals = m_requests.proposals();
    m_waiting = m_requests.unmatchedOffers();
    m_unmatchedCount = int(m_waiting.size());
    m_openModel->removeRows(0, m_openModel->rowCount());
    for (const requests::Request& r : std::as_const(m_open)) {
        QString state = requests::status::label(r.status);
        if (r.status == requests::status::Packed && r.carriedOn.isValid())
            state = tr("packed for %1").arg(QLocale().toString(r.carriedOn, u"ddd d MMM"_s));
        const qint64 days = r.requestedOn.isValid() ? r.requestedOn.daysTo(today) : 0;
        auto* soon = cell(requests::urgency::label(r.urgency));
        if (r.urgency == requests::urgency::Urgent)
            soon->setForeground(QBrush(Palette::warning()));
        m_openModel->appendRow(
            {cell(r.whatWithQuantity(), r.notes.isEmpty() ? QString() : r.notes), cell(r.whoName),
             soon, cell(days <= 0 ? tr("since today") : tr("%n day(s)", "", int(days))),
             cell(state), cell(r.takenByName)});
    }
    m_proposalModel->removeRows(0, m_proposalModel->rowCount());
    for (const requests::Proposal& p : std::as_const(m_proposals)) {
        QStringList why;
        if (p.sameItem)
            why << tr("same item");
        if (p.sharedWords > 0)
            why << tr("%n word(s) in common", "", p.sharedWords);
        if (!p.enough)
            why << tr("not all of it");
        m_proposalModel->appendRow(
            {cell(whoAndWhat(p.request.whoName, p.request.whatWithQuantity())),
             cell(whoAndWhat(p.offer.whoName, p.offer.whatWithQuantity())),
             cell(why.join(u", "_s))});
    }
    // Unmatched first (oldest first), then matched and not yet in hand.
    QHash<QString, QString> matchedFor; // offer -> who asked
    for (const requests::Match& match : m_requests.matches())
        matchedFor.insert(match.offerId, match.request.whoName);
    for (const requests::Offer& o : m_requests.offers({requests::offerstatus::Matched}))
        m_waiting.append(o);
    m_offerModel->removeRows(0, m_offerModel->rowCount());
    for (const requests::Offer& o : std::as_const(m_waiting)) {
        const bool matched = o.status == requests::offerstatus::Matched;
        auto* forWhom = cell(matched ? matchedFor.value(o.id) : tr("nobody yet"));
        if (!matched)
            forWhom->setForeground(QBrush(Palette::warning()));
        m_offerModel->appendRow(
            {cell(whoAndWhat(o.whoName, o.whatWithQuantity())),
             cell(o.pickup ? tr("pick up") : tr("brought")),
             cell(o.availableUntil.isValid() ? QLocale().toString(o.availableUntil, u"d MMM"_s)
                                             : QString()),
             forWhom});
    }
    // listPanel shows a list or its empty text on a reset; rows were removed and added.
    for (auto [view, model] :
         {std::pair{m_openView, m_openModel}, std::pair{m_proposalView, m_proposalModel},
          std::pair{m_offerView, m_offerModel}}) {
        view->setVisible(model->rowCount() > 0);
        if (model->rowCount() > 0 && !view->currentIndex().isValid())
            view->setCurrentIndex(model->index(0, 0));
    }
    m_confirm->setEnabled(!m_proposals.isEmpty());
    m_receive->setEnabled(!m_waiting.isEmpty());
    m_close->setEnabled(!m_open.isEmpty());
}

bool AidPanel::newRequest() {
    AidEntryDialog dialog(m_store, AidEntryDialog::Kind::Request, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_message->hide();
    auto* command = new AddRequestCommand(m_store, dialog.request());
    command->setReport([this](const Error& error) { report(error); });
    m_undo->push(command);
    refresh();
    return m_message->isHidden();
}

bool AidPanel::newOffer() {
    AidEntryDialog dialog(m_store, AidEntryDialog::Kind::Offer, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_message->hide();
    auto* command = new AddOfferCommand(m_store, dialog.offer());
    command->setReport([this](const Error& error) { report(error); });
    m_undo->push(command);
    refresh();
    return m_message->isHidden();
}

bool AidPanel::confirmMatch(int row) {
    if (row < 0 || row >= m_proposals.size())
        return false;
    m_message->hide();
    auto* command = new ConfirmMatchCommand(m_store, m_proposals.at(row));
    command->setReport([this](const Error& error) { report(error); });
    m_undo->push(command);
    refresh(); // at once, even when the change signal is queued elsewhere
    return m_message->isHidden();
}

bool AidPanel::receive(int row) {
    if (row < 0 || row >= m_waiting.size())
        return false;
    m_message->hide();
    auto* command = new ReceiveOfferCommand(m_store, m_waiting.at(row));
    command->setReport([this](const Error& error) { report(error); });
    m_undo->push(command);
    refresh();
    return m_message->isHidden();
}

bool AidPanel::closeUnmet(int row, const QString& reason) {
    if (row < 0 || row >= m_open.size())
        return false;
    m_message->hide();
    auto* command = new CloseRequestCommand(m_store, m_open.at(row), reason);
    command->setReport([this](const Error& error) { report(error); });
    m_undo->push(command);
    refresh();
    return m_message->isHidden();
}

} // namespace larder::ui
