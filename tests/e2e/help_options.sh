# shellcheck shell=bash
# Shared by docs.sh and completion.sh: what a program's --help says it takes, and a comparison
# of two lists that fails on each name only one of them has. Sourced after lib.sh.

# help_options PROGRAM: the options its --help lists, one a line (-q and --quiet apart). CLI11
# indents each option by two spaces; the prose after the list names options too, never so.
help_options() {
  "$1" --help | grep -oE '^  (-[A-Za-z],)?--[a-z][a-z0-9-]*' | tr -d ' ' | tr ',' '\n' | sort -u
}

# help_choices PROGRAM: "--option value value..." for each option whose values --help lists
# (CLI11 writes them as `--sort TEXT:{relevance,date}`), values sorted.
help_choices() {
  "$1" --help | sed -nE 's/^  (-[A-Za-z],)?(--[a-z][a-z0-9-]*) [A-Z]+:\{([^}]*)\}.*/\2 \3/p' |
    while read -r option values; do
      echo "$option $(tr ',' '\n' <<<"$values" | sort | xargs)"
    done
}

# same_set WHAT WHERE ACTUAL LISTED: one check per name of either list (one a line), failing on
# each name only one of them has.
same_set() {
  local what=$1 where=$2 actual=$3 listed=$4 name
  for name in $(comm -23 <(echo "$actual") <(echo "$listed")); do
    fail "$where has no item for $name, which $what"
  done
  for name in $(comm -13 <(echo "$actual") <(echo "$listed")); do
    fail "$where has $name, but it is not what $what"
  done
  for name in $(comm -12 <(echo "$actual") <(echo "$listed")); do pass; done
}
