#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a tracked .cpp or .h file is not formatted as .clang-format says, and lists those
# files. Fix them with: clang-format -i FILE...   (then commit the formatting on its own; see
# .git-blame-ignore-revs for commits that only reformat).
#
#   tests/check-format.sh                 every tracked .cpp and .h
#   CLANG_FORMAT=clang-format-18 ...      another clang-format
set -euo pipefail
cd "$(dirname "$0")/.."
clang_format="${CLANG_FORMAT:-clang-format}"

if ! command -v "$clang_format" >/dev/null; then
    echo "check-format: $clang_format is missing; run packaging/install-deps.sh" >&2
    exit 1
fi

# One clang-format for every file; each difference is reported as "FILE:LINE:COL: error: ...".
files=()
while IFS= read -r -d '' file; do
    files+=("$file")
done < <(git ls-files -z -- '*.cpp' '*.h')
status=0
report=$("$clang_format" --dry-run --Werror "${files[@]}" 2>&1) || status=$?
mapfile -t unformatted < <(printf '%s\n' "$report" | sed -n 's/^\([^:]*\):[0-9]*:[0-9]*: error: .*/\1/p' | sort -u)
if [ "$status" -ne 0 ] && [ ${#unformatted[@]} -eq 0 ]; then
    printf '%s\n' "$report" >&2
    echo "check-format: $clang_format failed (exit status $status)" >&2
    exit 1
fi

if [ ${#unformatted[@]} -gt 0 ]; then
    echo "check-format: ${#unformatted[@]} file(s) differ from .clang-format ($("$clang_format" --version)):" >&2
    printf '  %s\n' "${unformatted[@]}" >&2
    echo "check-format: run: $clang_format -i ${unformatted[*]}" >&2
    exit 1
fi
echo "check-format: every tracked .cpp and .h file is formatted."
