// How many articles and stories matched, in words, for the terminal and the page alike: the
// count when it is exact ("2208 articles"), else a bound the reader can trust and the
// estimate labelled as one ("at least 5000 articles (about 12408)"), never a guess shown as
// a count.
#pragma once

#include <string>

#include "results.h"

namespace dateline {

std::string articles_phrase(const Results& results);

// "(121 stories, copies collapsed)", "(about 121 stories, copies collapsed)", or empty when no
// copies collapsed.
std::string stories_phrase(const Results& results);

// "Partial results: 1 of 3 shards did not answer (remote 10.0.0.7:7001)." for results whose
// archive had shards missing (archive.h), else empty. Without `names` (the public page, which
// must not tell the world where the shards are): "... did not answer."
std::string partial_phrase(const Results& results, bool names = true);

}  // namespace dateline
