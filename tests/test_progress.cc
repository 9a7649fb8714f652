// indexer/progress_format.h, progress_terminal.h, progress_lines.h: the figures and words of
// progress reporting, and when each reporter writes.
#include <doctest/doctest.h>

#include <cstdio>
#include <string>

#include "progress_format.h"
#include "progress_lines.h"
#include "progress_terminal.h"

using namespace dateline;

namespace {

// Reuters-21578 half read: 12 of 22 files, 14 MB of 28 MB, 20 s in.
ProgressUpdate half_of_reuters() {
  ProgressUpdate u;
  u.files_done = 12;
  u.files_total = 22;
  u.bytes_done = 14'200'000;
  u.bytes_total = 27'900'000;
  u.articles = 12'800;
  u.seconds = 20;
  u.current_file = "/srv/news/reuters21578/reut2-012.sgm";
  return u;
}

// What a reporter wrote to its FILE*.
struct Capture {
  std::FILE* file = std::tmpfile();
  ~Capture() { std::fclose(file); }
  std::string text() const {
    std::fflush(file);
    std::rewind(file);
    std::string out;
    for (int c; (c = std::fgetc(file)) != EOF;) out += static_cast<char>(c);
    std::fseek(file, 0, SEEK_END);
    return out;
  }
};

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_SUITE("indexer") {
  TEST_CASE("bytes are shown in decimal units with one decimal") {
    struct Row {
      std::uint64_t bytes;
      const char* shown;
    };
    for (const Row& row :
         {Row{0, "0 B"}, Row{999, "999 B"}, Row{1000, "1.0 kB"}, Row{14'200'000, "14.2 MB"},
          Row{27'986'433, "28.0 MB"}, Row{999'960, "1.0 MB"}, Row{1'300'000'000, "1.3 GB"},
          Row{5'000'000'000'000, "5.0 TB"}}) {
      CAPTURE(row.bytes);
      CHECK(human_bytes(row.bytes) == row.shown);
    }
  }

  TEST_CASE("durations read as a clock: m:ss under an hour, h:mm:ss beyond") {
    CHECK(clock_duration(0) == "0:00");
    CHECK(clock_duration(18.4) == "0:18");
    CHECK(clock_duration(59.6) == "1:00");
    CHECK(clock_duration(725) == "12:05");
    CHECK(clock_duration(3723) == "1:02:03");
    CHECK(clock_duration(-5) == "0:00");
    CHECK(clock_duration(1.0 / 0.0) == "--:--");
  }

  TEST_CASE("rates keep a decimal only while they are small") {
    CHECK(human_rate(640.4) == "640");
    CHECK(human_rate(12.5) == "12");  // round half to even: the decimal is noise here
    CHECK(human_rate(2.46) == "2.5");
    CHECK(human_rate(0) == "0.0");
    CHECK(human_rate(-1) == "0.0");
  }

  TEST_CASE("rates are measured from a sample to the time shown, and the ETA from the bytes left") {
    const ProgressUpdate u = half_of_reuters();
    SUBCASE("from the start of the run") {
      const ProgressRates r = progress_rates(u, ProgressSample{}, 20);
      CHECK(r.articles_per_second == doctest::Approx(640));
      CHECK(r.bytes_per_second == doctest::Approx(710'000));
      REQUIRE(r.eta_seconds.has_value());
      CHECK(*r.eta_seconds == doctest::Approx(13'700'000.0 / 710'000));
    }
    SUBCASE("from a recent sample: skipped unchanged files no longer inflate the rate") {
      const ProgressRates r = progress_rates(u, ProgressSample{10, 12'000'000, 7'000}, 20);
      CHECK(r.bytes_per_second == doctest::Approx(220'000));
      CHECK(r.articles_per_second == doctest::Approx(580));
      CHECK(*r.eta_seconds == doctest::Approx(13'700'000.0 / 220'000));
    }
    SUBCASE("a run that has stalled since its last update is slower at the time shown") {
      const ProgressRates r = progress_rates(u, ProgressSample{}, 40);
      CHECK(r.articles_per_second == doctest::Approx(320));
    }
    SUBCASE("nothing read yet: no ETA, no division by zero") {
      ProgressUpdate start;
      start.bytes_total = 1000;
      const ProgressRates r = progress_rates(start, ProgressSample{}, 0);
      CHECK(r.bytes_per_second == 0);
      CHECK_FALSE(r.eta_seconds.has_value());
    }
    SUBCASE("all bytes done: nothing left to wait for") {
      ProgressUpdate end = u;
      end.bytes_done = end.bytes_total;
      CHECK(*progress_rates(end, ProgressSample{}, 30).eta_seconds == 0);
    }
  }

  TEST_CASE("percent done counts bytes, files when sizes are unknown, and never passes 100") {
    ProgressUpdate u = half_of_reuters();
    CHECK(percent_done(u) == 50);  // 50.9%: floored, so 100% means done
    u.bytes_done = u.bytes_total - 1;
    CHECK(percent_done(u) == 99);
    u.bytes_done = u.bytes_total + 10;  // a file grew while it was read
    CHECK(percent_done(u) == 100);
    u.bytes_total = 0;
    CHECK(percent_done(u) == 54);  // 12 of 22 files
    CHECK(percent_done(ProgressUpdate{}) == 0);
  }

  TEST_CASE("the cron line names files, articles, bytes, percent, rates and the ETA") {
    const ProgressUpdate u = half_of_reuters();
    CHECK(progress_line(u, progress_rates(u, ProgressSample{}, 20)) ==
          "dateline-index: progress: 12/22 files, 12800 articles, 14.2 MB of 27.9 MB (50%), 640 "
          "articles/s, "
          "710.0 kB/s, eta 0:19");
    ProgressUpdate start;
    start.files_total = 3;
    start.bytes_total = 2048;
    CHECK(progress_line(start, progress_rates(start, ProgressSample{}, 0)) ==
          "dateline-index: progress: 0/3 files, 0 articles, 0 B of 2.0 kB (0%), 0.0 articles/s, 0 "
          "B/s, eta unknown");
  }

  TEST_CASE("the bar fits the terminal, dropping the least useful parts first") {
    const ProgressUpdate u = half_of_reuters();
    const ProgressRates r = progress_rates(u, ProgressSample{}, 20);
    SUBCASE("wide: everything, the file's name last, and a wide bar") {
      CHECK(progress_bar(u, r, 120) ==
            "[===============>              ]   50%  12800 articles 640/s  710.0 kB/s  "
            "eta 0:19  reut2-012.sgm");
    }
    SUBCASE("80 columns: everything still, in 79") {
      CHECK(progress_bar(u, r, 80) ==
            "[======>     ]   50%  12800 articles 640/s  710.0 kB/s  eta 0:19  reut2-012.sgm");
    }
    SUBCASE("never the last column, whatever the width") {
      for (std::size_t width : {120u, 100u, 80u, 60u, 40u, 20u, 10u, 5u, 1u, 0u}) {
        CAPTURE(width);
        CHECK(progress_bar(u, r, width).size() + 1 <= std::max<std::size_t>(width, 1));
      }
    }
    SUBCASE("narrow: percent and ETA survive longest") {
      CHECK(progress_bar(u, r, 20) == " 50%  eta 0:19");
      CHECK(progress_bar(u, r, 60).find("eta 0:19") != std::string::npos);
      CHECK(progress_bar(u, r, 60).find("[==") == 0);
    }
    SUBCASE("a long file name keeps its end") {
      ProgressUpdate v = u;
      v.current_file = "/srv/news/" + std::string(200, 'x') + "-2025-12-05.jsonl";
      const std::string bar = progress_bar(v, r, 120);
      CHECK(bar.size() == 119);
      CHECK(bar.find("...") != std::string::npos);
      CHECK(bar.substr(bar.size() - 16) == "2025-12-05.jsonl");
    }
    SUBCASE("control characters in a file name cannot move the cursor") {
      ProgressUpdate v = u;
      v.current_file = "/srv/news/evil\r\x1b[2Jname.txt";
      const std::string bar = progress_bar(v, r, 120);
      CHECK(bar.find('\r') == std::string::npos);
      CHECK(bar.find('\x1b') == std::string::npos);
      CHECK(bar.find("evil??[2Jname.txt") != std::string::npos);
    }
    SUBCASE("a name in another script is cut between characters, counted as characters") {
      ProgressUpdate v = u;
      v.current_file = "/srv/news/" + std::string(60, 'a') + "Київ.txt";
      const std::string bar = progress_bar(v, r, 120);
      CHECK(bar.substr(bar.size() - 12) == "Київ.txt");  // 8 characters, 12 bytes
    }
  }

  TEST_CASE("the rate window measures from the newest sample old enough") {
    RateWindow window(10);
    ProgressUpdate u;
    u.bytes_done = 100;
    CHECK(window.add(u, 1).seconds == 0);  // not 10 s of history yet: from the start
    u.bytes_done = 200;
    window.add(u, 5);
    u.bytes_done = 300;
    window.add(u, 12);
    u.bytes_done = 400;
    const ProgressSample since = window.add(u, 16);  // cutoff 6: the sample at 5
    CHECK(since.seconds == 5);
    CHECK(since.bytes == 200);
    u.bytes_done = 500;
    CHECK(window.add(u, 30).seconds == 16);
  }

  TEST_CASE(
      "the terminal bar redraws in place at most ten times a second and is cleared by done()") {
    Capture out;
    double now = 0;
    TerminalProgress bar(
        out.file, [] { return std::size_t{100}; }, [&now] { return now; });
    ProgressUpdate u = half_of_reuters();
    for (int i = 0; i < 100; ++i) {  // 100 updates over one second
      now = i * 0.01;
      u.seconds = now;
      bar.update(u);
    }
    const std::string drawn = out.text();
    CHECK(count(drawn, "\r") == 10);
    CHECK(drawn.find('\n') == std::string::npos);
    bar.done();
    const std::string all = out.text();
    // The last act is a blank line and a carriage return: the summary starts at column 0.
    REQUIRE(all.size() > drawn.size());
    const std::string clearing = all.substr(drawn.size());
    CHECK(clearing.front() == '\r');
    CHECK(clearing.back() == '\r');
    CHECK(clearing.find_first_not_of(" \r") == std::string::npos);
    now = 5;
    bar.update(u);
    CHECK(out.text() == all);  // nothing after done()
  }

  TEST_CASE("a diagnostic goes above the bar, which is drawn again below it") {
    Capture out;
    double now = 0;
    TerminalProgress bar(
        out.file, [] { return std::size_t{100}; }, [&now] { return now; });
    bar.update(half_of_reuters());
    const std::string before = out.text();
    bar.message("dateline-index: a.jsonl:3: malformed JSON");
    const std::string after = out.text().substr(before.size());
    const auto newline = after.find('\n');
    REQUIRE(newline != std::string::npos);
    const std::string line = after.substr(0, newline);
    // The bar is blanked, the message written from column 0, the bar drawn again after it.
    CHECK(line.substr(line.rfind('\r') + 1) == "dateline-index: a.jsonl:3: malformed JSON");
    CHECK(after.substr(newline + 1, 2) == "\r[");
  }

  TEST_CASE("a shorter bar blanks what the longer one left") {
    Capture out;
    double now = 0;
    std::size_t columns = 120;
    TerminalProgress bar(
        out.file, [&columns] { return columns; }, [&now] { return now; });
    bar.update(half_of_reuters());
    const std::size_t first = out.text().size();
    columns = 30;  // the window was made narrower
    now = 1;
    bar.update(half_of_reuters());
    CHECK(out.text().size() - first == first);  // '\r' + short text + spaces up to the old length
  }

  TEST_CASE("lines come every interval and never at the end") {
    Capture out;
    double now = 0;
    LinesProgress lines(out.file, 30, [&now] { return now; });
    ProgressUpdate u = half_of_reuters();
    for (int s = 0; s <= 100; ++s) {
      now = s;
      u.seconds = s;
      u.articles = static_cast<std::size_t>(s) * 100;
      lines.update(u);
    }
    lines.done();
    const std::string text = out.text();
    CHECK(count(text, "\n") == 3);  // at 30, 60 and 90 s
    CHECK(count(text, "dateline-index: progress: ") == 3);
    CHECK(text.find('\r') == std::string::npos);
    // Rates over the last interval: 100 articles a second.
    CHECK(text.substr(text.rfind("articles, ") - 6, 16) == " 9000 articles, ");
    CHECK(count(text, "100 articles/s") == 3);
  }

  TEST_CASE("a run shorter than the interval prints no progress line") {
    Capture out;
    double now = 0;
    LinesProgress lines(out.file, 30, [&now] { return now; });
    now = 29.9;
    lines.update(half_of_reuters());
    lines.done();
    CHECK(out.text().empty());
  }
}
