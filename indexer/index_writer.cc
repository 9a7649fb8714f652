#include "index_writer.h"

#include <fmt/format.h>

#include <filesystem>

#include "errors.h"
#include "schema.h"
#include "text.h"

namespace dateline {

namespace fs = std::filesystem;

namespace {

Xapian::WritableDatabase open_writable(const std::string& path, bool fresh) {
  try {
    fs::create_directories(fs::path(path).parent_path().empty() ? fs::path(".")
                                                                : fs::path(path).parent_path());
    Xapian::WritableDatabase db(path,
                                fresh ? Xapian::DB_CREATE_OR_OVERWRITE : Xapian::DB_CREATE_OR_OPEN);
    const std::string version = db.get_metadata(std::string(schema::version_key));
    if (version.empty() && db.get_doccount() > 0) {
      throw DatabaseError(fmt::format("{}: is a Xapian database, but not dateline's", path));
    }
    if (!version.empty() && version != schema::version) {
      throw DatabaseError(
          fmt::format("{}: built with schema version {}, this dateline writes {} "
                      "(index into a new database)",
                      path, version, schema::version));
    }
    // Only a new database is written to here: an unchanged rerun must write nothing.
    if (version.empty()) {
      // Mark a new database as dateline's at once: an indexer killed before its first batch
      // must leave a database the searcher opens (empty), not a foreign one.
      db.set_metadata(std::string(schema::version_key), std::string(schema::version));
      db.commit();
    }
    return db;
  } catch (const Xapian::DatabaseLockError& e) {
    // Xapian says "lock" also when it cannot create its lock file (a read-only or foreign
    // folder): that needs a sysadmin, not a retry. Only a lock another writer holds is 75.
    if (e.get_msg().find("already locked") != std::string::npos)
      throw LockedError(
          fmt::format("{}: another process is writing to this database; try again later", path));
    throw DatabaseError(fmt::format(
        "{}: cannot open for writing: {}{}", path, e.get_msg(),
        e.get_error_string() ? std::string(": ") + e.get_error_string() : std::string()));
  } catch (const Xapian::Error& e) {
    throw DatabaseError(fmt::format("{}: cannot open for writing: {}", path, e.get_msg()));
  } catch (const fs::filesystem_error& e) {
    throw DatabaseError(fmt::format("{}: {}", path, e.code().message()));
  }
}

bool under(const std::string& path, const std::vector<std::string>& roots) {
  for (const auto& r : roots) {
    if (path == r) return true;
    if (path.size() > r.size() && path.compare(0, r.size(), r) == 0 &&
        (r.back() == '/' || path[r.size()] == '/'))
      return true;
  }
  return false;
}

}  // namespace

IndexWriter::IndexWriter(const std::string& path, bool fresh, std::size_t batch_size)
    : db_(open_writable(path, fresh)), batch_size_(batch_size), changed_(fresh) {}

std::optional<FileState> IndexWriter::file_state(const std::string& canonical_path) const {
  return load_file_state(db_, canonical_path);
}

void IndexWriter::changed() { changed_ = true; }

void IndexWriter::touch(const Xapian::Document& document) {
  if (layout_) touched_.insert(shard_key(document, *layout_));
}

void IndexWriter::note_unchanged(const FileState& state) {
  store_file_state(db_, state);
  changed();
}

void IndexWriter::begin_file(const std::string& canonical_path) {
  previous_.clear();
  written_.clear();
  const std::string term = make_term(schema::prefix::source_file, canonical_path);
  for (auto it = db_.postlist_begin(term); it != db_.postlist_end(term); ++it)
    previous_.push_back(*it);
}

bool IndexWriter::write(const BuiltDocument& built, const std::vector<PlaceAliases>& aliases) {
  // A new id (every one, on a fresh build) is added: replace_document() would look it up again.
  const bool existed = db_.term_exists(built.id_term);
  if (layout_) {
    // A file that changed is written again whole: only its records that changed (another text,
    // title, date...: all of it is in the data) change their shard, and the shard they were in
    // (a story whose date was corrected moves).
    const Xapian::Document old =
        existed ? db_.get_document(*db_.postlist_begin(built.id_term)) : Xapian::Document();
    if (!existed || old.get_data() != built.document.get_data()) {
      touch(built.document);
      if (existed) touch(old);
    }
  }
  written_.insert(existed ? db_.replace_document(built.id_term, built.document)
                          : db_.add_document(built.document));
  for (const auto& [word, occurrences] : built.spelling) spelling_[word] += occurrences;
  for (const auto& a : aliases) aliases_.add(a, db_);
  changed();
  pending_bytes_ += built.data_bytes;
  // Xapian holds a batch's postings in memory until the commit: a byte budget beside the
  // document count keeps the peak flat when the articles are long.
  if (++pending_ >= batch_size_ || pending_bytes_ >= max_pending_bytes) {
    commit();
    pending_ = 0;
    pending_bytes_ = 0;
  }
  return existed;
}

std::size_t IndexWriter::finish_file(const std::optional<FileState>& state) {
  std::size_t deleted = 0;
  for (const Xapian::docid id : previous_) {
    if (written_.contains(id)) continue;
    if (layout_) touch(db_.get_document(id));
    db_.delete_document(id);
    ++deleted;
    changed();
  }
  if (state) {
    store_file_state(db_, *state);
    changed();
  }
  previous_.clear();
  written_.clear();
  return deleted;
}

std::size_t IndexWriter::delete_vanished_files(const std::unordered_set<std::string>& seen,
                                               const std::vector<std::string>& roots,
                                               bool everywhere) {
  std::size_t deleted = 0;
  for (const auto& state : all_file_states(db_)) {
    if (seen.contains(state.path)) continue;
    if (!everywhere && !under(state.path, roots)) continue;
    const std::string term = make_term(schema::prefix::source_file, state.path);
    deleted += db_.get_termfreq(term);
    if (layout_) {
      for (auto it = db_.postlist_begin(term); it != db_.postlist_end(term); ++it)
        touch(db_.get_document(*it));
    }
    db_.delete_document(term);
    erase_file_state(db_, state.path);
    changed();
  }
  return deleted;
}

void IndexWriter::commit() {
  if (!changed_) return;
  for (const auto& [word, occurrences] : spelling_) db_.add_spelling(word, occurrences);
  spelling_.clear();
  if (!touched_.empty()) {
    // Pending until publish_shards() has written them: a run that stops before leaves them
    // to the next.
    const std::string key(shards_pending_key);
    std::string pending = db_.get_metadata(key);
    for (const auto& shard : touched_) {
      if ((" " + pending + " ").find(" " + shard + " ") == std::string::npos)
        pending += (pending.empty() ? "" : " ") + shard;
    }
    db_.set_metadata(key, pending);
    touched_.clear();
  }
  db_.commit();
}

void IndexWriter::close() { db_.close(); }

std::optional<Xapian::doccount> live_document_count(const std::string& path) {
  try {
    return Xapian::Database(path).get_doccount();
  } catch (const Xapian::Error&) {
    return std::nullopt;
  }
}

}  // namespace dateline
