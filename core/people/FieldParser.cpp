// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/people/FieldParser.h"

#include "core/inventory/Vocabulary.h"
#include "core/people/Normalize.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <charconv>
#include <cmath>

using namespace Qt::StringLiterals;

namespace larder::people {

bool isPlace(const Coordinates& where) {
    return std::isfinite(where.latitude) && std::isfinite(where.longitude) &&
           std::abs(where.latitude) <= 90 && std::abs(where.longitude) <= 180 &&
           !(where.latitude == 0 && where.longitude == 0);
}

namespace vocabulary {

const QStringList& schedules() {
    static const QStringList list{u"weekly"_s, u"biweekly"_s, u"monthly"_s};
    return list;
}

const QStringList& statuses() {
    static const QStringList list{u"active"_s, u"paused"_s, u"closed"_s};
    return list;
}

const QStringList& roles() {
    static const QStringList list{u"driver"_s, u"packer"_s, u"intake"_s, u"coordinator"_s};
    return list;
}

const QStringList& weekdays() {
    static const QStringList list{u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s,
                                  u"fri"_s, u"sat"_s, u"sun"_s};
    return list;
}

} // namespace vocabulary

namespace {

using normalize::fold;

// Splits a list typed in a cell: commas, semicolons, slashes, "and", "y", "&", "+".
QStringList words(const QString& text) {
    static const QRegularExpression separators(u"\\s*(?:[,;/|&+\\n]|\\band\\b|\\by\\b)\\s*"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    QStringList out;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            out << trimmed;
    }
    return out;
}

// ---- Coordinates ----

std::optional<double> number(const QString& text) {
    // std::from_chars: locale-free, and far quicker than QString::toDouble on 50,000 rows.
    QByteArray latin = text.trimmed().toLatin1().replace(',', '.');
    const char* begin = latin.constData();
    const char* end = begin + latin.size();
    if (begin != end && *begin == '+')
        ++begin;
    double value = 0;
    const auto [rest, error] = std::from_chars(begin, end, value);
    if (error != std::errc() || rest != end || begin == end || !std::isfinite(value))
        return std::nullopt;
    return value;
}

// A point from a latitude and a longitude as typed, when both are numbers.
std::optional<Coordinates> pointOf(const QString& latitude, const QString& longitude) {
    const auto lat = number(latitude), lon = number(longitude);
    if (lat && lon)
        return Coordinates{*lat, *lon};
    return std::nullopt;
}

// "lat,lon" (or "lat, +lon", "lat lon") as found in a link's parameter.
std::optional<Coordinates> pairIn(const QString& text) {
    static const QRegularExpression pair(
        u"^\\s*([-+]?\\d{1,3}(?:\\.\\d+)?)\\s*[, ]\\s*\\+?([-+]?\\d{1,3}(?:\\.\\d+)?)\\s*$"_s);
    const auto m = pair.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return Coordinates{m.captured(1).toDouble(), m.captured(2).toDouble()};
}

struct Component {
    double value = 0;
    QChar hemisphere; // N, S, E, W or null
};

// Two components in degrees (decimal or degrees-minutes-seconds), each with an optional
// hemisphere letter before or after it.
std::optional<std::pair<Component, Component>> components(QString text) {
    text = text.toUpper();
    text.replace(u'′', u'\'').replace(u'’', u'\'').replace(u'″', u'"').replace(u'”', u'"');
    text.replace(u"''"_s, u"\""_s).replace(u'º', u'°');
    const bool leading = !text.isEmpty() && QStringLiteral("NSEW").contains(text.at(0));
    static const QRegularExpression lead(
        u"([NSEW])\\s*([-+]?\\d+(?:[.,]\\d+)?)\\s*°?\\s*(?:(\\d+(?:[.,]\\d+)?)\\s*')?\\s*"
        u"(?:(\\d+(?:[.,]\\d+)?)\\s*\")?"_s);
    static const QRegularExpression trail(
        u"([-+]?\\d+(?:[.,]\\d+)?)\\s*°?\\s*(?:(\\d+(?:[.,]\\d+)?)\\s*')?\\s*"
        u"(?:(\\d+(?:[.,]\\d+)?)\\s*\")?\\s*([NSEW](?![A-Z]))?"_s);
    QList<Component> found;
    qsizetype consumed = 0;
    QString between;
    auto it = (leading ? lead : trail).globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        between += text.mid(consumed, m.capturedStart() - consumed);
        consumed = m.capturedEnd();
        const int first = leading ? 2 : 1;
        const auto degrees = number(m.captured(first));
        if (!degrees)
            return std::nullopt;
        double value = std::abs(*degrees);
        if (const auto minutes = number(m.captured(first + 1)))
            value += *minutes / 60.0;
        if (const auto seconds = number(m.captured(first + 2)))
            value += *seconds / 3600.0;
        if (*degrees < 0 || m.captured(first).startsWith(u'-'))
            value = -value;
        const QString letter = m.captured(leading ? 1 : 4);
        found.append({value, letter.isEmpty() ? QChar() : letter.at(0)});
    }
    between += text.mid(consumed);
    // Only separators may lie between and around the two numbers.
    for (const QChar c : std::as_const(between)) {
        if (!c.isSpace() && c != u',' && c != u';')
            return std::nullopt;
    }
    if (found.size() != 2)
        return std::nullopt;
    return std::pair{found.at(0), found.at(1)};
}

// The stored value `text` stands for in `aliases`; `unknown()` says what to type instead when it
// stands for none. Empty text is no value.
template <typename Unknown>
FieldParser::Parsed<QString> aliasOf(const QHash<QString, QString>& aliases, const QString& text,
                                     Unknown unknown) {
    FieldParser::Parsed<QString> result;
    const QString folded = fold(text);
    if (folded.isEmpty())
        return result;
    if (aliases.contains(folded))
        result.value = aliases.value(folded);
    else
        result.error = unknown();
    return result;
}

// The stored values the words of `text` stand for, each once: `lookup(folded word)`, empty for
// none; `unknown(word)` says what to type instead of the first word that stands for none. Empty
// text is no value.
template <typename Lookup, typename Unknown>
FieldParser::Parsed<QStringList> valuesOf(const QString& text, Lookup lookup, Unknown unknown) {
    FieldParser::Parsed<QStringList> result;
    QStringList values;
    for (const QString& word : words(text)) {
        const QString value = lookup(fold(word));
        if (value.isEmpty()) {
            result.error = unknown(word);
            return result;
        }
        if (!values.contains(value))
            values << value;
    }
    if (!values.isEmpty())
        result.value = values;
    return result;
}

// valuesOf() with the values `aliases` gives the words.
template <typename Unknown>
FieldParser::Parsed<QStringList> aliasesOf(const QHash<QString, QString>& aliases,
                                           const QString& text, Unknown unknown) {
    return valuesOf(
        text, [&aliases](const QString& folded) { return aliases.value(folded); }, unknown);
}

} // namespace

FieldParser::Parsed<Coordinates> FieldParser::coordinates(const QString& input) {
    Parsed<Coordinates> result;
    const QString text = input.trimmed();
    if (text.isEmpty())
        return result;
    const QString typeThis = tr("Type latitude and longitude, such as 41.8575, -87.6607, or paste "
                                "a link from OpenStreetMap or Google Maps.");

    std::optional<Coordinates> found;
    const QString lower = text.toLower();
    const bool isLink = lower.contains(u"://"_s) || lower.startsWith(u"www."_s) ||
                        lower.contains(u"google."_s) || lower.contains(u"openstreetmap."_s) ||
                        lower.contains(u"osm.org"_s) || lower.contains(u"goo.gl"_s);
    if (lower.startsWith(u"geo:"_s)) {
        QString body = text.mid(4);
        static const QRegularExpression end(u"[;?]"_s);
        body = body.left(body.indexOf(end));
        const QStringList parts = body.split(u',');
        if (parts.size() >= 2)
            found = pointOf(parts.at(0), parts.at(1));
    } else if (isLink) {
        if (lower.contains(u"goo.gl/"_s) || lower.contains(u"osm.org/go/"_s) ||
            lower.contains(u"g.co/"_s)) {
            result.error = tr("A short map link does not contain the place itself, and Larder "
                              "never goes online to open it.");
            result.error += u' ' + tr("Open the link in a browser and copy the long address "
                                      "from there, or type latitude and longitude.");
            return result;
        }
        const QUrl url = QUrl::fromUserInput(text);
        const QString decoded = QUrl::fromPercentEncoding(text.toUtf8());
        const QUrlQuery query(url);
        // The most exact first: a marker or a pin, then a searched point, then the map's centre.
        if (query.hasQueryItem(u"mlat"_s) && query.hasQueryItem(u"mlon"_s))
            found = pointOf(query.queryItemValue(u"mlat"_s), query.queryItemValue(u"mlon"_s));
        static const QRegularExpression pin(
            u"!3d([-+]?\\d+(?:\\.\\d+)?)!4d([-+]?\\d+(?:\\.\\d+)?)"_s);
        if (!found) {
            if (const auto m = pin.match(decoded); m.hasMatch())
                found = Coordinates{m.captured(1).toDouble(), m.captured(2).toDouble()};
        }
        for (const char16_t* key :
             {u"q", u"query", u"ll", u"daddr", u"destination", u"center", u"sll"}) {
            if (found)
                break;
            const QString name = QString::fromUtf16(key);
            if (query.hasQueryItem(name))
                found = pairIn(query.queryItemValue(name, QUrl::FullyDecoded));
        }
        if (!found && query.hasQueryItem(u"lat"_s) && query.hasQueryItem(u"lon"_s))
            found = pointOf(query.queryItemValue(u"lat"_s), query.queryItemValue(u"lon"_s));
        static const QRegularExpression place(
            u"/(?:place|search|dir)/\\+?([-+]?\\d{1,3}\\.\\d+),\\s*\\+?([-+]?\\d{1,3}\\.\\d+)"_s);
        if (!found) {
            if (const auto m = place.match(decoded); m.hasMatch())
                found = Coordinates{m.captured(1).toDouble(), m.captured(2).toDouble()};
        }
        static const QRegularExpression at(u"@([-+]?\\d{1,3}\\.\\d+),([-+]?\\d{1,3}\\.\\d+)"_s);
        if (!found) {
            if (const auto m = at.match(decoded); m.hasMatch())
                found = Coordinates{m.captured(1).toDouble(), m.captured(2).toDouble()};
        }
        static const QRegularExpression osmMap(
            u"map=\\d+(?:\\.\\d+)?/([-+]?\\d{1,3}(?:\\.\\d+)?)/([-+]?\\d{1,3}(?:\\.\\d+)?)"_s);
        if (!found) {
            if (const auto m = osmMap.match(decoded); m.hasMatch())
                found = Coordinates{m.captured(1).toDouble(), m.captured(2).toDouble()};
        }
        if (!found) {
            result.error = tr("This map link has no coordinates in it.") + u' ' +
                           tr("In OpenStreetMap, right-click the door and choose \"Show address\"; "
                              "in Google Maps, right-click it and click the numbers to copy "
                              "them. Then paste those here.");
            return result;
        }
    } else {
        // Plain numbers: "lat, lon", "lat lon", "lat; lon" with decimal commas.
        static const QRegularExpression dotted(
            u"^([-+]?\\d{1,3}(?:\\.\\d+)?)\\s*(?:[,;]\\s*|\\s+)([-+]?\\d{1,3}(?:\\.\\d+)?)$"_s);
        static const QRegularExpression commas(
            u"^([-+]?\\d{1,3}(?:,\\d+)?)\\s*(?:;\\s*|\\s+)([-+]?\\d{1,3}(?:,\\d+)?)$"_s);
        if (const auto m = dotted.match(text); m.hasMatch()) {
            found = Coordinates{*number(m.captured(1)), *number(m.captured(2))};
        } else if (const auto c = commas.match(text); c.hasMatch()) {
            found = Coordinates{*number(c.captured(1)), *number(c.captured(2))};
        } else if (const auto parts = components(text)) {
            Component a = parts->first, b = parts->second;
            const auto isLongitude = [](QChar h) { return h == u'E' || h == u'W'; };
            if (isLongitude(a.hemisphere) || (b.hemisphere == u'N' || b.hemisphere == u'S'))
                std::swap(a, b); // "87.66 W, 41.85 N"
            if (a.hemisphere == u'S')
                a.value = -std::abs(a.value);
            if (b.hemisphere == u'W')
                b.value = -std::abs(b.value);
            if ((!a.hemisphere.isNull() && isLongitude(a.hemisphere)) ||
                (!b.hemisphere.isNull() && !isLongitude(b.hemisphere))) {
                result.error =
                    tr("\"%1\" gives two latitudes or two longitudes.").arg(text) + u' ' + typeThis;
                return result;
            }
            found = Coordinates{a.value, b.value};
        } else {
            result.error = tr("\"%1\" is not a pair of coordinates.").arg(text) + u' ' + typeThis;
            return result;
        }
    }

    const Coordinates c = *found;
    if (std::abs(c.latitude) > 90 && std::abs(c.longitude) <= 90) {
        result.error = tr("%1 cannot be a latitude: latitude comes first.").arg(c.latitude) + u' ' +
                       tr("Swap the two numbers.");
        return result;
    }
    if (std::abs(c.latitude) > 90 || std::abs(c.longitude) > 180) {
        result.error = tr("%1, %2 is not a place on Earth.").arg(c.latitude).arg(c.longitude) +
                       u' ' + typeThis;
        return result;
    }
    if (c.latitude == 0 && c.longitude == 0) {
        result.error = tr("0, 0 is in the ocean: the coordinates are missing.") + u' ' + typeThis;
        return result;
    }
    result.value = c;
    return result;
}

// ---- Days and times ----

FieldParser::Parsed<int> FieldParser::weekday(const QString& input) {
    Parsed<int> result;
    const QString text = fold(input);
    if (text.isEmpty())
        return result;
    static const QList<QStringList> names{
        {u"mon"_s, u"monday"_s, u"mo"_s, u"lunes"_s, u"lun"_s, u"lu"_s, u"l"_s},
        {u"tue"_s, u"tues"_s, u"tuesday"_s, u"tu"_s, u"martes"_s, u"mar"_s, u"ma"_s},
        {u"wed"_s, u"wednesday"_s, u"we"_s, u"miercoles"_s, u"mie"_s, u"mi"_s, u"x"_s},
        {u"thu"_s, u"thur"_s, u"thurs"_s, u"thursday"_s, u"th"_s, u"jueves"_s, u"jue"_s, u"ju"_s,
         u"j"_s},
        {u"fri"_s, u"friday"_s, u"fr"_s, u"viernes"_s, u"vie"_s, u"vi"_s, u"v"_s},
        {u"sat"_s, u"saturday"_s, u"sa"_s, u"sabado"_s, u"sab"_s, u"s"_s},
        {u"sun"_s, u"sunday"_s, u"su"_s, u"domingo"_s, u"dom"_s, u"do"_s, u"d"_s}};
    for (int i = 0; i < 7; ++i) {
        if (names.at(i).contains(text))
            return {i + 1, {}};
    }
    bool isNumber = false;
    const int n = text.toInt(&isNumber);
    if (isNumber && n >= 1 && n <= 7)
        return {n, {}};
    result.error = tr("\"%1\" is not a day of the week.").arg(input.trimmed()) + u' ' +
                   tr("Type a day such as Tuesday, Tue or martes.");
    return result;
}

FieldParser::Parsed<QStringList> FieldParser::weekdays(const QString& text) {
    Parsed<QStringList> result;
    QList<int> days;
    QStringList parts = words(text);
    if (parts.size() == 1 && parts.first().contains(u' ')) // "Tue Thu Sat"
        parts = parts.first().split(u' ', Qt::SkipEmptyParts);
    for (const QString& part : std::as_const(parts)) {
        const auto day = weekday(part);
        if (!day.ok()) {
            result.error = day.error;
            return result;
        }
        if (!days.contains(*day.value))
            days.append(*day.value);
    }
    if (days.isEmpty())
        return result;
    std::sort(days.begin(), days.end());
    QStringList keys;
    for (const int day : std::as_const(days))
        keys << vocabulary::weekdays().at(day - 1);
    result.value = keys;
    return result;
}

FieldParser::Parsed<QTime> FieldParser::time(const QString& input) {
    Parsed<QTime> result;
    QString text = fold(input);
    if (text.isEmpty())
        return result;
    if (text == u"noon" || text == u"mediodia")
        return {QTime(12, 0), {}};
    if (text == u"midnight" || text == u"medianoche")
        return {QTime(0, 0), {}};
    // fold() turns "9:30" into "9 30" and "2 p.m." into "2 p m".
    static const QRegularExpression pattern(
        u"^(\\d{1,2})(?:\\s*(?:h|hrs?)?\\s*(\\d{2}))?\\s*(?:h|hrs?)?\\s*(a\\s*m|p\\s*m)?$"_s);
    const auto m = pattern.match(text);
    if (m.hasMatch()) {
        int hour = m.captured(1).toInt();
        const int minute = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
        const QString suffix = m.captured(3).remove(u' ');
        if (!suffix.isEmpty()) {
            if (hour < 1 || hour > 12) {
                result.error = tr("\"%1\" is not a time.").arg(input.trimmed()) + u' ' +
                               tr("Type a time such as 9:30, 14:00 or 2pm.");
                return result;
            }
            hour = hour % 12 + (suffix == u"pm" ? 12 : 0);
        }
        if (hour <= 23 && minute <= 59)
            return {QTime(hour, minute), {}};
    }
    result.error = tr("\"%1\" is not a time.").arg(input.trimmed()) + u' ' +
                   tr("Type a time such as 9:30, 14:00 or 2pm.");
    return result;
}

FieldParser::Parsed<std::pair<QTime, QTime>> FieldParser::timeWindow(const QString& input) {
    Parsed<std::pair<QTime, QTime>> result;
    const QString text = input.trimmed();
    if (text.isEmpty())
        return result;
    const QString folded = fold(text);
    static const QHash<QString, std::pair<int, int>> parts{
        {u"morning"_s, {9, 12}},    {u"manana"_s, {9, 12}}, {u"por la manana"_s, {9, 12}},
        {u"afternoon"_s, {12, 17}}, {u"tarde"_s, {12, 17}}, {u"por la tarde"_s, {12, 17}},
        {u"evening"_s, {17, 20}},   {u"noche"_s, {17, 20}}, {u"por la noche"_s, {17, 20}}};
    if (parts.contains(folded)) {
        const auto [from, to] = parts.value(folded);
        result.value = std::pair{QTime(from, 0), QTime(to, 0)};
        return result;
    }
    static const QRegularExpression split(u"^\\s*(?:from|de|desde|entre)?\\s*(.+?)\\s*(?:-|–|—|"
                                          u"\\bto\\b|\\buntil\\b|\\btill\\b|\\ba\\b|"
                                          u"\\bhasta\\b|\\by\\b|\\band\\b)\\s*(.+?)\\s*$"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    const auto m = split.match(text);
    const QString typeThis = tr("Type a window such as 9-12, 14:00-16:30 or 1-3pm.");
    if (!m.hasMatch()) {
        result.error = tr("\"%1\" is not a time window.").arg(text) + u' ' + typeThis;
        return result;
    }
    auto start = time(m.captured(1));
    auto end = time(m.captured(2));
    if (!start.ok() || !end.ok() || !start.value || !end.value) {
        result.error = tr("\"%1\" is not a time window.").arg(text) + u' ' + typeThis;
        return result;
    }
    // "1-3pm": the start takes the end's afternoon.
    static const QRegularExpression anySuffix(u"[ap]\\s*m$"_s);
    static const QRegularExpression pm(u"p\\s*m$"_s);
    const bool startHasSuffix = fold(m.captured(1)).contains(anySuffix);
    const bool endIsPm = fold(m.captured(2)).contains(pm);
    if (!startHasSuffix && endIsPm && start.value->hour() < 12 &&
        start.value->addSecs(12 * 3600) < *end.value)
        start.value = start.value->addSecs(12 * 3600);
    if (*start.value >= *end.value) {
        result.error = tr("The window %1 ends before it starts.").arg(text) + u' ' + typeThis;
        return result;
    }
    result.value = std::pair{*start.value, *end.value};
    return result;
}

// ---- Words ----

FieldParser::Parsed<QStringList> FieldParser::languages(const QString& text) {
    // Names Qt does not know in these spellings, and languages of Latin America it has no code
    // for (ISO 639-3).
    static const QHash<QString, QString> names{{u"english"_s, u"en"_s},
                                               {u"ingles"_s, u"en"_s},
                                               {u"spanish"_s, u"es"_s},
                                               {u"espanol"_s, u"es"_s},
                                               {u"castellano"_s, u"es"_s},
                                               {u"french"_s, u"fr"_s},
                                               {u"frances"_s, u"fr"_s},
                                               {u"francais"_s, u"fr"_s},
                                               {u"arabic"_s, u"ar"_s},
                                               {u"arabe"_s, u"ar"_s},
                                               {u"chinese"_s, u"zh"_s},
                                               {u"chino"_s, u"zh"_s},
                                               {u"mandarin"_s, u"zh"_s},
                                               {u"mandarin chinese"_s, u"zh"_s},
                                               {u"cantonese"_s, u"yue"_s},
                                               {u"cantones"_s, u"yue"_s},
                                               {u"portuguese"_s, u"pt"_s},
                                               {u"portugues"_s, u"pt"_s},
                                               {u"russian"_s, u"ru"_s},
                                               {u"ruso"_s, u"ru"_s},
                                               {u"polish"_s, u"pl"_s},
                                               {u"polaco"_s, u"pl"_s},
                                               {u"polski"_s, u"pl"_s},
                                               {u"vietnamese"_s, u"vi"_s},
                                               {u"vietnamita"_s, u"vi"_s},
                                               {u"korean"_s, u"ko"_s},
                                               {u"coreano"_s, u"ko"_s},
                                               {u"tagalog"_s, u"fil"_s},
                                               {u"tagalo"_s, u"fil"_s},
                                               {u"filipino"_s, u"fil"_s},
                                               {u"hindi"_s, u"hi"_s},
                                               {u"urdu"_s, u"ur"_s},
                                               {u"bengali"_s, u"bn"_s},
                                               {u"ukrainian"_s, u"uk"_s},
                                               {u"ucraniano"_s, u"uk"_s},
                                               {u"haitian creole"_s, u"ht"_s},
                                               {u"creole"_s, u"ht"_s},
                                               {u"kreyol"_s, u"ht"_s},
                                               {u"criollo haitiano"_s, u"ht"_s},
                                               {u"german"_s, u"de"_s},
                                               {u"aleman"_s, u"de"_s},
                                               {u"italian"_s, u"it"_s},
                                               {u"italiano"_s, u"it"_s},
                                               {u"japanese"_s, u"ja"_s},
                                               {u"japones"_s, u"ja"_s},
                                               {u"somali"_s, u"so"_s},
                                               {u"swahili"_s, u"sw"_s},
                                               {u"suajili"_s, u"sw"_s},
                                               {u"amharic"_s, u"am"_s},
                                               {u"amarico"_s, u"am"_s},
                                               {u"tigrinya"_s, u"ti"_s},
                                               {u"tigrina"_s, u"ti"_s},
                                               {u"pashto"_s, u"ps"_s},
                                               {u"pastun"_s, u"ps"_s},
                                               {u"dari"_s, u"prs"_s},
                                               {u"farsi"_s, u"fa"_s},
                                               {u"persian"_s, u"fa"_s},
                                               {u"persa"_s, u"fa"_s},
                                               {u"burmese"_s, u"my"_s},
                                               {u"nepali"_s, u"ne"_s},
                                               {u"hmong"_s, u"hmn"_s},
                                               {u"karen"_s, u"kar"_s},
                                               {u"kinyarwanda"_s, u"rw"_s},
                                               {u"turkish"_s, u"tr"_s},
                                               {u"turco"_s, u"tr"_s},
                                               {u"romanian"_s, u"ro"_s},
                                               {u"rumano"_s, u"ro"_s},
                                               {u"greek"_s, u"el"_s},
                                               {u"k iche"_s, u"quc"_s},
                                               {u"kiche"_s, u"quc"_s},
                                               {u"quiche"_s, u"quc"_s},
                                               {u"mam"_s, u"mam"_s},
                                               {u"q anjob al"_s, u"kjb"_s},
                                               {u"qanjobal"_s, u"kjb"_s},
                                               {u"kanjobal"_s, u"kjb"_s},
                                               {u"kaqchikel"_s, u"cak"_s},
                                               {u"nahuatl"_s, u"nah"_s},
                                               {u"mixtec"_s, u"mix"_s},
                                               {u"mixteco"_s, u"mix"_s},
                                               {u"zapotec"_s, u"zap"_s},
                                               {u"zapoteco"_s, u"zap"_s},
                                               {u"tzotzil"_s, u"tzo"_s},
                                               {u"tzeltal"_s, u"tzh"_s},
                                               {u"quechua"_s, u"qu"_s},
                                               {u"aymara"_s, u"ay"_s},
                                               {u"guarani"_s, u"gn"_s},
                                               {u"asl"_s, u"ase"_s},
                                               {u"sign language"_s, u"ase"_s},
                                               {u"lengua de senas"_s, u"ase"_s}};
    static const QStringList extraCodes{u"mam"_s, u"kjb"_s, u"cak"_s, u"nah"_s, u"mix"_s, u"zap"_s,
                                        u"tzo"_s, u"tzh"_s, u"prs"_s, u"hmn"_s, u"kar"_s, u"ase"_s};
    const auto codeOf = [](const QString& folded) {
        QString code = names.value(folded);
        if (code.isEmpty() && extraCodes.contains(folded))
            code = folded;
        if (code.isEmpty() && (folded.size() == 2 || folded.size() == 3)) {
            // Every ISO 639 code Qt knows (two- and three-letter), to the one Larder stores.
            static const QHash<QString, QString> qtCodes = [] {
                QHash<QString, QString> map;
                for (int l = QLocale::Abkhazian; l <= QLocale::LastLanguage; ++l) {
                    const auto language = QLocale::Language(l);
                    const QString stored = QLocale::languageToCode(language);
                    if (stored.isEmpty())
                        continue;
                    for (const auto part : {QLocale::ISO639Part1, QLocale::ISO639Part2B,
                                            QLocale::ISO639Part2T, QLocale::ISO639Part3}) {
                        const QString other = QLocale::languageToCode(language, part);
                        if (!other.isEmpty() && !map.contains(other))
                            map.insert(other, stored);
                    }
                }
                return map;
            }();
            code = qtCodes.value(folded);
        }
        if (code.isEmpty()) {
            // A language's English name as Qt spells it ("Somali", "Punjabi").
            static const QHash<QString, QString> qtNames = [] {
                QHash<QString, QString> map;
                for (int l = QLocale::Abkhazian; l <= QLocale::LastLanguage; ++l) {
                    const auto language = QLocale::Language(l);
                    const QString languageCode = QLocale::languageToCode(language);
                    if (!languageCode.isEmpty())
                        map.insert(fold(QLocale::languageToString(language)), languageCode);
                }
                return map;
            }();
            code = qtNames.value(folded);
        }
        return code;
    };
    return valuesOf(text, codeOf, [](const QString& word) -> QString {
        return tr("\"%1\" is not a language Larder knows.").arg(word) + u' ' +
               tr("Type its name, such as Spanish or español, or its two-letter code, such as es.");
    });
}

FieldParser::Parsed<QString> FieldParser::schedule(const QString& text) {
    static const QHash<QString, QString> aliases{{u"weekly"_s, u"weekly"_s},
                                                 {u"week"_s, u"weekly"_s},
                                                 {u"every week"_s, u"weekly"_s},
                                                 {u"semanal"_s, u"weekly"_s},
                                                 {u"cada semana"_s, u"weekly"_s},
                                                 {u"1w"_s, u"weekly"_s},
                                                 {u"biweekly"_s, u"biweekly"_s},
                                                 {u"bi weekly"_s, u"biweekly"_s},
                                                 {u"fortnightly"_s, u"biweekly"_s},
                                                 {u"every two weeks"_s, u"biweekly"_s},
                                                 {u"every 2 weeks"_s, u"biweekly"_s},
                                                 {u"every other week"_s, u"biweekly"_s},
                                                 {u"quincenal"_s, u"biweekly"_s},
                                                 {u"cada dos semanas"_s, u"biweekly"_s},
                                                 {u"cada 2 semanas"_s, u"biweekly"_s},
                                                 {u"cada quince dias"_s, u"biweekly"_s},
                                                 {u"2w"_s, u"biweekly"_s},
                                                 {u"monthly"_s, u"monthly"_s},
                                                 {u"month"_s, u"monthly"_s},
                                                 {u"every month"_s, u"monthly"_s},
                                                 {u"mensual"_s, u"monthly"_s},
                                                 {u"cada mes"_s, u"monthly"_s},
                                                 {u"1m"_s, u"monthly"_s}};
    return aliasOf(aliases, text, [&text]() -> QString {
        return tr("\"%1\" is not a delivery schedule.").arg(text.trimmed()) + u' ' +
               tr("Type weekly, every two weeks or monthly.");
    });
}

FieldParser::Parsed<QString> FieldParser::status(const QString& text) {
    static const QHash<QString, QString> aliases{
        {u"active"_s, u"active"_s},    {u"activo"_s, u"active"_s},     {u"activa"_s, u"active"_s},
        {u"open"_s, u"active"_s},      {u"abierto"_s, u"active"_s},    {u"paused"_s, u"paused"_s},
        {u"pause"_s, u"paused"_s},     {u"on hold"_s, u"paused"_s},    {u"hold"_s, u"paused"_s},
        {u"suspended"_s, u"paused"_s}, {u"pausado"_s, u"paused"_s},    {u"pausada"_s, u"paused"_s},
        {u"en pausa"_s, u"paused"_s},  {u"suspendido"_s, u"paused"_s}, {u"closed"_s, u"closed"_s},
        {u"close"_s, u"closed"_s},     {u"inactive"_s, u"closed"_s},   {u"cerrado"_s, u"closed"_s},
        {u"cerrada"_s, u"closed"_s},   {u"inactivo"_s, u"closed"_s},   {u"inactiva"_s, u"closed"_s},
        {u"baja"_s, u"closed"_s},      {u"de baja"_s, u"closed"_s}};
    return aliasOf(aliases, text, [&text]() -> QString {
        return tr("\"%1\" is not a status.").arg(text.trimmed()) + u' ' +
               tr("Type active, paused or closed.");
    });
}

FieldParser::Parsed<bool> FieldParser::yesNo(const QString& text) {
    static const QStringList yes{u"yes"_s, u"y"_s, u"true"_s, u"1"_s,         u"x"_s,
                                 u"si"_s,  u"s"_s, u"ok"_s,   u"verdadero"_s, u"v"_s};
    static const QStringList no{u"no"_s, u"n"_s, u"false"_s, u"0"_s, u"falso"_s, u"f"_s};
    Parsed<bool> result;
    const QString trimmed = text.trimmed();
    if (trimmed == u"✓" || trimmed == u"✔" || trimmed == u"☑") {
        result.value = true;
        return result;
    }
    const QString folded = fold(text);
    if (folded.isEmpty())
        return result;
    if (yes.contains(folded))
        result.value = true;
    else if (no.contains(folded))
        result.value = false;
    else
        result.error = tr("\"%1\" is neither yes nor no.").arg(text.trimmed()) + u' ' +
                       tr("Type yes or no (sí, no, x, 1 and 0 work too).");
    return result;
}

FieldParser::Parsed<QStringList> FieldParser::dietaryTags(const QString& text) {
    static const QHash<QString, QString> aliases{{u"vegetariano"_s, u"vegetarian"_s},
                                                 {u"vegetariana"_s, u"vegetarian"_s},
                                                 {u"veggie"_s, u"vegetarian"_s},
                                                 {u"vegano"_s, u"vegan"_s},
                                                 {u"vegana"_s, u"vegan"_s},
                                                 {u"gluten free"_s, u"gluten-free"_s},
                                                 {u"sin gluten"_s, u"gluten-free"_s},
                                                 {u"celiac"_s, u"gluten-free"_s},
                                                 {u"celiaco"_s, u"gluten-free"_s},
                                                 {u"nut free"_s, u"nut-free"_s},
                                                 {u"sin nueces"_s, u"nut-free"_s},
                                                 {u"sin frutos secos"_s, u"nut-free"_s},
                                                 {u"diabetic"_s, u"diabetic-friendly"_s},
                                                 {u"diabetic friendly"_s, u"diabetic-friendly"_s},
                                                 {u"diabetes"_s, u"diabetic-friendly"_s},
                                                 {u"diabetico"_s, u"diabetic-friendly"_s},
                                                 {u"para diabeticos"_s, u"diabetic-friendly"_s},
                                                 {u"low sodium"_s, u"low-sodium"_s},
                                                 {u"low salt"_s, u"low-sodium"_s},
                                                 {u"bajo en sodio"_s, u"low-sodium"_s},
                                                 {u"bajo en sal"_s, u"low-sodium"_s},
                                                 {u"halal"_s, u"halal"_s},
                                                 {u"kosher"_s, u"kosher"_s},
                                                 {u"vegetarian"_s, u"vegetarian"_s},
                                                 {u"vegan"_s, u"vegan"_s}};
    return aliasesOf(aliases, text, [](const QString& word) -> QString {
        return tr("\"%1\" is not a dietary tag.").arg(word) + u' ' +
               tr("Use: %1.").arg(inventory::vocabulary::dietaryTags().join(u", "));
    });
}

FieldParser::Parsed<QStringList> FieldParser::roles(const QString& text) {
    static const QHash<QString, QString> aliases{{u"driver"_s, u"driver"_s},
                                                 {u"drivers"_s, u"driver"_s},
                                                 {u"delivery"_s, u"driver"_s},
                                                 {u"conductor"_s, u"driver"_s},
                                                 {u"conductora"_s, u"driver"_s},
                                                 {u"chofer"_s, u"driver"_s},
                                                 {u"repartidor"_s, u"driver"_s},
                                                 {u"repartidora"_s, u"driver"_s},
                                                 {u"reparto"_s, u"driver"_s},
                                                 {u"packer"_s, u"packer"_s},
                                                 {u"packing"_s, u"packer"_s},
                                                 {u"empacador"_s, u"packer"_s},
                                                 {u"empacadora"_s, u"packer"_s},
                                                 {u"empaque"_s, u"packer"_s},
                                                 {u"intake"_s, u"intake"_s},
                                                 {u"reception"_s, u"intake"_s},
                                                 {u"recepcion"_s, u"intake"_s},
                                                 {u"registro"_s, u"intake"_s},
                                                 {u"coordinator"_s, u"coordinator"_s},
                                                 {u"coordinador"_s, u"coordinator"_s},
                                                 {u"coordinadora"_s, u"coordinator"_s},
                                                 {u"coordinacion"_s, u"coordinator"_s}};
    return aliasesOf(aliases, text, [](const QString& word) -> QString {
        return tr("\"%1\" is not a role.").arg(word) + u' ' +
               tr("Use: %1.").arg(vocabulary::roles().join(u", "));
    });
}

FieldParser::Parsed<int> FieldParser::count(const QString& text, int maximum) {
    Parsed<int> result;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return result;
    bool ok = false;
    const int n = trimmed.toInt(&ok);
    if (!ok || n < 0 || n > maximum) {
        result.error = tr("\"%1\" is not a number from 0 to %2.").arg(trimmed).arg(maximum) + u' ' +
                       tr("Type a whole number.");
        return result;
    }
    result.value = n;
    return result;
}

FieldParser::Parsed<QDate> FieldParser::date(const QString& text, bool monthFirst) {
    Parsed<QDate> result;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return result;
    QDate date = QDate::fromString(trimmed.left(10), Qt::ISODate);
    static const QRegularExpression dmy(u"^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{2}|\\d{4})$"_s);
    if (!date.isValid()) {
        if (const auto m = dmy.match(trimmed); m.hasMatch()) {
            int a = m.captured(1).toInt(), b = m.captured(2).toInt();
            int year = m.captured(3).toInt();
            if (year < 100)
                year += 2000;
            bool first = monthFirst;
            if (a > 12)
                first = false;
            else if (b > 12)
                first = true;
            date = first ? QDate(year, a, b) : QDate(year, b, a);
        }
    }
    if (!date.isValid()) {
        result.error = tr("\"%1\" is not a date.").arg(trimmed) + u' ' +
                       tr("Type a date such as 2026-03-01 or 1/3/2026.");
        return result;
    }
    result.value = date;
    return result;
}

QString FieldParser::phoneError(const QString& phone) {
    const QString trimmed = phone.trimmed();
    if (trimmed.isEmpty())
        return {};
    static const QRegularExpression allowed(
        u"^\\+?[0-9 ().\\-/]+(?:\\s*(?:x|ext\\.?|extension)\\s*\\d{1,6})?$"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QString digits = normalize::phoneDigits(trimmed);
    if (!allowed.match(trimmed).hasMatch() || digits.size() < 7 || digits.size() > 21)
        return tr("\"%1\" is not a phone number.").arg(trimmed) + u' ' +
               tr("Type 7 to 15 digits, such as (312) 555-0142 or +1 312 555 0142.");
    return {};
}

QStringList FieldParser::list(const QString& text) {
    QStringList out;
    static const QRegularExpression separators(u"[,;\\n]"_s);
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString trimmed = part.simplified();
        if (!trimmed.isEmpty() && !out.contains(trimmed))
            out << trimmed;
    }
    return out;
}

} // namespace larder::people
