// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/RowTableModel.h"

#include "core/storage/Store.h"

#include <QTimer>

namespace larder::ui {

RowTableModel::RowTableModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_timer(new QTimer(this)) {
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] { reload(); });
}

void RowTableModel::scheduleReload() {
    if (!m_onScreen && !m_reloadWhileHidden) {
        m_stale = true;
        return;
    }
    m_timer->start(m_onScreen ? 0 : QuietMs); // restarting it is what waits for quiet
}

QVariant RowTableModel::columnHeader(int section, Qt::Orientation orientation, int role,
                                     const QStringList& titles,
                                     const QList<int>& rightAligned) const {
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole &&
        rightAligned.contains(section))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || section >= titles.size())
        return {};
    return titles.at(section);
}

void RowTableModel::watch(Store& store, QSet<QString> tables) {
    connect(&store, &Store::changed, this, [this, tables](const QSet<QString>& changed) {
        if (changed.intersects(tables))
            scheduleReload();
    });
}

void RowTableModel::setOnScreen(bool onScreen) {
    m_onScreen = onScreen;
    if (onScreen && (m_timer->isActive() || m_stale)) {
        m_timer->stop();
        m_stale = false;
        reload();
    }
}

bool RowTableModel::reloadPending() const {
    return m_timer->isActive() || m_stale;
}

} // namespace larder::ui
