#!/usr/bin/env bash
# Builds the Debian package from a build tree and checks that it holds the
# programs, desktop integration and sample, that its dependencies resolve, and
# that the packaged sluice-cli runs from the unpacked tree.
set -euo pipefail
build=${1:?usage: check-package.sh <build-dir>}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

(cd "$build" && cpack -G DEB -B "$out" >/dev/null)
deb=$(ls "$out"/*.deb)
echo "built $(basename "$deb")"

contents=$(dpkg-deb -c "$deb")
for f in ./usr/bin/sluice ./usr/bin/sluice-cli \
         ./usr/share/applications/org.sluice.Sluice.desktop \
         ./usr/share/metainfo/org.sluice.Sluice.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/org.sluice.Sluice.svg \
         ./usr/share/sluice/sample/hr.db; do
    if ! grep -q " $f\$" <<<"$contents"; then
        echo "package lacks $f" >&2
        exit 1
    fi
done

# Desktop integration files must pass the freedesktop validators.
dpkg-deb -x "$deb" "$out/root"
desktop-file-validate "$out/root/usr/share/applications/org.sluice.Sluice.desktop"
appstreamcli validate --no-net --pedantic \
    "$out/root/usr/share/metainfo/org.sluice.Sluice.metainfo.xml" >/dev/null

# Dependencies must resolve against the configured archives.
apt-get install --simulate -q "$deb" >/dev/null

SLUICE_HOME="$out/home" "$out/root/usr/bin/sluice-cli" --version
SLUICE_HOME="$out/home" "$out/root/usr/bin/sluice-cli" sample >/dev/null
echo "package OK"
