// indexer/readers/reader_nitf.cc on tests/fixtures/nitf: NITF 3.5 written from IPTC's
// documentation (see tests/fixtures/README.md). Expected instants from GNU date -u -d.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "reader_support.h"
#include "readers/reader.h"

using dateline::Article;
using dateline::DatePrecision;
using dateline::detect_format;
using dateline::Format;
using dateline::PlaceName;
using dateline::PlaceRole;
using dateline::Problem;
using dateline::SourceFile;

using dateline::test::fixture;
using dateline::test::Read;

namespace {

Read read_nitf(std::string_view content, const std::string& name = "story.xml") {
  return dateline::test::read_as(Format::nitf, content,
                                 SourceFile{name, "/abs/" + name, "nitf/" + name});
}

const Article& pilots() {
  static const Read r = read_nitf(fixture("nitf/harbour_pilots.xml"), "harbour_pilots.xml");
  REQUIRE(r.problems.empty());
  REQUIRE(r.articles.size() == 1);
  return r.articles[0];
}

std::string places_of(const Article& a) {
  std::string out;
  for (const PlaceName& p : a.places)
    out += p.text + (p.role == PlaceRole::dateline ? "/dateline " : "/tag ");
  return out;
}

// A story whose only date is `attributes` on <date.issue>.
std::string issued(const std::string& norm) {
  return "<nitf><head><docdata><date.issue norm=\"" + norm +
         "\"/></docdata></head><body><body.head><hedline><hl1>Dated</hl1></hedline>"
         "</body.head><body.content><p>Text.</p></body.content></body></nitf>";
}

}  // namespace

TEST_SUITE("indexer") {
  TEST_CASE("NITF is detected by its root element, after a DOCTYPE, under any name") {
    CHECK(detect_format(fixture("nitf/harbour_pilots.xml"), "wire/0042.xml") == Format::nitf);
    CHECK(detect_format(fixture("nitf/no_story.nitf"), "a") == Format::nitf);
    CHECK(detect_format("<!DOCTYPE nitf [<!ENTITY a \"b\">]>\n<nitf>", "x.xml") == Format::nitf);
    CHECK(detect_format("<?xml version=\"1.0\"?><nitf", "cut.nitf") == Format::nitf);
    CHECK(detect_format("<?xml version=\"1.0\"?><record/>", "other.xml") == std::nullopt);
    CHECK(dateline::one_article_per_file(Format::nitf));
  }

  TEST_CASE("a NITF story: doc-id, headline, byline, distributor, issue date, language") {
    const Article& a = pilots();
    CHECK(a.format == "nitf");
    CHECK(a.id == "dlt-nitf-20240305-0042");
    CHECK(a.line == 4);
    CHECK(a.title == "Harbour pilots accept Valparaíso wage deal");
    CHECK(a.byline == "Lucía Fernández");  // the person, not the byttl
    CHECK(a.source == "Dateline Test Wire");
    CHECK(a.language == "en");  // baselang="en-US"
    REQUIRE(a.date.has_value());
    CHECK(a.date->unix_seconds == 1709648100);  // date.issue 20240305T141500Z, not the release
    CHECK(a.date->precision == DatePrecision::second);
  }

  TEST_CASE("the dateline is its place without its date, and that place has the dateline role") {
    const Article& a = pilots();
    CHECK(a.dateline == "VALPARAÍSO, Chile");
    CHECK(places_of(a) == "VALPARAÍSO/dateline Chile/tag Valparaíso/tag Antofagasta/tag ");
  }

  TEST_CASE("keywords and subjects are topics: the most specific name, else the refnum") {
    CHECK(pilots().topics == std::vector<std::string>{"harbour pilots", "wages", "labour",
                                                      "collective contract", "04015000"});
  }

  TEST_CASE("the body is its paragraphs and subheads; media captions are not story") {
    CHECK(pilots().body ==
          "Harbour pilots in Valparaíso voted on Tuesday to accept a two-year wage agreement, "
          "ending an overtime ban that had kept container ships waiting at anchor.\n\n"
          "Overtime ban lifted\n\n"
          "The union said the deal also covers pilots working the copper terminal at "
          "Antofagasta, Chile.");
  }

  TEST_CASE("norm dates in ISO 8601's basic and extended forms") {
    struct Case {
      const char* norm;
      std::int64_t unix_seconds;
      DatePrecision precision;
    };
    const Case cases[] = {
        {"20240301T120000Z", 1709294400, DatePrecision::second},
        {"20240301T120000+0100", 1709290800, DatePrecision::second},
        {"20240301T120000+01:00", 1709290800, DatePrecision::second},
        {"20240301T1230Z", 1709296200, DatePrecision::minute},
        {"20240301T120000.25Z", 1709294400, DatePrecision::second},
        {"20240301", 1709251200, DatePrecision::day},
        {"2024-03-01T12:00:00Z", 1709294400, DatePrecision::second},
        {"2024-03-01", 1709251200, DatePrecision::day},
    };
    for (const auto& c : cases) {
      CAPTURE(c.norm);
      const Read r = read_nitf(issued(c.norm));
      REQUIRE(r.articles.size() == 1);
      REQUIRE(r.articles[0].date.has_value());
      CHECK(r.articles[0].date->unix_seconds == c.unix_seconds);
      CHECK(r.articles[0].date->precision == c.precision);
    }
    const Read bad = read_nitf(issued("20241301T120000Z"));
    REQUIRE(bad.articles.size() == 1);
    CHECK_FALSE(bad.articles[0].date.has_value());
    REQUIRE(bad.problems.size() == 1);
    CHECK(bad.problems[0].kind == Problem::Kind::warning);
    CHECK(bad.problems[0].reason ==
          "unrecognised date.issue norm '2024-13-01T12:00:00Z' (indexed without a date)");
  }

  TEST_CASE("a byline without <person> loses its By and its title; a missing doc-id is the path") {
    const Read r = read_nitf(
        "<nitf><body><body.head><hedline><hl1>Only a headline</hl1></hedline>"
        "<byline>By Sam Okoro, <byttl>Staff</byttl></byline>"
        "<dateline>LAGOS --</dateline></body.head></body></nitf>");
    REQUIRE(r.articles.size() == 1);
    const Article& a = r.articles[0];
    CHECK(a.id == "nitf/story.xml");
    CHECK(a.byline == "Sam Okoro");
    CHECK(a.dateline == "LAGOS");
    CHECK(a.places.empty());  // a dateline without <location> is resolved from its text
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].reason == "empty body (indexed by its title alone)");
  }

  TEST_CASE("a NITF document with no headline and no text is rejected, naming its line") {
    const Read r = read_nitf(fixture("nitf/no_story.nitf"), "no_story.nitf");
    CHECK(r.articles.empty());
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].line == 3);
    CHECK(r.problems[0].kind == Problem::Kind::rejected);
    CHECK(r.problems[0].reason == "NITF document has neither headline nor body text");

    const Read other = read_nitf("<?xml version=\"1.0\"?>\n\n<html><body/></html>");
    REQUIRE(other.problems.size() == 1);
    CHECK(other.problems[0].line == 3);
    CHECK(other.problems[0].reason == "root element <html> is not <nitf>");
  }
}
