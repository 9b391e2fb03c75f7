#!/usr/bin/env bash
# Runs every FamilyTies test. On a fresh Debian machine it first installs what is missing:
# Chromium and ChromeDriver (for the browser tests) and the front-end npm packages.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  echo "Installing Chromium for the browser tests..."
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi

if [ ! -d src/FamilyTies.Web/node_modules ]; then
  (cd src/FamilyTies.Web && npm ci --no-audit --no-fund)
fi

# Every process of this command is short-lived (a build, then test hosts that run most code a few times), and the
# runtime's dynamic PGO costs more than it gives back there: docs/decisions/0031-test-suite-cpu.md.
export DOTNET_TieredPGO=0
# One compiler server for every project of the build, shut down straight after it (docs/decisions/0035-shared-compiler-and-cheaper-checks-in-the-suite.md):
# a machine that turns shared compilation off starts a new compiler, and JIT-compiles it again, for each project.
trap 'dotnet build-server shutdown --vbcscompiler >/dev/null 2>&1 || true' EXIT
dotnet build FamilyTies.sln -c Release -p:UseSharedCompilation=true
dotnet build-server shutdown --vbcscompiler >/dev/null 2>&1 || true
output=$(mktemp)
# The test projects of this run share one seeded demo database (tests/Shared/SeededTemplate.cs); it goes at the end.
export FAMILYTIES_TEST_RUN="run$$-$(date +%s)"
trap 'rm -rf "${TMPDIR:-/tmp}/familyties-run-${FAMILYTIES_TEST_RUN}"' EXIT
set +e
dotnet test FamilyTies.sln -c Release --no-build --logger "console;verbosity=normal" "$@" 2>&1 | tee "$output"
status=${PIPESTATUS[0]}
set -e

# One closing line over all three test projects.
count() { { grep -Eo "^ +$1: +[0-9]+" "$output" || true; } | awk '{s+=$2} END {print s+0}'; }
passed=$(count Passed)
failed=$(count Failed)
skipped=$(count Skipped)
projects=$({ grep -c "^Total tests:" "$output" || true; })
echo "Test projects run: ${projects} of 3"
if [ "$projects" -ne 3 ]; then status=1; fi
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
exit "$status"
