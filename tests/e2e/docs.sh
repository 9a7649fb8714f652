#!/usr/bin/env bash
# The manual pages' scdoc sources against the programs, in both directions, so that no option
# goes undocumented and no page describes one that is gone: every option of a program's --help
# (the CGI's too) is an item of its page's OPTIONS, naming the values --help lists for it, and
# the page names no option the program lacks; every parameter the CGI reads (cgi_request.cc) and
# lists (--help) is an item of its page's PARAMETERS, and no other, and the CGI takes each
# format the page lists; every environment variable the code reads is an item of the page's
# ENVIRONMENT, and no other. A new option fails here until its page says what it does.
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
. "$here/help_options.sh"
src=$(cd "$here/../.." && pwd)
index_page=$src/indexer/dateline-index.1.scd
search_page=$src/searcher/cli/dateline-search.1.scd
cgi_page=$src/searcher/cgi/dateline.cgi.8.scd

# section PAGE NAME: the lines of one section of a page, its heading left out.
section() { awk -v want="# $2" '/^# / { on = ($0 == want); next } on' "$1"; }

# items PAGE SECTION REGEX: the names the section's items (lines starting with '*') give in
# bold, matching REGEX: `*-q*, *--quiet*` gives -q and --quiet.
items() {
  section "$1" "$2" | grep '^\*' | grep -oE "\*$3" | tr -d '*=' | sort -u
}

# mentioned_options PAGE: every long option the page names anywhere, its comments (';' lines)
# left out.
mentioned_options() { grep -v '^;' "$1" | grep -oE -- '--[a-z][a-z0-9-]*' | sort -u; }

# read_env FILE...: the environment variables the code reads.
read_env() { cat "$@" | grep -oE 'getenv\("[A-Z_]+"\)' | cut -d'"' -f2 | sort -u; }

# check_options PROGRAM PAGE: the page's OPTIONS are the --help's, and it names no other.
check_options() {
  local program=$1 page=$2 name=${1##*/} options option
  options=$(help_options "$program")
  [ -n "$options" ] || { fail "$name --help lists no options"; return; }
  same_set "$name --help lists" "${page##*/} OPTIONS" "$options" \
    "$(items "$page" OPTIONS '--?[A-Za-z][a-z0-9-]*')"
  for option in $(mentioned_options "$page"); do
    if grep -qxF -- "$option" <<<"$options"; then pass; else
      fail "${page##*/} names $option, which $name --help does not list"
    fi
  done
}

# item_text PAGE OPTION: an OPTIONS item, its term line and its text.
item_text() {
  section "$1" OPTIONS | awk -v term="*$2*" '
    /^\*/ { on = index($0, term) > 0 } /^$/ { on = 0 } on'
}

# check_choices PROGRAM PAGE: an option whose values --help lists has each of them, in bold, in
# its item.
check_choices() {
  local option values value
  while read -r option values; do
    for value in $values; do
      if item_text "$2" "$option" | grep -qF "*$value*"; then pass; else
        fail "${2##*/}: the item of $option does not name its value $value"
      fi
    done
  done < <(help_choices "$1")
}

check_options "$DATELINE_INDEX" "$index_page"
check_options "$DATELINE_SEARCH" "$search_page"
check_choices "$DATELINE_INDEX" "$index_page"
check_choices "$DATELINE_SEARCH" "$search_page"

# --version, as the pages describe it: "PROGRAM VERSION", the CGI's too (from a shell).
for program in "$DATELINE_INDEX" "$DATELINE_SEARCH" "$DATELINE_CGI"; do
  expect_eq "${program##*/} --version" "${program##*/} $DATELINE_VERSION" \
    "$("$program" --version 2>&1 | head -1 | cut -d' ' -f1-2)"
done
# The CGI's options from a shell: those its --help names on its "Options:" line.
cgi_help=$("$DATELINE_CGI" --help 2>&1)
cgi_options=$(sed -n 's/^Options: //p' <<<"$cgi_help" | grep -oE -- '--[a-z][a-z0-9-]*' | sort -u)
same_set "dateline.cgi --help names" "dateline.cgi.8.scd OPTIONS" "$cgi_options" \
  "$(items "$cgi_page" OPTIONS '--?[a-z][a-z0-9-]*')"
# The CGI's page may name dateline-search's options (format=json is --json --facets).
search_options=$(help_options "$DATELINE_SEARCH")
for option in $(mentioned_options "$cgi_page"); do
  if printf '%s\n' "$cgi_options" "$search_options" | grep -qxF -- "$option"; then pass; else
    fail "dateline.cgi.8.scd names $option, which neither dateline.cgi nor dateline-search has"
  fi
done

# The parameters cgi_request.cc reads (`name == "q"`) and those the CGI's --help lists (`  page=N,
# n=N`), against the page's.
cgi_params=$(items "$cgi_page" PARAMETERS '[a-z_]+=')
same_set "searcher/cgi/cgi_request.cc reads" "dateline.cgi.8.scd PARAMETERS" \
  "$(grep -oE 'name == "[a-z_]+"' "$src/searcher/cgi/cgi_request.cc" | cut -d'"' -f2 | sort -u)" \
  "$cgi_params"
same_set "dateline.cgi --help lists" "dateline.cgi.8.scd PARAMETERS" \
  "$(awk '/^Parameters:/ { on = 1; next } /^$/ { on = 0 } on' <<<"$cgi_help" |
    grep -oE '(^| )[a-z_]+=' | tr -d ' =' | sort -u)" \
  "$cgi_params"

# Each format the page lists is one the CGI takes: a format it does not know is a 400 before
# anything else, and no database is needed to tell (without one a search is a 500).
cgi_status() { env -i "$DATELINE_CGI" "$@" 2>/dev/null | head -1 | tr -d '\r'; }
expect_eq "an unknown format is refused (so the checks below mean something)" \
  "Status: 400 Bad Request" "$(cgi_status q=cocoa format=nonesuch)"
formats=$(section "$cgi_page" PARAMETERS | grep -oE '^\*format=[a-z]+\*' | cut -d= -f2 | tr -d '*')
expect_eq "the page lists the formats" "atom html json opensearch" "$(sort <<<"$formats" | xargs)"
for format in $formats; do
  expect_no_match "dateline.cgi takes format=$format, as its page says" '^Status: 400' \
    "$(cgi_status q=cocoa "format=$format")"
done

# The environment each program's code reads, against its page's ENVIRONMENT.
env_items() { items "$1" ENVIRONMENT '[A-Z_]+\*'; }
same_set "dateline-index reads" "dateline-index.1.scd ENVIRONMENT" \
  "$(read_env "$src"/common/*.cc "$src"/indexer/*.cc "$src"/indexer/*/*.cc)" \
  "$(env_items "$index_page")"
same_set "dateline-search reads" "dateline-search.1.scd ENVIRONMENT" \
  "$(read_env "$src"/common/*.cc "$src"/searcher/{core,render,cli}/*.cc)" \
  "$(env_items "$search_page")"
same_set "dateline.cgi reads" "dateline.cgi.8.scd ENVIRONMENT" \
  "$(read_env "$src"/common/*.cc "$src"/searcher/{core,render,cgi}/*.cc)" \
  "$(env_items "$cgi_page")"

# Every page has the sections a manual page is expected to have.
for page in "$index_page" "$search_page" "$cgi_page"; do
  for heading in NAME SYNOPSIS DESCRIPTION OPTIONS ENVIRONMENT FILES 'EXIT STATUS' EXAMPLES 'SEE ALSO'; do
    if grep -qxF "# $heading" "$page"; then pass; else fail "${page##*/} has no $heading section"; fi
  done
done

finish
