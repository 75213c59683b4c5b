// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The solver's own pseudo-random generator (xoshiro256**, seeded through splitmix64): the same
// seed gives the same numbers with every compiler and standard library, which std::
// distributions do not promise.

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace larder::routing::detail {

class Rng {
public:
    explicit Rng(std::uint64_t seed) {
        std::uint64_t x = seed;
        for (std::uint64_t& word : m_s) {
            x += 0x9e3779b97f4a7c15ULL;
            std::uint64_t z = x;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            word = z ^ (z >> 31);
        }
    }

    std::uint64_t next() {
        const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const std::uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    // [0, bound), bound > 0 (Lemire's multiply-shift; its tiny bias does not matter here).
    int below(int bound) { return int(((next() >> 32) * std::uint64_t(bound)) >> 32); }
    // [lo, hi], lo <= hi.
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    // [0, 1)
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    // (0, 1]
    double open() { return 1.0 - uniform(); }
    // Trials until the first success of probability p (>= 1), for blinks; `inverseLogMiss` is
    // 1 / log(1 - p), computed once by the caller.
    int geometric(double inverseLogMiss) {
        return 1 + int(std::min(1e9, std::floor(std::log(open()) * inverseLogMiss)));
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t m_s[4];
};

} // namespace larder::routing::detail
