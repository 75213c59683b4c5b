#include "RowTableModel.h"

#include <QTimer>

namespace larder::ui {

RowTableModel::RowTableModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_timer(new QTimer(this)) {
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] { reload(); });
}

void RowTableModel::scheduleReload() {
    m_timer->start(m_onScreen ? 0 : QuietMs); // restarting it is what waits for quiet
}

void RowTableModel::setOnScreen(bool onScreen) {
    m_onScreen = onScreen;
    if (onScreen && m_timer->isActive()) {
        m_timer->stop();
        reload();
    }
}

bool RowTableModel::reloadPending() const {
    return m_timer->isActive();
}

} // namespace larder::ui
