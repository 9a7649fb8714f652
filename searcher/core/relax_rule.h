// The relax-to-OR rule (README "Ranking"), the one place that decides it. A reader who types a
// sentence wants the articles that share most of its words, not nothing: a plain query of two
// or more words whose AND finds fewer than `few_matches` articles is run once more with the
// words ORed. Never relaxed: a single word (OR would change nothing), a query with operators
// (the reader said how the words combine) and --like (an OR of the article's terms already).
#pragma once

#include <xapian.h>

#include <cstddef>
#include <string_view>

namespace dateline {

// Fewer matches than this is "found little": the AND is relaxed, and "did you mean" is tried.
inline constexpr Xapian::doccount few_matches = 5;

// What the rule reads off a request; QueryBuilder fills it (relax_rule_for).
struct RelaxRule {
  std::size_t words = 0;   // free-text terms the reader's own text gave
  bool operators = false;  // "quotes", +must, -not, AND, OR, NOT, XOR, NEAR, ADJ
  bool like = false;       // --like ID

  // Whether a query that ANDed the words and found at most `and_matches` articles (the
  // MSet's upper bound) is to be run again with the words ORed.
  bool relaxes(Xapian::doccount and_matches) const {
    return may_relax() && and_matches < few_matches;
  }
  // Whether some match count would relax it: the query may run twice.
  bool may_relax() const { return words >= 2 && !operators && !like; }
};

// The rule's facts for the query text `text` (as parsed) of `words` free-text terms.
RelaxRule relax_rule_for(std::string_view text, std::size_t words, bool like);

}  // namespace dateline
