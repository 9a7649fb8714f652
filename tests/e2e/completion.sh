#!/usr/bin/env bash
# Shell completion (contrib/completion) against the programs: bash, driven as it drives the
# function on TAB, offers every option each --help lists and no other, the values --help lists
# for an option, files for --db and SOURCE, and the query's field prefixes; zsh's file names the
# same options and values, and parses (when zsh is installed).
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
. "$here/help_options.sh"
src=$(cd "$here/../.." && pwd)
bash_file=$src/contrib/completion/dateline.bash
zsh_file=$src/contrib/completion/_dateline

# complete_line LINE: what bash offers for the line's last word, sorted, on one line. The line
# is split into words as bash splits it for completion: at blanks, and around '=' and ':'
# (COMP_WORDBREAKS); a trailing blank starts a new, empty word. The function called is the one
# `complete -p` registered, in a fresh bash with nothing else loaded.
complete_line() {
  bash --norc --noprofile -c '
    source "$1" || exit 1
    line=$2 words=()
    read -ra blank_split <<<"$line"
    for w in "${blank_split[@]}"; do
      while [[ $w =~ ^([^=:]*)([=:])(.*)$ ]]; do
        [ -n "${BASH_REMATCH[1]}" ] && words+=("${BASH_REMATCH[1]}")
        words+=("${BASH_REMATCH[2]}") w=${BASH_REMATCH[3]}
      done
      [ -n "$w" ] && words+=("$w")
    done
    [[ $line == *" " ]] && words+=("")
    COMP_WORDS=("${words[@]}") COMP_CWORD=$((${#words[@]} - 1)) COMP_LINE=$line COMP_POINT=${#line}
    spec=$(complete -p "${words[0]}") || exit 1
    function=$(sed -E "s/.* -F ([^ ]+) .*/\1/" <<<"$spec")
    # compopt complains outside a real TAB; what it sets is not what this test looks at.
    "$function" "${words[0]}" "${words[COMP_CWORD]}" "${words[COMP_CWORD - 1]}" 2>/dev/null
    printf "%s\n" "${COMPREPLY[@]}"' _ "$bash_file" "$1" | sort | xargs
}

for command in dateline-index dateline-search; do
  expect_match "sourcing the bash file registers $command" "-F _dateline .*$command" \
    "$(bash --norc --noprofile -c 'source "$1" && complete -p "$2"' _ "$bash_file" "$command" 2>&1)"
done

# The brief cases first, as a reader types them.
expect_eq "dateline-search --so" "--sort" "$(complete_line 'dateline-search --so')"
expect_eq "dateline-search --sort " "date relevance" "$(complete_line 'dateline-search --sort ')"
expect_eq "dateline-search --sort=" "date relevance" "$(complete_line 'dateline-search --sort=')"
expect_eq "dateline-search --sort=d" "date" "$(complete_line 'dateline-search --sort=d')"
expect_eq "dateline-search ti" "title:" "$(complete_line 'dateline-search ti')"
expect_eq "dateline-search (a query word)" \
  "author: country: date: dateline: id: lang: place: source: title: topic:" \
  "$(complete_line 'dateline-search cocoa ')"
expect_eq "a field's value is free text" "" "$(complete_line 'dateline-search place:d')"
expect_eq "a number is free text" "" "$(complete_line 'dateline-search --limit ')"
expect_eq "after --, no options" "" "$(complete_line 'dateline-search -- --so')"
expect_eq "dateline-index --shard-by " "hash: month" "$(complete_line 'dateline-index --shard-by ')"

# Files and folders for --db, --stats-json and SOURCE.
mkdir -p "$work/files/news.db" && touch "$work/files/run.json"
expect_eq "dateline-search --db" "$work/files/news.db" "$(complete_line "dateline-search --db $work/files/n")"
expect_eq "dateline-index --stats-json" "$work/files/run.json" \
  "$(complete_line "dateline-index --stats-json $work/files/r")"
expect_eq "dateline-index SOURCE" "$work/files/news.db $work/files/run.json" \
  "$(complete_line "dateline-index --quiet $work/files/")"

# Every option and every listed value of each program's --help, and no other: bash by running
# it, zsh by reading its _arguments specs (`'--sort=[order of hits]:order:(relevance date)'`).
zsh_function() { awk -v f="_dateline_$1() {" '$0 == f { on = 1; next } /^}/ { on = 0 } on' "$zsh_file"; }
for program in "$DATELINE_INDEX" "$DATELINE_SEARCH"; do
  command=${program##*/}
  options=$(help_options "$program")
  same_set "$command --help lists" "bash's completion of '$command -'" "$options" \
    "$(complete_line "$command -" | tr ' ' '\n')"
  specs=$(zsh_function "${command#dateline-}")
  same_set "$command --help lists" "_dateline's $command specs" "$options" \
    "$(grep -oE -- "(^|[{'),*])--?[A-Za-z][a-z0-9-]*" <<<"$specs" | tr -d "{'),*"' ' | sort -u)"
  while read -r option values; do
    expect_eq "bash: $command $option " "$values" "$(complete_line "$command $option ")"
    expect_eq "zsh: $command $option" "$values" \
      "$(grep -oE -- "$option=\[[^]]*\]:[^:]*:\([^)]*\)'" <<<"$specs" | sed -E 's/.*\((.*)\).*/\1/' |
        tr ' ' '\n' | sort | xargs)"
  done < <(help_choices "$program")
done

if command -v zsh >/dev/null; then
  expect_eq "_dateline parses (zsh -n)" "" "$(zsh -n "$zsh_file" 2>&1)"
else
  echo "SKIPPED (not counted): zsh is not installed, so _dateline's syntax was not checked"
fi
expect_eq "_dateline serves both commands" "#compdef dateline-index dateline-search" "$(head -1 "$zsh_file")"
expect_eq "the bash file parses (bash -n)" "" "$(bash -n "$bash_file" 2>&1)"

finish
