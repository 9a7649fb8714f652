// dateline as a reader gets it: the built dateline-index and dateline-search, run as programs
// with their default settings, so the figures are those of the shipped command line.
#pragma once

#include <filesystem>
#include <string>

#include "search_system.h"

namespace dateline::eval {

class DatelineSystem final : public SearchSystem {
 public:
  DatelineSystem(std::filesystem::path indexer, std::filesystem::path searcher)
      : indexer_(std::move(indexer)), searcher_(std::move(searcher)) {}
  std::string name() const override { return "dateline"; }
  // Writes the collection as interchange JSON Lines and indexes it with dateline-index.
  void index(const Collection& collection, const std::filesystem::path& work_dir) override;
  // dateline-search --db DB --limit DEPTH --json -- QUERY, nothing else.
  SearchOutcome search(const std::string& query, std::size_t depth) override;

 private:
  std::filesystem::path indexer_;
  std::filesystem::path searcher_;
  std::filesystem::path db_;
};

// The interchange JSON Lines of a collection: one {"id", "title", "body"} object per line, the
// title left out when the collection has none.
void write_jsonl(const Collection& collection, const std::filesystem::path& file);

}  // namespace dateline::eval
