// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Result.h"

#include <QString>
#include <QStringList>

#include <array>

// What a pantry's passphrase must be, and a strong one suggested. The passphrase is all that
// stands between a lost laptop and who lives where, so a new one below a clear minimum is refused
// with the reason; a suggestion is six words drawn uniformly from Larder's own list of 2048
// (66 bits), easier to write down and type than the same strength in symbols.
namespace larder::passphrase {

constexpr int WordCount = 2048;
constexpr int SuggestedWords = 6;
constexpr int MinimumLength = 12;

extern const std::array<const char*, WordCount> Words; // PassphraseWords.cpp

// Whether `text` may become a pantry's passphrase: nothing when it will do, otherwise why not
// and what to do. `avoid` holds words the passphrase must not simply be (the pantry's name).
Result<void> check(const QString& text, const QStringList& avoid = {});

// SuggestedWords words from Words, chosen with libsodium's uniform random numbers, joined by
// spaces.
QString suggest();

// The strength of a suggestion in bits (SuggestedWords × log2(WordCount)).
double suggestionBits();

} // namespace larder::passphrase
