// What a search may cost: the bounds its runs keep to, whatever the size of the archive or of
// the match set (issue 13). Searcher takes them as a parameter so that tests can make a small
// archive behave as a large one.
#pragma once

#include <xapian.h>

namespace dateline {

// Matches examined at least, past the page asked for: a total below it is exact, not Xapian's
// estimate ("about 100" for 2,208 was a rounded guess shown as a count); above it the reader
// gets the lower bound, which is a fact. A few thousand costs milliseconds (bench/).
inline constexpr Xapian::doccount min_check_at_least = 5000;

struct SearchBounds {
  // An archive this small is searched exhaustively: all its matches sorted by date
  // (newest_first.h), all counted for facets. Reading the whole of its values costs a few
  // milliseconds, and all of Reuters-21578 (21,577 articles) is one, so its answers are the
  // exhaustive ones.
  Xapian::doccount small_archive = 30000;
  // Newest first sorts every match of a match set this small; a larger one is found by date
  // windows (newest_first.h), unless the archive is small.
  Xapian::doccount sort_whole = 5000;
  // Facets: matches counted whole in any archive, and how many are counted for an estimate
  // past that (a dense match set's; facet_counter.h).
  Xapian::doccount exact_facets = 5000;
  Xapian::doccount facet_sample = 10000;
};

}  // namespace dateline
