// Pseudo-relevance feedback: a plain query's first stories are taken as relevant, and the terms
// that best tell them from the archive (Xapian's Enquire::get_eset over an RSet of them) join
// the query to rank its matches. The matches are the reader's query's, never more: the added
// terms are OP_AND_MAYBE, so totals, facets and paging are what the query alone gives; only the
// order changes. Which queries it applies to is decided by QueryBuilder (BuiltQuery::plain):
// words only, no quotes, operators, fields, wildcards or --like.
#pragma once

#include <xapian.h>

#include <optional>
#include <string>
#include <vector>

#include "ranking.h"

namespace dateline {

struct FeedbackQuery {
  Xapian::Query query;             // AND_MAYBE(the query, the added terms, each weighted)
  std::vector<std::string> terms;  // the added stems, best first, without the Z prefix
};

// Nothing when the query's first stories give no term to add (no match, or every term of
// theirs is the query's own). `weight`: the ranking's scheme; `collapse`: one story per
// similarity key among the first `docs`, so a story's copies do not count as many;
// `stopper`: function words never added (the query's language's, as the query drops them).
// `first`: for a relaxed query, its words ANDed: the stories with every word are taken first,
// then the relaxed query's own, so that an article with all of a rare name and a common word
// ("Atico financial") is not outvoted by stories of the common word alone.
std::optional<FeedbackQuery> with_feedback(const Xapian::Database& db, const Xapian::Query& query,
                                           const Xapian::Weight& weight, const Expansion& expansion,
                                           bool collapse, const Xapian::Stopper* stopper,
                                           const std::optional<Xapian::Query>& first = {});

}  // namespace dateline
