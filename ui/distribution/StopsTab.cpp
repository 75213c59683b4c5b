// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/distribution/StopsTab.h"

#include "core/people/HouseholdIndex.h"
#include "core/requests/Requests.h"
#include "ui/distribution/DistributionPage.h"
#include "ui/distribution/RunModelRoles.h"
#include "ui/distribution/RunStopsModel.h"
#include "ui/inventory/SuppliersDialog.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// A match that is an offer to pick up, not a household or supplier: its id follows this.
const QString PickupPrefix = QStringLiteral("offer:");

} // namespace

namespace larder::ui {

StopsTab::StopsTab(DistributionPage& page, QWidget* parent)
    : DistributionTab(page, parent) {
    auto* layout = new QVBoxLayout(this);

    auto* addRow = new QHBoxLayout;
    m_addLabel = new QLabel(tr("&Add a household:"), this);
    auto* addLabel = m_addLabel;
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"stopSearch"_s);
    m_search->setPlaceholderText(tr("Type a name, street or phone, then Enter"));
    m_search->setClearButtonEnabled(true);
    addLabel->setBuddy(m_search);
    m_matches = new QStandardItemModel(this);
    m_completer = new QCompleter(m_matches, this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setWidget(m_search);
    connect(m_search, &QLineEdit::textEdited, this, &StopsTab::search);
    connect(m_search, &QLineEdit::returnPressed, this, &StopsTab::addFirstMatch);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) {
                // The line edit sees the same Enter next (returnPressed): empty it first.
                const QString id = index.data(RunRole::StopId).toString();
                const QString name = index.data(Qt::UserRole + 100).toString();
                m_search->clear();
                if (!id.isEmpty())
                    addMatch(id, name);
            });
    addRow->addWidget(addLabel);
    addRow->addWidget(m_search, 1);
    auto* remove = new QPushButton(tr("Remove stop"), this);
    remove->setObjectName(u"removeStop"_s);
    remove->setToolTip(tr("Take the selected household off this day (Delete)."));
    addRow->addWidget(remove);
    m_suppliersButton = new QPushButton(tr("Suppliers…"), this);
    m_suppliersButton->setObjectName(u"stopsSuppliers"_s);
    m_suppliersButton->setToolTip(tr("Add a supplier, or its address, coordinates and pickup "
                                     "days."));
    m_suppliersButton->hide();
    connect(m_suppliersButton, &QPushButton::clicked, this, [this] {
        SuppliersDialog dialog(this->page().store(), this);
        dialog.exec();
        if (dialog.changed())
            this->page().reload(); // stops show the suppliers' new addresses
    });
    addRow->addWidget(m_suppliersButton);
    layout->addLayout(addRow);

    m_stops = new RunStopsModel(this);
    m_stops->setObjectName(u"stopsModel"_s);
    m_view = makeTable(u"stopsView"_s, this);
    m_view->setAccessibleName(tr("Stops"));
    m_view->setAccessibleDescription(
        tr("The stops of this day with their route and boxes; type a number in the Boxes column "
           "to change it, Delete takes the selected stop off the day."));
    m_view->setModel(m_stops);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    layout->addWidget(m_view, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"stopsSummary"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    connect(m_stops, &RunStopsModel::boxesEdited, this,
            [this](const QString& stopId, int boxes) { this->page().setBoxes(stopId, boxes); });
    connect(remove, &QPushButton::clicked, this, [this] {
        const QString id = currentStopId(m_view);
        if (id.isEmpty())
            this->page().say(tr("Choose a stop in the list first."), true);
        else
            this->page().removeStop(id);
    });
    auto* del = new QShortcut(QKeySequence::Delete, m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, remove, &QPushButton::click);
    connect(m_view, &QWidget::customContextMenuRequested, this,
            [this](const QPoint& at) { stopMenu(m_view, at, false); });
}

void StopsTab::clear() {
    m_stops->setStops({}, {});
}

void StopsTab::setSupplierDay(bool suppliers) {
    if (suppliers == m_supplierDay)
        return;
    m_supplierDay = suppliers;
    m_addLabel->setText(suppliers ? tr("&Add a supplier:") : tr("&Add a household:"));
    m_search->setPlaceholderText(suppliers ? tr("Type a supplier's name, then Enter")
                                           : tr("Type a name, street or phone, then Enter"));
    m_suppliersButton->setVisible(suppliers);
    m_stops->setSupplierDay(suppliers);
    m_matches->clear();
}

void StopsTab::setDay(const QList<runs::RunStop>& stops, const QList<runs::RunDriver>& drivers,
                      const QString& runKind) {
    setSupplierDay(runKind == runs::kind::SupplierPickup);
    const QString stopId = currentStopId(m_view);
    m_stops->setStops(stops, drivers);
    if (const int row = m_stops->rowOf(stopId); row >= 0)
        m_view->setCurrentIndex(m_stops->index(row, RunStopsModel::Household));

    int boxes = 0, noPlace = 0;
    for (const runs::RunStop& stop : stops) {
        boxes += stop.boxes;
        noPlace += stop.where ? 0 : 1;
    }
    if (stops.isEmpty())
        m_summary->setText(m_supplierDay
                               ? tr("No supplier has its pickup day on this day. Add suppliers "
                                    "above by name, or add their pickup days (Suppliers…).")
                               : tr("No household is due this day. Add households above by name, "
                                    "street or phone."));
    else {
        QString text = tr("%n stop(s), ", nullptr, int(stops.size())) +
                       tr("%n box(es) in all.", nullptr, boxes);
        if (noPlace > 0 && m_supplierDay)
            text += u' ' + tr("%n without coordinates: add them with Suppliers…, or place the "
                              "stop on a route by hand (Ctrl+M).",
                              nullptr, noPlace);
        else if (noPlace > 0)
            text += u' ' + tr("%n without coordinates: add them on the Households page, or place "
                              "the stop on a route by hand (Ctrl+M).",
                              nullptr, noPlace);
        m_summary->setText(text);
    }
}

QString StopsTab::householdName(const QString& householdId) const {
    if (m_index)
        if (const auto* summary = m_index->summary(householdId))
            return summary->chosenName;
    return householdId;
}

void StopsTab::focusSearch() {
    m_search->setFocus();
}

bool StopsTab::moveCurrentStop() {
    return chooseRouteForCurrent(m_view);
}

void StopsTab::search(const QString& text) {
    if (m_supplierDay)
        searchSuppliers(text);
    else
        searchHouseholds(text);
}

bool StopsTab::addMatch(const QString& id, const QString& name) {
    if (id.startsWith(PickupPrefix))
        return page().addPickup(id.mid(PickupPrefix.size()), name);
    return m_supplierDay ? page().addSupplier(id, name) : page().addHousehold(id);
}

void StopsTab::addPickupMatches(const QString& text) {
    // Offers waiting to be picked up, by who offers or what: "pick up" lists them all.
    const QString wanted = text.trimmed();
    const bool all = wanted.compare(u"pick up"_s, Qt::CaseInsensitive) == 0 ||
                     wanted.compare(u"pickup"_s, Qt::CaseInsensitive) == 0 ||
                     wanted.compare(tr("pick up"), Qt::CaseInsensitive) == 0;
    QSet<QString> onDay;
    for (int row = 0; row < m_stops->rowCount(); ++row)
        onDay.insert(m_stops->stopAt(row).offerId);
    const requests::Requests aid(page().store());
    for (const requests::Offer& offer :
         aid.offers({requests::offerstatus::Open, requests::offerstatus::Matched})) {
        if (!offer.pickup)
            continue;
        if (!all && !offer.whoName.contains(wanted, Qt::CaseInsensitive) &&
            !offer.what().contains(wanted, Qt::CaseInsensitive))
            continue;
        QString label = tr("Pick up from %1: %2").arg(offer.whoName, offer.whatWithQuantity());
        if (onDay.contains(offer.id))
            label += u"  "_s + tr("(already on this day)");
        else if (!offer.stopId.isEmpty())
            label += u"  "_s + tr("(on another day)");
        auto* item = new QStandardItem(label);
        item->setData(QString(PickupPrefix + offer.id), RunRole::StopId);
        item->setData(offer.whoName, Qt::UserRole + 100);
        item->setEnabled(!onDay.contains(offer.id) && offer.stopId.isEmpty());
        m_matches->appendRow(item);
    }
}

void StopsTab::searchSuppliers(const QString& text) {
    m_matches->clear();
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return;
    QSet<QString> onDay;
    for (int row = 0; row < m_stops->rowCount(); ++row)
        onDay.insert(m_stops->stopAt(row).supplierId);
    for (const inventory::Supplier& supplier : inventory::Suppliers(page().store()).list()) {
        if (!supplier.name.contains(wanted, Qt::CaseInsensitive))
            continue;
        QString label = supplier.name;
        if (!supplier.address.isEmpty())
            label += u" — "_s + supplier.address;
        if (onDay.contains(supplier.id))
            label += u"  "_s + tr("(already on this day)");
        else if (!supplier.where)
            label += u"  "_s + tr("(not on the map)");
        auto* item = new QStandardItem(label);
        item->setData(supplier.id, RunRole::StopId);
        item->setData(supplier.name, Qt::UserRole + 100);
        item->setEnabled(!onDay.contains(supplier.id));
        m_matches->appendRow(item);
    }
    addPickupMatches(text); // a collection day can pick up offers too
    showMatches();
}

void StopsTab::searchHouseholds(const QString& text) {
    if (!m_index)
        m_index = new people::HouseholdIndex(page().store(), this);
    m_matches->clear();
    if (text.trimmed().isEmpty())
        return;
    QSet<QString> onDay;
    for (int row = 0; row < m_stops->rowCount(); ++row)
        onDay.insert(m_stops->stopAt(row).householdId);
    people::SearchQuery query;
    query.text = text;
    query.limit = 24;
    for (const QString& id : m_index->search(query).ids) {
        const people::HouseholdSummary* summary = m_index->summary(id);
        if (!summary || summary->status == u"closed"_s)
            continue;
        QString label = summary->chosenName;
        const QString where = summary->street.isEmpty() ? summary->meetingPoint : summary->street;
        if (!where.isEmpty() || !summary->postalCode.isEmpty())
            label += u" — "_s + QStringList{where, summary->postalCode}.join(u' ').trimmed();
        if (onDay.contains(id))
            label += u"  "_s + tr("(already on this day)");
        else if (summary->status != u"active"_s)
            label += u"  "_s + tr("(paused)");
        auto* item = new QStandardItem(label);
        item->setData(id, RunRole::StopId);
        item->setData(summary->chosenName, Qt::UserRole + 100);
        item->setEnabled(!onDay.contains(id));
        m_matches->appendRow(item);
    }
    addPickupMatches(text);
    showMatches();
}

void StopsTab::showMatches() {
    if (m_matches->rowCount() == 0)
        return;
    m_completer->complete();
    // Enter takes the first household that can be added.
    for (int row = 0; row < m_matches->rowCount(); ++row)
        if (m_matches->item(row)->isEnabled()) {
            m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(row, 0));
            break;
        }
}

void StopsTab::addFirstMatch() {
    if (m_search->text().trimmed().isEmpty())
        return;
    search(m_search->text());
    for (int row = 0; row < m_matches->rowCount(); ++row) {
        QStandardItem* item = m_matches->item(row);
        if (item->isEnabled()) {
            if (addMatch(item->data(RunRole::StopId).toString(),
                         item->data(Qt::UserRole + 100).toString())) {
                m_completer->popup()->hide();
                m_search->clear();
            }
            return;
        }
    }
    if (m_supplierDay)
        page().say(tr("No supplier to add matches \"%1\". Check the spelling, or add the "
                      "supplier first (Suppliers…).")
                       .arg(m_search->text()),
                   true);
    else
        page().say(tr("No household to add matches \"%1\". Check the spelling, or add the "
                      "household on the Households page first.")
                       .arg(m_search->text()),
                   true);
}

} // namespace larder::ui
