#include "StockModel.h"

#include "Labels.h"
#include "storage/Store.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QSet>

using namespace Qt::StringLiterals;

namespace larder::ui {

StockModel::StockModel(Store& store, QObject* parent)
    : RowTableModel(parent)
    , m_store(store) {
    connect(&m_store, &Store::changed, this, [this](const QSet<QString>& tables) {
        static const QSet<QString> read{u"items"_s, u"lots"_s, u"stock_on_hand"_s,
                                        u"stock_movements"_s};
        if (tables.intersects(read))
            scheduleReload();
    });
    reload();
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
    const Line& line = m_lines.at(index.row());
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
            return line.par > 0 ? Labels::quantity(line.par, line.unit) : QString();
        case NextExpiry:
            return Labels::expiry(line.nextExpiry, m_today);
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
            return line.par;
        case NextExpiry:
            // Items without an expiry sort after every date.
            return line.nextExpiry.isValid() ? line.nextExpiry.toString(Qt::ISODate) : u"9"_s;
        }
        break;
    case IdRole:
        return line.id;
    case Qt::TextAlignmentRole:
        if (column == OnHand || column == Par)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (column == OnHand && (line.belowPar() || line.onHand < 0))
            return QBrush(QColor(0xa3, 0x3b, 0x20));
        if (column == NextExpiry && line.nextExpiry.isValid() && line.nextExpiry < m_today)
            return QBrush(QColor(0xa3, 0x3b, 0x20));
        break;
    case Qt::FontRole:
        if (column == OnHand && (line.belowPar() || line.onHand < 0)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ToolTipRole:
        if (column == OnHand && line.onHand < 0)
            return tr("The books show less than zero: more went out than was recorded coming in "
                      "(or a sync brought both sides). Count it to set it right.");
        if (column == OnHand && line.belowPar())
            return tr("Below par: %1 on hand, the pantry aims to keep %2.")
                .arg(Labels::quantity(line.onHand, line.unit),
                     Labels::quantity(line.par, line.unit));
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
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole &&
        (section == OnHand || section == Par))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RowTableModel::headerData(section, orientation, role);
    switch (section) {
    case Item:
        return tr("Item");
    case Category:
        return tr("Category");
    case OnHand:
        return tr("On hand");
    case Par:
        return tr("Par");
    case NextExpiry:
        return tr("Use first by");
    }
    return {};
}

int StockModel::negativeCount() const {
    return int(std::count_if(m_lines.cbegin(), m_lines.cend(),
                             [](const Line& line) { return line.onHand < 0; }));
}

int StockModel::belowParCount() const {
    return int(std::count_if(m_lines.cbegin(), m_lines.cend(),
                             [](const Line& line) { return line.belowPar(); }));
}

void StockModel::reload() {
    QList<Line> lines;
    const auto ok = m_store.read(
        "SELECT i.id, i.name, i.category, i.unit, i.par_level,"
        "       coalesce((SELECT sum(s.quantity) FROM stock_on_hand s WHERE s.item_id = i.id), 0),"
        "       (SELECT min(l.expiry) FROM stock_on_hand s JOIN lots l ON l.id = s.lot_id"
        "         WHERE s.item_id = i.id AND s.quantity > 0 AND l.expiry IS NOT NULL)"
        "  FROM items i WHERE i.active = 1",
        {}, [&lines](const Row& row) {
            Line line;
            line.id = row.text(0);
            line.name = row.text(1);
            line.category = row.text(2);
            line.unit = row.text(3);
            line.par = row.integer(4);
            line.onHand = row.integer(5);
            if (!row.isNull(6))
                line.nextExpiry = QDate::fromString(row.text(6), Qt::ISODate);
            lines.append(line);
        });
    if (!ok)
        qWarning("Larder: could not read stock: %s", qUtf8Printable(ok.error().toString()));
    std::sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    m_today = Labels::today(m_store);
    replaceRows(m_lines, std::move(lines), [](const Line& line) { return line.id; });
}

} // namespace larder::ui
