// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <atomic>

namespace larder {

// The wall clock, injected wherever time matters (hybrid clock, record ids, expiry, reports) so
// that tests and demo data can fix it. Milliseconds since the Unix epoch, UTC.
class Clock {
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
};

class SystemClock final : public Clock {
public:
    qint64 nowMs() const override;
};

// A clock that reads what it was set to; optionally advances itself a step on every read.
class ManualClock final : public Clock {
public:
    explicit ManualClock(qint64 startMs = 0, qint64 stepMs = 0)
        : m_now(startMs)
        , m_step(stepMs) {}
    qint64 nowMs() const override { return m_now.fetch_add(m_step); }
    void set(qint64 ms) { m_now = ms; }
    void advance(qint64 ms) { m_now += ms; }

private:
    mutable std::atomic<qint64> m_now;
    qint64 m_step;
};

} // namespace larder
