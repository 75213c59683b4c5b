// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/today/TodayPage.h"

#include "core/inventory/Inventory.h"
#include "core/people/Households.h"
#include "core/people/People.h"
#include "core/runs/Outcomes.h"
#include "core/runs/Runs.h"
#include "core/storage/Settings.h"
#include "core/storage/Store.h"
#include "ui/common/Labels.h"
#include "ui/common/Palette.h"
#include "ui/common/StatCard.h"
#include "ui/inventory/BelowParModel.h"
#include "ui/today/AidPanel.h"
#include "ui/today/ExpiringLotsModel.h"
#include "ui/today/TodayLists.h"

#include <QBrush>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShowEvent>
#include <QStandardItemModel>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace larder::ui {

QString TodayPage::pageTitle() {
    return tr("Today");
}

TodayPage::TodayPage(Store& store, QWidget* parent)
    : Page(store, pageTitle(), QString(), parent) {
    addLockedNote(tr("Stock, expiry dates and counts are all here; the follow-ups show no names."));
    m_firstSteps = new QLabel(this);
    m_firstSteps->setObjectName(u"firstSteps"_s);
    m_firstSteps->setWordWrap(true);
    m_firstSteps->setTextFormat(Qt::RichText);
    m_firstSteps->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_firstSteps->setFrameShape(QFrame::StyledPanel);
    m_firstSteps->setMargin(12);
    m_firstSteps->setAutoFillBackground(true);
    m_firstSteps->setBackgroundRole(QPalette::Base);
    connect(m_firstSteps, &QLabel::linkActivated, this,
            [this](const QString& link) { Q_EMIT pageRequested(link.section(u':', 1)); });
    body()->addWidget(m_firstSteps);
    auto* cards = new QHBoxLayout;
    cards->setSpacing(12);
    m_households = new StatCard(tr("active households"), this);
    m_items = new StatCard(tr("items in the catalog"), this);
    m_expiring = new StatCard(tr("lots to use within %n days", "", horizonDays()), this);
    m_belowPar = new StatCard(tr("items below par"), this);
    m_volunteers = new StatCard(tr("volunteers and drivers"), this);
    for (StatCard* card : {m_households, m_items, m_expiring, m_belowPar, m_volunteers})
        cards->addWidget(card);
    body()->addLayout(cards);
    body()->addSpacing(8);

    m_useFirst = new ExpiringLotsModel(store, this);
    m_useFirst->setObjectName(u"useFirstModel"_s);
    // The rule of the Inventory page's "Below par" tab, without its "short by" column.
    m_runningLow = new BelowParModel(store, this);
    m_runningLow->setObjectName(u"runningLowModel"_s);
    m_runningLow->setOpensHistory(false); // Today lists; the Inventory page opens histories
    // Lists nobody is looking at are read again when the page is shown.
    for (RowTableModel* model : QList<RowTableModel*>{m_useFirst, m_runningLow}) {
        model->setReloadWhileHidden(false);
        model->setOnScreen(false); // until the page is shown
    }
    auto* runningLowView = listView(m_runningLow, u"runningLowView"_s, false);
    runningLowView->hideColumn(BelowParModel::Short);

    auto* lists = new QHBoxLayout;
    lists->setSpacing(24);
    m_useFirstView = listView(m_useFirst, u"useFirstView"_s, true);
    lists->addWidget(listPanel(tr("Use first"), QString(), m_useFirstView, m_useFirst, QString(),
                               &m_useFirstText, &m_useFirstEmpty),
                     1);
    lists->addWidget(
        listPanel(tr("Running low"),
                  tr("Items with less on hand than the pantry aims to keep (its par level)."),
                  runningLowView, m_runningLow, tr("Every item is at or above its par level.")),
        1);
    body()->addLayout(lists, 1);

    // Follow up: stops where the boxes did not arrive because nobody was home or the address
    // was wrong, until someone marks them done.
    m_followUps = new QStandardItemModel(0, 4, this);
    m_followUps->setObjectName(u"followUpModel"_s);
    m_followUps->setHorizontalHeaderLabels(
        {tr("Household"), tr("Run"), tr("What happened"), tr("Driver's note")});
    m_followUpView = listView(m_followUps, u"followUpView"_s, true);
    m_followUpView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_followUpDone = new QPushButton(tr("Done — dealt with"), this);
    m_followUpDone->setObjectName(u"followUpDone"_s);
    m_followUpDone->setToolTip(tr("Someone has called or visited this household: take it off "
                                  "the list."));
    m_openHousehold = new QPushButton(tr("Open household"), this);
    m_openHousehold->setObjectName(u"openHousehold"_s);
    m_openHousehold->setToolTip(tr("Open the chosen household's form on the Households page."));
    m_followUpMessage = new QLabel(this);
    m_followUpMessage->setWordWrap(true);
    m_followUpMessage->setStyleSheet(Palette::textStyle(Palette::warning()));
    m_followUpMessage->hide();
    auto* followUpPanel = listPanel(
        tr("Follow up"),
        tr("Deliveries that did not arrive: nobody was home, or the address was wrong. Call or "
           "visit, fix the address if needed, then press Done."),
        m_followUpView, m_followUps,
        tr("Nothing to follow up: every delivery arrived or was "
           "dealt with."),
        nullptr, &m_followUpEmpty);
    // The household's name is short; the driver's note gets the width.
    m_followUpView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_followUpView->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    auto* followUpButtons = new QHBoxLayout;
    followUpButtons->addWidget(m_followUpDone);
    followUpButtons->addWidget(m_openHousehold);
    followUpButtons->addStretch(1);
    auto* panelLayout = static_cast<QVBoxLayout*>(followUpPanel->layout());
    panelLayout->addLayout(followUpButtons);
    panelLayout->addWidget(m_followUpMessage);
    body()->addWidget(followUpPanel, 1);
    connect(m_followUpDone, &QPushButton::clicked, this,
            [this] { markFollowedUp(currentFollowUpRow()); });
    connect(m_openHousehold, &QPushButton::clicked, this, [this] {
        const int row = currentFollowUpRow();
        if (row >= 0)
            Q_EMIT householdRequested(m_followUps->item(row, 0)->data(Qt::UserRole + 1).toString());
    });
    connect(m_followUpView, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        Q_EMIT householdRequested(
            m_followUps->item(index.row(), 0)->data(Qt::UserRole + 1).toString());
    });

    // Aid that runs both ways: requests, matches to confirm, offers nobody has matched.
    m_undo = new QUndoStack(this);
    body()->addWidget(sectionHeading(tr("Requests and offers")));
    m_aid = new AidPanel(store, m_undo, this);
    body()->addWidget(m_aid);

    // Figures nobody is looking at are read again when the page is shown, not after every
    // change (on a ledger of millions they cost a fifth of a second each time).
    connect(&store, &Store::changed, this, [this] {
        if (isVisible())
            refresh();
        else
            m_stale = true;
    });
    refresh();
}

int TodayPage::currentFollowUpRow() const {
    const QModelIndex current = m_followUpView->currentIndex();
    return current.isValid() ? current.row() : (m_followUps->rowCount() > 0 ? 0 : -1);
}

bool TodayPage::markFollowedUp(int row) {
    if (row < 0 || row >= m_followUps->rowCount())
        return false;
    const QString stopId = m_followUps->item(row, 0)->data(Qt::UserRole).toString();
    const Result<void> done = runs::Runs(store()).setFollowedUp(stopId, true);
    if (!done) {
        m_followUpMessage->setText(done.error().toString());
        m_followUpMessage->show();
        return false;
    }
    m_followUpMessage->hide();
    refreshFollowUps(); // at once, even when the change signal is queued elsewhere
    return true;
}

void TodayPage::refreshFollowUps() {
    runs::Runs runs(store());
    const QDate today = Labels::today(store());
    QHash<QString, QString> runLabels;
    const QString selected =
        currentFollowUpRow() >= 0
            ? m_followUps->item(currentFollowUpRow(), 0)->data(Qt::UserRole).toString()
            : QString();
    m_followUps->removeRows(0, m_followUps->rowCount());
    int selectRow = -1;
    for (const runs::RunStop& stop : runs.followUps()) {
        if (!runLabels.contains(stop.runId)) {
            const std::optional<runs::Run> run = runs.run(stop.runId);
            QString label;
            if (run) {
                label = run->date.year() == today.year()
                            ? QLocale().toString(run->date, u"ddd d MMM"_s)
                            : QLocale().toString(run->date, QLocale::ShortFormat);
                if (!run->name.isEmpty())
                    label = tr("%1, %2").arg(label, run->name);
            }
            runLabels.insert(stop.runId, label);
        }
        auto* name = new QStandardItem(stop.name);
        name->setData(stop.id, Qt::UserRole);
        name->setData(stop.householdId, Qt::UserRole + 1);
        name->setToolTip(stop.address);
        auto* outcome = new QStandardItem(runs::outcome::label(stop.outcome));
        outcome->setForeground(QBrush(Palette::warning()));
        auto* note = new QStandardItem(stop.outcomeNote);
        note->setToolTip(stop.outcomeNote);
        if (stop.id == selected)
            selectRow = m_followUps->rowCount();
        m_followUps->appendRow(
            {name, new QStandardItem(runLabels.value(stop.runId)), outcome, note});
    }
    // listPanel shows the list or its empty text on a model reset; rows changed one by one.
    const bool hasRows = m_followUps->rowCount() > 0;
    m_followUpView->setVisible(hasRows);
    m_followUpEmpty->setVisible(!hasRows);
    m_followUpDone->setEnabled(hasRows);
    m_openHousehold->setEnabled(hasRows);
    if (hasRows)
        m_followUpView->setCurrentIndex(m_followUps->index(selectRow >= 0 ? selectRow : 0, 0));
}

void TodayPage::showEvent(QShowEvent* event) {
    Page::showEvent(event);
    m_useFirst->setOnScreen(true);
    m_runningLow->setOnScreen(true);
    if (m_stale)
        refresh();
}

void TodayPage::hideEvent(QHideEvent* event) {
    Page::hideEvent(event);
    m_useFirst->setOnScreen(false);
    m_runningLow->setOnScreen(false);
}

TodayPage::Summary TodayPage::readSummary() const {
    const inventory::StockFigures stock = inventory::Inventory(store()).figures(horizonDays());
    Summary summary;
    summary.activeHouseholds = people::Households(store()).activeCount();
    summary.items = stock.activeItems;
    summary.expiringSoon = stock.expiringSoon;
    summary.pastDate = stock.pastDate;
    summary.belowPar = stock.belowPar;
    summary.volunteers = people::People(store()).activeCount();
    return summary;
}

int TodayPage::horizonDays() const {
    return Settings(store()).get(settings::ExpiryWarningDays);
}

void TodayPage::refresh() {
    m_stale = false;
    // The horizon is the pantry's setting, the same as Inventory → Use first.
    const int days = horizonDays();
    m_expiring->setCaption(tr("lots to use within %n days", "", days));
    m_useFirstText->setText(tr("Lots on the shelf that expire within %n days, oldest first. "
                               "Pack these before anything else.",
                               "", days));
    m_useFirstView->setAccessibleDescription(m_useFirstText->text());
    m_useFirstEmpty->setText(tr("Nothing on the shelf expires within %n days.", "", days));
    m_summary = readSummary();
    const QDate today = Labels::today(store());
    setLead(tr("%1 at %2. What needs attention first.")
                .arg(QLocale().toString(today, QLocale::LongFormat), store().siteName()));
    m_households->setValue(m_summary.activeHouseholds);
    m_items->setValue(m_summary.items);
    m_expiring->setValue(m_summary.expiringSoon,
                         m_summary.pastDate > 0
                             ? tr("and %n already past their date", "", m_summary.pastDate)
                             : QString(),
                         m_summary.expiringSoon + m_summary.pastDate > 0);
    m_belowPar->setValue(m_summary.belowPar, {}, m_summary.belowPar > 0);
    m_volunteers->setValue(m_summary.volunteers);
    refreshFirstSteps();
    refreshFollowUps();
    if (m_aid)
        m_aid->refresh();
}

void TodayPage::refreshFirstSteps() {
    const bool placed = !Settings(store()).get(settings::PantryCoordinates).trimmed().isEmpty();
    const bool stocked = m_summary.items > 0;
    const bool households = m_summary.activeHouseholds > 0;
    const QDate today = Labels::today(store());
    const bool dayMade = !runs::Runs(store()).runs(today.addYears(-5), today.addYears(1)).isEmpty();
    if (placed && stocked && households && dayMade) {
        m_firstSteps->hide();
        return;
    }
    // Done steps say so in words, not only with a tick.
    const auto step = [](bool done, const QString& text) -> QString {
        return u"<li>"_s + (done ? u"✓ <s>"_s + text + u"</s> "_s + tr("(done)") : text) +
               u"</li>"_s;
    };
    const auto link = [](const QString& page, const QString& text) -> QString {
        return u"<a href=\"larder:%1\">%2</a>"_s.arg(page, text.toHtmlEscaped());
    };
    QString html = u"<b>"_s + tr("Getting started") + u"</b><ol>"_s;
    html += step(placed, tr("%1: the pantry's address, and its place on the map (a map link "
                            "copied from OpenStreetMap or Google Maps will do). Routes start "
                            "there.")
                             .arg(link(u"settings"_s, tr("Settings"))));
    html += step(stocked, tr("%1: receive the first donation. Scan or type an item; one the "
                             "catalog does not know yet is added with New item (Alt+N).")
                              .arg(link(u"inventory"_s, tr("Inventory"))));
    html += step(households, tr("%1: add the households you deliver to, or import them from a "
                                "spreadsheet (CSV).")
                                 .arg(link(u"households"_s, tr("Households"))));
    html += step(dayMade, tr("%1: make a delivery day, add the drivers who came, plan the "
                             "routes and print a sheet for each driver.")
                              .arg(link(u"distribution"_s, tr("Distribution"))));
    html += u"</ol>"_s + tr("This list goes away when every step is done.");
    m_firstSteps->setText(html);
    m_firstSteps->show();
}

} // namespace larder::ui
