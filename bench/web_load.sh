#!/usr/bin/env bash
# Load figure for the web page: dateline.cgi behind lighttpd (mod_cgi, a process per request)
# on loopback, over an index of all of Reuters-21578, measured with wrk. Prints requests per
# second and p50/p99 latency per page. A measurement, not a test.
#
#   bench/web_load.sh [BUILD_DIR] [REUTERS_DIR] [SECONDS]
#   bench/web_load.sh BUILD_DIR --db DATABASE [SECONDS]   # an index built already, e.g. the
#                                                         # 1M one of bench/scale/run.sh --keep
set -euo pipefail
build=${1:-build}
reuters=${2:-../shared/corpora/reuters21578}
db=
if [ "$reuters" = --db ]; then
  db=$(realpath "${3:?--db needs a database}")
  shift
fi
seconds=${3:-10}
connections=${WRK_CONNECTIONS:-8}  # WRK_CONNECTIONS=1: one reader at a time, no queueing
work=$(mktemp -d)
trap 'kill $(cat "$work/pid" 2>/dev/null) 2>/dev/null; rm -rf "$work"' EXIT
if [ -z "$db" ]; then
  db=$work/db
  "$build/indexer/dateline-index" --db "$db" --progress none "$reuters" 2>/dev/null || [ $? -eq 3 ]
fi
mkdir -p "$work/www"
cp "$build/searcher/dateline.cgi" "$work/www/"
port=$((20000 + RANDOM % 20000))
cat > "$work/lighttpd.conf" <<CONF
server.document-root = "$work/www"
server.bind = "127.0.0.1"
server.port = $port
server.errorlog = "$work/error.log"
server.modules = ("mod_cgi", "mod_setenv")
cgi.assign = (".cgi" => "")
setenv.add-environment = ("DATELINE_DB" => "$db")
CONF
/usr/sbin/lighttpd -D -f "$work/lighttpd.conf" & echo $! > "$work/pid"
sleep 0.5
echo "dateline.cgi behind lighttpd, $(nproc) cores, $(xapian-delve "$db" | sed -n 's/^number of documents = //p') documents, wrk -t$((connections < 2 ? 1 : 2)) -c$connections -d${seconds}s"
for path in "?q=oil" "?q=cocoa+prices&place=gb" "?q=&place=jp&from=1987-03&to=1987-03" "?q=oil&page=5&sort=date" "?q=cocoa&format=json"; do
  out=$(wrk -t"$((connections < 2 ? 1 : 2))" -c"$connections" -d"${seconds}s" --latency "http://127.0.0.1:$port/dateline.cgi$path")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  errors=$(grep -E 'Non-2xx|Socket errors' <<<"$out" || true)
  printf '%-40s %8s req/s   p50 %8s   p99 %8s %s\n' "$path" "$rps" "$p50" "$p99" "$errors"
done
