// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/identity/Clock.h"

#include <QDateTime>

namespace larder {

qint64 SystemClock::nowMs() const {
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace larder
