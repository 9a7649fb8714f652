// Progress where nobody watches a terminal (cron, systemd): one plain line every so many
// seconds, which a log keeps and a person reading it later can follow; nothing else.
#pragma once

#include <cstdio>

#include "progress.h"
#include "progress_format.h"

namespace dateline {

class LinesProgress final : public ProgressReporter {
 public:
  static constexpr double default_interval = 30;

  LinesProgress(std::FILE* out, double interval_seconds,
                ProgressClock clock = steady_progress_clock());

  // A line when `interval` seconds have passed since the last one (or the start): a run
  // shorter than that prints none, and its summary says it all.
  void update(const ProgressUpdate& update) override;
  void done() override;

 private:
  std::FILE* out_;
  double interval_;
  ProgressClock clock_;
  double last_line_ = 0;
  ProgressSample last_sample_;  // rates are those since the previous line
};

}  // namespace dateline
