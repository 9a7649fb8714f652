#include "query_cost.h"

#include <algorithm>
#include <vector>

#include "wildcards.h"

namespace dateline {

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
    case Q::OP_WILDCARD: {
      const auto e = wildcard_expansion(db, wildcard_pattern(query), max_expansion);
      return {e.postings, e.terms.size(), e.scanned};
    }
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
