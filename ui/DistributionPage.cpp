#include "DistributionPage.h"

#include "Labels.h"
#include "QueryModel.h"
#include "StatCard.h"
#include "storage/Store.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace larder::ui {

DistributionPage::DistributionPage(Store& store, QWidget* parent)
    : Page(store, tr("Distribution"),
           tr("Plan a distribution day, split it into routes for the drivers who came, and print "
              "one route sheet per driver."),
           parent) {
    auto* cards = new QHBoxLayout;
    cards->setSpacing(12);
    m_households = new StatCard(tr("active households"), this);
    m_weekly = new StatCard(tr("of them due every week"), this);
    m_driverCount = new StatCard(tr("drivers with a vehicle"), this);
    m_capacity = new StatCard(tr("boxes their vehicles can carry"), this);
    for (StatCard* card : {m_households, m_weekly, m_driverCount, m_capacity})
        cards->addWidget(card);
    body()->addLayout(cards);

    m_drivers = new QueryModel(
        store,
        "SELECT display_name, vehicle_capacity, usual_days, languages FROM people"
        " WHERE active = 1 AND vehicle_capacity > 0",
        {}, {u"people"_s},
        {{tr("Driver"),
          [](const QVariantList& row, int role) -> QVariant {
              return role == Qt::DisplayRole || role == Qt::ToolTipRole ? row.at(0) : QVariant();
          }},
         {tr("Boxes"),
          [](const QVariantList& row, int role) -> QVariant {
              return role == Qt::DisplayRole ? row.at(1) : QVariant();
          },
          Qt::AlignRight | Qt::AlignVCenter},
         {tr("Usual days"),
          [](const QVariantList& row, int role) -> QVariant {
              return role == Qt::DisplayRole ? QVariant(Labels::weekdays(row.at(2).toString()))
                                             : QVariant();
          }},
         {tr("Languages"),
          [](const QVariantList& row, int role) -> QVariant {
              return role == Qt::DisplayRole ? QVariant(Labels::languages(row.at(3).toString()))
                                             : QVariant();
          }}},
        this);
    m_drivers->setSortColumn(0); // names may be encrypted in the file: sorted after decoding

    auto* columns = new QHBoxLayout;
    columns->setSpacing(24);
    auto* notes = new QVBoxLayout;
    notes->setSpacing(12);
    columns->addLayout(notes, 1);
    auto* driversColumn = new QVBoxLayout;
    driversColumn->addWidget(sectionHeading(tr("Drivers")));
    auto* view = new QTableView(this);
    view->setObjectName(u"driversView"_s);
    view->setModel(m_drivers);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    driversColumn->addWidget(view, 1);
    columns->addLayout(driversColumn, 1);
    body()->addLayout(columns, 1);

    notes->addWidget(note(
        tr("What will be here"),
        QStringList{
            tr("Choose the day and see which households are due by their schedules; pause the "
               "ones who called."),
            tr("Build packages by household size, with dietary substitutions and a warning when "
               "stock is short."),
            tr("Plan routes for the drivers who showed up, within each vehicle's capacity and stop "
               "limit; move or lock stops by hand."),
            tr("Print a route sheet per driver and the packing lists, then record from the paper "
               "what was delivered.")}));
    notes->addWidget(note(
        tr("What you can do now"),
        tr("Planning works from the household list and from each driver's vehicle capacity. "
           "Keep both up to date: the figures above show what planning would start from today.")));
    notes->addStretch(1);

    connect(&store, &Store::changed, this, [this](const QSet<QString>& tables) {
        if (tables.contains(u"households"_s) || tables.contains(u"people"_s))
            refresh();
    });
    refresh();
}

void DistributionPage::refresh() {
    qint64 households = 0, weekly = 0, drivers = 0, capacity = 0;
    const auto ok = store().read(
        "SELECT"
        " (SELECT count(*) FROM households WHERE status = 'active'),"
        " (SELECT count(*) FROM households WHERE status = 'active' AND schedule = 'weekly'),"
        " (SELECT count(*) FROM people WHERE active = 1 AND vehicle_capacity > 0),"
        " (SELECT coalesce(sum(vehicle_capacity), 0) FROM people WHERE active = 1)",
        {}, [&](const Row& row) {
            households = row.integer(0);
            weekly = row.integer(1);
            drivers = row.integer(2);
            capacity = row.integer(3);
        });
    if (!ok)
        qWarning("Larder: could not read distribution figures: %s",
                 qUtf8Printable(ok.error().toString()));
    m_households->setValue(households);
    m_weekly->setValue(weekly);
    m_driverCount->setValue(drivers);
    m_capacity->setValue(capacity);
}

} // namespace larder::ui
