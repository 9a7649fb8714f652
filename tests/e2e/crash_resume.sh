#!/usr/bin/env bash
# Fault injection: index all of Reuters-21578, kill -9 the indexer at random points, check the
# database opens and searches each time, then rerun to the end: every NEWID exactly once.
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
reuters=${DATELINE_SHARED_CORPORA:?set DATELINE_SHARED_CORPORA}/reuters21578

for attempt in 1 2 3 4; do
  "$DATELINE_INDEX" --db "$db" --progress none --batch 500 "$reuters" 2>/dev/null &
  pid=$!
  # The first time within the first second (before any batch is committed), then somewhere
  # between 1 and 6 seconds in: between and during commits.
  if [ "$attempt" -eq 1 ]; then
    sleep "0.$((2 + RANDOM % 7))"
  else
    sleep "$((1 + RANDOM % 5)).$((RANDOM % 10))"
  fi
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  docs=$(xapian-delve "$db" 2>/dev/null | sed -n 's/^number of documents = //p')
  echo "attempt $attempt: killed with ${docs:-no} documents committed" >&2
  expect_exit "the database opens and searches after kill -9 (attempt $attempt)" 0 search --json --limit 1 cocoa
done

"$DATELINE_INDEX" --db "$db" --progress none "$reuters" 2>"$work/final.err"
expect_eq "the rerun finishes (one empty record rejected, as always)" 3 $?
expect_match "the rerun's summary" "21577 documents" "$(tail -1 "$work/final.err")"
ids_in_db=$(xapian-delve -a -1 "$db" | grep '^Qreuters21578:' | sed 's/^Qreuters21578://' | sort -n)
ids_in_input=$(cat "$reuters"/reut2-*.sgm | grep -o 'NEWID="[0-9]*"' | grep -o '[0-9]*' | grep -v '^12793$' | sort -n)
expect_eq "the ids in the database are exactly the input's NEWIDs" "$ids_in_input" "$ids_in_db"
expect_eq "each once: documents = distinct ids" "$(wc -l <<<"$ids_in_db")" \
  "$(xapian-delve "$db" | sed -n 's/^number of documents = //p')"

finish
