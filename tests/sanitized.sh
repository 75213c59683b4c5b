#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds larder-cli and the core and CLI suites with AddressSanitizer and UndefinedBehaviorSanitizer
# (-DLARDER_SANITIZE=ON) and warnings as errors (-DLARDER_WERROR=ON) in a build folder of its own,
# and runs those suites. A memory error, a leak or undefined behaviour fails the suite with the
# sanitizer's report in the output. The UI and print suites are left out: they add most of the
# build time, and Qt's GUI libraries (fontconfig, the offscreen platform) report leaks that are
# not Larder's.
#
#   tests/sanitized.sh            build in build-asan at the top of the tree, then run
#   BUILD_DIR=...                 another build folder
#   JOBS=N                        parallel compile jobs (default: nproc)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$root/build-asan}"
jobs="${JOBS:-$(nproc)}"

generator=()
if command -v ninja >/dev/null && [ ! -f "$build/Makefile" ]; then
    generator=(-G Ninja)
fi
launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi

# -O1 -g1: what the sanitizers' authors recommend (readable stacks, file and line in every frame),
# and about a third less compile time than -O2 -g.
cmake -S "$root" -B "$build" "${generator[@]}" "${launcher[@]}" \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" \
    -DLARDER_SANITIZE=ON \
    -DLARDER_WERROR=ON

# Only what the core and CLI suites need: larder-cli (which the CLI suites run) and the suites.
targets=(larder-cli)
for suite in "$root"/tests/core/tst_*.cpp "$root"/tests/cli/tst_*.cpp; do
    targets+=("$(basename "$suite" .cpp)")
done
cmake --build "$build" -j "$jobs" --target "${targets[@]}"

# halt_on_error: undefined behaviour stops the suite (UBSan only prints by default) so it fails.
export ASAN_OPTIONS="detect_leaks=1:check_initialization_order=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
ctest --test-dir "$build" -L '^(core|cli)$' --output-on-failure -j "$jobs"
