// The query builder on what a user types: the query (QueryParser syntax, field prefixes,
// date: ranges), the --from/--to bounds, the --recent span, places, --like and the language,
// over a database of the bundled corpus built once per process (tests/corpus_db.h). The query
// built is run too: what the builder makes, Xapian must be able to answer.
//
// Input, one field a line: query, from, to, recent span, language, like id, "1" for the words
// ORed (the relaxed query), then one place a line.
#include <xapian.h>

#include "corpus_db.h"
#include "dates.h"
#include "errors.h"
#include "fuzz_support.h"
#include "query_builder.h"

namespace {

// The bundled Reuters stories run from 26 February to 3 March 1987: --recent counts back from
// a day after them, so that its windows hold articles.
constexpr std::int64_t now = 541900800;  // 1987-03-04T00:00:00Z

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  (void)dateline::test::corpus_db();  // seconds to build: not counted against the first input
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace dateline;
  const auto f = fuzz::fields(fuzz::as_text(data, size), 8);
  SearchRequest r;
  r.query = f[0];
  if (!f[1].empty()) r.from = parse_day_bound(f[1], false);
  if (!f[2].empty()) r.to = parse_day_bound(f[2], true);
  if (const auto since = recent_since(f[3], now)) r.recent = TimeWindow{*since, now};
  r.language = f[4].empty() ? "en" : std::string(f[4]);
  r.like = f[5];
  const bool any_word = f[6] == "1";
  for (const auto place : fuzz::lines(f[7])) r.places.emplace_back(place);
  try {
    QueryBuilder qb(test::corpus_db(), r.language);
    const BuiltQuery built = qb.build(r, any_word);
    (void)built.query.get_description();
    Xapian::Enquire enquire(test::corpus_db());
    enquire.set_query(built.query);
    (void)enquire.get_mset(0, 10);
    (void)qb.spelling_suggestion(r.query);
  } catch (const UsageError&) {
    // The user's mistake, reported as such: the contract.
  }
  return 0;
}
