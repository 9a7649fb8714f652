#include "publish.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <stdio.h>
#include <sys/file.h>
#include <unistd.h>
#include <xapian.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>

#include "errors.h"
#include "schema.h"

namespace dateline {

namespace fs = std::filesystem;

namespace {

std::string generations_dir(const std::string& db_path) { return db_path + ".generations"; }

}  // namespace

std::string utc_stamp() {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y%m%dT%H%M%SZ", &tm);
  return buf;
}

IndexLock::IndexLock(const std::string& db_path) {
  const fs::path lock = db_path + ".lock";
  std::error_code ec;
  if (lock.has_parent_path()) fs::create_directories(lock.parent_path(), ec);
  fd_ = ::open(lock.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd_ < 0)
    throw DatabaseError(
        fmt::format("{}: cannot open the lock file: {}", lock.string(), std::strerror(errno)));
  if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
    const int err = errno;
    ::close(fd_);
    fd_ = -1;
    if (err == EWOULDBLOCK) {
      throw LockedError(fmt::format(
          "{}: another dateline-index is running on this database; try again later", db_path));
    }
    throw DatabaseError(fmt::format("{}: cannot lock: {}", lock.string(), std::strerror(err)));
  }
  // For a human looking at the file: who holds it.
  const std::string pid = std::to_string(::getpid()) + "\n";
  if (::ftruncate(fd_, 0) == 0 && ::write(fd_, pid.data(), pid.size()) < 0) {
    // Only informative; the lock itself is the flock.
  }
}

IndexLock::~IndexLock() {
  if (fd_ >= 0) ::close(fd_);  // releases the flock
}

Generation new_generation(const std::string& db_path) {
  const fs::path dir = fs::absolute(generations_dir(db_path));
  fs::create_directories(dir);
  const std::string name = fmt::format("gen-{}-{}", utc_stamp(), ::getpid());
  Generation g{(dir / (name + ".building")).string(), (dir / name).string()};
  fs::remove_all(g.building);
  fs::remove_all(g.final);
  return g;
}

std::string publish_generation(const std::string& db_path, const Generation& generation,
                               std::size_t expected_documents) {
  try {
    Xapian::Database built(generation.building);
    if (built.get_metadata(std::string(schema::version_key)) != schema::version)
      throw DatabaseError(fmt::format("{}: the new generation lacks dateline's schema version",
                                      generation.building));
    if (built.get_doccount() != expected_documents)
      throw DatabaseError(fmt::format("{}: the new generation holds {} documents, expected {}",
                                      generation.building, built.get_doccount(),
                                      expected_documents));
    built.compact(generation.final);
    Xapian::Database compacted(generation.final);
    if (compacted.get_doccount() != expected_documents)
      throw DatabaseError(fmt::format("{}: compaction lost documents", generation.final));
  } catch (const Xapian::Error& e) {
    throw DatabaseError(fmt::format("{}: cannot check the new generation: {}", generation.building,
                                    e.get_description()));
  }
  fs::remove_all(generation.building);

  // Swap: a new symlink renamed over DB. rename(2) is atomic for a symlink or file at DB; a
  // plain database directory there (from incremental runs before any --rebuild) is exchanged
  // with renameat2(RENAME_EXCHANGE), atomic as well, then kept as an old generation.
  const std::string tmp = db_path + ".publishing";
  fs::remove(tmp);
  fs::create_symlink(generation.final, tmp);
  std::error_code ec;
  const auto status = fs::symlink_status(db_path, ec);
  const fs::path previous = fs::is_symlink(status) ? fs::read_symlink(db_path, ec) : fs::path();
  if (!ec && fs::is_directory(status)) {
    if (::renameat2(AT_FDCWD, tmp.c_str(), AT_FDCWD, db_path.c_str(), RENAME_EXCHANGE) != 0)
      throw DatabaseError(
          fmt::format("{}: cannot swap in the new generation: {}", db_path, std::strerror(errno)));
    const fs::path old = fs::path(generations_dir(db_path)) /
                         fmt::format("gen-replaced-{}-{}", utc_stamp(), ::getpid());
    fs::rename(tmp, old);  // the former database directory, now out of readers' way
    fs::last_write_time(old, fs::file_time_type::clock::now(), ec);
  } else if (::rename(tmp.c_str(), db_path.c_str()) != 0) {
    throw DatabaseError(
        fmt::format("{}: cannot publish the new generation: {}", db_path, std::strerror(errno)));
  }
  // The previous generation stops being served now: its grace period starts now.
  if (!previous.empty()) fs::last_write_time(previous, fs::file_time_type::clock::now(), ec);
  return generation.final;
}

void remove_old_generations(const std::string& db_path, std::chrono::seconds grace,
                            const DiagnosticSink& diagnostics) {
  const fs::path dir = generations_dir(db_path);
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return;
  const fs::path current = fs::weakly_canonical(db_path, ec);
  const auto now = fs::file_time_type::clock::now();
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (!entry.is_directory()) continue;
    if (fs::weakly_canonical(entry.path(), ec) == current) continue;
    // A ".building" left by a rebuild that died goes the same way: our caller holds the lock,
    // so no indexer is writing it.
    const auto age = now - fs::last_write_time(entry.path(), ec);
    if (ec || age < grace) continue;
    fs::remove_all(entry.path(), ec);
    if (ec)
      diagnostics(fmt::format("{}: warning: cannot remove an old generation: {}",
                              entry.path().string(), ec.message()));
  }
}

std::chrono::seconds generation_grace() {
  if (const char* s = std::getenv("DATELINE_GENERATION_GRACE"); s != nullptr && *s != '\0')
    return std::chrono::seconds(std::strtol(s, nullptr, 10));
  return std::chrono::hours(1);
}

Publication::Publication(const std::string& db_path, bool rebuild)
    : db_path_(db_path), lock_(db_path) {
  if (rebuild) generation_ = new_generation(db_path);
}

std::string Publication::finish(std::size_t documents, bool interrupted,
                                const DiagnosticSink& diagnostics) {
  std::string published;
  if (generation_) {
    if (interrupted) {
      diagnostics(fmt::format("{}: rebuild interrupted; the published database is unchanged",
                              generation_->building));
    } else {
      published = publish_generation(db_path_, *generation_, documents);
    }
  }
  remove_old_generations(db_path_, generation_grace(), diagnostics);
  return published;
}

}  // namespace dateline
