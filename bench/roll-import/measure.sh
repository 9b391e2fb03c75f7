#!/usr/bin/env bash
# Measures a 1,200-row roll import through the real app (Release, Kestrel, SQLite, fresh demo database):
# signs in as visitsmanager.wymott, uploads a generated roll of 1,200 new prisoners, then the same file again.
# Usage: bench/roll-import/measure.sh [rows]   (needs curl; not part of ./test.sh)
set -euo pipefail
cd "$(dirname "$0")/../.."
rows="${1:-1200}"
work=$(mktemp -d)
port=5099
base="http://127.0.0.1:${port}"
trap 'kill "${app_pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

dotnet build src/FamilyTies.Web -c Release -v quiet -nologo >/dev/null
cd src/FamilyTies.Web
ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="$base" \
  ConnectionStrings__FamilyTies="Data Source=$work/familyties.db" DataProtection__KeysPath="$work/keys" \
  Serilog__WriteTo__1__Args__path="$work/logs/log-.txt" \
  dotnet bin/Release/net10.0/FamilyTies.Web.dll >"$work/app.out" 2>&1 &
app_pid=$!
cd ../..
until curl -sf "$base/health" >/dev/null; do
  if ! kill -0 "$app_pid" 2>/dev/null; then echo "The app did not start:"; grep -m3 -i "exception" "$work/app.out"; exit 1; fi
  sleep 0.5
done

# Invented people only: prison numbers X0000BM, X0001BM, ...
{
  echo "prison_number,first_name,last_name,date_of_birth,location,incentive_level,category,legal_status,reception_date,earliest_release_date,nationality,languages,interpreter_needed,care_experienced,children_under_18,home_area,distance_from_home_miles,key_worker,prison_offender_manager"
  awk -v n="$rows" 'BEGIN { for (i = 0; i < n; i++) printf "X%04dBM,Bench%d,Person%d,%02d/%02d/%d,%c-%d-%03d,Standard,C,Convicted,02/09/2025,2028-06-30,British,English,No,No,1,Preston,8,Officer Pell,R. Castleton\n", i, i, i, i % 28 + 1, i % 12 + 1, 1960 + i % 40, 65 + i % 8, i % 3 + 1, i % 40 + 1 }'
} >"$work/roll.csv"

jar="$work/cookies"
token() { sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -1; }
t=$(curl -s -c "$jar" -b "$jar" "$base/sign-in" | token)
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "__RequestVerificationToken=$t" \
  --data-urlencode "UserName=visitsmanager.wymott" --data-urlencode "Password=FamilyTies-demo-2026" "$base/sign-in"
for run in "first import (all new)" "same file again (all unchanged)"; do
  t=$(curl -s -c "$jar" -b "$jar" "$base/prisoners/import" | token)
  result=$(curl -s -o /dev/null -c "$jar" -b "$jar" -w "%{http_code} %{time_total}" \
    -F "__RequestVerificationToken=$t" -F "FullRoll=false" -F "File=@$work/roll.csv;type=text/csv" "$base/prisoners/import")
  echo "${rows} rows, ${run}: HTTP ${result% *}, ${result#* } s"
done
