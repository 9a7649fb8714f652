// dateline-index: parse arguments, run the pipeline, map failures to exit codes.
#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <xapian.h>

#include <cstdio>

#include "db_path.h"
#include "errors.h"
#include "exit_codes.h"
#include "pipeline.h"

namespace {

constexpr const char* exit_codes_help = R"(
Exit codes:
  0   every record indexed
  1   runtime failure (I/O, database); nothing after the failure was written
  2   usage error
  3   finished and committed, but some records were rejected (see the file:line messages)
  75  another dateline-index holds the database lock (try again later)
)";

void print_summary(const dateline::IndexSummary& s, const std::string& db) {
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
  bool quiet = false;
  app.add_option("--db", db, "Database to create or update (default: $DATELINE_DB, else " +
                                 dateline::default_db_path() + ")");
  app.add_option("--format", format, "Read every file as this format instead of detecting it")
      ->check(CLI::IsMember({"text", "jsonl", "reuters", "rfc822"}));
  app.add_option("--language", options.language,
                 "Language of records that do not name one (ISO 639-1, default en)");
  app.add_option("--batch", options.batch_size, "Documents per commit")->check(CLI::PositiveNumber);
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
