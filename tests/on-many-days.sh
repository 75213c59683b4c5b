#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the whole test suite again at seven fixed dates under faketime, so a test that reads the
# real date, weekday, month or time zone fails here on the day it is written, not on the first
# Friday (or 29 February) after it lands. Tests take "now" from an injected Clock; this is the
# guard that keeps it so.
#
# Usage: tests/on-many-days.sh [BUILD_DIR]   (default: build, already built)
#
# The dates cover every weekday, month ends, 29 February 2028, the last day of a year, and the
# day the clocks change in Chicago, late in the evening so the local date is not the UTC date.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}

if ! command -v faketime >/dev/null 2>&1; then
    echo "on-many-days: faketime is missing; run packaging/install-deps.sh" >&2
    exit 1
fi

dates=(
    "2027-11-01 08:00:00|UTC"             # Monday
    "2028-02-29 10:00:00|UTC"             # Tuesday, 29 February
    "2027-06-30 14:00:00|UTC"             # Wednesday, the end of a month
    "2026-12-31 15:00:00|UTC"             # Thursday, the last day of a year
    "2027-04-30 09:00:00|UTC"             # Friday, the end of a month
    "2027-07-31 12:00:00|UTC"             # Saturday, the end of a month
    "2027-03-14 23:30:00|America/Chicago" # Sunday, clocks go forward; 04:30 UTC on the 15th
)

failed=()
for spec in "${dates[@]}"; do
    date=${spec%|*}
    zone=${spec#*|}
    echo "on-many-days: $date ($zone)"
    # Monotonic clocks stay real: Qt's timers and CTest's timeouts measure with them.
    if ! TZ=$zone FAKETIME_DONT_FAKE_MONOTONIC=1 faketime -f "@$date" \
        ctest --test-dir "$build" --output-on-failure -j"$(nproc)"; then
        failed+=("$date ($zone)")
    fi
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "on-many-days: the suite failed on: ${failed[*]}" >&2
    echo "on-many-days: a test reads the real date or time; give it a ManualClock (tests/TestSupport.h)" >&2
    exit 1
fi
echo "on-many-days: every suite passed on all ${#dates[@]} dates."
