#!/usr/bin/env bash
# Runs the ingest benchmark once per setting, one after the other, and keeps each output.
# Usage (from the repository root, after the build): bash bench/run-matrix.sh [extra ingest-bench options]
# SENTRIES and BATCHES (space-separated lists) choose the settings; the defaults are 4 8 and 500 1000.
# WARMUP and MEASURE set the seconds of warm-up and of the measured window (default 20 and 60).
# QUIET_WAIT (seconds, default 0): before each run, wait up to that long for the machine to be
# idle (at least 85 % of its cores idle over 10 s), since other work on the same cores lowers the
# figures. Each run starts its own PostgreSQL and commander and stops them; the RESULT lines are
# gathered at the end into bench/target/matrix-<time>/results.txt.
set -euo pipefail

out="bench/target/matrix-$(date -u +%Y%m%d-%H%M%S)"
mkdir -p "$out"
# A copy of its own, so that a rebuild during the matrix does not change a running driver's jar.
cp bench/target/ingest-bench.jar "$out/ingest-bench.jar"
jar="$out/ingest-bench.jar"

# Idle share of all cores over 10 s, in percent, from /proc/stat.
idle_percent() {
  local a b
  a=($(head -1 /proc/stat))
  sleep 10
  b=($(head -1 /proc/stat))
  local idle=$(((b[4] + b[5]) - (a[4] + a[5])))
  local total=0 i
  for i in 1 2 3 4 5 6 7 8; do total=$((total + b[i] - a[i])); done
  echo $((total > 0 ? 100 * idle / total : 0))
}

wait_quiet() {
  local deadline=$((SECONDS + ${QUIET_WAIT:-0})) idle
  while ((SECONDS < deadline)); do
    idle=$(idle_percent)
    if ((idle >= 85)); then
      echo "   machine ${idle}% idle"
      return
    fi
    echo "   machine only ${idle}% idle, waiting"
  done
}

for sentries in ${SENTRIES:-4 8}; do
  for batch in ${BATCHES:-500 1000}; do
    log="$out/n${sentries}-b${batch}.log"
    echo "== $sentries sentries, batches of $batch -> $log"
    wait_quiet
    # A failed run (exit 1) is recorded and the next setting still runs.
    timeout 1200 java -jar "$jar" --sentries "$sentries" --batch "$batch" --devices 500 \
      --warm-up "${WARMUP:-20}" --measure "${MEASURE:-60}" "$@" >"$log" 2>&1 || echo "   exit $?"
    grep '^RESULT' "$log" || true
  done
done
grep -h '^RESULT' "$out"/*.log >"$out/results.txt" || true
echo "results: $out/results.txt"
