// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/households/PeopleTableModel.h"

#include "core/people/Households.h"
#include "core/storage/Store.h"
#include "ui/common/Labels.h"

#include <QFont>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace larder::ui {

PeopleTableModel::PeopleTableModel(Store& store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_peopleApi(store) {
    connect(&m_store, &Store::changed, this, [this](const QSet<QString>& tables) {
        if (tables.contains(u"people"_s) || tables.contains(u"households"_s))
            reload();
    });
    reload();
}

int PeopleTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_people.size());
}

int PeopleTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeopleTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const people::Person& person = m_people.at(index.row());
    if (role == IdRole)
        return person.id;
    if (role == Qt::FontRole && !person.active) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return person.active ? person.displayName : tr("%1 (not active)").arg(person.displayName);
    case Roles:
        return Labels::roles(person.roles.join(u','));
    case Vehicle:
        return person.vehicleCapacity > 0 ? tr("%n box(es)", "", person.vehicleCapacity)
                                          : QString();
    case Languages:
        return Labels::languages(person.languages.join(u','));
    case Days:
        return Labels::weekdays(person.usualDays.join(u','));
    case Household:
        return m_householdNames.value(person.householdId);
    }
    return {};
}

QVariant PeopleTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Roles:
        return tr("Roles");
    case Vehicle:
        return tr("Vehicle");
    case Languages:
        return tr("Languages");
    case Days:
        return tr("Usual days");
    case Household:
        return tr("Household");
    }
    return {};
}

int PeopleTableModel::rowOf(const QString& id) const {
    for (int row = 0; row < m_people.size(); ++row)
        if (m_people.at(row).id == id)
            return row;
    return -1;
}

void PeopleTableModel::reload() {
    beginResetModel();
    m_people = m_peopleApi.all(true);
    std::stable_sort(m_people.begin(), m_people.end(),
                     [](const people::Person& a, const people::Person& b) {
                         if (a.active != b.active)
                             return a.active;
                         return a.displayName.localeAwareCompare(b.displayName) < 0;
                     });
    m_householdNames.clear();
    const people::Households households(m_store);
    for (const people::Person& person : std::as_const(m_people))
        if (!person.householdId.isEmpty() && !m_householdNames.contains(person.householdId))
            if (const auto household = households.household(person.householdId))
                m_householdNames.insert(person.householdId, household->chosenName);
    endResetModel();
}

} // namespace larder::ui
