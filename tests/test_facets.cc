// Facets (searcher/facets.h, facet_counter.h, day_sample.h): exact per-place counts split from
// the combinations Xapian's ValueCountMatchSpy counts, exact story counts, and the estimate from
// a sample of days past the bounds, labelled as one in JSON, text and HTML.
#include <doctest/doctest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <numeric>
#include <set>

#include "build_article.h"
#include "corpus_db.h"
#include "dates.h"
#include "day_sample.h"
#include "facet_counter.h"
#include "page_view.h"
#include "query_builder.h"
#include "render_html.h"
#include "render_json.h"
#include "render_text.h"
#include "searcher.h"
#include "text.h"

using namespace dateline;

namespace {

ArticleDate day(int year, unsigned month, unsigned d) {
  return {static_cast<std::int64_t>(days_from_civil(year, month, d)) * 86400, DatePrecision::day,
          DateSource::metadata};
}

std::map<std::string, std::uint64_t> by_value(const std::vector<FacetCount>& counts) {
  std::map<std::string, std::uint64_t> out;
  for (const auto& c : counts) out[c.value] = c.count;
  return out;
}

// Five market reports: three with several places each, one undated without any.
const Xapian::Database& places_db() {
  static const Xapian::Database db = [] {
    test::SmallDb small;
    auto add = [&](const char* id, std::vector<const char*> places, std::optional<ArticleDate> d) {
      Article a;
      a.id = id;
      a.title = std::string("Market report ") + id;
      a.body = std::string("The market moved today, report ") + id + ".";
      a.date = d;
      for (const char* p : places) a.places.push_back({p, PlaceRole::tag});
      const auto built = test::build_article(a);
      small.db.replace_document(built.id_term, built.document);
    };
    add("a", {"London", "Paris"}, day(1987, 3, 2));
    add("b", {"London"}, day(1987, 3, 2));
    add("c", {"Paris", "Tokyo", "London"}, day(1987, 3, 3));
    add("d", {"Tokyo"}, day(1987, 4, 1));
    add("e", {}, std::nullopt);
    return small.done();
  }();
  return db;
}

SearchRequest faceted(const std::string& query, unsigned limit = 0) {
  SearchRequest r;
  r.query = query;
  r.facets = true;
  r.limit = limit;
  return r;
}

Results search(const Xapian::Database& db, const std::string& query, SearchBounds bounds = {},
               DateGranularity granularity = DateGranularity::automatic) {
  SearchRequest r = faceted(query);
  r.date_facet = granularity;
  return Searcher(db, bounds).search(r);
}

// An independent count: every matching article's places slot read and its lines counted.
std::map<std::string, std::uint64_t> places_counted_one_by_one(const Xapian::Database& db,
                                                               const std::string& query,
                                                               bool* several_places) {
  QueryBuilder builder(db, "en");
  SearchRequest r;
  r.query = query;
  Xapian::Enquire enquire(db);
  enquire.set_query(builder.build(r).query);
  const Xapian::MSet all = enquire.get_mset(0, db.get_doccount());
  std::map<std::string, std::uint64_t> out;
  for (auto it = all.begin(); it != all.end(); ++it) {
    const std::string value = it.get_document().get_value(schema::slot::places);
    const auto lines = split_lines(value);
    std::size_t places = 0;
    for (const auto line : lines) {
      const auto id = line.substr(0, line.find('\t'));
      if (id.empty()) continue;
      ++out[std::string(id)];
      ++places;
    }
    if (places > 1) *several_places = true;
  }
  return out;
}

// 60 days of 1987 (March to May), 10 reports a day with the same mix of places (5 in London,
// 3 in Paris, 2 in Tokyo), and 7 undated ones: any sample of whole days sees that mix, so the
// estimate is the truth and can be checked exactly.
const Xapian::Database& days_db() {
  static const Xapian::Database db = [] {
    test::SmallDb small;
    const char* mix[] = {"London", "London", "London", "London", "London",
                         "Paris",  "Paris",  "Paris",  "Tokyo",  "Tokyo"};
    int n = 0;
    auto add = [&](std::optional<ArticleDate> d, const char* place) {
      Article a;
      a.id = "r" + std::to_string(++n);
      a.title = "Market report " + a.id;
      a.body = "The market moved today in report " + a.id + ".";
      a.date = d;
      if (place != nullptr) a.places.push_back({place, PlaceRole::tag});
      const auto built = test::build_article(a);
      small.db.replace_document(built.id_term, built.document);
    };
    const std::int32_t first = days_from_civil(1987, 3, 1);
    for (std::int32_t d = first; d < first + 60; ++d) {
      const CivilDay c = civil_from_days(d);
      for (const char* place : mix) add(day(c.year, c.month, c.day), place);
    }
    for (int i = 0; i < 7; ++i) add(std::nullopt, "Paris");
    return small.done();
  }();
  return db;
}

// Bounds that make days_db() an archive too large to count whole.
constexpr SearchBounds tiny{.small_archive = 0, .exact_facets = 10, .facet_sample = 100};

}  // namespace

TEST_SUITE("searcher") {
  TEST_CASE("an article's several places each count once: the spy's combinations split") {
    const Results res = search(places_db(), "market");
    REQUIRE(res.facets);
    const Facets& f = *res.facets;
    CHECK(f.exact);
    CHECK(f.sampled == 0);
    CHECK(res.estimate == 5);
    // London in a, b, c; Paris in a, c; Tokyo in c, d. Ties in id order.
    REQUIRE(f.places.size() == 3);
    CHECK(f.places[0].value == "london");
    CHECK(f.places[0].count == 3);
    CHECK(f.places[1].value == "paris");
    CHECK(f.places[1].count == 2);
    CHECK(f.places[2].value == "tokyo");
    CHECK(f.places[2].count == 2);
    CHECK(f.places[0].label == "London");
    REQUIRE(f.months.size() == 2);
    CHECK(f.months[0].value == "1987-03");
    CHECK(f.months[0].count == 3);
    CHECK(f.months[1].count == 1);
    CHECK(f.undated == 1);
  }

  TEST_CASE("a place facet lists no more than the limit, most first") {
    SearchRequest r = faceted("market");
    r.facet_limit = 1;
    const Results res = Searcher(places_db()).search(r);
    REQUIRE(res.facets);
    REQUIRE(res.facets->places.size() == 1);
    CHECK(res.facets->places[0].value == "london");
  }

  TEST_CASE("place counts equal a count of each matching article's places, one by one") {
    // Queries whose matches the hits' run counts (a few), and ones counted in a run of their
    // own (over 5,000 at most: the corpus is a small archive, counted whole).
    for (const std::string query : {"cocoa", "oil", "said", "trade OR bank", "place:usa"}) {
      CAPTURE(query);
      bool several_places = false;
      const auto expected = places_counted_one_by_one(test::corpus_db(), query, &several_places);
      CHECK(several_places);  // the split is exercised
      SearchRequest r = faceted(query);
      r.facet_limit = 10000;
      const Results res = Searcher(test::corpus_db()).search(r);
      REQUIRE(res.facets);
      CHECK(res.facets->exact);
      CHECK(by_value(res.facets->places) == expected);
    }
  }

  TEST_CASE("with facets the stories are counted exactly: as many as the hits listed") {
    for (const std::string query : {"said", "oil", "cocoa"}) {
      CAPTURE(query);
      const Results res = Searcher(test::corpus_db()).search(faceted(query, 1000));
      CHECK(res.stories_exact);
      CHECK(res.stories == res.hits.size());
      if (query == "said") CHECK(res.stories < res.estimate);  // copies did collapse
    }
  }

  TEST_CASE("past the bounds the facets are estimated from whole days, and say so") {
    const Results res = search(days_db(), "market", tiny);
    REQUIRE(res.facets);
    const Facets& f = *res.facets;
    CHECK_FALSE(f.exact);
    // A sample: fewer articles counted than match, at least a day of each month.
    CHECK(f.sampled >= 30);
    CHECK(f.sampled < 607);
    // Every day has the same mix, so the sample's estimate is the truth.
    const auto places = by_value(f.places);
    CHECK(places.at("london") == 300);
    CHECK(places.at("paris") == 187);  // 180 dated (estimated) and 7 undated (counted)
    CHECK(places.at("tokyo") == 120);
    REQUIRE(f.months.size() == 2);  // March and April: 31 + 29 days
    CHECK(f.months[0].count == 310);
    CHECK(f.months[1].count == 290);
    CHECK(f.undated == 7);
    CHECK(res.estimate == 607);
    // An estimate goes no finer than months: the sample says nothing of the days it left out.
    CHECK(f.date_granularity == DateGranularity::month);
    CHECK(f.days.empty());
    const Results by_day = search(days_db(), "market", tiny, DateGranularity::day);
    REQUIRE(by_day.facets);
    CHECK(by_day.facets->date_granularity == DateGranularity::month);
  }

  TEST_CASE("an estimate is labelled in JSON, in the terminal and on the page") {
    const SearchRequest r = faceted("market", 1);
    const Results res = Searcher(days_db(), tiny).search(r);
    REQUIRE(res.facets);
    const auto j = nlohmann::json::parse(render_json(res, r));
    CHECK(j["facets"]["exact"] == false);
    CHECK(j["facets"]["sampled"] == res.facets->sampled);
    const std::string text = render_text(res, r, {});
    CHECK(text.find("Estimated from a sample of " + std::to_string(res.facets->sampled) +
                    " matching articles") != std::string::npos);
    CHECK(text.find("London (~300)") != std::string::npos);
    CHECK(text.find("Undated: ~7") != std::string::npos);
    PageView view;
    view.max_places = 5;
    view.max_page = 50;
    view.link = [](const PageState&) { return std::string("?"); };
    const std::string html = render_html(res, view);
    CHECK(html.find("<p class=\"estimate\">Counts estimated from a sample of " +
                    std::to_string(res.facets->sampled)) != std::string::npos);
    CHECK(html.find("<span class=\"n\">~300</span>") != std::string::npos);
  }

  TEST_CASE("exact facets say so: JSON exact true and sampled 0, no marks") {
    const SearchRequest r = faceted("market", 10);
    const Results res = Searcher(places_db()).search(r);
    const auto j = nlohmann::json::parse(render_json(res, r));
    CHECK(j["facets"]["exact"] == true);
    CHECK(j["facets"]["sampled"] == 0);
    const std::string text = render_text(res, r, {});
    CHECK(text.find("London (3)") != std::string::npos);
    CHECK(text.find('~') == std::string::npos);
  }

  TEST_CASE("a sample that holds every day is an exact count") {
    SearchBounds every_day = tiny;
    every_day.facet_sample = 100000;
    const Results res = search(days_db(), "market", every_day);
    REQUIRE(res.facets);
    CHECK(res.facets->exact);
    CHECK(by_value(res.facets->places).at("paris") == 187);
    // Exact, so the days are known: 60 of them, a span short enough to list them.
    CHECK(res.facets->date_granularity == DateGranularity::day);
    CHECK(res.facets->days.size() == 60);
  }

  TEST_CASE("a day sample keeps a share of each month's days, the same every time") {
    const DaySample a = sample_days(days_db(), 0.1);
    const DaySample b = sample_days(days_db(), 0.1);
    CHECK(a.days == 60);
    CHECK(a.sampled_days == 6);  // 10% of March's 31 and of April's 29 days, rounded
    CHECK(a.filter.get_description() == b.filter.get_description());
    std::set<std::string> months;
    for (auto t = a.filter.get_unique_terms_begin(); t != a.filter.get_unique_terms_end(); ++t)
      months.insert((*t).substr(1, 6));
    CHECK(months == std::set<std::string>{"198703", "198704"});
    // Ten articles a day: a month's weight is its days per sampled day.
    CHECK(a.day_weight("19870302") == doctest::Approx(31.0 / 3));
    CHECK(a.day_weight("19870415") == doctest::Approx(29.0 / 3));
    CHECK(a.day_weight("19870601") == 0);  // not a month of the archive
    const DaySample one = sample_days(days_db(), 0.001);
    CHECK(one.sampled_days == 2);  // at least one day a month
  }
}
