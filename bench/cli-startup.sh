#!/usr/bin/env bash
# Start-up time of the installed flinkctl, next to the AWS CLI doing the same against the same endpoint.
#
# Starts a local environment of its own (free ports, temporary directories), creates the included job's
# application in it, then times RUNS runs (default 15, after one warm-up) of each command and prints the median,
# minimum and maximum wall time in milliseconds:
#   flinkctl --version, flinkctl --help, flinkctl status (the local endpoint: DescribeApplication and more),
#   aws kinesisanalyticsv2 describe-application (the same endpoint; skipped when aws is not installed).
# Targets (issue 8): --version under 150 ms; status under half the AWS CLI's time.
#
#   bench/cli-startup.sh                      # flinkctl on PATH (as ./install.sh installed it, with its CDS archive)
#   FLINKCTL=~/.local/bin/flinkctl RUNS=30 bench/cli-startup.sh
set -euo pipefail

RUNS=${RUNS:-15}
flinkctl=${FLINKCTL:-$(command -v flinkctl || true)}
[[ -n "$flinkctl" ]] || { echo "bench: no flinkctl on PATH: run ./install.sh first, or set FLINKCTL" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/flinkctl-startup.XXXXXX")
export FLINKCTL_CONFIG_DIR="$work/config" FLINKCTL_LOCAL_DIR="$work/local"
cleanup() {
  "$flinkctl" local down >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

# now_ms: wall clock in milliseconds.
now_ms() {
  local ns
  ns=$(date +%s%N)
  echo $((ns / 1000000))
}

# measure NAME COMMAND...: one warm-up, then RUNS timed runs; prints "NAME median min max" in ms.
measure() {
  local name=$1 i start times=()
  shift
  "$@" >/dev/null 2>&1 || { echo "bench: '$*' failed" >&2; "$@" >&2 || true; exit 1; }
  for ((i = 0; i < RUNS; i++)); do
    start=$(now_ms)
    "$@" >/dev/null 2>&1
    times+=($(($(now_ms) - start)))
  done
  local sorted
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  printf '%s %s %s %s\n' "$name" "$(sed -n "$((RUNS / 2 + 1))p" <<<"$sorted")" \
    "$(sed -n 1p <<<"$sorted")" "$(sed -n "${RUNS}p" <<<"$sorted")"
}

echo "Starting a local environment and creating the application (not timed)..." >&2
"$flinkctl" local up --port 0 --moto-port 0 --dashboard-port 0 >/dev/null 2>&1
"$flinkctl" deploy --no-wait >/dev/null 2>&1
local_status=$("$flinkctl" local status -o json)
# The first "url" is the endpoint's (moto_server's comes after it).
endpoint=$(sed -n 's/.*"url" *: *"\(http[^"]*\)".*/\1/p' <<<"$local_status" | sed -n 1p)
region=$(sed -n 's/.*"region" *: *"\([^"]*\)".*/\1/p' <<<"$local_status" | sed -n 1p)

results=()
results+=("$(measure "flinkctl --version" "$flinkctl" --version)")
results+=("$(measure "flinkctl --help" "$flinkctl" --help)")
results+=("$(measure "flinkctl status" "$flinkctl" status)")
if command -v aws >/dev/null 2>&1; then
  results+=("$(measure "aws kinesisanalyticsv2 describe-application" env AWS_ACCESS_KEY_ID=test \
    AWS_SECRET_ACCESS_KEY=test aws kinesisanalyticsv2 describe-application --application-name fraud-detection \
    --endpoint-url "$endpoint" --region "$region")")
fi

lib=$(cd "$(dirname "$(readlink -f "$flinkctl")")/../lib/flinkctl" && pwd)
printf '%s (%s), %s, CDS archive: %s, %d runs each\n' "$("$flinkctl" --version | sed -n 1p)" "$flinkctl" \
  "$("$flinkctl" --version | sed -n 2p)" "$([[ -f "$lib/flinkctl.jsa" ]] && echo yes || echo no)" "$RUNS"
printf '%-46s %8s %8s %8s\n' command "median" "min" "max"
for line in "${results[@]}"; do
  read -r -a fields <<<"$line"
  n=${#fields[@]}
  printf '%-46s %6s ms %5s ms %5s ms\n' "${fields[*]:0:n-3}" "${fields[n-3]}" "${fields[n-2]}" "${fields[n-1]}"
done

median() { # NAME → the median of that row
  local line
  for line in "${results[@]}"; do
    if [[ "$line" == "$1 "* ]]; then
      read -r -a fields <<<"$line"
      echo "${fields[${#fields[@]}-3]}"
    fi
  done
}
version=$(median "flinkctl --version")
echo "target --version < 150 ms: $version ms ($( ((version < 150)) && echo met || echo missed))"
aws_ms=$(median "aws kinesisanalyticsv2 describe-application")
if [[ -n "$aws_ms" ]]; then
  status=$(median "flinkctl status")
  echo "target status < half the AWS CLI ($((aws_ms / 2)) ms): $status ms ($( ((status * 2 < aws_ms)) && echo met \
    || echo missed))"
fi
