#!/usr/bin/env bash
# Fails when a C++ file tracked by git is not clang-format clean.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
mapfile -t files < <(git ls-files '*.cpp' '*.h')
if [ "${#files[@]}" -eq 0 ]; then
    echo "no C++ files"
    exit 0
fi
if ! clang-format --dry-run --Werror "${files[@]}"; then
    echo "Run: clang-format -i \$(git ls-files '*.cpp' '*.h')" >&2
    exit 1
fi
echo "clang-format: ${#files[@]} files clean"
