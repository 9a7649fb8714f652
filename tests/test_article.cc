// The reader's tools (issue 15): an article opened whole by its id (--show, the page's ?id=),
// facets whose counts are what a click gives (disjunctive place facets), and CSV for
// spreadsheets. On the real corpus database.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "corpus_db.h"
#include "render_csv.h"
#include "render_json.h"
#include "render_text.h"
#include "searcher.h"

using namespace dateline;

namespace {

SearchRequest faceted(const std::string& q, std::vector<std::string> places = {}) {
  SearchRequest r;
  r.query = q;
  r.places = std::move(places);
  r.facets = true;
  r.limit = 0;
  return r;
}

std::uint64_t count_of(const std::vector<FacetCount>& list, const std::string& value) {
  for (const auto& c : list)
    if (c.value == value) return c.count;
  return 0;
}

}  // namespace

TEST_SUITE("searcher") {
  TEST_CASE("place facets are disjunctive: a count is what a click on it gives") {
    Searcher s(test::corpus_db());
    const Results oil = s.search(faceted("oil"));
    REQUIRE(oil.facets);
    REQUIRE(oil.facets->places.size() >= 3);
    const FacetCount first = oil.facets->places[0];
    const FacetCount second = oil.facets->places[1];
    // A click on a place: its count is the total it gives.
    const Results one = s.search(faceted("oil", {first.value}));
    CHECK(one.estimate == first.count);
    REQUIRE(one.facets);
    // With it chosen, the other places keep the counts a click on them alone gives (not
    // their overlap with the first), and the chosen one's count is the total.
    CHECK(count_of(one.facets->places, first.value) == one.estimate);
    CHECK(count_of(one.facets->places, second.value) == second.count);
    // A second click ORs: between the larger of the two and their sum.
    const Results both = s.search(faceted("oil", {first.value, second.value}));
    CHECK(both.estimate >= std::max(first.count, second.count));
    CHECK(both.estimate <= first.count + second.count);
    CHECK(both.estimate > one.estimate);
    // Dates stay counted within the results (a click on one narrows them).
    REQUIRE_FALSE(one.facets->years.empty());
    std::uint64_t dated = 0;
    for (const auto& y : one.facets->years) dated += y.count;
    CHECK(dated + one.facets->undated == one.estimate);
  }

  TEST_CASE("a chosen place stays listed past the top ones, with its count") {
    Searcher s(test::corpus_db());
    SearchRequest all = faceted("said");
    all.facet_limit = 10000;
    const Results every = s.search(all);
    REQUIRE(every.facets);
    REQUIRE(every.facets->places.size() > 3);
    const FacetCount rare = every.facets->places.back();
    SearchRequest r = faceted("said", {rare.value});
    r.facet_limit = 3;
    const Results res = s.search(r);
    REQUIRE(res.facets);
    CHECK(res.facets->places.size() == 4);
    CHECK(res.facets->places.back().value == rare.value);
    CHECK(res.facets->places.back().count == rare.count);
  }

  TEST_CASE("an article is opened whole by its id, with the query's words marked") {
    Searcher s(test::corpus_db());
    SearchRequest r;
    r.query = "heating oil";
    r.limit = 1;
    const Results found = s.search(r);
    REQUIRE(found.hits.size() == 1);
    const StoredDocument& hit = found.hits[0].doc;
    const auto article = s.article(hit.id, "heating oil");
    REQUIRE(article);
    CHECK(article->doc.id == hit.id);
    CHECK(article->doc.title == hit.title);
    CHECK(article->doc.text.size() > found.hits[0].snippet.text.size() / 2);
    CHECK(article->body.text == article->doc.text);
    REQUIRE_FALSE(article->body.highlights.empty());
    for (const auto& h : article->body.highlights) {
      const std::string word = article->body.text.substr(h.begin, h.end - h.begin);
      CHECK((word.starts_with("heat") || word.starts_with("oil") || word.starts_with("Oil") ||
             word.starts_with("Heat")));
    }
    CHECK(s.article(hit.id)->body.highlights.empty());
    CHECK_FALSE(s.article("no-such-id"));
    // Unreadable query words: the article unmarked, not an error.
    CHECK(s.article(hit.id, "\"unclosed AND (")->doc.id == hit.id);

    const auto json = nlohmann::json::parse(render_article_json(*article));
    CHECK(json["id"] == hit.id);
    CHECK(json["body"] == article->doc.text);
    CHECK(json["body_html"].get<std::string>().find("<b>") != std::string::npos);
    CHECK(json["places"].size() == article->doc.places.size());
    const std::string text = render_article_text(*article, {});
    CHECK(text.find(hit.title) == 0);
    CHECK(text.find("Id: " + hit.id) != std::string::npos);
  }

  TEST_CASE("an article's page lists the other copies of its story") {
    Searcher s(test::corpus_db());
    SearchRequest r;
    r.query = "said";
    r.limit = 200;
    const Results res = s.search(r);
    const Hit* collapsed = nullptr;
    for (const auto& h : res.hits)
      if (h.similar > 0 && !collapsed) collapsed = &h;
    REQUIRE(collapsed != nullptr);
    const auto article = s.article(collapsed->doc.id);
    REQUIRE(article);
    CHECK(article->copies.size() >= collapsed->similar);
    for (const auto& copy : article->copies) {
      CHECK(copy.id != collapsed->doc.id);
      CHECK(copy.text.empty());
    }
  }

  TEST_CASE("CSV: a header, one row per hit, RFC 4180 quoting, no formulas") {
    CHECK(csv_field("plain") == "plain");
    CHECK(csv_field("a, b") == "\"a, b\"");
    CHECK(csv_field("say \"no\"") == "\"say \"\"no\"\"\"");
    CHECK(csv_field("two\nlines") == "\"two\nlines\"");
    CHECK(csv_field("=HYPERLINK(1)") == "'=HYPERLINK(1)");
    CHECK(csv_field("-2+3") == "'-2+3");
    Searcher s(test::corpus_db());
    SearchRequest r;
    r.query = "oil";
    r.limit = 5;
    const Results res = s.search(r);
    const std::string csv = render_csv(res);
    CHECK(csv.starts_with("id,date,title,places,url,score\r\n"));
    std::size_t rows = 0;
    for (std::size_t at = csv.find("\r\n"); at != std::string::npos; at = csv.find("\r\n", at + 2))
      ++rows;
    CHECK(rows == res.hits.size() + 1);
    CHECK(csv.find(res.hits[0].doc.id + ",") != std::string::npos);
  }
}
