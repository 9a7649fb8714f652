// More like this: the terms that best tell an article apart (Xapian's relevance-set
// expansion over that one article), ORed into a query that leaves the article itself out.
#pragma once

#include <xapian.h>

#include <string>

namespace dateline {

// Throws UsageError when no article has `id`.
Xapian::Query more_like_this(const Xapian::Database& db, const std::string& id,
                             unsigned terms = 25);

}  // namespace dateline
