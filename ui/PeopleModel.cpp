// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/PeopleModel.h"

#include "core/people/People.h"
#include "core/storage/Store.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace larder::ui {

PeopleModel::PeopleModel(Store& store, QObject* parent)
    : QAbstractListModel(parent)
    , m_store(store) {
    connect(&m_store, &Store::changed, this, [this](const QSet<QString>& tables) {
        if (tables.contains(u"people"_s))
            reload();
    });
    reload();
}

int PeopleModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_people.size());
}

QVariant PeopleModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Person& person = m_people.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return person.name;
    case IdRole:
        return person.id;
    case RolesRole:
        return person.roles;
    default:
        return {};
    }
}

int PeopleModel::rowOf(const QString& personId) const {
    for (int row = 0; row < m_people.size(); ++row) {
        if (m_people.at(row).id == personId)
            return row;
    }
    return -1;
}

int PeopleModel::rowNamed(const QString& name) const {
    const QString wanted = name.trimmed();
    for (int row = 0; row < m_people.size(); ++row) {
        if (m_people.at(row).name.trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

QString PeopleModel::idAt(int row) const {
    return row >= 0 && row < m_people.size() ? m_people.at(row).id : QString();
}

QString PeopleModel::nameAt(int row) const {
    return row >= 0 && row < m_people.size() ? m_people.at(row).name : QString();
}

void PeopleModel::reload() {
    QList<Person> active;
    // Sorted by their decoded names (People::all).
    for (const people::Person& person : people::People(m_store).all())
        active.append({person.id, person.displayName, person.roles.join(u',')});
    beginResetModel();
    m_people = std::move(active);
    endResetModel();
}

} // namespace larder::ui
