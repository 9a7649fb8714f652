// indexer/readers/reader_newsml.cc on tests/fixtures/newsml: NewsML-G2 2.33 written from IPTC's
// specification (see tests/fixtures/README.md). Expected instants from GNU date -u -d.
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

Read read_newsml(std::string_view content, const std::string& name = "item.xml") {
  return dateline::test::read_as(Format::newsml, content,
                                 SourceFile{name, "/abs/" + name, "newsml/" + name});
}

const Read& tunnel() {
  static const Read r = read_newsml(fixture("newsml/rail_tunnel.xml"), "rail_tunnel.xml");
  return r;
}

const Read& message() {
  static const Read r = read_newsml(fixture("newsml/morning_wire.xml"), "morning_wire.xml");
  return r;
}

std::string places_of(const Article& a) {
  std::string out;
  for (const PlaceName& p : a.places)
    out += p.text + (p.role == PlaceRole::dateline ? "/dateline " : "/tag ");
  return out;
}

constexpr const char* g2 = "xmlns=\"http://iptc.org/std/nar/2006-10-01/\"";

}  // namespace

TEST_SUITE("indexer") {
  TEST_CASE("NewsML-G2 is detected by its root element in the G2 namespace") {
    CHECK(detect_format(fixture("newsml/rail_tunnel.xml"), "a.xml") == Format::newsml);
    CHECK(detect_format(fixture("newsml/morning_wire.xml"), "b") == Format::newsml);
    CHECK(detect_format(std::string("<packageItem ") + g2 + ">", "p.xml") == Format::newsml);
    // NewsML 1 and a newsItem of another vocabulary are not G2.
    CHECK(detect_format("<?xml version=\"1.0\"?><NewsML Version=\"1.2\">", "n.xml") ==
          std::nullopt);
    CHECK(detect_format("<newsItem xmlns=\"urn:other\">", "n.xml") == std::nullopt);
    CHECK_FALSE(dateline::one_article_per_file(Format::newsml));
  }

  TEST_CASE("a newsItem: guid, headline, by, creditline, firstCreated, language, XHTML body") {
    CHECK(tunnel().problems.empty());
    REQUIRE(tunnel().articles.size() == 1);
    const Article& a = tunnel().articles[0];
    CHECK(a.format == "newsml");
    CHECK(a.id == "urn:newsml:dateline.example:20240306:rail-tunnel");
    CHECK(a.line == 4);  // where the start tag opens, not where its attributes end
    CHECK(a.title == "Base tunnel breakthrough completes Alpine rail link");
    CHECK(a.byline == "Jonas Weber");
    CHECK(a.source == "Dateline Test Wire");
    CHECK(a.language == "en");
    REQUIRE(a.date.has_value());
    CHECK(a.date->unix_seconds == 1709719500);  // firstCreated 2024-03-06T11:05:00+01:00
    CHECK(a.date->precision == DatePrecision::second);
    CHECK(a.body ==
          "Tunnel miners broke through the last rock wall of the new base tunnel on Wednesday, "
          "eleven years after boring began.\n\nTrains between the two cantons are due to run "
          "through it from December.");
  }

  TEST_CASE("located is the dateline's place, geo subjects are places, the others topics") {
    const Article& a = tunnel().articles.at(0);
    CHECK(a.dateline == "ZURICH, March 6");
    CHECK(places_of(a) == "Zürich/dateline Switzerland/tag Bern/tag ");
    CHECK(a.topics == std::vector<std::string>{"transport", "medtop:20000349", "tunnels"});
  }

  TEST_CASE("a newsMessage gives one article per newsItem, each with its own line") {
    const Read& r = message();
    REQUIRE(r.articles.size() == 2);
    const Article& frost = r.by_id("urn:newsml:dateline.example:20240307:vineyard-frost");
    CHECK(frost.line == 10);
    CHECK(frost.title == "Heladas tempranas dañan viñedos en Mendoza");
    CHECK(frost.language == "es");
    CHECK(frost.source == "Dateline Test Wire");  // the provider's name
    CHECK(frost.dateline == "MENDOZA, 7 de marzo");
    CHECK(places_of(frost) == "Mendoza/dateline ");
    CHECK(frost.topics == std::vector<std::string>{"agricultura"});
    REQUIRE(frost.date.has_value());
    CHECK(frost.date->unix_seconds == 1709805300);  // firstCreated 06:55-03:00
    CHECK(frost.body ==
          "Una helada temprana dañó los viñedos del valle.\n\n"
          "Los productores estiman pérdidas en la vendimia.");

    const Article& light = r.by_id("urn:newsml:dateline.example:20240307:lighthouse");
    CHECK(light.line == 38);
    CHECK(light.byline == "Ingrid Solberg");
    CHECK(light.dateline == "Stavanger");  // no <dateline>: the located place stands for it
    CHECK(places_of(light) == "Stavanger/dateline ");
    CHECK(light.topics == std::vector<std::string>{"lighthouses", "heritage"});
    REQUIRE(light.date.has_value());
    CHECK(light.date->unix_seconds == 1709801100);  // only versionCreated
    CHECK(light.body ==
          "The keepers' cottages at the harbour mouth reopened as a museum of the coastal light "
          "service.");
  }

  TEST_CASE("a newsItem with neither headline nor text is rejected alone, naming its line") {
    const Read& r = message();
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].line == 30);
    CHECK(r.problems[0].kind == Problem::Kind::rejected);
    CHECK(r.problems[0].reason == "newsItem has neither headline nor text");
  }

  TEST_CASE("a picture item is searched by its description; no guid means path and line") {
    const Read r = read_newsml(std::string("<newsItem ") + g2 +
                               ">\n<contentMeta><headline>Harbour at dusk</headline>\n"
                               "<description>Fishing boats moored in the old port.</description>"
                               "</contentMeta></newsItem>");
    REQUIRE(r.articles.size() == 1);
    CHECK(r.articles[0].id == "newsml/item.xml#1");
    CHECK(r.articles[0].body == "Fishing boats moored in the old port.");
    CHECK(r.problems.empty());
  }

  TEST_CASE("an NITF document in inlineXML gives its paragraphs, not its head") {
    const Read r = read_newsml(
        std::string("<newsItem guid=\"n1\" ") + g2 +
        "><contentMeta><headline>Wire copy</headline></contentMeta><contentSet>"
        "<inlineXML contenttype=\"application/nitf+xml\"><nitf><head><docdata>"
        "<doc-id id-string=\"x\"/></docdata></head><body><body.head><hedline><hl1>Wire copy"
        "</hl1></hedline></body.head><body.content><p>First.</p><p>Second.</p></body.content>"
        "</body></nitf></inlineXML></contentSet></newsItem>");
    REQUIRE(r.articles.size() == 1);
    CHECK(r.articles[0].body == "First.\n\nSecond.");
  }

  TEST_CASE("a package without items is rejected at its root") {
    const Read r = read_newsml(std::string("<?xml version=\"1.0\"?>\n<packageItem ") + g2 +
                               "><groupSet/></packageItem>");
    CHECK(r.articles.empty());
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].line == 2);
    CHECK(r.problems[0].reason == "no <newsItem> in <packageItem>");
  }
}
