#!/usr/bin/env bash
# Installs flinkctl under a prefix (default: ~/.local), building it from this checkout with Maven unless --from
# names an already-built layout (dist/target/flinkctl-VERSION or an unpacked release tar):
#   PREFIX/bin/flinkctl     launcher
#   PREFIX/lib/flinkctl/    CLI, embedded Flink runtime, included job, CDS archive, the list of installed files
#   PREFIX/share/           the layout's share/ tree: bash, zsh and fish completions, man pages
# Then it runs 'PREFIX/bin/flinkctl --version' to check the installation. Re-running upgrades in place.
# PREFIX/lib/flinkctl/installed-files lists every installed file and every directory the install created;
# --uninstall removes exactly those (directories only once empty).
set -euo pipefail

readonly MIN_JAVA=17
readonly MANIFEST_NAME="installed-files"
REPO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
readonly REPO_DIR
PREFIX="${HOME}/.local"
FROM=""
UNINSTALL=false
STAGING=""
# Directories this run created, relative to PREFIX: the manifest lists them so that --uninstall removes them.
CREATED_DIRS=()

usage() {
  cat <<EOF
Usage: ./install.sh [--prefix DIR] [--from LAYOUT]
       ./install.sh --uninstall [--prefix DIR]

Builds flinkctl with Maven and installs it under DIR (default: \$HOME/.local):
  DIR/bin/flinkctl, DIR/lib/flinkctl/, DIR/share/ (bash, zsh and fish completions, man pages)
then checks that 'DIR/bin/flinkctl --version' runs and creates a class-data-sharing archive for a faster start.
Re-running upgrades the installation in place.

Needs Java ${MIN_JAVA}+ (JAVA_HOME, else java on PATH) and, without --from, Maven (mvn on PATH).

Options:
  --prefix DIR     install under (or uninstall from) DIR
  --from LAYOUT    install an already-built layout instead of building: a directory with bin/, lib/flinkctl/ and
                   share/, e.g. dist/target/flinkctl-VERSION or an unpacked release tar
  --uninstall      remove what an install put under DIR (listed in DIR/lib/flinkctl/$MANIFEST_NAME)
  -h, --help       show this help
EOF
}

die() {
  printf 'install.sh: %s\n' "$*" >&2
  exit 1
}

warn() {
  printf 'install.sh: warning: %s\n' "$*" >&2
}

cleanup() {
  if [[ -n "$STAGING" && -e "$STAGING" ]]; then
    rm -rf "$STAGING"
  fi
}

# Prints $2, the value given to option $1, or dies when it is empty.
option_value() {
  if [[ -z "$2" ]]; then
    case "$1" in
      --prefix) die "--prefix needs a directory, e.g. --prefix \$HOME/.local" ;;
      *) die "--from needs a layout directory, e.g. --from dist/target/flinkctl-VERSION" ;;
    esac
  fi
  printf '%s\n' "$2"
}

parse_args() {
  while (($# > 0)); do
    case "$1" in
      --prefix)
        PREFIX="$(option_value --prefix "${2:-}")"
        shift $(($# < 2 ? 1 : 2))
        ;;
      --prefix=*)
        PREFIX="$(option_value --prefix "${1#--prefix=}")"
        shift
        ;;
      --from)
        FROM="$(option_value --from "${2:-}")"
        shift $(($# < 2 ? 1 : 2))
        ;;
      --from=*)
        FROM="$(option_value --from "${1#--from=}")"
        shift
        ;;
      --uninstall)
        UNINSTALL=true
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
  if [[ "$UNINSTALL" == true && -n "$FROM" ]]; then
    die "--uninstall and --from exclude each other: --uninstall takes only --prefix"
  fi
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
    || die "Maven is required to build flinkctl but mvn is not on PATH: install Maven 3.8+ (e.g. apt-get install maven), or pass --from with an already-built layout"
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

# Creates directory PREFIX/$1 (relative) and its missing parents, recording each one it creates in CREATED_DIRS.
make_dir() {
  local relative="$1" missing=()
  while [[ "$relative" != . && ! -d "$PREFIX/$relative" ]]; do
    missing=("$relative" ${missing[@]+"${missing[@]}"})
    relative="$(dirname "$relative")"
  done
  if ((${#missing[@]} > 0)); then
    mkdir -p "$PREFIX/$1"
    CREATED_DIRS+=("${missing[@]}")
  fi
}

# Prints the regular files under directory $1, relative to it, sorted.
files_under() {
  (cd "$1" && find . -type f | sed 's:^\./::' | LC_ALL=C sort)
}

# Prints the entries of the current installation's manifest (nothing when there is none).
previous_manifest() {
  local manifest="$PREFIX/lib/flinkctl/$MANIFEST_NAME"
  if [[ -f "$manifest" ]]; then
    grep -v '^#' "$manifest" || true
  fi
}

# Writes manifest $1: every installed file relative to PREFIX, then every directory an install created, with a
# trailing /. $2 is the (staged) lib/flinkctl, $3 the layout's share/ files, $4 the previous manifest's entries.
write_manifest() {
  local manifest="$1" lib="$2" share_files="$3" previous="$4" dir
  {
    printf '# flinkctl, installed by install.sh: paths relative to %s; ./install.sh --uninstall removes them\n' \
      "$PREFIX"
    printf 'bin/flinkctl\n'
    { files_under "$lib" | grep -vxF "$MANIFEST_NAME" || true; } | sed 's:^:lib/flinkctl/:'
    printf 'lib/flinkctl/%s\n' "$MANIFEST_NAME"
    if [[ -n "$share_files" ]]; then
      # shellcheck disable=SC2001 # every line gets the prefix, which ${var//} cannot anchor.
      sed 's:^:share/:' <<<"$share_files"
    fi
    {
      printf 'lib/flinkctl/\n'
      (cd "$lib" && find . -mindepth 1 -type d | sed 's:^\./:lib/flinkctl/:; s:$:/:')
      if ((${#CREATED_DIRS[@]} > 0)); then
        printf '%s/\n' "${CREATED_DIRS[@]}"
      fi
      { grep '/$' <<<"$previous" || true; } | while IFS= read -r dir; do
        if [[ -d "$PREFIX/$dir" ]]; then
          printf '%s\n' "$dir"
        fi
      done
    } | LC_ALL=C sort -u
  } >"$manifest"
}

# Copies the assembled layout in $1 into PREFIX and lists it in the manifest. lib/flinkctl is staged beside its
# destination and swapped in with two renames, so a failed copy never leaves a half-installed runtime. Files of the
# previous installation that this layout no longer has (say, a renamed man page) are removed.
install_layout() {
  local dist="$1" lib="$PREFIX/lib/flinkctl" old previous share_files="" file stale
  [[ -x "$dist/bin/flinkctl" && -d "$dist/lib/flinkctl" ]] \
    || die "$dist is not a flinkctl install layout (no bin/flinkctl or lib/flinkctl/): pass --from dist/target/flinkctl-VERSION or an unpacked release tar, or run 'mvn package' in $REPO_DIR to see why the build did not produce it"
  previous="$(previous_manifest)"
  if [[ -d "$dist/share" ]]; then
    share_files="$(files_under "$dist/share")"
  fi
  make_dir bin
  make_dir lib
  if [[ -n "$share_files" ]]; then
    while IFS= read -r file; do
      make_dir "share/$(dirname "$file")"
    done <<<"$share_files"
  fi

  STAGING="$(mktemp -d "$PREFIX/lib/.flinkctl.new.XXXXXX")"
  cp -R "$dist/lib/flinkctl/." "$STAGING/"
  chmod 0755 "$STAGING"
  write_manifest "$STAGING/$MANIFEST_NAME" "$STAGING" "$share_files" "$previous"
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
  if [[ -n "$share_files" ]]; then
    while IFS= read -r file; do
      install_file "$dist/share/$file" "$PREFIX/share/$file" 0644
    done <<<"$share_files"
  fi
  { grep -v -e '/$' -e '^lib/flinkctl/' <<<"$previous" || true; } | while IFS= read -r stale; do
    if [[ -n "$stale" ]] && ! grep -qxF "$stale" "$lib/$MANIFEST_NAME"; then
      rm -f "$PREFIX/$stale"
    fi
  done
}

# Copies $1 to $2 with mode $3, replacing $2 by a rename (safe even while $2 is running).
install_file() {
  local source="$1" target="$2" mode="$3" temp
  temp="$(mktemp "$(dirname "$target")/.$(basename "$target").XXXXXX")"
  cp "$source" "$temp"
  chmod "$mode" "$temp"
  mv -f "$temp" "$target"
}

# Runs the installed launcher once and prints its version line, or dies with the launcher's last line of output.
verify() {
  local out
  if ! out="$("$PREFIX/bin/flinkctl" --version 2>&1)"; then
    die "installed into $PREFIX, but '$PREFIX/bin/flinkctl --version' failed ($(tail -n 1 <<<"$out")): run it to see the whole error"
  fi
  head -n 1 <<<"$out"
}

# Creates lib/flinkctl/flinkctl.jsa, a class-data-sharing archive of the classes a --help run loads, which the
# launcher maps at start-up instead of loading and verifying those classes again. Without it flinkctl only starts
# slower, so failing is a warning.
create_cds_archive() {
  local lib="$PREFIX/lib/flinkctl"
  rm -f "$lib/flinkctl.jsa.tmp"
  if FLINKCTL_CDS_DUMP="$lib/flinkctl.jsa.tmp" "$PREFIX/bin/flinkctl" --help >/dev/null 2>&1 \
    && [[ -s "$lib/flinkctl.jsa.tmp" ]]; then
    mv -f "$lib/flinkctl.jsa.tmp" "$lib/flinkctl.jsa"
    printf 'lib/flinkctl/flinkctl.jsa\n' >>"$lib/$MANIFEST_NAME"
  else
    rm -f "$lib/flinkctl.jsa.tmp"
    warn "could not create the class-data-sharing archive $lib/flinkctl.jsa: flinkctl works, but starts slower"
  fi
}

# Prints how many manifest entries match the extended regular expression $1.
count_installed() {
  grep -cE "$1" "$PREFIX/lib/flinkctl/$MANIFEST_NAME" || true
}

report() {
  local version="$1" files completions man_pages cds=""
  files="$(count_installed '^[^#].*[^/]$')"
  completions="$(count_installed '^share/(bash-completion/completions|zsh/site-functions|fish/vendor_completions\.d)/[^/]+$')"
  man_pages="$(count_installed '^share/man/man[0-9]/[^/]+$')"
  if [[ -f "$PREFIX/lib/flinkctl/flinkctl.jsa" ]]; then
    cds=", CDS archive"
  fi
  printf 'Installed %s (%s files, listed in %s):\n' "$version" "$files" "$PREFIX/lib/flinkctl/$MANIFEST_NAME"
  printf '  %s\n' "$PREFIX/bin/flinkctl" "$PREFIX/lib/flinkctl/  (CLI, local runtime, job$cds)" \
    "$PREFIX/share/  ($completions completion files, $man_pages man pages)"
  case ":${PATH}:" in
    *":$PREFIX/bin:"*) ;;
    *)
      printf '\n%s is not on your PATH. Add this line to ~/.bashrc (or ~/.zshrc):\n' "$PREFIX/bin"
      # shellcheck disable=SC2016 # $PATH is meant literally: the line goes into the user's shell profile.
      printf '  export PATH="%s/bin:$PATH"\n' "$PREFIX"
      ;;
  esac
}

# Removes what the manifest lists: the files, then the directories an install created, deepest first, if empty.
uninstall() {
  local manifest="$PREFIX/lib/flinkctl/$MANIFEST_NAME" entries entry files=0 dirs=0
  if [[ ! -f "$manifest" ]]; then
    if [[ -e "$PREFIX/lib/flinkctl" ]]; then
      die "$PREFIX/lib/flinkctl has no $MANIFEST_NAME (an older install.sh installed it): run ./install.sh --prefix $PREFIX to upgrade it, then --uninstall"
    fi
    die "no flinkctl installation in $PREFIX (no lib/flinkctl/$MANIFEST_NAME): pass the --prefix it was installed with"
  fi
  entries="$(grep -v '^#' "$manifest" || true)"
  # A damaged manifest must never make this remove anything outside the prefix.
  if grep -qE '^/|(^|/)\.\.(/|$)' <<<"$entries"; then
    die "$manifest lists a path outside $PREFIX: remove bin/flinkctl, lib/flinkctl and share/**/flinkctl* by hand"
  fi
  while IFS= read -r entry; do
    if [[ -n "$entry" && "$entry" != */ && "$entry" != "lib/flinkctl/$MANIFEST_NAME" ]] \
      && [[ -f "$PREFIX/$entry" || -L "$PREFIX/$entry" ]]; then
      rm -f "$PREFIX/$entry"
      files=$((files + 1))
    fi
  done <<<"$entries"
  # Last, so that an uninstall that fails half-way can be run again.
  rm -f "$manifest"
  files=$((files + 1))
  # Deepest first (most slashes), so that a directory is empty by the time its parent is tried.
  while IFS= read -r entry; do
    if [[ -d "$PREFIX/$entry" ]] && rmdir "$PREFIX/$entry" 2>/dev/null; then
      dirs=$((dirs + 1))
    fi
  done < <(grep '/$' <<<"$entries" | awk -F/ '{ print NF "\t" $0 }' | LC_ALL=C sort -k1,1nr | cut -f2-)
  printf 'Uninstalled flinkctl from %s: removed %d files and %d directories.\n' "$PREFIX" "$files" "$dirs"
}

main() {
  parse_args "$@"
  if [[ "$UNINSTALL" == true ]]; then
    [[ -d "$PREFIX" ]] \
      || die "no flinkctl installation in $PREFIX (no such directory): pass the --prefix it was installed with"
    PREFIX="$(cd "$PREFIX" && pwd)"
    uninstall
    return
  fi
  require_java
  if [[ -n "$FROM" ]]; then
    [[ -d "$FROM" ]] || die "--from $FROM is not a directory: pass a built layout, e.g. dist/target/flinkctl-VERSION"
    FROM="$(cd "$FROM" && pwd)"
  else
    require_maven
  fi
  mkdir -p "$PREFIX" || die "cannot create $PREFIX: choose another --prefix"
  PREFIX="$(cd "$PREFIX" && pwd)"
  trap cleanup EXIT

  local layout version
  layout="$FROM"
  if [[ -z "$layout" ]]; then
    build
    layout="$REPO_DIR/dist/target/flinkctl-$(project_version)"
  fi
  install_layout "$layout"
  version="$(verify)"
  create_cds_archive
  report "$version"
}

main "$@"
