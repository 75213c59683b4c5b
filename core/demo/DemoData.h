// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/identity/Clock.h"
#include "core/storage/Result.h"

#include <QString>

#include <functional>
#include <memory>

namespace larder {
class Store;
}

namespace larder::demo {

// How much demo data to make. The same options (seed included) give the same data.
struct DemoOptions {
    int households = 300;
    quint64 seed = 1;
    int weeksOfHistory = 6;
    // Ledger movements to generate over those weeks; 0 picks a realistic number for the size.
    qint64 movements = 0;
    // Called after each batch is written with the work done so far and the total (optional).
    std::function<void(qint64 done, qint64 total)> progress;
    // What "today" is for createDemoFile: its history ends at the start of this clock's UTC day
    // and its next delivery day follows it. The system clock when empty; tests set a fixed one.
    std::shared_ptr<const Clock> clock;
};

struct DemoSummary {
    int locations = 0;
    int items = 0;
    int suppliers = 0;
    int households = 0;
    int people = 0;
    qint64 movements = 0;
};

// Fills a store with a realistic pantry: locations, about 150 catalog items over every category,
// households on real streets around the pantry with coordinates, volunteers and drivers with
// vehicle capacities, suppliers with pickup days, and weeks of ledger history. Writes in batches
// through the write API, so every row has its operations.
Result<DemoSummary> fill(Store& store, const DemoOptions& options);

// Creates a new demo file at `path` with a clock and random source derived from the seed, so the
// same seed gives the same ids and data; then fills it.
Result<DemoSummary> createDemoFile(const QString& path, const DemoOptions& options);

} // namespace larder::demo
