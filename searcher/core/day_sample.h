// A sample of the archive's days, for estimating the facets of a match set too large to count
// at a bounded cost (facet_counter.h). It is made of whole days, which are posting lists (the
// D terms of schema.h): matching only the sampled days costs what they hold, whatever the
// size of the match set, and Xapian's remote backend runs it like any query.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <map>
#include <string>
#include <string_view>

namespace dateline {

struct DaySample {
  Xapian::Query filter;  // the sampled days' D terms, ORed
  // "YYYYMM" -> the month's articles per article of its sampled days.
  std::map<std::string, double, std::less<>> month_weight;
  std::size_t days = 0;          // days with articles in the archive
  std::size_t sampled_days = 0;  // of them, sampled

  // How many matches a match dated `yyyymmdd` (a sampled day) stands for.
  double day_weight(std::string_view yyyymmdd) const;
};

// About `fraction` of the archive's days: in every month its share of them, at least one, those
// whose date hashes lowest. The sample is spread evenly over the whole archive: never the first
// matches in docid order, which are its oldest (or newest) articles and say nothing of the
// others' dates. Each sampled match stands for its month's articles per article of the
// sampled days of that month (a ratio estimate: a quiet Sunday in the sample weighs as little
// as it should).
DaySample sample_days(const Xapian::Database& db, double fraction);

}  // namespace dateline
