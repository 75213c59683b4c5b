// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/households/HouseholdsModel.h"

#include "core/storage/Store.h"
#include "ui/common/Labels.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace larder::ui {

HouseholdsModel::HouseholdsModel(Store& store, QObject* parent)
    : HouseholdsModel(*new people::HouseholdIndex(store), parent) {
    m_index->setParent(this);
}

HouseholdsModel::HouseholdsModel(people::HouseholdIndex& index, QObject* parent)
    : QAbstractTableModel(parent)
    , m_index(&index) {
    connect(m_index, &people::HouseholdIndex::updated, this, &HouseholdsModel::reload);
    reload();
}

int HouseholdsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_loaded;
}

int HouseholdsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HouseholdsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString& id = m_ids.at(index.row());
    if (role == IdRole)
        return id;
    const people::HouseholdSummary* household = m_index->summary(id);
    if (!household)
        return {};
    if (role == StatusRole)
        return household->status;
    if (role == Qt::TextAlignmentRole && index.column() == Size)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Size)
        return tr("People in the household, children and seniors included.");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return household->chosenName;
    case PostalCode:
        return household->postalCode.isEmpty() && !household->meetingPoint.isEmpty()
                   ? tr("Meeting point")
                   : household->postalCode;
    case Size:
        return household->size;
    case Languages:
        return Labels::languages(household->languages.join(u','));
    case Schedule:
        return Labels::schedule(household->schedule);
    case Status:
        return Labels::householdStatus(household->status);
    }
    return {};
}

QVariant HouseholdsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole && section == Size)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name they chose");
    case PostalCode:
        return tr("Postal code");
    case Size:
        return tr("People");
    case Languages:
        return tr("Languages");
    case Schedule:
        return tr("Schedule");
    case Status:
        return tr("Status");
    }
    return {};
}

bool HouseholdsModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && m_loaded < m_ids.size();
}

void HouseholdsModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent))
        return;
    const int more = qMin<int>(PageSize, int(m_ids.size()) - m_loaded);
    beginInsertRows({}, m_loaded, m_loaded + more - 1);
    m_loaded += more;
    endInsertRows();
}

void HouseholdsModel::sort(int column, Qt::SortOrder order) {
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

void HouseholdsModel::setQuery(const people::SearchQuery& query) {
    m_query = query;
    reload();
}

int HouseholdsModel::rowOf(const QString& id) {
    const int row = int(m_ids.indexOf(id));
    while (row >= m_loaded && canFetchMore({}))
        fetchMore({});
    return row;
}

QString HouseholdsModel::idAt(int row) const {
    return row >= 0 && row < m_loaded ? m_ids.at(row) : QString();
}

void HouseholdsModel::sortIds() {
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    if (m_sortColumn < 0) {
        std::sort(m_ids.begin(), m_ids.end()); // UUIDv7: the order they were added
        if (descending)
            std::reverse(m_ids.begin(), m_ids.end());
        return;
    }
    if (m_sortColumn == Name) {
        // The index's own order: by name (with search text, name matches first).
        if (descending)
            std::reverse(m_ids.begin(), m_ids.end());
        return;
    }
    // Sort keys computed once per household, then compared: fast enough for 50,000 rows.
    struct Keyed {
        QString key;
        int number = 0;
        QString id;
    };
    std::vector<Keyed> keyed;
    keyed.reserve(std::size_t(m_ids.size()));
    for (const QString& id : std::as_const(m_ids)) {
        const people::HouseholdSummary* h = m_index->summary(id);
        Keyed k{{}, 0, id};
        if (h) {
            switch (m_sortColumn) {
            case PostalCode:
                k.key = h->postalCode.toCaseFolded();
                break;
            case Size:
                k.number = h->size;
                break;
            case Languages:
                k.key = h->languages.join(u',');
                break;
            case Schedule:
                k.number = int(people::vocabulary::schedules().indexOf(h->schedule));
                break;
            case Status:
                k.number = int(people::vocabulary::statuses().indexOf(h->status));
                break;
            }
        }
        keyed.push_back(std::move(k));
    }
    const bool numeric = m_sortColumn == Size || m_sortColumn == Schedule || m_sortColumn == Status;
    std::stable_sort(keyed.begin(), keyed.end(), [&](const Keyed& a, const Keyed& b) {
        if (numeric)
            return descending ? b.number < a.number : a.number < b.number;
        const int c = a.key.compare(b.key);
        return descending ? c > 0 : c < 0;
    });
    for (std::size_t i = 0; i < keyed.size(); ++i)
        m_ids[qsizetype(i)] = keyed[i].id;
}

void HouseholdsModel::reload() {
    // Keep as many rows as were handed out before, so a change does not jump the view to the top.
    const int wanted = qMax(PageSize, m_loaded);
    beginResetModel();
    people::SearchQuery query = m_query;
    query.limit = 0;
    m_ids = m_index->search(query).ids;
    sortIds();
    m_loaded = qMin<int>(wanted, int(m_ids.size()));
    people::SearchQuery active;
    active.statuses = {u"active"_s};
    active.limit = 1;
    m_active = m_index->search(active).total;
    endResetModel();
    Q_EMIT countsChanged();
}

} // namespace larder::ui
