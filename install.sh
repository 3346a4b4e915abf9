#!/usr/bin/env bash
# Builds flinkctl from this checkout and installs it under a prefix (default: ~/.local):
#   PREFIX/bin/flinkctl                                launcher
#   PREFIX/lib/flinkctl/                               CLI, embedded Flink runtime, included job
#   PREFIX/share/bash-completion/completions/flinkctl  bash completion
# Re-running upgrades in place.
set -euo pipefail

readonly MIN_JAVA=17
REPO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
readonly REPO_DIR
PREFIX="${HOME}/.local"
STAGING=""

usage() {
  cat <<EOF
Usage: ./install.sh [--prefix DIR]

Builds flinkctl with Maven and installs it under DIR (default: \$HOME/.local):
  DIR/bin/flinkctl, DIR/lib/flinkctl/, DIR/share/bash-completion/completions/flinkctl
Re-running upgrades the installation in place.

Needs Java ${MIN_JAVA}+ (JAVA_HOME, else java on PATH) and Maven (mvn on PATH).

Options:
  --prefix DIR   install under DIR
  -h, --help     show this help
EOF
}

die() {
  printf 'install.sh: %s\n' "$*" >&2
  exit 1
}

cleanup() {
  if [[ -n "$STAGING" && -e "$STAGING" ]]; then
    rm -rf "$STAGING"
  fi
}

parse_args() {
  while (($# > 0)); do
    case "$1" in
      --prefix)
        if (($# < 2)) || [[ -z "$2" ]]; then
          die "--prefix needs a directory, e.g. --prefix \$HOME/.local"
        fi
        PREFIX="$2"
        shift 2
        ;;
      --prefix=*)
        PREFIX="${1#--prefix=}"
        [[ -n "$PREFIX" ]] || die "--prefix needs a directory, e.g. --prefix \$HOME/.local"
        shift
        ;;
      -h | --help)
        usage
        exit 0
        ;;
      *)
        die "unknown argument '$1': see ./install.sh --help"
        ;;
    esac
  done
}

# Prints the java the launcher will use: $JAVA_HOME/bin/java, else java on PATH.
find_java() {
  if [[ -n "${JAVA_HOME:-}" ]]; then
    [[ -x "$JAVA_HOME/bin/java" ]] \
      || die "JAVA_HOME is '$JAVA_HOME' but has no bin/java: point JAVA_HOME at a JDK $MIN_JAVA+ or unset it"
    printf '%s\n' "$JAVA_HOME/bin/java"
  else
    command -v java \
      || die "Java $MIN_JAVA or newer is required but was not found: install a JDK $MIN_JAVA+ (e.g. apt-get install openjdk-17-jdk-headless) or set JAVA_HOME"
  fi
}

require_java() {
  local java version
  java="$(find_java)"
  version="$("$java" -version 2>&1 | sed -n 's/.* version "\([^"]*\)".*/\1/p')" || true
  version="${version#1.}"
  version="${version%%[!0-9]*}"
  if [[ -z "$version" ]] || ((version < MIN_JAVA)); then
    die "Java $MIN_JAVA or newer is required, but $java is Java ${version:-of unknown version}: install a JDK $MIN_JAVA+ and put it on PATH or set JAVA_HOME"
  fi
}

require_maven() {
  command -v mvn >/dev/null 2>&1 \
    || die "Maven is required to build flinkctl but mvn is not on PATH: install Maven 3.8+ (e.g. apt-get install maven)"
}

# Prints the project version: the first <version> of the root pom (the root pom has no <parent>).
project_version() {
  local version
  version="$(sed -n '/<version>/{s:.*<version>\([^<]*\)</version>.*:\1:p;q;}' "$REPO_DIR/pom.xml")"
  [[ -n "$version" ]] || die "cannot read the project version from $REPO_DIR/pom.xml"
  printf '%s\n' "$version"
}

build() {
  local log
  log="$(mktemp "${TMPDIR:-/tmp}/flinkctl-build.XXXXXX.log")"
  printf 'Building flinkctl (mvn package, a few minutes the first time)...\n'
  if ! (cd "$REPO_DIR" && mvn -B -q -DskipTests package) >"$log" 2>&1; then
    tail -n 40 "$log" >&2
    die "the build failed: the last lines are above, the whole log is in $log"
  fi
  rm -f "$log"
}

# Copies the assembled layout in $1 into PREFIX. lib/flinkctl is staged beside its destination and swapped in
# with two renames, so a failed copy never leaves a half-installed runtime.
install_layout() {
  local dist="$1" lib="$PREFIX/lib/flinkctl" old
  [[ -x "$dist/bin/flinkctl" && -d "$dist/lib/flinkctl" ]] \
    || die "the build did not produce $dist: run 'mvn package' in $REPO_DIR to see why"

  mkdir -p "$PREFIX/bin" "$PREFIX/lib" "$PREFIX/share/bash-completion/completions"
  STAGING="$(mktemp -d "$PREFIX/lib/.flinkctl.new.XXXXXX")"
  cp -R "$dist/lib/flinkctl/." "$STAGING/"
  chmod 0755 "$STAGING"
  if [[ -e "$lib" ]]; then
    old="$(mktemp -d "$PREFIX/lib/.flinkctl.old.XXXXXX")"
    mv "$lib" "$old/flinkctl"
    mv "$STAGING" "$lib"
    rm -rf "$old"
  else
    mv "$STAGING" "$lib"
  fi
  STAGING=""

  install_file "$dist/bin/flinkctl" "$PREFIX/bin/flinkctl" 0755
  install_file "$dist/share/bash-completion/completions/flinkctl" \
    "$PREFIX/share/bash-completion/completions/flinkctl" 0644
}

# Copies $1 to $2 with mode $3, replacing $2 by a rename (safe even while $2 is running).
install_file() {
  local source="$1" target="$2" mode="$3" temp
  temp="$(mktemp "$(dirname "$target")/.$(basename "$target").XXXXXX")"
  cp "$source" "$temp"
  chmod "$mode" "$temp"
  mv -f "$temp" "$target"
}

report() {
  local version="$1"
  printf 'Installed flinkctl %s:\n' "$version"
  printf '  %s\n' "$PREFIX/bin/flinkctl" "$PREFIX/lib/flinkctl/" \
    "$PREFIX/share/bash-completion/completions/flinkctl"
  case ":${PATH}:" in
    *":$PREFIX/bin:"*) ;;
    *)
      printf '\n%s is not on your PATH. Add this line to ~/.bashrc (or ~/.zshrc):\n' "$PREFIX/bin"
      # shellcheck disable=SC2016 # $PATH is meant literally: the line goes into the user's shell profile.
      printf '  export PATH="%s/bin:$PATH"\n' "$PREFIX"
      ;;
  esac
}

main() {
  parse_args "$@"
  require_java
  require_maven
  mkdir -p "$PREFIX" || die "cannot create $PREFIX: choose another --prefix"
  PREFIX="$(cd "$PREFIX" && pwd)"
  trap cleanup EXIT

  local version
  version="$(project_version)"
  build
  install_layout "$REPO_DIR/dist/target/flinkctl-$version"
  report "$version"
}

main "$@"
