// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inventory/MovementsModel.h"

#include "core/inventory/Vocabulary.h"
#include "core/storage/Store.h"
#include "ui/common/Labels.h"
#include "ui/common/Palette.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace larder::ui {

MovementsModel::MovementsModel(Store& store, const QString& itemId, QObject* parent)
    : RowTableModel(parent)
    , m_store(store)
    , m_itemId(itemId) {
    connect(&m_store, &Store::changed, this, [this](const QSet<QString>& tables) {
        static const QSet<QString> read{u"items"_s, u"stock_movements"_s, u"people"_s,
                                        u"locations"_s};
        if (tables.intersects(read))
            reload();
    });
    reload();
}

int MovementsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MovementsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString MovementsModel::statusText(const inventory::MovementRow& row) const {
    if (row.reversed)
        return tr("Reversed later");
    if (!row.reverses.isEmpty()) {
        const auto it = m_byId.constFind(row.reverses);
        if (it == m_byId.cend())
            return tr("Corrects an earlier movement");
        const inventory::MovementRow& original = *it;
        return tr("Cancels: %1 %2 (%3)")
            .arg(Labels::movementKind(original.kind).toLower(),
                 Labels::signedQuantity(original.quantity, m_unit),
                 Labels::when(original.at, m_today));
    }
    return {};
}

QVariant MovementsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const inventory::MovementRow& row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (column) {
        case When:
            return Labels::when(row.at, m_today);
        case What:
            return Labels::movementKind(row.kind);
        case Quantity:
            return Labels::signedQuantity(row.quantity, m_unit);
        case Where:
            return row.locationName;
        case Lot:
            return row.expiry ? QLocale().toString(*row.expiry, u"d MMM yyyy"_s) : QString();
        case Who:
            if (row.recordedByName.isEmpty())
                return role == Qt::ToolTipRole ? tr("Nobody was on shift") : u"—"_s;
            return row.recordedByName;
        case Why:
            return Labels::movementReason(row.reason);
        case Status:
            return statusText(row);
        }
        break;
    case StockRole::Sort:
        switch (column) {
        case When:
            return row.at;
        case Quantity:
            return row.quantity;
        case Lot:
            return row.expiry ? row.expiry->toString(Qt::ISODate) : u"9"_s;
        default:
            return data(index, Qt::DisplayRole);
        }
    case StockRole::ItemId:
        return row.itemId;
    case StockRole::LotId:
        return row.lotId;
    case StockRole::LocationId:
        return row.locationId;
    case StockRole::MovementId:
        return row.id;
    case Qt::TextAlignmentRole:
        if (column == Quantity)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (row.reversed)
            return QBrush(Palette::mutedText());
        if (column == Quantity && row.quantity < 0)
            return QBrush(Palette::warning());
        break;
    case Qt::FontRole:
        if (row.reversed && column == Quantity) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant MovementsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    return columnHeader(section, orientation, role,
                        {tr("When"), tr("What"), tr("Amount"), tr("Where"), tr("Lot (use by)"),
                         tr("Who"), tr("Why"), tr("Note")},
                        {Quantity});
}

void MovementsModel::reload() {
    const inventory::Inventory stock(m_store);
    if (const auto item = stock.item(m_itemId))
        m_unit = item->unit;
    m_today = Labels::today(m_store);
    QList<inventory::MovementRow> rows = stock.history(m_itemId, Limit);
    m_byId.clear();
    for (const inventory::MovementRow& row : std::as_const(rows))
        m_byId.insert(row.id, row);
    replaceRows(m_rows, std::move(rows), [](const inventory::MovementRow& m) { return m.id; });
}

} // namespace larder::ui
