#include "stopwords.h"

#include <array>

#include "language.h"

namespace dateline {

namespace {

// The function words of English (articles, pronouns, auxiliaries, prepositions, conjunctions):
// the classic short list, not content words that news readers search for.
constexpr const char* english[] = {
    "a",       "about",  "above",   "after",  "again",  "against", "all",     "am",    "an",
    "and",     "any",    "are",     "as",     "at",     "be",      "because", "been",  "before",
    "being",   "below",  "between", "both",   "but",    "by",      "can",     "could", "did",
    "do",      "does",   "doing",   "down",   "during", "each",    "few",     "for",   "from",
    "further", "had",    "has",     "have",   "having", "he",      "her",     "here",  "hers",
    "him",     "his",    "how",     "i",      "if",     "in",      "into",    "is",    "it",
    "its",     "itself", "me",      "more",   "most",   "my",      "no",      "nor",   "of",
    "off",     "on",     "once",    "only",   "or",     "other",   "our",     "out",   "over",
    "own",     "same",   "she",     "should", "so",     "some",    "such",    "than",  "that",
    "the",     "their",  "them",    "then",   "there",  "these",   "they",    "this",  "those",
    "through", "to",     "too",     "under",  "until",  "up",      "very",    "was",   "we",
    "were",    "what",   "when",    "where",  "which",  "while",   "who",     "whom",  "why",
    "with",    "would",  "you",     "your"};

}  // namespace

std::unique_ptr<Xapian::Stopper> make_stopper(std::string_view language) {
  if (language_code(language) != "en") return nullptr;
  auto stopper = std::make_unique<Xapian::SimpleStopper>();
  for (const char* w : english) stopper->add(w);
  return stopper;
}

}  // namespace dateline
