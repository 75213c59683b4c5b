// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace larder {

class Clock;
class RandomSource;

// Record ids: UUID version 7 (RFC 9562) — 48 bits of Unix milliseconds, then random bits — as
// the canonical 36-character lower-case string. Ids made on different laptops never collide, and
// ids made on one laptop sort by creation time (a 12-bit counter keeps order within a
// millisecond).
class UuidV7Generator {
public:
    UuidV7Generator(const Clock& clock, RandomSource& random)
        : m_clock(clock)
        , m_random(random) {}
    QString next();

    static bool isValid(const QString& text);
    static int version(const QString& text);
    static qint64 timestampMs(const QString& text);

private:
    const Clock& m_clock;
    RandomSource& m_random;
    qint64 m_lastMs = -1;
    unsigned m_counter = 0;
};

} // namespace larder
