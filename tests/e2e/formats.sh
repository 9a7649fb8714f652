#!/usr/bin/env bash
# End to end on the fixtures of each input format (issue 16): the built dateline-index reads them
# into one database, and dateline-search --json finds every article by a word of its text, by
# place: and by date:. One section per format, each indexing its own fixtures; a section's
# checks use only its own articles.
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
fixtures=$here/../fixtures

# index NAME CODE PATH...: indexes into $db, stderr kept in $work/NAME.err; CODE is the exit code
# expected (3: committed, with records rejected).
index() {
  local name=$1 code=$2; shift 2
  "$DATELINE_INDEX" --db "$db" "$@" 2>"$work/$name.err"
  expect_eq "$name: indexer exit code" "$code" $?
}

# found ID QUERY...: the article ID is among the hits of dateline-search --json QUERY...
found() {
  local id=$1; shift
  if search --json --limit 100 "$@" | jq -r '.hits[].id' | grep -Fxq -- "$id"; then
    pass
  else
    fail "$id not found by: $*"
  fi
}

# hit ID JQ: JQ on the article ID's hit, picked from a listing of every dated article.
hit() {
  search --json --limit 100 --from 1900 --to 2100 | jq -r --arg id "$1" ".hits[] | select(.id == \$id) | $2"
}

# --- RSS 2.0 and Atom 1.0 --------------------------------------------------------------------
index feeds 3 "$fixtures/feeds"
err=$(cat "$work/feeds.err")
expect_match "feeds: summary" "7 indexed, 1 rejected, 1 repaired with a warning" "$(tail -1 "$work/feeds.err")"
expect_contains "feeds: the empty item named by its line" \
  "valley_courier.rss:15: <item> has neither title nor text" "$err"
expect_contains "feeds: a bad pubDate named by its line" \
  "valley_courier.rss:23: warning: unrecognised pubDate 'sometime on Monday'" "$err"

strike=harbour-2024-0301-strike
found "$strike" stevedores
found "$strike" place:rotterdam
found "$strike" 'backlog date:2024-03-01'
found "$strike" topic:labour
found "$strike" author:ruiz
expect_eq "RSS: dateline from content:encoded" "rotterdam-nl dateline" \
  "$(hit "$strike" '.places[0] | "\(.id) \(.role)"')"
expect_eq "RSS: pubDate with its offset" "2024-03-01T08:30:00Z metadata" \
  "$(hit "$strike" '"\(.date) \(.date_source)"')"

ice=https://harbour.example/2024/03/icebreakers
found "$ice" icebreaker
found "$ice" 'refitting date:2024-03-02'
expect_eq "RSS: a bare geo point is no place" "0" "$(hit "$ice" '.places | length')"

comet=tag:observatory.example,2024:comet
found "$comet" binoculars
found "$comet" place:antofagasta
found "$comet" 'comet date:2024-03-04'  # 22:15 at -03:00 is the 4th in UTC
eclipse=tag:observatory.example,2024:eclipse
# The entry's xml:lang is French: stemmed in French, found by a query in French.
found "$eclipse" --language fr lyonnais
found "$eclipse" place:lyon
found "$eclipse" lang:fr
found "$eclipse" --language fr 'observateurs date:2024-03-04'
maintenance=tag:observatory.example,2024:maintenance
found "$maintenance" aluminium
found "$maintenance" 'mirror date:2024-03-05'
found valley-2024-0304-barriers 'barriers date:2024-03-04'
found valley-2024-0304-ferry ferry

# --- NITF 3.x ----------------------------------------------------------------------------------
index nitf 3 "$fixtures/nitf"
expect_match "NITF: summary" "1 indexed, 1 rejected" "$(tail -1 "$work/nitf.err")"
expect_contains "NITF: the story-less document named by its line" \
  "no_story.nitf:3: NITF document has neither headline nor body text" "$(cat "$work/nitf.err")"
pilots=dlt-nitf-20240305-0042
found "$pilots" copper
found "$pilots" place:valparaiso
found "$pilots" place:antofagasta
found "$pilots" country:chile
found "$pilots" 'pilots date:2024-03-05'
found "$pilots" topic:wages
expect_eq "NITF: the dateline's city" "valparaiso-cl dateline" \
  "$(hit "$pilots" '.places[0] | "\(.id) \(.role)"')"
expect_eq "NITF: date.issue's basic ISO 8601" "2024-03-05T14:15:00Z" "$(hit "$pilots" .date)"
expect_no_match "NITF: media captions are not indexed" "$pilots" \
  "$(search --json breakwater | jq -r '.hits[].id')"

# --- NewsML-G2 ---------------------------------------------------------------------------------
index newsml 3 "$fixtures/newsml"
expect_match "NewsML: summary" "3 indexed, 1 rejected" "$(tail -1 "$work/newsml.err")"
expect_contains "NewsML: the empty newsItem named by its line" \
  "morning_wire.xml:30: newsItem has neither headline nor text" "$(cat "$work/newsml.err")"
tunnel=urn:newsml:dateline.example:20240306:rail-tunnel
found "$tunnel" cantons
found "$tunnel" place:zurich
found "$tunnel" place:bern
found "$tunnel" 'tunnel date:2024-03-06'
found "$tunnel" topic:transport
expect_eq "NewsML: located is the dateline place" "zurich-ch dateline" \
  "$(hit "$tunnel" '.places[0] | "\(.id) \(.role)"')"
frost=urn:newsml:dateline.example:20240307:vineyard-frost
found "$frost" --language es vendimia
found "$frost" place:mendoza
found "$frost" --language es 'helada date:2024-03-07'
lighthouse=urn:newsml:dateline.example:20240307:lighthouse
found "$lighthouse" museum
found "$lighthouse" place:stavanger
found "$lighthouse" 'keepers date:2024-03-07'

# --- HTML pages --------------------------------------------------------------------------------
index html 3 "$fixtures/html"
err=$(cat "$work/html.err")
expect_match "html: summary" "7 indexed, 1 rejected, 1 repaired with a warning" "$(tail -1 "$work/html.err")"
expect_contains "html: the empty page named by its line" \
  "empty_page.html:2: HTML page with no title and no main text" "$err"
expect_contains "html: the 404 page indexed by its title, with a warning" \
  "no_content.html:4: warning: HTML page with no main text" "$err"
bridge=html/news_article.html
found "$bridge" girders
found "$bridge" 'ribbon date:2024-03-14'
found "$bridge" author:lindqvist
found "$bridge" 'source:"The Coastal Herald"'
expect_eq "HTML: metadata as indexed" \
  "Harbour bridge reopens after three years of repairs|Maria Lindqvist|https://herald.example/news/harbour-bridge-reopens|2024-03-14T08:30:00Z" \
  "$(hit "$bridge" '"\(.title)|\(.byline)|\(.url)|\(.date)"')"
expect_eq "HTML: the comments are not indexed" "" \
  "$(search --json overspend | jq -r '.hits[].id' | grep -Fx "$bridge")"
expect_eq "HTML: the cookie banner is not indexed" "" \
  "$(search --json cookies | jq -r '.hits[].id' | grep -Fx "$bridge")"
found html/dateline.html place:kyiv
expect_eq "HTML: a dateline opening the first paragraph" "kyiv-ua dateline" \
  "$(hit html/dateline.html '.places[0] | "\(.id) \(.role)"')"
found html/json_ld.html --language de 'Radwegenetz date:2023-11-02'
found html/windows1252.html --language fr loyer

# --- WARC ---------------------------------------------------------------------------------------
warc_db=$work/warc-db
"$DATELINE_INDEX" --db "$warc_db" "$fixtures/warc" 2>"$work/warc.err"
expect_eq "WARC: exit code" 3 $?
expect_match "WARC: summary" "3 indexed, 1 rejected, 0 repaired" "$(tail -1 "$work/warc.err")"
expect_contains "WARC: the cut record named by its line" \
  "crawl.warc:161: truncated WARC record: Content-Length" "$(cat "$work/warc.err")"
expect_contains "WARC: crawl dates counted apart" "1 from crawl dates" "$(cat "$work/warc.err")"
# show_field DB ID JQ: JQ on the article ID as dateline-search --show --json prints it.
show_field() { "$DATELINE_SEARCH" --db "$1" --show "$2" --json | jq -r "$3"; }
strike_uri='https://harbour.example/news/strike-ends?utm_source=feed'
expect_eq "WARC: the page's own date and canonical URL" \
  "2024-03-01T07:30:00Z metadata https://harbour.example/news/strike-ends" \
  "$(show_field "$warc_db" "$strike_uri" '"\(.date) \(.date_source) \(.url)"')"
expect_eq "WARC: no date in the page: the crawl's day, marked as such" "2024-03-13 crawl" \
  "$(show_field "$warc_db" https://ferries.example/fr/reprise '"\(.date) \(.date_source)"')"
expect_eq "WARC: a dateline's day in the crawl's year" "2024-03-09 dateline" \
  "$(show_field "$warc_db" https://wire.example/2024/floods-barriers '"\(.date) \(.date_source)"')"
expect_contains "WARC: the crawl date is said to be one" "(crawl date)" \
  "$("$DATELINE_SEARCH" --db "$warc_db" --show https://ferries.example/fr/reprise)"
# A .warc.gz is gzipped record by record: members one after another.
mkdir -p "$work/warcgz"
(cd "$work/warcgz" && csplit -s -z "$fixtures/warc/crawl.warc" '/^WARC\/1\.1/' '{*}' &&
  for record in xx*; do gzip -c "$record"; done >crawl.warc.gz && rm xx*)
expect_eq "WARC: record-by-record gzip, the same articles" \
  "$("$DATELINE_INDEX" --extract "$fixtures/warc/crawl.warc" 2>/dev/null | jq -r .id)" \
  "$("$DATELINE_INDEX" --extract "$work/warcgz/crawl.warc.gz" 2>/dev/null | jq -r .id)"

# --- A gzipped tar of mixed formats, standard input, --extract ----------------------------------
# One bundle of every format's fixtures, indexed in one run; each article is found, and is the
# same article whether read from the folder, the bundle, standard input or the bundle's extract.
bundle=$work/mixed/bundle
mkdir -p "$bundle"
cp "$fixtures"/{scraped_miami.txt,bbc_business_001.txt,jsonl_sample.jsonl,reuters_sample.sgm} \
  "$fixtures"/news_* "$fixtures/README.md" "$bundle/"
for format in html feeds nitf newsml warc; do
  [ -d "$fixtures/$format" ] && cp -r "$fixtures/$format" "$bundle/"
done
tar -czf "$work/mixed.tar.gz" -C "$work/mixed" bundle
mixed_db=$work/mixed-db
"$DATELINE_INDEX" --db "$mixed_db" "$work/mixed.tar.gz" 2>"$work/mixed.err"
expect_eq "bundle: exit code (records rejected)" 3 $?
mixed_err=$(cat "$work/mixed.err")
expect_contains "bundle: a member's problem named bundle:member:line" \
  "mixed.tar.gz:bundle/jsonl_sample.jsonl:4: malformed JSON" "$mixed_err"
expect_contains "bundle: a member that is no article is skipped and named" \
  "mixed.tar.gz:bundle/README.md: skipped: not an article format" "$mixed_err"
DATELINE_DB=$work/no-db "$DATELINE_INDEX" --extract "$work/mixed.tar.gz" >"$work/mixed.jsonl" \
  2>"$work/extract.err"
expect_eq "--extract: exit code as indexing's" 3 $?
expect_eq "--extract: as many articles as indexed" \
  "$(tail -1 "$work/mixed.err" | grep -oE '^dateline-index: [0-9]+' | grep -oE '[0-9]+')" \
  "$(wc -l <"$work/mixed.jsonl" | tr -d ' ')"
expect_contains "--extract: problems still on stderr" "jsonl_sample.jsonl:4: malformed JSON" \
  "$(cat "$work/extract.err")"
expect_eq "--extract: no database written" "no" "$([ -e "$work/no-db" ] && echo yes || echo no)"

# Every article of the bundle is found, by its id, and some by their words.
missing=0
while IFS= read -r id; do
  [ "$("$DATELINE_SEARCH" --db "$mixed_db" --show "$id" --json | jq -r .id)" == "$id" ] ||
    { missing=$((missing + 1)); echo "not found: $id" >&2; }
done < <(jq -r .id "$work/mixed.jsonl")
expect_eq "bundle: every extracted article is in the index" 0 "$missing"
expect_eq "bundle: more than one format's articles" "yes" \
  "$([ "$(wc -l <"$work/mixed.jsonl")" -gt 30 ] && echo yes || echo no)"
db=$mixed_db
bundle_id=$(jq -r 'select(.id | endswith("/scraped_miami.txt")) | .id' "$work/mixed.jsonl")
expect_match "bundle: a member's id is under the bundle's name" "/mixed\.tar\.gz/bundle/scraped_miami\.txt$" "$bundle_id"
found "$bundle_id" 'ukrainian talks'
found reuters21578:1 'bahia cocoa'
found "$strike_uri" stevedores

# articles DB PREFIX: every article as dateline-search --show --json gives it, one line each, in
# id order; the bundle's members known in DB by PREFIX and their path in it, shown without it.
articles() {
  local db=$1 prefix=$2 id
  while IFS= read -r id; do
    "$DATELINE_SEARCH" --db "$db" --show "$id" --json |
      jq -c '{id: (.id | sub("^.*mixed\\.tar\\.gz/"; "")), title, date, date_source,
              date_precision, places: [.places[] | "\(.id) \(.role)"], source, byline, url,
              language, topics, body}'
  done < <(jq -r .id "$work/mixed.jsonl" | sed "s|^.*/mixed\.tar\.gz/|$prefix|") | sort
}
# A file named as a SOURCE is known by its folder's name and its own (sources.h).
expected=$(articles "$mixed_db" "$(basename "$work")/mixed.tar.gz/")
expect_eq "bundle: every article shown" "$(wc -l <"$work/mixed.jsonl" | tr -d ' ')" \
  "$(grep -c '"title"' <<<"$expected")"

# The extract re-indexed: the same articles.
"$DATELINE_INDEX" --db "$work/extract-db" "$work/mixed.jsonl" 2>"$work/reindex.err"
expect_eq "--extract's output re-indexed: exit code (nothing rejected)" 0 $?
expect_eq "--extract's output re-indexed: the same articles" "$expected" \
  "$(articles "$work/extract-db" "$(basename "$work")/mixed.tar.gz/")"

# Standard input: the same bundle, named as the file.
"$DATELINE_INDEX" --db "$work/stdin-db" --stdin-name mixed.tar.gz - <"$work/mixed.tar.gz" 2>"$work/stdin.err"
expect_eq "stdin: exit code" 3 $?
expect_eq "stdin: the bundle's articles" "$expected" "$(articles "$work/stdin-db" mixed.tar.gz/)"
expect_contains "stdin: messages name it" "mixed.tar.gz:bundle/jsonl_sample.jsonl:4: malformed JSON" \
  "$(cat "$work/stdin.err")"
# A compressed JSON Lines stream, named for its format; read again on every run.
gzip -c "$fixtures/jsonl_sample.jsonl" |
  "$DATELINE_INDEX" --db "$work/stdin-db" --stdin-name wire.jsonl - 2>"$work/stdin2.err"
expect_match "stdin: gzipped JSON Lines" "incremental: [0-9]+ added" "$(cat "$work/stdin2.err")"
gzip -c "$fixtures/jsonl_sample.jsonl" |
  "$DATELINE_INDEX" --db "$work/stdin-db" --stdin-name wire.jsonl - 2>"$work/stdin3.err"
expect_match "stdin: read again, replacing" "incremental: 0 added, [1-9][0-9]* replaced, 0 deleted" \
  "$(cat "$work/stdin3.err")"
"$DATELINE_INDEX" --db "$work/stdin-db" - <"$fixtures/scraped_miami.txt" 2>/dev/null
expect_eq "stdin: a text article is known as 'stdin'" \
  "U.S. and Ukrainian Officials Extend Talks into Third Consecutive Day" \
  "$(show_field "$work/stdin-db" stdin .title)"

finish
