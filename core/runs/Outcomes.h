// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// What happened at a stop (run_stops.outcome): the codes, in the order of the sheet's tick boxes
// and of the check-in screen's keys 1-5, and the words people read for them. The check-in
// screen, the Today page and larder-cli's text output all say an outcome through label(), so a
// code reads the same everywhere; JSON and files keep the codes.
namespace larder::runs::outcome {

inline const QString Delivered = QStringLiteral("delivered");
inline const QString LeftAtDoor = QStringLiteral("left_at_door");
inline const QString NotHome = QStringLiteral("not_home");
inline const QString WrongAddress = QStringLiteral("wrong_address");
inline const QString Declined = QStringLiteral("declined");
const QStringList& all(); // the five above, in key order
// The boxes left the van: delivered or left at the door.
bool boxesDelivered(const QString& outcome);
// Needs someone to follow up: not home or wrong address.
bool needsFollowUp(const QString& outcome);

// The number of an outcome on the sheet and on the check-in screen's keys (1-5); 0 for none or
// an unknown code.
int key(const QString& outcome);
// "Delivered", "Not home" … for an outcome code, translated (context
// larder::runs::Outcomes); an unknown code is returned as it is, an empty one as empty.
QString label(const QString& outcome);

} // namespace larder::runs::outcome
