// Pseudo-relevance feedback (searcher/core/query_expansion.h): which queries it applies to, that
// it changes the order of the matches and never the matches, and where its terms come from.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "build_article.h"
#include "corpus_db.h"
#include "proximity.h"
#include "ranking.h"
#include "schema.h"
#include "searcher.h"

using namespace dateline;

namespace {

// Three stories about Bahia's cocoa harvest, one article about the harvest that names cocoa
// once, one short menu that names it once, and filler so that the words' rarity means something.
Xapian::Database harvest_db() {
  test::SmallDb db;
  db.add("bahia-1", "Cocoa harvest in Bahia delayed",
         "The cocoa harvest in Bahia was delayed by rain, and Bahia farmers expect the harvest "
         "to recover by May.");
  db.add("bahia-2", "Bahia cocoa exports fall",
         "Bahia cocoa exports fell as the harvest was delayed; the Bahia harvest is now expected "
         "in May.");
  db.add("bahia-3", "Cocoa harvest outlook",
         "Farmers in Bahia said the cocoa harvest would recover after the rain.");
  db.add("harvest", "Bahia harvest recovers",
         "The harvest in Bahia recovered after weeks of rain, farmers in Bahia said, and the "
         "late harvest of cocoa and coffee there should reach the ports by the end of May, "
         "traders in Bahia added.");
  db.add("menu", "Cafe menu", "Hot cocoa is back on the cafe's menu.");
  db.add("sugar", "Sugar quota cut", "The sugar quota was cut by the ministry.");
  db.add("oil", "Oil prices rise", "Oil prices rose as supplies tightened.");
  db.add("rates", "Rates unchanged", "The central bank left interest rates unchanged.");
  db.add("gold", "Gold steady", "Gold was steady in quiet trading.");
  db.add("wheat", "Wheat tender", "Egypt bought wheat in a tender.");
  return db.done();
}

SearchRequest request(const std::string& q, bool expand = true) {
  SearchRequest r;
  r.query = q;
  r.limit = 100;
  r.expansion.on = expand;
  return r;
}

std::vector<std::string> ids(const Results& r) {
  std::vector<std::string> out;
  for (const auto& h : r.hits) out.push_back(h.doc.id);
  return out;
}

std::ptrdiff_t rank_of(const Results& r, const std::string& id) {
  const auto v = ids(r);
  return std::find(v.begin(), v.end(), id) - v.begin();
}

}  // namespace

TEST_SUITE("searcher") {
  TEST_CASE("feedback ranks an article about the query's subject above one naming it in passing") {
    Searcher s(harvest_db());
    const Results plain = s.search(request("cocoa", false));
    // The three stories about the harvest come first: they are the feedback.
    SearchRequest three = request("cocoa");
    three.expansion.docs = 3;
    const Results expanded = s.search(three);
    CHECK(plain.expansion.empty());
    REQUIRE_FALSE(expanded.expansion.empty());
    // The short menu outranks the long harvest article on the word alone...
    CHECK(rank_of(plain, "menu") < rank_of(plain, "harvest"));
    // ...and the words the harvest stories share put the article about the harvest first.
    CHECK(rank_of(expanded, "harvest") < rank_of(expanded, "menu"));
    const auto& terms = expanded.expansion;
    CHECK(std::find(terms.begin(), terms.end(), "bahia") != terms.end());
    CHECK(std::find(terms.begin(), terms.end(), "harvest") != terms.end());
    CHECK(std::find(terms.begin(), terms.end(), "menu") == terms.end());  // not among the three
    // Never the query's own word, nor a function word.
    for (const auto& t : terms) {
      CAPTURE(t);
      CHECK(t != "cocoa");
      CHECK(t != "the");
      CHECK(t != "in");
    }
  }

  TEST_CASE("feedback changes the order of the matches, never the matches or their counts") {
    Searcher s(test::corpus_db());
    for (const std::string q :
         {"cocoa", "oil prices", "cocoa earthquakes", "interest rates bank"}) {
      CAPTURE(q);
      SearchRequest off = request(q, false);
      SearchRequest on = request(q);
      off.limit = on.limit = 1000;
      off.facets = on.facets = true;
      const Results a = s.search(off);
      const Results b = s.search(on);
      CHECK_FALSE(b.expansion.empty());
      CHECK(a.relaxed == b.relaxed);
      CHECK(a.estimate == b.estimate);
      CHECK(a.stories == b.stories);
      // Every copy listed: which copy stands for a collapsed story follows the ranking.
      off.all = on.all = true;
      auto ia = ids(s.search(off));
      auto ib = ids(s.search(on));
      REQUIRE(ia.size() < 1000);
      std::sort(ia.begin(), ia.end());
      std::sort(ib.begin(), ib.end());
      CHECK(ia == ib);
      REQUIRE(a.facets);
      REQUIRE(b.facets);
      REQUIRE(a.facets->places.size() == b.facets->places.size());
      for (std::size_t i = 0; i < a.facets->places.size(); ++i)
        CHECK(a.facets->places[i].count == b.facets->places[i].count);
    }
  }

  TEST_CASE("a relaxed query's article with every word stays first: its evidence comes first") {
    // "Atico" is in one story, "financial" in many: the terms the stories of "financial" add
    // must not outweigh the two typed words (RM3's interpolation: at most the query's weight).
    Searcher s(test::corpus_db());
    const Results r = s.search(request("Atico financial"));
    CHECK(r.relaxed);
    CHECK_FALSE(r.expansion.empty());
    REQUIRE_FALSE(r.hits.empty());
    CHECK(r.hits.front().doc.title == "ATICO FINANCIAL CORP <ATFC> 4TH QTR NET");
    const auto& t = r.expansion;
    CHECK(std::find(t.begin(), t.end(), "atfc") != t.end());  // from the Atico story
  }

  TEST_CASE("the added terms come from the first stories of the query") {
    const Xapian::Database& db = test::corpus_db();
    Searcher s(db);
    const Results plain = s.search(request("cocoa", false));
    const Results expanded = s.search(request("cocoa"));
    REQUIRE_FALSE(expanded.expansion.empty());
    CHECK(expanded.expansion.size() <= Expansion{}.terms);
    std::set<std::string> first_terms;
    for (std::size_t i = 0; i < plain.hits.size() && i < Expansion{}.docs; ++i) {
      const std::string id_term = std::string(schema::prefix::id) + plain.hits[i].doc.id;
      const Xapian::docid did = *db.postlist_begin(id_term);
      for (auto t = db.termlist_begin(did); t != db.termlist_end(did); ++t) first_terms.insert(*t);
    }
    for (const auto& t : expanded.expansion) {
      CAPTURE(t);
      CHECK(first_terms.count("Z" + t) == 1);
    }
  }

  TEST_CASE("only plain words are expanded: the syntax says exactly what to look for") {
    struct Case {
      const char* query;
      bool expanded;
    };
    const Case cases[] = {
        {"cocoa", true},
        {"cocoa prices", true},
        {"cocoa earthquakes", true},  // relaxed to OR: still plain words
        {"crude-oil", true},          // a hyphenated word: Xapian's phrase, no operator
        {"\"cocoa prices\"", false},  // a phrase
        {"+cocoa prices", false},
        {"cocoa -prices", false},
        {"cocoa OR prices", false},
        {"cocoa AND prices", false},
        {"cocoa NEAR prices", false},
        {"title:cocoa", false},  // a field
        {"cocoa place:ghana", false},
        {"coc*", false},         // a wildcard
        {"NOT cocoa", false},    // nothing to rank by
        {"topic:cocoa", false},  // a filter alone: newest first
    };
    Searcher s(test::corpus_db());
    for (const Case& c : cases) {
      const std::string query = c.query;
      CAPTURE(query);
      CHECK(s.search(request(query)).expansion.empty() == !c.expanded);
    }
  }

  TEST_CASE("--no-expand, --like, --sort date and browsing are never expanded") {
    Searcher s(test::corpus_db());
    CHECK(s.search(request("cocoa", false)).expansion.empty());
    SearchRequest by_date = request("cocoa");
    by_date.sort = SortOrder::date;
    CHECK(s.search(by_date).expansion.empty());
    SearchRequest like = request("");
    like.like = "reuters21578:1";
    CHECK(s.search(like).expansion.empty());
    SearchRequest browse = request("");
    browse.places = {"ghana"};
    CHECK(s.search(browse).expansion.empty());
  }

  TEST_CASE("every weighting scheme ranks the words' matches; the names read back") {
    Searcher s(test::corpus_db());
    const Results bm25 = s.search(request("oil prices", false));
    for (const auto& name : weighting_names()) {
      CAPTURE(name);
      const auto w = weighting_from_name(name);
      REQUIRE(w);
      CHECK(weighting_name(*w) == name);
      SearchRequest r = request("oil prices", false);
      r.weighting = *w;
      const Results got = s.search(r);
      CHECK(got.estimate == bm25.estimate);  // the same matches
      REQUIRE_FALSE(got.hits.empty());
      // Xapian's PL2+ weighs only words more frequent than once per article on average
      // (README "Ranking"): a word such as "prices" scores 0 with it.
      if (*w == Weighting::pl2plus)
        CHECK(got.hits.front().score == 0);
      else
        CHECK(got.hits.front().score > 0);
    }
    CHECK_FALSE(weighting_from_name("tfidf"));
    SearchRequest dph = request("oil prices", false);
    dph.weighting = Weighting::dph;
    CHECK(ids(s.search(dph)) != ids(bm25));  // another formula, another order
  }
}

TEST_SUITE("searcher") {
  TEST_CASE("--proximity: typed words with their case, and the same matches") {
    const auto words = typed_words("New York cocoa-prices", nullptr);
    REQUIRE(words.size() == 4);
    CHECK(words[0].word == "new");
    CHECK(words[0].capitalised);
    CHECK(words[1].capitalised);
    CHECK(words[2].word == "cocoa");
    CHECK_FALSE(words[2].capitalised);
    // Two capitalised words are one name: boosted without counting.
    CHECK(proximity_boost(test::corpus_db(), {{"new", true}, {"york", true}}));
    // Two words never side by side: nothing to boost.
    CHECK_FALSE(proximity_boost(test::corpus_db(), {{"cocoa", false}, {"earthquakes", false}}));
    Searcher s(test::corpus_db());
    SearchRequest off = request("New York bank", false);
    SearchRequest on = off;
    on.proximity = true;
    off.all = on.all = true;
    const Results a = s.search(off);
    const Results b = s.search(on);
    CHECK(a.estimate == b.estimate);
    auto ia = ids(a);
    auto ib = ids(b);
    std::sort(ia.begin(), ia.end());
    std::sort(ib.begin(), ib.end());
    CHECK(ia == ib);
  }
}
