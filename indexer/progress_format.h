// The words and figures of progress reporting, as pure functions of a ProgressUpdate and the
// time it is shown at, so that the terminal bar and the cron lines say the same things and
// tests can check them without a terminal or a clock.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <optional>
#include <string>

#include "progress.h"

namespace dateline {

// A point of the run: how far it had got, when (seconds since the run started).
struct ProgressSample {
  double seconds = 0;
  std::uint64_t bytes = 0;
  std::size_t articles = 0;
};

struct ProgressRates {
  double articles_per_second = 0;
  double bytes_per_second = 0;
  std::optional<double> eta_seconds;  // unknown until some bytes were done
};

// Rates from `since` to `update`, shown at `now` (seconds since the run started; the update
// may be older than that, and a run that has stalled since is slower than its last update).
// The ETA is the bytes left at the byte rate: bytes are the one measure known in advance.
ProgressRates progress_rates(const ProgressUpdate& update, const ProgressSample& since, double now);

// 0-100, from bytes (files when no sizes are known); never more than 100.
int percent_done(const ProgressUpdate& update);

// "512 B", "14.2 kB", "27.9 MB", "1.3 GB" (decimal units, as df -H and disk labels count).
std::string human_bytes(std::uint64_t bytes);
// "0:18", "12:05", "1:02:03".
std::string clock_duration(double seconds);
// "640", "12", "2.5": whole numbers once a rate is large enough for decimals to be noise.
std::string human_rate(double per_second);

// The cron form: "dateline-index: progress: 12/22 files, 11523 articles, 14.2 MB of 27.9 MB
// (51%), 640 articles/s, 1.1 MB/s, eta 0:18".
std::string progress_line(const ProgressUpdate& update, const ProgressRates& rates);

// The terminal form, at most `width` characters (code points) so that it never wraps and a
// carriage return redraws it in place: "[=====>    ]   51%  11523 articles 640/s  1.1 MB/s
// eta 0:18  reut2-012.sgm". A narrow terminal loses the file's name first, then the byte rate
// and the articles, then the bar; the percentage and the ETA stay.
std::string progress_bar(const ProgressUpdate& update, const ProgressRates& rates,
                         std::size_t width);

// Seconds since some fixed start; injected so that tests can play the clock.
using ProgressClock = std::function<double()>;
// std::chrono::steady_clock, from the moment this is called.
ProgressClock steady_progress_clock();

// Recent samples, so the rates shown are those of the last `span` seconds: an incremental run
// skips its unchanged files in no time, and the rate over the whole run would promise an ETA
// the files still to read cannot keep.
class RateWindow {
 public:
  explicit RateWindow(double span_seconds) : span_(span_seconds) {}
  // Records `update` as seen at `now` and returns the sample to measure rates from: the
  // newest one at least `span` old, else the run's start.
  ProgressSample add(const ProgressUpdate& update, double now);

 private:
  double span_;
  std::deque<ProgressSample> samples_;
};

}  // namespace dateline
