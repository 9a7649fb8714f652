// Recency for news: an optional boost that decays with age (a half-life), added to BM25 with
// OP_AND_MAYBE so it reorders matches but never adds any. Age is counted in days back from the
// newest article in the index, not from today, so an archive of 1987 blends the same way as
// this morning's wire. Undated articles get no boost.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <string>

#include "dates.h"

namespace dateline {

// The largest boost a brand-new article gets: about a strong title match.
inline constexpr double recency_boost = 3.0;

Xapian::Query with_recency(const Xapian::Database& db, const Xapian::Query& query,
                           std::int64_t half_life_seconds);

// "30d", "12h", "2w", "6m", "1y" -> seconds; 0 when malformed or longer than
// span_within_news_years allows. Months and years are calendar ones (dates.h's span parser, the
// one --recent uses), counted back from `now`.
std::int64_t parse_half_life(const std::string& text, std::int64_t now);

// Whether `span` (--recent, --recency) is at most the years news may be dated in (dates.h,
// 1000-2999): 1999y, 23988m, 104302w, 730120d. Longer spans are refused, not counted: the calendar
// behind months and years holds years -32767 to 32767 only, and 40000y wrapped round to a half-life
// in the future.
bool span_within_news_years(const Span& span);

}  // namespace dateline
