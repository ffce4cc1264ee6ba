#!/bin/sh
# Regenerates tests/fixtures/word-templates/letterhead.docx, the Word-authored template the tests
# fill, from letterhead.fodt with LibreOffice, as a department would save it from a word processor.
# Its title placeholder has a bold middle ({{ti + tl + e}}), so LibreOffice writes it as three runs.
set -eu
cd "$(dirname "$0")/../tests/fixtures/word-templates"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
soffice --headless "-env:UserInstallation=file://$work/profile" --convert-to 'docx:MS Word 2007 XML' --outdir "$work" letterhead.fodt >/dev/null
cp "$work/letterhead.docx" letterhead.docx
echo "wrote tests/fixtures/word-templates/letterhead.docx"
