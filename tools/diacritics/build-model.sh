#!/usr/bin/env bash
# Builds the diacritics model shipped in src/Grassroots.Import/Data/vi-diacritics.model (docs/import.md).
# Sources, all of which the project may use:
#   - Debian's hunspell-vi (the syllable inventory; LGPL/MPL, see its copyright file),
#   - Debian's libreoffice-help-vi (MPL-2.0) and manpages-vi (GPL-3+): general Vietnamese prose,
#   - the platform's own Vietnamese text (src/**/*.resx, docs/*.md) and the training seed report
#     (Bình Sơn 2024; the Đam Rông 2022 report is held out for measuring), counted three times: administrative text.
# Repeatable: the same packages and files give the same model.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get download hunspell-vi libreoffice-help-vi manpages-vi >/dev/null 2>&1 && for f in *.deb; do dpkg-deb -x "$f" x; done)
dotnet run --project "$root/src/Grassroots.Cli" -c Release -- build-diacritics-model \
  --out "$root/src/Grassroots.Import/Data/vi-diacritics.model" \
  "$work/x/usr/share/hunspell/vi_VN.dic" \
  "$work/x/usr/share/libreoffice/help/vi:1" \
  "$work/x/usr/share/man/vi:1" \
  "$root/src/Grassroots.Web:3" \
  $(for f in "$root"/docs/*.md; do printf '%s:3 ' "$f"; done) \
  "$root/docs/samples/reports/bao-cao-so-ket-chi-thi-08-binh-son-2024.txt:3"
