#include "query_cost.h"

#include <algorithm>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace dateline {

namespace {

// Xapian 1.4 gives no accessor for a wildcard's pattern; its description is
// "Query(WILDCARD SYNONYM econom)" (the combining operator, then the pattern).
std::string wildcard_pattern(const Xapian::Query& wildcard) {
  const std::string d = wildcard.get_description();
  std::string_view rest = d;
  if (rest.starts_with("Query(")) rest.remove_prefix(6);
  if (rest.ends_with(")")) rest.remove_suffix(1);
  const auto first = rest.find(' ');
  const auto second = first == std::string_view::npos ? first : rest.find(' ', first + 1);
  return second == std::string_view::npos ? std::string() : std::string(rest.substr(second + 1));
}

QueryCost wildcard_cost(const Xapian::Database& db, const std::string& pattern,
                        Xapian::termcount max_expansion) {
  // The max_expansion most frequent expansions, as WILDCARD_LIMIT_MOST_FREQUENT keeps.
  std::vector<Xapian::doccount> top;  // a min-heap
  QueryCost cost;
  for (auto t = db.allterms_begin(pattern); t != db.allterms_end(pattern); ++t) {
    ++cost.scanned;
    const Xapian::doccount tf = t.get_termfreq();
    if (top.size() < max_expansion) {
      top.push_back(tf);
      std::push_heap(top.begin(), top.end(), std::greater<>());
    } else if (!top.empty() && tf > top.front()) {
      std::pop_heap(top.begin(), top.end(), std::greater<>());
      top.back() = tf;
      std::push_heap(top.begin(), top.end(), std::greater<>());
    }
  }
  cost.lists = top.size();
  for (const auto tf : top) cost.postings += tf;
  return cost;
}

}  // namespace

QueryCost estimated_cost(const Xapian::Database& db, const Xapian::Query& query,
                         Xapian::termcount max_expansion) {
  using Q = Xapian::Query;
  const auto op = query.get_type();
  switch (op) {
    case Q::LEAF_TERM: {
      const auto t = query.get_unique_terms_begin();
      return {t == query.get_unique_terms_end() ? db.get_doccount() : db.get_termfreq(*t), 1, 0};
    }
    case Q::LEAF_MATCH_NOTHING:
      return {};
    case Q::LEAF_MATCH_ALL:
    case Q::LEAF_POSTING_SOURCE:
    case Q::OP_VALUE_RANGE:
    case Q::OP_VALUE_GE:
    case Q::OP_VALUE_LE:
      return {db.get_doccount(), 1, 0};
    case Q::OP_WILDCARD:
      return wildcard_cost(db, wildcard_pattern(query), max_expansion);
    default:
      break;
  }
  std::vector<QueryCost> parts;
  QueryCost sum;
  for (std::size_t i = 0; i < query.get_num_subqueries(); ++i) {
    parts.push_back(estimated_cost(db, query.get_subquery(i), max_expansion));
    sum.postings += parts.back().postings;
    sum.lists += parts.back().lists;
    sum.scanned += parts.back().scanned;
  }
  if (parts.empty()) return {};
  // The driver's postings, and each other part skipped to them: at most a skip per list each.
  const auto skipped_to = [&](std::size_t driver) {
    std::uint64_t postings = parts[driver].postings;
    for (std::size_t i = 0; i < parts.size(); ++i)
      if (i != driver)
        postings += std::min(parts[i].postings, parts[i].lists * parts[driver].postings);
    return postings;
  };
  std::size_t rarest = 0;
  for (std::size_t i = 1; i < parts.size(); ++i)
    if (parts[i].postings < parts[rarest].postings) rarest = i;
  switch (op) {
    case Q::OP_AND:
    case Q::OP_FILTER:
      sum.postings = skipped_to(rarest);
      break;
    case Q::OP_PHRASE:
    case Q::OP_NEAR:
      sum.postings = positional_factor * skipped_to(rarest);
      break;
    case Q::OP_AND_NOT:
    case Q::OP_AND_MAYBE:
      // The left side read whole, the right one skipped to it.
      sum.postings = skipped_to(0);
      break;
    default:  // OR, SYNONYM, XOR, ELITE_SET, MAX, SCALE_WEIGHT: every part read whole
      break;
  }
  return sum;
}

}  // namespace dateline
