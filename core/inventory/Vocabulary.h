// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace larder::inventory {

// The fixed vocabularies of the catalog, as stored keys. Screens translate them for display
// (ui/Labels); files and the CLI use the keys.
namespace vocabulary {

// food, water, hygiene, baby, clothing, school supplies, healthcare, household, other
const QStringList& categories();
// each, lb, kg, case (a case of N: items.case_size)
const QStringList& units();
// halal, kosher, vegetarian, vegan, gluten-free, nut-free, diabetic-friendly, low-sodium
const QStringList& dietaryTags();
// shelf, fridge, freezer, hub (a partner's), other
const QStringList& locationKinds();
// supplier, donation, purchase, drive
const QStringList& intakeSources();
// spoiled, expired, damaged, recalled
const QStringList& disposalReasons();

} // namespace vocabulary

// Kinds of ledger movement (stock_movements.kind).
namespace movement {
inline const QString Received = QStringLiteral("received");
inline const QString Distributed = QStringLiteral("distributed");
inline const QString Disposed = QStringLiteral("disposed");
inline const QString Moved = QStringLiteral("moved");
inline const QString Returned = QStringLiteral("returned");
inline const QString Counted = QStringLiteral("counted");
inline const QString Reversal = QStringLiteral("reversal");
} // namespace movement

} // namespace larder::inventory
