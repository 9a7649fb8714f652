// What the indexer remembers of each source file, kept in the database's metadata
// (schema.h: dateline.file.<path>) so that it commits atomically with the documents it
// describes and cannot drift from them as a side file could.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dateline {

struct FileState {
  std::string path;  // canonical
  std::uint64_t size = 0;
  std::int64_t mtime_ns = 0;
  std::uint64_t hash = 0;  // FNV-1a 64 of the content
  // The sidecar (path + ".json") as last seen; zero when there was none.
  std::uint64_t sidecar_size = 0;
  std::int64_t sidecar_mtime_ns = 0;

  // Content and sidecar as last indexed (the hash is set once the file is read).
  bool same_content(const FileState& other) const {
    return hash == other.hash && sidecar_size == other.sidecar_size &&
           sidecar_mtime_ns == other.sidecar_mtime_ns;
  }
  bool same_stat(const FileState& other) const {
    return size == other.size && mtime_ns == other.mtime_ns && sidecar_size == other.sidecar_size &&
           sidecar_mtime_ns == other.sidecar_mtime_ns;
  }
};

// Size and modification times of `path` and its sidecar, or nullopt if it cannot be stat'ed.
std::optional<FileState> stat_file(const std::string& canonical_path);

std::uint64_t content_hash(std::string_view content);

std::optional<FileState> load_file_state(const Xapian::Database& db, const std::string& path);
void store_file_state(Xapian::WritableDatabase& db, const FileState& state);
void erase_file_state(Xapian::WritableDatabase& db, const std::string& path);
// Every file the database has state for.
std::vector<FileState> all_file_states(const Xapian::Database& db);

}  // namespace dateline
