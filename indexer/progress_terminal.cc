#include "progress_terminal.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdlib>
#include <utility>

namespace dateline {

// No colour and no escape sequences: a carriage return and spaces redraw the line on any
// terminal (TERM=dumb and serial consoles too), and NO_COLOR has nothing to switch off.

TerminalProgress::TerminalProgress(std::FILE* out, std::function<std::size_t()> columns,
                                   ProgressClock clock)
    : out_(out), columns_(std::move(columns)), clock_(std::move(clock)) {}

void TerminalProgress::update(const ProgressUpdate& update) {
  if (done_) return;
  const double now = clock_();
  if (drawn_once_ && now - last_draw_ < redraw_interval) return;
  drawn_once_ = true;
  last_draw_ = now;
  const ProgressSample since = window_.add(update, now);
  draw(progress_bar(update, progress_rates(update, since, now), columns_()));
}

void TerminalProgress::done() {
  if (done_) return;
  clear();
  done_ = true;
  last_text_.clear();
  std::fflush(out_);
}

void TerminalProgress::message(std::string_view line) {
  clear();
  std::fwrite(line.data(), 1, line.size(), out_);
  std::fputc('\n', out_);
  if (!done_ && !last_text_.empty()) {
    draw(last_text_);
  } else {
    std::fflush(out_);
  }
}

void TerminalProgress::draw(const std::string& text) {
  std::string line = "\r" + text;
  std::size_t length = 0;
  for (const char c : text) length += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  // Blank what a longer previous line left behind.
  if (on_screen_ > length) line += std::string(on_screen_ - length, ' ');
  std::fwrite(line.data(), 1, line.size(), out_);
  std::fflush(out_);
  on_screen_ = length;
  last_text_ = text;
}

void TerminalProgress::clear() {
  if (on_screen_ == 0) return;
  const std::string blank = "\r" + std::string(on_screen_, ' ') + "\r";
  std::fwrite(blank.data(), 1, blank.size(), out_);
  on_screen_ = 0;
}

std::size_t terminal_columns(int fd) {
  winsize ws{};
  if (ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  if (const char* env = std::getenv("COLUMNS"); env != nullptr) {
    char* end = nullptr;
    const long n = std::strtol(env, &end, 10);
    if (end != env && *end == '\0' && n > 0 && n < 10000) return static_cast<std::size_t>(n);
  }
  return 80;
}

}  // namespace dateline
