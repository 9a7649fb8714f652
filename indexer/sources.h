// The discover stage: the files a run's SOURCEs name, in a stable order, each with what the
// run needs before reading it: its canonical path (the incremental state's key), its size and
// times, and whether it is a sidecar (read with its article, never as one).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "file_state.h"

namespace dateline {

struct SourceEntry {
  std::string path;       // as the user named it, for messages
  std::string canonical;  // absolute, symlinks resolved; empty for a sidecar
  // What identifies the file's articles, whatever folder the archive is moved to: the name of
  // the SOURCE folder it was found under and the path below it ("news/2025/a.txt" for
  // /srv/news/2025/a.txt found under SOURCE /srv/news); a SOURCE that is a file counts as
  // found under its own folder ("inbox/a.txt").
  std::string identity;
  std::uint64_t bytes = 0;
  std::optional<FileState>
      stat;  // size and times of the file and its sidecar; nullopt: cannot stat
  // A sidecar ("story.txt.json" beside "story.txt") is not read on its own. `skip_reason` is
  // set when its article is not in this run, which is worth telling the user, and for a SOURCE
  // that is no regular file (a device, a FIFO), which is never read.
  bool sidecar = false;
  std::optional<std::string> skip_reason;
  // "-": standard input, read once and kept in no incremental state; `path` and `identity` are
  // the name the run gives it (--stdin-name).
  bool standard_input = false;
};

struct Sources {
  std::vector<SourceEntry> files;
  std::uint64_t bytes_total = 0;
};

// The files a SOURCE names, in a stable order; hidden files and folders are left out. Throws
// std::runtime_error for a SOURCE that does not exist or a folder that cannot be walked.
std::vector<std::string> expand_sources(const std::vector<std::string>& sources);

// expand_sources(), each file looked at once; a SOURCE "-" is standard input, named
// `stdin_name` in messages and ids.
Sources discover_sources(const std::vector<std::string>& sources,
                         const std::string& stdin_name = "stdin");

// The canonical paths of the SOURCEs themselves ("-" left out): files under them that vanished
// lose their articles.
std::vector<std::string> source_roots(const std::vector<std::string>& sources);

}  // namespace dateline
