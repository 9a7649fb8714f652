#include "readers/file_evidence.h"

#include <fmt/format.h>
#include <sys/stat.h>

#include "file_io.h"
#include "readers/record_limits.h"

namespace dateline {

namespace {

bool regular_file(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

}  // namespace

FileEvidence file_evidence(const std::string& path) {
  FileEvidence e;
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0) e.modified = static_cast<std::int64_t>(st.st_mtime);

  const std::string sidecar = path + ".json";
  if (!regular_file(sidecar)) return e;
  e.sidecar_path = sidecar;
  std::string error;
  const auto content = read_whole_file(sidecar, error, limits::max_record_bytes);
  if (!content) {
    e.sidecar_problems.push_back(
        {1, "cannot read the sidecar (ignored): " + error, Problem::Kind::warning});
    return e;
  }
  e.sidecar = parse_sidecar(*content, e.sidecar_problems);
  return e;
}

std::optional<std::string> sidecar_owner(const std::string& path) {
  auto owner = sidecar_subject(path);
  if (owner && regular_file(*owner)) return owner;
  return std::nullopt;
}

ArticleFileEvidence article_file_evidence(Format format, const std::string& path) {
  ArticleFileEvidence out;
  if (one_article_per_file(format)) {
    FileEvidence fe = file_evidence(path);
    out.file_time = fe.modified;
    for (const auto& p : fe.sidecar_problems)
      out.warnings.push_back(
          {fmt::format("{}:{}: warning: {}", fe.sidecar_path, p.line, p.reason), true});
    out.sidecar = std::move(fe.sidecar);
  } else if (regular_file(path + ".json")) {
    out.warnings.push_back(
        {fmt::format("{}.json:1: warning: sidecar ignored: {} holds many articles", path, path),
         false});
  }
  return out;
}

}  // namespace dateline
