#include "progress_format.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <string_view>

namespace dateline {

namespace {

// Code points, which is what a terminal advances by for every script this corpus holds (CJK
// wide characters would count twice; a file name in Chinese merely leaves the bar short).
std::size_t display_length(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(
      s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// The last `n` code points of `s`, "..." standing for what was cut: the end of a file name
// is what tells files apart (reut2-011.sgm, reut2-012.sgm).
std::string tail_to_fit(std::string_view s, std::size_t n) {
  if (display_length(s) <= n) return std::string(s);
  if (n <= 3) return std::string(n, '.');
  std::size_t keep = n - 3;
  std::size_t start = s.size();
  while (start > 0 && keep > 0) {
    --start;
    if ((static_cast<unsigned char>(s[start]) & 0xC0) != 0x80) --keep;
  }
  return "..." + std::string(s.substr(start));
}

// A file name may hold anything but '/' and NUL: a stray escape or newline in one must not
// move the cursor or break the line the bar redraws.
std::string printable_basename(std::string_view path) {
  const auto slash = path.find_last_of('/');
  if (slash != std::string_view::npos && slash + 1 < path.size()) path.remove_prefix(slash + 1);
  std::string out;
  out.reserve(path.size());
  for (const char c : path) {
    const auto u = static_cast<unsigned char>(c);
    out += (u < 0x20 || u == 0x7F) ? '?' : c;
  }
  return out;
}

std::string eta_text(const ProgressRates& rates) {
  return rates.eta_seconds ? "eta " + clock_duration(*rates.eta_seconds) : "eta unknown";
}

std::string bytes_rate_text(const ProgressRates& rates) {
  return human_bytes(
             static_cast<std::uint64_t>(std::llround(std::max(0.0, rates.bytes_per_second)))) +
         "/s";
}

}  // namespace

ProgressRates progress_rates(const ProgressUpdate& update, const ProgressSample& since,
                             double now) {
  ProgressRates rates;
  const double elapsed = std::max(now, update.seconds) - since.seconds;
  if (elapsed > 0) {
    const auto bytes = update.bytes_done > since.bytes ? update.bytes_done - since.bytes : 0;
    const auto articles = update.articles > since.articles ? update.articles - since.articles : 0;
    rates.bytes_per_second = static_cast<double>(bytes) / elapsed;
    rates.articles_per_second = static_cast<double>(articles) / elapsed;
  }
  if (update.bytes_total > 0 && update.bytes_done >= update.bytes_total) {
    rates.eta_seconds = 0.0;
  } else if (update.bytes_total > 0 && rates.bytes_per_second > 0) {
    rates.eta_seconds =
        static_cast<double>(update.bytes_total - update.bytes_done) / rates.bytes_per_second;
  }
  return rates;
}

int percent_done(const ProgressUpdate& update) {
  std::uint64_t done = update.bytes_done;
  std::uint64_t total = update.bytes_total;
  if (total == 0) {
    done = update.files_done;
    total = update.files_total;
  }
  if (total == 0) return 0;
  // Floor, not round: "100%" while the last file is still being read would be a lie.
  return static_cast<int>(std::min<std::uint64_t>(
      100, static_cast<std::uint64_t>(static_cast<long double>(done) * 100 / total)));
}

std::string human_bytes(std::uint64_t bytes) {
  if (bytes < 1000) return fmt::format("{} B", bytes);
  static constexpr std::array<const char*, 6> units{"kB", "MB", "GB", "TB", "PB", "EB"};
  double value = static_cast<double>(bytes) / 1000;
  std::size_t unit = 0;
  // 999.96 kB would print as "1000.0 kB": move up a unit before rounding gets there.
  while (value >= 999.95 && unit + 1 < units.size()) {
    value /= 1000;
    ++unit;
  }
  return fmt::format("{:.1f} {}", value, units[unit]);
}

std::string clock_duration(double seconds) {
  if (!std::isfinite(seconds) || seconds > 1e9) return "--:--";
  const auto total = static_cast<long long>(std::llround(std::max(0.0, seconds)));
  const long long h = total / 3600;
  const long long m = total / 60 % 60;
  const long long s = total % 60;
  return h > 0 ? fmt::format("{}:{:02}:{:02}", h, m, s) : fmt::format("{}:{:02}", m, s);
}

std::string human_rate(double per_second) {
  if (!std::isfinite(per_second) || per_second < 0) per_second = 0;
  return per_second < 10 ? fmt::format("{:.1f}", per_second) : fmt::format("{:.0f}", per_second);
}

std::string progress_line(const ProgressUpdate& update, const ProgressRates& rates) {
  return fmt::format(
      "dateline-index: progress: {}/{} files, {} articles, {} of {} ({}%), {} articles/s, {}, {}",
      update.files_done, update.files_total, update.articles, human_bytes(update.bytes_done),
      human_bytes(update.bytes_total), percent_done(update), human_rate(rates.articles_per_second),
      bytes_rate_text(rates), eta_text(rates));
}

std::string progress_bar(const ProgressUpdate& update, const ProgressRates& rates,
                         std::size_t width) {
  // The last column stays empty: writing into it makes some terminals wrap at once, and the
  // carriage return would then redraw the wrong line.
  const std::size_t room = width > 1 ? width - 1 : 0;
  const int percent = percent_done(update);
  constexpr std::size_t bar_least = 10, bar_most = 30;  // inside the brackets
  constexpr std::size_t file_least = 8;                 // a shorter name says nothing
  constexpr std::size_t gap = 2;

  struct Piece {
    std::string text;
    std::size_t length = 0;  // room taken, in code points
    bool shown = false;
  };
  const std::string file = printable_basename(update.current_file);
  Piece p_bar{"", bar_least + 2}, p_percent{fmt::format("{:3}%", percent)},
      p_articles{
          fmt::format("{} articles {}/s", update.articles, human_rate(rates.articles_per_second))},
      p_bytes{bytes_rate_text(rates)}, p_eta{eta_text(rates)}, p_file{file, file_least};
  for (Piece* p : {&p_percent, &p_articles, &p_bytes, &p_eta}) p->length = display_length(p->text);
  if (file.empty()) p_file.length = room + 1;  // never shown

  // Shown by priority while they fit; what is left widens the file's name, then the bar.
  std::size_t used = 0;
  for (Piece* p : {&p_percent, &p_eta, &p_bar, &p_articles, &p_bytes, &p_file}) {
    const std::size_t need = p->length + (used > 0 ? gap : 0);
    if (used + need <= room) {
      p->shown = true;
      used += need;
    }
  }
  if (p_file.shown) {
    const std::size_t grow =
        std::min(display_length(file) - std::min(display_length(file), p_file.length), room - used);
    p_file.length += grow;
    used += grow;
  }
  if (p_bar.shown) {
    const std::size_t inside = std::min(bar_most, bar_least + (room - used));
    const auto filled = static_cast<std::size_t>(percent) * inside / 100;
    p_bar.text = "[" + std::string(filled, '=');
    if (filled < inside) p_bar.text += '>' + std::string(inside - filled - 1, ' ');
    p_bar.text += ']';
  }
  if (p_file.shown) p_file.text = tail_to_fit(file, p_file.length);

  std::string out;
  for (const Piece* p : {&p_bar, &p_percent, &p_articles, &p_bytes, &p_eta, &p_file}) {
    if (!p->shown) continue;
    if (!out.empty()) out += std::string(gap, ' ');
    out += p->text;
  }
  return out;
}

ProgressClock steady_progress_clock() {
  const auto start = std::chrono::steady_clock::now();
  return [start] {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  };
}

ProgressSample RateWindow::add(const ProgressUpdate& update, double now) {
  const double at = std::max(now, update.seconds);
  samples_.push_back({at, update.bytes_done, update.articles});
  const double cutoff = at - span_;
  // Keep the newest sample old enough to measure from, and everything after it.
  while (samples_.size() >= 2 && samples_[1].seconds <= cutoff) samples_.pop_front();
  if (samples_.front().seconds <= cutoff && samples_.size() >= 2) return samples_.front();
  return ProgressSample{};
}

}  // namespace dateline
