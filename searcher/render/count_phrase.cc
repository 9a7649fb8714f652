#include "count_phrase.h"

#include <fmt/format.h>

namespace dateline {

std::string articles_phrase(const Results& r) {
  if (r.exact()) return fmt::format("{} article{}", r.estimate, r.estimate == 1 ? "" : "s");
  return fmt::format("at least {} article{} (about {})", r.lower_bound,
                     r.lower_bound == 1 ? "" : "s", r.estimate);
}

std::string stories_phrase(const Results& r) {
  if (r.stories >= r.estimate) return "";
  return fmt::format("({}{} stories, copies collapsed)", r.stories_exact ? "" : "about ",
                     r.stories);
}

}  // namespace dateline
