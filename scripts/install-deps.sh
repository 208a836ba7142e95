#!/usr/bin/env bash
# Installs the Debian 12 packages Sluice needs. Usage: install-deps.sh run|test
#   run  - what building and running Sluice needs
#   test - additionally the servers and tools the test suite uses
set -euo pipefail

purpose=${1:-run}

build_packages=(
    build-essential cmake ninja-build pkg-config file dpkg-dev
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qtkeychain-qt6-dev libarchive-dev libzstd-dev libpq-dev libmariadb-dev
    libsodium-dev libxxhash-dev zlib1g-dev
    sqlite3 libsqlite3-dev
)
runtime_packages=(
    qt6-qpa-plugins libqt6sql6-sqlite libqt6sql6-psql libqt6sql6-mysql libqt6svg6 fonts-dejavu-core
    fonts-droid-fallback
)
test_packages=(
    postgresql-15 postgresql-client-15 mariadb-server mariadb-client
    clang-format xvfb xauth desktop-file-utils appstream
)

packages=("${build_packages[@]}" "${runtime_packages[@]}")
if [ "$purpose" = test ]; then
    packages+=("${test_packages[@]}")
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi

# Package installs must not start the system's database servers: the tests
# start their own throwaway servers on free ports.
policy=/usr/sbin/policy-rc.d
created_policy=no
if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | "${sudo_cmd[@]}" tee "$policy" >/dev/null
    "${sudo_cmd[@]}" chmod +x "$policy"
    created_policy=yes
fi
cleanup() {
    if [ "$created_policy" = yes ]; then
        "${sudo_cmd[@]}" rm -f "$policy"
    fi
}
trap cleanup EXIT

export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends "${packages[@]}"
