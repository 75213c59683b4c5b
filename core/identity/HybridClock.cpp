// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/identity/HybridClock.h"

#include "core/identity/Clock.h"

#include <QDateTime>

#include <algorithm>

namespace larder {

qint64 HybridClock::tick() {
    const qint64 wall = std::clamp<qint64>(m_wall.nowMs(), 0, MaxMillis);
    const qint64 lastMs = millis(m_last);
    if (m_last >= Max) {
        m_last = Max; // saturated: stays the greatest time there is
    } else if (wall > lastMs) {
        m_last = pack(wall, 0);
    } else if (counter(m_last) < CounterMask) {
        ++m_last;
    } else {
        // 65,536 events in one millisecond (or a wall clock far behind): borrow the next one.
        m_last = lastMs < MaxMillis ? pack(lastMs + 1, 0) : Max;
    }
    return m_last;
}

void HybridClock::observe(qint64 remote) {
    if (remote > 0)
        m_last = std::max(m_last, remote);
}

QString HybridClock::toString(qint64 hlc) {
    return QDateTime::fromMSecsSinceEpoch(millis(hlc), Qt::UTC).toString(Qt::ISODateWithMs) + u'/' +
           QString::number(counter(hlc));
}

} // namespace larder
