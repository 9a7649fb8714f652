// indexer/reader_jsonl.cc: one article per line; a bad line costs only itself.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "reader_support.h"
#include "readers/reader.h"
#include "readers/record_limits.h"

using dateline::Article;
using dateline::DatePrecision;
using dateline::DateSource;
using dateline::Format;
using dateline::PlaceRole;
using dateline::Problem;
using dateline::SourceFile;

using dateline::test::fixture;
using dateline::test::Read;
namespace limits = dateline::limits;

namespace {

const SourceFile sample_file{"data/jsonl_sample.jsonl", "/srv/data/jsonl_sample.jsonl"};

Read read_jsonl(std::string_view content, const SourceFile& file = sample_file) {
  return dateline::test::read_as(Format::jsonl, content, file);
}

}  // namespace

TEST_SUITE("indexer") {
  TEST_CASE("the good records of a JSONL file survive its bad lines, in file order") {
    const Read r = read_jsonl(fixture("jsonl_sample.jsonl"));
    std::vector<std::string> ids;
    std::vector<std::size_t> lines;
    for (const auto& a : r.articles) {
      ids.push_back(a.id);
      lines.push_back(a.line);
    }
    CHECK(ids == std::vector<std::string>{"ax-1", "42", "/srv/data/jsonl_sample.jsonl#3",
                                          "bad-date", "wrong-type", "latin1", "crlf"});
    CHECK(lines == std::vector<std::size_t>{1, 2, 3, 7, 8, 9, 11});
    for (const auto& a : r.articles) {
      CHECK(a.format == "jsonl");
      CHECK(a.origin == "data/jsonl_sample.jsonl");
    }
  }

  TEST_CASE("a full JSONL record fills every field of the article") {
    const Read r = read_jsonl(fixture("jsonl_sample.jsonl"));
    const Article& a = r.by_id("ax-1");
    CHECK(a.title == "U.S. and Ukrainian Officials Extend Talks");
    CHECK(a.body == "U.S. special envoy Steve Witkoff held two days of talks with Rustem Umerov.");
    REQUIRE(a.date.has_value());
    CHECK(a.date->unix_seconds == 1764943380);  // date -u -d 2025-12-05T14:03:00Z +%s
    CHECK(a.date->precision == DatePrecision::second);
    CHECK(a.date->source == DateSource::metadata);
    CHECK(a.dateline == "MIAMI");
    REQUIRE(a.places.size() == 2);
    CHECK(a.places[0].text == "Miami");
    CHECK(a.places[0].role == PlaceRole::tag);
    CHECK(a.places[1].text == "Ukraine");
    CHECK(a.topics == std::vector<std::string>{"Diplomacy"});
    CHECK(a.source == "Axadle Times");
    CHECK(a.byline == "Abdiwahab Ahmed");
    CHECK(a.url == "https://news.invalid/ax-1");
    CHECK(a.language == "en");
  }

  TEST_CASE("ids are strings, numbers, or the file and line when a record has none") {
    const Read r = read_jsonl(fixture("jsonl_sample.jsonl"));
    CHECK(r.by_id("42").title == "Numeric id");
    const Article& anon = r.by_id("/srv/data/jsonl_sample.jsonl#3");
    CHECK(anon.title == "No id of its own");
    CHECK(anon.line == 3);

    const Read empty_id = read_jsonl("{\"id\": \"\", \"title\": \"t\"}\n");
    REQUIRE(empty_id.articles.size() == 1);
    CHECK(empty_id.articles[0].id == "/srv/data/jsonl_sample.jsonl#1");
  }

  TEST_CASE("the largest unsigned id is its own, not -1's") {
    // Read as signed, 18446744073709551615 became -1 and replaced the record whose id is -1.
    const Read r = read_jsonl(
        "{\"id\": 18446744073709551615, \"title\": \"a\"}\n{\"id\": -1, \"title\": \"b\"}\n");
    REQUIRE(r.articles.size() == 2);
    CHECK(r.by_id("18446744073709551615").title == "a");
    CHECK(r.by_id("-1").title == "b");
  }

  TEST_CASE("a line, a title or a body over its limit is rejected alone, with its line") {
    const std::string long_line =
        "{\"title\": \"t\", \"body\": \"" + std::string(limits::max_record_bytes, 'a') + "\"}\n";
    const std::string long_title =
        "{\"title\": \"" + std::string(limits::max_title_bytes + 1, 'b') + "\", \"body\": \"x\"}\n";
    const std::string long_body =
        "{\"title\": \"t\", \"body\": \"" + std::string(limits::max_body_bytes + 1, 'c') + "\"}\n";
    const Read r = read_jsonl(long_line + long_title + long_body +
                              "{\"id\": \"ok\", \"title\": \"Fine\", \"body\": \"Text.\"}\n");
    REQUIRE(r.articles.size() == 1);
    CHECK(r.articles[0].id == "ok");
    REQUIRE(r.problems.size() == 3);
    CHECK(r.problems[0].line == 1);
    CHECK(r.problems[0].reason == fmt::format("line of {} bytes is over the limit of {} (rejected)",
                                              long_line.size() - 1, limits::max_record_bytes));
    CHECK(r.problems[1].line == 2);
    CHECK(r.problems[1].reason.starts_with("title of 2001 bytes is over the limit of 2000"));
    CHECK(r.problems[2].line == 3);
    CHECK(r.problems[2].reason.starts_with("body of 1048577 bytes is over the limit"));
  }

  TEST_CASE("a malformed string of megabytes is quoted in a few hundred bytes") {
    const Read r = read_jsonl("{\"title\": \"" + std::string(3 << 20, 'a') + "}\n");
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].reason.size() < 400);
    CHECK(r.problems[0].reason.find("bytes cut]") != std::string::npos);
  }

  TEST_CASE("a written date in a record is parsed to its day") {
    const Read r = read_jsonl(fixture("jsonl_sample.jsonl"));
    const Article& a = r.by_id("42");
    REQUIRE(a.date.has_value());
    CHECK(a.date->unix_seconds == 1709596800);  // 5 March 2024
    CHECK(a.date->precision == DatePrecision::day);
  }

  TEST_CASE("each bad line is reported with its line number and kind") {
    const Read r = read_jsonl(fixture("jsonl_sample.jsonl"));
    REQUIRE(r.problems.size() == 6);

    SUBCASE("a malformed line is rejected") {
      const auto p = r.at_line(4);
      REQUIRE(p.size() == 1);
      CHECK(p[0]->kind == Problem::Kind::rejected);
      CHECK(p[0]->reason.starts_with("malformed JSON"));
    }
    SUBCASE("the blank line 5 is skipped silently") { CHECK(r.at_line(5).empty()); }
    SUBCASE("a record with neither title nor body is rejected") {
      const auto p = r.at_line(6);
      REQUIRE(p.size() == 1);
      CHECK(p[0]->kind == Problem::Kind::rejected);
      CHECK(p[0]->reason.find("neither title nor body") != std::string::npos);
    }
    SUBCASE("an unparseable date is a warning and the record is indexed without a date") {
      const auto p = r.at_line(7);
      REQUIRE(p.size() == 1);
      CHECK(p[0]->kind == Problem::Kind::warning);
      CHECK(p[0]->reason.find("sometime last week") != std::string::npos);
      CHECK_FALSE(r.by_id("bad-date").date.has_value());
    }
    SUBCASE("a wrong-typed field is a warning and the field is ignored") {
      const auto p = r.at_line(8);
      REQUIRE(p.size() == 1);
      CHECK(p[0]->kind == Problem::Kind::warning);
      CHECK(p[0]->reason.find("'source'") != std::string::npos);
      const Article& a = r.by_id("wrong-type");
      CHECK(a.source.empty());
      REQUIRE(a.places.size() == 1);  // a bare string is a list of one
      CHECK(a.places[0].text == "Kyiv");
    }
    SUBCASE("invalid UTF-8 is a warning and the text is repaired as Latin-1") {
      const auto p = r.at_line(9);
      REQUIRE(p.size() == 1);
      CHECK(p[0]->kind == Problem::Kind::warning);
      CHECK(r.by_id("latin1").title == "München bids for the games");
    }
    SUBCASE("a JSON value that is not an object is rejected") {
      const auto p = r.at_line(10);
      REQUIRE(p.size() == 1);
      CHECK(p[0]->kind == Problem::Kind::rejected);
    }
  }

  TEST_CASE("a line ending in CR LF is read like any other") {
    const Read r = read_jsonl(fixture("jsonl_sample.jsonl"));
    const Article& a = r.by_id("crlf");
    CHECK(a.title == "Windows line ending");
    CHECK(a.body == "This line ends with CR LF.");
  }

  TEST_CASE("a last line without a newline is read, and titles are squeezed") {
    const Read r =
        read_jsonl("{\"id\": \"a\", \"title\": \"  Two\\n  lines \", \"body\": \"  b  \"}");
    REQUIRE(r.articles.size() == 1);
    CHECK(r.problems.empty());
    CHECK(r.articles[0].title == "Two lines");
    CHECK(r.articles[0].body == "b");
  }

  TEST_CASE("a list field keeps its strings and skips other values") {
    const Read r =
        read_jsonl("{\"id\": \"a\", \"title\": \"t\", \"topics\": [\"Oil\", 3, null, \"Gas\"]}\n");
    REQUIRE(r.articles.size() == 1);
    CHECK(r.articles[0].topics == std::vector<std::string>{"Oil", "Gas"});
  }

}  // TEST_SUITE

TEST_SUITE("indexer") {
  TEST_CASE("a record with a title and no body is indexed, with a warning on its line") {
    const Read r = read_jsonl(
        "{\"id\": \"a\", \"title\": \"T\", \"body\": \"B\"}\n{\"id\": \"b\", \"title\": \"Headline "
        "only\"}\n");
    REQUIRE(r.articles.size() == 2);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].line == 2);
    CHECK(r.problems[0].kind == Problem::Kind::warning);
    CHECK(r.problems[0].reason == "empty body (indexed by its title alone)");
  }
}
