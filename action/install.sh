#!/usr/bin/env bash
# Step 1 of the flinkctl GitHub Action (../action.yml): installs flinkctl from the action's own checkout into
# $RUNNER_TEMP/flinkctl (removed with the job) and puts its bin/ on the PATH of the job's later steps.
# A second use of the action in the same job finds it installed and does not build again.
# FLINKCTL_ACTION_INSTALL_FROM (for testing): install this already-built layout (install.sh --from) instead of
# building with Maven.
set -euo pipefail

die() {
  printf '::error title=flinkctl action::%s\n' "$*" >&2
  exit 1
}

main() {
  local name prefix args
  for name in GITHUB_ACTION_PATH RUNNER_TEMP GITHUB_PATH; do
    [[ -n "${!name:-}" ]] || die "$name is not set: run this script as a step of the flinkctl action"
  done
  prefix="$RUNNER_TEMP/flinkctl"
  if [[ -x "$prefix/bin/flinkctl" && -f "$prefix/lib/flinkctl/installed-files" ]]; then
    printf 'flinkctl is already installed in %s (by an earlier step of this job)\n' "$prefix"
  else
    args=(--prefix "$prefix")
    if [[ -n "${FLINKCTL_ACTION_INSTALL_FROM:-}" ]]; then
      args+=(--from "$FLINKCTL_ACTION_INSTALL_FROM")
    fi
    "$GITHUB_ACTION_PATH/install.sh" "${args[@]}"
  fi
  printf '%s\n' "$prefix/bin" >>"$GITHUB_PATH"
}

main "$@"
