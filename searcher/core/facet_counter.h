// How --facets counts places, countries and dates at a cost bounded whatever the size of the
// match set, with only what Xapian's remote backend runs (ValueCountMatchSpy, plain terms):
//
// - up to exact_facet_bound matches, and any match set of an archive of at most small_archive
//   articles, every match is counted: in the hits' own run when that run examines them all
//   anyway (searcher.cc), else in a run of its own that only counts (no weights and no
//   collapsing, which costs more per match than the counting), which counts the stories too;
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
#include <optional>

#include "facets.h"

namespace dateline {

inline constexpr Xapian::doccount exact_facet_bound = 5000;
inline constexpr Xapian::doccount small_archive = 30000;
inline constexpr Xapian::doccount facet_sample_size = 10000;

// Xapian's estimate of `query`'s matches before matching: from the posting lists' lengths,
// nothing else read.
Xapian::doccount estimated_matches(const Xapian::Database& db, const Xapian::Query& query);

struct CountedFacets {
  FacetTally tally;
  // Asked for and counted exactly: the matches once copies are collapsed, as the hits are
  // (one per similarity key, each match without one on its own).
  std::optional<std::uint64_t> stories;
};

// The facets of `query` when the hits' run did not count every match: exact when there are at
// most exact_facet_bound or the archive is small, else an estimate. `estimated`: the hits' run's
// estimate of the match set, which sizes the sample.
CountedFacets count_facets(const Xapian::Database& db, const Xapian::Query& query,
                           Xapian::doccount estimated, bool count_stories);

}  // namespace dateline
