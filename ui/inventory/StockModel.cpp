// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inventory/StockModel.h"

#include "core/storage/Store.h"
#include "ui/common/Labels.h"
#include "ui/common/Palette.h"

#include <QBrush>
#include <QFont>
#include <QSet>

using namespace Qt::StringLiterals;

namespace larder::ui {

StockModel::StockModel(Store& store, QObject* parent)
    : RowTableModel(parent)
    , m_store(store) {
    watch(store, {u"items"_s, u"lots"_s, u"stock_on_hand"_s, u"stock_movements"_s});
    // The class is final, so this first load can only be StockModel's own.
    StockModel::reload();
}

int StockModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_lines.size());
}

int StockModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StockModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const inventory::ItemTotal& line = m_lines.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Item:
            return line.name;
        case Category:
            return Labels::category(line.category);
        case OnHand:
            if (line.onHand < 0)
                return tr("%1 — below zero").arg(Labels::quantity(line.onHand, line.unit));
            return Labels::quantity(line.onHand, line.unit);
        case Par:
            return line.parLevel > 0 ? Labels::quantity(line.parLevel, line.unit) : QString();
        case NextExpiry:
            return Labels::expiry(line.nextExpiry.value_or(QDate()), m_today);
        }
        break;
    case SortRole:
        switch (column) {
        case Item:
            return line.name;
        case Category:
            return Labels::category(line.category);
        case OnHand:
            return line.onHand;
        case Par:
            return line.parLevel;
        case NextExpiry:
            // Items without an expiry sort after every date.
            return line.nextExpiry ? line.nextExpiry->toString(Qt::ISODate) : u"9"_s;
        }
        break;
    case IdRole:
        return line.itemId;
    case Qt::TextAlignmentRole:
        if (column == OnHand || column == Par)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (column == OnHand && (line.isBelowPar() || line.onHand < 0))
            return QBrush(Palette::warning());
        if (column == NextExpiry && line.nextExpiry && *line.nextExpiry < m_today)
            return QBrush(Palette::warning());
        break;
    case Qt::FontRole:
        if (column == OnHand && (line.isBelowPar() || line.onHand < 0)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ToolTipRole:
        if (column == OnHand && line.onHand < 0)
            return tr("The books show less than zero: more went out than was recorded coming in "
                      "(or a sync brought both sides). Count it to set it right.");
        if (column == OnHand && line.isBelowPar())
            return tr("Below par: %1 on hand, the pantry aims to keep %2.")
                .arg(Labels::quantity(line.onHand, line.unit),
                     Labels::quantity(line.parLevel, line.unit));
        if (column == Par)
            return tr("Par: the amount the pantry aims to keep on the shelf.");
        if (column == Item)
            return tr("Enter or double-click: the history of %1").arg(line.name);
        break;
    default:
        break;
    }
    return {};
}

QVariant StockModel::headerData(int section, Qt::Orientation orientation, int role) const {
    return columnHeader(section, orientation, role,
                        {tr("Item"), tr("Category"), tr("On hand"), tr("Par"), tr("Use first by")},
                        {OnHand, Par});
}

int StockModel::negativeCount() const {
    return int(std::count_if(m_lines.cbegin(), m_lines.cend(),
                             [](const inventory::ItemTotal& line) { return line.onHand < 0; }));
}

int StockModel::belowParCount() const {
    return int(std::count_if(m_lines.cbegin(), m_lines.cend(),
                             [](const inventory::ItemTotal& line) { return line.isBelowPar(); }));
}

void StockModel::reload() {
    QList<inventory::ItemTotal> lines = inventory::Inventory(m_store).totals();
    std::stable_sort(lines.begin(), lines.end(), [](const auto& a, const auto& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    m_today = Labels::today(m_store);
    replaceRows(m_lines, std::move(lines),
                [](const inventory::ItemTotal& line) { return line.itemId; });
}

} // namespace larder::ui
