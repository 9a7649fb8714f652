# Shared by the end-to-end scripts: assertions that count, and a closing verdict.
# The scripts get the built binaries as $DATELINE_INDEX and $DATELINE_SEARCH.
set -u
checks=0
failures=0

pass() { checks=$((checks + 1)); }
fail() {
  checks=$((checks + 1)); failures=$((failures + 1))
  echo "FAIL: $*" >&2
}

# expect_eq WHAT EXPECTED ACTUAL
expect_eq() {
  if [ "$2" == "$3" ]; then pass; else fail "$1: expected [$2], got [$3]"; fi
}

# expect_match WHAT REGEX ACTUAL
expect_match() {
  if [[ "$3" =~ $2 ]]; then pass; else fail "$1: [$3] does not match /$2/"; fi
}

# expect_contains WHAT TEXT ACTUAL: a literal substring
expect_contains() {
  if [[ "$3" == *"$2"* ]]; then pass; else fail "$1: [$3] does not contain [$2]"; fi
}

# expect_no_match WHAT REGEX ACTUAL
expect_no_match() {
  if [[ "$3" =~ $2 ]]; then fail "$1: [$3] matches /$2/"; else pass; fi
}

# expect_exit WHAT CODE COMMAND...: runs COMMAND, compares its exit code; stderr kept in $last_err
expect_exit() {
  local what=$1 code=$2; shift 2
  local err; err=$(mktemp)
  "$@" >/dev/null 2>"$err"
  local rc=$?
  last_err=$(cat "$err"); rm -f "$err"
  expect_eq "$what (exit code; stderr: $last_err)" "$code" "$rc"
}

search() { "$DATELINE_SEARCH" --db "$db" "$@"; }

finish() {
  echo "$((checks - failures)) of $checks checks passed"
  [ "$failures" -eq 0 ]
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/db"
