#!/usr/bin/env bash
# Ranking evaluation: builds, then runs CRAN, MED and NPL through dateline (the built
# dateline-index and dateline-search with their default settings), SQLite FTS5 and plain Xapian,
# and prints MAP, nDCG@10, P@10 and R@100 per collection and on average, with timings.
# A measurement, not a test (README "Measured").
#
#   bench/eval/run-eval.sh [BUILD_DIR] [EVAL_DIR] [dateline-eval options: --markdown, --work DIR ...]
#
# DATELINE_INDEX and DATELINE_SEARCH replace the programs of BUILD_DIR (to measure another build
# of dateline with this harness).
set -euo pipefail
build=${1:-build}
eval_dir=${2:-$(dirname "$0")/../../../shared/eval}
shift $(($# < 2 ? $# : 2))

start=$SECONDS
ninja -C "$build" bench/eval/dateline-eval indexer/dateline-index searcher/dateline-search >/dev/null
echo "build: $((SECONDS - start)) s"
"$build/bench/eval/dateline-eval" \
  --indexer "${DATELINE_INDEX:-$build/indexer/dateline-index}" \
  --searcher "${DATELINE_SEARCH:-$build/searcher/dateline-search}" \
  "$@" "$eval_dir"
echo "run-eval.sh: $((SECONDS - start)) s in all, build included"
