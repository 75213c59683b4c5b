// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/Summary.h"
#include "core/storage/Result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace larder {
class Store;
}

namespace larder::reports {

// One ledger row behind a figure (a correction is listed under the row it corrects).
struct MovementLine {
    QDateTime at; // local time
    QString kind;
    QString itemName;
    QString category;
    qint64 quantity = 0; // signed, as in the ledger
    QString locationName;
    QString reason;
    bool correction = false; // a reversal of the row above it
};

// One stop behind a figure. The household is named only while details can be read.
struct StopLine {
    QDate runDate;
    QString runName;
    QString household; // its chosen name, or "" while the pantry is locked
    QString outcome;   // code
    int boxes = 0;
};

// Computes reports from the ledger (stock_movements), the distribution days (runs, run_stops)
// and the stock table, for one period and one scope. Reads only: nothing here writes. Every
// figure is a sum over rows anyone can list (movementsBehind, stopsBehind); docs/ARCHITECTURE.md
// ("Reports") says which rows count where. Works while the pantry is locked: no figure needs a
// personal value (household sizes and outcomes are not personal columns).
class Reports {
    Q_DECLARE_TR_FUNCTIONS(larder::reports::Reports)

public:
    explicit Reports(const Store& store);

    // The pantries whose records this file holds: this laptop first, then the others by name.
    QList<Site> sites() const;
    // A site named by its id, the start of its id (8 characters or more), its name or the start
    // of one name only (case-insensitive); an error that lists the names when none or several
    // match.
    Result<Site> findSite(const QString& idOrName) const;

    Result<Summary> summary(const Period& period, const Scope& scope = {}) const;
    // The same period for every pantry, then the network as a whole (site empty).
    Result<QList<NetworkLine>> network(const Period& period) const;

    // At most `limit` rows behind a figure of summary(period, scope), oldest first.
    QList<MovementLine> movementsBehind(const Period& period, const Scope& scope, Figure figure,
                                        const QString& key, int limit = 2000) const;
    QList<StopLine> stopsBehind(const Period& period, const Scope& scope, const QString& key,
                                int limit = 2000) const;

    // A period refused whole: invalid, reversed, or longer than MaxPeriodDays.
    static std::optional<Error> checkPeriod(const Period& period);

private:
    const Store& m_store;
};

} // namespace larder::reports
