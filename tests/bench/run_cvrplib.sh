#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The route planner on every CVRPLIB instance in the benchmark folder, at 1 s and at 10 s of wall
# time per instance, on one core: the gap to the best-known cost per instance and the mean gap
# per set (A, E, P, X). Every answer goes through the independent checker first; an infeasible
# one is reported as such and left out of the means. The load average before and after is
# printed too: on a busy machine the solver gets less than a core and its figures understate it.
#
#   tests/bench/run_cvrplib.sh [BUILD_DIR] [BENCHMARK_DIR]
#   LIMITS="1000" SEED=3 tests/bench/run_cvrplib.sh build
#   LIMITS="1000" SEEDS="1 2 3" tests/bench/run_cvrplib.sh build   # one table per seed
#
# Run it on a quiet machine: a second benchmark on the other core slows this one by a third or
# more, and this VM's speed varies from hour to hour; compare figures over several seeds.
#
# BUILD_DIR defaults to build (bench_cvrplib is built with the project: cmake --build BUILD_DIR
# --target bench_cvrplib); BENCHMARK_DIR to ../shared/benchmarks/cvrplib next to the checkout.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build}
dir=${2:-$here/../../../shared/benchmarks/cvrplib}
bench=$build/tests/bench/bench_cvrplib
if [ ! -x "$bench" ]; then
    echo "run_cvrplib.sh: $bench not found; build it: cmake --build $build --target bench_cvrplib" >&2
    exit 1
fi
if [ ! -f "$dir/bks.tsv" ]; then
    echo "run_cvrplib.sh: no bks.tsv in $dir; give the benchmark folder as the second argument" >&2
    exit 1
fi
pin=""
if command -v taskset >/dev/null 2>&1; then
    pin="taskset -c 0"
fi
echo "machine: $(nproc) cores, ${pin:-not pinned}; before: $(uptime)"
status=0
for ms in ${LIMITS:-1000 10000}; do
    for seed in ${SEEDS:-${SEED:-1}}; do
        echo
        echo "== $ms ms per instance, seed $seed"
        $pin "$bench" --dir "$dir" --time-limit-ms "$ms" --seed "$seed" || status=1
    done
done
echo
echo "after: $(uptime)"
exit $status
