// Wildcards expanded by the searcher (wildcards.h): the same hits and scores as Xapian's own
// expansion on one database, the archive's most frequent words chosen deterministically, and
// the operators around a wildcard kept.
#include <doctest/doctest.h>

#include <algorithm>
#include <vector>

#include "corpus_db.h"
#include "query_builder.h"
#include "wildcards.h"

using namespace dateline;

namespace {

Xapian::Query parse(const std::string& q) {
  Xapian::QueryParser qp;
  qp.set_database(test::corpus_db());
  qp.set_max_expansion(max_wildcard_expansion, Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT,
                       Xapian::QueryParser::FLAG_WILDCARD);
  return qp.parse_query(q, Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_WILDCARD);
}

std::vector<std::pair<Xapian::docid, double>> ranked(const Xapian::Query& q) {
  Xapian::Enquire enquire(test::corpus_db());
  enquire.set_query(q);
  std::vector<std::pair<Xapian::docid, double>> out;
  const Xapian::MSet mset = enquire.get_mset(0, 50);
  for (auto it = mset.begin(); it != mset.end(); ++it) out.emplace_back(*it, it.get_weight());
  return out;
}

}  // namespace

TEST_SUITE("searcher") {
  TEST_CASE("an expanded wildcard ranks as Xapian's own expansion does on one database") {
    const Xapian::Database& db = test::corpus_db();
    for (const std::string q : {"econom*", "oil pric*", "export* OR import* -japan", "s* gas"}) {
      CAPTURE(q);
      const Xapian::Query parsed = parse(q);
      const ExpandedQuery expanded = expand_wildcards(db, parsed, max_wildcard_expansion);
      CHECK(expanded.query.get_description().find("WILDCARD") == std::string::npos);
      CHECK(expanded.scanned > 0);
      const auto want = ranked(parsed);
      REQUIRE_FALSE(want.empty());
      const auto got = ranked(expanded.query);
      REQUIRE(got.size() == want.size());
      for (std::size_t i = 0; i < got.size(); ++i) {
        CHECK(got[i].first == want[i].first);
        CHECK(got[i].second == doctest::Approx(want[i].second).epsilon(1e-9));
      }
    }
  }

  TEST_CASE("a wildcard keeps the archive's most frequent expansions, ties in byte order") {
    const Xapian::Database& db = test::corpus_db();
    std::vector<std::pair<Xapian::doccount, std::string>> all;
    for (auto t = db.allterms_begin("s"); t != db.allterms_end("s"); ++t)
      all.emplace_back(t.get_termfreq(), *t);
    REQUIRE(all.size() > max_wildcard_expansion);
    std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) {
      return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    const WildcardExpansion e = wildcard_expansion(db, "s", max_wildcard_expansion);
    CHECK(e.scanned == all.size());
    REQUIRE(e.terms.size() == max_wildcard_expansion);
    for (std::size_t i = 0; i < e.terms.size(); ++i) CHECK(e.terms[i] == all[i].second);
    CHECK(wildcard_expansion(db, "s", 3).terms ==
          std::vector<std::string>{all[0].second, all[1].second, all[2].second});
  }

  TEST_CASE("a wildcard nothing expands to matches nothing, and the query around it stays") {
    const Xapian::Database& db = test::corpus_db();
    CHECK(expand_wildcards(db, parse("zzqxj*"), max_wildcard_expansion).query.get_type() ==
          Xapian::Query::LEAF_MATCH_NOTHING);
    CHECK(ranked(expand_wildcards(db, parse("zzqxj* AND oil"), max_wildcard_expansion).query)
              .empty());
    const auto or_oil = expand_wildcards(db, parse("zzqxj* OR oil"), max_wildcard_expansion);
    CHECK(ranked(or_oil.query) == ranked(parse("oil")));
    // A query without a wildcard is the very same query.
    const Xapian::Query plain = parse("\"oil prices\" NEAR/3 opec");
    CHECK(expand_wildcards(db, plain, max_wildcard_expansion).query.get_description() ==
          plain.get_description());
    CHECK(wildcard_pattern(parse("econom*")) == "econom");
  }
}
