// The publish stage: the database's lifecycle on disk: one writer at a time (a lock file), and full
// rebuilds built aside and published with one rename(2), so a reader sees the old index or the new
// one, never a mix.
//
//   DB                 a symlink to the generation serving readers (or, before the first
//                      --rebuild, a plain database directory)
//   DB.lock            flock(2)ed by the running indexer; the kernel drops it if it dies
//   DB.generations/    gen-<UTC time>-<pid>/ directories, compacted
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "diagnostics.h"

namespace dateline {

// The time now in UTC as generation names carry it: 20261203T070513Z.
std::string utc_stamp();

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

// How long a superseded generation is kept for readers still on it: $DATELINE_GENERATION_GRACE
// seconds, else an hour.
std::chrono::seconds generation_grace();

// The publish stage of one run: it holds the lock for the run's lifetime and knows where the
// writer writes: the database itself, or with --rebuild a new generation beside it.
class Publication {
 public:
  // Takes the lock (LockedError when another indexer holds it), then makes room for a
  // generation when `rebuild`.
  Publication(const std::string& db_path, bool rebuild);

  const std::string& target() const { return generation_ ? generation_->building : db_path_; }

  // Once the writer has closed the database: publishes a rebuild that was not interrupted
  // (returns the generation now serving readers, else empty) and removes old generations.
  std::string finish(std::size_t documents, bool interrupted, const DiagnosticSink& diagnostics);

 private:
  std::string db_path_;
  IndexLock lock_;
  std::optional<Generation> generation_;
};

}  // namespace dateline
