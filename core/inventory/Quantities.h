// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace larder::inventory {

// The one wording of an amount in an item's unit, for screens, papers and the CLI alike: "14",
// "2.5 kg" (stored in grams), "750 ml", "1 case", "3 cases", "3 lb". Numbers follow the default
// locale; the words are translated (context larder::inventory::Quantities).
class Quantities {
    Q_DECLARE_TR_FUNCTIONS(larder::inventory::Quantities)

public:
    static QString format(qint64 amount, const QString& unit);
    // A change of stock, always signed, for ledgers and differences: "+14", "−3 cases" (a real
    // minus sign), "0".
    static QString formatSigned(qint64 amount, const QString& unit);
};

} // namespace larder::inventory
