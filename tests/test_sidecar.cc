// indexer/sidecar.h: `story.txt.json` fields over what the text reader found.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "readers/sidecar.h"

using namespace dateline;

TEST_SUITE("indexer") {
  TEST_CASE("a number out of range makes the sidecar a warning, not the run's end") {
    // Found by fuzz_sidecar (tests/fuzz): json::out_of_range left the pipeline, exit 1.
    std::vector<Problem> problems;
    CHECK_FALSE(parse_sidecar("{\"date\": \"2025-12-05\", \"rank\": 1e400}\n", problems));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].kind == Problem::Kind::warning);
    CHECK(problems[0].reason == "sidecar is not valid JSON (ignored): a number out of range");
  }

  TEST_CASE("a sidecar is named by its article's file name plus .json") {
    CHECK(sidecar_subject("news/story.txt.json") == "news/story.txt");
    CHECK(sidecar_subject("story.json") == "story");
    CHECK_FALSE(sidecar_subject("story.txt").has_value());
    CHECK_FALSE(sidecar_subject(".json").has_value());
    CHECK_FALSE(sidecar_subject("news/.json").has_value());
  }

  TEST_CASE("sidecar fields replace the reader's, and add places and topics") {
    std::vector<Problem> problems;
    const auto s = parse_sidecar(R"({
  "date": "2025-12-05T14:03:00Z",
  "source": "Axadle Times",
  "url": "https://news.invalid/talks",
  "byline": "Abdiwahab Ahmed",
  "places": ["Miami", "Kyiv"],
  "topics": "diplomacy",
  "language": "en",
  "dateline": "MIAMI",
  "title": "Talks extend",
  "id": "ignored", "body": "ignored", "unknown": 1,
  "url2": null
})",
                                 problems);
    REQUIRE(s.has_value());
    CHECK(problems.empty());
    Article a;
    a.title = "Scraped headline";
    a.body = "Body.";
    a.source = "Scraper";
    a.places.push_back({"miami", PlaceRole::tag});
    a.topics = {"Diplomacy", "world"};
    apply_sidecar(a, *s);
    REQUIRE(a.date.has_value());
    CHECK(a.date->unix_seconds == 1764943380);  // date -u -d 2025-12-05T14:03:00Z +%s
    CHECK(a.date->precision == DatePrecision::second);
    CHECK(a.date->source == DateSource::metadata);
    CHECK(a.title == "Talks extend");
    CHECK(a.body == "Body.");
    CHECK(a.source == "Axadle Times");
    CHECK(a.url == "https://news.invalid/talks");
    CHECK(a.byline == "Abdiwahab Ahmed");
    CHECK(a.language == "en");
    CHECK(a.dateline == "MIAMI");
    REQUIRE(a.places.size() == 2);  // "Miami" was already tagged
    CHECK(a.places[1].text == "Kyiv");
    CHECK(a.places[1].role == PlaceRole::tag);
    CHECK(a.topics == std::vector<std::string>{"Diplomacy", "world"});  // "diplomacy" known
  }

  TEST_CASE("a sidecar's date replaces the article's own") {
    std::vector<Problem> problems;
    const auto s = parse_sidecar(R"({"date": "December 5, 2025"})", problems);
    REQUIRE(s.has_value());
    Article a;
    a.date = ArticleDate{0, DatePrecision::second, DateSource::metadata};
    apply_sidecar(a, *s);
    CHECK(a.date->unix_seconds == 1764892800);
    CHECK(a.date->precision == DatePrecision::day);
  }

  TEST_CASE("empty and null fields leave the reader's values alone") {
    std::vector<Problem> problems;
    const auto s = parse_sidecar(R"({"source": "", "byline": null, "places": []})", problems);
    REQUIRE(s.has_value());
    Article a;
    a.source = "Scraper";
    a.byline = "Jane Roe";
    apply_sidecar(a, *s);
    CHECK(a.source == "Scraper");
    CHECK(a.byline == "Jane Roe");
    CHECK_FALSE(a.date.has_value());
  }

  TEST_CASE("a broken field is a warning on its own line; the rest of the sidecar is used") {
    std::vector<Problem> problems;
    const auto s = parse_sidecar(
        "{\n  \"source\": \"Wire\",\n  \"date\": \"yesterday\",\n  \"topics\": 5,\n"
        "  \"url\": [\"x\"]\n}\n",
        problems);
    REQUIRE(s.has_value());
    CHECK(s->source == "Wire");
    CHECK_FALSE(s->date.has_value());
    REQUIRE(problems.size() == 3);
    CHECK(problems[0].line == 3);
    CHECK(problems[0].reason == "unrecognised date 'yesterday' in sidecar (ignored)");
    CHECK(problems[1].line == 5);
    CHECK(problems[1].reason == "field 'url' is not a string (ignored)");
    CHECK(problems[2].line == 4);
    CHECK(problems[2].reason == "field 'topics' is not a list of strings (ignored)");
    for (const auto& p : problems) CHECK(p.kind == Problem::Kind::warning);
  }

  TEST_CASE("a sidecar that is not one JSON object is ignored with a warning at its line") {
    std::vector<Problem> problems;
    CHECK_FALSE(parse_sidecar("{\n  \"source\": \"Wire\",\n  \"date\" \"2025\"\n}\n", problems)
                    .has_value());
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].line == 3);
    CHECK(problems[0].reason.starts_with("sidecar is not valid JSON (ignored): "));
    problems.clear();
    CHECK_FALSE(parse_sidecar("[\"2025-12-05\"]", problems).has_value());
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].reason == "sidecar is not a JSON object (ignored)");
    problems.clear();
    CHECK_FALSE(parse_sidecar("", problems).has_value());
    CHECK(problems.size() == 1);
  }
}
