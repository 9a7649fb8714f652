#!/usr/bin/env bash
# What pseudo-relevance feedback costs a search (issue 17): indexes all of Reuters-21578
# (21,578 stories) and times the 260 queries of bench/scale/queries.tsv, each its own
# dateline-search process as the CGI pays for one, with the default ranking (feedback on) and
# with --no-expand, alternating, the median of each percentile over REPEAT passes. Prints
# p50/p95/p99 and the ratios. A measurement, not a test.
#
#   bench/ranking-latency.sh [BUILD_DIR] [REPEAT] [REUTERS_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-build}" && pwd)
repeat=${2:-5}
reuters=${3:-$here/../../shared/corpora/reuters21578}
ninja -C "$build" indexer/dateline-index searcher/dateline-search \
  bench/scale/scale-time-queries >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rc=0
"$build/indexer/dateline-index" --db "$work/db" --progress none --quiet "$reuters" || rc=$?
[ "$rc" -eq 0 ] || [ "$rc" -eq 3 ] || { echo "ranking-latency: dateline-index failed ($rc)" >&2; exit 1; }
tq=$build/bench/scale/scale-time-queries
search=$build/searcher/dateline-search
echo "ranking-latency: $(nproc) cores, $(date -u +%FT%TZ), $(git -C "$here" describe --always --dirty), repeat $repeat"
declare -A p50 p95 p99
for pass in $(seq "$repeat"); do
  for mode in feedback plain; do
    extra=()
    [ "$mode" = plain ] && extra=(--no-expand)
    read -r a b c failures < <("$tq" "$here/scale/queries.tsv" dateline -- "$search" --db "$work/db" \
      --json "${extra[@]}")
    [ "$failures" = 0 ] || { echo "ranking-latency: $failures queries failed ($mode)" >&2; exit 1; }
    p50[$mode]+="$a "; p95[$mode]+="$b "; p99[$mode]+="$c "
  done
done
median() { tr ' ' '\n' | grep . | sort -g | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
printf '| ranking | p50 ms | p95 ms | p99 ms |\n| --- | ---: | ---: | ---: |\n'
for mode in plain feedback; do
  printf '| %s | %s | %s | %s |\n' "$mode" "$(median <<< "${p50[$mode]}")" \
    "$(median <<< "${p95[$mode]}")" "$(median <<< "${p99[$mode]}")"
done
for q in p50 p95 p99; do
  declare -n arr=$q
  f=$(median <<< "${arr[feedback]}"); p=$(median <<< "${arr[plain]}")
  awk -v f="$f" -v p="$p" -v q="$q" 'BEGIN {printf "%s: feedback / plain = %.2fx\n", q, f / p}'
done
