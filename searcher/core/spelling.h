// "Did you mean": misspelt words of a query corrected from the index's spelling data, word by
// word, keeping every other word, operator and field as typed. A word is corrected only when
// the index hardly knows it (its stem in at most `rare_documents` articles, or
// `rare_fraction` of them) and the
// correction is far more common (at least `min_ratio` times as many articles; any article at
// all when the index lacks the word), so a rare but right word ("Umerov", "outages") or a real one
// ("Tony") is never "corrected", and a word the index knows in another spelling of accents ("Sao"
// for "São") is not misspelt at all.
#pragma once

#include <xapian.h>

#include <string>

namespace dateline {

struct SpellingRule {
  // Rare: in at most this many articles, or this fraction of the index if that is more
  // (tuned on bench/spelling/misspellings.tsv: "goverment" is in 9 of 23,802 Reuters and BBC
  // articles, "Tony" in 249).
  Xapian::doccount rare_documents = 2;
  double rare_fraction = 0.0005;
  double min_ratio = 20;
  unsigned max_edit_distance = 2;
};

// The query with its misspelt words replaced, or empty when none qualifies. `stemmer` and
// `stopper` are the query's (a correction to a stopword is never offered). Words are counted in
// `db`; the candidates come from `spelling`'s spelling data (the side database of shards,
// archive.h, else `db` itself).
std::string spelling_correction(const Xapian::Database& db, const Xapian::Database& spelling,
                                const std::string& query, const Xapian::Stem& stemmer,
                                const Xapian::Stopper* stopper, const SpellingRule& rule = {});

}  // namespace dateline
