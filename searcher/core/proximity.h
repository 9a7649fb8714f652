// Proximity for names and set phrases the reader did not quote ("New York", "interest rates"):
// an optional boost (--proximity, off by default: README "Ranking" has the measurement) for
// matches where two adjacent words of a plain query stand side by side. Only for pairs that are
// likely one name: both typed capitalised, or found side by side in at least `min_share` of the
// articles of the rarer word. The earlier general boost (every adjacent pair) lowered MAP on
// every judged collection.
#pragma once

#include <xapian.h>

#include <optional>
#include <string>
#include <vector>

namespace dateline {

// A word of the query as typed, lower-cased, and whether it was capitalised.
struct TypedWord {
  std::string word;
  bool capitalised = false;
};

inline constexpr double proximity_weight = 0.25;    // the phrase's weight against one word's
inline constexpr double proximity_min_share = 0.4;  // of the rarer word's articles

// The words of `text` in order (letters and digits; the stopwords the query drops left out by
// the caller's `stopper`).
std::vector<TypedWord> typed_words(const std::string& text, const Xapian::Stopper* stopper);

// OR of the chosen pairs' phrases, each scaled by proximity_weight, to be added with
// OP_AND_MAYBE; nothing when no pair qualifies.
std::optional<Xapian::Query> proximity_boost(const Xapian::Database& db,
                                             const std::vector<TypedWord>& words);

}  // namespace dateline
