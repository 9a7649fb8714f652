#include "query_builder.h"

#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <vector>

#include "alias_table.h"
#include "dates.h"
#include "errors.h"
#include "language.h"
#include "more_like_this.h"
#include "pure_negation.h"
#include "query_case.h"
#include "query_cost.h"
#include "schema.h"
#include "spelling.h"
#include "stopwords.h"
#include "text.h"
#include "wildcards.h"

namespace dateline {

namespace {

// `place:kyiv`, `source:"Axadle Times"`: the text after the prefix normalised exactly as the
// DocumentBuilder normalised it.
class TermFieldProcessor final : public Xapian::FieldProcessor {
 public:
  TermFieldProcessor(std::string_view prefix,
                     std::function<std::string(std::string_view)> normalise)
      : prefix_(prefix), normalise_(std::move(normalise)) {}
  Xapian::Query operator()(const std::string& text) override {
    return Xapian::Query(make_term(prefix_, normalise_(text)));
  }

 private:
  std::string prefix_;
  std::function<std::string(std::string_view)> normalise_;
};

// `place:kiev`, `dateline:miami`, `country:ukraine`: the name through the database's alias
// table to canonical ids (several for an ambiguous name such as Paris: any of them matches).
class PlaceFieldProcessor final : public Xapian::FieldProcessor {
 public:
  PlaceFieldProcessor(const Xapian::Database& db, std::string_view prefix, bool countries)
      : db_(db), prefix_(prefix), countries_(countries) {}
  Xapian::Query operator()(const std::string& text) override {
    return place_query(db_, prefix_, text, countries_);
  }

 private:
  Xapian::Database db_;
  std::string prefix_;
  bool countries_;
};

// `date:` takes every form --from and --to take, alone or as a range, open at either end:
// `date:1987`, `date:1987-03`, `date:1987-03-09` (that year, month or day),
// `date:1987-03..1987-04`, `date:1987..`, `date:..1987-03-09`, `date:..` (every dated article). The
// same term union as
// --from/--to. Anything else is a usage error naming the field: never a phrase search for
// "date 1987 03", which would quietly answer another question.
class DateFieldProcessor final : public Xapian::FieldProcessor {
 public:
  DateFieldProcessor(const Xapian::Database& db, bool* used, std::string* error)
      : db_(db), used_(used), error_(error) {}
  // Never throws: an exception thrown through QueryParser::parse_query leaks the parser's
  // state (seen with ASan), so the error is left for build() to throw once parsing is over.
  Xapian::Query operator()(const std::string& text) override {
    *used_ = true;
    try {
      return filter(trim(text));
    } catch (const UsageError& e) {
      if (error_->empty()) *error_ = e.what();
      return Xapian::Query::MatchNothing;
    }
  }

 private:
  Xapian::Query filter(std::string_view value) const {
    const std::size_t dots = value.find("..");
    if (dots == std::string_view::npos) {
      const auto from = bound(value, value, false);
      return date_filter(db_, from, bound(value, value, true));
    }
    const std::string_view begin = value.substr(0, dots);
    const std::string_view end = value.substr(dots + 2);
    std::optional<std::int32_t> from;
    std::optional<std::int32_t> to;
    if (!begin.empty()) from = bound(begin, value, false);
    if (!end.empty()) to = bound(end, value, true);
    return date_filter(db_, from, to);
  }

  static std::int32_t bound(std::string_view part, std::string_view whole, bool end) {
    if (auto day = parse_day_bound(part, end))
      return require_news_year(*day, fmt::format("date:{}: '{}'", whole, part));
    throw UsageError(fmt::format(
        "date:{}: '{}' is not a date (use a year, month or day such as 1987, 1987-03 or "
        "1987-03-09, or a range such as 1987-03..1987-04)",
        whole, part));
  }

  Xapian::Database db_;
  bool* used_;          // tells build() that an empty query came from an empty range, not no words
  std::string* error_;  // the first malformed date:, thrown by build() after parsing
};

// Words (unprefixed, Z stems, S title, A author) as opposed to boolean filter terms (schema.h).
bool is_free_text_term(const std::string& term) {
  const char c = term.empty() ? 'a' : term[0];
  return !(c >= 'A' && c <= 'Z') || c == 'Z' || c == 'S' || c == 'A';
}

// An unprefixed word or its stem ("cocoa", "Zcocoa"): no field ("Scocoa", "ZScocoa"), no filter.
bool is_plain_word_term(const std::string& term) {
  if (term.empty()) return false;
  return !(term[0] >= 'A' && term[0] <= 'Z') || schema::is_word_stem(term);
}

// Words joined by AND or OR (the default operator, or the relaxed one), and the phrases
// Xapian makes of hyphenated words ("cocoa-earthquakes"): nothing else the syntax gives
// (AND_NOT of -word or a leading NOT, NEAR, wildcards, filters, fields).
bool only_words(const Xapian::Query& q) {
  switch (q.get_type()) {
    case Xapian::Query::LEAF_TERM: {
      auto t = q.get_unique_terms_begin();
      return t != q.get_unique_terms_end() && is_plain_word_term(*t);
    }
    case Xapian::Query::OP_AND:
    case Xapian::Query::OP_OR:
    case Xapian::Query::OP_PHRASE:
      for (std::size_t i = 0; i < q.get_num_subqueries(); ++i)
        if (!only_words(q.get_subquery(i))) return false;
      return q.get_num_subqueries() > 0;
    default:
      return false;
  }
}

std::optional<std::int32_t> day_from_value(const std::string& yyyymmdd_value) {
  if (yyyymmdd_value.size() != 8) return std::nullopt;
  return parse_day_bound(yyyymmdd_value, false);
}

}  // namespace

Xapian::Query place_query(const Xapian::Database& db, std::string_view prefix,
                          std::string_view name, bool countries) {
  std::vector<Xapian::Query> terms;
  for (const auto& id : place_ids_for(db, name)) {
    // Country ids are their ISO codes, the only ids without a '-'.
    if (countries && id.find('-') != std::string::npos) continue;
    terms.emplace_back(make_term(prefix, id));
  }
  if (terms.empty()) terms.emplace_back(make_term(prefix, slug(name)));
  return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

Xapian::Query date_filter(const Xapian::Database& db, std::optional<std::int32_t> from,
                          std::optional<std::int32_t> to) {
  // An open end is the archive's first or last day. A given end is clamped to the years the
  // archive holds, so that a range over ten millennia costs what the archive's own span costs
  // (a year term per year held, at most 24 month and 62 day terms), never a term per year or
  // day asked for.
  const auto first = day_from_value(db.get_value_lower_bound(schema::slot::day));
  const auto last = day_from_value(db.get_value_upper_bound(schema::slot::day));
  if (!first || !last) return Xapian::Query::MatchNothing;
  from = from ? std::max(*from, days_from_civil(civil_from_days(*first).year, 1, 1)) : *first;
  to = to ? std::min(*to, days_from_civil(civil_from_days(*last).year, 12, 31)) : *last;
  if (*from > *to) return Xapian::Query::MatchNothing;

  std::vector<Xapian::Query> terms;
  for (std::int32_t d = *from; d <= *to;) {
    const CivilDay c = civil_from_days(d);
    const std::int32_t year_end = days_from_civil(c.year, 12, 31);
    const std::int32_t month_end =
        days_from_civil(c.month == 12 ? c.year + 1 : c.year, c.month == 12 ? 1 : c.month + 1, 1) -
        1;
    if (c.month == 1 && c.day == 1 && year_end <= *to) {
      terms.emplace_back(make_term(schema::prefix::year, yyyy(d)));
      d = year_end + 1;
    } else if (c.day == 1 && month_end <= *to) {
      terms.emplace_back(make_term(schema::prefix::month, yyyymm(d)));
      d = month_end + 1;
    } else {
      terms.emplace_back(make_term(schema::prefix::day, yyyymmdd(d)));
      d += 1;
    }
  }
  return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

Xapian::Query recent_filter(const Xapian::Database& db, std::int64_t since, std::int64_t until) {
  if (since > until) return Xapian::Query::MatchNothing;
  constexpr std::int64_t day_seconds = 86400;
  const std::int32_t first = days_of(since);
  const std::int32_t last = days_of(until);
  auto part_of_day = [](std::int32_t day, std::int64_t from, std::int64_t to) {
    return Xapian::Query(Xapian::Query::OP_FILTER,
                         Xapian::Query(make_term(schema::prefix::day, yyyymmdd(day))),
                         Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::slot::timestamp,
                                       Xapian::sortable_serialise(static_cast<double>(from)),
                                       Xapian::sortable_serialise(static_cast<double>(to))));
  };
  if (first == last) return part_of_day(first, since, until);
  std::vector<Xapian::Query> parts;
  std::int32_t whole_from = first;
  std::int32_t whole_to = last;
  if (since != first * day_seconds) {
    parts.push_back(part_of_day(first, since, (first + 1) * day_seconds - 1));
    ++whole_from;
  }
  if (until != (last + 1) * day_seconds - 1) {
    parts.push_back(part_of_day(last, last * day_seconds, until));
    --whole_to;
  }
  if (whole_from <= whole_to) parts.push_back(date_filter(db, whole_from, whole_to));
  return Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
}

QueryBuilder::QueryBuilder(const Xapian::Database& db, const std::string& language,
                           const std::optional<Xapian::Database>& side)
    : db_(db),
      side_(side.value_or(db)),
      stemmer_(make_stemmer(language).value_or(Xapian::Stem("none"))) {
  parser_.set_database(db_);
  parser_.set_stemmer(stemmer_);
  parser_.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  parser_.set_default_op(Xapian::Query::OP_AND);
  stopper_ = make_stopper(language);
  if (stopper_) parser_.set_stopper(stopper_.get());
  parser_.set_max_expansion(max_wildcard_expansion, Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT,
                            Xapian::QueryParser::FLAG_WILDCARD | Xapian::QueryParser::FLAG_PARTIAL);
  parser_.add_prefix("title", std::string(schema::prefix::title));
  parser_.add_prefix("author", std::string(schema::prefix::author));
  parser_.add_boolean_prefix(
      "place", (new PlaceFieldProcessor(side_, schema::prefix::place, false))->release());
  parser_.add_boolean_prefix(
      "dateline",
      (new PlaceFieldProcessor(side_, schema::prefix::dateline_place, false))->release());
  parser_.add_boolean_prefix(
      "country", (new PlaceFieldProcessor(side_, schema::prefix::country, true))->release());
  parser_.add_boolean_prefix(
      "source", (new TermFieldProcessor(schema::prefix::source, [](std::string_view t) {
                  return slug(t);
                }))->release());
  parser_.add_boolean_prefix("topic",
                             (new TermFieldProcessor(schema::prefix::topic, [](std::string_view t) {
                               return slug(t);
                             }))->release());
  parser_.add_boolean_prefix(
      "lang", (new TermFieldProcessor(schema::prefix::language, [](std::string_view t) {
                return language_code(t);
              }))->release());
  parser_.add_boolean_prefix("id", std::string(schema::prefix::id));
  parser_.add_boolean_prefix(
      "date", (new DateFieldProcessor(db_, &date_range_used_, &date_error_))->release());
}

namespace {

// Two or more letters and not one in lower case.
bool shouted(const std::string& q) {
  std::size_t upper = 0;
  for (Xapian::Utf8Iterator it(q); it != Xapian::Utf8Iterator(); ++it) {
    if (Xapian::Unicode::get_category(*it) == Xapian::Unicode::LOWERCASE_LETTER) return false;
    if (Xapian::Unicode::get_category(*it) == Xapian::Unicode::UPPERCASE_LETTER) ++upper;
  }
  return upper >= 2 && q.find(':') == std::string::npos;
}

// Whether `q` holds a wildcard (`econom*`): its terms are only known at match time, so
// get_unique_terms() does not list them, but it is words to rank by all the same.
bool has_wildcard(const Xapian::Query& q) {
  if (q.get_type() == Xapian::Query::OP_WILDCARD) return true;
  for (std::size_t i = 0; i < q.get_num_subqueries(); ++i)
    if (has_wildcard(q.get_subquery(i))) return true;
  return false;
}

// Free-text terms in `q`, each counted once; a wildcard counts as one.
std::size_t count_words(const Xapian::Query& q) {
  std::size_t n = has_wildcard(q) ? 1 : 0;
  for (auto t = q.get_unique_terms_begin(); t != q.get_unique_terms_end(); ++t)
    if (is_free_text_term(*t)) ++n;
  return n;
}

}  // namespace

std::string QueryBuilder::spelling_suggestion(const std::string& text) {
  return spelling_correction(db_, side_, text, stemmer_, stopper_.get());
}

BuiltQuery QueryBuilder::build(const SearchRequest& request, bool any_word) {
  Xapian::Query text_query;
  bool empty_range = false;
  std::string text(trim(request.query));
  // Case never changes what matches: Xapian leaves capitalised words unstemmed, so `Reagan`
  // would miss "Reagan's" where `reagan` finds it. A query typed in capitals carries no case
  // information at all, so even its "AND"s are words; otherwise the operators keep their case.
  text = shouted(text) ? lower_case(text) : lower_case_words(text);
  // "-cocoa" alone is "everything except cocoa", browsed newest first like a filter.
  const auto negation = rewrite_pure_negation(text);
  if (negation) text = *negation;
  if (!text.empty()) {
    // PURE_NOT so that "-cocoa" alone means "not cocoa", not "cocoa".
    constexpr unsigned flags = Xapian::QueryParser::FLAG_DEFAULT |
                               Xapian::QueryParser::FLAG_WILDCARD |
                               Xapian::QueryParser::FLAG_PURE_NOT;
    date_range_used_ = false;
    date_error_.clear();
    parser_.set_default_op(any_word ? Xapian::Query::OP_OR : Xapian::Query::OP_AND);
    try {
      text_query = parser_.parse_query(text, flags);
    } catch (const Xapian::QueryParserError& e) {
      throw UsageError(fmt::format("cannot parse the query: {}", e.get_msg()));
    }
    if (!date_error_.empty()) throw UsageError(date_error_);
    if (text_query.empty() && date_range_used_) {
      text_query = Xapian::Query::MatchNothing;  // an empty date range: no hits, not an error
      empty_range = true;
    } else if (text_query.empty()) {
      throw UsageError(fmt::format("the query '{}' has no words to search for", text));
    }
  }

  const std::size_t words = count_words(text_query);
  const bool has_words = words > 0;
  const bool plain_words = has_words && !negation && only_words(text_query);
  // Expanded here, once for the whole archive, so shards rank by the same words (wildcards.h).
  const ExpandedQuery expanded = expand_wildcards(db_, text_query, max_wildcard_expansion);
  text_query = expanded.query;
  if (!request.like.empty()) {
    const Xapian::Query like = more_like_this(db_, request.like);
    text_query =
        text_query.empty() ? like : Xapian::Query(Xapian::Query::OP_AND_MAYBE, text_query, like);
  }

  std::vector<Xapian::Query> filters;
  if (request.from || request.to) filters.push_back(date_filter(db_, request.from, request.to));
  if (request.recent)
    filters.push_back(recent_filter(db_, request.recent->since, request.recent->until));
  if (!request.places.empty()) {
    std::vector<Xapian::Query> any;
    for (const auto& p : request.places)
      any.push_back(place_query(side_, schema::prefix::place, p, false));
    filters.emplace_back(Xapian::Query::OP_OR, any.begin(), any.end());
  }
  if (empty_range) return {Xapian::Query::MatchNothing, false, {}};
  if (text_query.empty() && filters.empty())
    throw UsageError("nothing to search for: give query words or a filter (--from, --to, --place)");

  BuiltQuery built;
  built.ranked = (has_words || count_words(text_query) > 0) && !negation;
  built.relax = relax_rule_for(text, words, !request.like.empty());
  built.wildcard_scanned = expanded.scanned;
  built.plain = plain_words && !built.relax.operators && request.like.empty();
  built.query = text_query.empty() ? Xapian::Query::MatchAll : text_query;
  for (const auto& f : filters)
    built.query = Xapian::Query(Xapian::Query::OP_FILTER, built.query, f);
  if (request.max_cost > 0) {
    const auto cost_of = [&](const BuiltQuery& b) {
      QueryCost c = estimated_cost(db_, b.query, max_wildcard_expansion);
      c.scanned += b.wildcard_scanned;
      return c.total();
    };
    std::uint64_t cost = cost_of(built);
    // A query that may relax may run twice, its words ANDed then ORed: both are paid for.
    if (!any_word && built.relax.may_relax()) cost += cost_of(build(request, true));
    check_cost(cost, request.max_cost);
  }
  return built;
}

void QueryBuilder::check_cost(std::uint64_t cost, unsigned max_cost) const {
  const std::uint64_t articles = std::max(db_.get_doccount(), min_budget_articles);
  if (cost > max_cost * articles)
    throw UsageError(fmt::format(
        "the query is too costly to run here: it would read the index about {} times over, and "
        "{} is the most allowed (ask with fewer wildcards, phrases, NEARs or ORs)",
        (cost + articles - 1) / articles, max_cost));
}

}  // namespace dateline
