// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

class QTimer;

namespace larder {
class Store;
}

namespace larder::ui {

// Roles the stock models share, so that a page can act on a row of any of them (give out, move,
// open the item's history) without knowing which model it is.
namespace StockRole {
enum : int {
    Sort = Qt::UserRole + 1,   // raw value for sorting (number, ISO date, text)
    ItemId = Qt::UserRole + 2, // the catalog item of the row
    LotId,                     // the lot, when the row is one lot (may be empty: no lot)
    LocationId,                // the location, when the row is at one location
    MovementId,                // the ledger row, in movement lists
    CountLineId,               // the count line, in a count
};
} // namespace StockRole

// A table of value rows that replaces its rows by key instead of resetting: rows that stay keep
// their place (so selection, the current row and an open editor survive a reload), vanished rows
// are removed and new ones inserted. Subclasses reload from core on Store::changed and hand the new
// rows to replaceRows(); they never patch rows after their own edits.
//
// A model whose reload reads much (a scan of every stock line) can ask for scheduleReload()
// instead of reloading at once: on screen it reloads at the next turn of the event loop (several
// writes in one turn cost one reload, after what the person is looking at has been painted); off
// screen it waits until the store has been quiet for a moment, so a quick run of intake lines does
// not make hidden tabs read the ledger after every line. A summary list whose page re-reads when
// shown (Today, Reports) sets reloadWhileHidden to false: off screen, a change only marks it
// stale, and coming on screen reloads it.
class RowTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    explicit RowTableModel(QObject* parent = nullptr);

    virtual void reload() = 0;
    // Whether a view shows the rows now; coming on screen reloads at once if a change is pending.
    void setOnScreen(bool onScreen);
    bool isOnScreen() const { return m_onScreen; }
    bool reloadPending() const;
    // Whether a change seen off screen reloads once the store is quiet (true, the default) or
    // waits until the model is on screen again.
    void setReloadWhileHidden(bool reload) { m_reloadWhileHidden = reload; }
    // Off screen, how long the store must be quiet before a pending reload runs.
    static constexpr int QuietMs = 1200;

protected:
    // The horizontal header: `titles` by column, the `rightAligned` columns (numbers) aligned
    // right as their cells are; any other section, orientation or role as QAbstractTableModel
    // gives it. A subclass's headerData() returns this with its own titles.
    QVariant columnHeader(int section, Qt::Orientation orientation, int role,
                          const QStringList& titles, const QList<int>& rightAligned = {}) const;

    void scheduleReload();
    // Schedules a reload whenever `store` reports a change to one of `tables`.
    void watch(Store& store, QSet<QString> tables);

    // `rows` becomes `next`. `key` gives a row's identity (QString). Falls back to a reset when
    // the rows that stay changed their order.
    template <typename T, typename KeyFn>
    void replaceRows(QList<T>& rows, QList<T> next, KeyFn key) {
        QHash<QString, int> nextIndex;
        nextIndex.reserve(next.size());
        for (int i = 0; i < next.size(); ++i)
            nextIndex.insert(key(next.at(i)), i);
        // The rows that stay must keep their relative order, else reset.
        int last = -1;
        bool ordered = true;
        int staying = 0;
        for (const T& row : std::as_const(rows)) {
            const auto it = nextIndex.constFind(key(row));
            if (it == nextIndex.cend())
                continue;
            ++staying;
            if (*it <= last) {
                ordered = false;
                break;
            }
            last = *it;
        }
        if (!ordered || (staying == 0 && !rows.isEmpty()) || nextIndex.size() != next.size()) {
            beginResetModel();
            rows = std::move(next);
            endResetModel();
            return;
        }
        // Remove the rows that went, from the end, a run at a time.
        for (int i = int(rows.size()) - 1; i >= 0;) {
            if (nextIndex.contains(key(rows.at(i)))) {
                --i;
                continue;
            }
            int first = i;
            while (first > 0 && !nextIndex.contains(key(rows.at(first - 1))))
                --first;
            beginRemoveRows({}, first, i);
            rows.remove(first, i - first + 1);
            endRemoveRows();
            i = first - 1;
        }
        // What is left is in the order of `next`: update the rows that stay, insert runs of new
        // rows before the next row that stays.
        int j = 0;
        while (j < next.size()) {
            if (j < rows.size() && key(rows.at(j)) == key(next.at(j))) {
                rows[j] = next.at(j);
                ++j;
                continue;
            }
            const bool atEnd = j >= rows.size();
            const QString stay = atEnd ? QString() : key(rows.at(j));
            int end = j;
            while (end + 1 < next.size() && (atEnd || key(next.at(end + 1)) != stay))
                ++end;
            beginInsertRows({}, j, end);
            for (int k = j; k <= end; ++k)
                rows.insert(k, next.at(k));
            endInsertRows();
            j = end + 1;
        }
        if (!rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(rows.size()) - 1, columnCount() - 1));
    }

private:
    QTimer* m_timer = nullptr;
    bool m_onScreen = true;
    bool m_reloadWhileHidden = true;
    bool m_stale = false; // changed while hidden, with reloadWhileHidden off
};

} // namespace larder::ui
