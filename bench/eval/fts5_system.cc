#include "fts5_system.h"

#include <fmt/format.h>
#include <sqlite3.h>

#include <stdexcept>

namespace dateline::eval {

namespace {

[[noreturn]] void fail(sqlite3* db, const std::string& what) {
  throw std::runtime_error(
      fmt::format("sqlite: {}: {}", what, db != nullptr ? sqlite3_errmsg(db) : "out of memory"));
}

void exec(sqlite3* db, const char* sql) {
  if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK) fail(db, sql);
}

bool is_word_byte(unsigned char c) {
  // Bytes of UTF-8 sequences count as letters: unicode61 keeps letters of every script.
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

}  // namespace

std::string fts5_or_query(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    if (!is_word_byte(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < text.size() && is_word_byte(static_cast<unsigned char>(text[j]))) ++j;
    if (!out.empty()) out += " OR ";
    out += '"' + text.substr(i, j - i) + '"';  // no '"' inside: a word has none
    i = j;
  }
  return out;
}

Fts5System::~Fts5System() { close(); }

void Fts5System::close() {
  sqlite3_finalize(select_);
  select_ = nullptr;
  sqlite3_close(db_);
  db_ = nullptr;
}

void Fts5System::index(const Collection& collection, const std::filesystem::path& work_dir) {
  close();
  ids_.clear();
  const std::string path = (work_dir / "fts5.sqlite").string();
  if (sqlite3_open(path.c_str(), &db_) != SQLITE_OK) fail(db_, path);
  exec(db_, "CREATE VIRTUAL TABLE docs USING fts5(title, body, tokenize = 'porter unicode61')");
  exec(db_, "BEGIN");
  sqlite3_stmt* insert = nullptr;
  if (sqlite3_prepare_v2(db_, "INSERT INTO docs(rowid, title, body) VALUES (?1, ?2, ?3)", -1,
                         &insert, nullptr) != SQLITE_OK)
    fail(db_, "prepare insert");
  for (const auto& d : collection.documents) {
    ids_.push_back(d.id);
    sqlite3_bind_int64(insert, 1, static_cast<sqlite3_int64>(ids_.size()));
    sqlite3_bind_text(insert, 2, d.title.data(), static_cast<int>(d.title.size()), SQLITE_STATIC);
    sqlite3_bind_text(insert, 3, d.body.data(), static_cast<int>(d.body.size()), SQLITE_STATIC);
    if (sqlite3_step(insert) != SQLITE_DONE) {
      sqlite3_finalize(insert);
      fail(db_, "insert document " + d.id);
    }
    sqlite3_reset(insert);
  }
  sqlite3_finalize(insert);
  exec(db_, "COMMIT");
  // bm25() is negative, more negative for better matches: ascending order is best first.
  if (sqlite3_prepare_v2(db_,
                         "SELECT rowid FROM docs WHERE docs MATCH ?1 ORDER BY bm25(docs) LIMIT ?2",
                         -1, &select_, nullptr) != SQLITE_OK)
    fail(db_, "prepare select");
}

SearchOutcome Fts5System::search(const std::string& query, std::size_t depth) {
  SearchOutcome outcome;
  const std::string match = fts5_or_query(query);
  if (match.empty()) return outcome;
  sqlite3_reset(select_);
  sqlite3_bind_text(select_, 1, match.data(), static_cast<int>(match.size()), SQLITE_TRANSIENT);
  sqlite3_bind_int64(select_, 2, static_cast<sqlite3_int64>(depth));
  int rc = 0;
  while ((rc = sqlite3_step(select_)) == SQLITE_ROW) {
    const auto rowid = sqlite3_column_int64(select_, 0);
    if (rowid >= 1 && static_cast<std::size_t>(rowid) <= ids_.size())
      outcome.ranking.push_back(ids_[static_cast<std::size_t>(rowid) - 1]);
  }
  if (rc != SQLITE_DONE) {
    outcome.rejected = true;
    outcome.message = sqlite3_errmsg(db_);
    outcome.ranking.clear();
  }
  return outcome;
}

}  // namespace dateline::eval
