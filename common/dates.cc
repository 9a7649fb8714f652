#include "dates.h"

// date::parse trips g++ 12's -Wmaybe-uninitialized inside the library's own templates (the
// uninitialised seconds it warns of are real for malformed input: iso8601_shape keeps such
// input away); silence only that warning, only in this file, only for g++ (clang has no such
// warning and rejects the pragma).
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

#include <date/date.h>
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdlib>
#include <regex>
#include <sstream>
#include <vector>

#include "errors.h"
#include "text.h"

namespace dateline {

namespace {

using namespace std::chrono;

std::optional<ParsedDate> from_sys(date::sys_time<milliseconds> tp, DatePrecision precision) {
  return ParsedDate{duration_cast<seconds>(tp.time_since_epoch()).count(), precision};
}

// One attempt with date::parse; the whole input must be consumed.
template <class Parseable>
bool parse_whole(const std::string& input, const char* format, Parseable& out,
                 minutes* offset = nullptr) {
  std::istringstream in(input);
  if (offset != nullptr) {
    in >> date::parse(format, out, *offset);
  } else {
    in >> date::parse(format, out);
  }
  if (in.fail()) return false;
  in >> std::ws;
  return in.peek() == std::char_traits<char>::eof();
}

// The "+hh:mm" or "+hhmm" that ends `text` is one a clock can show: zones run from -12:00 to
// +14:00, and a minute is under 60 (date::parse takes "+99:99" as 100 hours 39 minutes).
bool real_offset(std::string_view text) {
  const auto sign = text.find_last_of("+-");
  if (sign == std::string_view::npos) return false;
  std::string digits;
  for (const char c : text.substr(sign + 1))
    if (c != ':') digits += c;
  if (digits.size() != 2 && digits.size() != 4) return false;
  const int hh = std::atoi(digits.substr(0, 2).c_str());
  const int mm = digits.size() == 4 ? std::atoi(digits.substr(2).c_str()) : 0;
  const int east = (text[sign] == '-' ? -1 : 1) * (hh * 60 + mm);
  return mm < 60 && east >= -12 * 60 && east <= 14 * 60;
}

// The shapes of ISO 8601 read here, checked before date::parse sees the text: date 3.0.1 has
// undefined behaviour on some malformed input ("14:03:" reads an uninitialised seconds field,
// "14:03:00-" negates INT64_MIN), both found by tests/fuzz.
bool iso8601_shape(const std::string& text) {
  static const std::regex shape(
      R"(\d{4}(-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}(:?\d{2})?)?)?)?|\d{4})?)");
  return std::regex_match(text, shape);
}

std::optional<ParsedDate> parse_iso8601(std::string text) {
  if (text.size() < 4 || text[0] < '0' || text[0] > '9') return std::nullopt;
  if (text.back() == 'Z' || text.back() == 'z') text.replace(text.size() - 1, 1, "+00:00");
  // "2021-11-01T10:52:50+0100": a basic-format offset after an extended date, as PHP's
  // DATE_ISO8601 writes it into many pages' JSON-LD; date.h's %Ez wants "+01:00".
  if (const auto n = text.size();
      n > 16 && (text[n - 5] == '+' || text[n - 5] == '-') &&
      std::all_of(text.end() - 4, text.end(), [](char c) { return c >= '0' && c <= '9'; }))
    text.insert(n - 2, 1, ':');
  if (!iso8601_shape(text)) return std::nullopt;
  struct Format {
    const char* pattern;
    bool has_offset;
    DatePrecision precision;
  };
  static constexpr std::array<Format, 10> formats{{
      {"%Y-%m-%dT%H:%M:%S%Ez", true, DatePrecision::second},
      {"%Y-%m-%dT%H:%M%Ez", true, DatePrecision::minute},
      {"%Y-%m-%dT%H:%M:%S", false, DatePrecision::second},
      {"%Y-%m-%dT%H:%M", false, DatePrecision::minute},
      {"%Y-%m-%d %H:%M:%S%Ez", true, DatePrecision::second},
      {"%Y-%m-%d %H:%M:%S", false, DatePrecision::second},
      {"%Y-%m-%d %H:%M", false, DatePrecision::minute},
      {"%Y-%m-%d", false, DatePrecision::day},
      {"%Y%m%d", false, DatePrecision::day},
      {"%Y-%m", false, DatePrecision::month},
  }};
  for (const auto& f : formats) {
    if (f.precision == DatePrecision::day || f.precision == DatePrecision::month) {
      date::year_month_day ymd{};
      if (f.precision == DatePrecision::month) {
        date::year_month ym{};
        if (!parse_whole(text, f.pattern, ym)) continue;
        ymd = ym / 1;
      } else if (!parse_whole(text, f.pattern, ymd)) {
        continue;
      }
      if (!ymd.ok()) continue;
      return from_sys(date::sys_days(ymd), f.precision);
    }
    date::sys_time<milliseconds> tp;
    minutes offset{0};
    if (!parse_whole(text, f.pattern, tp, f.has_offset ? &offset : nullptr)) continue;
    if (f.has_offset && !real_offset(text)) return std::nullopt;
    return from_sys(tp, f.precision);
  }
  if (text.size() == 4) {
    date::year y{};
    if (parse_whole(text, "%Y", y) && y.ok())
      return from_sys(date::sys_days(y / 1 / 1), DatePrecision::year);
  }
  return std::nullopt;
}

// Reuters-21578: "26-FEB-1987 15:01:01.79".
std::optional<ParsedDate> parse_reuters(const std::string& text) {
  // The same guard as iso8601_shape: "15:01:" would reach date.h's uninitialised seconds.
  static const std::regex shape(R"(\d{1,2}-[A-Za-z]{3}-\d{4}( \d{1,2}:\d{2}:\d{2}(\.\d+)?)?)");
  if (!std::regex_match(text, shape)) return std::nullopt;
  date::sys_time<milliseconds> tp;
  if (parse_whole(text, "%d-%b-%Y %H:%M:%S", tp)) return from_sys(tp, DatePrecision::second);
  date::year_month_day ymd{};
  if (parse_whole(text, "%d-%b-%Y", ymd) && ymd.ok())
    return from_sys(date::sys_days(ymd), DatePrecision::day);
  return std::nullopt;
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

// Offsets of the zone names seen in news headers, in minutes east of UTC. Ambiguous names
// (IST: India or Ireland) are deliberately absent: an unknown zone is an error, not a guess.
// Usenet glues a comment to the zone ("EDT(-0400)") and writes bare-hour offsets ("+02").
std::optional<int> zone_offset(std::string_view zone) {
  zone = zone.substr(0, zone.find('('));
  if (zone.empty()) return std::nullopt;
  struct Zone {
    std::string_view name;
    int minutes;
  };
  static constexpr std::array<Zone, 41> zones{
      {
          {"UT", 0},     {"UTC", 0},    {"GMT", 0},    {"Z", 0},       {"WET", 0},
          {"EST", -300}, {"EDT", -240}, {"CST", -360}, {"CDT", -300},  {"MST", -420},
          {"MDT", -360}, {"PST", -480}, {"PDT", -420}, {"AKST", -540}, {"AKDT", -480},
          {"HST", -600}, {"AST", -240}, {"ADT", -180}, {"NST", -210},  {"NDT", -150},
          {"BST", 60},   {"WEST", 60},  {"CET", 60},   {"MET", 60},    {"MEZ", 60},
          {"CEST", 120}, {"MEST", 120}, {"MESZ", 120}, {"EET", 120},   {"SAST", 120},
          {"EEST", 180}, {"MSK", 180},  {"HKT", 480},  {"AWST", 480},  {"JST", 540},
          {"KST", 540},  {"ACST", 570}, {"AEST", 600}, {"NZST", 720},  {"NZDT", 780},
          {"IDT", 180},  // Israel; a real 1993 Usenet Date: header
      }};
  for (const auto& z : zones) {
    if (zone.size() == z.name.size() && starts_with_ci(zone, z.name)) return z.minutes;
  }
  if ((zone[0] == '+' || zone[0] == '-') && zone.size() == 5 && all_digits(zone.substr(1))) {
    const int hh = std::atoi(std::string(zone.substr(1, 2)).c_str());
    const int mm = std::atoi(std::string(zone.substr(3, 2)).c_str());
    if (hh > 23 || mm > 59) return std::nullopt;
    return (zone[0] == '-' ? -1 : 1) * (hh * 60 + mm);
  }
  if ((zone[0] == '+' || zone[0] == '-') && zone.size() == 3 && all_digits(zone.substr(1))) {
    const int hh = std::atoi(std::string(zone.substr(1, 2)).c_str());
    if (hh > 23) return std::nullopt;
    return (zone[0] == '-' ? -1 : 1) * hh * 60;
  }
  return std::nullopt;
}

std::vector<std::string_view> tokens(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == ',' || s[i] == '\t')) ++i;
    const std::size_t start = i;
    while (i < s.size() && s[i] != ' ' && s[i] != ',' && s[i] != '\t') ++i;
    if (i > start) out.push_back(s.substr(start, i - start));
  }
  return out;
}

int full_year(int year, std::size_t digits) {
  if (digits == 2) return year < 50 ? 2000 + year : 1900 + year;  // RFC 2822 section 4.3
  if (digits == 3) return 1900 + year;
  return year;
}

// RFC 2822 and Usenet: "[Fri,] 2 Apr [19]93 10:00[:29] [GMT|-0400|(EDT)]"; the weekday is
// ignored (real headers get it wrong), written dates ("March 5, 2024") share the tokeniser.
std::optional<ParsedDate> parse_rfc2822_or_text(std::string_view text) {
  auto tok = tokens(text);
  // Drop comments such as "(EDT)" after an explicit offset.
  while (!tok.empty() && tok.back().front() == '(') tok.pop_back();
  if (tok.empty()) return std::nullopt;
  auto strip_dot = [](std::string_view s) {
    if (!s.empty() && s.back() == '.') s.remove_suffix(1);
    return s;
  };
  std::size_t i = 0;
  // A weekday, right or wrong; "Dec." is a month, not a weekday.
  if (!all_digits(tok[0]) && month_from_name(strip_dot(tok[0])) == 0) ++i;
  if (i + 2 > tok.size()) return std::nullopt;

  int day = 0;
  int month = 0;
  std::string_view year_tok;
  if (all_digits(tok[i]) && i + 2 < tok.size() + 1 && month_from_name(strip_dot(tok[i + 1]))) {
    day = std::atoi(std::string(tok[i]).c_str());  // "2 Apr 93", "5 March 2024"
    month = month_from_name(strip_dot(tok[i + 1]));
    if (i + 2 >= tok.size()) return std::nullopt;
    year_tok = tok[i + 2];
    i += 3;
  } else if (month_from_name(strip_dot(tok[i])) != 0) {
    month = month_from_name(strip_dot(tok[i]));  // "March 5, 2024", "Dec. 5, 2025"
    std::string_view d = tok[i + 1];
    if (d.size() > 2 &&
        (d.ends_with("st") || d.ends_with("nd") || d.ends_with("rd") || d.ends_with("th")))
      d.remove_suffix(2);
    if (!all_digits(d) || i + 2 >= tok.size()) {
      // "March 2024": month precision.
      if (all_digits(tok[i + 1]) && tok[i + 1].size() == 4 && i + 2 == tok.size()) {
        const int y = std::atoi(std::string(tok[i + 1]).c_str());
        const date::year_month_day ymd{date::year{y} / static_cast<unsigned>(month) / 1};
        return from_sys(date::sys_days(ymd), DatePrecision::month);
      }
      return std::nullopt;
    }
    day = std::atoi(std::string(d).c_str());
    year_tok = tok[i + 2];
    i += 3;
  } else {
    return std::nullopt;
  }
  if (!all_digits(year_tok) || year_tok.size() > 4) return std::nullopt;
  const int year = full_year(std::atoi(std::string(year_tok).c_str()), year_tok.size());
  const date::year_month_day ymd{date::year{year} / static_cast<unsigned>(month) /
                                 static_cast<unsigned>(day)};
  if (!ymd.ok()) return std::nullopt;
  date::sys_seconds tp = date::sys_days(ymd);
  DatePrecision precision = DatePrecision::day;

  if (i < tok.size()) {
    // Time: HH:MM or HH:MM:SS.
    const std::string_view t = tok[i];
    const bool hhmm = t.size() == 5 && t[2] == ':';
    const bool hhmmss = t.size() == 8 && t[2] == ':' && t[5] == ':';
    if (!hhmm && !hhmmss) return std::nullopt;
    const int hh = std::atoi(std::string(t.substr(0, 2)).c_str());
    const int mm = std::atoi(std::string(t.substr(3, 2)).c_str());
    const int ss = hhmmss ? std::atoi(std::string(t.substr(6, 2)).c_str()) : 0;
    if (hh > 23 || mm > 59 || ss > 60) return std::nullopt;
    tp += hours(hh) + minutes(mm) + seconds(ss);
    precision = hhmmss ? DatePrecision::second : DatePrecision::minute;
    ++i;
    if (i < tok.size()) {
      const auto offset = zone_offset(tok[i]);
      if (!offset) return std::nullopt;
      tp -= minutes(*offset);
      ++i;
    }
  }
  if (i != tok.size()) return std::nullopt;
  return ParsedDate{tp.time_since_epoch().count(), precision};
}

}  // namespace

int month_from_name(std::string_view word) {
  static constexpr std::array<std::string_view, 12> names{"jan", "feb", "mar", "apr", "may", "jun",
                                                          "jul", "aug", "sep", "oct", "nov", "dec"};
  if (word.size() < 3) return 0;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (starts_with_ci(word, names[i])) {
      // "Sept" and full names are fine; "Mayday" is not a month.
      static constexpr std::array<std::string_view, 12> full{
          "january", "february", "march",     "april",   "may",      "june",
          "july",    "august",   "september", "october", "november", "december"};
      if (word.size() == 3 || (word.size() == 4 && starts_with_ci(word, "sept")) ||
          (word.size() <= full[i].size() && starts_with_ci(full[i], word)))
        return static_cast<int>(i) + 1;
    }
  }
  return 0;
}

std::optional<ParsedDate> parse_date(std::string_view text_in) {
  const std::string text = squeeze_spaces(text_in);
  if (text.empty()) return std::nullopt;
  if (auto d = parse_iso8601(text)) return d;
  if (auto d = parse_reuters(text)) return d;
  return parse_rfc2822_or_text(text);
}

bool plausible_year(int year) { return year >= earliest_year && year <= latest_year; }

bool plausible_instant(std::int64_t unix_seconds) {
  return plausible_year(civil_from_days(days_of(unix_seconds)).year);
}

std::int32_t require_news_year(std::int32_t day, std::string_view where) {
  const int year = civil_from_days(day).year;
  if (!plausible_year(year))
    throw UsageError(fmt::format("{}: the year {} is outside the years news is dated in ({} to {})",
                                 where, year, earliest_year, latest_year));
  return day;
}

std::optional<std::int32_t> parse_day_bound(std::string_view text_in, bool end) {
  const std::string text(trim(text_in));
  const auto parsed = parse_iso8601(text);
  if (!parsed) return std::nullopt;
  const std::int32_t first = days_of(parsed->unix_seconds);
  if (!end) return first;
  const CivilDay c = civil_from_days(first);
  switch (parsed->precision) {
    case DatePrecision::year:
      return days_from_civil(c.year, 12, 31);
    case DatePrecision::month: {
      const date::year_month_day_last last{date::year{c.year} / date::month{c.month} / date::last};
      return days_from_civil(c.year, c.month, static_cast<unsigned>(last.day()));
    }
    default:
      return first;
  }
}

std::optional<Span> parse_span(std::string_view text) {
  constexpr std::size_t max_digits = 6;
  const std::string_view span = trim(text);
  if (span.size() < 2 || span.size() > max_digits + 1) return std::nullopt;
  const std::string_view digits = span.substr(0, span.size() - 1);
  if (!all_digits(digits)) return std::nullopt;
  const std::int64_t n = std::atoll(std::string(digits).c_str());
  const char unit = span.back();
  if (n == 0 || std::string_view("hdwmy").find(unit) == std::string_view::npos) return std::nullopt;
  return Span{n, unit};
}

std::int64_t span_start(const Span& span, std::int64_t now) {
  constexpr std::int64_t hour = 3600;
  constexpr std::int64_t day = 24 * hour;
  switch (span.unit) {
    case 'h':
      return now - span.count * hour;
    case 'd':
      return now - span.count * day;
    case 'w':
      return now - span.count * 7 * day;
    default: {
      // Calendar months and years: "1m" on 31 March is 28 (or 29) February, not 3 March.
      const auto today = date::floor<date::days>(date::sys_seconds{seconds{now}});
      const auto time_of_day = date::sys_seconds{seconds{now}} - today;
      const date::year_month_day ymd{today};
      const date::months back{span.unit == 'm' ? span.count : span.count * 12};
      const date::year_month ym = date::year_month{ymd.year(), ymd.month()} - back;
      const date::day last =
          date::year_month_day_last{ym.year(), date::month_day_last{ym.month()}}.day();
      const date::year_month_day then{ym.year(), ym.month(), std::min(ymd.day(), last)};
      return (date::sys_days{then} + time_of_day).time_since_epoch().count();
    }
  }
}

std::optional<std::int64_t> recent_since(std::string_view text, std::int64_t now) {
  const auto span = parse_span(text);
  if (!span) return std::nullopt;
  return span_start(*span, now);
}

std::int32_t days_from_civil(int year, unsigned month, unsigned day) {
  const date::sys_days d{date::year{year} / date::month{month} / date::day{day}};
  return static_cast<std::int32_t>(d.time_since_epoch().count());
}

CivilDay civil_from_days(std::int32_t days) {
  const date::year_month_day ymd{date::sys_days{date::days{days}}};
  return {static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
          static_cast<unsigned>(ymd.day())};
}

std::int32_t days_of(std::int64_t unix_seconds) {
  return static_cast<std::int32_t>(
      date::floor<date::days>(date::sys_seconds{seconds{unix_seconds}}).time_since_epoch().count());
}

std::string yyyymmdd(std::int32_t days) {
  const CivilDay c = civil_from_days(days);
  return fmt::format("{:04}{:02}{:02}", c.year, c.month, c.day);
}

std::string yyyymm(std::int32_t days) {
  const CivilDay c = civil_from_days(days);
  return fmt::format("{:04}{:02}", c.year, c.month);
}

std::string yyyy(std::int32_t days) { return fmt::format("{:04}", civil_from_days(days).year); }

std::string format_iso8601(std::int64_t unix_seconds, DatePrecision precision) {
  const std::int32_t days = days_of(unix_seconds);
  const CivilDay c = civil_from_days(days);
  switch (precision) {
    case DatePrecision::year:
      return fmt::format("{:04}", c.year);
    case DatePrecision::month:
      return fmt::format("{:04}-{:02}", c.year, c.month);
    case DatePrecision::day:
      return fmt::format("{:04}-{:02}-{:02}", c.year, c.month, c.day);
    default: {
      const std::int64_t secs = unix_seconds - static_cast<std::int64_t>(days) * 86400;
      return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", c.year, c.month, c.day,
                         secs / 3600, secs / 60 % 60, secs % 60);
    }
  }
}

}  // namespace dateline
