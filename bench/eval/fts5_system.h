// SQLite FTS5 as its documentation sets it up: a table of title and body with the porter
// tokenizer (over unicode61), ranked by bm25() with its default parameters and equal column
// weights, queried with the OR of the query's words.
#pragma once

#include <string>
#include <vector>

#include "search_system.h"

struct sqlite3;
struct sqlite3_stmt;

namespace dateline::eval {

class Fts5System final : public SearchSystem {
 public:
  Fts5System() = default;
  Fts5System(const Fts5System&) = delete;
  Fts5System& operator=(const Fts5System&) = delete;
  ~Fts5System() override;
  std::string name() const override { return "FTS5"; }
  void index(const Collection& collection, const std::filesystem::path& work_dir) override;
  // A query SQLite refuses (none should: every word is quoted) is rejected.
  SearchOutcome search(const std::string& query, std::size_t depth) override;

 private:
  void close();
  sqlite3* db_ = nullptr;
  sqlite3_stmt* select_ = nullptr;
  std::vector<std::string> ids_;  // by rowid - 1
};

// The FTS5 MATCH expression for a query text: each word (a run of letters and digits, as
// unicode61 cuts them) in double quotes, so that `AND`, `NOT`, `-` or `(` in the text are words
// or nothing rather than syntax, joined with OR. Empty when the text has no word.
std::string fts5_or_query(const std::string& text);

}  // namespace dateline::eval
