// --stats-json: the run's summary as one JSON object, for monitoring (the fields are tabled in
// README.md), and the atomic write that lets a monitor read it while a run replaces it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "pipeline.h"

namespace dateline {

// What the JSON tells beyond IndexSummary.
struct RunRecord {
  std::string db;            // the database path, resolved
  std::int64_t started = 0;  // Unix seconds
  std::int64_t finished = 0;
  int exit_code = 0;
  std::string error;  // what stopped the run (locked, database failure); empty if none
  // When the run failed: the documents the live database still holds, as searchers see it
  // (nullopt when it cannot be opened). A failed run must not report an archive as empty.
  std::optional<std::size_t> documents_after_failure;
};

// Every IndexSummary field under its own name, plus exit_code, started and finished (ISO 8601
// UTC), db and error (null when none); published is null when nothing was published. After a
// failed run, documents is the live database's count (null when it cannot be read).
nlohmann::json stats_json(const IndexSummary& summary, const RunRecord& run);

// Writes PATH.tmp, fsyncs it and renames it over PATH: a reader sees the previous file or this
// one, whole, even after a crash. Throws std::system_error naming the file.
void write_file_atomically(const std::string& path, std::string_view text);

// --stats-json FILE: the summary written atomically. A file name in Latin-1 in an error is
// replaced, not thrown on. Throws std::system_error when FILE cannot be written.
void write_stats_file(const std::string& path, const IndexSummary& summary, const RunRecord& run);

}  // namespace dateline
