// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/people/Households.h"
#include "core/runs/Packages.h"
#include "core/runs/Runs.h"

#include <QStringList>

#include <optional>

namespace larder {
class Store;
} // namespace larder

namespace larder::print {

// What goes into one stop's boxes, as the papers word it (SheetBuilder): "2 kg Rice",
// "1 × Pasta (instead of Rice)", "1 × Diapers (extra)"; quantities of one item from several lots
// added up. `all` is the whole package (the packing list), `changes` only what differs from the
// box template (the route sheet).
struct StopContents {
    QStringList all;
    QStringList changes;
    // What the household asked for that rides along ("Diapers size 4, 2"): on the packing list
    // as "also: …" lines of `all`, on the route sheet in a row of its own.
    QStringList asked;
    // On a pickup stop: what to collect ("kids' winter coats, 2").
    QString pickup;
};

// What was set aside for the stop, or, before allocation, what its household's package should
// hold.
StopContents stopContents(Store& store, const runs::Packages& packages, const runs::RunStop& stop,
                          const std::optional<people::Household>& household);

} // namespace larder::print
