// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/identity/Uuid.h"

#include "core/identity/Clock.h"
#include "core/identity/Random.h"

#include <QRegularExpression>

#include <array>

namespace larder {

QString UuidV7Generator::next() {
    qint64 ms = m_clock.nowMs();
    std::array<unsigned char, 16> bytes{};
    m_random.fill(bytes.data(), bytes.size());
    if (ms <= m_lastMs) {
        // Same millisecond, or the wall clock went back: keep ids increasing.
        ms = m_lastMs;
        if (++m_counter > 0xFFF) {
            ++ms;
            m_counter = 0;
        }
    } else {
        m_counter = (bytes[6] << 4 | bytes[7] >> 4) & 0x7FF; // random start, room to count up
    }
    m_lastMs = ms;
    for (int i = 0; i < 6; ++i)
        bytes[i] = static_cast<unsigned char>((ms >> (8 * (5 - i))) & 0xFF);
    bytes[6] = static_cast<unsigned char>(0x70 | ((m_counter >> 8) & 0x0F));
    bytes[7] = static_cast<unsigned char>(m_counter & 0xFF);
    bytes[8] = static_cast<unsigned char>(0x80 | (bytes[8] & 0x3F));

    static const char hex[] = "0123456789abcdef";
    QString out;
    out.reserve(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out += u'-';
        out += QLatin1Char(hex[bytes[i] >> 4]);
        out += QLatin1Char(hex[bytes[i] & 0xF]);
    }
    return out;
}

bool UuidV7Generator::isValid(const QString& text) {
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    return pattern.match(text).hasMatch();
}

int UuidV7Generator::version(const QString& text) {
    return text.size() == 36 ? QStringView(text).mid(14, 1).toInt(nullptr, 16) : -1;
}

qint64 UuidV7Generator::timestampMs(const QString& text) {
    QString hex = text.left(13);
    hex.remove(u'-');
    return hex.toLongLong(nullptr, 16);
}

} // namespace larder
