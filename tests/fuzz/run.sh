#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer target for the sync import (tests/fuzz/fuzz_sync_import.cpp) with clang
# in a build folder of its own, makes a seed corpus from real exports, and fuzzes for a bounded
# time. Exits non-zero when the fuzzer finds a crash, a leak-free abort or a changed store.
#
#   tests/fuzz/run.sh [SECONDS]     (default 60)
#   BUILD_DIR=...  the clang build folder (default build-fuzz at the top of the tree)
#   JOBS=N         parallel compile jobs (default 2)
#
# Needs clang and libclang-rt-dev (packaging/debian-packages.txt, "# Test").
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
seconds="${1:-60}"
build="${BUILD_DIR:-$root/build-fuzz}"
jobs="${JOBS:-2}"

if ! command -v clang++ >/dev/null; then
    echo "run.sh: clang++ is missing: apt-get install clang libclang-rt-dev" >&2
    exit 1
fi
generator=()
if command -v ninja >/dev/null; then
    generator=(-G Ninja)
fi

cmake -S "$root" -B "$build" "${generator[@]}" \
    -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DLARDER_FUZZ=ON \
    -DLARDER_FUZZ_SECONDS="$seconds"
cmake --build "$build" --target fuzz_sync_import fuzz_sync_seeds -j "$jobs"
cd "$build"
ctest -R '^fuzz_' --output-on-failure
