// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/inventory/Quantities.h"

#include <QLocale>

namespace larder::inventory {

QString Quantities::format(qint64 amount, const QString& unit) {
    const QLocale locale;
    const QString u = unit.trimmed().toLower();
    // Grams and millilitres are stored whole; from a thousand up they read as kg and L.
    const auto thousandths = [&locale](qint64 value) {
        return locale.toString(double(value) / 1000.0, 'f', value % 1000 ? 1 : 0);
    };
    if (u == u"g" || u == u"gram" || u == u"grams")
        return qAbs(amount) >= 1000 ? tr("%1 kg").arg(thousandths(amount))
                                    : tr("%1 g").arg(locale.toString(amount));
    if (u == u"ml" || u == u"millilitre" || u == u"milliliter")
        return qAbs(amount) >= 1000 ? tr("%1 L").arg(thousandths(amount))
                                    : tr("%1 ml").arg(locale.toString(amount));
    // Not "%n cases": the CLI and printing from it load no translation, and must still say
    // "1 case" in English.
    if (u == u"case" || u == u"cases")
        return amount == 1 ? tr("1 case") : tr("%1 cases").arg(locale.toString(amount));
    if (u.isEmpty() || u == u"each" || u == u"unit" || u == u"units" || u == u"piece")
        return locale.toString(amount);
    return tr("%1 %2", "amount and unit, e.g. 3 lb").arg(locale.toString(amount), unit);
}

QString Quantities::formatSigned(qint64 amount, const QString& unit) {
    const QString text = format(qAbs(amount), unit);
    if (amount > 0)
        return u'+' + text;
    if (amount < 0)
        return QChar(0x2212) + text;
    return text;
}

} // namespace larder::inventory
