// What the pipeline tells whoever watches it: progress while it runs. The renderers (a bar on
// a terminal, periodic lines for cron) live in progress_*.cc; the pipeline knows only this.
#pragma once

#include <cstdint>
#include <string>

namespace dateline {

struct ProgressUpdate {
  std::size_t files_done = 0;
  std::size_t files_total = 0;
  std::uint64_t bytes_done = 0;   // of the files processed (read or skipped as unchanged)
  std::uint64_t bytes_total = 0;  // of every file named by the SOURCEs
  std::size_t articles = 0;       // articles written so far
  double seconds = 0;             // since the run started
  std::string current_file;
};

class ProgressReporter {
 public:
  virtual ~ProgressReporter() = default;
  // Called often (after every file and every few hundred articles); rate-limit inside.
  virtual void update(const ProgressUpdate& update) = 0;
  // The run is over (normally, interrupted or failed): clear the bar, flush.
  virtual void done() = 0;
};

}  // namespace dateline
