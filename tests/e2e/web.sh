#!/usr/bin/env bash
# The web page end to end: lighttpd with mod_cgi serving the built dateline.cgi over an index
# of corpus/ on a free loopback port, pages loaded in headless Chromium, the rendered DOM
# checked (hits, facets, a facet click narrowing the results, page 2, hostile input escaped
# and never executed), and a screenshot kept as an artifact.
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
artifacts=${DATELINE_ARTIFACTS:-$work/artifacts}
mkdir -p "$artifacts"

. "$here/web_server.sh"

browser() {
  chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$work/chromium" "$@" 2>/dev/null
}
dom() { browser --dump-dom "$1"; }
# The status line of a raw request, without a client package.
status_of() {
  exec 3<>"/dev/tcp/127.0.0.1/$port"
  printf 'GET /dateline.cgi?%s HTTP/1.0\r\nHost: localhost\r\n\r\n' "$1" >&3
  head -1 <&3 | tr -d '\r'
  exec 3<&-
}
count_of() { grep -o 'class="total">[^<]*' <<<"$1" | grep -o '[0-9]*' | head -1; }

page=$(dom "$base?q=cocoa")
hits=$(grep -o 'class="hit"' <<<"$page" | wc -l)
[ "$hits" -ge 2 ] && pass || fail "cocoa: expected hits, got $hits"
expect_match "query kept in the box" 'name="q" value="cocoa"' "$page"
expect_match "highlighted matches" '<b>cocoa</b>' "$page"
expect_match "country facet" 'class="countries"' "$page"
expect_match "year facet" 'class="years"' "$page"
total=$(count_of "$page")

# A facet click: follow the first country's link, as a click on it does in a page without script.
link=$(grep -o 'class="countries"><h2>Countries</h2><ul><li><a href="[^"]*"' <<<"$page" | grep -o 'href="[^"]*"' | sed 's/^href="//; s/"$//; s/&amp;/\&/g')
expect_match "the facet links to a place filter" '^\?q=cocoa&place=' "$link"
narrowed=$(dom "$base$link")
expect_match "a filter chip to remove it" 'aria-label="Remove' "$narrowed"
n2=$(count_of "$narrowed")
[ -n "$n2" ] && [ "$n2" -le "$total" ] && [ "$n2" -gt 0 ] && pass || fail "facet click: $total -> $n2"

# Page 2 continues the ranking.
p2=$(dom "$base?q=oil&page=2")
expect_match "page 2 starts at hit 11" '<ol class="hits" start="11">' "$p2"
expect_match "page 2 links back" 'rel="prev"' "$p2"

# The phone-sized screenshot, kept as a test artifact.
browser --screenshot="$artifacts/search-cocoa.png" --window-size=390,1200 "$base?q=cocoa" >/dev/null
[ -s "$artifacts/search-cocoa.png" ] && pass || fail "no screenshot"
browser --screenshot="$artifacts/search-desktop.png" --window-size=1280,900 "$base?q=oil&sort=date" >/dev/null

# Hostile input comes back escaped and never runs: each payload would mark <body> if executed.
mark="document.body.setAttribute('data-xss','1')"
for q in "<script>$mark</script>" "\"><img src=x onerror=\"$mark\">" "'><svg onload=$mark>"; do
  enc=$(jq -rn --arg v "$q" '$v|@uri')
  out=$(dom "$base?q=$enc")
  expect_no_match "not executed: $q" 'data-xss="1"' "$out"
  expect_no_match "no injected element: $q" '<(script|img|svg)[ >]' "$out"
done
out=$(dom "$base?q=cocoa&place=javascript:$(jq -rn --arg v "$mark" '$v|@uri')")
expect_no_match "javascript: place not executed" 'data-xss="1"' "$out"
expect_no_match "no javascript: link" 'href="javascript:' "$out"
# Broken UTF-8: lighttpd refuses it itself; the CGI, handed it directly, answers its own 400.
expect_match "broken UTF-8 through the server" "400 Bad Request" "$(status_of 'q=%FF%FEcocoa')"
out=$(QUERY_STRING='q=%FF%FE%3Cscript%3E' DATELINE_DB="$db" "$DATELINE_CGI")
expect_match "broken UTF-8 to the CGI: a 400 page" "^Status: 400 Bad Request" "$out"
expect_match "the 400 page says why" "could not be read" "$out"
expect_no_match "the 400 page echoes no markup" "<script>" "$out"

# Status codes: a bad parameter is a 400, a missing database a 503, always a whole response.
expect_eq "bad page number" "HTTP/1.0 400 Bad Request" "$(status_of 'q=cocoa&page=999')"
expect_eq "good request" "HTTP/1.0 200 OK" "$(status_of 'q=cocoa')"
expect_eq "unknown parameters ignored" "HTTP/1.0 200 OK" "$(status_of 'q=cocoa&utm_source=x&db=/etc')"
json=$(exec 3<>"/dev/tcp/127.0.0.1/$port"; printf 'GET /dateline.cgi?q=cocoa&format=json HTTP/1.0\r\n\r\n' >&3; sed '1,/^\r$/d' <&3)
expect_eq "format=json is dateline-search --json" "$(search --json --facets --limit 10 cocoa | jq -c '[.total.estimate, [.hits[].id]]')" \
  "$(jq -c '[.total.estimate, [.hits[].id]]' <<<"$json")"
expect_eq "format=json has the terminal's facet lists" "$(search --json --facets --limit 10 oil | jq -c .facets)" \
  "$(exec 3<>"/dev/tcp/127.0.0.1/$port"; printf 'GET /dateline.cgi?q=oil&format=json HTTP/1.0\r\n\r\n' >&3; sed '1,/^\r$/d' <&3 | jq -c .facets)"
mv "$db" "$db.away"
expect_eq "missing database" "HTTP/1.0 503 Service Unavailable" "$(status_of 'q=cocoa')"
mv "$db.away" "$db"
expect_match "details only in the server's log" "no database here" "$(cat "$work/cgi-stderr.log")"

finish
