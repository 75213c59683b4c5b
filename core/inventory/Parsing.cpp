// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/inventory/Parsing.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace larder::inventory {

namespace {

int weekdayFromName(const QString& word) {
    static const QStringList names{u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s,
                                   u"fri"_s, u"sat"_s, u"sun"_s};
    static const QStringList spanish{u"lun"_s, u"mar"_s, u"mie"_s, u"jue"_s,
                                     u"vie"_s, u"sab"_s, u"dom"_s};
    if (word.size() < 3)
        return 0;
    const QString prefix = word.left(3);
    for (int i = 0; i < 7; ++i) {
        if (prefix == names.at(i) || prefix == spanish.at(i))
            return i + 1;
    }
    return 0;
}

int fullYear(int year) {
    return year < 100 ? 2000 + year : year;
}

} // namespace

InputParser::ExpiryResult InputParser::parseExpiry(const QString& input, const QDate& today,
                                                   bool monthFirst) {
    ExpiryResult result;
    const QString text = input.trimmed().toLower();
    if (text.isEmpty())
        return result;

    auto finish = [&result, &today](const QDate& date) {
        result.date = date;
        if (date < today)
            result.error = tr("%1 is already past.").arg(date.toString(Qt::ISODate));
        return result;
    };
    auto refuse = [&result, &input](const QString& why) {
        result.error = why.isEmpty()
                           ? tr("\"%1\" is not a date Larder understands. Type a date such as "
                                "12/5, 2027-01-15 or 2027-01, or a span such as 5d, 3w or 2m.")
                                 .arg(input.trimmed())
                           : why;
        return result;
    };

    static const QRegularExpression span(u"^(\\d{1,3})\\s*(d|day|days|w|wk|week|weeks|m|mo|"
                                         u"month|months|y|yr|year|years)$"_s);
    if (const auto m = span.match(text); m.hasMatch()) {
        const int n = m.captured(1).toInt();
        const QChar unit = m.captured(2).at(0);
        if (unit == u'd')
            return finish(today.addDays(n));
        if (unit == u'w')
            return finish(today.addDays(7 * n));
        if (unit == u'm')
            return finish(today.addMonths(n));
        return finish(today.addYears(n));
    }
    if (text == u"today" || text == u"hoy")
        return finish(today);
    if (text == u"tomorrow" || text == u"mañana" || text == u"manana")
        return finish(today.addDays(1));
    if (const int weekday = weekdayFromName(text);
        weekday > 0 && QRegularExpression(u"^[a-zé]+$"_s).match(text).hasMatch()) {
        int ahead = (weekday - today.dayOfWeek() + 7) % 7;
        if (ahead == 0)
            ahead = 7;
        return finish(today.addDays(ahead));
    }

    static const QRegularExpression iso(u"^(\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?$"_s);
    if (const auto m = iso.match(text); m.hasMatch()) {
        const int year = m.captured(1).toInt();
        const int month = m.captured(2).toInt();
        if (month < 1 || month > 12)
            return refuse(tr("There is no month %1.").arg(month));
        if (m.captured(3).isEmpty()) // "2027-01": best before the end of that month
            return finish(QDate(year, month, 1).addMonths(1).addDays(-1));
        const QDate date(year, month, m.captured(3).toInt());
        if (!date.isValid())
            return refuse(tr("%1 is not a real date.").arg(input.trimmed()));
        return finish(date);
    }

    static const QRegularExpression dayMonth(
        u"^(\\d{1,2})[/.](\\d{1,2})(?:[/.](\\d{2}|\\d{4}))?$"_s);
    if (const auto m = dayMonth.match(text); m.hasMatch()) {
        int day = m.captured(1).toInt();
        int month = m.captured(2).toInt();
        if (monthFirst)
            std::swap(day, month);
        if (m.captured(3).isEmpty()) {
            // The next such date: this year's if still ahead, else next year's.
            QDate date(today.year(), month, day);
            if (!date.isValid())
                return refuse(tr("%1 is not a real date.").arg(input.trimmed()));
            if (date < today)
                date = QDate(today.year() + 1, month, day);
            return finish(date);
        }
        const QDate date(fullYear(m.captured(3).toInt()), month, day);
        if (!date.isValid())
            return refuse(tr("%1 is not a real date.").arg(input.trimmed()));
        return finish(date);
    }
    return refuse({});
}

InputParser::QuantityResult InputParser::parseQuantity(const QString& input, int caseSize,
                                                       qint64 maximum) {
    QuantityResult result;
    const QString text = input.trimmed().toLower();
    if (text.isEmpty()) {
        result.error = tr("Type how many, for example 14 or 3 cases.");
        return result;
    }
    qint64 quantity = 0;
    static const QRegularExpression plain(u"^[+]?\\d{1,9}$"_s);
    static const QRegularExpression cases(u"^(\\d{1,6})\\s*(c|cs|case|cases|caja|cajas)$"_s);
    static const QRegularExpression times(u"^(\\d{1,6})\\s*[x×*]\\s*(\\d{1,6})$"_s);
    if (plain.match(text).hasMatch()) {
        quantity = text.toLongLong();
    } else if (const auto m = cases.match(text); m.hasMatch()) {
        if (caseSize <= 0) {
            result.error = tr("This item has no case size. Type the number of units instead, or "
                              "set the case size on the item.");
            return result;
        }
        quantity = m.captured(1).toLongLong() * caseSize;
    } else if (const auto m = times.match(text); m.hasMatch()) {
        quantity = m.captured(1).toLongLong() * m.captured(2).toLongLong();
    } else if (text.startsWith(u'-')) {
        result.error = tr("The quantity must be more than zero. To take stock out, use "
                          "distribute or dispose; to fix a mistake, undo the entry.");
        return result;
    } else if (QRegularExpression(u"^\\d+[.,]\\d+"_s).match(text).hasMatch()) {
        result.error =
            tr("Quantities are whole units. Type %1 as a whole number.").arg(input.trimmed());
        return result;
    } else {
        result.error = tr("\"%1\" is not a quantity. Type a number, such as 14 or 3 cases.")
                           .arg(input.trimmed());
        return result;
    }
    if (quantity <= 0) {
        result.error = tr("The quantity must be more than zero.");
        return result;
    }
    if (quantity > maximum) {
        result.error = tr("%1 is more than Larder accepts in one entry (%2). Check the number; "
                          "split a very large delivery into several entries.")
                           .arg(quantity)
                           .arg(maximum);
        return result;
    }
    result.quantity = quantity;
    return result;
}

} // namespace larder::inventory
