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
# The test projects of this run share one seeded demo database (tests/Shared/SeededTemplate.cs); it goes at the end.
export FAMILYTIES_TEST_RUN="run$$-$(date +%s)"
work=$(mktemp -d)
jobs_started=()
cleanup() {
  for group in "${jobs_started[@]}"; do kill -- "-$group" 2>/dev/null || true; done
  rm -rf "$work" "${TMPDIR:-/tmp}/familyties-run-${FAMILYTIES_TEST_RUN}"
}
trap cleanup EXIT

# The browser journeys are the longest chain of the run and mostly wait on one browser, so they start as soon as their
# own project is built and run while the other test projects compile (docs/decisions/0032-test-suite-overlap.md).
# Each project is built once, here, in dependency order; the later builds take the built references as they are.
dotnet restore FamilyTies.sln
dotnet build tests/FamilyTies.Browser.Tests -c Release --no-restore

# One test project in the background, in its own process group (so a failed build can stop it), its output kept in
# $work/NAME.out and shown prefixed with [NAME] as it comes; its exit status goes to $work/NAME.status.
start_tests() {
  local name=$1 project=$2
  shift 2
  setsid bash -c 'set -o pipefail
    dotnet test "$1" -c Release --no-build --logger "console;verbosity=normal" "${@:4}" 2>&1 | tee "$2" | sed -u "s/^/[$3] /"
    echo $? > "$2.status"' _ "$project" "$work/$name.out" "$name" "$@" &
  jobs_started+=("$!")
}
start_tests browser tests/FamilyTies.Browser.Tests "$@"

dotnet build tests/FamilyTies.Domain.Tests -c Release --no-restore --no-dependencies
dotnet build tests/FamilyTies.Web.Tests -c Release --no-restore --no-dependencies
start_tests domain tests/FamilyTies.Domain.Tests "$@"
start_tests web tests/FamilyTies.Web.Tests "$@"
# The bench is not a test, but it must keep compiling (README's bench commands).
dotnet build bench/FamilyTies.Bench -c Release --no-restore --no-dependencies
wait
jobs_started=()

# One closing line over all three test projects.
status=0
passed=0; failed=0; skipped=0; projects=0
count() { { grep -Eo "^ +$1: +[0-9]+" "$2" || true; } | awk '{s+=$2} END {print s+0}'; }
for name in domain web browser; do
  out="$work/$name.out"
  [ "$(cat "$out.status" 2>/dev/null || echo 1)" = "0" ] || status=1
  passed=$((passed + $(count Passed "$out")))
  failed=$((failed + $(count Failed "$out")))
  skipped=$((skipped + $(count Skipped "$out")))
  projects=$((projects + $({ grep -c "^Total tests:" "$out" || true; })))
done
echo "Test projects run: ${projects} of 3"
if [ "$projects" -ne 3 ]; then status=1; fi
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
exit "$status"
