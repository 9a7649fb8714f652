#include "file_evidence.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

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
  std::ifstream in(sidecar, std::ios::binary);
  if (!in) {
    e.sidecar_problems.push_back(
        {1, std::string("cannot read the sidecar (ignored): ") + std::strerror(errno), Problem::Kind::warning});
    return e;
  }
  std::ostringstream content;
  content << in.rdbuf();
  e.sidecar = parse_sidecar(content.str(), e.sidecar_problems);
  return e;
}

std::optional<std::string> sidecar_owner(const std::string& path) {
  auto owner = sidecar_subject(path);
  if (owner && regular_file(*owner)) return owner;
  return std::nullopt;
}

}  // namespace dateline
