// Progress on a terminal: one line redrawn in place with a carriage return (a bar, percent of
// bytes, articles/s, bytes/s, ETA, the file being read), cleared when the run is over.
#pragma once

#include <cstdio>
#include <functional>
#include <string>
#include <string_view>

#include "progress.h"
#include "progress_format.h"

namespace dateline {

class TerminalProgress final : public ProgressReporter {
 public:
  // `columns` is asked before every redraw, so a resized window gets a bar that fits.
  TerminalProgress(std::FILE* out, std::function<std::size_t()> columns,
                   ProgressClock clock = steady_progress_clock());
  TerminalProgress(const TerminalProgress&) = delete;
  TerminalProgress& operator=(const TerminalProgress&) = delete;

  void update(const ProgressUpdate& update) override;
  void done() override;
  // A diagnostic line printed above the bar, so that it never lands on the bar's remains.
  void message(std::string_view line);

  // Redraws this far apart at most: faster is flicker, and costs the pipeline a write.
  static constexpr double redraw_interval = 0.1;
  // Rates are measured over this much of the recent past.
  static constexpr double rate_span = 10;

 private:
  void draw(const std::string& text);
  void clear();

  std::FILE* out_;
  std::function<std::size_t()> columns_;
  ProgressClock clock_;
  RateWindow window_{rate_span};
  double last_draw_ = 0;
  bool drawn_once_ = false;
  std::size_t on_screen_ = 0;  // length of the line the terminal shows now (0: none)
  std::string last_text_;
  bool done_ = false;
};

// The columns of the terminal on `fd`, else $COLUMNS, else 80.
std::size_t terminal_columns(int fd);

}  // namespace dateline
