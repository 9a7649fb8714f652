#!/usr/bin/env bash
# The web page as a reader uses it (issue 15), in Debian's Chromium driven by playwright-core
# (tests/page_audit/check.mjs): a hit's article page, a place link from it, facet counts against
# the totals their clicks give, the Atom feed and the OpenSearch description parsed as XML, no
# dead ends, the phone layout, and an axe-core audit of every kind of page with no serious
# violation. Screenshots go to $DATELINE_ARTIFACTS (and to $DATELINE_SCREENSHOTS when set: the
# README's, in searcher/cgi/screenshots/).
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
audit=$here/../page_audit
artifacts=${DATELINE_ARTIFACTS:-$work/artifacts}
command -v node >/dev/null || { fail "node is needed (.ci/install-deps installs it)"; finish; exit; }
if [ ! -d "$audit/node_modules/playwright-core" ] || [ ! -d "$audit/node_modules/axe-core" ]; then
  # The versions package-lock.json pins, from the npm registry.
  npm ci --prefix "$audit" --no-audit --no-fund >"$work/npm.log" 2>&1 ||
    { fail "npm ci in tests/page_audit: $(tail -3 "$work/npm.log")"; finish; exit; }
fi

. "$here/web_server.sh"

while IFS= read -r line; do
  case $line in
    "PASS "*) pass ;;
    "FAIL "*) fail "${line#FAIL }" ;;
    *) echo "$line" >&2 ;;
  esac
done < <(node "$audit/check.mjs" "$base" "$artifacts" "${DATELINE_SCREENSHOTS:-}" 2>&1)
[ "$checks" -ge 40 ] && pass || fail "the audit ran $checks checks: it stopped early"
finish
