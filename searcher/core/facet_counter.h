// How --facets counts places, countries and dates at a cost bounded whatever the size of the
// match set, with only what Xapian's remote backend runs (ValueCountMatchSpy, plain terms):
//
// - up to SearchBounds::exact_facets matches, and any match set of an archive of at most
//   SearchBounds::small_archive articles, every match is counted: in the hits' own run when that
//   run examines them all anyway (hits_run.h), else in a run of its own that only counts (no
//   weights and no collapsing, which costs more per match than the counting), which counts the
//   stories too;
// - past it, the matches of a sample of the archive's days (day_sample.h) are counted and
//   scaled to the whole, and the undated ones counted apart: an estimate, labelled as one in
//   every output (Facets::exact, Facets::sampled).
//
// What counting costs is reading three values per match (places, countries, day). Matches
// that lie close together share the blocks their values are stored in; scattered ones each
// cost a block read per value: at 250,000 articles on two cores (bench/scale's corpus), 2 to 7
// µs of CPU per match, where the hits' own run costs a fraction of a µs. Hence the bounds: a
// few thousand scattered matches are what a reader's page can afford, and an archive of a
// few tens of thousands of articles holds few enough blocks to read them all.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "facets.h"
#include "search_bounds.h"

namespace dateline {

// At most how many articles `query` can match, known before matching from the posting lists'
// lengths (nothing else is read). Xapian's estimate at this point assumes words independent,
// and "expects lower" found 6,210 where it said 3,000: only the bound is worth deciding on.
Xapian::doccount matches_at_most(const Xapian::Database& db, const Xapian::Query& query);

// What the hits' run found out about the size of the match set.
struct MatchSetSize {
  Xapian::doccount lower_bound = 0;
  Xapian::doccount estimated = 0;
};

struct CountedFacets {
  FacetTally tally;
  // Asked for and counted exactly: the matches once copies are collapsed, as the hits are
  // (one per similarity key, each match without one on its own).
  std::optional<std::uint64_t> stories;
};

// A small match set counted one match at a time: its articles, its stories (copies collapsed,
// as the hits are) and the matches of each similarity key. Exact whatever the database is made
// of: Xapian's own collapsed counts are estimates across shards, and its remote backend loses a
// hit's collapse count when it merges shards (issue 14).
struct ExactCounts {
  std::uint64_t articles = 0;
  std::uint64_t stories = 0;
  std::map<std::string, Xapian::doccount> per_key;  // similarity key -> matches holding it
};
// Nullopt when `query` matches more than `bound` articles (found after bound + 1 matches).
std::optional<ExactCounts> count_exactly(const Xapian::Database& db, const Xapian::Query& query,
                                         Xapian::doccount bound);

// The facets of `query` when the hits' run did not count every match: exact when there may be at
// most bounds.exact_facets or the archive is small, else an estimate. `size`: what the hits' run
// found out, which decides and sizes the sample.
CountedFacets count_facets(const Xapian::Database& db, const Xapian::Query& query,
                           MatchSetSize size, bool count_stories, const SearchBounds& bounds = {});

}  // namespace dateline
