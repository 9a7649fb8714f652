#!/bin/sh
# Draws the place development sets from ../shared/corpora, deterministically: files are ordered
# by the SHA-256 of "SEED:path" (coreutils only, the same on every machine) and the first N of
# each group taken. Re-running prints the same lists the labels in this folder were made from.
#
#   bench/places/sample-dev-set.sh [--train] [CORPORA_DIR]    (default ../shared/corpora)
#
# --train prints the BBC training set instead: the next 60 articles of each topic, disjoint from
# the development set, labelled by the same rules to fit the salience model on modern text.
set -eu
train=no
if [ "${1:-}" = --train ]; then
  train=yes
  shift
fi
corpora=${1:-../shared/corpora}
seed=dateline-places-2026
pick() {  # pick N FILE...: the first N files in hash order
  n=$1
  shift
  for f in "$@"; do
    printf '%s %s\n' "$(printf '%s:%s' "$seed" "$f" | sha256sum | cut -c1-16)" "$f"
  done | sort | head -n "$n" | cut -d' ' -f2
}
cd "$corpora"
# BBC News: 25 articles from each of the five topics (the development set), then the next 60
# of each topic in the same order (the training set, with --train).
for topic in business entertainment politics sport tech; do
  if [ "$train" = yes ]; then
    pick 85 bbc/$topic/*.txt | tail -n 60
  else
    pick 25 bbc/$topic/*.txt
  fi
done
[ "$train" = yes ] && exit 0
# mini_newsgroups: 3 posts from each of the 20 groups, among posts under 8 KB (long FAQs and
# source-code postings are not news and would dominate the labelling effort).
for group in mini_newsgroups/*/; do
  # shellcheck disable=SC2046
  pick 3 $(find "$group" -type f -size -8k | sort)
done
# Reuters-21578 TEST (LEWISSPLIT="TEST"): 100 stories for city-level labels, by NEWID.
test_ids=$(grep -aho 'LEWISSPLIT="TEST"[^>]*NEWID="[0-9]*"' reuters21578/reut2-*.sgm |
  sed 's/.*NEWID="\([0-9]*\)"/reuters21578:\1/')
# shellcheck disable=SC2086
pick 100 $test_ids
