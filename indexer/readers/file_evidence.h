// What the filesystem says about an article beyond its content: the file's modification time
// and its sidecar. The readers never look; the run asks here for one-article files.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "readers/reader.h"
#include "readers/sidecar.h"

namespace dateline {

struct FileEvidence {
  std::optional<std::int64_t> modified;   // unix seconds
  std::string sidecar_path;               // "story.txt.json" when it exists, else empty
  std::optional<Sidecar> sidecar;         // nullopt when absent or unusable
  std::vector<Problem> sidecar_problems;  // lines of the sidecar; all warnings
};

FileEvidence file_evidence(const std::string& path);

// The article file `path` is the sidecar of ("story.txt" for "story.txt.json"), when that
// file exists; nullopt when `path` is no sidecar.
std::optional<std::string> sidecar_owner(const std::string& path);

// A diagnostic line about a file's evidence; `counted` ones count as records repaired with a
// warning in the run's summary.
struct EvidenceWarning {
  std::string text;
  bool counted = true;
};

// The evidence of a file of `format` for its articles: a one-article file's modification time
// and sidecar speak for its article; an archive's records date each other, and a sidecar
// beside an archive is ignored with a warning.
struct ArticleFileEvidence {
  std::optional<std::int64_t> file_time;
  std::optional<Sidecar> sidecar;
  std::vector<EvidenceWarning> warnings;
};

ArticleFileEvidence article_file_evidence(Format format, const std::string& path);

}  // namespace dateline
