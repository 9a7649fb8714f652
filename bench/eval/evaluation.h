// One collection through every system: index, run every judged query, score each ranking with
// the shared metrics and time both stages.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "collection.h"
#include "metrics.h"
#include "search_system.h"

namespace dateline::eval {

struct SystemRun {
  std::string system;
  Scores means;                  // over the judged queries
  std::size_t zero_results = 0;  // judged queries that got nothing, the rejected ones included
  std::size_t rejected = 0;
  std::string first_rejection;  // the query and the system's reason, for the report
  double index_seconds = 0;
  double search_seconds = 0;
  std::vector<Scores> per_query;      // the judged queries in the collection's order
  std::vector<double> query_seconds;  // each query's wall time, the same order
};

struct CollectionRun {
  std::string collection;
  std::size_t documents = 0;
  std::size_t empty_documents = 0;
  std::size_t queries = 0;   // with at least one relevant document: the ones scored
  std::size_t unjudged = 0;  // queries without one: left out of every mean
  std::size_t relevant = 0;  // relevant judgments of the scored queries
  std::string gains;
  std::vector<SystemRun> systems;
};

// Each system indexes in its own fresh folder under `work_dir` and leaves its rankings there
// (run.txt, beside the collection's qrels.txt: trec_eval's formats); rankings are `depth` deep.
CollectionRun evaluate(const Collection& collection, const std::vector<SearchSystem*>& systems,
                       const std::filesystem::path& work_dir, std::size_t depth);

}  // namespace dateline::eval
