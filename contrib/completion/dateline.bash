# bash completion for dateline-index and dateline-search.
#
# Installed once under each command's name (contrib/meson.build), because bash-completion loads
# a command's completion from the file named after it. Self-contained, with no bash-completion
# helpers, so that `source contrib/completion/dateline.bash` in ~/.bashrc works too.
# tests/e2e/completion.sh checks it against each program's --help.

# Every option, and those of them that take a value (the next word is then not a query or a
# SOURCE).
_dateline_index_options='-h --help --version --db --format --language --source --batch
  --threads --date --file-dates --rebuild --shard-by --prune --progress --progress-interval
  --stats-json -q --quiet --extract --stdin-name'
_dateline_index_valued=' --db --format --language --source --batch --threads --date
  --shard-by --progress --progress-interval --stats-json --stdin-name '
_dateline_search_options='-h --help --version --db --from --to --recent --place --sort
  --limit --offset --recency --all --like --facets --date-facet --language --weighting
  --proximity --no-expand --expand-docs --expand-terms --expand-weight --format --json --show --color
  --explain --allow-partial'
_dateline_search_valued=' --db --from --to --recent --place --sort --limit --offset --recency
  --like --date-facet --language --weighting --expand-docs --expand-terms --expand-weight
  --format --show --color '
# The query's field prefixes (README.md's table of query forms).
_dateline_fields='title: author: place: dateline: country: source: topic: lang: id: date:'

# _dateline_reply WORDS: the WORDS that begin with $cur (the caller's: bash scopes dynamically).
_dateline_reply() {
  local IFS=$' \t\n'
  mapfile -t COMPREPLY < <(compgen -W "$1" -- "$cur")
}

# Files and folders, names with spaces kept whole and folders ending in '/'.
_dateline_files() {
  compopt -o filenames 2>/dev/null
  mapfile -t COMPREPLY < <(compgen -f -- "$cur")
}

# The values an option takes, where they are fixed or are files.
_dateline_value() {
  local command=$1 option=$2
  case $command:$option in
    *:--db | index:--stats-json) _dateline_files ;;
    index:--format) _dateline_reply 'text jsonl reuters rfc822 html feed nitf newsml warc' ;;
    index:--progress) _dateline_reply 'auto bar lines none' ;;
    index:--shard-by)
      compopt -o nospace 2>/dev/null  # hash:N goes on with its number
      _dateline_reply 'month hash:'
      [ "${COMPREPLY[*]}" = month ] && compopt +o nospace 2>/dev/null
      ;;
    search:--sort) _dateline_reply 'relevance date' ;;
    search:--weighting) _dateline_reply 'bm25 bm25+ dph dlh pl2+ lm' ;;
    search:--format) _dateline_reply 'text json csv' ;;
    search:--color) _dateline_reply 'auto always never' ;;
    search:--date-facet) _dateline_reply 'auto year month day' ;;
    *) COMPREPLY=() ;;  # a date, a number, a name, an id: nothing to offer
  esac
}

_dateline() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}
  local command=search options=$_dateline_search_options valued=$_dateline_search_valued
  if [ "${COMP_WORDS[0]##*/}" = dateline-index ]; then
    command=index options=$_dateline_index_options valued=$_dateline_index_valued
  fi
  COMPREPLY=()

  # bash splits words at '=' and ':' (COMP_WORDBREAKS): --sort=date is "--sort" "=" "date",
  # and place:miami is "place" ":" "miami".
  if [ "$cur" = = ]; then
    cur='' prev=${COMP_WORDS[COMP_CWORD - 1]}
  elif [ "$prev" = = ] && [ "$COMP_CWORD" -ge 2 ]; then
    prev=${COMP_WORDS[COMP_CWORD - 2]}
  elif [ "$cur" = : ] || [ "$prev" = : ]; then
    return 0  # a field's value: free text
  fi

  # After "--" every word is a query word or a SOURCE.
  local i end_of_options=0
  for ((i = 1; i < COMP_CWORD; i++)); do
    [ "${COMP_WORDS[i]}" = -- ] && end_of_options=1
  done

  if [ $end_of_options = 0 ]; then
    if [[ $valued == *" $prev "* ]]; then
      _dateline_value "$command" "$prev"
      return 0
    fi
    if [[ $cur == -* ]]; then
      _dateline_reply "$options"
      return 0
    fi
  fi
  if [ $command = index ]; then
    _dateline_files
  else
    compopt -o nospace 2>/dev/null  # a field prefix goes on with its value
    _dateline_reply "$_dateline_fields"
  fi
}

complete -F _dateline dateline-index dateline-search
