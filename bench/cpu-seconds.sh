#!/usr/bin/env bash
# CPU seconds (user + system) of every process a command starts, summed by process name: where a CPU-bound run's
# time goes (docs/decisions/0031-test-suite-cpu.md). Samples `ps` once a second, so processes that live under a second
# are missed. Usage: bench/cpu-seconds.sh OUT -- command [args...]   (OUT gets the table, OUT.log the command's output)
set -uo pipefail
out=$1
shift 2
"$@" > "$out.log" 2>&1 &
root=$!
: > "$out.samples"
while kill -0 "$root" 2>/dev/null; do
  ps -e -o pid=,ppid=,times=,comm= | awk -v root="$root" '
    { parent[$1] = $2; cpu[$1] = $3; name[$1] = $4 }
    END { for (p in parent) { q = p; for (i = 0; i < 12; i++) { if (q == root) { print p, cpu[p], name[p]; break } q = parent[q]; if (q == "" || q <= 1) break } } }' >> "$out.samples"
  sleep 1
done
wait "$root"
status=$?
awk '{ if ($2 > most[$1]) most[$1] = $2; name[$1] = $3 }
     END { for (p in most) { by[name[p]] += most[p]; total += most[p] } for (n in by) print n, by[n]; print "TOTAL", total }' \
  "$out.samples" | sort -k2 -n -r > "$out"
rm -f "$out.samples"
exit "$status"
