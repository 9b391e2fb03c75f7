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

dotnet build FamilyTies.sln -c Release
dotnet test FamilyTies.sln -c Release --no-build --logger "console;verbosity=normal" "$@" 2>&1 | tee /tmp/familyties-test-output.txt
status=${PIPESTATUS[0]}

# One closing line over all three test projects.
passed=$(grep -Eo 'Passed: +[0-9]+' /tmp/familyties-test-output.txt | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' /tmp/familyties-test-output.txt | awk '{s+=$2} END {print s+0}')
skipped=$(grep -Eo 'Skipped: +[0-9]+' /tmp/familyties-test-output.txt | awk '{s+=$2} END {print s+0}')
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
exit "$status"
