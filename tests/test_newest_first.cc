// Newest first by date windows (searcher/newest_first.h, hits_run.h): a large match set sorted
// by date is found in its newest days first, and gives the hits the whole sort gives.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "build_article.h"
#include "dates.h"
#include "newest_first.h"
#include "searcher.h"

using namespace dateline;

namespace {

ArticleDate day(std::int32_t days, int hour) {
  return {static_cast<std::int64_t>(days) * 86400 + hour * 3600, DatePrecision::second,
          DateSource::metadata};
}

// 1987-03-01 to 1987-04-29, five reports a day at different hours; every fifth day also
// reprints, word for word, a report of 40 days before (a copy that collapses with it across
// any window's edge); and three undated reports.
const Xapian::Database& reports_db() {
  static const Xapian::Database db = [] {
    test::SmallDb small;
    int n = 0;
    auto add = [&](std::optional<ArticleDate> date, const std::string& body) {
      Article a;
      a.id = "r" + std::to_string(++n);
      a.title = "Market report " + a.id;
      a.body = body;
      a.date = date;
      const auto built = test::build_article(a);
      small.db.replace_document(built.id_term, built.document);
    };
    auto body = [](std::int32_t d, int i) {
      return "The market moved on day " + std::to_string(d) + " in the session numbered " +
             std::string(1, static_cast<char>('a' + i)) + " of traders and brokers.";
    };
    const std::int32_t first = days_from_civil(1987, 3, 1);
    for (std::int32_t d = first; d < first + 60; ++d) {
      for (int i = 0; i < 5; ++i) add(day(d, 8 + i), body(d, i));
      if ((d - first) % 5 == 0 && d - 40 >= first) add(day(d, 20), body(d - 40, 0));
    }
    for (int i = 0; i < 3; ++i)
      add(std::nullopt, "The market report had no date " + std::to_string(i));
    return small.done();
  }();
  return db;
}

std::vector<std::string> ids(const Results& r) {
  std::vector<std::string> out;
  for (const auto& h : r.hits) out.push_back(h.doc.id);
  return out;
}

// Bounds that make the 311 reports an archive too large to sort whole.
constexpr SearchBounds large{.small_archive = 0, .sort_whole = 0};

}  // namespace

TEST_SUITE("searcher") {
  TEST_CASE("the first window is the archive's last 31 days, then four times as many") {
    const auto windows = newest_first_windows(reports_db());
    REQUIRE(windows.size() == 1);  // 124 days would cover the whole archive of 60
    Xapian::Enquire enquire(reports_db());
    enquire.set_query(windows[0]);
    const Xapian::MSet mset = enquire.get_mset(0, 0, reports_db().get_doccount());
    // 31 days (1987-03-30 to 04-29) of five reports, and the four reprints of those days.
    CHECK(mset.get_matches_lower_bound() == 31 * 5 + 4);
  }

  TEST_CASE("newest first by date windows gives the hits the whole sort gives") {
    struct Case {
      std::string query;
      bool sort_by_date;
      unsigned offset;
      unsigned limit;
      bool all;
    };
    const Case cases[] = {
        {"market", true, 0, 10, false},   {"market", true, 150, 20, false},
        {"market", true, 280, 40, false},  // the page reaches past the dated reports
        {"market", true, 0, 0, false},    {"traders", true, 40, 10, true},
        {"", false, 0, 10, false},  // browsing: only a filter
        {"", false, 200, 50, false},
    };
    for (const Case& c : cases) {
      CAPTURE(c.query);
      CAPTURE(c.offset);
      SearchRequest r;
      r.query = c.query;
      if (c.query.empty()) r.from = days_from_civil(1987, 3, 1);
      if (c.sort_by_date) r.sort = SortOrder::date;
      r.offset = c.offset;
      r.limit = c.limit;
      r.all = c.all;
      const Results whole = Searcher(reports_db()).search(r);
      const Results windowed = Searcher(reports_db(), large).search(r);
      CHECK(ids(windowed) == ids(whole));
      CHECK(windowed.estimate == whole.estimate);
    }
  }

  TEST_CASE("the hits found newest first come newest first, undated last") {
    SearchRequest r;
    r.query = "market";
    r.sort = SortOrder::date;
    r.limit = 1000;
    r.all = true;
    const Results res = Searcher(reports_db(), large).search(r);
    REQUIRE(res.hits.size() == res.estimate);
    for (std::size_t i = 1; i < res.hits.size(); ++i) {
      const auto& a = res.hits[i - 1].doc.date;
      const auto& b = res.hits[i].doc.date;
      CAPTURE(i);
      if (!a) CHECK_FALSE(b);  // undated only after the dated
      if (a && b) CHECK(a->unix_seconds >= b->unix_seconds);
    }
    CHECK_FALSE(res.hits.back().doc.date);
  }
}
