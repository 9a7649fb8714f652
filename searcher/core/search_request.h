// What a front end (CLI flags, CGI parameters) asks the search core for. Plain data.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ranking.h"

namespace dateline {

enum class SortOrder { relevance, date };

// The date facets' granularity; `automatic` picks the finest useful one from the match set's
// span (facets.h).
enum class DateGranularity { automatic, year, month, day };

// Instants in unix seconds, both ends inclusive: --recent 7d is [now - 7 days, now].
struct TimeWindow {
  std::int64_t since = 0;
  std::int64_t until = 0;
};

struct SearchRequest {
  std::string query;                   // free text with the QueryParser syntax; may be empty
  std::optional<std::int32_t> from;    // days since 1970-01-01, inclusive
  std::optional<std::int32_t> to;      // inclusive
  std::optional<TimeWindow> recent;    // to the second, unlike from/to
  std::vector<std::string> places;     // as typed ("Kyiv", "usa"); any of them matches
  std::int64_t recency_half_life = 0;  // seconds; 0: relevance alone (recency.h)
  bool all = false;  // --all: every copy of a republished story, not one hit per story
  std::string like;  // --like ID: articles like this one (more_like_this.h)
  SortOrder sort = SortOrder::relevance;
  unsigned offset = 0;
  unsigned limit = 10;
  bool facets = false;
  unsigned facet_limit = 20;  // top N places
  DateGranularity date_facet = DateGranularity::automatic;
  std::string language = "en";
  Weighting weighting = Weighting::bm25;  // --weighting (ranking.h)
  Expansion expansion;                    // pseudo-relevance feedback (query_expansion.h)
  bool proximity = false;  // --proximity: adjacent words side by side rank higher (proximity.h)
  bool snippets = true;    // false: hits without passages nor marked titles (csv output)
  // The most a query may cost, in postings read per article of the archive (query_cost.h):
  // beyond it the request is a UsageError. 0: no bound (the terminal spends its own CPU).
  unsigned max_cost = 0;
};

}  // namespace dateline
