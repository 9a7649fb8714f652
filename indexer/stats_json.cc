#include "stats_json.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <system_error>

#include "dates.h"

namespace dateline {

namespace {

[[noreturn]] void fail(const std::string& what, int error) {
  throw std::system_error(error, std::generic_category(), what);
}

// Closes on every path out, so that a failed write leaves no descriptor behind.
struct Fd {
  int fd;
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
};

}  // namespace

nlohmann::json stats_json(const IndexSummary& s, const RunRecord& run) {
  nlohmann::json j;
  j["files_read"] = s.files_read;
  j["files_skipped"] = s.files_skipped;
  j["files_failed"] = s.files_failed;
  j["files_unchanged"] = s.files_unchanged;
  j["indexed"] = s.indexed;
  j["added"] = s.added;
  j["replaced"] = s.replaced;
  j["deleted"] = s.deleted;
  j["duplicates"] = s.duplicates;
  j["warnings"] = s.warnings;
  j["rejected"] = s.rejected;
  j["undated"] = s.undated;
  j["dated_by_option"] = s.dated_by_option;
  j["dated_by_dateline"] = s.dated_by_dateline;
  j["dated_by_text"] = s.dated_by_text;
  j["dated_by_crawl"] = s.dated_by_crawl;
  j["dated_by_file_time"] = s.dated_by_file_time;
  j["interrupted"] = s.interrupted;
  j["published"] = s.published.empty() ? nlohmann::json(nullptr) : nlohmann::json(s.published);
  if (run.error.empty()) {
    j["documents"] = s.documents;
  } else {
    j["documents"] = run.documents_after_failure ? nlohmann::json(*run.documents_after_failure)
                                                 : nlohmann::json(nullptr);
  }
  j["seconds"] = s.seconds;
  j["exit_code"] = run.exit_code;
  j["started"] = format_iso8601(run.started, DatePrecision::second);
  j["finished"] = format_iso8601(run.finished, DatePrecision::second);
  j["db"] = run.db;
  j["error"] = run.error.empty() ? nlohmann::json(nullptr) : nlohmann::json(run.error);
  return j;
}

void write_file_atomically(const std::string& path, std::string_view text) {
  const std::string tmp = path + ".tmp";
  try {
    Fd out{::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644)};
    if (out.fd < 0) fail(tmp, errno);
    while (!text.empty()) {
      const ssize_t n = ::write(out.fd, text.data(), text.size());
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) fail(tmp, errno);
      text.remove_prefix(static_cast<std::size_t>(n));
    }
    // Without it, a crash after the rename can leave PATH empty on ext4 and XFS.
    if (::fsync(out.fd) != 0) fail(tmp, errno);
    const int fd = out.fd;
    out.fd = -1;
    if (::close(fd) != 0) fail(tmp, errno);
  } catch (...) {
    ::unlink(tmp.c_str());  // a half-written PATH.tmp would only puzzle whoever finds it
    throw;
  }
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    const int error = errno;
    ::unlink(tmp.c_str());
    fail(path, error);
  }
  // The rename itself is durable once the folder is synced; failing that is not worth an
  // error, since the file is complete either way.
  const auto dir = std::filesystem::path(path).parent_path();
  Fd folder{::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)};
  if (folder.fd >= 0) ::fsync(folder.fd);
}

void write_stats_file(const std::string& path, const IndexSummary& summary, const RunRecord& run) {
  const std::string text =
      stats_json(summary, run).dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
  write_file_atomically(path, text + "\n");
}

}  // namespace dateline
