#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian packages listed in packaging/debian-packages.txt that are not installed yet.
# Idempotent: when everything is there it returns at once, without touching apt.
# Runs apt as root, through sudo when started by another user.
set -eu

list="$(dirname "$0")/debian-packages.txt"
missing=""
for package in $(sed -e 's/#.*//' "$list"); do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $package"
    fi
done

if [ -z "$missing" ]; then
    echo "install-deps: all $(sed -e 's/#.*//' "$list" | grep -c .) packages are installed."
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    as_root=""
elif command -v sudo >/dev/null 2>&1; then
    as_root="sudo"
else
    echo "install-deps: these packages are missing:$missing" >&2
    echo "install-deps: run this script as root, or install sudo." >&2
    exit 1
fi

echo "install-deps: installing$missing"
$as_root apt-get update -q
DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -q $missing
