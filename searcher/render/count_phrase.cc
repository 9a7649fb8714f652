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

std::string partial_phrase(const Results& results, bool with_names) {
  if (!results.partial()) return {};
  if (!with_names) {
    return fmt::format("Partial results: {} of {} shards did not answer.",
                       results.missing_shards.size(), results.shards);
  }
  std::string names;
  for (const auto& shard : results.missing_shards) names += (names.empty() ? "" : ", ") + shard;
  return fmt::format("Partial results: {} of {} shards did not answer ({}).",
                     results.missing_shards.size(), results.shards, names);
}

}  // namespace dateline
