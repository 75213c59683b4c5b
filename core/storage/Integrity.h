// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace larder {

class Store;

// The outcome of one integrity check: what was checked (a short stable name such as
// "integrity" or "stock on hand"), whether it held, and a sentence saying what was looked at or,
// on failure, what is wrong (how many rows, the first offending id).
struct CheckResult {
    QString name;
    bool ok = false;
    QString detail;
    double seconds = 0; // how long the check took (benchmarks print it; the CLI does not)
};

// How deep `check` reads the file. Quick runs SQLite's quick_check (every page read, every
// record well-formed) and every Larder invariant; Thorough adds integrity_check's comparison of
// each index with its table, which on a large pantry costs more than all the rest together.
enum class CheckDepth { Quick, Thorough };

// Checks a Larder file: SQLite's own integrity and foreign-key checks, then Larder's invariants
// (on-hand totals equal the ledger, this site's operations numbered 1..N without gaps, no
// operation ahead of the persisted clock, every record and ledger row described by its
// operations, every ledger row carrying its operation's site and clock, every record equal to
// its rebuild from its winning operations, nothing alive that was deleted, guard triggers in
// place). Reads only; a check that cannot run is reported as failed with SQLite's message.
QList<CheckResult> runChecks(Store& store, CheckDepth depth = CheckDepth::Quick);

} // namespace larder
