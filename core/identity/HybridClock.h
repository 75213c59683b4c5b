// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <limits>

namespace larder {

class Clock;

// A hybrid logical clock (Kulkarni et al.): a timestamp that follows the wall clock when it can,
// never goes backwards, and moves past every time it has seen from another laptop. Packed in a
// 64-bit integer as (milliseconds << 16) | counter, so timestamps compare as plain integers and
// SQLite can index them. It saturates at Max (never overflows into a negative time): a timestamp
// received from a laptop whose clock is absurdly far ahead cannot make the next one wrap around.
class HybridClock {
public:
    static constexpr int CounterBits = 16;
    static constexpr qint64 CounterMask = (qint64(1) << CounterBits) - 1;
    static constexpr qint64 Max = std::numeric_limits<qint64>::max();
    static constexpr qint64 MaxMillis = Max >> CounterBits;

    explicit HybridClock(const Clock& wall, qint64 last = 0)
        : m_wall(wall)
        , m_last(last) {}

    // A new timestamp for a local event: greater than every timestamp given or seen before (once
    // Max is reached it stays there).
    qint64 tick();
    // Takes in a timestamp received from another laptop; the next tick() is greater than it.
    // A negative one is ignored.
    void observe(qint64 remote);

    qint64 last() const { return m_last; }
    void restore(qint64 last) { m_last = last; }

    static qint64 pack(qint64 ms, qint64 counter) { return (ms << CounterBits) | counter; }
    static qint64 millis(qint64 hlc) { return hlc >> CounterBits; }
    static qint64 counter(qint64 hlc) { return hlc & CounterMask; }
    static QString toString(qint64 hlc); // ISO time and counter, for people

private:
    const Clock& m_wall;
    qint64 m_last;
};

} // namespace larder
