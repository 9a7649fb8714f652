// Dates an article does not carry in its own metadata, settled in DESIGN order: the dateline's
// day (its year from the nearest other evidence), the text's own publication date line, the
// file's modification time (when the user vouches for it). Pure functions: the pipeline supplies
// the file time.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "article.h"
#include "dates.h"

namespace dateline {

// A calendar day without its year, as wire datelines write it.
struct MonthDay {
  unsigned month = 0;  // 1..12
  unsigned day = 0;    // 1..31
};

// The day of a wire dateline: "LONDON, March 9", "MIAMI, Dec. 5", "SAN JOSE, Calif., April 13",
// "NEW YORK, April 1, Reuter", "LONDON, April 7 - Cocoa physical trade", "TOKYO, 2 March",
// "DETROIT June 18". nullopt when the dateline names no day ("MIAMI", "KYIV, Ukraine").
std::optional<MonthDay> dateline_day(std::string_view dateline);

// The first full written date in `text`: "March 5, 2024", "Dec. 5, 2025", "5 December 2025",
// "Friday, March 5th, 2024". Month names must be capitalised and the year must have four
// digits, so "may 5" or "5 March" alone are not dates. Day precision.
std::optional<ParsedDate> find_written_date(std::string_view text);

// A date the text gives as its own publication date, in its first paragraphs: on a line
// that says so ("Published: 5 December 2025", "Updated March 5, 2024 10:31 GMT", "Posted
// on ...", "Last updated ..."), or on a line that is a date and nothing more (a page's own
// date line: "Friday, March 5th, 2024"). A date in running text is not one: it dates the
// death in a funeral story, the quarter in a results story ("the three months to 31 December
// 2004"), the original of a re-release.
std::optional<ParsedDate> find_publication_date(std::string_view body);

// `day` in the latest year that puts it no more than `max_days_after` days after `evidence`
// (unix seconds): an article is dated before the file that holds it was written (allow a day
// for time zones), or near its neighbours in an archive (allow half a year either way).
// Midnight UTC of that day; nullopt for 29 February far from a leap year.
std::optional<std::int64_t> day_near(MonthDay day, std::int64_t evidence,
                                     std::int32_t max_days_after);

// What the pipeline knows about an article's date beyond what its reader found.
struct DateEvidence {
  std::optional<ArticleDate> given;       // --date: for every article without a metadata date
  std::optional<std::int64_t> file_time;  // modification time of a one-article file
  std::optional<std::int64_t> neighbour;  // date of the previous dated record of the same file
  std::optional<std::int64_t> crawled;    // when a crawler fetched the page (Article::crawled)
};

// Sets `a.date` when the reader found no metadata date, in this order: `given`; the
// dateline's day with the year of the file time (else of the crawl, else of the neighbour); the
// text's own publication date (find_publication_date); the crawl's day; the file time (day
// precision). Each is marked with its DateSource; with none of them the article stays undated.
void settle_date(Article& a, const DateEvidence& evidence);

}  // namespace dateline
