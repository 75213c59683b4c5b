// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/identity/HybridClock.h"

#include "core/identity/Clock.h"

#include <QDateTime>

#include <algorithm>

namespace larder {

qint64 HybridClock::tick() {
    const qint64 wall = m_wall.nowMs();
    const qint64 lastMs = millis(m_last);
    if (wall > lastMs) {
        m_last = pack(wall, 0);
    } else if (counter(m_last) < CounterMask) {
        ++m_last;
    } else {
        // 65,536 events in one millisecond (or a wall clock far behind): borrow the next one.
        m_last = pack(lastMs + 1, 0);
    }
    return m_last;
}

void HybridClock::observe(qint64 remote) {
    m_last = std::max(m_last, remote);
}

QString HybridClock::toString(qint64 hlc) {
    return QDateTime::fromMSecsSinceEpoch(millis(hlc), Qt::UTC).toString(Qt::ISODateWithMs) + u'/' +
           QString::number(counter(hlc));
}

} // namespace larder
