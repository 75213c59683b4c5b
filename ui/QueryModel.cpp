#include "QueryModel.h"

#include "storage/Store.h"

#include <algorithm>

namespace larder::ui {

QueryModel::QueryModel(Store& store, QByteArray sql, std::function<QVariantList()> bindings,
                       QSet<QString> watchedTables, QList<Column> columns, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_sql(std::move(sql))
    , m_bindings(std::move(bindings))
    , m_watched(std::move(watchedTables))
    , m_columns(std::move(columns)) {
    connect(&m_store, &Store::changed, this, [this](const QSet<QString>& tables) {
        if (!tables.intersects(m_watched))
            return;
        if (m_paused)
            m_stale = true;
        else
            reload();
    });
    reload();
}

void QueryModel::setPaused(bool paused) {
    m_paused = paused;
    if (!paused && m_stale)
        reload();
}

int QueryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant QueryModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Column& column = m_columns.at(index.column());
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(column.alignment);
    return column.data(m_rows.at(index.row()), role);
}

QVariant QueryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && section >= 0 && section < m_columns.size()) {
        if (role == Qt::DisplayRole)
            return m_columns.at(section).header;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(m_columns.at(section).alignment);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

void QueryModel::setSortColumn(int queryColumn) {
    m_sortColumn = queryColumn;
    reload();
}

void QueryModel::reload() {
    auto rows = m_store.readAll(m_sql, m_bindings ? m_bindings() : QVariantList());
    if (!rows)
        qWarning("Larder: could not read a list: %s", qUtf8Printable(rows.error().toString()));
    QList<QVariantList> sorted = rows ? std::move(rows.value()) : QList<QVariantList>();
    if (m_sortColumn >= 0) {
        const int column = m_sortColumn;
        std::stable_sort(sorted.begin(), sorted.end(),
                         [column](const QVariantList& a, const QVariantList& b) {
                             return QString::localeAwareCompare(a.value(column).toString(),
                                                                b.value(column).toString()) < 0;
                         });
    }
    beginResetModel();
    m_rows = std::move(sorted);
    m_stale = false;
    endResetModel();
}

} // namespace larder::ui
