#!/usr/bin/env bash
# The scale benchmark of issue 13, side by side in one run: Reuters-21578 scaled to N articles
# (scale-corpus), indexed and searched by dateline, Omega's scriptindex + quest and SQLite FTS5,
# printed as a markdown table with the machine, the date and the command. Every search is its
# own OS process, as the CGI pays for one.
#
#   bench/scale/run.sh [--build DIR] [--dateline-build DIR] [--work DIR] [--repeat R]
#                      [--index-repeat R] [--threads "T..."] [--keep] N...
#
#   --build DIR         a build configured with -Dbench=enabled (default: build)
#   --dateline-build DIR  take dateline-index and dateline-search from another build, e.g. a
#                       worktree of an older commit, for before and after (default: --build)
#   --work DIR          where corpora and indexes go (default: a new folder in $TMPDIR or /tmp;
#                       1M articles need about 12 GB); removed afterwards unless --keep
#   --repeat R          passes over the 260 queries; each percentile is the median (default 3)
#   --index-repeat R    builds of each index; the median wall time is shown (default 1; FTS5,
#                       a few seconds, is always built 3 times)
#   --threads "T..."    dateline-index --threads values to build with (default "1 2"; the
#                       searches use the last build)
#   --queries-only      time the searches again on the indexes of a run kept with --keep
#                       --work DIR (a quiet machine's figures) and report with its build figures
#
# dateline builds with --rebuild, as a full reindex runs: the generation is compacted before it
# is published, so its time and peak memory include the compaction and its size is the
# compacted one, as scriptindex's is after xapian-compact.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
command_line="bench/scale/run.sh $*"
build=build
work=
repeat=3
index_repeat=1
keep=false
queries_only=false
thread_list="1 2"
dateline_build=
sizes=()
while [ $# -gt 0 ]; do
  case $1 in
    --build) build=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --repeat) repeat=$2; shift 2 ;;
    --index-repeat) index_repeat=$2; shift 2 ;;
    --keep) keep=true; shift ;;
    --queries-only) queries_only=true; keep=true; shift ;;
    --threads) thread_list=$2; shift 2 ;;
    --dateline-build) dateline_build=$2; shift 2 ;;
    -h|--help) sed -n '2,25p' "$0"; exit 0 ;;
    *) sizes+=("$1"); shift ;;
  esac
done
[ ${#sizes[@]} -gt 0 ] || { echo "usage: bench/scale/run.sh [options] N..." >&2; exit 2; }
build=$(cd "$build" && pwd)
tools=$build/bench/scale
for t in scale-corpus scale-fts5-load scale-fts5-query scale-scriptindex-input scale-time-queries; do
  [ -x "$tools/$t" ] || { echo "run.sh: no $tools/$t: meson setup $build -Dbench=enabled" >&2; exit 1; }
done
for t in scriptindex quest xapian-compact /usr/bin/time; do
  command -v "$t" > /dev/null || { echo "run.sh: $t missing: run .ci/install-deps" >&2; exit 1; }
done
dateline_build=$(cd "${dateline_build:-$build}" && pwd)
index=$dateline_build/indexer/dateline-index
search=$dateline_build/searcher/dateline-search
dateline_source=$(jq -r .directories.source "$dateline_build/meson-info/meson-info.json")
queries=$here/queries.tsv
if [ -z "$work" ]; then work=$(mktemp -d "${TMPDIR:-/tmp}/dateline-scale.XXXXXX"); fi
mkdir -p "$work"
work=$(cd "$work" && pwd)
$keep || trap 'rm -rf "$work"' EXIT

say() { echo "run.sh: $*" >&2; }
median() { sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
load() { cut -d' ' -f1 /proc/loadavg; }
mb() { du -sbL "$1" | awk '{printf "%.0f", $1 / 1e6}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.1f×", a / b; else print "—"}'; }
# timed LABEL CMD...: runs CMD under GNU time; appends "wall_s rss_kb user_s sys_s" to
# $work/$LABEL.time. CPU seconds tell a busy machine's waiting from the program's own work.
timed() {
  local label=$1 rc=0; shift
  /usr/bin/time -f '%e %M %U %S' -o "$work/$label.last" "$@" || rc=$?
  tail -1 "$work/$label.last" >> "$work/$label.time"  # after "Command exited with ..." if any
  return "$rc"
}
wall() { awk '{print $1}' "$work/$1.time" | median; }
cpu() { awk '{printf "%.2f\n", $3 + $4}' "$work/$1.time" | median; }
rss_mb() { awk '{print $2}' "$work/$1.time" | median | awk '{printf "%.0f", $1 / 1024}'; }

threads=()
# The help is read whole first: grep -q stops at the match, and the indexer's SIGPIPE would fail
# the pipeline under pipefail.
index_help=$("$index" --help 2>&1 || true)
if grep -q -- '--threads' <<< "$index_help"; then read -ra threads <<< "$thread_list"; fi

report() {
  local n=$1 dir=$2
  echo "## $n articles"
  echo
  echo "$(date -u +%Y-%m-%dT%H:%MZ); $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1)," \
    "$(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo) RAM; dateline" \
    "$(git -C "$dateline_source" describe --always --dirty), harness" \
    "$(git -C "$here" describe --always --dirty); \`$command_line\`"
  echo
  local fts_wall si_wall si_compact
  fts_wall=$(wall fts5)
  si_wall=$(wall scriptindex)
  si_compact=$(wall compact)
  echo "| at $n articles | dateline | Xapian scriptindex | SQLite FTS5 | dateline / FTS5 | dateline / scriptindex |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: |"
  local v
  for v in "${variants[@]}"; do
    local w label=""
    w=$(wall "dateline$v")
    [ -n "$v" ] && label=" (\`--threads ${v#-t}\`)"
    echo "| index wall s$label | $w | $si_wall (+ $si_compact compact) | $fts_wall |" \
      "$(ratio "$w" "$fts_wall") | $(ratio "$w" "$(awk -v a="$si_wall" -v b="$si_compact" 'BEGIN {print a + b}')") |"
  done
  local fts_cpu si_cpu
  fts_cpu=$(cpu fts5)
  si_cpu=$(cpu scriptindex)
  for v in "${variants[@]}"; do
    local c label=""
    c=$(cpu "dateline$v")
    [ -n "$v" ] && label=" (\`--threads ${v#-t}\`)"
    echo "| index CPU s, user + sys$label | $c | $si_cpu (+ $(cpu compact) compact) | $fts_cpu |" \
      "$(ratio "$c" "$fts_cpu") | $(ratio "$c" "$(awk -v a="$si_cpu" -v b="$(cpu compact)" 'BEGIN {print a + b}')") |"
  done
  for v in "${variants[@]}"; do
    local label=""
    [ -n "$v" ] && label=" (\`--threads ${v#-t}\`)"
    echo "| peak RSS MB, indexing$label | $(rss_mb "dateline$v") | $(rss_mb scriptindex) | $(rss_mb fts5) |" \
      "$(ratio "$(rss_mb "dateline$v")" "$(rss_mb fts5)") | $(ratio "$(rss_mb "dateline$v")" "$(rss_mb scriptindex)") |"
  done
  local d_size si_size f_size
  d_size=$(cat "$dir/dateline.size") si_size=$(cat "$dir/scriptindex.size") f_size=$(cat "$dir/fts5.size")
  echo "| index size MB | $d_size (compacted by \`--rebuild\`) | $si_size (compacted; $(cat "$dir/scriptindex-raw.size") as built) | $f_size |" \
    "$(ratio "$d_size" "$f_size") | $(ratio "$d_size" "$si_size") |"
  local -a d f s df
  read -ra d < "$dir/q-dateline"
  read -ra df < "$dir/q-dateline-facets"
  read -ra s < "$dir/q-quest"
  read -ra f < "$dir/q-fts5"
  echo "| one search process p50 / p95 / p99 ms | ${d[0]} / ${d[1]} / ${d[2]} | ${s[0]} / ${s[1]} / ${s[2]} (quest) |" \
    "${f[0]} / ${f[1]} / ${f[2]} | $(ratio "${d[0]}" "${f[0]}") / $(ratio "${d[1]}" "${f[1]}") / $(ratio "${d[2]}" "${f[2]}") |" \
    "$(ratio "${d[0]}" "${s[0]}") / $(ratio "${d[1]}" "${s[1]}") / $(ratio "${d[2]}" "${s[2]}") |"
  echo "| with \`--facets\` p50 / p95 / p99 ms | ${df[0]} / ${df[1]} / ${df[2]} | — | — |" \
    "$(ratio "${df[0]}" "${f[0]}") / $(ratio "${df[1]}" "${f[1]}") / $(ratio "${df[2]}" "${f[2]}") |" \
    "$(ratio "${df[0]}" "${s[0]}") / $(ratio "${df[1]}" "${s[1]}") / $(ratio "${df[2]}" "${s[2]}") |"
  echo
  echo "- Corpus: $(cat "$dir/corpus.info")."
  echo "- Queries: 260 (\`bench/scale/queries.tsv\`), 60 filtered (place:, country:, --from/--to);" \
    "quest and FTS5 get the same words without the filter (quest \`-o and -m 10\` on the compacted" \
    "database; FTS5 all the words quoted, \`ORDER BY rank LIMIT 10\` with a snippet). One process" \
    "each, $repeat passes, the median of each percentile. Failed queries:" \
    "dateline ${d[3]}, with --facets ${df[3]}, quest ${s[3]}, FTS5 ${f[3]}."
  echo "- dateline's searches ran on the database of its last build$([ ${#threads[@]} -gt 0 ] && echo " (\`--threads ${threads[-1]}\`)")." \
    "Its log: $(cat "$dir/dateline.warnings")."
  echo "- Slowest with \`--facets\` (ms): $(sort -rn "$dir/times-dateline-facets.tsv" | head -5 |
    awk -F'\t' '{printf "%s`%s%s%s`", (NR > 1 ? ", " : ""), $3, ($4 == "" ? "" : " "), $4; printf " %s", $1}')."
  echo "- Where the time went (wall s, with the 1-minute load average as each step began):" \
    "$(awk 'NR > 1 {printf "%s%s %.0f s (load %s)", (NR > 2 ? ", " : ""), name, $2 - start, load}
      {name = $1; start = $2; load = $3}' "$dir/steps")."
  echo
}

for n in "${sizes[@]}"; do
  dir=$work/$n
  step() { echo "$1 $(date +%s.%N) $(load)" >> "$dir/steps"; say "$n: $1"; }
  variants=("")
  [ ${#threads[@]} -gt 0 ] && variants=("${threads[@]/#/-t}")
  if $queries_only; then
    [ -f "$dir/report.md" ] || { say "$dir: no kept run to time again"; exit 2; }
    mv "$dir/report.md" "$dir/report-before-queries-only.md"
    # The first run's query steps stay in the record, renamed; "first-done" lasts until now.
    sed -i 's/^queries-/first-queries-/; s/^done /first-done /' "$dir/steps"
  else
  rm -rf "$dir"
  mkdir -p "$dir"
  rm -f "$work"/*.time
  : > "$dir/steps"

  step corpus
  start=$(date +%s.%N)
  "$tools/scale-corpus" "$n" "$dir/corpus"
  took=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN {printf "%.1f", e - s}')
  echo "$n articles, $(mb "$dir/corpus") MB of JSON Lines in $(find "$dir/corpus" -name '*.jsonl' | wc -l) files," \
    "made in $took s, sha256 of the files in name order $(cat "$dir"/corpus/*.jsonl | sha256sum | cut -c1-16)…" \
    > "$dir/corpus.info"

  step fts5
  for _ in 1 2 3; do
    rm -f "$dir/fts5.sqlite"
    timed fts5 "$tools/scale-fts5-load" "$dir/fts5.sqlite" "$dir/corpus" > /dev/null
  done
  mb "$dir/fts5.sqlite" > "$dir/fts5.size"

  step scriptindex
  "$tools/scale-scriptindex-input" "$dir/corpus" "$dir/si-input"
  for _ in $(seq "$index_repeat"); do
    rm -rf "$dir/si-db" "$dir/si-compact"
    timed scriptindex scriptindex "$dir/si-db" "$here/scriptindex.script" "$dir"/si-input/*.txt > "$dir/scriptindex.log"
    timed compact xapian-compact "$dir/si-db" "$dir/si-compact" > /dev/null
  done
  mb "$dir/si-db" > "$dir/scriptindex-raw.size"
  mb "$dir/si-compact" > "$dir/scriptindex.size"
  rm -rf "$dir/si-input" "$dir/si-db"

  for v in "${variants[@]}"; do
    step "dateline$v"
    for _ in $(seq "$index_repeat"); do
      rm -rf "$dir/dl-db" "$dir/dl-db.generations"
      extra=()
      [ -n "$v" ] && extra=(--threads "${v#-t}")
      rc=0
      timed "dateline$v" "$index" --db "$dir/dl-db" --progress none --rebuild "${extra[@]}" "$dir/corpus" \
        > "$dir/dateline.log" 2>&1 || rc=$?
      if [ "$rc" -ne 0 ] && [ "$rc" -ne 3 ]; then
        tail -5 "$dir/dateline.log" >&2
        say "dateline-index failed ($rc)"
        exit 1
      fi
    done
  done
  mb "$dir/dl-db" > "$dir/dateline.size"
  echo "$(wc -l < "$dir/dateline.log") lines, $(wc -c < "$dir/dateline.log") bytes," \
    "$(grep -c ': warning: ' "$dir/dateline.log" || true) warning lines; its summary:" \
    "\`$(tail -1 "$dir/dateline.log")\`" > "$dir/dateline.warnings"
  fi

  tq() {
    local name=$1; shift
    step "queries-$name"
    "$tools/scale-time-queries" --repeat "$repeat" --times "$dir/times-$name.tsv" "$queries" "$@" > "$dir/q-$name"
  }
  tq dateline dateline -- "$search" --db "$dir/dl-db" --json
  tq dateline-facets dateline -- "$search" --db "$dir/dl-db" --json --facets
  tq quest joined -- quest -d "$dir/si-compact" -o and -m 10
  tq fts5 words -- "$tools/scale-fts5-query" "$dir/fts5.sqlite"
  step done

  report "$n" "$dir" | tee "$dir/report.md"
  $keep || rm -rf "$dir"
done
