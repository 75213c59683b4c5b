// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inventory/LotsModel.h"

#include "core/storage/Settings.h"
#include "core/storage/Store.h"
#include "ui/common/Labels.h"
#include "ui/common/Palette.h"

#include <QBrush>
#include <QFont>
#include <QSet>

using namespace Qt::StringLiterals;

namespace larder::ui {

namespace {

QString keyOf(const inventory::OnHand& line) {
    return line.itemId + u'|' + line.locationId + u'|' + line.lotId;
}

} // namespace

LotsModel::LotsModel(Store& store, Mode mode, QObject* parent)
    : RowTableModel(parent)
    , m_store(store)
    , m_mode(mode) {
    watch(m_store, {u"items"_s, u"lots"_s, u"locations"_s, u"stock_movements"_s, u"settings"_s,
                    u"stock_on_hand"_s});
    reload();
}

int LotsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_lines.size());
}

int LotsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LotsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const inventory::OnHand& line = m_lines.at(index.row());
    const int column = index.column();
    const bool negative = line.quantity < 0;
    const bool expired = line.expiry && *line.expiry < m_today;
    const bool dueToday = line.expiry && *line.expiry == m_today;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Item:
            return line.itemName;
        case Category:
            return Labels::category(line.category);
        case Location:
            return line.locationName;
        case Expiry:
            return line.expiry ? Labels::expiry(*line.expiry, m_today) : tr("No date");
        case Quantity:
            if (negative)
                return tr("%1 — below zero").arg(Labels::quantity(line.quantity, line.unit));
            return Labels::quantity(line.quantity, line.unit);
        }
        break;
    case StockRole::Sort:
        switch (column) {
        case Item:
            return line.itemName;
        case Category:
            return Labels::category(line.category);
        case Location:
            return line.locationName;
        case Expiry: // then by name, so that one day's lots read alphabetically
            return QString((line.expiry ? line.expiry->toString(Qt::ISODate) : u"9"_s) + u'\t' +
                           line.itemName.toCaseFolded() + u'\t' + line.locationName);
        case Quantity:
            return line.quantity;
        }
        break;
    case StockRole::ItemId:
        return line.itemId;
    case StockRole::LotId:
        return line.lotId;
    case StockRole::LocationId:
        return line.locationId;
    case Qt::TextAlignmentRole:
        if (column == Quantity)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if ((column == Quantity && negative) || (column == Expiry && (expired || dueToday)))
            return QBrush(Palette::warning());
        if (column == Expiry && !line.expiry)
            return QBrush(Palette::mutedText());
        break;
    case Qt::FontRole:
        if ((column == Quantity && negative) || (column == Expiry && expired)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ToolTipRole:
        if (column == Quantity && negative)
            return tr("The books show less than zero here: more was given out, moved or thrown "
                      "away than was recorded coming in (or a sync brought both sides). Count "
                      "this shelf to set it right.");
        if (column == Expiry && expired)
            return tr("Past its date. Check it: throw it away if it is spoiled (Ctrl+D).");
        if (column == Item)
            return tr("Enter or double-click: the history of %1").arg(line.itemName);
        break;
    default:
        break;
    }
    return {};
}

QVariant LotsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    return columnHeader(section, orientation, role,
                        {tr("Item"), tr("Category"), tr("Where"), tr("Use by"), tr("On hand")},
                        {Quantity});
}

int LotsModel::negativeCount() const {
    return int(std::count_if(m_lines.cbegin(), m_lines.cend(),
                             [](const inventory::OnHand& line) { return line.quantity < 0; }));
}

int LotsModel::expiredCount() const {
    const QDate today = m_today;
    return int(std::count_if(m_lines.cbegin(), m_lines.cend(), [today](const auto& line) {
        return line.expiry && *line.expiry < today;
    }));
}

void LotsModel::reload() {
    const inventory::Inventory stock(m_store);
    m_today = Labels::today(m_store);
    QList<inventory::OnHand> lines;
    if (m_mode == Mode::UseFirst) {
        m_days = Settings(m_store).get(settings::ExpiryWarningDays);
        lines = stock.expiring(m_days);
    } else {
        lines = stock.onHand();
    }
    replaceRows(m_lines, std::move(lines), keyOf);
    Q_EMIT reloaded();
}

} // namespace larder::ui
