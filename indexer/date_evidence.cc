#include "date_evidence.h"

// date::month_day and friends trip g++ 12's -Wmaybe-uninitialized inside the library's own
// templates, as in common/dates.cc.
#if defined(__GNUC__) && !defined(__clang__)  // clang has no such warning
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

#include <date/date.h>

#include <vector>

#include "text.h"

namespace dateline {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alnum(char c) { return is_digit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

// A word without the punctuation (ASCII or UTF-8 quotes) around it: "“March" -> "March",
// "2024," -> "2024", "Dec." -> "Dec", "7-" -> "7".
std::string_view core(std::string_view word) {
  while (!word.empty() && !is_alnum(word.front())) word.remove_prefix(1);
  while (!word.empty() && !is_alnum(word.back())) word.remove_suffix(1);
  return word;
}

std::vector<std::string_view> words(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
    const std::size_t start = i;
    while (i < s.size() && s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r') ++i;
    if (i > start) out.push_back(s.substr(start, i - start));
  }
  return out;
}

// "5", "05", "5th", "22nd": the day of the month, or 0.
unsigned day_number(std::string_view w) {
  std::size_t digits = 0;
  while (digits < w.size() && is_digit(w[digits])) ++digits;
  if (digits == 0 || digits > 2) return 0;
  const std::string_view suffix = w.substr(digits);
  if (!suffix.empty() && suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th")
    return 0;
  unsigned d = 0;
  for (std::size_t i = 0; i < digits; ++i) d = d * 10 + static_cast<unsigned>(w[i] - '0');
  return d >= 1 && d <= 31 ? d : 0;
}

// A month name as written in running text: capitalised ("may" is a verb, "May" a month).
unsigned month_word(std::string_view w) {
  if (w.empty() || w.front() < 'A' || w.front() > 'Z') return 0;
  return static_cast<unsigned>(month_from_name(w));
}

std::optional<MonthDay> month_day(unsigned month, unsigned day) {
  // Any year: 29 February is a day a dateline may name.
  if (month == 0 || day == 0 || !date::month_day{date::month{month}, date::day{day}}.ok())
    return std::nullopt;
  return MonthDay{month, day};
}

// The first `n` paragraphs of a body (paragraphs are separated by blank lines).
std::string_view opening(std::string_view body, std::size_t n) {
  std::size_t pos = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t end = body.find("\n\n", pos);
    if (end == std::string_view::npos) return body;
    if (i + 1 == n) return body.substr(0, end);
    pos = end + 2;
  }
  return body.substr(0, 0);
}

}  // namespace

std::optional<MonthDay> dateline_day(std::string_view dateline) {
  // Any two neighbouring words: "LONDON, March 9", "SAN JOSE, Calif., April 13", and the
  // wire's slips "DETROIT June 18" (no comma) or "ANGLETON, Tex. March 3". No place is named
  // like a month and a day ("AUGUSTA" is no month, "MARCH AIR FORCE BASE" has no day).
  const auto w = words(dateline);
  for (std::size_t i = 0; i + 1 < w.size(); ++i) {
    const std::string_view a = core(w[i]);
    const std::string_view b = core(w[i + 1]);
    // "March 9", "Dec. 5", "APril 8"; or "2 March".
    if (auto md = month_day(static_cast<unsigned>(month_from_name(a)), day_number(b))) return md;
    if (auto md = month_day(static_cast<unsigned>(month_from_name(b)), day_number(a))) return md;
  }
  return std::nullopt;
}

constexpr std::int64_t seconds_per_day = 86400;
// A file is written after the story it holds: a day's grace for time zones.
constexpr std::int32_t file_time_grace_days = 1;
// A record sits within months of its neighbours in an archive: half a year either way.
constexpr std::int32_t neighbour_days = 183;
// Years a news story is written in; "1066" or "2525" in a text are not publication years.
constexpr int first_news_year = 1800;
constexpr int last_news_year = 2199;

std::optional<ParsedDate> find_written_date(std::string_view text) {
  const auto w = words(text);
  auto year_of = [](std::string_view s) -> int {
    if (s.size() != 4) return 0;
    int y = 0;
    for (char c : s) {
      if (!is_digit(c)) return 0;
      y = y * 10 + (c - '0');
    }
    return y >= first_news_year && y <= last_news_year ? y : 0;
  };
  for (std::size_t i = 0; i + 2 < w.size(); ++i) {
    const std::string_view a = core(w[i]);
    const std::string_view b = core(w[i + 1]);
    const std::string_view c = core(w[i + 2]);
    unsigned month = month_word(a);
    unsigned day = day_number(b);  // "March 5, 2024"
    if (month == 0 || day == 0) {
      day = day_number(a);  // "5 March 2024"
      month = month_word(b);
    }
    const int year = year_of(c);
    if (month == 0 || day == 0 || year == 0) continue;
    const date::year_month_day ymd{date::year{year}, date::month{month}, date::day{day}};
    if (!ymd.ok()) continue;
    return ParsedDate{date::sys_seconds{date::sys_days{ymd}}.time_since_epoch().count(),
                      DatePrecision::day};
  }
  return std::nullopt;
}

namespace {

// Paragraphs read for a publication date line: a scraper puts the page's date line at the top.
constexpr std::size_t publication_paragraphs = 3;
// A word a page's date line holds besides the date itself: a weekday, a time, a zone.
bool date_line_word(std::string_view w) {
  if (w.empty() || month_word(w) != 0 || day_number(w) != 0) return true;
  if (w.size() == 4 && is_digit(w[0]) && is_digit(w[1]) && is_digit(w[2]) && is_digit(w[3]))
    return true;
  if (w.find(':') != std::string_view::npos && is_digit(w[0])) return true;  // 10:31
  for (std::string_view day :
       {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
        "wed",    "thu",     "fri",       "sat",      "sun",    "at",       "on",     "am",  "pm",
        "gmt",    "utc",     "bst",       "cet",      "est",    "edt",      "pst"})
    if (w.size() == day.size() && starts_with_ci(w, day)) return true;
  return false;
}

// A line that is a date and nothing more ("Friday, March 5th, 2024, 10:31 GMT").
bool is_date_line(std::string_view line) {
  for (std::string_view w : words(line))
    if (!date_line_word(core(w))) return false;
  return true;
}

bool says_published(std::string_view line) {
  for (std::string_view cue : {"published", "updated", "posted", "first published", "last updated",
                               "last modified", "date:"})
    if (starts_with_ci(line, cue)) return true;
  return false;
}

}  // namespace

std::optional<ParsedDate> find_publication_date(std::string_view body) {
  for (std::string_view line : split_lines(opening(body, publication_paragraphs))) {
    line = trim(line);
    if (line.empty()) continue;
    if (says_published(line) || is_date_line(line)) {
      if (auto d = find_written_date(line)) return d;
    }
  }
  return std::nullopt;
}

std::optional<std::int64_t> day_near(MonthDay md, std::int64_t evidence,
                                     std::int32_t max_days_after) {
  const std::int32_t latest = days_of(evidence) + max_days_after;
  const int year = civil_from_days(latest).year;
  // Four years back always meet a leap year (but for 1900 and 2100: nullopt, not a guess).
  for (int y = year; y > year - 4; --y) {
    const date::year_month_day ymd{date::year{y}, date::month{md.month}, date::day{md.day}};
    if (!ymd.ok()) continue;
    const std::int32_t d = days_from_civil(y, md.month, md.day);
    if (d <= latest) return static_cast<std::int64_t>(d) * seconds_per_day;
  }
  return std::nullopt;
}

void settle_date(Article& a, const DateEvidence& e) {
  if (a.date) return;
  if (e.given) {
    a.date = e.given;
    a.date->source = DateSource::metadata;
    return;
  }
  if (const auto md = dateline_day(a.dateline)) {
    std::optional<std::int64_t> day;
    if (e.file_time) {
      day = day_near(*md, *e.file_time, file_time_grace_days);
    } else if (e.crawled) {
      day = day_near(*md, *e.crawled, file_time_grace_days);  // fetched after it was published
    } else if (e.neighbour) {
      day = day_near(*md, *e.neighbour, neighbour_days);
    }
    if (day) {
      a.date = ArticleDate{*day, DatePrecision::day, DateSource::dateline};
      return;
    }
  }
  if (const auto d = find_publication_date(a.body)) {
    a.date = ArticleDate{d->unix_seconds, d->precision, DateSource::text};
    return;
  }
  if (e.crawled) {
    // Only the day, as for a file time: the page was fetched some time after it was published.
    a.date = ArticleDate{static_cast<std::int64_t>(days_of(*e.crawled)) * seconds_per_day,
                         DatePrecision::day, DateSource::crawl};
    return;
  }
  if (e.file_time) {
    // Only the day: the file was written some time after the story was published.
    a.date = ArticleDate{static_cast<std::int64_t>(days_of(*e.file_time)) * seconds_per_day,
                         DatePrecision::day, DateSource::file_time};
  }
}

}  // namespace dateline
