#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The route planner on the 56 Solomon VRPTW instances, at 1 s and at 10 s of wall time per
# instance, on one core, through `larder-cli routes solve` (which re-checks every answer with
# code independent of the planner and exits 1 on any broken window, load or return time). Prints
# per instance the distance, the routes used and the gap to the best-known distance
# (bks_distance in bks.tsv), then the mean gap per class (C, R, RC) and over all. The fleet is the
# file's own number of vehicles, as the README of the benchmark folder says.
#
#   tests/bench/run_solomon.sh [BUILD_DIR] [BENCHMARK_DIR]
#   LIMITS="1000" SEED=3 tests/bench/run_solomon.sh build
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build}
dir=${2:-$here/../../../shared/benchmarks/solomon}
cli=$build/app/cli/larder-cli
if [ ! -x "$cli" ]; then
    echo "run_solomon.sh: $cli not found; build it: cmake --build $build --target larder-cli" >&2
    exit 1
fi
if [ ! -f "$dir/bks.tsv" ]; then
    echo "run_solomon.sh: no bks.tsv in $dir; give the benchmark folder as the second argument" >&2
    exit 1
fi
pin=""
if command -v taskset >/dev/null 2>&1; then
    pin="taskset -c 0"
fi
echo "machine: $(nproc) cores, ${pin:-not pinned}; before: $(uptime)"
status=0
for ms in ${LIMITS:-1000 10000}; do
    echo
    echo "== $ms ms per instance, seed ${SEED:-1}"
    results=$(mktemp)
    tail -n +2 "$dir/bks.tsv" | while IFS="$(printf '\t')" read -r name customers capacity vehicles bks rest; do
        if out=$($pin "$cli" routes solve "$dir/$name.txt" --time-limit-ms "$ms" --seed "${SEED:-1}" --json 2>/dev/null); then
            echo "$name $bks $out" >>"$results"
        else
            echo "$name $bks FAILED" >>"$results"
        fi
    done
    python3 - "$results" <<'PY' || status=1
import json, sys
rows = [line.split(' ', 2) for line in open(sys.argv[1]) if line.strip()]
gaps = {}
failed = 0
for name, bks, out in rows:
    if out.strip() == 'FAILED':
        print(f"{name:7} FAILED (infeasible, or a customer left out)")
        failed += 1
        continue
    answer = json.loads(out)
    gap = 100.0 * (answer['cost'] - float(bks)) / float(bks)
    cls = name[:2] if name.startswith('RC') else name[:1]
    gaps.setdefault(cls, []).append(gap)
    print(f"{name:7} {answer['cost']:10.2f} routes {len(answer['routes']):3}  bks {float(bks):9.2f}  gap {gap:6.2f} %")
every = [g for v in gaps.values() for g in v]
for cls in ('C', 'R', 'RC'):
    if cls in gaps:
        print(f"mean gap {cls:2}: {sum(gaps[cls]) / len(gaps[cls]):6.2f} % ({len(gaps[cls])} instances)")
if every:
    print(f"mean gap all: {sum(every) / len(every):6.2f} % ({len(every)} feasible of {len(rows)})")
sys.exit(1 if failed else 0)
PY
    rm -f "$results"
done
echo
echo "after: $(uptime)"
exit $status
