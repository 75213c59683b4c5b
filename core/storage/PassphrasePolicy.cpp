// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/PassphrasePolicy.h"

#include <QCoreApplication>
#include <QSet>

#include <sodium.h>

#include <cmath>

using namespace Qt::StringLiterals;

namespace larder::passphrase {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(larder::passphrase)
};

Error weak(const QString& message) {
    return Error::invalidInput(message, Tr::tr("Use four or more words that have nothing to do "
                                               "with the pantry, or let Larder suggest some."));
}

// The letters and digits of `text`, lower case: what guessing tools try first.
QString folded(const QString& text) {
    QString out;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

// Whether most neighbouring characters are one apart ("abcdef", "987654", "qrstuv").
bool isRun(const QString& text) {
    if (text.size() < 4)
        return false;
    int steps = 0;
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (std::abs(text.at(i).unicode() - text.at(i - 1).unicode()) <= 1)
            ++steps;
    }
    return steps * 5 >= (text.size() - 1) * 4;
}

} // namespace

Result<void> check(const QString& text, const QStringList& avoid) {
    const QString trimmed = text.trimmed();
    const qsizetype length = trimmed.toUcs4().size();
    if (length < MinimumLength)
        return weak(Tr::tr("A passphrase needs at least %1 characters; this one has %2.")
                        .arg(MinimumLength)
                        .arg(length));
    const QString letters = folded(trimmed);
    if (QSet<QChar>(letters.begin(), letters.end()).size() < 5)
        return weak(Tr::tr("This passphrase repeats a few characters; it is easy to guess."));
    bool digitsOnly = true;
    for (const QChar c : letters)
        digitsOnly = digitsOnly && c.isDigit();
    if (digitsOnly)
        return weak(Tr::tr("A passphrase of digits only is easy to guess (like a date or a phone "
                           "number)."));
    if (isRun(letters))
        return weak(Tr::tr("This passphrase is a run of keys or letters in order."));
    // What is left once a common password or the pantry's own name is taken out must still be a
    // passphrase on its own.
    static const QStringList common{u"password"_s, u"passphrase"_s, u"contraseña"_s, u"larder"_s,
                                    u"pantry"_s,   u"despensa"_s,   u"qwerty"_s,     u"azerty"_s,
                                    u"letmein"_s,  u"welcome"_s,    u"iloveyou"_s,   u"admin"_s,
                                    u"123456"_s,   u"abc123"_s,     u"foodbank"_s};
    QStringList guessable = common;
    for (const QString& word : avoid) {
        const QString name = folded(word);
        if (name.size() >= 3)
            guessable << name;
    }
    for (const QString& word : std::as_const(guessable)) {
        if (!letters.contains(word))
            continue;
        QString rest = letters;
        rest.remove(word);
        if (rest.size() < 8)
            return weak(common.contains(word)
                            ? Tr::tr("This passphrase is built on \"%1\", one of the first "
                                     "things anyone tries.")
                                  .arg(word)
                            : Tr::tr("This passphrase is built on the pantry's name, which "
                                     "anyone who knows the pantry would try."));
    }
    return {};
}

QString suggest() {
    if (sodium_init() < 0)
        return {};
    QStringList words;
    for (int i = 0; i < SuggestedWords; ++i)
        words << QString::fromLatin1(Words[randombytes_uniform(WordCount)]);
    return words.join(u' ');
}

double suggestionBits() {
    return SuggestedWords * std::log2(double(WordCount));
}

} // namespace larder::passphrase
