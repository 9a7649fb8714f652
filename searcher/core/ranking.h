// How hits are ranked (README "Ranking"): the weighting scheme and pseudo-relevance feedback,
// each chosen with bench/eval on CRAN, MED and NPL. Plain settings; query_expansion.h applies
// the feedback, hits_run.h the weighting. Every scheme here is one of Xapian's own, so remote
// shards served by the stock xapian-tcpsrv rank exactly as one database does.
#pragma once

#include <xapian.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dateline {

enum class Weighting { bm25, bm25plus, dph, dlh, pl2plus, lm };

// "bm25", "bm25+", "dph", "dlh", "pl2+", "lm" (what --weighting takes).
std::string_view weighting_name(Weighting w);
std::optional<Weighting> weighting_from_name(std::string_view name);
std::vector<std::string> weighting_names();

// The scheme's Xapian weight with dateline's parameters (BM25's k1 and b tuned; the others at
// the values bench/eval chose, see ranking.cc).
std::unique_ptr<Xapian::Weight> make_weight(Weighting w);

// Pseudo-relevance feedback (RM3-style): the best `terms` terms of the first `docs` stories,
// by Xapian's expansion weight (Robertson's selection value), join the query; together they weigh
// `weight` times the query's word count, shared in proportion to their expansion weights. Used for
// ranking only: the matches stay the query's (query_expansion.h).
struct Expansion {
  bool on = true;
  unsigned docs = 5;    // first stories taken as relevant
  unsigned terms = 40;  // terms added
  double weight = 1.0;  // the added terms' share, per word of the query (RM3's interpolation)
};

inline constexpr unsigned max_expansion_docs = 100;
inline constexpr unsigned max_expansion_terms = 100;
inline constexpr double max_expansion_weight = 4.0;

}  // namespace dateline
