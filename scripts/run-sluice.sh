#!/usr/bin/env bash
# Quick start: installs what Sluice needs, builds it and starts the desktop
# program on the bundled HR sample database. Without a display it runs a
# headless demo of sluice-cli on the same sample instead.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

bash scripts/install-deps.sh run
cmake --preset release
cmake --build --preset release -j "$(nproc)"

bin=build/release/bin
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    exec "$bin/sluice" "$@"
fi

echo
echo "No display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the desktop"
echo "program cannot open a window. Running a headless demo with sluice-cli instead."
bash scripts/cli-demo.sh "$bin"
