// Wildcards (`econom*`) expanded by the searcher, once, on the whole archive. Xapian 1.4
// expands an OP_WILDCARD in each database it matches on: over remote shards every
// xapian-tcpsrv picks its own 100 most frequent expansions, so the words ranked by, and the
// order of the hits, depended on how the archive was split. Expanded here into an explicit
// OP_SYNONYM of the archive's most frequent expansions, the query is the same on one database
// and on any layout of shards, and the matcher weighs it with the archive's statistics.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <string>
#include <vector>

namespace dateline {

struct WildcardExpansion {
  std::vector<std::string> terms;  // at most max_expansion, the most frequent first
  std::uint64_t postings = 0;      // the sum of their frequencies
  std::uint64_t scanned = 0;       // the words looked at to choose them
};

// The `max_expansion` most frequent terms of `db` that start with `pattern` (a tie goes to
// the term first in byte order, so the choice never depends on the order shards list them).
WildcardExpansion wildcard_expansion(const Xapian::Database& db, const std::string& pattern,
                                     Xapian::termcount max_expansion);

// Xapian 1.4 gives no accessor for a wildcard's pattern; its description is
// "Query(WILDCARD SYNONYM econom)" (the combining operator, then the pattern).
std::string wildcard_pattern(const Xapian::Query& wildcard);

struct ExpandedQuery {
  Xapian::Query query;
  std::uint64_t scanned = 0;  // words looked at to expand (paid before matching)
};

// `query` with every OP_WILDCARD the QueryParser made replaced by an OP_SYNONYM of its
// expansions (MatchNothing when none), as Xapian's WILDCARD_LIMIT_MOST_FREQUENT would on one
// database. Xapian 1.4's parser puts wildcards under AND, OR, AND_NOT, AND_MAYBE, XOR and
// SYNONYM only (never in a phrase or NEAR): those are rebuilt; any other operator is kept whole.
ExpandedQuery expand_wildcards(const Xapian::Database& db, const Xapian::Query& query,
                               Xapian::termcount max_expansion);

}  // namespace dateline
