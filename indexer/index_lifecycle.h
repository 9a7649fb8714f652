// The database's lifecycle on disk: one writer at a time (a lock file), and full rebuilds
// built aside and published with one rename(2), so a reader sees the old index or the new
// one, never a mix.
//
//   DB                 a symlink to the generation serving readers (or, before the first
//                      --rebuild, a plain database directory)
//   DB.lock            flock(2)ed by the running indexer; the kernel drops it if it dies
//   DB.generations/    gen-<UTC time>-<pid>/ directories, compacted
#pragma once

#include <chrono>
#include <string>

#include "pipeline.h"

namespace dateline {

// Holds DB.lock for its lifetime. Throws LockedError at once when another indexer holds it.
class IndexLock {
 public:
  explicit IndexLock(const std::string& db_path);
  ~IndexLock();
  IndexLock(const IndexLock&) = delete;
  IndexLock& operator=(const IndexLock&) = delete;

 private:
  int fd_ = -1;
};

struct Generation {
  std::string building;  // where the indexer writes
  std::string final;     // the compacted copy readers will open
};

// A fresh, empty place for a new generation of `db_path`.
Generation new_generation(const std::string& db_path);

// Checks the built generation (opens, holds dateline's schema, `expected_documents`
// documents), compacts it into place, and swaps `db_path` to it atomically. Returns the path
// now published. Throws DatabaseError (nothing published) when a check fails.
std::string publish_generation(const std::string& db_path, const Generation& generation,
                               std::size_t expected_documents);

// Removes generations no reader has been sent to for `grace` (the current one never).
void remove_old_generations(const std::string& db_path, std::chrono::seconds grace,
                            const DiagnosticSink& diagnostics);

}  // namespace dateline
