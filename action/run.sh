#!/usr/bin/env bash
# Step 2 of the flinkctl GitHub Action (../action.yml): runs the flinkctl that step 1 installed with the arguments
# in INPUT_COMMAND, in INPUT_WORKING_DIRECTORY, and writes its exit code to the step output exit-code. flinkctl
# itself writes the other outputs (deploy: application-arn, version-id, jar-s3-key, outcome) and the step summary.
# The step fails with flinkctl's exit code unless that code is one of INPUT_OK_EXIT_CODES (default 0).
#
# INPUT_COMMAND is split into arguments as a shell would split it, quotes included ('max(x) > 0'), but with no
# expansion of any kind, so a value from the workflow can never run a command; a leading "flinkctl" is optional.
set -euo pipefail

die() {
  printf '::error title=flinkctl action::%s\n' "$*" >&2
  exit 1
}

main() {
  local name flinkctl split args=() code=0 codes ok oks=()
  for name in RUNNER_TEMP GITHUB_OUTPUT; do
    [[ -n "${!name:-}" ]] || die "$name is not set: run this script as a step of the flinkctl action"
  done
  flinkctl="$RUNNER_TEMP/flinkctl/bin/flinkctl"
  [[ -x "$flinkctl" ]] || die "flinkctl is not installed in $RUNNER_TEMP/flinkctl: the action's install step must run first"
  [[ -n "${INPUT_COMMAND//[[:space:]]/}" ]] \
    || die "the input 'command' is empty: give the flinkctl arguments, e.g. 'plan -f flinkctl.yaml'"
  # xargs splits on blanks and honours quotes and backslashes, and expands nothing. A file keeps the NUL separators.
  split="$(mktemp "$RUNNER_TEMP/flinkctl-args.XXXXXX")"
  if ! printf '%s\n' "$INPUT_COMMAND" | xargs printf '%s\0' >"$split"; then
    rm -f "$split"
    die "cannot split the input 'command' into arguments (see the xargs error above): check its quotes"
  fi
  mapfile -d '' -t args <"$split"
  rm -f "$split"
  if [[ "${args[0]}" == flinkctl ]]; then
    args=("${args[@]:1}")
  fi
  cd "${INPUT_WORKING_DIRECTORY:-.}" \
    || die "the working-directory '${INPUT_WORKING_DIRECTORY:-}' does not exist: give a directory of the checkout"

  "$flinkctl" "${args[@]}" || code=$?
  printf 'exit-code=%d\n' "$code" >>"$GITHUB_OUTPUT"
  codes="${INPUT_OK_EXIT_CODES:-0}"
  read -r -a oks <<<"${codes//,/ }"
  for ok in "${oks[@]}"; do
    if [[ "$ok" == "$code" ]]; then
      exit 0
    fi
  done
  exit "$code"
}

main "$@"
