// The analysis stage on worker threads (DESIGN.md, data flow): the reading thread settles each
// article in file order (analysis.h: settle_article) and submits it; a worker places it and
// builds its document; the writing thread takes the results back in submission order, so that
// docids, replacements and messages are those of one thread doing it all. With no workers the
// work is done at once, on the calling thread.
#pragma once

#include <condition_variable>
#include <deque>
#include <future>
#include <mutex>
#include <thread>
#include <vector>

#include "analysis.h"
#include "document_builder.h"
#include "places/place_resolver.h"

namespace dateline {

// What the writer needs of one article.
struct BuiltArticle {
  BuiltDocument document;
  std::vector<PlaceAliases> aliases;
};

class AnalysisPool {
 public:
  // `resolver` must outlive the pool.
  AnalysisPool(unsigned workers, const PlaceResolver& resolver);
  ~AnalysisPool();
  AnalysisPool(const AnalysisPool&) = delete;
  AnalysisPool& operator=(const AnalysisPool&) = delete;

  unsigned workers() const { return static_cast<unsigned>(threads_.size()); }
  // Places and builds `settled` on a worker; an exception there is rethrown by the future.
  std::future<BuiltArticle> submit(AnalysedArticle settled);

 private:
  struct Task {
    AnalysedArticle settled;
    std::promise<BuiltArticle> built;
  };
  static void run(Task& task, const PlaceResolver& resolver, DocumentBuilder& builder);
  void work();

  const PlaceResolver& resolver_;
  DocumentBuilder inline_builder_;  // with no workers
  std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<Task> tasks_;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

// The default for --threads: one analysing thread per core but the one the writing thread
// needs, at least 1 and at most 8 (the writer cannot take more). Measured at 100,000 articles on
// 2 cores (bench/RESULTS.md): 0 threads 151 s, 1 thread 91 s, 2 threads 130 s: a thread more
// than the cores leaves the writer, the critical path, waiting for a core.
unsigned default_analysis_threads();

}  // namespace dateline
