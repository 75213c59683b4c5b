// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// The figures of a period summary, as plain data: Reports (Reports.h) fills them from the ledger
// and the recorded outcomes; the Reports page, larder-cli `report` and the CSV and PDF exports
// all read the same struct, so a figure reads the same everywhere.
namespace larder::reports {

// Days from `from` to `to`, both included, in the laptop's local time.
struct Period {
    QDate from;
    QDate to;
    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    qint64 days() const { return isValid() ? from.daysTo(to) + 1 : 0; }
};

// The periods a coordinator picks from; weeks start on Monday.
enum class Preset { ThisWeek, LastWeek, ThisMonth, LastMonth, ThisQuarter, ThisYear, LastYear };
Period presetPeriod(Preset preset, const QDate& today);

// The longest period a summary covers (ten years): a bound on the work one report asks for.
inline constexpr qint64 MaxPeriodDays = 3660;

// Whose figures: every pantry whose records this file holds (the network, after sync), or one
// laptop's (its site id).
struct Scope {
    QString site; // empty: all
    bool isNetwork() const { return site.isEmpty(); }
};

// A pantry of the network as reports name it: its laptop's site id and its name.
struct Site {
    QString id;
    QString name;
    bool self = false;
};

// An amount of stock: units in the items' own units, and their weight where the item has one.
struct Amount {
    qint64 units = 0;
    qint64 grams = 0;              // of the units whose item has a unit weight
    qint64 unitsWithoutWeight = 0; // units whose item has no unit weight (not in grams)
    qint64 movements = 0;          // ledger rows behind it (after corrections)

    void add(qint64 quantity, int unitGrams);
    Amount& operator+=(const Amount& other);
    bool isEmpty() const { return units == 0 && movements == 0; }
};

// One line of a breakdown (a category, a source, a supplier, a reason) and its amount.
struct AmountLine {
    QString key;   // the code kept in the ledger ("food", "donation", "spoiled", a supplier id)
    QString label; // what people read
    Amount amount;
};

// One week of the period (Monday to Sunday, cut to the period at both ends).
struct Week {
    QDate start;
    QDate end;
    Amount givenOut;
    Amount received;
    Amount disposed;
    qint64 countLost = 0;  // units the counts of that week found missing
    qint64 countFound = 0; // units they found more than expected
    qint64 householdsServed = 0;
    qint64 stopsDelivered = 0;
};

// What the counts of the period found at one location for one item.
struct CountDifference {
    QString itemId, itemName, locationId, locationName;
    qint64 lost = 0;  // units fewer than the ledger said
    qint64 found = 0; // units more
    qint64 lines = 0; // counted movements behind it
};

// Stock given out with no delivered stop of a distribution day behind it (walk-in give-outs
// entered by hand, or a movement whose stop was undone), per item.
struct UnbackedLine {
    QString itemId, itemName;
    Amount amount;
};

// Everything one summary says. Counts of households are exact here; exports suppress the small
// ones (Suppression.h).
struct Summary {
    Period period;
    Scope scope;
    QString scopeName; // the pantry's name, or "" for the network
    QDate today;       // the day "on hand now" and "expires soon" are read for
    int expiringWithinDays = 14;

    // Deliveries (run_stops of runs dated in the period).
    qint64 householdsServed = 0; // distinct households with a delivered stop
    qint64 peopleReached = 0;    // sum of their sizes on the day of their last delivery
    qint64 stopsPlanned = 0;     // every stop of the period's runs
    qint64 stopsAttempted = 0;   // stops with an outcome
    qint64 stopsDelivered = 0;   // delivered or left at the door
    qint64 stopsWithoutOutcome = 0;
    QMap<QString, qint64> outcomes; // outcome code -> stops (every code of runs::outcome::all())
    qint64 boxesDelivered = 0;

    // Stock (stock_movements dated in the period; a correction counts in its movement's period).
    Amount givenOut;
    QList<AmountLine> givenOutByCategory; // largest first
    Amount received;
    QList<AmountLine> receivedBySource;
    QList<AmountLine> receivedBySupplier;
    Amount disposed;
    QList<AmountLine> disposedByReason;
    Amount returned; // came back onto the shelf (undelivered stock returned by hand)
    // Thrown away as a share of what left the shelf (given out + thrown away), by weight when
    // every unit involved has one, else by units; empty when nothing left the shelf.
    std::optional<double> wasteRate;
    bool wasteRateByWeight = false;
    QStringList itemsWithoutWeight; // items in the figures above with no unit weight

    // Now (the shelf as it is, whatever the period).
    Amount onHand;
    qint64 negativeBins = 0; // item, lot and location with less than nothing: a count is due
    Amount expiringSoon;
    qint64 lotsExpiringSoon = 0;

    // Checks on supply.
    QList<CountDifference> countDifferences; // largest loss first
    qint64 countLost = 0, countFound = 0;
    Amount givenOutUnbacked;
    QList<UnbackedLine> unbackedByItem;

    QList<Week> weeks;
    // Requests (core/requests/Requests.h), counts only: asked in the period; met (delivered) and
    // closed unmet in the period; still open today; by category; and the days from asking to
    // delivery of those met in the period.
    struct RequestLine {
        QString category;
        qint64 asked = 0, met = 0, unmet = 0;
    };
    qint64 requestsAsked = 0, requestsMet = 0, requestsUnmet = 0, requestsOpen = 0;
    QList<RequestLine> requestsByCategory; // by category code
    std::optional<double> requestDaysMedian;
    qint64 requestDaysLongest = 0;
};

// A figure of the summary that can be opened to list what is behind it.
enum class Figure {
    GivenOut,         // key: a category, or empty for all
    Received,         // key: a source ("donation"), or "supplier:" and a supplier id
    Disposed,         // key: a reason, or empty
    Returned,         //
    CountDifferences, // key: an item id, or empty
    Unbacked,         // key: an item id, or empty
    Stops,            // key: an outcome code, "delivered" (delivered or left at the door),
                      // "none" (no outcome yet), "attempted" (any outcome), or empty for
                      // every stop
    Nothing,          // a figure of the shelf now, with nothing of the period behind it
};

// Summaries of one period, side by side, for each pantry of the network.
struct NetworkLine {
    Site site;
    Summary summary;
};

} // namespace larder::reports
