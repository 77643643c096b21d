#!/usr/bin/env bash
# `cmake --install` of the build tree into a temporary folder lays out the files of the package,
# and the installed whosaid-cli finds its German translation relative to itself.
#   usage: tests/packaging/install-tree.sh BUILD_DIR
set -euo pipefail
build="$1"
app_id=io.github.whosaid.Whosaid
root="$(mktemp -d)"
trap 'rm -rf "$root"' EXIT

DESTDIR="$root" cmake --install "$build" --prefix /usr >/dev/null
expected=(
    usr/bin/whosaid-cli
    usr/share/whosaid/translations/whosaid_de.qm
    usr/share/man/man1/whosaid-cli.1.gz
    usr/share/doc/whosaid/copyright
    usr/share/doc/whosaid/changelog.gz
)
if [ -x "$build/app/gui/whosaid" ]; then
    expected+=(
        usr/bin/whosaid
        usr/share/man/man1/whosaid.1.gz
        "usr/share/applications/$app_id.desktop"
        "usr/share/metainfo/$app_id.metainfo.xml"
        "usr/share/mime/packages/$app_id.xml"
        "usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    )
fi
for file in "${expected[@]}"; do
    [ -s "$root/$file" ] || { echo "FAIL: $file was not installed" >&2; exit 1; }
done

help="$(env -u LC_ALL -u LANGUAGE -u LC_MESSAGES LANG=de_DE.UTF-8 "$root/usr/bin/whosaid-cli" --help)"
grep -q '^Befehle:' <<<"$help" \
    || { echo "FAIL: the installed whosaid-cli did not find its German translation:" >&2
         echo "$help" >&2; exit 1; }
echo "install-tree: $(find "$root" -type f | wc -l) files installed, translations found"
