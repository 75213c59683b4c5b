#include "HouseholdsModel.h"

#include "Labels.h"
#include "storage/Store.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace larder::ui {

HouseholdsModel::HouseholdsModel(Store& store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store) {
    connect(&m_store, &Store::changed, this, [this](const QSet<QString>& tables) {
        if (tables.contains(u"households"_s))
            reload();
    });
    reload();
}

int HouseholdsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HouseholdsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HouseholdsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Household& household = m_rows.at(index.row());
    if (role == IdRole)
        return household.id;
    if (role == Qt::TextAlignmentRole && index.column() == Size)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Size)
        return tr("People in the household, children and seniors included.");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return household.name;
    case PostalCode:
        return household.postalCode;
    case Size:
        return household.size;
    case Languages:
        return Labels::languages(household.languages);
    case Status:
        return Labels::householdStatus(household.status);
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
    case Status:
        return tr("Status");
    }
    return {};
}

bool HouseholdsModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && m_rows.size() < m_total;
}

void HouseholdsModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent))
        return;
    const QList<Household> page =
        readPage(m_rows.isEmpty() ? QString() : m_rows.constLast().id, PageSize);
    if (page.isEmpty()) {
        // The count was stale (rows went away): stop offering more.
        m_total = int(m_rows.size());
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
}

QList<HouseholdsModel::Household> HouseholdsModel::readPage(const QString& afterId,
                                                            int limit) const {
    QList<Household> rows;
    // Keyset paging on the UUIDv7 id (time-ordered) stays fast however far one scrolls.
    const auto ok = m_store.read(
        "SELECT id, chosen_name, postal_code, adults + children + seniors, languages, status"
        "  FROM households WHERE id > coalesce(?1, '') ORDER BY id LIMIT ?2",
        {afterId, limit}, [&rows](const Row& row) {
            rows.append({row.text(0), row.text(1), row.text(2), int(row.integer(3)), row.text(4),
                         row.text(5)});
        });
    if (!ok)
        qWarning("Larder: could not read households: %s", qUtf8Printable(ok.error().toString()));
    return rows;
}

void HouseholdsModel::readCounts() {
    m_total = 0;
    m_active = 0;
    const auto ok =
        m_store.read("SELECT count(*), coalesce(sum(status = 'active'), 0) FROM households", {},
                     [this](const Row& row) {
                         m_total = int(row.integer(0));
                         m_active = int(row.integer(1));
                     });
    if (!ok)
        qWarning("Larder: could not count households: %s", qUtf8Printable(ok.error().toString()));
}

void HouseholdsModel::reload() {
    // Keep as many rows as were fetched before, so a change does not jump the view to the top.
    const int wanted = int(qMax<qsizetype>(PageSize, m_rows.size()));
    beginResetModel();
    readCounts();
    m_rows = readPage(QString(), wanted);
    endResetModel();
    Q_EMIT countsChanged();
}

} // namespace larder::ui
