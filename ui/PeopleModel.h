// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>

namespace larder {
class Store;
}

namespace larder::ui {

// The active people of a pantry (volunteers, drivers, coordinators) by display name, sorted for
// people to find themselves (People::all). Reloads when the store reports a
// change to `people`, never from its own edits.
class PeopleModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, RolesRole };

    explicit PeopleModel(Store& store, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // Row of the person with this id, or -1.
    int rowOf(const QString& personId) const;
    // Row of the first person whose name equals `name` ignoring case and outer spaces, or -1.
    int rowNamed(const QString& name) const;
    QString idAt(int row) const;
    QString nameAt(int row) const;

    void reload();

private:
    struct Person {
        QString id;
        QString name;
        QString roles;
    };
    Store& m_store;
    QList<Person> m_people;
};

} // namespace larder::ui
