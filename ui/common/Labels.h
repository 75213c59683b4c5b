// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace larder {
class Store;
}

namespace larder::ui {

// Turns what the file stores (codes, integer quantities, ISO dates) into words a volunteer reads,
// translated. Pages and models use these so that one code reads the same everywhere.
class Labels {
    Q_DECLARE_TR_FUNCTIONS(larder::ui::Labels)

public:
    // "Baby", "Healthcare" … for a catalog category code; unknown codes are shown capitalised.
    static QString category(const QString& code);
    // An amount in the item's unit: "14", "2.5 kg" (stored in grams), "3 cases"; the same
    // wording as the papers and the CLI (inventory::Quantities).
    static QString quantity(qint64 amount, const QString& unit);
    // "Active", "Paused", "Closed" … for a household status code.
    static QString householdStatus(const QString& code);
    // "Spanish, English" for a list of language codes such as "es,en".
    static QString languages(const QString& codes);
    // "Today", "In 3 days (Fri 15 Mar)", "2 days ago (Sun 10 Mar)", "15 Sep 2028" for an expiry.
    static QString expiry(const QDate& expiry, const QDate& today);
    // "received", "distributed" … for a ledger movement kind.
    static QString movementKind(const QString& code);
    // "Donation", "From a supplier" … for an intake source code.
    static QString intakeSource(const QString& code);
    // "Spoiled", "Past its date" … for a disposal reason code.
    static QString disposalReason(const QString& code);
    // A ledger row's stored reason ("donation: note", "spoiled", "count", "undo at intake") in
    // words: a known code before the colon is translated, the note after it kept.
    static QString movementReason(const QString& reason);
    // "Shelf", "Fridge" … for a location kind code.
    static QString locationKind(const QString& code);
    // "Bakery", "Food bank", ... for inventory::Suppliers::kinds().
    static QString supplierKind(const QString& code);
    // A signed amount for ledger lists: "+14", "−3" (a real minus sign), in the item's unit;
    // the same wording as the CLI (inventory::Quantities).
    static QString signedQuantity(qint64 amount, const QString& unit);
    // "Sun 1 Mar, 14:05" (this year) or "1 Mar 2025, 14:05" for a stored UTC timestamp, in
    // local time.
    static QString when(const QString& isoUtc, const QDate& today);
    // "Weekly", "Every two weeks" … for a household schedule code.
    static QString schedule(const QString& code);

    // "Tue, Sat" for a list of weekday codes such as "tue,sat".
    static QString weekdays(const QString& codes);
    // "Driver, Packer" for a list of role codes.
    static QString roles(const QString& codes);

    // Today's date by the store's clock (injected in tests), in local time.
    static QDate today(const Store& store);
};

} // namespace larder::ui
