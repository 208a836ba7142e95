#!/usr/bin/env bash
# Installs everything, builds Sluice with warnings as errors and runs the whole
# test suite, including the tests against throwaway PostgreSQL 15 and MariaDB
# 10.11 servers that ctest starts on 127.0.0.1 in temporary folders. Then the
# quality gates: clang-format, the Debian package, and the unit tests under
# AddressSanitizer + UndefinedBehaviorSanitizer.
#   SLUICE_SKIP_ASAN=1  skips the sanitizer build (it doubles the build time).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
jobs=$(nproc)

step() { printf '\n=== %s (%s)\n' "$1" "$(date +%T)"; }

step "Installing packages"
bash scripts/install-deps.sh test

step "Checking formatting"
bash scripts/check-format.sh

step "Building (default preset: Debug, -Werror)"
cmake --preset default
cmake --build --preset default -j "$jobs"

step "Running the test suite"
ctest --preset default -j "$jobs" --timeout 600

step "Checking the Debian package"
bash scripts/check-package.sh build/default

if [ "${SLUICE_SKIP_ASAN:-0}" != 1 ]; then
    step "Building and running the unit tests under ASan + UBSan"
    cmake --preset asan
    cmake --build --preset asan -j "$jobs"
    ctest --preset asan -j "$jobs"
fi
step "All checks passed"
