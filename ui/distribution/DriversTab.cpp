// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/distribution/DriversTab.h"

#include "core/people/People.h"
#include "ui/distribution/DistributionPage.h"
#include "ui/distribution/RunDriversModel.h"
#include "ui/distribution/RunModelRoles.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace larder::ui {

DriversTab::DriversTab(DistributionPage& page, QWidget* parent)
    : DistributionTab(page, parent) {
    auto* layout = new QVBoxLayout(this);
    auto* addRow = new QHBoxLayout;
    auto* label = new QLabel(tr("Add a &driver who came:"), this);
    m_choice = new QComboBox(this);
    m_choice->setObjectName(u"driverChoice"_s);
    m_choice->setMinimumContentsLength(24);
    m_choice->setToolTip(tr("The drivers on file who are not on this day yet."));
    label->setBuddy(m_choice);
    m_add = new QPushButton(tr("Add"), this);
    m_add->setObjectName(u"addDriver"_s);
    m_add->setToolTip(tr("Add the chosen driver to this day, with their vehicle's boxes and usual "
                         "start."));
    auto* remove = new QPushButton(tr("Remove driver"), this);
    remove->setObjectName(u"removeDriver"_s);
    remove->setToolTip(tr("Their stops go back to \"not on a route\" (Delete)."));
    addRow->addWidget(label);
    addRow->addWidget(m_choice);
    addRow->addWidget(m_add);
    addRow->addStretch(1);
    addRow->addWidget(remove);
    layout->addLayout(addRow);

    m_drivers = new RunDriversModel(this);
    m_drivers->setObjectName(u"driversModel"_s);
    m_view = makeTable(u"runDriversView"_s, this);
    m_view->setAccessibleName(tr("Drivers of the day"));
    m_view->setAccessibleDescription(
        tr("The drivers who came and their limits for today; type in a cell to change a limit, "
           "Delete removes the selected driver."));
    m_view->setModel(m_drivers);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    layout->addWidget(m_view, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"driversSummary"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    connect(m_add, &QPushButton::clicked, this, [this] {
        const QString personId = m_choice->currentData().toString();
        if (!personId.isEmpty())
            this->page().addDriver(personId);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (!current.isValid())
            this->page().say(tr("Choose a driver in the list first."), true);
        else
            this->page().removeDriver(current.data(RunRole::DriverId).toString());
    });
    auto* del = new QShortcut(QKeySequence::Delete, m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, remove, &QPushButton::click);
    connect(m_drivers, &RunDriversModel::editRefused, this,
            [this](const QString& message) { this->page().say(message, true); });
    connect(m_drivers, &RunDriversModel::driverEdited, this,
            [this](const runs::RunDriver& before, const runs::RunDriver& after) {
                this->page().updateDriver(before, after);
            });
}

void DriversTab::clear() {
    m_drivers->setDrivers({});
}

void DriversTab::setDay(const QList<runs::RunDriver>& drivers, int boxes) {
    const QModelIndex driverIndex = m_view->currentIndex();
    const QString driverId = driverIndex.data(RunRole::DriverId).toString();
    const int driverColumn = driverIndex.column();
    m_drivers->setDrivers(drivers);
    if (const int row = m_drivers->rowOf(driverId); row >= 0)
        m_view->setCurrentIndex(m_drivers->index(row, std::max(0, driverColumn)));

    int capacity = 0;
    for (const runs::RunDriver& driver : drivers)
        capacity += driver.capacity;
    if (drivers.isEmpty())
        m_summary->setText(tr("No driver yet. Add each driver who came from the list "
                              "above; their vehicle's boxes and usual start fill in, and "
                              "you can change them for today."));
    else
        m_summary->setText(
            tr("Together they carry %1 boxes; the stops need %2.").arg(capacity).arg(boxes) +
            (capacity < boxes ? u' ' + tr("Not everyone fits: add a driver or raise a capacity.")
                              : QString()));
    reloadDriverChoices();
}

void DriversTab::reloadDriverChoices() {
    const QString keep = m_choice->currentData().toString();
    QSet<QString> taken;
    for (int row = 0; row < m_drivers->rowCount(); ++row)
        taken.insert(m_drivers->driverAt(row).personId);
    const QSignalBlocker block(m_choice);
    m_choice->clear();
    const QList<people::Person> people = people::People(page().store()).drivers();
    for (const people::Person& person : people) {
        if (taken.contains(person.id))
            continue;
        m_choice->addItem(
            person.vehicleCapacity > 0
                ? tr("%1 (%n box(es))", nullptr, person.vehicleCapacity).arg(person.displayName)
                : person.displayName,
            person.id);
    }
    if (m_choice->count() == 0)
        m_choice->addItem(people.isEmpty()
                              ? tr("No one has the driver role: add it under Households → "
                                   "Volunteers and drivers")
                              : tr("Every driver is on this day already"),
                          QString());
    m_choice->setCurrentIndex(std::max(0, m_choice->findData(keep)));
    m_add->setEnabled(!m_choice->currentData().toString().isEmpty());
}

} // namespace larder::ui
