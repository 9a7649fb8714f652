#!/usr/bin/env bash
# Same results before and after (issue 13): indexes all of Reuters-21578 with a build and runs
# the fixed queries of same-results.queries (one a line, its arguments separated by tabs)
# through dateline-search --json, keeping only what a reader sees change: the ids in their
# order with their similar counts, the totals, relaxed/suggestion and the facet counts. Compared
# with reuters-results.golden; a difference is printed and the script exits 1. The golden was
# made by the build of commit d41f04c (before the parallel indexer and the faster facets), then
# written again when story counts became exact (issue 14): it differed from d41f04c's only in
# total.stories of 22 queries, which d41f04c gave as Xapian's estimates (21 labelled so, one,
# 2,400 for 2,357, labelled exact) and which are now counted (bench/RESULTS.md); and again when
# an archive of at most 30,000 articles got exact totals past 5,000 matches (two queries:
# `--like` from "at least 5001 (about 10147)" to 8332, a browse's stories from 12,700 to 12,745).
#
# Pseudo-relevance feedback (issue 17) reorders plain queries' hits on purpose: the golden is
# of ranking by the words alone, so the comparison runs with --no-expand (SAME_RESULTS_OPTIONS
# replaces it: empty to see what feedback changes).
#
#   bench/scale/same-results.sh [--write] [BUILD_DIR] [REUTERS_DIR]
#     --write   write the golden from this build instead of comparing
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
write=false
if [ "${1:-}" = --write ]; then write=true; shift; fi
build=$(cd "${1:-build}" && pwd)
reuters=${2:-$here/../../../shared/corpora/reuters21578}
golden=$here/reuters-results.golden
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
read -ra options <<< "${SAME_RESULTS_OPTIONS---no-expand}"

rc=0
"$build/indexer/dateline-index" --db "$work/db" --progress none --quiet "$reuters" \
  > "$work/index.log" 2>&1 || rc=$?
if [ "$rc" -ne 0 ] && [ "$rc" -ne 3 ]; then
  cat "$work/index.log" >&2
  echo "same-results: dateline-index failed ($rc)" >&2
  exit 1
fi

# shellcheck disable=SC2016
extract='{total, relaxed, suggestion,
  hits: [.hits[] | [.id, .similar]],
  facets: (if .facets == null then null else .facets | {
    places: [.places[] | [.value, .count]], countries: [.countries[] | [.value, .count]],
    years: [.years[] | [.value, .count]], months: [.months[] | [.value, .count]],
    days: [.days[] | [.value, .count]], date_granularity, undated} end)}'
while IFS= read -r line; do
  IFS=$'\t' read -ra args <<< "$line"
  rc=0
  out=$("$build/searcher/dateline-search" --db "$work/db" --json "${options[@]}" "${args[@]}" 2>/dev/null) || rc=$?
  if [ "$rc" -eq 0 ]; then
    printf '%s\t%s\n' "$line" "$(jq -c "$extract" <<< "$out")"
  else
    printf '%s\texit %s\n' "$line" "$rc"
  fi
done < "$here/same-results.queries" > "$work/results"

if $write; then
  cp "$work/results" "$golden"
  echo "same-results: wrote $golden ($(wc -l < "$golden") queries)"
elif diff -u "$golden" "$work/results"; then
  echo "same-results: $(wc -l < "$golden") queries, ids, order, totals and facet counts as in the golden"
else
  echo "same-results: results differ from $golden (above: - golden, + this build)" >&2
  exit 1
fi
