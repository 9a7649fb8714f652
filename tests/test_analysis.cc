// indexer/analysis.h: the analysis stage as a pure function, from an Article and its file's
// evidence to what the builder and the writer need.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <string>

#include "analysis.h"
#include "places/place_resolver.h"
#include "similarity_key.h"
#include "text.h"

using dateline::analyse;
using dateline::Article;
using dateline::ArticleDate;
using dateline::ArticleEvidence;
using dateline::DatePrecision;
using dateline::DateSource;
using dateline::PlaceRole;

namespace {

constexpr std::int64_t dec_5_2025 = 1764892800;   // date -u -d 2025-12-05 +%s
constexpr std::int64_t jan_10_2026 = 1768003200;  // date -u -d 2026-01-10 +%s

Article story() {
  Article a;
  a.id = "ax-1";
  a.title = "Storm closes port";
  a.body = "The port of Miami closed on Friday as the storm came ashore, officials said.";
  a.dateline = "MIAMI, Dec. 5";
  return a;
}

}  // namespace

TEST_SUITE("indexer") {
  TEST_CASE(
      "an undated article takes the dateline's day in the file time's year, marked as estimated") {
    const dateline::NamePlaceResolver names;
    ArticleEvidence e;
    e.file_time = jan_10_2026;
    const auto a = analyse(story(), e, names);
    REQUIRE(a.article.date.has_value());
    CHECK(a.article.date->unix_seconds == dec_5_2025);
    CHECK(a.article.date->source == DateSource::dateline);
    CHECK(a.date_estimated);
  }

  TEST_CASE("the previous record's date gives a dateline its year when the file time does not") {
    const dateline::NamePlaceResolver names;
    ArticleEvidence e;
    e.previous_date = dec_5_2025 + 86400 * 3;
    const auto a = analyse(story(), e, names);
    REQUIRE(a.article.date.has_value());
    CHECK(a.article.date->unix_seconds == dec_5_2025);
  }

  TEST_CASE(
      "a metadata date is kept and not counted as an estimate; --date wins over the dateline") {
    const dateline::NamePlaceResolver names;
    Article dated = story();
    dated.date = ArticleDate{dec_5_2025 + 3600, DatePrecision::minute, DateSource::metadata};
    ArticleEvidence e;
    e.given = ArticleDate{jan_10_2026, DatePrecision::day, DateSource::metadata};
    const auto kept = analyse(dated, e, names);
    CHECK(kept.article.date->unix_seconds == dec_5_2025 + 3600);
    CHECK_FALSE(kept.date_estimated);

    const auto given = analyse(story(), e, names);
    CHECK(given.article.date->unix_seconds == jan_10_2026);
    CHECK(given.article.date->source == DateSource::metadata);
    CHECK(given.date_estimated);
  }

  TEST_CASE("with no evidence at all an undated article stays undated") {
    const dateline::NamePlaceResolver names;
    Article a = story();
    a.dateline = "MIAMI";
    const auto out = analyse(a, ArticleEvidence{}, names);
    CHECK_FALSE(out.article.date.has_value());
    CHECK(out.date_estimated);
  }

  TEST_CASE("a sidecar's fields replace the file's, and its date counts as the article's own") {
    const dateline::NamePlaceResolver names;
    dateline::Sidecar sidecar;
    sidecar.date = ArticleDate{dec_5_2025, DatePrecision::day, DateSource::metadata};
    sidecar.source = "Axadle Times";
    sidecar.places = {"Havana"};
    ArticleEvidence e;
    e.sidecar = &sidecar;
    e.file_time = jan_10_2026;
    const auto a = analyse(story(), e, names);
    CHECK(a.article.source == "Axadle Times");
    CHECK(a.article.date->unix_seconds == dec_5_2025);
    CHECK_FALSE(a.date_estimated);
    REQUIRE(a.places.size() == 2);
    CHECK(a.places[0].id == "havana");
    CHECK(a.places[1].id == "miami");
    CHECK(a.places[1].role == PlaceRole::dateline);
  }

  TEST_CASE("the article's own language wins over the default, an unknown one falls back to it") {
    const dateline::NamePlaceResolver names;
    ArticleEvidence e;
    e.default_language = "de";
    Article a = story();
    CHECK(analyse(a, e, names).language == "de");
    a.language = "fr";
    CHECK(analyse(a, e, names).language == "fr");
    a.language = "klingon";
    CHECK(analyse(a, e, names).language == "de");
  }

  TEST_CASE("--source names the publisher of records that name none, and never overrides one") {
    const dateline::NamePlaceResolver names;
    ArticleEvidence e;
    e.default_source = "BBC";
    Article a = story();
    a.source.clear();
    CHECK(analyse(a, e, names).article.source == "BBC");
    a.source = "Reuters";
    CHECK(analyse(a, e, names).article.source == "Reuters");
  }

  TEST_CASE("every place comes with the names it may be searched by, once per id") {
    const dateline::NamePlaceResolver names;
    Article a = story();
    a.places = {{"Miami", PlaceRole::tag}, {"el-salvador", PlaceRole::tag}};
    const auto out = analyse(a, ArticleEvidence{}, names);
    REQUIRE(out.aliases.size() == 2);  // the dateline's Miami is the tag's
    CHECK(out.aliases[0].id == "miami");
    CHECK(out.aliases[0].names == std::vector<std::string>{"Miami", "miami"});
    CHECK(out.aliases[1].id == "el-salvador");
    CHECK(out.aliases[1].names == std::vector<std::string>{"El Salvador", "el-salvador"});
  }

  TEST_CASE(
      "analysis is a function of its inputs: the same article and evidence give the same result") {
    const dateline::NamePlaceResolver names;
    ArticleEvidence e;
    e.file_time = jan_10_2026;
    const auto one = analyse(story(), e, names);
    const auto two = analyse(story(), e, names);
    CHECK(one.article.date->unix_seconds == two.article.date->unix_seconds);
    CHECK(one.similarity_key == two.similarity_key);
    CHECK(one.language == two.language);
    CHECK(one.places.size() == two.places.size());
  }

  TEST_CASE("the similarity key hashes the lead's first 40 words, lower-cased and without digits") {
    // The definition, spelled out: the key is stored in databases and must never drift.
    CHECK(dateline::similarity_key("The port of Miami closed on Friday as 2 storms came ashore") ==
          fmt::format("{:016x}", dateline::fnv1a64(
                                     "the port of miami closed on friday as storms came ashore ")));
    std::string long_lead;
    for (int i = 0; i < 50; ++i) long_lead += "w" + std::to_string(i % 10) + "x ";
    std::string forty;
    for (int i = 0; i < 40; ++i) forty += "wx ";
    CHECK(dateline::similarity_key(long_lead) == fmt::format("{:016x}", dateline::fnv1a64(forty)));
  }

  TEST_CASE("a corrected figure keeps the similarity key; a lead under 8 words has none") {
    CHECK(dateline::similarity_key("Shares fell 3 percent in Tokyo trading on Monday morning") ==
          dateline::similarity_key("Shares fell 4 percent in Tokyo trading on Monday morning"));
    CHECK(dateline::similarity_key("Markets closed early today.").empty());
  }
}  // TEST_SUITE
