#!/usr/bin/env bash
# HTML extraction: builds the measuring tool, then compares the HTML reader's title, byline,
# date and main text with Readability's on the shared pages (README "Measured").
# A measurement, not a test.
#
#   bench/html-extraction.sh [BUILD_DIR] [PAGES_DIR] [html-extraction options: --table, --page NAME]
set -euo pipefail
build=${1:-build}
pages=${2:-$(dirname "$0")/../../shared/html-pages}
shift $(($# < 2 ? $# : 2))
ninja -C "$build" bench/html-extraction >/dev/null
"$build/bench/html-extraction" --pages "$pages" "$@"
