#!/usr/bin/env bash
# End to end on the bundled corpus/: index it, then ask questions whose answers were checked
# by reading the articles.
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
corpus=$here/../../corpus

# 1 scraped article + 1,000 Reuters stories + 40 BBC articles + 40 Usenet posts.
"$DATELINE_INDEX" --db "$db" "$corpus" 2>"$work/index.err"
expect_eq "indexer exit code" 0 $?
expect_match "summary counts" "1081 indexed, 0 rejected" "$(tail -1 "$work/index.err")"
expect_match "PROVENANCE.md is not an article" "PROVENANCE.md: skipped" "$(cat "$work/index.err")"
count() { search --json --limit 0 --from 1900 --to 2100 | jq '.total.estimate'; }

# Indexing the same input again replaces, never duplicates.
"$DATELINE_INDEX" --db "$db" --quiet "$corpus" 2>/dev/null
expect_match "second run keeps the count" "1081 documents" "$("$DATELINE_INDEX" --db "$db" --quiet "$corpus" 2>&1 | tail -1)"

# The scraped sample: found by its dateline place, a phrase, and a name.
sample_id_re='corpus/000_3d5143969e8ee521\.txt([[:space:]]|$)'
for q in place:miami '"rolling power outages"' Umerov dateline:miami 'place:MIAMI'; do
  expect_match "sample found by $q" "$sample_id_re" "$(search --json "$q" | jq -r '.hits[].id')"
done
snippet=$(search --json Umerov | jq -r '.hits[0].snippet')
expect_match "snippet highlights the match" '<b>Umerov</b>' "$snippet"
snippet=$(search --json '"rolling power outages"' | jq -r '.hits[0].snippet')
expect_contains "phrase highlighted" '<b>rolling power outages</b>' "$snippet"
hit=$(search --json Umerov | jq -c '.hits[0]')
expect_eq "sample title" "U.S. and Ukrainian Officials Extend Talks into Third Consecutive Day" "$(jq -r .title <<<"$hit")"
expect_eq "sample dateline place" "miami-us dateline US" "$(jq -r '.places[0] | "\(.id) \(.role) \(.country)"' <<<"$hit")"
expect_eq "sample mentions Kyiv, Moscow, Fastiv, the Odesa oblast" "fastiv-ua kyiv-ua moscow-ru ua-17" \
  "$(jq -r '[.places[] | select(.role == "mention" and (.id | contains("-"))) | .id] | sort | join(" ")' <<<"$hit")"
expect_eq "sample countries" "RU UA US" "$(jq -r '[.places[].country] | unique | join(" ")' <<<"$hit")"
for q in place:kiev place:kyiv place:Київ country:ua country:ukraine place:ukraine 'place:"Odesa Oblast"'; do
  expect_match "sample found by $q" "$sample_id_re" "$(search --json "$q" | jq -r '.hits[].id')"
done
expect_eq "sample source" "Axadle Times" "$(jq -r .source <<<"$hit")"
expect_eq "sample byline" "Abdiwahab Ahmed" "$(jq -r .byline <<<"$hit")"
# No date in the sample's text, and a checkout's file time is no publication date: undated,
# and counted so (the sample and the 40 BBC articles: a date in their running text dates
# something else, such as the quarter a results story reports).
expect_eq "sample undated without --file-dates" "null null" \
  "$(jq -r '"\(.date) \(.date_source)"' <<<"$hit")"
expect_match "terminal says the date is unknown" "date unknown" "$(search Umerov)"
expect_match "the indexer counts the undated" "41 without a date" "$(tail -1 "$work/index.err")"
expect_no_match "no article of the corpus is dated by a file time nor its running text" \
  "from file times|from the text" "$(cat "$work/index.err")"
expect_match "source: filter" "$sample_id_re" "$(search --json 'source:"Axadle Times"' | jq -r '.hits[].id')"
expect_match "author: field" "$sample_id_re" "$(search --json 'author:ahmed' | jq -r '.hits[].id')"

# Page furniture is not in the index: nothing in the sample matches these words.
for w in advertisement cookies opt-out AcceptRead; do
  expect_no_match "furniture word '$w' not indexed" "$sample_id_re" "$(search --json --limit 100 "$w" | jq -r '.hits[].id')"
done

# Reuters NEWID 1, read by hand: BAHIA COCOA REVIEW, 26-FEB-1987 15:01:01, dateline SALVADOR,
# PLACES el-salvador usa uruguay (the source's tags, normalised to country ids), TOPICS cocoa.
hit=$(search --json 'title:bahia' | jq -c '.hits[0]')
expect_eq "Reuters id" "reuters21578:1" "$(jq -r .id <<<"$hit")"
expect_eq "Reuters date" "1987-02-26T15:01:01Z" "$(jq -r .date <<<"$hit")"
expect_eq "Reuters tags" "sv us uy" "$(jq -r '[.places[] | select(.role == "tag") | .id] | join(" ")' <<<"$hit")"
expect_eq "Reuters source" "Reuters" "$(jq -r .source <<<"$hit")"
expect_eq "topic:cocoa finds the two cocoa stories of the file" "reuters21578:1 reuters21578:275" \
  "$(search --json topic:cocoa | jq -r '[.hits[].id] | sort | join(" ")')"
expect_no_match "sign-off 'Reuter' stripped from snippets" 'Reuter$' "$(search --json title:bahia | jq -r '.hits[0].snippet')"

# Date filters: reut2-000 runs from 26 Feb to 3 Mar 1987.
json=$(search --json --facets --limit 100 --from 1987-03-01 --to 1987-03-31 cocoa)
expect_eq "March cocoa: dates all in March" '["1987-03"]' "$(jq -c '[.hits[].date[0:7]] | unique' <<<"$json")"
expect_eq "March cocoa: month facet adds up to total" "$(jq .total.estimate <<<"$json")" "$(jq '[.facets.months[].count] | add' <<<"$json")"
expect_eq "March cocoa: exact total" true "$(jq .total.exact <<<"$json")"
expect_eq "date: range equals --from/--to" "$(jq .total.estimate <<<"$json")" \
  "$(search --json --limit 0 'cocoa date:1987-03-01..1987-03-31' | jq .total.estimate)"
expect_eq "date: month range equals day range" "$(jq .total.estimate <<<"$json")" \
  "$(search --json --limit 0 'cocoa date:1987-03..1987-03' | jq .total.estimate)"
feb=$(search --json --limit 0 --from 1987-02 --to 1987-02 cocoa | jq .total.estimate)
all=$(search --json --limit 0 cocoa | jq .total.estimate)
expect_eq "February + March = all cocoa stories" "$all" "$((feb + $(jq .total.estimate <<<"$json")))"

# Browsing: filters alone list newest first, with no score.
json=$(search --json --limit 5 --place usa --from 1987-03-03 --to 1987-03-03)
expect_eq "browse: all on the day" '["1987-03-03"]' "$(jq -c '[.hits[].date[0:10]] | unique' <<<"$json")"
dates=$(jq -r '.hits[].date' <<<"$json")
expect_eq "browse: newest first" "$(sort -r <<<"$dates")" "$dates"
expect_eq "browse: no scores" "[0]" "$(jq -c '[.hits[].score] | unique' <<<"$json")"

# Sorting by date, paging.
dates=$(search --json --sort date --limit 20 oil | jq -r '.hits[].date')
expect_eq "--sort date: newest first" "$(sort -r <<<"$dates")" "$dates"
p1=$(search --json --limit 5 oil | jq -r '[.hits[].id] | join(" ")')
p2=$(search --json --limit 5 --offset 5 oil | jq -r '[.hits[].id] | join(" ")')
all10=$(search --json --limit 10 oil | jq -r '[.hits[].id] | join(" ")')
expect_eq "--offset pages through the same ranking" "$all10" "$p1 $p2"
expect_eq "ranks continue across pages" 6 "$(search --json --limit 5 --offset 5 oil | jq '.hits[0].rank')"

# Boolean operators and stemming.
expect_eq "stemming: 'prices' matches 'price'" \
  "$(search --json --limit 0 price | jq .total.estimate)" "$(search --json --limit 0 prices | jq .total.estimate)"
n_and=$(search --json --facets --limit 0 'oil gas' | jq .total.estimate)
n_or=$(search --json --facets --limit 0 'oil OR gas' | jq .total.estimate)
n_oil=$(search --json --facets --limit 0 oil | jq .total.estimate)
n_not=$(search --json --facets --limit 0 'oil -gas' | jq .total.estimate)
expect_eq "AND by default, +/- and OR partition the matches" "$n_oil" "$((n_and + n_not))"
[ "$n_or" -gt "$n_oil" ] && pass || fail "OR matches more than one word ($n_or vs $n_oil)"

# Usenet and BBC made it in.
expect_match "Usenet post by Subject" "rfc822|Usenet" "$(search --json 'source:usenet' --limit 1 | jq -r '.hits[0].source')"
expect_eq "BBC article by headline" "Ad sales boost Time Warner profit" "$(search --json 'title:"time warner"' | jq -r '.hits[0].title')"

# Terminal output: plain when piped, bold when forced, NO_COLOR honoured.
out=$(search Umerov)
expect_no_match "piped output has no escapes" $'\x1b' "$out"
expect_match "piped output shows the title" "U.S. and Ukrainian Officials" "$out"
expect_contains "--color always bolds matches" $'\x1b[1mUmerov\x1b[0m' "$(search --color always Umerov)"
expect_no_match "NO_COLOR wins over auto" $'\x1b' "$(NO_COLOR=1 search --color auto Umerov)"

# Date facets: one granularity, from the span (or --date-facet), exact over the whole match set.
json=$(search --json --facets --date-facet day --limit 0 source:reuters)
total=$(jq .total.estimate <<<"$json")
expect_eq "Reuters by day: granularity" day "$(jq -r .facets.date_granularity <<<"$json")"
expect_eq "Reuters by day: days add up to the total" "$total" "$(jq '[.facets.days[].count] | add' <<<"$json")"
expect_eq "Reuters by day: first day" "1987-02-26 26 Feb 1987" "$(jq -r '.facets.days[0] | "\(.value) \(.name)"' <<<"$json")"
expect_eq "Reuters by day: a day's count is that day's total" \
  "$(jq '.facets.days[] | select(.value == "1987-03-02") | .count' <<<"$json")" \
  "$(search --json --limit 0 --from 1987-03-02 --to 1987-03-02 source:reuters | jq .total.estimate)"
expect_eq "Reuters alone spans days: auto picks days" day \
  "$(search --json --facets --limit 0 source:reuters | jq -r .facets.date_granularity)"
expect_eq "1987 to today spans decades: auto picks years" year \
  "$(search --json --facets --limit 0 --from 1900 | jq -r .facets.date_granularity)"
expect_eq "days only at day granularity" 0 \
  "$(search --json --facets --date-facet month --limit 0 source:reuters | jq '.facets.days | length')"
out=$(search --facets --date-facet month --limit 0 source:reuters)
expect_match "terminal shows the chosen granularity" $'\nMonths: 1987-02 \\([0-9]+\\), 1987-03' "$out"
expect_no_match "terminal shows only that granularity" "Years:|Days:" "$out"
expect_exit "bad --date-facet" 2 search --facets --date-facet week cocoa

# Dates from other evidence than metadata, in a folder of our own (git keeps no file times).
dated=$work/dated
mkdir -p "$dated"
cp "$corpus/000_3d5143969e8ee521.txt" "$dated/story.txt"
printf 'Envoys meet again\n\nMIAMI, Dec. 5 (AP) — U.S. envoys met Ukrainian officials again.\n' >"$dated/wire.txt"
printf 'Geneva talks\n\nPublished March 5, 2024\n\nOfficials met on March 1, 2024 in Geneva, the ministry said.\n' >"$dated/texted.txt"
printf 'Side story\n\nA story whose scraper kept its metadata.\n' >"$dated/side.txt"
printf '{\n  "date": "2025-12-05T14:03:00Z",\n  "source": "Wire Desk",\n  "url": "https://news.invalid/side",\n  "topics": ["diplomacy"]\n}\n' >"$dated/side.txt.json"
printf 'Broken sidecar\n\nA story with a bad sidecar.\n' >"$dated/broken.txt"
printf '{\n  "source": "Wire Desk",\n  "date": 5\n}\n' >"$dated/broken.txt.json"
printf 'Bad sidecar\n\nA story whose sidecar is no JSON.\n' >"$dated/bad.txt"
printf '{ "source": nope }\n' >"$dated/bad.txt.json"
touch -d 2025-12-06T08:00:00Z "$dated"/*.txt
touch -d 2026-01-03T10:00:00Z "$dated/wire.txt"  # a December dateline in a January file
# Without --file-dates, the file time dates nothing: the story, the bare sidecars and the
# dateline (whose year only the file time gave) stay undated.
"$DATELINE_INDEX" --db "$work/undated-db" "$dated" 2>"$work/undated.err"
expect_match "without --file-dates: four undated" "6 indexed, .* 4 without a date" "$(tail -1 "$work/undated.err")"
expect_eq "without --file-dates: the story is undated" "null" \
  "$("$DATELINE_SEARCH" --db "$work/undated-db" --json title:Ukrainian | jq -r '.hits[0].date')"
expect_eq "without --file-dates: the text's Published line still counts" "2024-03-05 text" \
  "$("$DATELINE_SEARCH" --db "$work/undated-db" --json title:geneva | jq -r '.hits[0] | "\(.date) \(.date_source)"')"
ddb=$work/dated-db
"$DATELINE_INDEX" --db "$ddb" --file-dates "$dated" 2>"$work/dated.err"
expect_eq "dated folder: exit code" 0 $?
expect_match "dated folder: sidecars are not articles" "6 indexed, 0 rejected, 2 repaired with a warning" \
  "$(tail -1 "$work/dated.err")"
expect_contains "a sidecar's bad field: file:line: warning" "broken.txt.json:3: warning: field 'date' is not a string (ignored)" \
  "$(cat "$work/dated.err")"
expect_contains "a sidecar that is no JSON: file:line: warning" "bad.txt.json:1: warning: sidecar is not valid JSON (ignored)" \
  "$(cat "$work/dated.err")"
expect_contains "dated folder: dates by source" "0 from --date, 1 from datelines, 1 from the text, 3 from file times" \
  "$(cat "$work/dated.err")"
dsearch() { "$DATELINE_SEARCH" --db "$ddb" "$@"; }
date_of() { dsearch --json "title:$1" | jq -r '.hits[0] | "\(.date) \(.date_source) \(.date_precision)"'; }
expect_eq "file time" "2025-12-06 file_time day" "$(date_of Ukrainian)"
expect_eq "a dateline's day, the year from the file time" "2025-12-05 dateline day" "$(date_of envoys)"
expect_eq "the text's own Published line, not the meeting's date" "2024-03-05 text day" "$(date_of geneva)"
expect_eq "a sidecar's date is metadata" "2025-12-05T14:03:00Z metadata second" "$(date_of side)"
expect_eq "a broken sidecar field leaves the file time" "2025-12-06 file_time day" "$(date_of broken)"
hit=$(dsearch --json title:side | jq -c '.hits[0]')
expect_eq "sidecar fields override the text's" "Wire Desk https://news.invalid/side diplomacy" \
  "$(jq -r '"\(.source) \(.url) \(.topics | join(","))"' <<<"$hit")"
expect_eq "sidecar topics are filters" "$(jq -r .id <<<"$hit")" "$(dsearch --json topic:diplomacy | jq -r '.hits[0].id')"
expect_no_match "no sidecar is indexed" '\.json$' "$(dsearch --json --limit 100 --from 1900 | jq -r '.hits[].id')"
expect_contains "terminal marks a dateline's date" "2025-12-05 (from dateline)" "$(dsearch title:envoys)"
expect_match "terminal marks a file-time date" "2025-12-06 \(file time\)" "$(dsearch title:Ukrainian)"

# --date dates every article without a metadata date, over datelines, text and file times.
"$DATELINE_INDEX" --db "$work/given-db" --file-dates --date 2025-11-30 "$dated" 2>/dev/null
given() { "$DATELINE_SEARCH" --db "$work/given-db" --json "title:$1" | jq -r '.hits[0] | "\(.date) \(.date_source)"'; }
expect_eq "--date over the file time" "2025-11-30 metadata" "$(given Ukrainian)"
expect_eq "--date over the dateline" "2025-11-30 metadata" "$(given envoys)"
expect_eq "a sidecar's date over --date" "2025-12-05T14:03:00Z metadata" "$(given side)"
expect_exit "bad --date" 2 "$DATELINE_INDEX" --db "$work/given-db" --date someday "$dated"

# --recent counts back from now; DATELINE_NOW pins now for tests.
recent() { DATELINE_NOW=2025-12-10T00:00:00Z dsearch --json --limit 100 --recent "$@" | jq -r '[.hits[].title] | sort | join("|")'; }
expect_eq "--recent 7d" "Bad sidecar|Broken sidecar|Envoys meet again|Side story|U.S. and Ukrainian Officials Extend Talks into Third Consecutive Day" \
  "$(recent 7d)"
expect_eq "--recent 4d: from midnight on the 6th" "Bad sidecar|Broken sidecar|U.S. and Ukrainian Officials Extend Talks into Third Consecutive Day" \
  "$(recent 4d)"
# 110 hours back is 10:00 on the 5th: the 14:03 sidecar date is in, the dateline's midnight out.
expect_eq "--recent 110h cuts a day at the hour" "Bad sidecar|Broken sidecar|Side story|U.S. and Ukrainian Officials Extend Talks into Third Consecutive Day" \
  "$(recent 110h)"
expect_eq "--recent 2y" 6 "$(DATELINE_NOW=2025-12-10T00:00:00Z dsearch --json --limit 0 --recent 2y | jq .total.estimate)"
expect_eq "--recent with words" "Geneva talks" "$(DATELINE_NOW=2025-12-10T00:00:00Z dsearch --json --recent 2y geneva | jq -r '.hits[0].title')"
expect_exit "bad --recent" 2 dsearch --recent 7 geneva
expect_match "bad --recent names the forms" "36h, 7d" "$last_err"
expect_exit "bad DATELINE_NOW" 2 env DATELINE_NOW=soon "$DATELINE_SEARCH" --db "$ddb" --recent 7d

# Failures are messages and exit codes, never crashes.
expect_exit "bad date range syntax" 2 search 'date:yesterday..today'
expect_match "bad date names the problem" "not a date" "$last_err"
expect_exit "bad --from" 2 search --from 1987-13-45 cocoa
expect_exit "nothing to search for" 2 search
expect_exit "unknown option" 2 search --frobnicate cocoa
expect_exit "missing database" 1 "$DATELINE_SEARCH" --db "$work/nowhere" cocoa
expect_match "missing database message" "no database here" "$last_err"
mkdir -p "$work/empty"
expect_exit "a folder that is not a database" 1 "$DATELINE_SEARCH" --db "$work/empty" cocoa
echo "not a database" > "$work/file"
expect_exit "a file that is not a database" 1 "$DATELINE_SEARCH" --db "$work/file" cocoa
expect_exit "no hits is success" 0 search zzyzxq
expect_exit "indexer: missing source" 1 "$DATELINE_INDEX" --db "$work/db2" "$work/no-such-folder"
expect_exit "indexer: no source" 2 "$DATELINE_INDEX" --db "$work/db2"

finish
