// One system under evaluation: it indexes a collection its own way and answers each query with a
// ranking. The evaluation times both and scores the rankings with the shared metrics.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>

#include "collection.h"
#include "metrics.h"

namespace dateline::eval {

struct SearchOutcome {
  Ranking ranking;
  // The system refused the query (a syntax error): counted as returning nothing, as a reader
  // typing it would get nothing.
  bool rejected = false;
  std::string message;  // why, in the system's words
};

class SearchSystem {
 public:
  virtual ~SearchSystem() = default;
  virtual std::string name() const = 0;
  // Builds the index of `collection` in `work_dir` (a fresh folder of this system's own).
  virtual void index(const Collection& collection, const std::filesystem::path& work_dir) = 0;
  // The first `depth` documents for the query text, best first.
  virtual SearchOutcome search(const std::string& query, std::size_t depth) = 0;
};

}  // namespace dateline::eval
