// Date facets (searcher/facets.h) and --recent's filter (query_builder.h recent_filter): the
// granularity chosen from the span, exact counts, and sub-day windows on the timestamp slot.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <numeric>

#include "build_article.h"
#include "corpus_db.h"
#include "dates.h"
#include "facets.h"
#include "query_builder.h"
#include "render_json.h"
#include "render_text.h"
#include "searcher.h"

using namespace dateline;

namespace {

std::uint64_t sum(const std::vector<FacetCount>& v) {
  return std::accumulate(v.begin(), v.end(), std::uint64_t{0},
                         [](std::uint64_t n, const FacetCount& c) { return n + c.count; });
}

// Five articles around 2025-12-09 (GNU date: date -u -d 2025-12-09T12:00:00Z +%s), one
// known only to the day, one undated.
const Xapian::Database& recent_db() {
  static const Xapian::Database db = [] {
    Xapian::WritableDatabase wdb(std::string(), Xapian::DB_BACKEND_INMEMORY);
    wdb.set_metadata(std::string(schema::version_key), std::string(schema::version));
    auto add = [&](const char* id, std::optional<ArticleDate> date) {
      Article a;
      a.id = id;
      a.title = std::string("story ") + id;
      a.body = "news";
      a.date = date;
      auto built = test::build_article(a);
      wdb.replace_document(built.id_term, built.document);
    };
    add("dec9-noon", ArticleDate{1765281600, DatePrecision::second, DateSource::metadata});
    add("dec9-1830", ArticleDate{1765305000, DatePrecision::second, DateSource::metadata});
    add("dec10-0600", ArticleDate{1765346400, DatePrecision::second, DateSource::metadata});
    add("dec4-day", ArticleDate{1764806400, DatePrecision::day, DateSource::file_time});
    add("dec3-day", ArticleDate{1764720000, DatePrecision::day, DateSource::dateline});
    add("undated", std::nullopt);
    wdb.commit();
    return Xapian::Database(wdb);
  }();
  return db;
}

std::vector<std::string> ids_in(std::int64_t since, std::int64_t until) {
  Xapian::Enquire enquire(recent_db());
  enquire.set_query(recent_filter(recent_db(), since, until));
  std::vector<std::string> ids;
  const Xapian::MSet mset = enquire.get_mset(0, 100);
  for (auto it = mset.begin(); it != mset.end(); ++it)
    ids.push_back(parse_document_data(it.get_document().get_data()).id);
  std::sort(ids.begin(), ids.end());
  return ids;
}

}  // namespace

TEST_SUITE("searcher") {
  TEST_CASE("the date facets' granularity follows the span of the matches") {
    const std::int32_t d = 6000;
    CHECK(choose_date_granularity(d, d) == DateGranularity::day);
    CHECK(choose_date_granularity(d, d + 62) == DateGranularity::day);
    CHECK(choose_date_granularity(d, d + 63) == DateGranularity::month);
    CHECK(choose_date_granularity(d, d + 3 * 365 + 1) == DateGranularity::month);
    CHECK(choose_date_granularity(d, d + 3 * 365 + 2) == DateGranularity::year);
  }

  TEST_CASE("day facets add up to the dated matches, and months and years to the same") {
    Searcher s(test::corpus_db());
    SearchRequest r;
    r.query = "oil";
    r.limit = 0;
    r.facets = true;
    SUBCASE("automatic: reut2-000 spans a week, so days") {
      const Results res = s.search(r);
      REQUIRE(res.facets);
      const Facets& f = *res.facets;
      CHECK(f.date_granularity == DateGranularity::day);
      REQUIRE_FALSE(f.days.empty());
      CHECK(sum(f.days) + f.undated == res.estimate);
      CHECK(sum(f.months) == sum(f.days));
      CHECK(sum(f.years) == sum(f.days));
      CHECK(f.days.front().value == "1987-02-26");
      CHECK(f.days.front().label == "26 Feb 1987");
      for (std::size_t i = 1; i < f.days.size(); ++i) CHECK(f.days[i - 1].value < f.days[i].value);
    }
    SUBCASE("forced to months: no day list") {
      r.date_facet = DateGranularity::month;
      const Results res = s.search(r);
      CHECK(res.facets->date_granularity == DateGranularity::month);
      CHECK(res.facets->days.empty());
      CHECK(sum(res.facets->months) + res.facets->undated == res.estimate);
    }
    SUBCASE("forced to years") {
      r.date_facet = DateGranularity::year;
      const Results res = s.search(r);
      CHECK(res.facets->date_granularity == DateGranularity::year);
      const std::string text = render_text(res, r, {});
      CHECK(text.find("Years: 1987") != std::string::npos);
      CHECK(text.find("Months:") == std::string::npos);
    }
  }

  TEST_CASE("a day's facet count equals that day's filtered total") {
    Searcher s(test::corpus_db());
    SearchRequest r;
    r.query = "oil";
    r.limit = 0;
    r.facets = true;
    r.date_facet = DateGranularity::day;
    const Results all = s.search(r);
    for (const auto& day : all.facets->days) {
      CAPTURE(day.value);
      SearchRequest one = r;
      one.from = parse_day_bound(day.value, false);
      one.to = one.from;
      CHECK(s.search(one).estimate == day.count);
    }
  }

  TEST_CASE(
      "JSON facets carry days and the granularity; hits carry the date's source and precision") {
    Searcher s(test::corpus_db());
    SearchRequest r;
    r.query = "bahia cocoa";
    r.limit = 1;
    r.facets = true;
    const auto j = nlohmann::json::parse(render_json(s.search(r), r));
    CHECK(j["facets"]["date_granularity"] == "day");
    REQUIRE(j["facets"]["days"].is_array());
    CHECK(j["facets"]["days"][0]["value"] == "1987-02-26");
    CHECK(j["facets"]["days"][0]["name"] == "26 Feb 1987");
    CHECK(j["facets"]["countries"].is_array());
    CHECK(j["hits"][0]["date_source"] == "metadata");
    CHECK(j["hits"][0]["date_precision"] == "second");
  }

  TEST_CASE(
      "the scraped sample is undated in the readers' test corpus: source and precision are null") {
    Searcher s(test::corpus_db());
    SearchRequest r;
    r.query = "Umerov";
    const auto j = nlohmann::json::parse(render_json(s.search(r), r));
    REQUIRE(j["hits"].size() == 1);
    CHECK(j["hits"][0]["date"].is_null());
    CHECK(j["hits"][0]["date_source"].is_null());
    CHECK(j["hits"][0]["date_precision"].is_null());
  }

  TEST_CASE("--recent's window is exact to the second at both ends, and whole days use terms") {
    constexpr std::int64_t dec10 = 1765324800;  // 2025-12-10T00:00:00Z
    using V = std::vector<std::string>;
    // 7 days back from midnight: whole days only.
    CHECK(ids_in(dec10 - 7 * 86400, dec10) == V{"dec3-day", "dec4-day", "dec9-1830", "dec9-noon"});
    // 12 hours back from 06:00 on the 10th: 18:00 on the 9th onwards.
    CHECK(ids_in(dec10 + 6 * 3600 - 12 * 3600, dec10 + 6 * 3600) == V{"dec10-0600", "dec9-1830"});
    // One second short of 06:00 misses it.
    CHECK(ids_in(dec10 - 6 * 3600, dec10 + 6 * 3600 - 1) == V{"dec9-1830"});
    // A day known only to the day counts as its midnight.
    CHECK(ids_in(dec10 - 6 * 86400 + 1, dec10) == V{"dec9-1830", "dec9-noon"});
    CHECK(ids_in(dec10 - 6 * 86400, dec10) == V{"dec4-day", "dec9-1830", "dec9-noon"});
    CHECK(ids_in(dec10, dec10 - 1).empty());
    const std::string d =
        recent_filter(recent_db(), dec10 - 36 * 3600, dec10 + 3600).get_description();
    CHECK(d.find("D20251209") != std::string::npos);      // whole day: a term
    CHECK(d.find("VALUE_RANGE 1") != std::string::npos);  // the cut days: the timestamp slot
  }

  TEST_CASE("--recent combines with words through the searcher") {
    Searcher s(recent_db());
    SearchRequest r;
    r.query = "news";
    r.recent = TimeWindow{1765324800 - 86400, 1765324800 + 6 * 3600};
    const Results res = s.search(r);
    CHECK(res.estimate == 3);
  }
}
