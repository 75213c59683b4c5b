// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace larder::io {

// What the redacted household export may show of one household, before it is generalised.
struct HouseholdFacts {
    QString postalCode;
    int size = 1;   // adults + children + seniors
    QString status; // active, paused, closed
    QDate created;  // the day the record was made
};

// How coarse each value of the redacted export is. Levels go from fine to coarse.
struct Generalisation {
    enum class Date { Month, Quarter, Year, Hidden };
    enum class Size { Bands, TwoBands }; // 1, 2, 3-4, 5+ | 1-2, 3+
    Date date = Date::Month;
    Size size = Size::Bands;
};

// The redacted household export as rows that single nobody out: k-anonymous on everything a
// row shows (every combination of values in it is shared by at least k households).
struct AnonymousTable {
    QStringList columns;     // postal_area, household_size, status, created
    QList<QStringList> rows; // sorted, so their order says nothing
    int k = 0;
    int households = 0; // how many households there were
    int suppressed = 0; // how many were left out: their combination covered fewer than k
    Generalisation generalisation;
    // The lines the file starts with: what it holds, what was generalised and how, how many
    // households were left out and why. Translated; without the comment mark.
    QStringList notes;
};

// Makes the redacted household export k-anonymous. The export shows four things of a household:
// its postal area (normalize::postalArea: "606" for 60608, "SW1A" for SW1A 1AA), its size in
// bands, its status and when its record was made; everything else a household has (tags,
// languages, consents, schedule, day and window) is left out, because together they single a
// household out. Generalisation goes up a ladder, fine to coarse — created by month, quarter,
// year, then not shown; then size as 1-2 and 3+ — and stops at the first rung where at most
// `MaxSuppressedShare` of the households fall in a combination of fewer than k (the coarsest
// rung when none does); those households are then left out (suppressed). A pantry with fewer
// than k households gets no rows at all, and notes that say why.
class Anonymity {
    Q_DECLARE_TR_FUNCTIONS(larder::io::Anonymity)

public:
    static constexpr int DefaultK = 5;
    static constexpr double MaxSuppressedShare = 0.05;

    static AnonymousTable households(const QList<HouseholdFacts>& households, int k = DefaultK);
    // The ladder, fine to coarse.
    static QList<Generalisation> ladder();
    // One household's row at one rung.
    static QStringList row(const HouseholdFacts& household, const Generalisation& generalisation);
    static QString sizeBand(int size, Generalisation::Size bands);
    static QString dateText(const QDate& date, Generalisation::Date level);
};

} // namespace larder::io
