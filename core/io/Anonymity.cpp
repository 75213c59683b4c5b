// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/Anonymity.h"

#include "core/people/Normalize.h"

#include <QHash>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace larder::io {

namespace {

struct Rung {
    QList<QStringList> rows; // every household's row, in the order given
    QList<bool> kept;        // whether its combination covers at least k households
    int suppressed = 0;
};

Rung generalise(const QList<HouseholdFacts>& households, const Generalisation& generalisation,
                int k) {
    Rung rung;
    rung.rows.reserve(households.size());
    QHash<QString, int> counts;
    QStringList keys;
    keys.reserve(households.size());
    for (const HouseholdFacts& household : households) {
        rung.rows << Anonymity::row(household, generalisation);
        keys << rung.rows.last().join(QChar(0x1f));
        ++counts[keys.last()];
    }
    for (const QString& key : std::as_const(keys)) {
        const bool kept = counts.value(key) >= k;
        rung.kept << kept;
        if (!kept)
            ++rung.suppressed;
    }
    return rung;
}

QString sizeText(Generalisation::Size bands) {
    return bands == Generalisation::Size::Bands ? u"1 / 2 / 3-4 / 5+"_s : u"1-2 / 3+"_s;
}

QString dateNote(Generalisation::Date level) {
    switch (level) {
    case Generalisation::Date::Month:
        return Anonymity::tr("The date the record was made: its month.");
    case Generalisation::Date::Quarter:
        return Anonymity::tr("The date the record was made: its quarter (2026-Q1).");
    case Generalisation::Date::Year:
        return Anonymity::tr("The date the record was made: its year.");
    case Generalisation::Date::Hidden:
        break;
    }
    return Anonymity::tr("The date the record was made: not shown.");
}

QStringList notesFor(const AnonymousTable& table) {
    QStringList notes{
        Anonymity::tr("Larder: redacted household export. No names or addresses or phones or "
                      "notes or record ids."),
        Anonymity::tr("Anonymous with k = %1: each combination of values in the rows below is "
                      "shared by at least %1 households.")
            .arg(table.k),
        Anonymity::tr("Generalised: the postal code to its area (its first 3 characters or "
                      "the part before a space). Household size in bands %1. %2")
            .arg(sizeText(table.generalisation.size), dateNote(table.generalisation.date)),
        Anonymity::tr("Not shown because together they single households out: dietary tags / "
                      "languages / contact consents / schedule / delivery day and window / "
                      "status date."),
    };
    if (table.households == 0)
        notes << Anonymity::tr("Left out: none. The pantry has no households.");
    else if (table.households < table.k)
        notes << Anonymity::tr("Left out: all %n household(s). With fewer than %1 households in "
                               "the pantry any row would single one out.",
                               "", table.households)
                     .arg(table.k);
    else if (table.suppressed > 0)
        notes << Anonymity::tr("Left out: %1 of %2 households. Their combination of values was "
                               "shared by fewer than %3 households.")
                     .arg(table.suppressed)
                     .arg(table.households)
                     .arg(table.k);
    else
        notes << Anonymity::tr("Left out: none. All %n household(s) are in the file.", "",
                               table.households);
    return notes;
}

} // namespace

QList<Generalisation> Anonymity::ladder() {
    using D = Generalisation::Date;
    using S = Generalisation::Size;
    return {{D::Month, S::Bands},
            {D::Quarter, S::Bands},
            {D::Year, S::Bands},
            {D::Hidden, S::Bands},
            {D::Hidden, S::TwoBands}};
}

QString Anonymity::sizeBand(int size, Generalisation::Size bands) {
    if (bands == Generalisation::Size::TwoBands)
        return size <= 2 ? u"1-2"_s : u"3+"_s;
    if (size <= 2)
        return size <= 1 ? u"1"_s : u"2"_s;
    return size <= 4 ? u"3-4"_s : u"5+"_s;
}

QString Anonymity::dateText(const QDate& date, Generalisation::Date level) {
    if (!date.isValid())
        return {};
    switch (level) {
    case Generalisation::Date::Month:
        return date.toString(u"yyyy-MM"_s);
    case Generalisation::Date::Quarter:
        return u"%1-Q%2"_s.arg(date.year()).arg((date.month() + 2) / 3);
    case Generalisation::Date::Year:
        return QString::number(date.year());
    case Generalisation::Date::Hidden:
        break;
    }
    return {};
}

QStringList Anonymity::row(const HouseholdFacts& household, const Generalisation& generalisation) {
    return {people::normalize::postalArea(household.postalCode),
            sizeBand(household.size, generalisation.size), household.status.trimmed(),
            dateText(household.created, generalisation.date)};
}

AnonymousTable Anonymity::households(const QList<HouseholdFacts>& households, int k) {
    AnonymousTable table;
    table.columns = {u"postal_area"_s, u"household_size"_s, u"status"_s, u"created"_s};
    table.k = k;
    table.households = int(households.size());
    const QList<Generalisation> rungs = ladder();
    const int allowed = int(MaxSuppressedShare * table.households);

    // The first rung within the allowance, else the one that leaves out the fewest (the finer
    // of two that leave out as many).
    int chosen = -1;
    Rung best;
    best.suppressed = std::numeric_limits<int>::max();
    for (int i = 0; i < rungs.size(); ++i) {
        Rung rung = generalise(households, rungs.at(i), k);
        const bool enough = rung.suppressed <= allowed;
        if (enough || rung.suppressed < best.suppressed) {
            chosen = i;
            best = std::move(rung);
        }
        if (enough)
            break;
    }
    table.generalisation = rungs.at(chosen);
    table.suppressed = best.suppressed;
    for (qsizetype i = 0; i < best.rows.size(); ++i) {
        if (best.kept.at(i))
            table.rows << best.rows.at(i);
    }
    std::sort(table.rows.begin(), table.rows.end());
    table.notes = notesFor(table);
    return table;
}

} // namespace larder::io
