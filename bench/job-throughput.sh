#!/usr/bin/env bash
# Throughput of the included fraud-detection job on this machine.
#
# Runs the job twice on the embedded Flink (flinkctl run) with the synthetic generator, unthrottled and
# bounded (COUNT transactions, default 20 million), into a discarding sink: once with all four rules,
# once as a pass-through (parse + serialize only). Prints transactions per second of wall time, CPU
# seconds used, transactions per CPU-second ("per core"), and the ratio of the two.
#
#   bench/job-throughput.sh                 # uses dist/target/flinkctl-*/bin/flinkctl, else flinkctl on PATH
#   COUNT=2000000 PARALLELISM=2 bench/job-throughput.sh
set -euo pipefail

COUNT=${COUNT:-20000000}
PARALLELISM=${PARALLELISM:-1}
root=$(cd "$(dirname "$0")/.." && pwd)

find_flinkctl() {
  if [[ -n "${FLINKCTL:-}" ]]; then echo "$FLINKCTL"; return; fi
  local built
  built=$(ls -d "$root"/dist/target/flinkctl-*/bin/flinkctl 2>/dev/null | head -n 1 || true)
  if [[ -n "$built" ]]; then echo "$built"; return; fi
  command -v flinkctl || { echo "bench: no flinkctl: run ./install.sh or mvn -DskipTests package first" >&2; exit 1; }
}

# run_once PIPELINE → prints "wall_seconds cpu_seconds"
run_once() {
  local pipeline=$1 log
  log=$(mktemp)
  /usr/bin/time -f "%e %U %S" -o "$log.time" "$flinkctl" run --parallelism "$PARALLELISM" \
    --property Source.type=generator --property Source.rate=0 --property "Source.count=$COUNT" \
    --property Sink.type=discard --property "Job.pipeline=$pipeline" \
    --checkpoint-interval 60s >/dev/null 2>"$log" || { cat "$log" >&2; exit 1; }
  # The runner reports the job's own wall time (submission to end), excluding JVM and cluster start-up.
  local job_seconds
  job_seconds=$(sed -n 's/.*finished in \([0-9.]*\) s.*/\1/p' "$log" | tail -n 1)
  read -r _ user sys < "$log.time"
  rm -f "$log" "$log.time"
  echo "$job_seconds $(echo "$user + $sys" | bc -l)"
}

report() {
  local name=$1 wall=$2 cpu=$3
  printf "%-16s %12.0f tx/s  %8.1f s wall  %8.1f CPU-s  %12.0f tx per CPU-second\n" \
    "$name" "$(echo "$COUNT / $wall" | bc -l)" "$wall" "$cpu" "$(echo "$COUNT / $cpu" | bc -l)"
}

flinkctl=$(find_flinkctl)
echo "flinkctl: $flinkctl; $COUNT transactions; parallelism $PARALLELISM; $(nproc) cores"
read -r rules_wall rules_cpu < <(run_once fraud-detection)
report "all rules" "$rules_wall" "$rules_cpu"
read -r pass_wall pass_cpu < <(run_once passthrough)
report "pass-through" "$pass_wall" "$pass_cpu"
printf "all rules / pass-through, per CPU-second: %.2f\n" \
  "$(echo "($COUNT / $rules_cpu) / ($COUNT / $pass_cpu)" | bc -l)"
