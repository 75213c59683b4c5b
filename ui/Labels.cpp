#include "Labels.h"

#include "identity/Clock.h"
#include "storage/Store.h"

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
    const QLocale locale;
    const QString u = unit.trimmed().toLower();
    if (u == u"g" || u == u"gram" || u == u"grams") {
        if (qAbs(amount) >= 1000)
            return tr("%1 kg").arg(
                locale.toString(double(amount) / 1000.0, 'f', amount % 1000 ? 1 : 0));
        return tr("%1 g").arg(locale.toString(amount));
    }
    if (u == u"ml" || u == u"millilitre" || u == u"milliliter") {
        if (qAbs(amount) >= 1000)
            return tr("%1 L").arg(
                locale.toString(double(amount) / 1000.0, 'f', amount % 1000 ? 1 : 0));
        return tr("%1 ml").arg(locale.toString(amount));
    }
    if (u == u"case" || u == u"cases")
        return tr("%n cases", "", int(qBound<qint64>(qint64(INT_MIN), amount, qint64(INT_MAX))));
    if (u.isEmpty() || u == u"each" || u == u"unit" || u == u"units" || u == u"piece")
        return locale.toString(amount);
    return tr("%1 %2", "amount and unit, e.g. 3 packs").arg(locale.toString(amount), unit);
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
    return QDateTime::fromMSecsSinceEpoch(store.clock().nowMs()).date();
}

} // namespace larder::ui
