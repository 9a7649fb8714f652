// The run that finds a request's hits: ranked by the request's weighting (ranking.h), or newest
// first (browsing, --sort date), one hit per story, the page asked for; and the counts that go with
// them.
#pragma once

#include <xapian.h>

#include <memory>

#include "facet_counter.h"
#include "search_bounds.h"
#include "search_request.h"

namespace dateline {

class HitsRun {
 public:
  // `browsing`: no words to rank by, so newest first. Counts the facets in the same run (spies)
  // when the match set certainly fits in what the run examines anyway.
  HitsRun(const Xapian::Database& db, const Xapian::Query& query, bool browsing,
          const SearchRequest& request, const SearchBounds& bounds);

  // The page of hits.
  const Xapian::MSet& hits() const { return hits_; }
  // Totals, collapsed and not: the hits' own MSet, or for a large match set found newest first
  // by date windows, a run ranked as the words rank (examining as many matches as a ranked
  // search does).
  const Xapian::MSet& counts() const { return windowed_ ? counts_ : hits_; }
  // The query as run, with --recency's boost.
  const Xapian::Query& query() const { return query_; }

  // Whether the facets were counted in this run, over every match.
  bool counted_every_match() const;
  const FacetSpies& spies() const { return *spies_; }

 private:
  Xapian::Enquire enquire(const Xapian::Database& db, const Xapian::Query& query,
                          bool newest_first) const;

  const SearchRequest& request_;
  bool browsing_;
  Xapian::Query query_;
  std::unique_ptr<FacetSpies> spies_;
  Xapian::doccount check_at_least_ = 0;
  bool windowed_ = false;
  Xapian::MSet hits_;
  Xapian::MSet counts_;
};

}  // namespace dateline
