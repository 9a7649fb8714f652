// What the filesystem says about an article beyond its content: the file's modification time
// and its sidecar. The readers never look; the pipeline asks here for one-article files.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "reader.h"
#include "sidecar.h"

namespace dateline {

struct FileEvidence {
  std::optional<std::int64_t> modified;  // unix seconds
  std::string sidecar_path;              // "story.txt.json" when it exists, else empty
  std::optional<Sidecar> sidecar;        // nullopt when absent or unusable
  std::vector<Problem> sidecar_problems;  // lines of the sidecar; all warnings
};

FileEvidence file_evidence(const std::string& path);

// The article file `path` is the sidecar of ("story.txt" for "story.txt.json"), when that
// file exists; nullopt when `path` is no sidecar.
std::optional<std::string> sidecar_owner(const std::string& path);

}  // namespace dateline
