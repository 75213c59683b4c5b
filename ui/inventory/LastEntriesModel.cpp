// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inventory/LastEntriesModel.h"

#include "core/storage/Store.h"
#include "ui/common/Labels.h"
#include "ui/common/Palette.h"

#include <QBrush>
#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace larder::ui {

LastEntriesModel::LastEntriesModel(Store& store, QObject* parent)
    : RowTableModel(parent)
    , m_store(store) {
    connect(&m_store, &Store::changed, this, [this](const QSet<QString>& tables) {
        static const QSet<QString> read{u"stock_movements"_s, u"items"_s, u"people"_s,
                                        u"locations"_s};
        if (!m_entries.isEmpty() && tables.intersects(read))
            reload();
    });
    m_today = Labels::today(m_store);
}

int LastEntriesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

int LastEntriesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LastEntriesModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& entry = m_entries.at(index.row());
    const inventory::MovementRow& row = entry.row;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Time: {
            // Hours and minutes: seconds are noise on a busy intake table.
            const QLocale locale;
            return locale.toString(
                QDateTime::fromString(row.at, Qt::ISODateWithMs).toLocalTime().time(),
                locale.timeFormat(QLocale::ShortFormat).remove(u":ss"_s));
        }
        case Item:
            return row.itemName;
        case Quantity: {
            const QString amount = Labels::quantity(row.quantity, entry.unit);
            const QString typed = entry.typed.simplified();
            // "72 (3 cases)": what was typed, when it was more than the number.
            if (!typed.isEmpty() && typed != QString::number(row.quantity) &&
                typed.compare(amount, Qt::CaseInsensitive) != 0)
                return tr("%1 (%2)", "amount (as typed)").arg(amount, typed);
            return amount;
        }
        case Expiry:
            return row.expiry ? QLocale().toString(*row.expiry, u"ddd d MMM yyyy"_s)
                              : tr("No date");
        case Location:
            return row.locationName;
        case Who:
            return row.recordedByName.isEmpty() ? u"—"_s : row.recordedByName;
        case Status:
            return row.reversed ? tr("Undone") : tr("Saved");
        }
        break;
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
        if (column == Status)
            return QBrush(Palette::ok());
        break;
    case Qt::FontRole:
        if (row.reversed && column != Status) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        break;
    case Qt::ToolTipRole:
        if (row.reversed)
            return tr("Undone: a correction was posted, so this line no longer counts. Redo "
                      "(Ctrl+Shift+Z) records it again.");
        if (column == Who && row.recordedByName.isEmpty())
            return tr("Nobody was on shift");
        return tr("Enter or double-click: the history of %1").arg(row.itemName);
    default:
        break;
    }
    return {};
}

QVariant LastEntriesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    return columnHeader(section, orientation, role,
                        {tr("Time"), tr("Item"), tr("Quantity"), tr("Use by"), tr("Where"),
                         tr("Who"), tr("Status")},
                        {Quantity});
}

LastEntriesModel::Entry LastEntriesModel::read(const QString& movementId,
                                               const QString& typed) const {
    const inventory::Inventory stock(m_store);
    Entry entry;
    entry.typed = typed;
    if (const auto row = stock.movement(movementId))
        entry.row = *row;
    entry.row.id = movementId;
    if (const auto item = stock.item(entry.row.itemId))
        entry.unit = item->unit;
    return entry;
}

void LastEntriesModel::addEntry(const QString& movementId, const QString& typedQuantity) {
    Entry entry = read(movementId, typedQuantity);
    beginInsertRows({}, 0, 0);
    m_entries.prepend(std::move(entry));
    endInsertRows();
}

void LastEntriesModel::replaceEntry(const QString& oldMovementId, const QString& newMovementId) {
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).row.id != oldMovementId)
            continue;
        m_entries[i] = read(newMovementId, m_entries.at(i).typed);
        Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
        return;
    }
}

void LastEntriesModel::reload() {
    m_today = Labels::today(m_store);
    QList<Entry> entries;
    entries.reserve(m_entries.size());
    for (const Entry& entry : std::as_const(m_entries))
        entries.append(read(entry.row.id, entry.typed));
    replaceRows(m_entries, std::move(entries), [](const Entry& e) { return e.row.id; });
}

} // namespace larder::ui
