// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/people/Normalize.h"

#include <QHash>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace larder::people::normalize {

namespace {

// Appends the folded form of one character that is not plain ASCII.
void appendFolded(QString& out, char32_t c) {
    switch (c) {
    case U'ß':
    case U'ẞ':
        out += u"ss"_s;
        return;
    case U'æ':
    case U'Æ':
        out += u"ae"_s;
        return;
    case U'œ':
    case U'Œ':
        out += u"oe"_s;
        return;
    case U'ø':
    case U'Ø':
        out += u'o';
        return;
    case U'ł':
    case U'Ł':
        out += u'l';
        return;
    case U'đ':
    case U'Đ':
        out += u'd';
        return;
    case U'þ':
    case U'Þ':
        out += u"th"_s;
        return;
    case U'ı':
        out += u'i';
        return;
    case U'’':
    case U'‘':
    case U'ʼ':
    case U'`':
    case U'´':
        return; // apostrophes join: "O’Brien" is "obrien"
    default:
        break;
    }
    // Compatibility decomposition, then keep the base letters and digits without their marks.
    const QString decomposed = QChar::decomposition(c);
    if (decomposed.isEmpty()) {
        if (QChar::isLetterOrNumber(c)) {
            const char32_t folded = QChar::toCaseFolded(c);
            if (QChar::requiresSurrogates(folded)) {
                out += QChar(QChar::highSurrogate(folded));
                out += QChar(QChar::lowSurrogate(folded));
            } else {
                out += QChar(char16_t(folded));
            }
        } else if (QChar::category(c) != QChar::Mark_NonSpacing &&
                   QChar::category(c) != QChar::Mark_SpacingCombining &&
                   QChar::category(c) != QChar::Mark_Enclosing) {
            out += u' ';
        }
        return;
    }
    for (const char32_t part : decomposed.toUcs4())
        appendFolded(out, part);
}

} // namespace

QString fold(QStringView text) {
    QString out;
    out.reserve(text.size());
    bool space = false;
    auto put = [&out, &space](QChar c) {
        if (c == u' ') {
            space = true;
            return;
        }
        if (space && !out.isEmpty())
            out += u' ';
        space = false;
        out += c;
    };
    QString folded;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < 0x80) {
            if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
                put(QChar(c));
            else if (c >= u'A' && c <= u'Z')
                put(QChar(char16_t(c + 32)));
            else if (c != u'\'')
                put(u' ');
            continue;
        }
        char32_t code = c;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() &&
            QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            code = QChar::surrogateToUcs4(c, text.at(i + 1).unicode());
            ++i;
        }
        folded.clear();
        appendFolded(folded, code);
        for (const QChar f : std::as_const(folded))
            put(f);
    }
    return out;
}

QString phoneDigits(QStringView phone) {
    QString digits;
    digits.reserve(phone.size());
    for (const QChar c : phone) {
        if (c.isDigit())
            digits += QChar(char16_t(u'0' + c.digitValue()));
    }
    return digits;
}

QString phoneKey(QStringView phone) {
    const QString digits = phoneDigits(phone);
    if (digits.size() < 7)
        return {};
    return digits.right(10);
}

QString streetKey(QStringView street) {
    static const QHash<QString, QString> words{
        {u"street"_s, u"st"_s},      {u"str"_s, u"st"_s},       {u"avenue"_s, u"ave"_s},
        {u"av"_s, u"ave"_s},         {u"avenida"_s, u"ave"_s},  {u"avda"_s, u"ave"_s},
        {u"boulevard"_s, u"blvd"_s}, {u"road"_s, u"rd"_s},      {u"drive"_s, u"dr"_s},
        {u"lane"_s, u"ln"_s},        {u"place"_s, u"pl"_s},     {u"court"_s, u"ct"_s},
        {u"terrace"_s, u"ter"_s},    {u"parkway"_s, u"pkwy"_s}, {u"highway"_s, u"hwy"_s},
        {u"square"_s, u"sq"_s},      {u"north"_s, u"n"_s},      {u"south"_s, u"s"_s},
        {u"east"_s, u"e"_s},         {u"west"_s, u"w"_s},       {u"norte"_s, u"n"_s},
        {u"sur"_s, u"s"_s},          {u"este"_s, u"e"_s},       {u"oeste"_s, u"w"_s},
        {u"calle"_s, u"c"_s},        {u"cl"_s, u"c"_s},         {u"first"_s, u"1st"_s},
        {u"second"_s, u"2nd"_s},     {u"third"_s, u"3rd"_s}};
    static const QStringList numberWords{u"no"_s, u"num"_s, u"numero"_s, u"nro"_s, u"n"_s};
    const QStringList tokens = fold(street).split(u' ', Qt::SkipEmptyParts);
    QStringList out;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString& token = tokens.at(i);
        const bool numberFollows = i + 1 < tokens.size() && !tokens.at(i + 1).isEmpty() &&
                                   tokens.at(i + 1).at(0).isDigit();
        if (numberWords.contains(token) && numberFollows)
            continue; // "Calle Mayor No. 5" = "Calle Mayor 5"
        out << words.value(token, token);
    }
    return out.join(u' ');
}

QString unitKey(QStringView unit) {
    static const QStringList labels{
        u"apt"_s,  u"apartment"_s,    u"apto"_s, u"apartamento"_s, u"unit"_s,   u"suite"_s,
        u"ste"_s,  u"no"_s,           u"num"_s,  u"number"_s,      u"numero"_s, u"depto"_s,
        u"dpto"_s, u"departamento"_s, u"piso"_s, u"fl"_s,          u"floor"_s,  u"interior"_s,
        u"int"_s,  u"room"_s,         u"rm"_s,   u"unidad"_s};
    QString key;
    for (const QString& token : fold(unit).split(u' ', Qt::SkipEmptyParts)) {
        if (!labels.contains(token))
            key += token;
    }
    return key;
}

QString addressKey(QStringView street, QStringView unit) {
    const QString s = streetKey(street);
    if (s.isEmpty())
        return {};
    return s + u'|' + unitKey(unit);
}

QString postalCode(QStringView code) {
    QString out;
    for (const QChar c : code) {
        if (c.isLetterOrNumber())
            out += c.toUpper();
    }
    return out;
}

QString postalArea(QStringView code) {
    const QString trimmed = code.trimmed().toString();
    if (trimmed.isEmpty())
        return {};
    const QString compact = postalCode(trimmed);
    bool numeric = !compact.isEmpty();
    for (const QChar c : compact)
        numeric = numeric && c.isDigit();
    if (numeric)
        return compact.left(3);
    if (const qsizetype space = trimmed.indexOf(u' '); space > 0)
        return postalCode(trimmed.left(space));
    return compact.left(3);
}

} // namespace larder::people::normalize
