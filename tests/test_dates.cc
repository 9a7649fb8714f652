// common/dates.h: every date variant the corpora really hold, checked to the UTC second.
// Expected instants were computed with GNU date, not with the code under test, e.g.
//   date -u -d '1993-04-18 15:01:46 PDT' +%s   ->  735170506
#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dates.h"

using dateline::DatePrecision;
using dateline::parse_date;
using dateline::parse_day_bound;

namespace {

struct Case {
  const char* text;
  std::int64_t unix_seconds;
  DatePrecision precision;
};

void check_cases(const std::vector<Case>& cases) {
  for (const auto& c : cases) {
    const std::string_view text = c.text;
    CAPTURE(text);
    const auto d = parse_date(c.text);
    REQUIRE(d.has_value());
    CHECK(d->unix_seconds == c.unix_seconds);
    CHECK(d->precision == c.precision);
  }
}

}  // namespace

TEST_SUITE("common") {
  TEST_CASE("ISO 8601 dates parse with and without a UTC offset, at their own precision") {
    check_cases({
        {"2025-12-05", 1764892800, DatePrecision::day},
        {"2025-12-05T14:03:00Z", 1764943380, DatePrecision::second},
        {"2025-12-05T14:03:00z", 1764943380, DatePrecision::second},
        {"2025-12-05T14:03:00+02:00", 1764936180, DatePrecision::second},
        {"2025-12-05T14:03:00-05:00", 1764961380, DatePrecision::second},
        {"2025-12-05T14:03:00+0200", 1764936180, DatePrecision::second},  // PHP's DATE_ISO8601
        {"2025-12-05T14:03:00.250-0500", 1764961380, DatePrecision::second},
        {"2025-12-05T14:03Z", 1764943380, DatePrecision::minute},
        {"2025-12-05T14:03:00", 1764943380, DatePrecision::second},  // no offset: UTC
        {"2025-12-05 14:03:00", 1764943380, DatePrecision::second},
        {"20251205", 1764892800, DatePrecision::day},
        {"2025-12", 1764547200, DatePrecision::month},
        {"2025", 1735689600, DatePrecision::year},
        {"  2025-12-05  ", 1764892800, DatePrecision::day},
    });
  }

  TEST_CASE("Usenet Date: headers from mini_newsgroups parse to the exact UTC second") {
    check_cases({
        // two-digit years, GMT
        {"1 Apr 93 10:00:29 GMT", 733658429, DatePrecision::second},
        {"Fri, 23 Apr 1993 16:24:16 GMT", 735582256, DatePrecision::second},
        // zone names
        {"Sun, 18 Apr 93 15:01:46 PDT", 735170506, DatePrecision::second},
        {"Fri, 23 Apr 1993 02:21:25 CDT", 735549685, DatePrecision::second},
        {"Thu, 15 Apr 1993 12:11:31 EST", 734893891, DatePrecision::second},
        {"6 Apr 93 17:44:19 NZST", 734075059, DatePrecision::second},
        {"23 Apr 1993 17:45:40 UTC", 735587140, DatePrecision::second},
        // numeric offsets
        {"22 Apr 1993 21:46:06 -0400", 735529566, DatePrecision::second},
        // full weekday names
        {"Thursday, 22 Apr 1993 12:37:44 EDT", 735496664, DatePrecision::second},
        {"Friday, 16 Apr 1993 08:00:29 MDT", 734968829, DatePrecision::second},
        // upper-case month
        {"16 APR 93 02:17:02 GMT", 734926622, DatePrecision::second},
        // HH:MM without seconds, and trailing blanks
        {"23 Apr 1993 00:27 PDT", 735550020, DatePrecision::minute},
        {" 6 Apr 1993 15:36 EST  ", 734128560, DatePrecision::minute},
        // double spaces
        {"Tue,  6 Apr 1993 20:02:58 -0400", 734140978, DatePrecision::second},
        // missing zone (read as UTC), with a double space
        {"26 Apr 93  20:40:26", 735856826, DatePrecision::second},
        {"25 Apr 93 18:01:18", 735760878, DatePrecision::second},
        // a zone with a comment glued on, a bare-hour offset, Israel daylight time
        {"Sun, 18 Apr 93 13:35:23 EDT(-0400)", 735154523, DatePrecision::second},
        {"Wed, 21 Apr 1993 08:28:50 +02", 735373730, DatePrecision::second},
        {"Sun, 2 May 1993 19:11:39 IDT", 736359099, DatePrecision::second},
        // a comment after an explicit offset
        {"Tue, 6 Apr 1993 20:02:58 -0400 (EDT)", 734140978, DatePrecision::second},
    });
  }

  TEST_CASE("a wrong weekday name does not change the date it precedes") {
    // 1 Apr 1993 was a Thursday.
    check_cases({
        {"Mon, 1 Apr 93 10:00:29 GMT", 733658429, DatePrecision::second},
        {"Thu, 1 Apr 93 10:00:29 GMT", 733658429, DatePrecision::second},
    });
  }

  TEST_CASE("Reuters DATE fields parse with their hundredths of a second dropped") {
    check_cases({
        {"26-FEB-1987 15:01:01.79", 541350061, DatePrecision::second},
        {" 9-APR-1987 00:04:07.28", 544925047, DatePrecision::second},
        {"  9-APR-1987 00:04:07.28", 544925047, DatePrecision::second},
        {"31-MAR-1987", 544147200, DatePrecision::day},
    });
  }

  TEST_CASE("written dates parse to the day, or to the month when no day is written") {
    check_cases({
        {"March 5, 2024", 1709596800, DatePrecision::day},
        {"5 March 2024", 1709596800, DatePrecision::day},
        {"March 5th, 2024", 1709596800, DatePrecision::day},
        {"Dec. 5, 2025", 1764892800, DatePrecision::day},
        {"Dec 5, 2025", 1764892800, DatePrecision::day},
        {"Sept. 5, 2024", 1725494400, DatePrecision::day},
        {"March 2024", 1709251200, DatePrecision::month},
    });
  }

  TEST_CASE("text that is no date, or names a day that does not exist, gives nullopt") {
    for (std::string_view text :
         {"", "   ", "hello", "31 Feb 2024", "29 Feb 2023", "2024-02-30", "2025-13",
          "1 Apr 93 10:00:29 XYZ", "1 Apr 93 25:00:00 GMT", "1 Apr 93 10:00:29 GMT junk",
          "32-MAR-1987 10:00:00.00", "Mayday 5, 2024", "1 Apr 93 10:00:29 +2400"}) {
      CAPTURE(text);
      CHECK_FALSE(parse_date(text).has_value());
    }
  }

  TEST_CASE("malformed ISO times are no dates, and never reach date.h's undefined behaviour") {
    // Found by tests/fuzz under UBSan: a sign without digits negated INT64_MIN in date.h, and a
    // time ending in ':' converted an uninitialised seconds field.
    for (std::string_view text :
         {"2025-12-05T14:03:00-", "2025-12-05T14:03:00+",
          "2025-12-05T14:03:", "2025-12-05T14:", "2025-12-05T", "2025-12-05T14:03:00.Z",
          "2025-12-05T14:03:00+1", "2025-12-05T14:03:00+12:3"}) {
      CAPTURE(text);
      CHECK_FALSE(parse_date(text).has_value());
    }
    CHECK(parse_date("2025-12-05T14:03:00.79Z").has_value());
  }

  TEST_CASE("an ISO offset no clock shows is no date; the real extremes are") {
    // "+99:99" was read as 100 hours 39 minutes east.
    for (std::string_view text :
         {"2025-12-05T14:03:00+99:99", "2025-12-05T14:03:00+05:60", "2025-12-05T14:03:00+15:00",
          "2025-12-05T14:03:00-13:00", "2025-12-05 14:03:00+99:99"}) {
      CAPTURE(text);
      CHECK_FALSE(parse_date(text).has_value());
    }
    check_cases({
        {"2025-12-05T14:03:00+14:00", 1764892980, DatePrecision::second},  // Kiribati
        {"2025-12-05T14:03:00-12:00", 1764986580, DatePrecision::second},  // Baker Island
        {"2025-12-05T14:03+05:45", 1764922680, DatePrecision::minute},     // Nepal
    });
  }

  TEST_CASE("two-digit years follow RFC 2822: below 50 is 20xx, otherwise 19xx") {
    const auto y49 = parse_date("1 Jan 49 00:00:00 GMT");
    const auto y50 = parse_date("1 Jan 50 00:00:00 GMT");
    REQUIRE(y49);
    REQUIRE(y50);
    CHECK(y49->unix_seconds == 2493072000);  // 2049-01-01
    CHECK(y50->unix_seconds == -631152000);  // 1950-01-01
  }

  TEST_CASE("a day bound accepts a year, a month or a day, and end picks the last day") {
    // Days since 1970-01-01, from `date -u -d DAY +%s` / 86400.
    SUBCASE("start bounds are the first day") {
      CHECK(parse_day_bound("1987", false) == 6209);     // 1987-01-01
      CHECK(parse_day_bound("1987-03", false) == 6268);  // 1987-03-01
      CHECK(parse_day_bound("1987-03-09", false) == 6276);
      CHECK(parse_day_bound("19870309", false) == 6276);
      CHECK(parse_day_bound(" 1987-03-09 ", false) == 6276);
    }
    SUBCASE("end bounds are the last day of the year or month") {
      CHECK(parse_day_bound("1987", true) == 6573);        // 1987-12-31
      CHECK(parse_day_bound("1987-03", true) == 6298);     // 1987-03-31
      CHECK(parse_day_bound("1987-03-09", true) == 6276);  // a day is its own end
    }
    SUBCASE("February ends on the 29th only in leap years") {
      CHECK(parse_day_bound("2024-02", true) == 19782);   // 2024-02-29
      CHECK(parse_day_bound("2023-02", true) == 19416);   // 2023-02-28
      CHECK(parse_day_bound("2000-02", true) == 11016);   // 2000-02-29 (divisible by 400)
      CHECK(parse_day_bound("1900-02", true) == -25509);  // 1900-02-28 (century, not leap)
    }
    SUBCASE("anything else is refused") {
      for (std::string_view text : {"", "last week", "1987-02-30", "March 1987", "87"}) {
        CAPTURE(text);
        CHECK_FALSE(parse_day_bound(text, false).has_value());
        CHECK_FALSE(parse_day_bound(text, true).has_value());
      }
    }
  }

  TEST_CASE("days since the epoch format as YYYYMMDD, YYYYMM and YYYY") {
    CHECK(dateline::yyyymmdd(6276) == "19870309");
    CHECK(dateline::yyyymm(6276) == "198703");
    CHECK(dateline::yyyy(6276) == "1987");
    CHECK(dateline::yyyymmdd(0) == "19700101");
    CHECK(dateline::yyyymmdd(-1) == "19691231");
    CHECK(dateline::yyyymmdd(19782) == "20240229");
    CHECK(dateline::days_from_civil(1987, 3, 9) == 6276);
    const auto c = dateline::civil_from_days(19782);
    CHECK(c.year == 2024);
    CHECK(c.month == 2u);
    CHECK(c.day == 29u);
  }

  TEST_CASE("days_of floors to the UTC day, also before 1970") {
    CHECK(dateline::days_of(541350061) == 6265);  // 1987-02-26T15:01:01Z
    CHECK(dateline::days_of(86399) == 0);
    CHECK(dateline::days_of(86400) == 1);
    CHECK(dateline::days_of(-1) == -1);  // 1969-12-31T23:59:59Z
  }

  TEST_CASE("format_iso8601 writes only the precision that is known") {
    const std::int64_t t = 541350061;  // 1987-02-26T15:01:01Z
    CHECK(dateline::format_iso8601(t, DatePrecision::year) == "1987");
    CHECK(dateline::format_iso8601(t, DatePrecision::month) == "1987-02");
    CHECK(dateline::format_iso8601(t, DatePrecision::day) == "1987-02-26");
    CHECK(dateline::format_iso8601(t, DatePrecision::minute) == "1987-02-26T15:01:01Z");
    CHECK(dateline::format_iso8601(t, DatePrecision::second) == "1987-02-26T15:01:01Z");
    CHECK(dateline::format_iso8601(0, DatePrecision::second) == "1970-01-01T00:00:00Z");
  }

  TEST_CASE("a parsed date formats back to the instant it was parsed from") {
    const auto d = parse_date("2025-12-05T14:03:00+02:00");
    REQUIRE(d);
    CHECK(dateline::format_iso8601(d->unix_seconds, d->precision) == "2025-12-05T12:03:00Z");
    const auto m = parse_date("2025-12");
    REQUIRE(m);
    CHECK(dateline::format_iso8601(m->unix_seconds, m->precision) == "2025-12");
  }

}  // TEST_SUITE
