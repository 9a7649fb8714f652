// indexer/readers/reader_feed.cc on tests/fixtures/feeds: RSS 2.0 and Atom 1.0 written from
// their specifications (see tests/fixtures/README.md).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "reader_support.h"
#include "readers/reader.h"
#include "text.h"

using dateline::Article;
using dateline::DatePrecision;
using dateline::DateSource;
using dateline::detect_format;
using dateline::Format;
using dateline::PlaceRole;
using dateline::Problem;
using dateline::SourceFile;

using dateline::test::fixture;
using dateline::test::Read;

namespace {

Read read_feed(std::string_view content, const std::string& name = "feed.rss") {
  return dateline::test::read_as(Format::feed, content,
                                 SourceFile{name, "/abs/" + name, "feeds/" + name});
}

const Read& rss() {
  static const Read r = read_feed(fixture("feeds/harbour_gazette.rss"), "harbour_gazette.rss");
  return r;
}

const Read& atom() {
  static const Read r =
      read_feed(fixture("feeds/observatory_notes.atom"), "observatory_notes.atom");
  return r;
}

std::vector<std::string> place_texts(const Article& a) {
  std::vector<std::string> out;
  for (const auto& p : a.places) out.push_back(p.text);
  return out;
}

}  // namespace

TEST_SUITE("indexer") {
  TEST_CASE("feeds are detected by their root element, whatever the file is called") {
    CHECK(detect_format(fixture("feeds/harbour_gazette.rss"), "x.xml") == Format::feed);
    CHECK(detect_format(fixture("feeds/observatory_notes.atom"), "x") == Format::feed);
    CHECK(detect_format(fixture("feeds/valley_courier.rss"), "feed.xml") == Format::feed);
    // An Atom-like <feed> in no namespace, or another XML, is not a feed.
    CHECK(detect_format("<?xml version=\"1.0\"?>\n<feed><entry/></feed>", "x.xml") == std::nullopt);
    CHECK(detect_format("<?xml version=\"1.0\"?><urlset xmlns=\"x\"/>", "sitemap.xml") ==
          std::nullopt);
    // The extension alone names a feed whose head is damaged.
    CHECK(detect_format("<rs", "damaged.rss") == Format::feed);
    CHECK(detect_format("<rs", "damaged.atom") == Format::feed);
    CHECK(dateline::format_from_name("feed") == Format::feed);
    CHECK(dateline::format_name(Format::feed) == "feed");
  }

  TEST_CASE("an RSS item is an article: title, link, guid, date, creators, categories, text") {
    REQUIRE(rss().articles.size() == 2);
    CHECK(rss().problems.empty());
    const Article& a = rss().by_id("harbour-2024-0301-strike");
    CHECK(a.format == "feed");
    CHECK(a.line == 16);
    CHECK(a.title == "Rotterdam dock strike ends after nine days");
    CHECK(a.url == "https://harbour.example/2024/03/rotterdam-strike");  // not the atom:link
    CHECK(a.source == "Harbour Gazette");
    CHECK(a.language == "en");
    CHECK(a.byline == "Ana Ruiz, Pieter de Vries");
    CHECK(a.topics == std::vector<std::string>{"Labour", "Shipping"});
    REQUIRE(a.date.has_value());
    CHECK(a.date->unix_seconds == 1709281800);  // 2024-03-01T08:30:00Z
    CHECK(a.date->precision == DatePrecision::second);
    CHECK(a.date->source == DateSource::metadata);
    // content:encoded over the description, as text, its dateline taken out of the first line.
    CHECK(a.dateline == "ROTTERDAM");
    CHECK(a.body ==
          "Stevedores returned to the container terminals on Friday after a nine-day stoppage "
          "over shift patterns.\n\nThe port authority said the backlog of 340 vessels would "
          "take a fortnight to clear.");
    CHECK(place_texts(a) == std::vector<std::string>{"Rotterdam"});
    CHECK(a.places[0].role == PlaceRole::tag);
  }

  TEST_CASE("an RSS item without a guid is known by its link; its author's address is dropped") {
    const Article& a = rss().by_id("https://harbour.example/2024/03/icebreakers");
    CHECK(a.line == 34);
    CHECK(a.byline == "Mikko Laine");
    // The description is escaped HTML: decoded once by XML, once by HTML.
    CHECK(a.body ==
          "A mild winter left the icebreaker fleet idle by the first week of March.\n\n"
          "Crews will spend the spring refitting hulls & rudders.");
    REQUIRE(a.date.has_value());
    CHECK(a.date->unix_seconds == 1709388300);  // 2024-03-02T14:05:00Z
    // geo:lat/geo:long name no place: a bare point is left out.
    CHECK(a.places.empty());
  }

  TEST_CASE("an Atom entry: html title, alternate link, published over updated, categories") {
    REQUIRE(atom().articles.size() == 3);
    CHECK(atom().problems.empty());
    const Article& a = atom().by_id("tag:observatory.example,2024:comet");
    CHECK(a.line == 10);
    CHECK(a.title == "Comet Lemmon brightens over the Atacama");
    CHECK(a.url == "https://observatory.example/2024/comet");
    CHECK(a.source == "Observatory Notes");
    CHECK(a.language == "en");
    CHECK(a.byline == "Carla Mendes");
    CHECK(a.topics == std::vector<std::string>{"Astronomy", "comets"});
    REQUIRE(a.date.has_value());
    CHECK(a.date->unix_seconds == 1709514900);  // 2024-03-03T22:15:00-03:00
    CHECK(a.body ==
          "Astronomers at the desert telescopes recorded the comet at magnitude six, bright "
          "enough for binoculars.\n\nIt will fade within a week.");
    CHECK(place_texts(a) == std::vector<std::string>{"Antofagasta"});
  }

  TEST_CASE("an Atom entry's xhtml content, own language and the feed's author") {
    const Article& a = atom().by_id("tag:observatory.example,2024:eclipse");
    CHECK(a.title == "Éclipse partielle visible depuis Lyon");
    CHECK(a.url == "https://observatory.example/2024/eclipse");
    CHECK(a.language == "fr");
    CHECK(a.byline == "Observatory Desk");
    REQUIRE(a.date.has_value());
    CHECK(a.date->unix_seconds == 1709569800);  // updated 2024-03-04T17:30:00+01:00
    CHECK(a.body ==
          "Les observateurs lyonnais ont suivi l'éclipse depuis la colline de Fourvière.\n\n"
          "La prochaine aura lieu en octobre.");
    CHECK(place_texts(a) == std::vector<std::string>{"Lyon"});  // the name, not the point
  }

  TEST_CASE("an Atom summary in plain text keeps its paragraphs; any link is better than none") {
    const Article& a = atom().by_id("tag:observatory.example,2024:maintenance");
    CHECK(a.url == "https://observatory.example/maintenance");
    CHECK(a.body ==
          "The main mirror will be recoated with aluminium.\n\nThe dome reopens on Monday.");
    CHECK(a.topics.empty());
  }

  TEST_CASE("an item with neither title nor text is rejected alone, naming its line") {
    const Read r = read_feed(fixture("feeds/valley_courier.rss"), "valley_courier.rss");
    REQUIRE(r.articles.size() == 2);
    CHECK(r.articles[0].id == "valley-2024-0304-barriers");
    CHECK(r.articles[1].id == "valley-2024-0304-ferry");
    REQUIRE(r.at_line(15).size() == 1);
    CHECK(r.at_line(15)[0]->kind == Problem::Kind::rejected);
    CHECK(r.at_line(15)[0]->reason == "<item> has neither title nor text");
    // An unreadable date leaves the item undated, with a warning on the date's own line.
    CHECK_FALSE(r.articles[1].date.has_value());
    REQUIRE(r.at_line(23).size() == 1);
    CHECK(r.at_line(23)[0]->kind == Problem::Kind::warning);
    CHECK(r.at_line(23)[0]->reason.starts_with("unrecognised pubDate 'sometime on Monday'"));
    CHECK(r.problems.size() == 2);
  }

  TEST_CASE("items without guid nor link are known by the file's id path and line") {
    const Read r = read_feed(
        "<rss version=\"2.0\"><channel>\n<item><title>One</title></item>\n"
        "<item><description>Two</description></item>\n</channel></rss>\n");
    REQUIRE(r.articles.size() == 2);
    CHECK(r.articles[0].id == "feeds/feed.rss#2");
    CHECK(r.articles[1].id == "feeds/feed.rss#3");
    CHECK(r.articles[1].title.empty());
    CHECK(r.articles[1].body == "Two");
    REQUIRE(r.problems.size() == 1);  // the title-only item is bodiless
    CHECK(r.problems[0].line == 2);
    CHECK(r.problems[0].kind == Problem::Kind::warning);
  }

  TEST_CASE("a truncated feed keeps the items before the damage, with a warning") {
    const Read r = read_feed(
        "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>\n"
        "<item><title>Whole</title><guid>a</guid></item>\n"
        "<item><title>Cut off</title><guid>b</guid><description>Half a sent");
    REQUIRE(r.articles.size() >= 1);
    CHECK(r.articles[0].id == "a");
    REQUIRE_FALSE(r.problems.empty());
    CHECK(r.problems[0].kind == Problem::Kind::warning);
    CHECK(r.problems[0].reason.starts_with("malformed XML: "));
    CHECK(r.problems[0].line == 4);
  }

  TEST_CASE(
      "the XML declaration's encoding is honoured; stray bytes are repaired, with a warning") {
    Read r = read_feed(
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
        "<rss><channel><item><title>Caf\xE9 prices</title></item></channel></rss>");
    REQUIRE(r.articles.size() == 1);
    CHECK(r.articles[0].title == "Café prices");

    r = read_feed(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss><channel>\n"
        "<item><title>Caf\xE9 prices</title><description>x</description></item>\n"
        "<item><title>Next</title><description>y</description></item></channel></rss>");
    REQUIRE(r.articles.size() == 2);
    CHECK(dateline::is_valid_utf8(r.articles[0].title));
    CHECK(r.articles[1].title == "Next");
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].line == 3);
    CHECK(r.problems[0].kind == Problem::Kind::warning);
    CHECK(r.problems[0].reason == "invalid UTF-8 (stray bytes read as Latin-1)");
    CHECK(r.articles[0].title == "Café prices");
  }

  TEST_CASE("a piece of a large file keeps the whole file's line numbers") {
    const Read r = dateline::test::read_as(
        Format::feed, "<rss><channel>\n<item><title>Later</title></item></channel></rss>",
        SourceFile{"big.rss", "/abs/big.rss", {}, 1000});
    REQUIRE(r.articles.size() == 1);
    CHECK(r.articles[0].line == 1001);
    CHECK(r.articles[0].id == "/abs/big.rss#1001");
  }

  TEST_CASE("what is not a feed is rejected, never thrown; entities are never loaded") {
    Read r = read_feed("not xml at all");
    CHECK(r.articles.empty());
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].kind == Problem::Kind::rejected);
    CHECK(r.problems[0].reason.starts_with("not an XML document"));

    r = read_feed("<?xml version=\"1.0\"?>\n<opml><body/></opml>");
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].line == 2);
    CHECK(r.problems[0].reason == "root element <opml> is neither RSS <rss> nor Atom <feed>");

    // An external entity (XXE) is neither read nor expanded.
    r = read_feed(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
        "<rss><channel><item><title>Leak &x; here</title></item></channel></rss>");
    REQUIRE(r.articles.size() == 1);
    CHECK(r.articles[0].title == "Leak here");
  }
}
