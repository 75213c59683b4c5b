// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace larder::inventory {

// What a volunteer types for an expiry date or a quantity, turned into values — or into a
// message that says what to type instead.
class InputParser {
    Q_DECLARE_TR_FUNCTIONS(larder::inventory::InputParser)

public:
    struct ExpiryResult {
        std::optional<QDate> date; // empty with an empty error: no expiry (non-perishable)
        QString error;
        bool ok() const { return error.isEmpty(); }
    };

    // Accepts, relative to `today`:
    //   ""                     no expiry
    //   "3d", "3w", "2m", "1y"  days, weeks, months, years from today
    //   "tomorrow", "mon".."sun" / "monday".."sunday" (next such day, today excluded)
    //   "12/5"                 day/month (or month/day when `monthFirst`), the next such date
    //   "12/5/27", "12/5/2027"
    //   "2027-01"              the last day of that month
    //   "2027-01-15"           ISO date
    // A date already past is returned with an error (the caller decides whether to insist).
    static ExpiryResult parseExpiry(const QString& text, const QDate& today,
                                    bool monthFirst = false);

    struct QuantityResult {
        qint64 quantity = 0;
        QString error;
        bool ok() const { return error.isEmpty(); }
    };

    // Accepts "14", "3 cases", "3 cs", "3c" (times `caseSize`), "2x12" (24). Refuses zero,
    // negative, fractional, text and absurd quantities (over `maximum`).
    static QuantityResult parseQuantity(const QString& text, int caseSize = 0,
                                        qint64 maximum = 100000);
};

} // namespace larder::inventory
