#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package, checked as installed (run by .ci/run after the test suite):
#   1. builds the .deb from a build folder (cpack -G DEB);
#   2. checks its control data: the dependencies dpkg-shlibdeps found plus what Larder loads at
#      run time (Qt's SVG plugins, the papers' typeface), and that apt can satisfy them;
#   3. installs it into a scratch root (dpkg-deb -x: nothing on the machine changes) and checks
#      the installed files: both programs, the desktop entry and metainfo (desktop-file-validate,
#      appstreamcli validate), the icon in every hicolor size, the man pages;
#   4. runs the installed programs: larder-cli --version, a round trip (init, demo, check), and
#      an offscreen start of larder on its demo pantry.
# Prints what it checked; the first failure stops it with what was wrong.
#
# usage: tests/package-check.sh [BUILD_DIR]    (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(cd "${1:-build}" && pwd)

fail() {
    echo "package-check: $*" >&2
    exit 1
}
step() { echo "package-check: $*"; }

scratch=$(mktemp -d)
larder_pid=""
cleanup() {
    if [ -n "$larder_pid" ]; then kill -9 "$larder_pid" 2>/dev/null || true; fi
    rm -rf "$scratch"
}
trap cleanup EXIT

# 1. The package.
rm -f "$build"/larder_*.deb
(cd "$build" && cpack -G DEB >"$scratch/cpack.log" 2>&1) || {
    cat "$scratch/cpack.log" >&2
    fail "cpack could not make the .deb"
}
deb=$(ls "$build"/larder_*.deb)
step "made $(basename "$deb") ($(du -h "$deb" | cut -f1))"

# 2. Its dependencies.
depends=$(dpkg-deb -f "$deb" Depends)
for needed in libqt6core6 libqt6gui6 libqt6widgets6 libqt6printsupport6 libqt6charts6 \
    libsqlite3-0 libsodium23 libqt6svg6 fonts-dejavu-core; do
    case ", $depends," in
    *", $needed"[\ ,]*) ;;
    *) fail "Depends lacks $needed: $depends" ;;
    esac
done
step "Depends: $depends"
apt-get install --simulate --no-install-recommends "$deb" >"$scratch/apt.log" 2>&1 || {
    cat "$scratch/apt.log" >&2
    fail "apt cannot satisfy the package's dependencies"
}
step "apt can install it and its dependencies"

# 3. The installed files.
root="$scratch/root"
dpkg-deb -x "$deb" "$root"
for file in usr/bin/larder usr/bin/larder-cli \
    usr/share/applications/org.larder.Larder.desktop \
    usr/share/metainfo/org.larder.Larder.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/org.larder.Larder.svg \
    usr/share/man/man1/larder-cli.1.gz usr/share/man/man1/larder.1.gz; do
    [ -s "$root/$file" ] || fail "the package has no /$file"
done
desktop-file-validate "$root/usr/share/applications/org.larder.Larder.desktop" ||
    fail "desktop-file-validate refuses the desktop entry"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.larder.Larder.metainfo.xml" \
    >"$scratch/appstream.log" 2>&1 || {
    cat "$scratch/appstream.log" >&2
    fail "appstreamcli refuses the metainfo"
}
step "desktop entry and metainfo valid"
for size in 16 22 24 32 48 64 128 256; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/org.larder.Larder.png"
    [ -s "$png" ] || fail "no ${size}x${size} icon"
    # A PNG's width and height are the big-endian words at bytes 16 and 20.
    measured=$(od -An -tu1 -j16 -N8 "$png" | awk '{ print $3 * 256 + $4 "x" $7 * 256 + $8 }')
    [ "$measured" = "${size}x${size}" ] || fail "the ${size}x${size} icon is $measured"
done
step "icon in 8 hicolor sizes and scalable"
gzip -dc "$root/usr/share/man/man1/larder-cli.1.gz" | grep -q '^\.TH LARDER-CLI "1"' ||
    fail "the larder-cli man page has no title"
gzip -dc "$root/usr/share/man/man1/larder-cli.1.gz" | grep -q 'route' ||
    fail "the larder-cli man page does not list the commands"
step "man pages for larder and larder-cli"

# 4. The installed programs, each from the scratch root, in a home of their own.
home="$scratch/home"
mkdir -p "$home"
run() { env -i HOME="$home" PATH=/usr/bin:/bin LC_ALL=C.UTF-8 LARDER_KDF=minimal "$@"; }
cli="$root/usr/bin/larder-cli"
version=$(run "$cli" --version)
[ "$version" = "larder-cli $(dpkg-deb -f "$deb" Version)" ] || fail "larder-cli --version said: $version"
printf 'a long enough package check passphrase\n' >"$home/passphrase"
run "$cli" --db "$home/new.larder" init --site-name "Package check" \
    --passphrase-file "$home/passphrase" >/dev/null || fail "larder-cli init failed"
run LARDER_NOW=2026-03-02T12:00:00Z "$cli" --db "$home/demo.larder" demo --households 40 \
    --seed 3 >/dev/null || fail "larder-cli demo failed"
run "$cli" --db "$home/demo.larder" check >/dev/null || fail "larder-cli check failed on the demo"
run "$cli" --db "$home/new.larder" check >/dev/null || fail "larder-cli check failed on init's file"
step "larder-cli: --version, init, demo, check"

# The app itself, offscreen: it must come up on its demo pantry and stay up.
run QT_QPA_PLATFORM=offscreen "$root/usr/bin/larder" --demo \
    >"$scratch/larder.out" 2>"$scratch/larder.err" &
larder_pid=$!
demo=""
for _ in $(seq 1 120); do
    demo=$(find "$home" -name demo.larder -path '*Larder*' 2>/dev/null | head -n 1)
    [ -n "$demo" ] && break
    kill -0 "$larder_pid" 2>/dev/null || break
    sleep 0.5
done
sleep 3
if ! kill -0 "$larder_pid" 2>/dev/null; then
    cat "$scratch/larder.err" >&2
    fail "larder stopped at start"
fi
[ -n "$demo" ] || fail "larder did not make its demo pantry within a minute"
{
    kill -9 "$larder_pid"
    wait "$larder_pid"
} 2>/dev/null || true
larder_pid=""
if grep -Eiq 'cannot|could not|failed|error' "$scratch/larder.err"; then
    cat "$scratch/larder.err" >&2
    fail "larder complained at start"
fi
step "larder started offscreen on its demo pantry ($(basename "$(dirname "$demo")")/demo.larder)"
step "all checks passed"
