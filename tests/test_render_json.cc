// The JSON renderer: the schema documented in README.md, valid and escaped.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "corpus_db.h"
#include "render_json.h"
#include "searcher.h"

using namespace dateline;
using json = nlohmann::json;

namespace {

json search_json(SearchRequest r) {
  Searcher s(test::corpus_db());
  return json::parse(render_json(s.search(r), r));
}

}  // namespace

TEST_SUITE("searcher") {
  TEST_CASE("a hit carries id, title, date, places, source, score and snippet") {
    SearchRequest r;
    r.query = "bahia cocoa";
    r.limit = 1;
    const json j = search_json(r);
    CHECK(j["query"] == "bahia cocoa");
    CHECK(j["total"]["estimate"].is_number_unsigned());
    CHECK(j["total"]["exact"].is_boolean());
    CHECK(j["offset"] == 0);
    CHECK(j["limit"] == 1);
    CHECK(j["sort"] == "relevance");
    REQUIRE(j["hits"].size() == 1);
    const json& h = j["hits"][0];
    CHECK(h["rank"] == 1);
    CHECK(h["id"] == "reuters21578:1");
    CHECK(h["title"] == "BAHIA COCOA REVIEW");
    CHECK(h["date"] == "1987-02-26T15:01:01Z");
    CHECK(h["source"] == "Reuters");
    CHECK(h["topics"] == json::array({"cocoa"}));
    REQUIRE(h["places"].size() == 4);
    CHECK(h["places"][0] == json({{"id", "el-salvador"},
                                  {"name", "El Salvador"},
                                  {"country", ""},
                                  {"role", "tag"},
                                  {"kind", "place"}}));
    CHECK(h["places"][3]["id"] == "salvador");
    CHECK(h["places"][3]["role"] == "dateline");
    CHECK(h["score"].get<double>() > 0);
    CHECK(h["snippet"].get<std::string>().find("<b>cocoa</b>") != std::string::npos);
    CHECK(j["facets"].is_null());
  }

  TEST_CASE("an undated article has a null date") {
    SearchRequest r;
    r.query = "Umerov";
    const json j = search_json(r);
    REQUIRE(j["hits"].size() == 1);
    CHECK(j["hits"][0]["date"].is_null());
    CHECK(j["hits"][0]["byline"] == "Abdiwahab Ahmed");
  }

  TEST_CASE("facets are lists of value, name and count") {
    SearchRequest r;
    r.query = "cocoa";
    r.facets = true;
    r.limit = 0;
    const json j = search_json(r);
    CHECK(j["hits"].empty());
    CHECK(j["total"]["exact"] == true);
    const json& f = j["facets"];
    REQUIRE(f["months"].is_array());
    std::uint64_t sum = 0;
    for (const auto& m : f["months"]) sum += m["count"].get<std::uint64_t>();
    CHECK(sum + f["undated"].get<std::uint64_t>() == j["total"]["estimate"].get<std::uint64_t>());
    REQUIRE_FALSE(f["places"].empty());
    CHECK(f["places"][0].contains("value"));
    CHECK(f["places"][0].contains("name"));
    CHECK(f["years"][0]["value"] == "1987");
  }

  TEST_CASE("titles with quotes and angle brackets survive as JSON strings") {
    SearchRequest r;
    r.query = "Atico financial";
    r.limit = 1;
    const std::string text = [&] {
      Searcher s(test::corpus_db());
      return render_json(s.search(r), r);
    }();
    const json j = json::parse(text);  // throws if invalid
    CHECK(j["hits"][0]["title"] == "ATICO FINANCIAL CORP <ATFC> 4TH QTR NET");
    CHECK(j["hits"][0]["snippet"].get<std::string>().find("<ATFC>") == std::string::npos);
  }
}
