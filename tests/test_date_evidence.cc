// indexer/date_evidence.h: dates an article's metadata does not give, from its dateline, its
// text and its file's time, settled in DESIGN order. Instants were computed with GNU date:
//   date -u -d 2025-12-05 +%s  ->  1764892800
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "date_evidence.h"
#include "readers/reader.h"

using namespace dateline;

namespace {

constexpr std::int64_t dec_5_2025 = 1764892800;
constexpr std::int64_t dec_10_2025 = 1765324800;
constexpr std::int64_t dec_30_2025 = 1767052800;
constexpr std::int64_t jan_3_2026_10h = 1767434400;
constexpr std::int64_t mar_5_2024 = 1709596800;

struct DatelineCase {
  const char* dateline;
  unsigned month;  // 0: no day in it
  unsigned day;
};

}  // namespace

TEST_SUITE("indexer") {
  TEST_CASE("a wire dateline's day is read in every form the corpora hold") {
    const std::vector<DatelineCase> cases{
        {"LONDON, March 9", 3, 9},
        {"SALVADOR, Feb 26", 2, 26},
        {"MIAMI, Dec. 5", 12, 5},
        {"SAN JOSE, Calif., April 13", 4, 13},             // a region before the day
        {"NEW YORK, April 1, Reuter", 4, 1},               // the agency after it
        {"LONDON, April 7 - Cocoa physical trade", 4, 7},  // text glued on by the wire
        {"TOKYO, APRIL 21", 4, 21},
        {"CHICAGO, APril 8", 4, 8},
        {"HOUSTON, Apri 13", 4, 13},  // a typo Reuters shipped
        {"PARIS, Apr 7-", 4, 7},
        {"LISBON, 2 March", 3, 2},
        {"DETROIT June 18", 6, 18},  // the wire forgot the comma
        {"ANGLETON, Tex. March 3", 3, 3},
        {"APRIL 7", 4, 7},       // the place forgotten altogether
        {"AUGUSTA, Ga.", 0, 0},  // a place that starts like a month
        {"MARCH AIR FORCE BASE, Calif.", 0, 0},
        {"WASHINGTON, Feb 29", 2, 29},  // a leap day is a day
        {"MIAMI", 0, 0},
        {"KYIV, Ukraine", 0, 0},
        {"BUENOS AIRES, ABR 7", 0, 0},  // Spanish: not guessed
        {"LONDON, March 32", 0, 0},
        {"LONDON, Feb 30", 0, 0},
        {"LONDON, Mayday 5", 0, 0},
        {"", 0, 0},
    };
    for (const auto& c : cases) {
      CAPTURE(c.dateline);
      const auto md = dateline_day(c.dateline);
      if (c.month == 0) {
        CHECK_FALSE(md.has_value());
        continue;
      }
      REQUIRE(md.has_value());
      CHECK(md->month == c.month);
      CHECK(md->day == c.day);
    }
  }

  TEST_CASE("a dateline's day takes the latest year that puts it before the evidence") {
    SUBCASE("the day before the file was written: the same year") {
      CHECK(day_near({12, 5}, dec_10_2025, 1) == dec_5_2025);
    }
    SUBCASE("a December dateline in a file written in January: the year before") {
      CHECK(day_near({12, 30}, jan_3_2026_10h, 1) == dec_30_2025);
    }
    SUBCASE("a day after the file time, past the grace day: the year before") {
      CHECK(day_near({12, 12}, dec_10_2025, 1) == 1733961600);  // 2024-12-12
    }
    SUBCASE("the grace day allows for time zones") {
      CHECK(day_near({12, 11}, dec_10_2025, 1) == dec_10_2025 + 86400);
    }
    SUBCASE("with half a year of grace it is the nearest occurrence (an archive's neighbours)") {
      CHECK(day_near({1, 2}, dec_30_2025, 183) == dec_30_2025 + 3 * 86400);
      CHECK(day_near({6, 1}, dec_30_2025, 183) == 1780272000);   // 2026-06-01, 153 days on
      CHECK(day_near({7, 15}, dec_30_2025, 183) == 1752537600);  // 2025-07-15, 168 days back
    }
    SUBCASE("29 February goes back to the last leap year") {
      CHECK(day_near({2, 29}, dec_10_2025, 1) == 1709164800);  // 2024-02-29
    }
  }

  TEST_CASE("a full written date is found in running text, and nothing less is") {
    struct Case {
      const char* text;
      std::int64_t unix_seconds;  // 0: none
    };
    const std::vector<Case> cases{
        {"Officials met on March 5, 2024 in Geneva.", mar_5_2024},
        {"The talks (Dec. 5, 2025) ended.", dec_5_2025},
        {"It was signed on 5 December 2025, officials said.", dec_5_2025},
        {"On Friday, December 5th, 2025, the envoy", dec_5_2025},
        {"Quoted on “March 5, 2024” by the paper", mar_5_2024},
        {"The results for the three months to 31 December 2025, the airline said",
         dec_30_2025 + 86400},
        {"Talks resume March 5 in Geneva.", 0},        // no year
        {"It may 5 2024 be so", 0},                    // not capitalised: a verb
        {"In March 2024 prices rose", 0},              // a month, not a day
        {"On February 30, 2024 nothing happened", 0},  // no such day
        {"Exports of 5 March 20245 tonnes", 0},        // five digits are no year
        {"", 0},
    };
    for (const auto& c : cases) {
      CAPTURE(c.text);
      const auto d = find_written_date(c.text);
      if (c.unix_seconds == 0) {
        CHECK_FALSE(d.has_value());
        continue;
      }
      REQUIRE(d.has_value());
      CHECK(d->unix_seconds == c.unix_seconds);
      CHECK(d->precision == DatePrecision::day);
    }
  }

  TEST_CASE("a date is the text's own only on a line that says so or is a date alone") {
    struct Case {
      const char* body;
      std::int64_t unix_seconds;  // 0: none
    };
    const std::vector<Case> cases{
        {"Published: 5 December 2025\n\nTalks ended.", dec_5_2025},
        {"Updated March 5, 2024 10:31 GMT\n\nTalks ended.", mar_5_2024},
        {"Talks ended.\nLast updated on 5 December 2025", dec_5_2025},
        {"Posted on Dec. 5, 2025 at 10:31 am\n\nTalks ended.", dec_5_2025},
        {"Friday, December 5th, 2025\n\nTalks ended.", dec_5_2025},
        {"5 December 2025 10:31 GMT\n\nTalks ended.", dec_5_2025},
        // Dates of something else: the event, the death, the quarter.
        {"Officials met on March 5, 2024 in Geneva.", 0},
        {"He died on March 5, 2024, his family said.\n\nThe funeral is today.", 0},
        {"Profits for the three months to 31 December 2004 fell.", 0},
        {"Talks on March 5, 2024 ended.", 0},
        {"First.\n\nSecond.\n\nThird.\n\nPublished 5 December 2025", 0},  // past the opening
    };
    for (const auto& c : cases) {
      CAPTURE(c.body);
      const auto d = find_publication_date(c.body);
      if (c.unix_seconds == 0) {
        CHECK_FALSE(d.has_value());
        continue;
      }
      REQUIRE(d.has_value());
      CHECK(d->unix_seconds == c.unix_seconds);
    }
  }

  TEST_CASE("dates are settled in DESIGN order: metadata, --date, dateline, text, file time") {
    Article a;
    a.dateline = "MIAMI, Dec. 5";
    a.body = "Published March 5, 2024\n\nSecond paragraph.";
    DateEvidence e;
    e.file_time = dec_10_2025 + 3600;

    SUBCASE("the source's own date is never replaced") {
      a.date = ArticleDate{mar_5_2024, DatePrecision::second, DateSource::metadata};
      e.given = ArticleDate{dec_30_2025, DatePrecision::day, DateSource::metadata};
      settle_date(a, e);
      CHECK(a.date->unix_seconds == mar_5_2024);
      CHECK(a.date->precision == DatePrecision::second);
    }
    SUBCASE("--date wins over the dateline, the text and the file time") {
      e.given = ArticleDate{dec_30_2025, DatePrecision::day, DateSource::metadata};
      settle_date(a, e);
      CHECK(a.date->unix_seconds == dec_30_2025);
      CHECK(a.date->source == DateSource::metadata);
    }
    SUBCASE("the dateline's day, with the file time's year") {
      settle_date(a, e);
      CHECK(a.date->unix_seconds == dec_5_2025);
      CHECK(a.date->precision == DatePrecision::day);
      CHECK(a.date->source == DateSource::dateline);
    }
    SUBCASE("in an archive, the year of the previous record") {
      e.file_time.reset();
      e.neighbour = dec_30_2025;
      settle_date(a, e);
      CHECK(a.date->unix_seconds == dec_5_2025);
      CHECK(a.date->source == DateSource::dateline);
    }
    SUBCASE("a dateline's day with no year to give it is passed over for the text") {
      e.file_time.reset();
      settle_date(a, e);
      CHECK(a.date->unix_seconds == mar_5_2024);
      CHECK(a.date->source == DateSource::text);
    }
    SUBCASE("without a day in the dateline: the text") {
      a.dateline = "MIAMI";
      settle_date(a, e);
      CHECK(a.date->unix_seconds == mar_5_2024);
      CHECK(a.date->source == DateSource::text);
    }
    SUBCASE("a date in running text is no publication date: the file time") {
      a.dateline = "MIAMI";
      a.body = "Talks on March 5, 2024 ended.\n\nSecond.";
      settle_date(a, e);
      CHECK(a.date->source == DateSource::file_time);
    }
    SUBCASE("nothing else: the file time's day, marked as such") {
      a.dateline = "MIAMI";
      a.body = "No date here.";
      settle_date(a, e);
      CHECK(a.date->unix_seconds == dec_10_2025);
      CHECK(a.date->precision == DatePrecision::day);
      CHECK(a.date->source == DateSource::file_time);
    }
    SUBCASE("no evidence at all: undated, never invented") {
      a.dateline = "MIAMI";
      a.body = "No date here.";
      e.file_time.reset();
      settle_date(a, e);
      CHECK_FALSE(a.date.has_value());
    }
  }

  TEST_CASE("the text reader keeps a dateline's day in the dateline, as Reuters writes it") {
    struct Case {
      const char* paragraph;
      const char* dateline;
    };
    const std::vector<Case> cases{
        {"MIAMI, Dec. 5 (AP) — U.S. envoys met.", "MIAMI, Dec. 5"},
        {"LONDON, March 9 - Shares fell.", "LONDON, March 9"},
        {"KYIV, Ukraine, Sept. 30 (AP) — Drones struck.", "KYIV, Ukraine, Sept. 30"},
        {"KYIV, Ukraine (AP) — Drones struck.", "KYIV, Ukraine"},
        {"MIAMI — U.S. envoys met.", "MIAMI"},
    };
    for (const auto& c : cases) {
      CAPTURE(c.paragraph);
      std::vector<Article> got;
      ReaderOutput out{[&](Article&& a) { got.push_back(std::move(a)); }, [](Problem&&) {}};
      read_articles(Format::text, std::string("Headline\n\n") + c.paragraph + "\n",
                    {"a.txt", "/a.txt"}, out);
      REQUIRE(got.size() == 1);
      CHECK(got[0].dateline == c.dateline);
      CHECK_FALSE(got[0].body.starts_with("MIAMI"));
    }
    std::vector<Article> got;
    ReaderOutput out{[&](Article&& a) { got.push_back(std::move(a)); }, [](Problem&&) {}};
    read_articles(Format::text, "Headline\n\nMIAMI, Dec. 5 (AP) — U.S. envoys met.\n",
                  {"a.txt", "/a.txt"}, out);
    REQUIRE(got.size() == 1);
    CHECK(got[0].body == "U.S. envoys met.");
    const auto md = dateline_day(got[0].dateline);
    REQUIRE(md.has_value());
    CHECK(md->month == 12);
    CHECK(md->day == 5);
  }
}
