
# _flinkctl_dynamic prints the live candidates of one kind (applications, snapshots, versions, profiles) for the
# line being completed, one per line, from `flinkctl __complete`, which answers from its cache (30 s) or asks the
# target. The shell never waits more than a second: when flinkctl takes longer, the lookup goes on in the
# background and fills the cache for the next Tab.
function _flinkctl_dynamic() {
  local self="${COMP_WORDS[0]}"
  command -v "$self" >/dev/null 2>&1 || self=flinkctl
  local words=("${COMP_WORDS[@]:1:$COMP_CWORD}")
  if ! command -v timeout >/dev/null 2>&1; then
    "$self" __complete "$1" -- "${words[@]}" 2>/dev/null
    return 0
  fi
  timeout 1 "$self" __complete "$1" -- "${words[@]}" 2>/dev/null
  if (($? == 124)); then
    ("$self" __complete "$1" -- "${words[@]}" >/dev/null 2>&1 &)
  fi
  return 0
}
