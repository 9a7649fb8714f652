#!/usr/bin/env bash
# The nightly job's guarantees on real data (a copy of corpus/'s Reuters file and Usenet posts):
# incremental reruns, changed and deleted files, one writer, and atomic --rebuild under load.
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
corpus=$here/../../corpus
src=$work/src
mkdir -p "$src"
cp "$corpus/reuters/reut2-000.sgm" "$src/"
cp -r "$corpus/newsgroups" "$src/"

doc_count() { xapian-delve "$db" | sed -n 's/^number of documents = //p'; }
revision() { xapian-delve "$db" | sed -n 's/^revision = //p'; }
index() { "$DATELINE_INDEX" --db "$db" --progress none "$@" "$src" 2>"$work/index.err"; }
incremental_line() { grep -o '[0-9]* added, [0-9]* replaced, [0-9]* deleted, [0-9]* files unchanged' "$work/index.err"; }

index
expect_eq "first run exit code" 0 $?
expect_eq "1,000 stories and 40 posts" 1040 "$(doc_count)"
expect_eq "first run adds everything" "1040 added, 0 replaced, 0 deleted, 0 files unchanged" "$(incremental_line)"

# Unchanged input: nothing read, nothing written (the revision stays).
rev=$(revision)
index
expect_eq "rerun writes nothing" "0 added, 0 replaced, 0 deleted, 41 files unchanged" "$(incremental_line)"
expect_eq "rerun leaves the revision" "$rev" "$(revision)"

# Touched but identical: still nothing replaced.
touch "$src/reut2-000.sgm"
index
expect_eq "touched file with the same content" "0 added, 0 replaced, 0 deleted, 41 files unchanged" "$(incremental_line)"

# A changed file replaces its articles only; a record gone from it is deleted.
sed -i 's/Showers continued throughout the week/Heavy showers continued all week/' "$src/reut2-000.sgm"
# The record's opening tag carries its NEWID, so this drops exactly NEWID 5.
sed -i '/NEWID="5"/,/<\/REUTERS>/d' "$src/reut2-000.sgm"
index
expect_eq "changed file: its articles replaced, the dropped record deleted" \
  "0 added, 999 replaced, 1 deleted, 40 files unchanged" "$(incremental_line)"
expect_eq "count after the change" 1039 "$(doc_count)"
expect_eq "the dropped record is gone" 0 "$(search --json --limit 0 id:reuters21578:5 | jq .total.estimate)"
expect_eq "the new text is searchable" "reuters21578:1" "$(search --json '"heavy showers"' | jq -r '.hits[0].id')"

# A deleted file takes its article with it.
rm "$src/newsgroups/sci.space/59848"
index
expect_eq "deleted file" "0 added, 0 replaced, 1 deleted, 40 files unchanged" "$(incremental_line)"
expect_eq "count after the delete" 1038 "$(doc_count)"

# --prune: a source not named in this run is removed; without it, it stays.
extra=$work/extra
mkdir -p "$extra"
cp "$corpus/000_3d5143969e8ee521.txt" "$extra/"
"$DATELINE_INDEX" --db "$db" --progress none "$extra" 2>/dev/null
expect_eq "another source added" 1039 "$(doc_count)"
index
expect_eq "without --prune other sources stay" 1039 "$(doc_count)"
index --prune
expect_eq "--prune removes sources not named" 1038 "$(doc_count)"

# One writer: a second indexer exits 75 at once while the first completes.
index --rebuild &
first=$!
sleep 0.3
start=$(date +%s%N)
"$DATELINE_INDEX" --db "$db" --progress none "$src" 2>"$work/second.err"
second_rc=$?
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
wait $first
expect_eq "first indexer completes" 0 $?
expect_eq "second indexer exit code" 75 "$second_rc"
[ "$elapsed_ms" -lt 1000 ] && pass || fail "second indexer took ${elapsed_ms} ms to give up"
expect_match "second indexer says why" "another dateline-index is running" "$(cat "$work/second.err")"

# --rebuild publishes atomically: a searcher in a loop sees the old total or the new one, never
# an error or a partial index.
expect_match "the database is now a published generation" "db.generations/gen-" "$(readlink "$db")"
old=$(search --json --limit 0 --from 1900 --to 2100 | jq .total.estimate)
rm -r "$src/newsgroups/comp.graphics"
new_expected=$((old - 2))
index --rebuild &
rebuild=$!
seen_bad=0
seen=""
queries=0
while kill -0 $rebuild 2>/dev/null && [ $queries -lt 2000 ]; do
  n=$(search --json --limit 0 --from 1900 --to 2100 2>>"$work/search.err" | jq .total.estimate)
  queries=$((queries + 1))
  case "$n" in
    "$old"|"$new_expected") seen="$seen $n" ;;
    *) seen_bad=$((seen_bad + 1)); echo "unexpected total [$n]" >&2 ;;
  esac
done
wait $rebuild
expect_eq "rebuild exit code" 0 $?
expect_eq "searches during the rebuild all saw a whole index ($queries queries)" 0 "$seen_bad"
expect_eq "no search errors during the rebuild" "" "$(cat "$work/search.err" 2>/dev/null)"
expect_eq "after the rebuild: the new total" "$new_expected" "$(search --json --limit 0 --from 1900 --to 2100 | jq .total.estimate)"

finish
