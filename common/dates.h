// Date parsing for every format news comes in, and the few date formats the index stores.
// Calendar arithmetic and the strptime-like work are Howard Hinnant's date library; this file is
// the glue it lacks (RFC 2822's real-world variants, zone names, two-digit years).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "article.h"

namespace dateline {

struct ParsedDate {
  std::int64_t unix_seconds = 0;  // UTC
  DatePrecision precision = DatePrecision::day;
};

// Parses, in this order: ISO 8601 (`2025-12-05`, `2025-12-05T14:03:00Z`, with an offset),
// RFC 2822 and its Usenet variants (`Fri, 2 Apr 93 10:00:29 GMT`, zone names such as EST or
// PDT, a missing or wrong weekday), Reuters (`26-FEB-1987 15:01:01.79`) and written dates
// (`March 5, 2024`, `5 March 2024`, `Dec. 5, 2025`). nullopt when nothing fits or the calendar
// date does not exist.
std::optional<ParsedDate> parse_date(std::string_view text);

// The years a news date may fall in. A filter bound outside them is a usage error (400 on the
// page) and a date an article gives outside them is dropped with a warning: year 1 or 9999 is a
// placeholder or a typo, never when a story ran, and it would widen every date range.
inline constexpr int earliest_year = 1000;
inline constexpr int latest_year = 2999;
bool plausible_year(int year);
// The year of an instant (unix seconds) is plausible_year.
bool plausible_instant(std::int64_t unix_seconds);

// `day` (days since 1970-01-01) when its year is one news is dated in, else a UsageError
// "WHERE: the year Y is outside ...": every bound a reader types (--from/--to, the page's from
// and to, date:) goes through it, so that year 0 or 9999 is refused by name, not searched.
std::int32_t require_news_year(std::int32_t day, std::string_view where);

// A bound of a date filter as a user types it: `1987`, `1987-03`, `1987-03-09` or `19870309`.
// `end` picks the last day of a year or month instead of the first. Returns days since
// 1970-01-01, or nullopt.
std::optional<std::int32_t> parse_day_bound(std::string_view text, bool end);

// A span of time as a user types it (`--recent`, `--recency`): "36h", "7d", "2w", "3m"
// (calendar months), "1y" (calendar years). One parser, so every option reads "3m" alike.
struct Span {
  std::int64_t count = 0;  // 1 to 999999
  char unit = 'd';         // h, d, w, m or y
};

// nullopt for a malformed span (no unit, another unit, zero, more than 6 digits).
std::optional<Span> parse_span(std::string_view text);

// The instant `span` before `now` (unix seconds): "1m" on 31 March is 28 (or 29) February.
std::int64_t span_start(const Span& span, std::int64_t now);

// `--recent`: the span's first second counted back from `now`, or nullopt when malformed.
std::optional<std::int64_t> recent_since(std::string_view span, std::int64_t now);

// 1..12 for a month's name as news writes it: "March", "Mar", "MAR", "Sept", "Apri" (a
// prefix of the full name, at least three letters); 0 for anything else ("Mayday"). A
// trailing full stop ("Dec.") is the caller's to strip.
int month_from_name(std::string_view word);

// 1987-03-09 as days since 1970-01-01 and back.
std::int32_t days_from_civil(int year, unsigned month, unsigned day);
struct CivilDay {
  int year;
  unsigned month;
  unsigned day;
};
CivilDay civil_from_days(std::int32_t days);

std::int32_t days_of(std::int64_t unix_seconds);

// "19870309", "198703", "1987" for a day count.
std::string yyyymmdd(std::int32_t days);
std::string yyyymm(std::int32_t days);
std::string yyyy(std::int32_t days);

// ISO 8601 to the known precision: "1987", "1987-03", "1987-03-09", "1987-03-09T15:01:01Z".
std::string format_iso8601(std::int64_t unix_seconds, DatePrecision precision);

}  // namespace dateline
