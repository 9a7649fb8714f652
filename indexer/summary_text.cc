#include "summary_text.h"

#include <fmt/format.h>

#include "exit_codes.h"

namespace dateline {

namespace {

// Dates that are not the source's own are worth a line: they are estimates.
void add_estimated_dates_line(const IndexSummary& s, std::vector<std::string>& lines) {
  if (s.dated_by_option + s.dated_by_dateline + s.dated_by_text + s.dated_by_crawl +
          s.dated_by_file_time >
      0) {
    std::string line = fmt::format(
        "dateline-index: dates not in the metadata: {} from --date, {} from datelines, "
        "{} from the text, {} from file times",
        s.dated_by_option, s.dated_by_dateline, s.dated_by_text, s.dated_by_file_time);
    // Only web crawls (WARC) have crawl dates: the line of every other run stays as it was.
    if (s.dated_by_crawl > 0) line += fmt::format(", {} from crawl dates", s.dated_by_crawl);
    lines.push_back(std::move(line));
  }
}

}  // namespace

std::vector<std::string> summary_lines(const IndexSummary& s, const std::string& db, bool rebuild) {
  std::vector<std::string> lines;
  if (s.interrupted) {
    lines.push_back(fmt::format(
        "dateline-index: interrupted: committed {} articles; rerun to finish", s.indexed));
  }
  add_estimated_dates_line(s, lines);
  std::string changes = fmt::format(
      "dateline-index: {}: {} added, {} replaced, {} deleted, {} files unchanged",
      rebuild ? "rebuild" : "incremental", s.added, s.replaced, s.deleted, s.files_unchanged);
  if (!s.published.empty()) changes += "; published " + s.published;
  lines.push_back(std::move(changes));
  if (s.shards > 0) {
    lines.push_back(fmt::format("dateline-index: {} shards ({} written again) in {}", s.shards,
                                s.shards_rewritten, s.shards_stub));
  }
  // The last line of every run that gets here: scripts and the e2e tests read it with `tail -1`.
  lines.push_back(
      fmt::format("dateline-index: {} indexed, {} rejected, {} repaired with a warning, "
                  "{} duplicate ids, {} without a date; files: {} read, {} skipped, {} "
                  "unreadable; {} documents in {} ({:.1f}s)",
                  s.indexed, s.rejected, s.warnings, s.duplicates, s.undated, s.files_read,
                  s.files_skipped, s.files_failed, s.documents, db, s.seconds));
  return lines;
}

std::vector<std::string> extract_summary_lines(const IndexSummary& s) {
  std::vector<std::string> lines;
  if (s.interrupted)
    lines.push_back(fmt::format("dateline-index: interrupted after {} articles", s.indexed));
  add_estimated_dates_line(s, lines);
  lines.push_back(fmt::format(
      "dateline-index: {} extracted, {} rejected, {} repaired with a warning, {} duplicate ids, "
      "{} without a date; files: {} read, {} skipped, {} unreadable ({:.1f}s)",
      s.indexed, s.rejected, s.warnings, s.duplicates, s.undated, s.files_read, s.files_skipped,
      s.files_failed, s.seconds));
  return lines;
}

int exit_code_of(const IndexSummary& s) {
  if (s.files_failed > 0 || s.interrupted) return exit_code::failure;
  return s.rejected > 0 ? exit_code::records_rejected : exit_code::ok;
}

}  // namespace dateline
