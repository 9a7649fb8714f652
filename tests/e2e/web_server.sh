# Sourced by the web page's tests (web.sh, page_audit.sh) after lib.sh: indexes corpus/ into
# $db and serves the built dateline.cgi over it with lighttpd (mod_cgi) on a free loopback
# port, stopped on exit. Sets $www, $port, $server and $base (the page's address).
"$DATELINE_INDEX" --db "$db" --progress none "$here/../../corpus" 2>/dev/null
www=$work/www
mkdir -p "$www"
cp "$DATELINE_CGI" "$www/dateline.cgi"

port=0
for try in 1 2 3 4 5 6 7 8; do
  candidate=$((20000 + RANDOM % 20000))
  (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null || { port=$candidate; break; }
done
[ "$port" -ne 0 ] || { echo "no free port" >&2; exit 1; }
cat > "$work/lighttpd.conf" <<CONF
server.document-root = "$www"
server.bind = "127.0.0.1"
server.port = $port
server.errorlog = "$work/lighttpd-error.log"
server.breakagelog = "$work/cgi-stderr.log"
server.pid-file = "$work/lighttpd.pid"
server.modules = ("mod_cgi", "mod_setenv")
index-file.names = ("dateline.cgi")
cgi.assign = (".cgi" => "")
setenv.add-environment = ("DATELINE_DB" => "$db")
CONF
lighttpd -D -f "$work/lighttpd.conf" 2>"$work/lighttpd.out" &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT
for i in $(seq 50); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
base="http://127.0.0.1:$port/dateline.cgi"
