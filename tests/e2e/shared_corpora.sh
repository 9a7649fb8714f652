#!/usr/bin/env bash
# End to end on the full shared corpora (present beside the checkout in CI): every Reuters
# NEWID exactly once, every Usenet date parsed, and the March-cocoa query of issue #2.
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
corpora=${DATELINE_SHARED_CORPORA:?set DATELINE_SHARED_CORPORA}
reuters=$corpora/reuters21578

"$DATELINE_INDEX" --db "$db" "$reuters" 2>"$work/index.err"
rc=$?
summary=$(tail -1 "$work/index.err")
# One record of the 21,578 is empty (NEWID 12793: an UNPROC story with no text); it is named.
expect_eq "indexer exit code: finished, one record rejected" 3 "$rc"
expect_match "summary" "21577 indexed, 1 rejected" "$summary"
expect_match "the rejected record is named with file:line and why" \
  "reut2-012.sgm:25983: NEWID 12793: empty story" "$(cat "$work/index.err")"
expect_match "the stray Latin-1 byte is repaired, not lost" "reut2-017.sgm:35578: warning: invalid UTF-8" "$(cat "$work/index.err")"
newids=$(cat "$reuters"/reut2-*.sgm | grep -o 'NEWID="[0-9]*"' | sort -u | wc -l)
expect_eq "distinct NEWIDs in the input" 21578 "$newids"
expect_match "database holds each indexed NEWID once" "21577 documents" "$summary"
"$DATELINE_INDEX" --db "$db" --quiet "$reuters" 2>"$work/index2.err"
expect_match "second run leaves the count unchanged" "21577 documents" "$(tail -1 "$work/index2.err")"

# The record holding the stray Latin-1 byte (NEWID 17980) is indexed, its text readable.
expect_eq "Latin-1 record indexed" 1 "$(search --json id:reuters21578:17980 | jq '.hits | length')"
expect_eq "Latin-1 byte read as ü" 1 "$(search --json --limit 0 'id:reuters21578:17980 üside' | jq .total.estimate)"

json=$(search --json --facets --limit 1000 --from 1987-03-01 --to 1987-03-31 cocoa)
total=$(jq .total.estimate <<<"$json")
expect_eq "March cocoa: every hit dated March 1987" '["1987-03"]' "$(jq -c '[.hits[].date[0:7]] | unique' <<<"$json")"
expect_eq "March cocoa: one hit per story" "$(jq '.total.stories' <<<"$json")" "$(jq '.hits | length' <<<"$json")"
expect_eq "March cocoa: stories and their collapsed copies make the total" "$total" \
  "$(jq '[.hits[] | 1 + .similar] | add' <<<"$json")"
expect_eq "March cocoa: month facet adds up to total" "$total" "$(jq '[.facets.months[].count] | add' <<<"$json")"
expect_eq "March cocoa: year facet adds up to total" "$total" "$(jq '[.facets.years[].count] | add' <<<"$json")"
expect_eq "March cocoa: total is exact" true "$(jq .total.exact <<<"$json")"
[ "$total" -gt 20 ] && pass || fail "March cocoa: expected a real number of stories, got $total"

# mini_newsgroups: 2,000 files, every Date: header parsed. 8 posts were cross-posted and sit in
# two group folders under one Message-ID: one article each, reported as duplicates.
db2=$work/news
"$DATELINE_INDEX" --db "$db2" "$corpora/mini_newsgroups" 2>"$work/news.err"
expect_eq "newsgroups: indexer exit code" 0 $?
# 6 posts hold stray Latin-1 bytes; one (rec.autos/101675) has headers and no text at all.
expect_match "empty post named" "rec.autos/101675:1: warning: empty body" "$(cat "$work/news.err")"
expect_match "cross-post named" "alt.atheism/53291:1; this record replaces it" "$(cat "$work/news.err")"
expect_match "newsgroups: all posts, all dated" "1992 indexed, 0 rejected, 7 repaired with a warning, 8 duplicate ids, 0 without a date; files: 2000 read" \
  "$(tail -1 "$work/news.err")"

# BBC News: 2,225 articles with no date anywhere in them. A checkout's file times are no
# publication dates: without --file-dates every article is undated (and still found), and
# the places come from the text alone (no datelines, no tags).
db3=$work/bbc
"$DATELINE_INDEX" --db "$db3" "$corpora/bbc" 2>"$work/bbc.err"
expect_eq "bbc: indexer exit code" 0 $?
expect_match "bbc: every article undated without --file-dates" "2225 indexed, .*2225 without a date" \
  "$(tail -1 "$work/bbc.err")"
bbc=$("$DATELINE_SEARCH" --db "$db3" --json --facets --limit 0 election)
expect_eq "bbc: undated articles are found and counted as undated" \
  "$(jq .total.estimate <<<"$bbc")" "$(jq '.facets.undated' <<<"$bbc")"
expect_eq "bbc: the United Kingdom is a country of the election stories" true \
  "$(jq '[.facets.countries[].value] | index("gb") != null' <<<"$bbc")"
expect_eq "bbc: no election story is placed in London, Ontario" false \
  "$(jq '[.facets.places[].value] | index("london-ca") != null' <<<"$bbc")"

finish
