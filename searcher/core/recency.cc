#include "recency.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>

#include "schema.h"

namespace dateline {

namespace {

// Days mapped at most: 55 years of days, about 400 kB sent to each remote shard with the query.
constexpr std::int32_t max_mapped_days = 20000;

std::optional<std::int32_t> day_number(const std::string& yyyymmdd_value) {
  int year = 0;
  unsigned month = 0, day = 0;
  if (yyyymmdd_value.size() != 8 ||
      std::sscanf(yyyymmdd_value.c_str(), "%4d%2u%2u", &year, &month, &day) != 3) {
    return std::nullopt;
  }
  return days_from_civil(year, month, day);
}

}  // namespace

// Xapian's own ValueMapPostingSource, not a PostingSource of ours: the stock xapian-tcpsrv can
// run it for a remote shard (it cannot load a custom one), so --recency works on shards
// (issue 14). Its weight is looked up by the article's day (slot 0), so age counts in whole
// days: an article of the newest day gets the whole boost, one of the day before 2^(-1/h) of
// it, and so on back to where the boost is under a thousandth (12 half-lives) or the archive
// begins; older articles share the weight of the last day mapped.
Xapian::Query with_recency(const Xapian::Database& db, const Xapian::Query& query,
                           std::int64_t half_life_seconds) {
  const auto newest = day_number(db.get_value_upper_bound(schema::slot::day));
  const auto oldest = day_number(db.get_value_lower_bound(schema::slot::day));
  if (!newest || !oldest || half_life_seconds <= 0) return query;
  const double half_life_days = static_cast<double>(half_life_seconds) / 86400.0;
  const auto weight = [half_life_days](std::int32_t age) {
    return recency_boost * std::exp2(-static_cast<double>(age) / half_life_days);
  };
  const double horizon_days = std::ceil(12.0 * half_life_days);
  const std::int32_t mapped = static_cast<std::int32_t>(
      std::min<double>({horizon_days, static_cast<double>(*newest - *oldest),
                        static_cast<double>(max_mapped_days - 1)}));
  auto* source = new Xapian::ValueMapPostingSource(schema::slot::day);
  for (std::int32_t age = 0; age <= mapped; ++age) {
    source->add_mapping(yyyymmdd(*newest - age), weight(age));
  }
  source->set_default_weight(weight(mapped));
  return Xapian::Query(Xapian::Query::OP_AND_MAYBE, query, Xapian::Query(source->release()));
}

bool span_within_news_years(const Span& span) {
  constexpr std::int64_t years = latest_year - earliest_year;
  const std::int64_t days =
      days_from_civil(latest_year, 1, 1) - days_from_civil(earliest_year, 1, 1);
  switch (span.unit) {
    case 'h':
      return span.count <= days * 24;
    case 'd':
      return span.count <= days;
    case 'w':
      return span.count <= days / 7;
    case 'm':
      return span.count <= years * 12;
    default:
      return span.count <= years;
  }
}

std::int64_t parse_half_life(const std::string& text, std::int64_t now) {
  const auto span = parse_span(text);
  if (!span || !span_within_news_years(*span)) return 0;
  return now - span_start(*span, now);
}

}  // namespace dateline
