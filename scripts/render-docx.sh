#!/usr/bin/env bash
# Renders a .docx to PDF (LibreOffice) and to one PNG per page (pdftoppm, 80 dpi), to look at.
#   scripts/render-docx.sh FILE.docx OUTDIR   ->  OUTDIR/FILE.pdf, OUTDIR/FILE-1.png, FILE-2.png...
# Needs: libreoffice-writer, poppler-utils, and fonts-liberation2 (Liberation Serif 2.x: metric-
# compatible with Times New Roman, so lines and pages break where Word breaks them, and with all
# the Vietnamese letters: the 1.07 fonts of fonts-liberation lack ế, ổ, ủ… and fall back to DejaVu).
set -euo pipefail

if [ "$#" -ne 2 ]; then
  echo "usage: $0 FILE.docx OUTDIR" >&2
  exit 2
fi
input=$1
outdir=$2
if [ ! -f "$input" ]; then
  echo "$0: no such file: $input" >&2
  exit 1
fi
for tool in libreoffice pdftoppm; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "$0: $tool is not installed (apt-get install -y --no-install-recommends libreoffice-writer poppler-utils fonts-liberation2)" >&2
    exit 1
  fi
done

mkdir -p "$outdir"
name=$(basename "$input" .docx)
# A private LibreOffice profile, so a running instance or a concurrent render does not interfere.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
libreoffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$outdir" "$input" >/dev/null 2>&1
pdf="$outdir/$name.pdf"
if [ ! -f "$pdf" ]; then
  echo "$0: LibreOffice did not produce $pdf" >&2
  exit 1
fi
rm -f "$outdir/$name"-*.png
pdftoppm -png -r 80 "$pdf" "$outdir/$name"
ls "$outdir/$name".pdf "$outdir/$name"-*.png
