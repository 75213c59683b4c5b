// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runs/Outcomes.h"

#include <QCoreApplication>

namespace larder::runs::outcome {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(larder::runs::Outcomes)
};

} // namespace

const QStringList& all() {
    static const QStringList outcomes{Delivered, LeftAtDoor, NotHome, WrongAddress, Declined};
    return outcomes;
}

bool boxesDelivered(const QString& outcome) {
    return outcome == Delivered || outcome == LeftAtDoor;
}

bool needsFollowUp(const QString& outcome) {
    return outcome == NotHome || outcome == WrongAddress;
}

int key(const QString& outcome) {
    return int(all().indexOf(outcome)) + 1;
}

QString label(const QString& outcome) {
    if (outcome == Delivered)
        return Tr::tr("Delivered");
    if (outcome == LeftAtDoor)
        return Tr::tr("Left at door");
    if (outcome == NotHome)
        return Tr::tr("Not home");
    if (outcome == WrongAddress)
        return Tr::tr("Wrong address");
    if (outcome == Declined)
        return Tr::tr("Declined");
    return outcome;
}

} // namespace larder::runs::outcome
