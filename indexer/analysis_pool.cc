#include "analysis_pool.h"

#include <xapian.h>

#include <algorithm>

namespace dateline {

AnalysisPool::AnalysisPool(unsigned workers, const PlaceResolver& resolver) : resolver_(resolver) {
  // Xapian's TermGenerator caches a setting of its own in a global the first time it indexes
  // (seen by helgrind as two workers writing it): index once here, before any worker starts.
  {
    Xapian::TermGenerator generator;
    Xapian::Document document;
    generator.set_document(document);
    generator.index_text("dateline");
  }
  threads_.reserve(workers);
  for (unsigned i = 0; i < workers; ++i) threads_.emplace_back([this] { work(); });
}

AnalysisPool::~AnalysisPool() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  ready_.notify_all();
  for (auto& t : threads_) t.join();
}

void AnalysisPool::run(Task& task, const PlaceResolver& resolver, DocumentBuilder& builder) {
  try {
    place_article(task.settled, resolver);
    BuiltArticle out{builder.build(task.settled), std::move(task.settled.aliases)};
    task.built.set_value(std::move(out));
  } catch (...) {
    task.built.set_exception(std::current_exception());
  }
}

std::future<BuiltArticle> AnalysisPool::submit(AnalysedArticle settled) {
  Task task{std::move(settled), {}};
  auto future = task.built.get_future();
  if (threads_.empty()) {
    run(task, resolver_, inline_builder_);
    return future;
  }
  {
    std::lock_guard lock(mutex_);
    tasks_.push_back(std::move(task));
  }
  ready_.notify_one();
  return future;
}

void AnalysisPool::work() {
  DocumentBuilder builder;  // one per thread: term generators are not shared
  for (;;) {
    Task task;
    {
      std::unique_lock lock(mutex_);
      ready_.wait(lock, [this] { return stopping_ || !tasks_.empty(); });
      if (tasks_.empty()) return;  // stopping, and nothing left
      task = std::move(tasks_.front());
      tasks_.pop_front();
    }
    run(task, resolver_, builder);
  }
}

unsigned default_analysis_threads() {
  const unsigned cores = std::thread::hardware_concurrency();
  return std::clamp(cores > 1 ? cores - 1 : 1u, 1u, 8u);
}

}  // namespace dateline
