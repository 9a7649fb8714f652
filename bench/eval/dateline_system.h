// dateline as a reader gets it: the built dateline-index and dateline-search, run as programs
// with their default settings (or with a variant's options), so the figures are those of the
// shipped command line.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "search_system.h"

namespace dateline::eval {

class DatelineSystem final : public SearchSystem {
 public:
  // `options`: dateline-search options of a variant (--no-expand, --weighting dph); `shared`:
  // the system whose index this one searches (the same documents, indexed once).
  DatelineSystem(std::string name, std::filesystem::path indexer, std::filesystem::path searcher,
                 std::vector<std::string> options = {}, const DatelineSystem* shared = nullptr)
      : name_(std::move(name)),
        indexer_(std::move(indexer)),
        searcher_(std::move(searcher)),
        options_(std::move(options)),
        shared_(shared) {}
  std::string name() const override { return name_; }
  // Writes the collection as interchange JSON Lines and indexes it with dateline-index (or
  // takes the shared system's index of it).
  void index(const Collection& collection, const std::filesystem::path& work_dir) override;
  // dateline-search --db DB --limit DEPTH --format csv [OPTIONS] -- QUERY, nothing else.
  SearchOutcome search(const std::string& query, std::size_t depth) override;
  const std::vector<std::string>& options() const { return options_; }

 private:
  std::string name_;
  std::filesystem::path indexer_;
  std::filesystem::path searcher_;
  std::vector<std::string> options_;
  const DatelineSystem* shared_;
  std::filesystem::path db_;
};

// The interchange JSON Lines of a collection: one {"id", "title", "body"} object per line, the
// title left out when the collection has none.
void write_jsonl(const Collection& collection, const std::filesystem::path& file);

}  // namespace dateline::eval
