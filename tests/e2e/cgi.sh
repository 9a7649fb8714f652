#!/usr/bin/env bash
# dateline.cgi run from a shell, as a server runs it (QUERY_STRING and the server's environment,
# no server needed), over an index of corpus/: the statuses, pages and log lines a hostile or
# misconfigured request gets.
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"

"$DATELINE_INDEX" --db "$db" --quiet "$here/../../corpus" 2>/dev/null

# cgi QUERY_STRING: the response on stdout, the server log (the CGI's stderr) in $work/cgi.err.
cgi() { QUERY_STRING=$1 DATELINE_DB="$db" "$DATELINE_CGI" 2>"$work/cgi.err"; }
status() { head -1 <<<"$1" | tr -d '\r'; }

expect_eq "a normal search" "Status: 200 OK" "$(status "$(cgi 'q=cocoa')")"

# Years outside 1000-2999 are a 400 naming the value (issue 12, item 1), on the page and in
# dateline-search.
out=$(cgi 'from=0000-01-02&to=9999-12-30')
expect_eq "year 0 to 9999" "Status: 400 Bad Request" "$(status "$out")"
expect_contains "the page names the value" "&#39;0000-01-02&#39;: the year 0 is outside" "$out"
expect_contains "the log names the value" "parameter 'from' '0000-01-02': the year 0" "$(cat "$work/cgi.err")"
out=$(cgi 'q=cocoa+date:1987..9999')
expect_eq "date:1987..9999" "Status: 400 Bad Request" "$(status "$out")"
expect_contains "date: named" "date:1987..9999: &#39;9999&#39;: the year 9999" "$out"
expect_eq "the news years' own ends" "Status: 200 OK" "$(status "$(cgi 'q=cocoa&from=1000&to=2999-12-31')")"
expect_exit "dateline-search --from 0000-01-02" 2 search --from 0000-01-02 cocoa
expect_contains "dateline-search names the value" "--from '0000-01-02': the year 0" "$last_err"
expect_exit "dateline-search date:..9999" 2 search 'cocoa date:..9999'

# The whole query string is bounded, whatever parameters it carries.
out=$(cgi "q=cocoa&utm=$(printf 'x%.0s' {1..9000})")
expect_eq "a 9 KB query string" "Status: 400 Bad Request" "$(status "$out")"
expect_contains "the log says why" "longer than 8192 bytes" "$(cat "$work/cgi.err")"

# Neither DATELINE_DB nor HOME (issue 12, item 11): the page says it is not set up and the log
# says what to set; a database that happens to sit under the working directory is never opened.
cwd=$work/cwd
mkdir -p "$cwd/.local/share/dateline"
cp -r "$db" "$cwd/.local/share/dateline/db"
out=$(cd "$cwd" && env -i QUERY_STRING=q=cocoa "$DATELINE_CGI" 2>"$work/cgi.err")
expect_eq "no DATELINE_DB, no HOME: a server error" "Status: 500 Internal Server Error" "$(status "$out")"
expect_contains "the page says it is not set up" "not set up" "$out"
expect_no_match "no hits from the working directory" 'class="hit"' "$out"
expect_contains "the log says what to set" "set DATELINE_DB" "$(cat "$work/cgi.err")"
out=$(cd "$cwd" && env -i HOME=relative QUERY_STRING=q=cocoa "$DATELINE_CGI" 2>/dev/null)
expect_eq "a relative HOME is no home" "Status: 500 Internal Server Error" "$(status "$out")"
expect_exit "dateline-search with neither" 1 env -C "$cwd" -i "$DATELINE_SEARCH" cocoa
expect_contains "dateline-search says what to give" "--db" "$last_err"

finish
