#!/usr/bin/env bash
# What a page request costs, whatever its parameters (issue 12, "bounded queries everywhere"):
# dateline.cgi over all of Reuters-21578 (21,577 stories), each of the most costly requests
# found by trying (wide dates, wildcards, NEARs and phrases of common words, 400 bytes of common
# words, paging, hostile lengths) must cost at most 5 times the CPU of a one-word search, or
# 0.3 s, whichever is more. CPU time (user + system, the shell's own accounting of its
# children), the median of 3 runs: a shared machine's load slows the clock, not the count.
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"

"$DATELINE_INDEX" --db "$db" --quiet "$DATELINE_SHARED_CORPORA/reuters21578" 2>/dev/null

# Sets $cpu to the CPU milliseconds this shell's children have used so far. `times` prints the
# shell's own times, then its children's ("0m1.234s 0m0.056s"): it must run in this shell, not
# in a $(...) subshell, which has children of its own.
children_cpu() {
  times >"$work/times"
  local user sys
  read -r user sys < <(sed -n 2p "$work/times")
  cpu=$(($(to_ms "$user") + $(to_ms "$sys")))
}
to_ms() { # 1m2.345s -> 62345
  local m=${1%%m*} s=${1#*m}
  s=${s%s}
  echo $((10#$m * 60000 + 10#${s%.*} * 1000 + 10#${s#*.}))
}

# cost QUERY_STRING: sets $ms (the median CPU milliseconds of 3 runs) and $status.
cost() {
  local runs=() before
  for i in 1 2 3; do
    children_cpu
    before=$cpu
    QUERY_STRING=$1 DATELINE_DB="$db" "$DATELINE_CGI" >"$work/out" 2>/dev/null
    children_cpu
    runs+=($((cpu - before)))
  done
  ms=$(printf '%s\n' "${runs[@]}" | sort -n | sed -n 2p)
  status=$(head -1 "$work/out" | tr -d '\r')
}

# join SEPARATOR WORDS...: the words with SEPARATOR between them, cut to the page's 400 bytes
# at a separator.
join() {
  local sep=$1 out=$2; shift 2
  for w in "$@"; do
    [ $((${#out} + ${#sep} + ${#w})) -le 400 ] || break
    out+=$sep$w
  done
  echo "$out"
}
letters=(a b c d e f g h i j k l m n o p q r s t u v w x y z)
wildcards=("${letters[@]/%/*}")
common=(said the of to in and a for it its on is that by from pct at mln with was)
nears=() phrases=()
for a in "${common[@]}"; do
  for b in "${common[@]}"; do
    [ "$a" = "$b" ] && continue
    nears+=("($a+NEAR+$b)")
    phrases+=("%22$a+$b%22")
  done
done
# The index's 120 most frequent words after the 20 most frequent.
frequent=(be april year pct has an that was inc new as corp company which not us would are one
  but this were have he two also last cts up 1986 about billion had or net co vs 1 june been
  bank stock york market may share after more they first 2 three 20 over other shr than shares
  dlr told 1987 no washington 30 qtr international exchange 3 under five per 31 all group 10
  sales their government 19 some expected due if trade price could 7 interest today ltd
  agreement 13 president total there london added against week month into prices 12 note loss
  securities years 18 15 unit six debt rate record made four because between when end)

cost 'q=oil'
normal=$ms
limit=$((normal * 5 > 300 ? normal * 5 : 300))
echo "one-word search: $normal ms of CPU; limit $limit ms"

worst=(
  ''
  'from=0000-01-02&to=9999-12-30'
  'from=1000&to=2999'
  "q=date:1000..2999+date:1001-01-02..2998-12-30+date:1002-02-03..2997-11-29"
  'q=a*'
  "q=$(join + "${wildcards[@]}")"
  "q=$(join +OR+ "${wildcards[@]}")"
  "q=$(join +%2B "" "${wildcards[@]}")"
  "q=$(join +OR+ 's*' 'c*' 't*' 'p*')"
  "q=$(join +OR+ 's*' 'c*' 't*')"
  "q=$(join +title: "" "${wildcards[@]}" "${wildcards[@]}" "${wildcards[@]}")"
  "q=$(join + "" {b,c,d,f,g,h,j,k,l,m,n,p,q,r,s,t,v,w,x,z}{a,e,i,o,u}'*')"
  "q=$(join +OR+ {b,c,d,f,g,m,p,s,t}{a,e,i,o,u}{n,r,l,s,t}'*')"
  "q=$(join +OR+ "${nears[@]}")"
  "q=$(join +OR+ "${nears[@]:0:3}")"
  "q=$(join +OR+ "${phrases[@]}")"
  "q=$(join + "${frequent[@]}")"
  "q=$(join +OR+ "${frequent[@]}")"
  "q=$(join +- "" "${frequent[@]}")"
  "q=$(join +NOT+ oil "${frequent[@]}")"
  "q=$(join + "" cocao pirces goverment tarrif exprots barrell compnay yeild{,,,,,,,})"
  "q=$(printf '(%.0s' {1..100})oil$(printf ')%.0s' {1..100})"
  'q=%22'
  "q=$(join +OR+ place:{usa,uk,japan,france,china,canada,brazil,india,italy,spain,mexico,iran,iraq,kuwait,egypt,israel,chile,peru,cuba,greece,turkey})"
  'q=oil&place=usa&place=uk&place=japan&place=france&place=china'
  'q=said&page=50&n=50'
  'q=said&sort=date&n=50'
  'q=oil&page=999999999'
  'q=oil&n=100000'
  "q=$(printf 'oil+prices+%.0s' {1..1000})"
)
for qs in "${worst[@]}"; do
  cost "$qs"
  echo "$ms ms  $status  ${qs:0:70}"
  [ "$ms" -le "$limit" ] && pass || fail "${qs:0:100}: $ms ms of CPU, more than $limit"
done

# The costly ones are refused by name, not run.
QUERY_STRING="q=$(join +OR+ "${wildcards[@]}")" DATELINE_DB="$db" "$DATELINE_CGI" >"$work/out" 2>"$work/err"
expect_eq "26 wildcards ORed: refused" "Status: 400 Bad Request" "$(head -1 "$work/out" | tr -d '\r')"
expect_contains "and why" "too costly to run here" "$(cat "$work/err")"

finish
