#pragma once

#include <QAbstractTableModel>
#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QVariantList>

#include <functional>

namespace larder {
class Store;
}

namespace larder::ui {

// A small read-only table over one core query, for the short lists that summary pages show
// ("use first", "running low"). Each column says how to present a row; the model reloads when
// the store reports a change to one of the tables it reads. Not for large tables: it reads every
// row at once.
class QueryModel : public QAbstractTableModel {
    Q_OBJECT

public:
    struct Column {
        QString header;
        // The value for `role` from one result row (all columns of the query, decoded).
        std::function<QVariant(const QVariantList& row, int role)> data;
        // Numbers right, text left; the header follows its column.
        Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
    };

    QueryModel(Store& store, QByteArray sql, std::function<QVariantList()> bindings,
               QSet<QString> watchedTables, QList<Column> columns, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Sorts rows by one query column (locale-aware text) after reading, for columns SQL cannot
    // order because they are stored encoded. -1: keep the query's order.
    void setSortColumn(int queryColumn);

    void reload();
    // While paused (its page is not on screen), a change only marks the rows stale, so a run of
    // intake lines does not re-read summaries nobody is looking at; resuming reloads stale rows.
    void setPaused(bool paused);

private:
    int m_sortColumn = -1;
    bool m_paused = false;
    bool m_stale = false;
    Store& m_store;
    QByteArray m_sql;
    std::function<QVariantList()> m_bindings;
    QSet<QString> m_watched;
    QList<Column> m_columns;
    QList<QVariantList> m_rows;
};

} // namespace larder::ui
