// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <cstdint>
#include <random>

namespace larder {

// Where random bytes come from. Real databases use libsodium; demo data and tests use a seeded
// generator so the same seed gives the same ids.
class RandomSource {
public:
    virtual ~RandomSource() = default;
    virtual void fill(void* buffer, std::size_t size) = 0;
    QByteArray bytes(int size);
    std::uint32_t uniform(std::uint32_t upperBound); // [0, upperBound)
};

class SystemRandom final : public RandomSource {
public:
    void fill(void* buffer, std::size_t size) override;
};

class SeededRandom final : public RandomSource {
public:
    explicit SeededRandom(std::uint64_t seed)
        : m_engine(seed) {}
    void fill(void* buffer, std::size_t size) override;

private:
    std::mt19937_64 m_engine;
};

} // namespace larder
