// The write stage: the one thread that holds the writable database. It writes built documents
// in batches, keeps each file's incremental state, deletes what vanished (a file's records no
// longer in it, files no longer there), and keeps the alias table and the spelling data.
// Nothing is committed unless something changed: an unchanged rerun writes nothing.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "alias_writer.h"
#include "analysis.h"
#include "document_builder.h"
#include "file_state.h"
#include "shards.h"

namespace dateline {

class IndexWriter {
 public:
  // Opens (or, `fresh`, creates over) the database at `path`; a new database is marked as
  // dateline's at once. Throws LockedError when Xapian's own lock is held, DatabaseError when
  // the database is foreign, of another schema version, or cannot be opened.
  IndexWriter(const std::string& path, bool fresh, std::size_t batch_size);

  // The state stored for a file at its last indexing, if any.
  std::optional<FileState> file_state(const std::string& canonical_path) const;
  // A file whose content is as last indexed (only its times changed): note the new times.
  void note_unchanged(const FileState& state);

  // Starts writing the articles of a file: its documents as last indexed are remembered, and
  // those it no longer holds are deleted by finish_file().
  void begin_file(const std::string& canonical_path);
  // Writes one document (replacing one of the same id); true when it replaced one.
  bool write(const BuiltDocument& built, const std::vector<PlaceAliases>& aliases);
  // Deletes the file's documents not written since begin_file() and stores `state` (when
  // known). Returns how many documents were deleted.
  std::size_t finish_file(const std::optional<FileState>& state);

  // Files the database has state for that are not in `seen` and lie under one of `roots` (every
  // one, with `everywhere`) lose their documents and their state. Returns the documents deleted.
  std::size_t delete_vanished_files(const std::unordered_set<std::string>& seen,
                                    const std::vector<std::string>& roots, bool everywhere);

  // --shard-by: the shards of every document written or deleted from now on are noted, and
  // committed with the documents as pending publication (shards.h).
  void track_shards(const ShardLayout& layout) { layout_ = layout; }

  // Commits what changed (nothing at all when nothing did), with its spelling data.
  void commit();
  Xapian::doccount documents() const { return db_.get_doccount(); }
  // Closes the database (and Xapian's lock) without committing.
  void close();

 private:
  void changed();
  void touch(const Xapian::Document& document);

  Xapian::WritableDatabase db_;
  std::size_t batch_size_;
  std::size_t pending_ = 0;        // documents written since the last commit
  std::size_t pending_bytes_ = 0;  // and the size of their stored text
  static constexpr std::size_t max_pending_bytes = 16 << 20;
  bool changed_ = false;
  AliasWriter aliases_;
  // word -> occurrences since the last commit, given to Xapian's spelling table at commit.
  std::unordered_map<std::string, Xapian::termcount> spelling_;
  std::vector<Xapian::docid> previous_;        // the current file's documents as last indexed
  std::unordered_set<Xapian::docid> written_;  // and those written this run
  std::optional<ShardLayout> layout_;
  std::set<std::string> touched_;  // shards changed since the last commit
};

// The documents the database at `path` holds as searchers see it, or nullopt when it cannot be
// opened: what a failed run reports instead of its own (empty) count.
std::optional<Xapian::doccount> live_document_count(const std::string& path);

}  // namespace dateline
