// dateline-index: parse arguments, run the pipeline, map failures to exit codes.
#include <fmt/format.h>
#include <unistd.h>
#include <xapian.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>

#include "analysis_pool.h"
#include "console.h"
#include "dates.h"
#include "db_path.h"
#include "errors.h"
#include "exit_codes.h"
#include "index_writer.h"
#include "interchange_json.h"
#include "log_text.h"
#include "pipeline.h"
#include "progress_lines.h"
#include "shards.h"
#include "stats_json.h"
#include "stop_signals.h"
#include "summary_text.h"
#include "version.h"

namespace {

constexpr const char* exit_codes_help = R"(
Dates, most trusted first: the source's own (Reuters DATE, JSON "date", Date: header, a
sidecar's "date"); --date; the dateline's day ("LONDON, March 9", the year from the previous
record, or from the file time with --file-dates); the text's own date line in its first
paragraphs ("Published: 5 December 2025", or a line that is a date alone; never a date in
running text); with --file-dates only, the modification time of a text or Usenet file.
Each is recorded with its source; with none the article stays undated (and is counted).

Sidecars: story.txt.json beside story.txt (a text or Usenet article) holds interchange-format
fields (date, source, url, byline, places, topics, language, dateline, title) that override or
add to what the file says; it is never indexed as an article of its own.

A SOURCE "-" is standard input, compressed or a bundle or not, read every time (it has no
state to compare), its articles named and identified by --stdin-name. Compressed files (.gz,
.bz2, .xz, .zst) are read as the file they compress (a.txt.gz is a.txt); the members of a tar
(also compressed: .tar.gz, .tgz, ...) or a .zip as files, "bundle.tar.gz:2025/a.txt" in
messages; a bundle is one file to the incremental state.

--extract prints each article as the index would have it, as interchange-format JSON Lines on
stdout (README.md: The interchange format), which dateline-index reads back; no database.

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

Environment:
  DATELINE_DB                the database when --db is not given
  DATELINE_GAZETTEER         folder holding GeoNames' cities15000.txt, admin1Codes.txt and
                             countryInfo.txt (default /usr/share/libtimezonemap/ui, from Debian's
                             libtimezonemap-data); without it places are kept as written
  DATELINE_GENERATION_GRACE  seconds a generation replaced by --rebuild is kept for searches
                             still reading it (default 3600)

Exit codes:
  0   every record indexed
  1   runtime failure (I/O, database; unreadable files), or interrupted
  2   usage error
  3   finished and committed, but some records were rejected (see the file:line messages)
  75  another dateline-index holds the database lock (try again later)
)";

}  // namespace

int main(int argc, char** argv) {
  namespace ec = dateline::exit_code;
  CLI::App app{"Index news articles into a dateline (Xapian) database.", "dateline-index"};
  app.footer(exit_codes_help);
  app.set_version_flag("--version", dateline::version_text("dateline-index"),
                       "Print the version and exit");
  dateline::IndexOptions options;
  std::string db;
  std::string format;
  std::string date;
  std::string progress = "auto";
  double progress_interval = dateline::LinesProgress::default_interval;
  std::string stats_path;
  bool quiet = false;
  app.add_option("--db", db,
                 "Database to create or update (default: $DATELINE_DB, else " +
                     dateline::default_db_path() + ")");
  app.add_option("--format", format, "Read every file as this format instead of detecting it")
      ->check(CLI::IsMember(dateline::format_names()));
  app.add_option("--language", options.language,
                 "Language of records that do not name one (ISO 639-1, default en)");
  app.add_option(
         "--source", options.source,
         "Publisher of records that do not name one (a folder of BBC articles: --source BBC), "
         "so that source: finds them")
      ->type_name("NAME");
  app.add_option("--batch", options.batch_size, "Documents per commit (1 to 1000000, default 2000)")
      ->type_name("N")
      ->check([](const std::string& text) -> std::string {
        // CLI::PositiveNumber would print DBL_MAX, all 309 digits of it, as the limit.
        const bool digits = !text.empty() && text.size() <= 7 &&
                            text.find_first_not_of("0123456789") == std::string::npos;
        const long n = digits ? std::stol(text) : 0;
        return n >= 1 && n <= 1000000 ? "" : "not a number from 1 to 1000000";
      });
  options.threads = dateline::default_analysis_threads();
  app.add_option(
         "--threads", options.threads,
         fmt::format(
             "Threads that analyse articles while one writes (0 to 64; 0: all on "
             "one thread; default {}, one fewer than the cores). The index is the same whatever "
             "the number",
             options.threads))
      ->type_name("N")
      ->check(CLI::Range(0, 64));
  app.add_option("--date", date,
                 "Date of every article that has none in its metadata (a sidecar's counts as "
                 "metadata); wins over a dateline's day, a date in the text and the file time")
      ->type_name("DATE");
  app.add_flag("--file-dates", options.file_dates,
               "Files' modification times are publication times (a scraper's fresh output): date "
               "text and Usenet files that carry no date by them (off by default: a copy or a "
               "checkout resets file times)");
  app.add_flag("--rebuild", options.rebuild,
               "Build a fresh database aside and publish it atomically when it is complete");
  std::string shard_by;
  app.add_option("--shard-by", shard_by,
                 "Also publish the database as shards in DB.shards/ (a stub file and one database "
                 "per shard, for xapian-tcpsrv): month, or hash:N (2 to 256); kept on later runs")
      ->type_name("LAYOUT")
      ->check([](const std::string& text) -> std::string {
        return dateline::parse_shard_layout(text) ? "" : "not month or hash:N (N from 2 to 256)";
      });
  app.add_flag("--prune", options.prune,
               "Also delete the articles of sources not named in this run (by default only files "
               "gone from under the named folders are deleted)");
  app.add_option("--progress", progress,
                 "auto (a bar on a terminal, else lines; none with --quiet), bar, lines or none")
      ->check(CLI::IsMember({"auto", "bar", "lines", "none"}));
  app.add_option("--progress-interval", progress_interval,
                 "Seconds between progress lines (default 30)")
      ->type_name("SECONDS")
      ->check([](const std::string& text) -> std::string {
        // CLI::PositiveNumber would print DBL_MAX, all 309 digits of it, as the limit.
        char* end = nullptr;
        const double seconds = std::strtod(text.c_str(), &end);
        const bool ok = end != text.c_str() && *end == '\0' && seconds >= 1;
        return ok ? "" : "not a number of seconds >= 1";
      });
  app.add_option("--stats-json", stats_path,
                 "Write the summary to FILE as one JSON object, atomically")
      ->type_name("FILE");
  app.add_flag("-q,--quiet", quiet,
               "Print only the summary and errors, not warnings nor a progress bar");
  bool extract = false;
  app.add_flag("--extract", extract,
               "Print each article as it would be indexed, as interchange-format JSON Lines, on "
               "stdout, and write no database (no --db, no lock); problems still go to stderr")
      ->excludes("--db")
      ->excludes("--rebuild")
      ->excludes("--prune")
      ->excludes("--shard-by");
  app.add_option("--stdin-name", options.stdin_name,
                 "The name standard input (SOURCE -) goes by in messages and article ids, its "
                 "extension telling its format as a file's would (default stdin)")
      ->type_name("NAME")
      ->check([](const std::string& text) -> std::string {
        return text.empty() || text == "-" ? "not a name" : "";
      });
  app.add_option("SOURCE", options.sources,
                 "Files or folders (walked recursively); - reads standard input")
      ->required();
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int rc = app.exit(e);
    return rc == 0 ? ec::ok : ec::usage;
  }
  if (std::count(options.sources.begin(), options.sources.end(), "-") > 1) {
    std::fprintf(stderr, "dateline-index: standard input (-) can be read only once\n");
    return ec::usage;
  }
  if (!extract) {
    const auto db_path = dateline::configured_db_path(db);
    if (!db_path) {
      // A bare cron job has no HOME: never a database under whatever folder it started in.
      std::fprintf(stderr,
                   "dateline-index: no database: give --db PATH or set DATELINE_DB (HOME is not "
                   "set to an absolute path)\n");
      return ec::usage;
    }
    options.db_path = *db_path;
  }
  if (!shard_by.empty()) options.shard_by = dateline::parse_shard_layout(shard_by);
  if (!format.empty()) options.format = dateline::format_from_name(format);
  if (!date.empty()) {
    const auto d = dateline::parse_date(date);
    if (d && !dateline::plausible_instant(d->unix_seconds)) {
      std::fprintf(stderr, "dateline-index: --date '%s': the year is outside %d-%d\n",
                   dateline::excerpt(date).c_str(), dateline::earliest_year, dateline::latest_year);
      return ec::usage;
    }
    if (!d) {
      std::fprintf(
          stderr,
          "dateline-index: --date '%s': not a date (use 2025-12-05, 2025-12-05T14:03:00Z or "
          "Fri, 5 Dec 2025 14:03:00 -0500)\n",
          dateline::excerpt(date).c_str());
      return ec::usage;
    }
    options.date =
        dateline::ArticleDate{d->unix_seconds, d->precision, dateline::DateSource::metadata};
  }

  dateline::Console console = dateline::make_console(stderr, progress, quiet,
                                                     isatty(STDERR_FILENO) != 0, progress_interval);
  options.progress = console.progress.get();
  options.stop = &dateline::stop_requested;
  dateline::install_stop_handlers(console.bar != nullptr ? dateline::terminal_columns(STDERR_FILENO)
                                                         : 0);

  dateline::RunRecord run;
  run.db = options.db_path;
  run.started = static_cast<std::int64_t>(std::time(nullptr));
  dateline::IndexSummary summary;
  const auto report_error = [&](int code, const std::string& message) {
    console.done();
    std::fprintf(stderr, "dateline-index: %s\n", dateline::log_line(message).c_str());
    run.exit_code = code;
    run.error = message;
    const auto live = extract ? std::nullopt : dateline::live_document_count(options.db_path);
    if (live) run.documents_after_failure = *live;
  };
  try {
    if (extract) {
      summary = dateline::run_extract(options, console.diagnostics(),
                                      [](const dateline::AnalysedArticle& a) {
                                        const std::string line = dateline::interchange_json(a);
                                        std::fwrite(line.data(), 1, line.size(), stdout);
                                        std::fputc('\n', stdout);
                                      });
      if (std::fflush(stdout) != 0 || std::ferror(stdout) != 0)
        throw std::runtime_error("standard output: cannot write the articles");
    } else {
      summary = dateline::run_index(options, console.diagnostics());
    }
    console.done();
    for (const auto& line :
         extract ? dateline::extract_summary_lines(summary)
                 : dateline::summary_lines(summary, options.db_path, options.rebuild))
      std::fprintf(stderr, "%s\n", dateline::log_line(line).c_str());
    run.exit_code = dateline::exit_code_of(summary);
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
      dateline::write_stats_file(stats_path, summary, run);
    } catch (const std::exception& e) {
      // Monitoring reads this file: a run it cannot hear of must not look like a success.
      std::fprintf(stderr, "dateline-index: --stats-json: %s\n", e.what());
      if (run.exit_code == ec::ok || run.exit_code == ec::records_rejected) return ec::failure;
    }
  }
  return run.exit_code;
}
