// QueryBuilder: a SearchRequest to a Xapian::Query. Free text through Xapian's QueryParser
// (stemmed, AND by default, phrases, +must -not, field prefixes, date: ranges); the words
// ORed instead when the searcher relaxes the query (relax_rule.h); filters from
// options are boolean terms (schema.h), so they never change the ranking.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "relax_rule.h"
#include "search_request.h"

namespace dateline {

// A wildcard or partial word stands for its most frequent expansions only: "a*" must not
// become an OR of every word in the archive.
inline constexpr Xapian::termcount max_wildcard_expansion = 100;

// SearchRequest::max_cost is counted per article of an archive of at least this many: a small
// archive answers any query in milliseconds.
inline constexpr Xapian::doccount min_budget_articles = 5000;

struct BuiltQuery {
  Xapian::Query query;
  // False when the request has only filters (place:, date:, --from ...): nothing to rank by,
  // so the searcher lists matches newest first.
  bool ranked = false;
  // Whether the searcher may run it again with the words ORed (the facts relax_rule.h reads).
  RelaxRule relax;
  // Words looked at to expand the query's wildcards (wildcards.h), paid before it runs.
  std::uint64_t wildcard_scanned = 0;
  // Plain words only: no quotes, operators, fields, wildcards or --like. Only such a query is
  // expanded with pseudo-relevance feedback (query_expansion.h): a reader who used the
  // syntax said exactly what to look for.
  bool plain = false;
};

class QueryBuilder {
 public:
  // `side`: where the spelling data and the alias table are (archive.h), when not in `db`.
  QueryBuilder(const Xapian::Database& db, const std::string& language,
               const std::optional<Xapian::Database>& side = std::nullopt);

  // Throws UsageError on a query Xapian cannot parse, an invalid date, nothing to search, or a
  // query estimated to cost more than request.max_cost allows.
  // `any_word`: the words are ORed instead of ANDed (the relaxed query); +must words stay
  // required and -not words excluded.
  BuiltQuery build(const SearchRequest& request, bool any_word = false);

  const Xapian::Stem& stemmer() const { return stemmer_; }
  // The query language's function words (none for a language without a list).
  const Xapian::Stopper* stopper() const { return stopper_.get(); }

  // The query with misspelt words replaced from the index's spelling data ("cocao prices" ->
  // "cocoa prices"), or empty when there is nothing to correct.
  std::string spelling_suggestion(const std::string& text);

 private:
  // Throws UsageError when `cost` (query_cost.h, in postings) is over `max_cost` per article.
  void check_cost(std::uint64_t cost, unsigned max_cost) const;

  Xapian::Database db_;
  Xapian::Database side_;  // spelling data and the alias table
  Xapian::Stem stemmer_;
  std::unique_ptr<Xapian::Stopper> stopper_;  // outlives parser_, which points to it
  Xapian::QueryParser parser_;
  bool date_range_used_ = false;
  std::string date_error_;  // set by the date: field processor, which must not throw
};

// Any of the ids `name` may mean (alias table), as `prefix` terms; `countries` keeps only
// country ids (for country:).
Xapian::Query place_query(const Xapian::Database& db, std::string_view prefix,
                          std::string_view name, bool countries);

// Days [from, to] as a union of year, month and day terms (Omega's Y/M/D): a whole year is one
// posting list, a whole month another, only the ragged ends are single days. An open end is
// clamped to the dates the database holds (both open: every dated article). MatchNothing when
// from > to.
Xapian::Query date_filter(const Xapian::Database& db, std::optional<std::int32_t> from,
                          std::optional<std::int32_t> to);

// Instants [since, until] (--recent): whole days as date_filter's term union; a day cut short
// at either end as its day term filtered by a timestamp range, so only that day's articles
// have their value checked. A date known only to the day counts as its midnight.
Xapian::Query recent_filter(const Xapian::Database& db, std::int64_t since, std::int64_t until);

}  // namespace dateline
