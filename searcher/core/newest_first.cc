#include "newest_first.h"

#include "dates.h"
#include "query_builder.h"
#include "schema.h"

namespace dateline {

std::vector<Xapian::Query> newest_first_windows(const Xapian::Database& db) {
  std::vector<Xapian::Query> windows;
  const auto first = parse_day_bound(db.get_value_lower_bound(schema::slot::day), false);
  const auto last = parse_day_bound(db.get_value_upper_bound(schema::slot::day), false);
  if (!first || !last) return windows;
  constexpr std::int32_t first_span = 31;
  constexpr std::int32_t growth = 4;
  for (std::int32_t span = first_span; *last - span + 1 > *first; span *= growth)
    windows.push_back(date_filter(db, *last - span + 1, *last));
  return windows;
}

}  // namespace dateline
