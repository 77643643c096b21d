#!/usr/bin/env bash
# The desktop entry, the AppStream metainfo and the MIME type of packaging/ pass their tools:
# desktop-file-validate (desktop-file-utils), appstreamcli (appstream), update-mime-database
# (shared-mime-info). Exits 77 (ctest: skipped) when one of them is not installed.
#   usage: tests/packaging/validate.sh PACKAGING_DIR
set -euo pipefail
packaging="$1"
app_id=io.github.whosaid.Whosaid

for tool in desktop-file-validate appstreamcli update-mime-database; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed"; exit 77; }
done
desktop-file-validate "$packaging/$app_id.desktop"
appstreamcli validate --no-net --pedantic "$packaging/$app_id.metainfo.xml"

mime="$(mktemp -d)"
trap 'rm -rf "$mime"' EXIT
mkdir "$mime/packages"
cp "$packaging/$app_id.mime.xml" "$mime/packages/$app_id.xml"
update-mime-database "$mime" >/dev/null 2>&1
grep -qx 'application/x-whosaid+json:\*\.whosaid\.json' <(cut -d: -f2,3 "$mime/globs2") \
    || { echo "FAIL: update-mime-database did not register *.whosaid.json" >&2; exit 1; }
echo "validate: desktop entry, metainfo and MIME type are valid"
