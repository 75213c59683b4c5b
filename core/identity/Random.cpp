// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/identity/Random.h"

#include <sodium.h>

#include <cstring>

namespace larder {

QByteArray RandomSource::bytes(int size) {
    QByteArray out(size, Qt::Uninitialized);
    fill(out.data(), std::size_t(size));
    return out;
}

std::uint32_t RandomSource::uniform(std::uint32_t upperBound) {
    if (upperBound < 2)
        return 0;
    // Rejection sampling: no modulo bias.
    const std::uint32_t limit = std::uint32_t(-upperBound) % upperBound;
    std::uint32_t value = 0;
    do {
        fill(&value, sizeof value);
    } while (value < limit);
    return value % upperBound;
}

void SystemRandom::fill(void* buffer, std::size_t size) {
    static const bool initialised = sodium_init() >= 0;
    Q_ASSERT(initialised);
    randombytes_buf(buffer, size);
}

void SeededRandom::fill(void* buffer, std::size_t size) {
    auto* out = static_cast<unsigned char*>(buffer);
    while (size > 0) {
        const std::uint64_t word = m_engine();
        const std::size_t n = size < sizeof word ? size : sizeof word;
        std::memcpy(out, &word, n);
        out += n;
        size -= n;
    }
}

} // namespace larder
