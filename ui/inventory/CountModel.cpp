// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inventory/CountModel.h"

#include "core/storage/Store.h"
#include "ui/common/Labels.h"
#include "ui/common/Palette.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace larder::ui {

CountModel::CountModel(Store& store, const QString& countId, QObject* parent)
    : RowTableModel(parent)
    , m_store(store)
    , m_countId(countId) {
    connect(&m_store, &Store::changed, this, [this](const QSet<QString>& tables) {
        static const QSet<QString> read{u"stock_counts"_s, u"stock_count_lines"_s,
                                        u"stock_movements"_s, u"items"_s, u"locations"_s};
        if (tables.intersects(read))
            reload();
    });
    reload();
}

int CountModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_count.lines.size());
}

int CountModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags CountModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags flags = RowTableModel::flags(index);
    if (index.isValid() && index.column() == Counted && isOpen())
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant CountModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const inventory::CountLine& line = m_count.lines.at(index.row());
    const int column = index.column();
    const qint64 difference = line.difference();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Location:
            return line.locationName;
        case Item:
            return line.itemName;
        case Lot:
            return line.expiry ? QLocale().toString(*line.expiry, u"d MMM yyyy"_s) : tr("No date");
        case Expected:
            return Labels::quantity(line.onHandNow, line.unit);
        case Counted:
            return line.counted ? QLocale().toString(*line.counted) : QString();
        case Difference:
            if (!line.counted)
                return QString();
            return difference == 0 ? tr("matches") : Labels::signedQuantity(difference, line.unit);
        }
        break;
    case Qt::EditRole:
        if (column == Counted)
            return line.counted ? QString::number(*line.counted) : QString();
        return data(index, Qt::DisplayRole);
    case StockRole::Sort:
        switch (column) {
        case Expected:
            return line.onHandNow;
        case Counted:
            return line.counted ? QVariant(*line.counted) : QVariant(qint64(-1));
        case Difference:
            return difference;
        case Lot:
            return line.expiry ? line.expiry->toString(Qt::ISODate) : u"9"_s;
        default:
            return data(index, Qt::DisplayRole);
        }
    case StockRole::ItemId:
        return line.itemId;
    case StockRole::LotId:
        return line.lotId;
    case StockRole::LocationId:
        return line.locationId;
    case StockRole::CountLineId:
        return line.id;
    case Qt::TextAlignmentRole:
        if (column >= Expected)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (column == Difference && line.counted && difference != 0)
            return QBrush(difference < 0 ? Palette::warning() : Palette::surplus());
        if (column == Difference && line.counted)
            return QBrush(Palette::ok());
        if (column == Expected && line.onHandNow < 0)
            return QBrush(Palette::warning());
        break;
    case Qt::BackgroundRole:
        if (column == Counted && isOpen())
            return QBrush(line.counted ? Palette::countedBackground()
                                       : Palette::toCountBackground());
        break;
    case Qt::FontRole:
        if (column == Counted || (column == Difference && difference != 0)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ToolTipRole:
        if (column == Counted)
            return tr("Type what is on the shelf and press Enter; empty means not counted.");
        if (column == Expected && line.onHandNow != line.expected)
            return tr("%1 when the count started; stock moved since.")
                .arg(Labels::quantity(line.expected, line.unit));
        if (column == Difference && line.counted && difference != 0)
            return tr("Confirming posts %1 for this line.")
                .arg(Labels::signedQuantity(difference, line.unit));
        break;
    default:
        break;
    }
    return {};
}

QVariant CountModel::headerData(int section, Qt::Orientation orientation, int role) const {
    return columnHeader(
        section, orientation, role,
        {tr("Where"), tr("Item"), tr("Use by"), tr("Expected"), tr("Counted"), tr("Difference")},
        {Expected, Counted, Difference});
}

bool CountModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        index.column() != Counted)
        return false;
    const QString text = value.toString().trimmed().remove(u',');
    std::optional<qint64> counted;
    if (!text.isEmpty()) {
        bool ok = false;
        const qint64 number = text.toLongLong(&ok);
        if (!ok || number < 0) {
            m_lastError = tr("\"%1\" is not a count: type a whole number, 0 if there is none.")
                              .arg(value.toString());
            Q_EMIT refused(m_lastError);
            return false;
        }
        counted = number;
    }
    const inventory::CountLine& line = m_count.lines.at(index.row());
    if (line.counted == counted)
        return true;
    // Saved at once; the row changes when the store says so (reload).
    auto saved = inventory::Inventory(m_store).enterCounted(line.id, counted);
    if (!saved) {
        m_lastError = saved.error().message;
        Q_EMIT refused(m_lastError);
        return false;
    }
    m_lastError.clear();
    return true;
}

int CountModel::countedLines() const {
    return int(std::count_if(m_count.lines.cbegin(), m_count.lines.cend(),
                             [](const auto& line) { return line.counted.has_value(); }));
}

int CountModel::differences() const {
    return int(std::count_if(m_count.lines.cbegin(), m_count.lines.cend(), [](const auto& line) {
        return line.counted && line.difference() != 0;
    }));
}

void CountModel::reload() {
    auto count = inventory::Inventory(m_store).count(m_countId);
    inventory::StockCount next = count.value_or(inventory::StockCount{});
    QList<inventory::CountLine> lines = std::move(next.lines);
    next.lines = std::move(m_count.lines);
    m_count = std::move(next);
    replaceRows(m_count.lines, std::move(lines),
                [](const inventory::CountLine& l) { return l.id; });
}

} // namespace larder::ui
