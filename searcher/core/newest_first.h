// Newest first without sorting every match: a large match set sorted by date is first run over
// its newest days only, widening the window until it holds the page (date_filter's terms: a
// window costs what the days in it hold). Every hit a window finds is one the whole sort
// would rank at the same place: a story missing from a window has no copy newer than the
// window's first day, so it comes after every story the window holds (undated articles last).
#pragma once

#include <xapian.h>

#include <vector>

namespace dateline {

// The windows to try, narrowest first: the archive's last 31 days, then four times as many
// each time, while a window is narrower than the archive (the caller's last try is the whole
// match set).
std::vector<Xapian::Query> newest_first_windows(const Xapian::Database& db);

}  // namespace dateline
