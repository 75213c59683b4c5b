// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/people/People.h"

#include <QAbstractTableModel>
#include <QList>

namespace larder {
class Store;
}

namespace larder::ui {

// Every volunteer and driver on file (inactive ones too, last), by display name, for the people
// tab. Reloads when the store reports a change to `people` or `households` (the household
// column), never from its own edits.
class PeopleTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, Roles, Vehicle, Languages, Days, Household, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit PeopleTableModel(Store& store, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int rowOf(const QString& id) const;
    void reload();

private:
    Store& m_store;
    people::People m_peopleApi;
    QList<people::Person> m_people;
    QHash<QString, QString> m_householdNames;
};

} // namespace larder::ui
