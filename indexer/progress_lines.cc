#include "progress_lines.h"

#include <utility>

namespace dateline {

LinesProgress::LinesProgress(std::FILE* out, double interval_seconds, ProgressClock clock)
    : out_(out), interval_(interval_seconds), clock_(std::move(clock)) {}

void LinesProgress::update(const ProgressUpdate& update) {
  const double now = clock_();
  if (now - last_line_ < interval_) return;
  const std::string line = progress_line(update, progress_rates(update, last_sample_, now)) + "\n";
  std::fwrite(line.data(), 1, line.size(), out_);
  // `out` may be buffered (stderr is not, a log FILE* is), and a line waiting in a buffer
  // tells `tail -f` nothing.
  std::fflush(out_);
  last_line_ = now;
  last_sample_ = {now, update.bytes_done, update.articles};
}

void LinesProgress::done() { std::fflush(out_); }

}  // namespace dateline
