#include "wildcards.h"

#include <algorithm>
#include <string_view>
#include <utility>

namespace dateline {

WildcardExpansion wildcard_expansion(const Xapian::Database& db, const std::string& pattern,
                                     Xapian::termcount max_expansion) {
  using Entry = std::pair<Xapian::doccount, std::string>;
  // Ordered best first: the more frequent, then the term first in byte order.
  const auto better = [](const Entry& a, const Entry& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  };
  std::vector<Entry> top;  // a heap whose front is the worst kept
  WildcardExpansion out;
  for (auto t = db.allterms_begin(pattern); t != db.allterms_end(pattern); ++t) {
    ++out.scanned;
    if (max_expansion == 0) continue;
    Entry e{t.get_termfreq(), *t};
    if (top.size() < max_expansion) {
      top.push_back(std::move(e));
      std::push_heap(top.begin(), top.end(), better);
    } else if (better(e, top.front())) {
      std::pop_heap(top.begin(), top.end(), better);
      top.back() = std::move(e);
      std::push_heap(top.begin(), top.end(), better);
    }
  }
  std::sort(top.begin(), top.end(), better);
  for (auto& [tf, term] : top) {
    out.postings += tf;
    out.terms.push_back(std::move(term));
  }
  return out;
}

std::string wildcard_pattern(const Xapian::Query& wildcard) {
  const std::string d = wildcard.get_description();
  std::string_view rest = d;
  if (rest.starts_with("Query(")) rest.remove_prefix(6);
  if (rest.ends_with(")")) rest.remove_suffix(1);
  const auto first = rest.find(' ');
  const auto second = first == std::string_view::npos ? first : rest.find(' ', first + 1);
  return second == std::string_view::npos ? std::string() : std::string(rest.substr(second + 1));
}

namespace {

bool has_wildcard(const Xapian::Query& q) {
  if (q.get_type() == Xapian::Query::OP_WILDCARD) return true;
  for (std::size_t i = 0; i < q.get_num_subqueries(); ++i)
    if (has_wildcard(q.get_subquery(i))) return true;
  return false;
}

bool rebuildable(Xapian::Query::op op) {
  using Q = Xapian::Query;
  switch (op) {
    case Q::OP_AND:
    case Q::OP_OR:
    case Q::OP_AND_NOT:
    case Q::OP_XOR:
    case Q::OP_AND_MAYBE:
    case Q::OP_FILTER:
    case Q::OP_SYNONYM:
    case Q::OP_MAX:
      return true;
    default:  // those with a parameter 1.4 gives no accessor for (a window, a factor)
      return false;
  }
}

Xapian::Query expand(const Xapian::Database& db, const Xapian::Query& q,
                     Xapian::termcount max_expansion, std::uint64_t& scanned) {
  const auto op = q.get_type();
  if (op == Xapian::Query::OP_WILDCARD) {
    WildcardExpansion e = wildcard_expansion(db, wildcard_pattern(q), max_expansion);
    scanned += e.scanned;
    if (e.terms.empty()) return Xapian::Query::MatchNothing;
    return Xapian::Query(Xapian::Query::OP_SYNONYM, e.terms.begin(), e.terms.end());
  }
  if (!rebuildable(op) || !has_wildcard(q)) return q;
  std::vector<Xapian::Query> parts;
  parts.reserve(q.get_num_subqueries());
  for (std::size_t i = 0; i < q.get_num_subqueries(); ++i)
    parts.push_back(expand(db, q.get_subquery(i), max_expansion, scanned));
  return Xapian::Query(op, parts.begin(), parts.end());
}

}  // namespace

ExpandedQuery expand_wildcards(const Xapian::Database& db, const Xapian::Query& query,
                               Xapian::termcount max_expansion) {
  ExpandedQuery out;
  out.query = expand(db, query, max_expansion, out.scanned);
  return out;
}

}  // namespace dateline
