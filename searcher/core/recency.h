// Recency for news: an optional boost that decays with age (a half-life), added to BM25 with
// OP_AND_MAYBE so it reorders matches but never adds any. Age is counted back from the newest
// article in the index, not from today, so an archive of 1987 blends the same way as this
// morning's wire.
#pragma once

#include <xapian.h>

#include <cstdint>

namespace dateline {

// The largest boost a brand-new article gets: about a strong title match.
inline constexpr double recency_boost = 3.0;

Xapian::Query with_recency(const Xapian::Database& db, const Xapian::Query& query,
                           std::int64_t half_life_seconds);

// "30d", "12h", "2w", "6m", "1y" -> seconds; 0 when malformed. Months and years are calendar
// ones (dates.h's span parser, the one --recent uses), counted back from `now`.
std::int64_t parse_half_life(const std::string& text, std::int64_t now);

}  // namespace dateline
