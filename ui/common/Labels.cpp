// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/Labels.h"

#include "core/identity/Clock.h"
#include "core/inventory/Quantities.h"
#include "core/storage/Store.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace larder::ui {

namespace {

QString capitalised(QString text) {
    text.replace(u'_', u' ');
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace

QString Labels::category(const QString& code) {
    const QString c = code.trimmed().toLower();
    if (c == u"food")
        return tr("Food");
    if (c == u"water" || c == u"drinks")
        return tr("Water and drinks");
    if (c == u"hygiene")
        return tr("Hygiene");
    if (c == u"baby")
        return tr("Baby");
    if (c == u"clothing")
        return tr("Clothing");
    if (c == u"school" || c == u"school_supplies" || c == u"school supplies")
        return tr("School supplies");
    if (c == u"healthcare" || c == u"health")
        return tr("Healthcare");
    if (c == u"household" || c == u"household_goods" || c == u"household goods")
        return tr("Household goods");
    if (c == u"other" || c.isEmpty())
        return tr("Other");
    return capitalised(code.trimmed());
}

QString Labels::quantity(qint64 amount, const QString& unit) {
    return inventory::Quantities::format(amount, unit);
}

QString Labels::householdStatus(const QString& code) {
    const QString c = code.trimmed().toLower();
    if (c == u"active")
        return tr("Active");
    if (c == u"paused")
        return tr("Paused");
    if (c == u"closed")
        return tr("Closed");
    if (c == u"waiting" || c == u"waitlist")
        return tr("Waiting list");
    return capitalised(code.trimmed());
}

QString Labels::languages(const QString& codes) {
    static const QRegularExpression separators(u"[,;/ ]+"_s);
    QStringList names;
    for (const QString& code : codes.split(separators, Qt::SkipEmptyParts)) {
        const QLocale locale(code);
        if (locale.language() == QLocale::C || code.size() > 3)
            names.append(capitalised(code));
        else
            names.append(QLocale::languageToString(locale.language()));
    }
    return names.join(u", "_s);
}

QString Labels::expiry(const QDate& expiry, const QDate& today) {
    if (!expiry.isValid())
        return {};
    const qint64 days = today.daysTo(expiry);
    // How soon comes first (it decides what to pack), then the date as printed on the package.
    const QString date = QLocale().toString(expiry, u"ddd d MMM"_s);
    if (days == 0)
        return tr("Today");
    if (days == 1)
        return tr("Tomorrow");
    if (days == -1)
        return tr("Yesterday");
    if (days > 30 || days < -30) // far off: the date alone says it better
        return QLocale().toString(expiry, u"d MMM yyyy"_s);
    if (days > 0)
        return tr("In %n days (%1)", "", int(days)).arg(date);
    return tr("%n days ago (%1)", "", int(-days)).arg(date);
}

QString Labels::movementKind(const QString& code) {
    const QString c = code.trimmed().toLower();
    if (c == u"received")
        return tr("Received");
    if (c == u"distributed")
        return tr("Distributed");
    if (c == u"disposed" || c == u"spoiled")
        return tr("Thrown away");
    if (c == u"counted")
        return tr("Counted");
    if (c == u"moved")
        return tr("Moved");
    if (c == u"returned")
        return tr("Returned");
    if (c == u"reversal")
        return tr("Corrected");
    return capitalised(code.trimmed());
}

QString Labels::intakeSource(const QString& code) {
    const QString c = code.trimmed().toLower();
    if (c == u"donation")
        return tr("Donation");
    if (c == u"supplier")
        return tr("From a supplier");
    if (c == u"purchase")
        return tr("Purchase");
    if (c == u"drive")
        return tr("Food drive");
    return capitalised(code.trimmed());
}

QString Labels::disposalReason(const QString& code) {
    const QString c = code.trimmed().toLower();
    if (c == u"spoiled")
        return tr("Spoiled");
    if (c == u"expired")
        return tr("Past its date");
    if (c == u"damaged")
        return tr("Damaged");
    if (c == u"recalled")
        return tr("Recalled");
    return capitalised(code.trimmed());
}

QString Labels::movementReason(const QString& reason) {
    const qsizetype colon = reason.indexOf(u':');
    const QString code = (colon < 0 ? reason : reason.left(colon)).trimmed();
    const QString note = colon < 0 ? QString() : reason.mid(colon + 1).trimmed();
    QString text;
    const QString c = code.toLower();
    if (c.isEmpty())
        text = QString();
    else if (c == u"donation" || c == u"supplier" || c == u"purchase" || c == u"drive")
        text = intakeSource(c);
    else if (c == u"spoiled" || c == u"expired" || c == u"damaged" || c == u"recalled")
        text = disposalReason(c);
    else if (c == u"count")
        text = tr("Stock count");
    else if (c == u"undo at intake")
        text = tr("Undone at intake");
    else if (c == u"undo")
        text = tr("Undone on the inventory page");
    else if (c == u"undelivered")
        text = tr("Undelivered, back on the shelf");
    else if (c == u"walk-in")
        text = tr("Given to a walk-in visitor");
    else
        return reason; // free text (moves say "from A to B")
    return note.isEmpty() ? text : tr("%1: %2", "reason: note").arg(text, note);
}

QString Labels::locationKind(const QString& code) {
    const QString c = code.trimmed().toLower();
    if (c == u"shelf")
        return tr("Shelf");
    if (c == u"fridge")
        return tr("Fridge");
    if (c == u"freezer")
        return tr("Freezer");
    if (c == u"hub" || c == u"partner")
        return tr("Partner's hub");
    return capitalised(code.trimmed());
}

QString Labels::supplierKind(const QString& code) {
    const QString c = code.trimmed().toLower();
    if (c == u"donor")
        return tr("Donor");
    if (c == u"grocery")
        return tr("Grocery");
    if (c == u"bakery")
        return tr("Bakery");
    if (c == u"farm")
        return tr("Farm or garden");
    if (c == u"restaurant")
        return tr("Restaurant");
    if (c == u"church")
        return tr("Church or temple");
    if (c == u"food_bank")
        return tr("Food bank");
    if (c == u"other")
        return tr("Other");
    return capitalised(QString(code.trimmed()).replace(u'_', u' '));
}

QString Labels::signedQuantity(qint64 amount, const QString& unit) {
    return inventory::Quantities::formatSigned(amount, unit);
}

QString Labels::when(const QString& isoUtc, const QDate& today) {
    QDateTime at = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    if (!at.isValid())
        return isoUtc;
    at = at.toLocalTime();
    const QLocale locale;
    const QString time =
        locale.toString(at.time(), locale.timeFormat(QLocale::ShortFormat).remove(u":ss"_s));
    if (at.date() == today)
        return tr("Today, %1").arg(time);
    if (at.date().year() == today.year())
        return locale.toString(at.date(), u"ddd d MMM"_s) + u", "_s + time;
    return locale.toString(at.date(), u"d MMM yyyy"_s) + u", "_s + time;
}

QString Labels::schedule(const QString& code) {
    const QString c = code.trimmed().toLower();
    if (c == u"weekly")
        return tr("Weekly");
    if (c == u"biweekly" || c == u"fortnightly")
        return tr("Every two weeks");
    if (c == u"monthly")
        return tr("Monthly");
    if (c == u"once" || c == u"one-off" || c == u"oneoff")
        return tr("Once");
    if (c == u"on_request" || c == u"on request" || c == u"ad hoc")
        return tr("When they ask");
    return capitalised(code.trimmed());
}

QString Labels::weekdays(const QString& codes) {
    static const QStringList days{u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s,
                                  u"fri"_s, u"sat"_s, u"sun"_s};
    QStringList names;
    for (const QString& code : codes.split(u',', Qt::SkipEmptyParts)) {
        const int day = int(days.indexOf(code.trimmed().left(3).toLower()));
        names.append(day >= 0 ? QLocale().dayName(day + 1, QLocale::ShortFormat)
                              : capitalised(code.trimmed()));
    }
    return names.join(u", "_s);
}

QString Labels::roles(const QString& codes) {
    QStringList names;
    for (const QString& raw : codes.split(u',', Qt::SkipEmptyParts)) {
        const QString code = raw.trimmed().toLower();
        if (code == u"driver")
            names.append(tr("Driver"));
        else if (code == u"packer")
            names.append(tr("Packer"));
        else if (code == u"intake")
            names.append(tr("Intake"));
        else if (code == u"coordinator")
            names.append(tr("Coordinator"));
        else
            names.append(capitalised(raw.trimmed()));
    }
    return names.join(u", "_s);
}

QDate Labels::today(const Store& store) {
    return store.today();
}

} // namespace larder::ui
