#!/usr/bin/env bash
# Writes encrypted.pdf, the fixture for "encrypted PDF: a password is needed": an empty document
# encrypted with AES-256 and the user password "secret". Needs qpdf (apt-get install qpdf).
set -euo pipefail
cd "$(dirname "$0")"
qpdf --empty --static-id --encrypt secret owner 256 -- encrypted.pdf
