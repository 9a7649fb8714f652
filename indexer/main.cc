// dateline-index: parse arguments, run the pipeline, map failures to exit codes.
#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <signal.h>
#include <unistd.h>
#include <xapian.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <memory>

#include "dates.h"
#include "db_path.h"
#include "errors.h"
#include "exit_codes.h"
#include "pipeline.h"
#include "progress_lines.h"
#include "progress_terminal.h"
#include "stats_json.h"

namespace {

constexpr const char* exit_codes_help = R"(
Dates, most trusted first: the source's own (Reuters DATE, JSON "date", Date: header, a
sidecar's "date"); --date; the dateline's day ("LONDON, March 9", the year from the file time);
a date written in the first two paragraphs ("March 5, 2024"); the modification time of a text
or Usenet file. Each is recorded with its source; with none the article stays undated.

Sidecars: story.txt.json beside story.txt (a text or Usenet article) holds interchange-format
fields (date, source, url, byline, places, topics, language, dateline, title) that override or
add to what the file says; it is never indexed as an article of its own.

Runs are incremental: files unchanged since the last run are not read again, a changed file
replaces its articles, and a file gone from under a SOURCE folder takes its articles with it.
--prune also deletes the articles of sources this run does not name; --rebuild builds a new
database aside and swaps it in with one rename, so searches see the old index or the new one.

Progress goes to stderr: a bar on a terminal, else a line every --progress-interval seconds.
A run that gets to the end prints its summary last; --stats-json FILE writes it as JSON too,
also when the run fails (README.md lists the fields).

Interrupting: SIGINT (Ctrl-C) or SIGTERM stops after the current record, commits what was
indexed and exits 1 ("interrupted: committed N articles; rerun to finish"); a rerun picks up
the rest. A second Ctrl-C quits at once, leaving the database as of its last commit.

Exit codes:
  0   every record indexed
  1   runtime failure (I/O, database; unreadable files), or interrupted
  2   usage error
  3   finished and committed, but some records were rejected (see the file:line messages)
  75  another dateline-index holds the database lock (try again later)
)";

// Set by SIGINT/SIGTERM, read by the pipeline between records.
std::atomic<bool> stop_requested{false};
static_assert(std::atomic<bool>::is_always_lock_free, "a signal handler may only touch lock-free atomics");

// What the handler writes: composed before the handlers are installed, because a handler may
// only call async-signal-safe functions (write(2), not fmt or stdio).
struct StopMessage {
  char text[256] = {};
  std::size_t length = 0;
};
StopMessage interrupt_message;
StopMessage terminate_message;

StopMessage stop_message(const std::string& prefix, const char* text) {
  StopMessage m;
  const int n = std::snprintf(m.text, sizeof m.text, "%sdateline-index: %s\n", prefix.c_str(), text);
  m.length = n > 0 ? std::min(static_cast<std::size_t>(n), sizeof m.text - 1) : 0;
  return m;
}

extern "C" void on_stop_signal(int signal_number) {
  if (stop_requested.exchange(true)) {
    // Ctrl-C again: the user will not wait for the commit. Dying of SIGINT (not exiting)
    // tells a calling shell loop to stop too; Xapian's last commit stays intact.
    if (signal_number == SIGINT) {
      struct sigaction default_action {};
      default_action.sa_handler = SIG_DFL;
      sigemptyset(&default_action.sa_mask);
      sigaction(SIGINT, &default_action, nullptr);
      raise(SIGINT);  // delivered when this handler returns
    }
    return;
  }
  const StopMessage& m = signal_number == SIGINT ? interrupt_message : terminate_message;
  if (write(STDERR_FILENO, m.text, m.length) < 0) {
    // Nothing to be done about a closed stderr; the flag is what matters.
  }
}

// `bar_columns` > 0: a progress bar is on the terminal, and the handler's message first blanks it.
void install_stop_handlers(std::size_t bar_columns) {
  const std::string blank = bar_columns > 0 ? "\r" + std::string(bar_columns - 1, ' ') + "\r" : "";
  interrupt_message =
      stop_message(blank, "interrupted: committing what is indexed (Ctrl-C again quits at once)");
  terminate_message = stop_message(blank, "terminated: committing what is indexed");
  struct sigaction action {};
  action.sa_handler = on_stop_signal;
  sigemptyset(&action.sa_mask);
  // Reads and writes in flight carry on: a file interrupted half-read is not a broken file.
  action.sa_flags = SA_RESTART;
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
}

void print_line(const std::string& line) { std::fprintf(stderr, "%s\n", line.c_str()); }

void print_summary(const dateline::IndexSummary& s, const std::string& db, bool rebuild) {
  if (s.interrupted) {
    print_line(fmt::format("dateline-index: interrupted: committed {} articles; rerun to finish", s.indexed));
  }
  // Dates that are not the source's own are worth a line: they are estimates.
  if (s.dated_by_option + s.dated_by_dateline + s.dated_by_text + s.dated_by_file_time > 0) {
    print_line(fmt::format("dateline-index: dates not in the metadata: {} from --date, {} from datelines, "
                           "{} from the text, {} from file times",
                           s.dated_by_option, s.dated_by_dateline, s.dated_by_text, s.dated_by_file_time));
  }
  std::string changes =
      fmt::format("dateline-index: {}: {} added, {} replaced, {} deleted, {} files unchanged",
                  rebuild ? "rebuild" : "incremental", s.added, s.replaced, s.deleted, s.files_unchanged);
  if (!s.published.empty()) changes += "; published " + s.published;
  print_line(changes);
  // The last line of every run that gets here: scripts and the e2e tests read it with `tail -1`.
  print_line(fmt::format("dateline-index: {} indexed, {} rejected, {} repaired with a warning, "
                         "{} duplicate ids, {} without a date; files: {} read, {} skipped, {} "
                         "unreadable; {} documents in {} ({:.1f}s)",
                         s.indexed, s.rejected, s.warnings, s.duplicates, s.undated, s.files_read,
                         s.files_skipped, s.files_failed, s.documents, db, s.seconds));
}

int exit_code_of(const dateline::IndexSummary& s) {
  namespace ec = dateline::exit_code;
  if (s.files_failed > 0 || s.interrupted) return ec::failure;
  return s.rejected > 0 ? ec::records_rejected : ec::ok;
}

// --progress auto: a bar for a person at a terminal, lines for a log; --quiet wants neither.
std::string progress_mode(const std::string& asked, bool quiet) {
  if (asked != "auto") return asked;
  if (quiet) return "none";
  return isatty(STDERR_FILENO) != 0 ? "bar" : "lines";
}

}  // namespace

int main(int argc, char** argv) {
  namespace ec = dateline::exit_code;
  CLI::App app{"Index news articles into a dateline (Xapian) database.", "dateline-index"};
  app.footer(exit_codes_help);
  dateline::IndexOptions options;
  std::string db;
  std::string format;
  std::string date;
  std::string progress = "auto";
  double progress_interval = dateline::LinesProgress::default_interval;
  std::string stats_path;
  bool quiet = false;
  app.add_option("--db", db, "Database to create or update (default: $DATELINE_DB, else " +
                                 dateline::default_db_path() + ")");
  app.add_option("--format", format, "Read every file as this format instead of detecting it")
      ->check(CLI::IsMember({"text", "jsonl", "reuters", "rfc822"}));
  app.add_option("--language", options.language,
                 "Language of records that do not name one (ISO 639-1, default en)");
  app.add_option("--batch", options.batch_size, "Documents per commit")->check(CLI::PositiveNumber);
  app.add_option("--date", date,
                 "Date of every article that has none in its metadata (a sidecar's counts as "
                 "metadata); wins over a dateline's day, a date in the text and the file time")
      ->type_name("DATE");
  app.add_flag("--rebuild", options.rebuild,
               "Build a fresh database aside and publish it atomically when it is complete");
  app.add_flag("--prune", options.prune,
               "Also delete the articles of sources not named in this run (by default only files "
               "gone from under the named folders are deleted)");
  app.add_option("--progress", progress,
                 "auto (a bar on a terminal, else lines; none with --quiet), bar, lines or none")
      ->check(CLI::IsMember({"auto", "bar", "lines", "none"}));
  app.add_option("--progress-interval", progress_interval, "Seconds between progress lines (default 30)")
      ->type_name("SECONDS")
      ->check([](const std::string& text) -> std::string {
        // CLI::PositiveNumber would print DBL_MAX, all 309 digits of it, as the limit.
        char* end = nullptr;
        const double seconds = std::strtod(text.c_str(), &end);
        const bool ok = end != text.c_str() && *end == '\0' && seconds >= 1;
        return ok ? "" : "not a number of seconds >= 1: " + text;
      });
  app.add_option("--stats-json", stats_path, "Write the summary to FILE as one JSON object, atomically")
      ->type_name("FILE");
  app.add_flag("-q,--quiet", quiet, "Print only the summary and errors, not warnings nor a progress bar");
  app.add_option("SOURCE", options.sources, "Files or folders (walked recursively)")->required();
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int rc = app.exit(e);
    return rc == 0 ? ec::ok : ec::usage;
  }
  options.db_path = dateline::resolve_db_path(db);
  if (!format.empty()) options.format = dateline::format_from_name(format);
  if (!date.empty()) {
    const auto d = dateline::parse_date(date);
    if (!d) {
      std::fprintf(stderr, "dateline-index: --date '%s': not a date (use 2025-12-05, 2025-12-05T14:03:00Z or "
                           "Fri, 5 Dec 2025 14:03:00 -0500)\n", date.c_str());
      return ec::usage;
    }
    options.date = dateline::ArticleDate{d->unix_seconds, d->precision, dateline::DateSource::metadata};
  }

  const std::string mode = progress_mode(progress, quiet);
  std::unique_ptr<dateline::ProgressReporter> reporter;
  dateline::TerminalProgress* bar = nullptr;  // diagnostics go above it
  if (mode == "bar") {
    auto terminal = std::make_unique<dateline::TerminalProgress>(
        stderr, [] { return dateline::terminal_columns(STDERR_FILENO); });
    bar = terminal.get();
    reporter = std::move(terminal);
  } else if (mode == "lines") {
    reporter = std::make_unique<dateline::LinesProgress>(stderr, progress_interval);
  }
  options.progress = reporter.get();
  options.stop = &stop_requested;
  install_stop_handlers(bar != nullptr ? dateline::terminal_columns(STDERR_FILENO) : 0);

  dateline::RunRecord run;
  run.db = options.db_path;
  run.started = static_cast<std::int64_t>(std::time(nullptr));
  dateline::IndexSummary summary;
  const auto report_error = [&](int code, const std::string& message) {
    if (reporter) reporter->done();
    std::fprintf(stderr, "dateline-index: %s\n", message.c_str());
    run.exit_code = code;
    run.error = message;
  };
  try {
    summary = dateline::run_index(options, [quiet, bar](const std::string& line) {
      if (quiet && line.find(": warning: ") != std::string::npos) return;
      if (bar != nullptr) {
        bar->message("dateline-index: " + line);
      } else {
        std::fprintf(stderr, "dateline-index: %s\n", line.c_str());
      }
    });
    if (reporter) reporter->done();
    print_summary(summary, options.db_path, options.rebuild);
    run.exit_code = exit_code_of(summary);
  } catch (const dateline::LockedError& e) {
    report_error(ec::locked, e.what());
  } catch (const Xapian::Error& e) {
    report_error(ec::failure, options.db_path + ": " + e.get_description());
  } catch (const std::exception& e) {
    report_error(ec::failure, e.what());
  }
  run.finished = static_cast<std::int64_t>(std::time(nullptr));

  if (!stats_path.empty()) {
    try {
      // A file name in Latin-1 in an error must not cost the whole report: replace, not throw.
      const std::string text =
          dateline::stats_json(summary, run).dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
      dateline::write_file_atomically(stats_path, text + "\n");
    } catch (const std::exception& e) {
      // Monitoring reads this file: a run it cannot hear of must not look like a success.
      std::fprintf(stderr, "dateline-index: --stats-json: %s\n", e.what());
      if (run.exit_code == ec::ok || run.exit_code == ec::records_rejected) return ec::failure;
    }
  }
  return run.exit_code;
}
