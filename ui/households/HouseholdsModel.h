// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/people/HouseholdIndex.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <QStringList>

namespace larder {
class Store;
}

namespace larder::ui {

// The households that match a search (people::HouseholdIndex::search: type-ahead over name,
// address, notes and phone, with filters), shown in pages of PageSize rows as the list scrolls so
// that 50,000 households open at once. Shows what a volunteer needs to recognise a household: the
// name it chose, postal code, size, languages, schedule and status — never the street address or
// the phone. Re-runs its query whenever the index reports a change (never from its own edits).
// Sorted by when the household was added until sort() is asked for another column.
class HouseholdsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, PostalCode, Size, Languages, Schedule, Status, ColumnCount };
    static constexpr int PageSize = 500;
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int StatusRole = Qt::UserRole + 2;

    // Builds its own index of `store`'s households.
    explicit HouseholdsModel(Store& store, QObject* parent = nullptr);
    // Searches `index`, which must outlive the model.
    HouseholdsModel(people::HouseholdIndex& index, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    // Sorts every match, not only the rows fetched so far. By name is the index's order (with
    // search text, households whose name matches come first).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    people::HouseholdIndex& householdIndex() const { return *m_index; }
    const people::SearchQuery& query() const { return m_query; }
    void setQuery(const people::SearchQuery& query);

    // Households on file, how many of them are active, and how many match the query (not only
    // the rows fetched so far).
    int totalCount() const { return m_index->size(); }
    int activeCount() const { return m_active; }
    int matchCount() const { return int(m_ids.size()); }
    // Row of the household with this id, fetching pages up to it; -1 when it does not match.
    int rowOf(const QString& id);
    QString idAt(int row) const;

    void reload();

Q_SIGNALS:
    void countsChanged();

private:
    void sortIds();

    people::HouseholdIndex* m_index = nullptr;
    people::SearchQuery m_query;
    QStringList m_ids; // every match, in display order
    int m_loaded = 0;  // rows handed to views so far
    int m_active = 0;
    int m_sortColumn = -1; // -1: by when added (id order)
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace larder::ui
