#!/usr/bin/env bash
# Shards (issue 14): all of Reuters-21578 indexed with --shard-by hash:3, the three shards served
# by three stock xapian-tcpsrv on 127.0.0.1 and searched through a stub of 'remote' lines with
# the side database, give for every search option the JSON one database gives, but for each
# hit's snippet passage (README, Shards). Then one server stops: an error naming it, or with
# --allow-partial results marked partial. Then month shards: an incremental run rewrites only
# the months it touched, and an unchanged run writes nothing; a read replica fetched with
# xapian-replicate answers as the master and is kept up to date.
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
corpora=${DATELINE_SHARED_CORPORA:?set DATELINE_SHARED_CORPORA}
reuters=$corpora/reuters21578
command -v xapian-tcpsrv >/dev/null || { fail "xapian-tcpsrv (Debian's xapian-tools) is needed"; finish; exit; }

"$DATELINE_INDEX" --db "$db" --quiet --shard-by hash:3 "$reuters" 2>"$work/index.err"
expect_eq "indexer exit code (one empty Reuters record)" 3 "$?"
expect_match "summary names the shards" "3 shards \(3 written again\) in $db.shards/stub" \
  "$(cat "$work/index.err")"
shards=$db.shards
for i in 0 1 2; do
  [ -L "$shards/hash-$i-of-3" ] && pass || fail "no link $shards/hash-$i-of-3"
done
sum=0
for i in 0 1 2; do
  n=$(xapian-delve "$shards/hash-$i-of-3" | sed -n 's/^number of documents = //p')
  sum=$((sum + n))
done
expect_eq "the shards hold every article once" 21577 "$sum"

# Three servers, each in its own process group (a server forks a child per connection).
pids=()
ports=()
for i in 0 1 2; do
  port=$((20000 + RANDOM % 20000))
  setsid xapian-tcpsrv --port "$port" --interface 127.0.0.1 --quiet "$shards/hash-$i-of-3" &
  pids+=($!)
  ports+=("$port")
done
trap 'for p in "${pids[@]}"; do kill -- -"$p" 2>/dev/null; done; rm -rf "$work"' EXIT
stub=$work/remote.stub
{
  echo "# dateline-side $shards/side"
  for port in "${ports[@]}"; do echo "remote 127.0.0.1:$port"; done
} > "$stub"
for _ in $(seq 50); do
  "$DATELINE_SEARCH" --db "$stub" --limit 0 oil >/dev/null 2>&1 && break
  sleep 0.1
done

# Every option of dateline-search, each line one search (arguments separated by tabs).
compared=0
while IFS= read -r line; do
  IFS=$'\t' read -ra args <<< "$line"
  one=$("$DATELINE_SEARCH" --db "$db" --json "${args[@]}" | jq -S 'del(.hits[]?.snippet)')
  remote=$("$DATELINE_SEARCH" --db "$stub" --json "${args[@]}" | jq -S 'del(.hits[]?.snippet)')
  if [ -z "$one" ]; then
    fail "no JSON from one database for: ${args[*]}"
  elif [ "$one" == "$remote" ]; then pass; else
    fail "remote shards differ from one database for: ${args[*]}"
    diff <(echo "$one") <(echo "$remote") | head -20 >&2
  fi
  compared=$((compared + 1))
done <<'EOF'
oil
oil	prices	--limit	20
"interest rates"
cocoa OR coffee
--facets	cocoa
--facets	--date-facet	day	oil
--facets	place:usa
--facets	--limit	0	country:japan
--sort	date	trade
--sort	date	--offset	30	grain
--all	--facets	cocoa
--offset	10	--limit	5	bank
--from	1987-03	--to	1987-04	sugar
--recent	1y	--limit	3	oil
--recency	7d	oil
--like	reuters21578:10505
goverment
cocao	prices
place:kiev
dateline:tokyo	yen
place:new-york	--facets
--place	brazil	coffee
country:west-germany	bank
--limit	3	--	-cocoa
title:opec
--limit	30	econom*
s*	oil
--weighting	dph	oil	prices
--no-expand	oil	prices
--expand-docs	5	--expand-terms	10	--expand-weight	1	cocoa	buffer
EOF
expect_eq "searches compared" 30 "$compared"
# Feedback ran on the shards (its terms read through the remote backend), not only locally.
expect_eq "feedback's terms over remote shards" true \
  "$("$DATELINE_SEARCH" --db "$stub" --json --limit 1 oil | jq '.expansion | length > 10')"

# One shard down.
kill -- -"${pids[1]}" 2>/dev/null
wait "${pids[1]}" 2>/dev/null
expect_exit "a shard down is an error" 1 "$DATELINE_SEARCH" --db "$stub" oil
expect_match "the error names the stub's line and shard" "remote.stub:3: shard 'remote 127.0.0.1:${ports[1]}'" "$last_err"
partial=$("$DATELINE_SEARCH" --db "$stub" --allow-partial --json --limit 0 oil)
expect_eq "--allow-partial: partial" true "$(jq .partial <<< "$partial")"
expect_eq "--allow-partial: the missing shard" "[\"remote 127.0.0.1:${ports[1]}\"]" "$(jq -c .missing_shards <<< "$partial")"
whole=$("$DATELINE_SEARCH" --db "$db" --json --limit 0 oil | jq .total.estimate)
part=$(jq .total.estimate <<< "$partial")
[ "$part" -gt 0 ] && [ "$part" -lt "$whole" ] && pass || fail "partial total $part not within 1..$whole"
expect_match "--allow-partial: the terminal says so" "Partial results: 1 of 3 shards did not answer" \
  "$("$DATELINE_SEARCH" --db "$stub" --allow-partial --limit 1 oil)"

# Month shards, kept up to date by incremental runs.
mdb=$work/monthly
mkdir "$work/src"
cp "$reuters"/reut2-00[0-2].sgm "$work/src/"
"$DATELINE_INDEX" --db "$mdb" --quiet --shard-by month "$work/src" 2>"$work/m1.err"
expect_match "month shards" "[0-9]+ shards \([0-9]+ written again\)" "$(cat "$work/m1.err")"
months=$(grep -c '^auto ' "$mdb.shards/stub")
[ "$months" -ge 2 ] && pass || fail "expected several months, got $months"
before=$(stat -c %.9Y "$mdb.shards/stub"; ls "$mdb.shards/generations" | sort)
"$DATELINE_INDEX" --db "$mdb" --quiet "$work/src" 2>"$work/m2.err"
expect_eq "an unchanged run writes no shard" "$before" \
  "$(stat -c %.9Y "$mdb.shards/stub"; ls "$mdb.shards/generations" | sort)"
# One story of March 1987 gets a new headline: only its month is written again, and the run
# without --shard-by keeps the database's layout.
sed -i '0,/<TITLE>[^<]*<\/TITLE>/s//<TITLE>SHARDED HEADLINE<\/TITLE>/' "$work/src/reut2-000.sgm"
"$DATELINE_INDEX" --db "$mdb" --quiet "$work/src" 2>"$work/m3.err"
expect_match "one month written again" "$months shards \(1 written again\)" "$(cat "$work/m3.err")"
expect_eq "the new headline is searchable through the stub" 1 \
  "$("$DATELINE_SEARCH" --db "$mdb.shards/stub" --json --limit 0 '"sharded headline"' | jq .total.estimate)"
expect_eq "the stub and the database agree" \
  "$("$DATELINE_SEARCH" --db "$mdb" --json --facets oil | jq -S 'del(.hits[]?.snippet)')" \
  "$("$DATELINE_SEARCH" --db "$mdb.shards/stub" --json --facets oil | jq -S 'del(.hits[]?.snippet)')"
# A read replica (README, Read replicas): xapian-replicate-server serves the month shards and
# contrib/dateline-replicate fetches them; the replica answers as the master's stub does, and
# the next run brings only the month written again.
rport=$((20000 + RANDOM % 20000))
setsid xapian-replicate-server --interface 127.0.0.1 --port "$rport" "$mdb.shards" >/dev/null 2>&1 &
pids+=($!)
replicate="$here/../../contrib/dateline-replicate"
replica=$work/replica
for _ in $(seq 50); do
  "$replicate" 127.0.0.1 "$rport" "$replica" 2>/dev/null && break
  sleep 0.1
done
expect_exit "the replica is fetched" 0 "$replicate" 127.0.0.1 "$rport" "$replica"
expect_eq "the replica's stub names the master's shards" \
  "$(grep -c '^auto ' "$mdb.shards/stub")" "$(grep -c '^auto ' "$replica/stub")"
expect_eq "the replica answers as the master" \
  "$("$DATELINE_SEARCH" --db "$mdb.shards/stub" --json --facets oil | jq -S 'del(.hits[]?.snippet)')" \
  "$("$DATELINE_SEARCH" --db "$replica/stub" --json --facets oil | jq -S 'del(.hits[]?.snippet)')"
copies_before=$(cd "$replica" && ls -d */replica_* | sort)
sed -i '0,/<TITLE>SHARDED HEADLINE<\/TITLE>/s//<TITLE>REPLICATED HEADLINE<\/TITLE>/' "$work/src/reut2-000.sgm"
"$DATELINE_INDEX" --db "$mdb" --quiet "$work/src" 2>/dev/null
expect_exit "the replica is brought up to date" 0 "$replicate" 127.0.0.1 "$rport" "$replica"
expect_eq "the replica has the new headline" 1 \
  "$("$DATELINE_SEARCH" --db "$replica/stub" --json --limit 0 '"replicated headline"' | jq .total.estimate)"
copies_after=$(cd "$replica" && ls -d */replica_* | sort)
expect_eq "only the month written again and the side database were sent again" 2 \
  "$(comm -13 <(echo "$copies_before") <(echo "$copies_after") | wc -l)"
expect_exit "a master that does not answer is an error" 1 "$replicate" 127.0.0.1 1 "$replica"
expect_match "and says what it kept" "cannot fetch 'side'; the replica keeps what it had" "$last_err"
expect_eq "the replica still answers" 1 \
  "$("$DATELINE_SEARCH" --db "$replica/stub" --json --limit 0 '"replicated headline"' | jq .total.estimate)"

# A file gone: its months lose its stories.
rm "$work/src/reut2-002.sgm"
"$DATELINE_INDEX" --db "$mdb" --quiet "$work/src" 2>"$work/m4.err"
expect_eq "the stub and the database agree after a deletion" \
  "$("$DATELINE_SEARCH" --db "$mdb" --json --facets --limit 0 trade | jq -c .total)" \
  "$("$DATELINE_SEARCH" --db "$mdb.shards/stub" --json --facets --limit 0 trade | jq -c .total)"
expect_exit "a bad layout is a usage error" 2 "$DATELINE_INDEX" --db "$mdb" --shard-by hash:1 "$work/src"
finish
