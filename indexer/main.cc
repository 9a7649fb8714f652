// dateline-index: parse arguments, run the pipeline, map failures to exit codes.
#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <xapian.h>

#include <cstdio>

#include "dates.h"
#include "db_path.h"
#include "errors.h"
#include "exit_codes.h"
#include "pipeline.h"

namespace {

constexpr const char* exit_codes_help = R"(
Dates, most trusted first: the source's own (Reuters DATE, JSON "date", Date: header, a
sidecar's "date"); --date; the dateline's day ("LONDON, March 9", the year from the file time);
a date written in the first two paragraphs ("March 5, 2024"); the modification time of a text
or Usenet file. Each is recorded with its source; with none the article stays undated.

Sidecars: story.txt.json beside story.txt (a text or Usenet article) holds interchange-format
fields (date, source, url, byline, places, topics, language, dateline, title) that override or
add to what the file says; it is never indexed as an article of its own.

Exit codes:
  0   every record indexed
  1   runtime failure (I/O, database); nothing after the failure was written
  2   usage error
  3   finished and committed, but some records were rejected (see the file:line messages)
  75  another dateline-index holds the database lock (try again later)
)";

void print_summary(const dateline::IndexSummary& s, const std::string& db) {
  // Dates that are not the source's own are worth a line: they are estimates.
  if (s.dated_by_option + s.dated_by_dateline + s.dated_by_text + s.dated_by_file_time > 0) {
    std::fprintf(stderr, "%s",
                 fmt::format("dateline-index: dates not in the metadata: {} from --date, {} from datelines, "
                             "{} from the text, {} from file times\n",
                             s.dated_by_option, s.dated_by_dateline, s.dated_by_text, s.dated_by_file_time)
                     .c_str());
  }
  std::fprintf(stderr, "%s",
               fmt::format("dateline-index: {} indexed, {} rejected, {} repaired with a warning, "
                           "{} duplicate ids, {} without a date; files: {} read, {} skipped, {} "
                           "unreadable; {} documents in {} ({:.1f}s)\n",
                           s.indexed, s.rejected, s.warnings, s.duplicates, s.undated, s.files_read,
                           s.files_skipped, s.files_failed, s.documents, db, s.seconds)
                   .c_str());
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
  app.add_flag("-q,--quiet", quiet, "Print only the summary and errors, not warnings");
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

  try {
    const auto summary = dateline::run_index(options, [quiet](const std::string& line) {
      if (quiet && line.find(": warning: ") != std::string::npos) return;
      std::fprintf(stderr, "dateline-index: %s\n", line.c_str());
    });
    print_summary(summary, options.db_path);
    if (summary.files_failed > 0) return ec::failure;
    return summary.rejected > 0 ? ec::records_rejected : ec::ok;
  } catch (const dateline::LockedError& e) {
    std::fprintf(stderr, "dateline-index: %s\n", e.what());
    return ec::locked;
  } catch (const Xapian::Error& e) {
    std::fprintf(stderr, "dateline-index: %s: %s\n", options.db_path.c_str(), e.get_description().c_str());
    return ec::failure;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "dateline-index: %s\n", e.what());
    return ec::failure;
  }
}
