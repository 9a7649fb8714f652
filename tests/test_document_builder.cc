// indexer/document_builder.h: the exact terms, values and data one Article becomes (schema.h).
#include <doctest/doctest.h>
#include <xapian.h>

#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "build_article.h"
#include "document_builder.h"
#include "document_data.h"
#include "places/place_resolver.h"
#include "schema.h"
#include "text.h"

using dateline::Article;
using dateline::ArticleDate;
using dateline::DatePrecision;
using dateline::DateSource;
using dateline::PlaceRole;
namespace schema = dateline::schema;

namespace {

// After NEWID 1 of Reuters-21578, shortened and reworded so that every kind of term appears.
Article cocoa_article() {
  Article a;
  a.id = "reuters21578:1";
  a.title = "Cocoa showers in Bahia";
  a.body = "Showers continued throughout the week.\n\nArrivals were slow.";
  a.date =
      ArticleDate{541350061, DatePrecision::second, DateSource::metadata};  // 1987-02-26T15:01:01Z
  a.dateline = "SALVADOR, Feb 26";
  a.places = {{"el-salvador", PlaceRole::tag}, {"usa", PlaceRole::tag}};
  a.topics = {"cocoa", "Money Supply"};
  a.source = "Reuters";
  a.byline = "Jane Doe";
  a.url = "https://news.invalid/1";
  a.format = "reuters";
  a.origin = "reut2-000.sgm";
  a.line = 2;
  return a;
}

// term -> wdf, for every term of the document.
std::map<std::string, Xapian::termcount> terms_of(const Xapian::Document& doc) {
  std::map<std::string, Xapian::termcount> out;
  for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) out[*it] = it.get_wdf();
  return out;
}

// "term:wdf" lines, so that a failed comparison shows which terms differ.
std::string listing(const std::map<std::string, Xapian::termcount>& terms) {
  std::string out;
  for (const auto& [term, wdf] : terms) out += term + ":" + std::to_string(wdf) + "\n";
  return out;
}

std::vector<Xapian::termpos> positions(const Xapian::Document& doc, const std::string& term) {
  auto it = doc.termlist_begin();
  it.skip_to(term);
  REQUIRE_MESSAGE((it != doc.termlist_end() && *it == term), "no term ", term);
  return {it.positionlist_begin(), it.positionlist_end()};
}

dateline::BuiltDocument build(const Article& a) { return dateline::test::build_article(a); }

bool has_position(const std::vector<Xapian::termpos>& ps, Xapian::termpos p) {
  for (auto q : ps)
    if (q == p) return true;
  return false;
}

}  // namespace

TEST_SUITE("indexer") {
  TEST_CASE("a dated article becomes exactly the schema's terms") {
    const auto built = build(cocoa_article());
    const auto terms = terms_of(built.document);

    // Worked out by hand from schema.h and Xapian 1.4's TermGenerator with STEM_SOME: every word
    // also gives a Z-prefixed stem without positions, a number does not; the title counts
    // schema::title_wdf (3) times per occurrence.
    const std::map<std::string, Xapian::termcount> expected{
        // boolean filters: wdf 0
        {"Qreuters21578:1", 0},
        {"Len", 0},
        {"XSreuters", 0},
        {"Kcocoa", 0},
        {"Kmoney-supply", 0},
        {"XPel-salvador", 0},
        {"XPusa", 0},
        {"XPsalvador", 0},
        {"XPDsalvador", 0},
        {"Y1987", 0},
        {"M198702", 0},
        {"D19870226", 0},
        // title, fielded
        {"Scocoa", 3},
        {"Sshowers", 3},
        {"Sin", 3},
        {"Sbahia", 3},
        {"ZScocoa", 3},
        {"ZSshower", 3},
        {"ZSin", 3},
        {"ZSbahia", 3},
        // title and body, general ("showers": 3 from the title + 1 from the body)
        {"cocoa", 3},
        {"showers", 4},
        {"in", 3},
        {"bahia", 3},
        {"Zcocoa", 3},
        {"Zshower", 4},
        {"Zin", 3},
        {"Zbahia", 3},
        // dateline
        {"salvador", 1},
        {"feb", 1},
        {"26", 1},
        {"Zsalvador", 1},
        {"Zfeb", 1},
        // body
        {"continued", 1},
        {"throughout", 1},
        {"the", 1},
        {"week", 1},
        {"arrivals", 1},
        {"were", 1},
        {"slow", 1},
        {"Zcontinu", 1},
        {"Zthroughout", 1},
        {"Zthe", 1},
        {"Zweek", 1},
        {"Zarriv", 1},
        {"Zwere", 1},
        {"Zslow", 1},
        // byline
        {"Ajane", 1},
        {"Adoe", 1},
        {"ZAjane", 1},
        {"ZAdoe", 1},
    };
    CHECK(listing(terms) == listing(expected));
    CHECK(built.id_term == "Qreuters21578:1");
  }

  TEST_CASE("a dated article carries the day, timestamp and places values") {
    const Xapian::Document doc = build(cocoa_article()).document;
    CHECK(doc.get_value(schema::slot::day) == "19870226");
    CHECK(doc.get_value(schema::slot::timestamp) == Xapian::sortable_serialise(541350061.0));
    CHECK(Xapian::sortable_unserialise(doc.get_value(schema::slot::timestamp)) == 541350061.0);
    CHECK(doc.get_value(schema::slot::places) ==
          "el-salvador\tEl Salvador\nusa\tUsa\nsalvador\tSalvador\n");
    CHECK(doc.get_value(schema::slot::similarity).size() == 16);  // the lead's similarity key
    CHECK(doc.values_count() == 4);
  }

  TEST_CASE("an undated article is marked XU and has no date terms or date values") {
    Article a = cocoa_article();
    a.date.reset();
    a.places.clear();
    a.dateline.clear();
    a.source.clear();
    a.topics.clear();
    const Xapian::Document doc = build(a).document;
    const auto terms = terms_of(doc);

    CHECK(terms.count("XU") == 1);
    for (const auto& entry : terms) {
      // Not a structured binding: clang 14 cannot capture one in CAPTURE's lambda.
      const auto& term = entry.first;
      CAPTURE(term);
      CHECK_FALSE((term.starts_with("Y") || term.starts_with("M") || term.starts_with("D") ||
                   term.starts_with("XP") || term.starts_with("XS") || term.starts_with("K")));
    }
    CHECK(doc.get_value(schema::slot::day).empty());
    CHECK(doc.get_value(schema::slot::timestamp).empty());
    CHECK(doc.values_count() == 1);  // only the similarity key
    CHECK(doc.get_value(schema::slot::similarity).size() == 16);
    CHECK(doc.get_value(schema::slot::places).empty());
  }

  TEST_CASE("title words weigh more than body words") {
    const auto terms = terms_of(build(cocoa_article()).document);
    CHECK(terms.at("bahia") == schema::title_wdf);  // title only
    CHECK(terms.at("week") == 1);                   // body only
    CHECK(terms.at("bahia") > terms.at("week"));
    CHECK(terms.at("showers") == schema::title_wdf + 1);
  }

  TEST_CASE("positions allow phrases inside a field but not across fields") {
    const Xapian::Document doc = build(cocoa_article()).document;

    SUBCASE("title words are adjacent, fielded and general") {
      const auto s_cocoa = positions(doc, "Scocoa");
      REQUIRE(s_cocoa.size() == 1);
      CHECK(has_position(positions(doc, "Sshowers"), s_cocoa[0] + 1));
      const auto cocoa = positions(doc, "cocoa");
      REQUIRE(cocoa.size() == 1);
      CHECK(has_position(positions(doc, "showers"), cocoa[0] + 1));
      CHECK(has_position(positions(doc, "bahia"), cocoa[0] + 3));
    }
    SUBCASE("body words are adjacent") {
      const auto continued = positions(doc, "continued");
      REQUIRE(continued.size() == 1);
      CHECK(has_position(positions(doc, "throughout"), continued[0] + 1));
      CHECK(has_position(positions(doc, "showers"), continued[0] - 1));
    }
    SUBCASE("no phrase joins the last title word to the first body word") {
      const auto bahia = positions(doc, "bahia");
      const auto showers = positions(doc, "showers");
      REQUIRE(showers.size() == 2);
      CHECK(showers[1] > bahia[0] + 1);
      CHECK_FALSE(has_position(positions(doc, "salvador"), bahia[0] + 1));
    }
    SUBCASE("boolean terms and stems carry no positions") {
      for (std::string_view term : {"Qreuters21578:1", "XPsalvador", "D19870226", "Zshower"}) {
        CAPTURE(term);
        CHECK(positions(doc, std::string(term)).empty());
      }
    }
  }

  TEST_CASE("document data round-trips every displayed field") {
    const Article a = cocoa_article();
    const auto stored = dateline::parse_document_data(build(a).document.get_data());
    CHECK(stored.id == a.id);
    CHECK(stored.title == a.title);
    CHECK(stored.text == a.body);
    REQUIRE(stored.date.has_value());
    CHECK(stored.date->unix_seconds == 541350061);
    CHECK(stored.date->precision == DatePrecision::second);
    CHECK(stored.date->source == DateSource::metadata);
    REQUIRE(stored.places.size() == 3);
    CHECK(stored.places[0].id == "el-salvador");
    CHECK(stored.places[0].name == "El Salvador");
    CHECK(stored.places[0].role == PlaceRole::tag);
    CHECK(stored.places[2].id == "salvador");
    CHECK(stored.places[2].role == PlaceRole::dateline);
    CHECK(stored.topics == a.topics);
    CHECK(stored.source == "Reuters");
    CHECK(stored.byline == "Jane Doe");
    CHECK(stored.url == a.url);
    CHECK(stored.language == "en");
    CHECK(stored.origin == "reut2-000.sgm");
  }

  TEST_CASE("document data of an undated article has no date, and foreign data is refused") {
    Article a = cocoa_article();
    a.date.reset();
    CHECK_FALSE(dateline::parse_document_data(build(a).document.get_data()).date.has_value());
    CHECK_THROWS_AS(dateline::parse_document_data("not json"), std::runtime_error);
    CHECK_THROWS_AS(dateline::parse_document_data("{\"title\": \"no id\"}"), std::runtime_error);
  }

  TEST_CASE("the article's own language wins over the default, an unknown one falls back to it") {
    Article a = cocoa_article();

    a.language = "fr";
    a.title = "élections";
    auto terms = terms_of(build(a).document);
    CHECK(terms.count("Lfr") == 1);
    CHECK(terms.count("Len") == 0);
    // The French Snowball stem of "élections", folded first to be accent-insensitive; the
    // unstemmed word keeps its accent for phrases.
    CHECK(terms.count("Zelect") == 1);
    CHECK(terms.count("élections") == 1);

    a.language = "klingon";
    terms = terms_of(build(a).document);
    CHECK(terms.count("Len") == 1);
  }

  TEST_CASE("an over-long id is hashed into a Q term Xapian accepts, and stays the id term") {
    Article a = cocoa_article();
    a.id = "/srv/archive/" + std::string(400, 'x') + ".txt";
    const auto built = build(a);
    CHECK(built.id_term.size() <= schema::max_term_bytes);
    CHECK(built.id_term == dateline::make_term("Q", a.id));
    CHECK(terms_of(built.document).count(built.id_term) == 1);
    // The whole id is still in the data.
    CHECK(dateline::parse_document_data(built.document.get_data()).id == a.id);

    // And the document really goes into a database.
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    db.replace_document(built.id_term, built.document);
    db.replace_document(built.id_term, built.document);  // re-indexing replaces
    CHECK(db.get_doccount() == 1);
    CHECK(db.get_termfreq(built.id_term) == 1);
  }

}  // TEST_SUITE
