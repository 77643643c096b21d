#!/usr/bin/env bash
# Builds the .deb and the source tarball of a configured and built tree, checks the package
# (lintian, desktop-file-validate, appstreamcli), installs it with apt, runs the installed
# whosaid-cli and the installed reader (offscreen) once, then removes the package again.
# The CI's package stage; needs root or sudo, and the packages of scripts/setup.
#   usage: packaging/check-package.sh [BUILD_DIR] [ARTICLE...]
#   default build dir: build/ci; default articles: ../shared/samples/*.txt, else a test fixture
set -euo pipefail
cd "$(dirname "$0")/.."

build="${1:-build/ci}"
[ $# -gt 0 ] && shift
articles=("$@")
if [ "${#articles[@]}" -eq 0 ]; then
    shopt -s nullglob
    articles=(../shared/samples/*.txt)
    [ "${#articles[@]}" -gt 0 ] || articles=(tests/data/gui/harbour.txt)
fi
for article in "${articles[@]}"; do
    [ -f "$article" ] || { echo "package: no article at $article" >&2; exit 1; }
done
mapfile -t articles < <(realpath "${articles[@]}")
[ -f "$build/CPackConfig.cmake" ] || { echo "package: $build is not configured" >&2; exit 1; }

sudo=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "package: needs root or sudo to install" >&2; exit 1; }
    sudo=(sudo)
fi
app_id=io.github.whosaid.Whosaid
work="$(mktemp -d)"
installed=0
cleanup() {
    if [ "$installed" -eq 1 ]; then
        echo "package: removing whosaid"
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get remove -y -q whosaid >/dev/null
    fi
    rm -rf "$work"
}
trap cleanup EXIT

echo "package: cpack in $build"
rm -f "$build"/whosaid_*.deb "$build"/whosaid-*.tar.gz
(cd "$build" && cpack -G DEB >/dev/null && cpack --config CPackSourceConfig.cmake >/dev/null)
debs=("$build"/whosaid_*.deb)
deb="$(realpath "${debs[0]}")"
echo "package: $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB;" \
    "source: $(basename "$build"/whosaid-*.tar.gz)"
dpkg-deb --field "$deb" Depends | sed 's/^/package: Depends: /'

echo "package: lintian (errors fail, warnings are listed)"
lintian_status=0
lintian --fail-on error "$deb" >"$work/lintian.txt" 2>&1 || lintian_status=$?
grep -v 'running with root privileges' "$work/lintian.txt" || true
[ "$lintian_status" -eq 0 ] || { echo "package: lintian reports errors" >&2; exit 1; }

echo "package: apt-get install $deb"
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$deb" >/dev/null
installed=1

echo "package: the installed files"
desktop-file-validate "/usr/share/applications/$app_id.desktop"
appstreamcli validate --no-net "/usr/share/metainfo/$app_id.metainfo.xml"
for file in "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
    "/usr/share/icons/hicolor/48x48/apps/$app_id.png" \
    /usr/share/man/man1/whosaid-cli.1.gz /usr/share/man/man1/whosaid.1.gz \
    /usr/share/whosaid/translations/whosaid_de.qm; do
    [ -s "$file" ] || { echo "package: $file is missing" >&2; exit 1; }
done
# The triggers of shared-mime-info and desktop-file-utils ran: the file manager knows both.
grep -q "application/x-whosaid+json:\*\.whosaid\.json" /usr/share/mime/globs2 \
    || { echo "package: the MIME type is not registered" >&2; exit 1; }
grep -q "^text/plain=.*$app_id.desktop" /usr/share/applications/mimeinfo.cache \
    || { echo "package: the reader is not registered for text/plain" >&2; exit 1; }

echo "package: the installed whosaid-cli"
[ "$(command -v whosaid-cli)" = /usr/bin/whosaid-cli ] \
    || { echo "package: whosaid-cli on the PATH is $(command -v whosaid-cli)" >&2; exit 1; }
(cd "$work" && /usr/bin/whosaid-cli --version)
(cd "$work" && LC_ALL=C.UTF-8 /usr/bin/whosaid-cli analyze "${articles[@]}" >analysis.txt)
grep -q '^== .*quotes\?, ' "$work/analysis.txt" \
    || { echo "package: no report from the installed whosaid-cli" >&2; exit 1; }
head -n 3 "$work/analysis.txt"
(cd "$work" && LANG=de_DE.UTF-8 LANGUAGE= LC_ALL= /usr/bin/whosaid-cli --help) | grep -q '^Befehle:' \
    || { echo "package: the installed whosaid-cli does not find its German translation" >&2; exit 1; }

echo "package: the installed reader, offscreen"
(cd "$work" && QT_QPA_PLATFORM=offscreen /usr/bin/whosaid --screenshot "$work/reader.png" \
    "${articles[0]}" 2>/dev/null)
[ -s "$work/reader.png" ] || { echo "package: the installed reader wrote no screenshot" >&2; exit 1; }
echo "package: OK"
