// scale-fts5-load: the SQLite FTS5 anchor's loader. Every *.jsonl file of a folder (name order)
// into fts5(id UNINDEXED, title, body, tokenize='porter unicode61'), one transaction, as a
// plain FTS5 application would load it: parse each line, insert.
//
//   scale-fts5-load DB_FILE FOLDER
#include <fmt/format.h>
#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

[[noreturn]] void fail(sqlite3* db, const std::string& what) {
  throw std::runtime_error(fmt::format("{}: {}", what, sqlite3_errmsg(db)));
}

void exec(sqlite3* db, const char* sql) {
  if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK) fail(db, sql);
}

std::string text_field(const nlohmann::json& record, const char* name) {
  const auto found = record.find(name);
  return found != record.end() && found->is_string() ? found->get<std::string>() : std::string();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    fmt::print(stderr, "usage: scale-fts5-load DB_FILE FOLDER\n");
    return 2;
  }
  sqlite3* db = nullptr;
  try {
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(argv[2]))
      if (e.path().extension() == ".jsonl") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    if (sqlite3_open(argv[1], &db) != SQLITE_OK) fail(db, argv[1]);
    exec(db,
         "CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, body, "
         "tokenize = 'porter unicode61')");
    exec(db, "BEGIN");
    sqlite3_stmt* insert = nullptr;
    if (sqlite3_prepare_v2(db, "INSERT INTO docs(id, title, body) VALUES (?1, ?2, ?3)", -1, &insert,
                           nullptr) != SQLITE_OK)
      fail(db, "prepare insert");
    std::size_t rows = 0;
    for (const auto& file : files) {
      std::ifstream in(file, std::ios::binary);
      std::string line;
      while (std::getline(in, line)) {
        const auto record = nlohmann::json::parse(line);
        const auto& id = record.at("id");
        const std::string id_text = id.is_string() ? id.get<std::string>() : id.dump();
        const std::string title = text_field(record, "title");
        const std::string body = text_field(record, "body");
        sqlite3_bind_text(insert, 1, id_text.data(), static_cast<int>(id_text.size()),
                          SQLITE_STATIC);
        sqlite3_bind_text(insert, 2, title.data(), static_cast<int>(title.size()), SQLITE_STATIC);
        sqlite3_bind_text(insert, 3, body.data(), static_cast<int>(body.size()), SQLITE_STATIC);
        if (sqlite3_step(insert) != SQLITE_DONE) fail(db, "insert " + id_text);
        sqlite3_reset(insert);
        ++rows;
      }
    }
    sqlite3_finalize(insert);
    exec(db, "COMMIT");
    sqlite3_close(db);
    fmt::print("scale-fts5-load: {} rows from {} files\n", rows, files.size());
  } catch (const std::exception& e) {
    fmt::print(stderr, "scale-fts5-load: {}\n", e.what());
    sqlite3_close(db);
    return 1;
  }
  return 0;
}
