#!/usr/bin/env bash
# One database against three shards behind three xapian-tcpsrv on loopback (issue 14): the
# benchmark's 260 queries, each its own dateline-search process, p50/p95/p99 with and without
# --facets, on the index of a kept bench/scale/run.sh run. The shards are published from that
# database with --shard-by hash:3 (its articles unchanged: nothing else is written).
#
#   bench/scale/shards.sh [--build DIR] [--repeat R] WORK_DIR N
#
#   --build DIR   a build configured with -Dbench=enabled (default: build)
#   WORK_DIR N    run.sh --keep --work WORK_DIR N left WORK_DIR/N/dl-db and WORK_DIR/N/corpus
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=build
repeat=3
while [ $# -gt 2 ]; do
  case $1 in
    --build) build=$2; shift 2 ;;
    --repeat) repeat=$2; shift 2 ;;
    *) echo "usage: $0 [--build DIR] [--repeat R] WORK_DIR N" >&2; exit 2 ;;
  esac
done
[ $# -eq 2 ] || { echo "usage: $0 [--build DIR] [--repeat R] WORK_DIR N" >&2; exit 2; }
build=$(cd "$build" && pwd)
dir=$1/$2
db=$dir/dl-db
[ -d "$db" ] && [ -d "$dir/corpus" ] || { echo "$dir: no kept run (run.sh --keep)" >&2; exit 2; }
index=$build/indexer/dateline-index
search=$build/searcher/dateline-search
tq=$build/bench/scale/scale-time-queries

start=$(date +%s.%N)
"$index" --db "$db" --progress none --quiet --shard-by hash:3 "$dir/corpus" 2> "$dir/shards.log" ||
  [ $? -eq 3 ] || { cat "$dir/shards.log" >&2; exit 1; }
published=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN {printf "%.0f", e - s}')

pids=()
trap 'for p in "${pids[@]}"; do kill -- -"$p" 2>/dev/null; done' EXIT
stub=$dir/remote.stub
echo "# dateline-side $db.shards/side" > "$stub"
for i in 0 1 2; do
  port=$((20000 + RANDOM % 20000))
  setsid xapian-tcpsrv --port "$port" --interface 127.0.0.1 --quiet "$db.shards/hash-$i-of-3" &
  pids+=($!)
  echo "remote 127.0.0.1:$port" >> "$stub"
done
for _ in $(seq 50); do "$search" --db "$stub" --limit 0 oil > /dev/null 2>&1 && break; sleep 0.1; done

row() {
  local label=$1; shift
  read -r p50 p95 p99 failed < <("$tq" --repeat "$repeat" "$here/queries.tsv" dateline -- "$search" "$@")
  echo "| $label | $p50 / $p95 / $p99 | $failed |"
}
echo "## One database against 3 remote shards, $2 articles"
echo
echo "$(date -u +%Y-%m-%dT%H:%MZ); $(nproc) cores; dateline $(git -C "$here" describe --always --dirty);" \
  "\`bench/scale/shards.sh $*\`; shards published from the database in $published s (load $(cut -d' ' -f1 /proc/loadavg))"
echo
echo "| one search process, 260 queries | p50 / p95 / p99 ms | failed |"
echo "| --- | --- | ---: |"
row "one database" --db "$db" --json
row "3 shards, xapian-tcpsrv on loopback" --db "$stub" --json
row "one database, \`--facets\`" --db "$db" --json --facets
row "3 shards, \`--facets\`" --db "$stub" --json --facets
