#!/usr/bin/env bash
# Runs every test of Grassroots: unit, integration (SQLite and PostgreSQL) and browser tests.
# Installs and starts what the tests need (PostgreSQL, Chromium, LibreOffice Writer, poppler-utils, Tesseract with Vietnamese, nginx) when it is missing.
# Ends with one line "N passed, N failed"; exits non-zero when a test failed, was skipped, or none ran.
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# Hundreds of test hosts start in one run: no inotify watchers for configuration or the web root (the kernel allows a
# user 128 inotify instances); the test hosts set the same themselves (tests/Grassroots.Tests/Infrastructure/GrassrootsApp.cs).
export DOTNET_hostBuilder__reloadConfigOnChange=false DOTNET_USE_POLLING_FILE_WATCHER=true

need=()
command -v pg_ctlcluster >/dev/null 2>&1 && [ -x /usr/lib/postgresql/15/bin/postgres ] || need+=(postgresql postgresql-contrib)
[ -x /usr/bin/chromium ] || need+=(chromium)
# The reports' PDF path (Word → PDF through LibreOffice) and the test that reads the PDF back (pdftotext, pdftoppm).
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
# Scanned reports are read with Tesseract and its Vietnamese data (report import, docs/import.md).
command -v tesseract >/dev/null 2>&1 && ls /usr/share/tesseract-ocr/*/tessdata/vie.traineddata >/dev/null 2>&1 || need+=(tesseract-ocr tesseract-ocr-vie)
# The reverse proxy in front of the app (deploy/nginx/grassroots.conf); the tests start their own nginx and stop it.
[ -x /usr/sbin/nginx ] || need+=(nginx-light)
# The failover trio of the high-availability tests (tools/ha/start.sh, docs/operations.md): pg_auto_failover.
command -v pg_autoctl >/dev/null 2>&1 || need+=(postgresql-15-auto-failover)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq "${need[@]}" >/dev/null || { echo "apt-get install failed"; exit 1; }
fi

# PostgreSQL (no systemd here): create the cluster if needed, start it, make the test role.
if [ -z "${GRASSROOTS_TEST_PG:-}" ]; then
  ver=$(ls /usr/lib/postgresql | sort -n | tail -n1)
  pg_lsclusters -h | grep -q "^$ver *main" || pg_createcluster "$ver" main >/dev/null
  pg_ctlcluster "$ver" main start 2>/dev/null || true
  for i in $(seq 1 60); do pg_isready -q -h 127.0.0.1 && break; sleep 0.5; done
  pg_isready -q -h 127.0.0.1 || { echo "PostgreSQL did not start"; exit 1; }
  su postgres -c "psql -tAc \"SELECT 1 FROM pg_roles WHERE rolname='grassroots'\"" | grep -q 1 \
    || su postgres -c "psql -q -c \"CREATE ROLE grassroots LOGIN PASSWORD 'grassroots' CREATEDB\""
  export GRASSROOTS_TEST_PG="Host=127.0.0.1;Port=5432;Username=grassroots;Password=grassroots;Database=postgres"
fi
export GRASSROOTS_CHROMIUM=${GRASSROOTS_CHROMIUM:-/usr/bin/chromium}

results=artifacts/test-results
rm -rf "$results"; mkdir -p "$results"
dotnet build Grassroots.slnx -c Release -nologo -v q || { echo "0 passed, 1 failed"; echo "build failed"; exit 1; }

status=0
for project in tests/Grassroots.Tests tests/Grassroots.BrowserTests; do
  name=$(basename "$project")
  dotnet test "$project" -c Release --no-build -nologo \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results" --logger "console;verbosity=minimal" || status=1
done

# Sum the TRX counters of every assembly: the runner prints one line per assembly and exits 0 when nothing ran.
read -r total passed failed skipped < <(python3 - "$results" <<'PY'
import sys, glob, xml.etree.ElementTree as ET
t = p = f = s = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    c = ET.parse(path).getroot().find(".//{*}Counters")
    if c is None: continue
    t += int(c.get("total", 0)); p += int(c.get("passed", 0))
    f += int(c.get("failed", 0)) + int(c.get("error", 0)) + int(c.get("timeout", 0)) + int(c.get("aborted", 0))
    s += int(c.get("notExecuted", 0)) + int(c.get("inconclusive", 0))
print(t, p, f, s)
PY
)
[ "$skipped" -gt 0 ] && echo "$skipped test(s) were skipped: not allowed." && status=1
[ "$total" -eq 0 ] && echo "No test ran." && status=1
[ "$failed" -gt 0 ] && status=1
echo "Screenshots: $results/screenshots"
echo "$passed passed, $failed failed"
exit $status
