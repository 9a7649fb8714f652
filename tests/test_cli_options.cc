// dateline-search's options (searcher/cli/cli_options.h): the request they ask for, with the
// clock and the terminal passed in rather than read.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include "cli_options.h"
#include "dates.h"
#include "errors.h"
#include "recency.h"

using namespace dateline;

namespace {

// 2025-12-10T00:00:00Z (GNU date: date -u -d 2025-12-10 +%s).
constexpr std::int64_t dec10 = 1765324800;

CliEnvironment pinned(const char* now = "2025-12-10T00:00:00Z") {
  CliEnvironment env;
  env.dateline_now = now;
  env.clock = 42;
  return env;
}

}  // namespace

TEST_SUITE("searcher") {
  TEST_CASE("now is $DATELINE_NOW when set, else the clock; a bad pin is a usage error") {
    CHECK(now_seconds(pinned()) == dec10);
    CHECK(now_seconds(pinned("")) == 42);
    CHECK(now_seconds(pinned(nullptr)) == 42);
    CHECK_THROWS_WITH_AS(now_seconds(pinned("yesterday")), doctest::Contains("DATELINE_NOW"),
                         UsageError);
  }

  TEST_CASE("--recent counts back from now, both ends inclusive") {
    const TimeWindow w = recent_window("7d", dec10);
    CHECK(w.until == dec10);
    CHECK(w.since == dec10 - 7 * 86400);
    CHECK_THROWS_WITH_AS(recent_window("soon", dec10), doctest::Contains("--recent 'soon'"),
                         UsageError);
  }

  TEST_CASE("--date-facet names a granularity; anything else is automatic") {
    CHECK(granularity("year") == DateGranularity::year);
    CHECK(granularity("month") == DateGranularity::month);
    CHECK(granularity("day") == DateGranularity::day);
    CHECK(granularity("auto") == DateGranularity::automatic);
  }

  TEST_CASE("--color auto colours a terminal unless NO_COLOR is set or TERM is dumb") {
    CliEnvironment env;
    env.stdout_is_terminal = true;
    CHECK(use_color("auto", env));
    CHECK_FALSE(use_color("never", env));
    env.term = "dumb";
    CHECK_FALSE(use_color("auto", env));
    env.term = "xterm";
    env.no_color = "1";
    CHECK_FALSE(use_color("auto", env));
    CHECK(use_color("always", env));
    env.no_color = "";  // set but empty: no effect (no-color.org)
    CHECK(use_color("auto", env));
    env.stdout_is_terminal = false;
    CHECK_FALSE(use_color("auto", env));
  }

  TEST_CASE("the options become one request: words joined, dates read, spans counted from now") {
    CliOptions o;
    o.words = {"cocoa", "prices"};
    o.from = "1987-03";
    o.to = "1987-03";
    o.sort = "date";
    o.date_facet = "day";
    o.recent = "36h";
    o.recency = "30d";
    o.request.places = {"usa"};
    const SearchRequest r = search_request(o, pinned());
    CHECK(r.query == "cocoa prices");
    CHECK(r.from == parse_day_bound("1987-03-01", false));
    CHECK(r.to == parse_day_bound("1987-03-31", false));
    CHECK(r.sort == SortOrder::date);
    CHECK(r.date_facet == DateGranularity::day);
    REQUIRE(r.recent);
    CHECK(r.recent->since == dec10 - 36 * 3600);
    CHECK(r.recency_half_life == 30 * 86400);
    CHECK(r.places == std::vector<std::string>{"usa"});
  }

  TEST_CASE("bad dates, spans and half-lives are usage errors naming the option") {
    CliOptions o;
    o.from = "March";
    CHECK_THROWS_WITH_AS(search_request(o, pinned()), doctest::Contains("--from 'March'"),
                         UsageError);
    o.from.clear();
    o.to = "1987-13";
    CHECK_THROWS_WITH_AS(search_request(o, pinned()), doctest::Contains("--to"), UsageError);
    o.to.clear();
    o.recency = "fresh";
    CHECK_THROWS_WITH_AS(search_request(o, pinned()), doctest::Contains("--recency 'fresh'"),
                         UsageError);
  }

  TEST_CASE("spans longer than the years of news are refused, never wrapped round the calendar") {
    // Issue 12: --recency 40000y gave a negative half-life (the calendar's year wrapped round)
    // and 999999y one of 16,958 years, both silently; 9223372036854775807y overflowed.
    for (const char* span :
         {"40000y", "999999y", "2000y", "24000m", "999999w", "999999d", "9223372036854775807y"}) {
      CAPTURE(span);
      CliOptions o;
      o.recency = span;
      const std::string recency = fmt::format("--recency '{}'", span);
      CHECK_THROWS_WITH_AS(search_request(o, pinned()), doctest::Contains(recency.c_str()),
                           UsageError);
      CHECK(parse_half_life(span, dec10) == 0);
      o.recency.clear();
      o.recent = span;
      const std::string recent = fmt::format("--recent '{}'", span);
      CHECK_THROWS_WITH_AS(search_request(o, pinned()), doctest::Contains(recent.c_str()),
                           UsageError);
    }
    // The longest: 1999 calendar years back from 2025-12-10 is 0026-12-10; 104,000 weeks.
    CliOptions o;
    o.recency = "1999y";
    o.recent = "1999y";
    const SearchRequest r = search_request(o, pinned());
    const std::int64_t back = dec10 - std::int64_t{days_from_civil(26, 12, 10)} * 86400;
    CHECK(r.recency_half_life == back);
    REQUIRE(r.recent);
    CHECK(r.recent->since == dec10 - back);
    CHECK(parse_half_life("104000w", dec10) == 104000LL * 7 * 86400);
    CHECK(parse_half_life("999999h", dec10) == 999999LL * 3600);
  }

  TEST_CASE(
      "a --from or --to year outside 1000-2999 is a usage error naming the option and value") {
    // Issue 12: year 0 to 9999 was read as a range, and cost seconds of CPU per search.
    for (const char* bad : {"0000-01-02", "0999", "3000-01", "9999-12-30", "00000101"}) {
      CAPTURE(bad);
      CliOptions o;
      o.from = bad;
      const std::string from = fmt::format("--from '{}'", bad);
      CHECK_THROWS_WITH_AS(search_request(o, pinned()), doctest::Contains(from.c_str()),
                           UsageError);
      CHECK_THROWS_WITH_AS(search_request(o, pinned()), doctest::Contains("1000 to 2999"),
                           UsageError);
      o.from.clear();
      o.to = bad;
      const std::string to = fmt::format("--to '{}'", bad);
      CHECK_THROWS_WITH_AS(search_request(o, pinned()), doctest::Contains(to.c_str()), UsageError);
    }
    // The range's own ends are news years.
    CliOptions o;
    o.from = "1000";
    o.to = "2999-12-31";
    const SearchRequest r = search_request(o, pinned());
    CHECK(r.from == days_from_civil(1000, 1, 1));
    CHECK(r.to == days_from_civil(2999, 12, 31));
  }
}
