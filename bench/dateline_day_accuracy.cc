// dateline-day-accuracy: how well a Reuters dateline's day ("LONDON, March 9") dates its story
// when the DATE is missing. Every Reuters-21578 record with a dateline and a DATE is dated as
// the indexer would date it without its DATE (the dateline's day, the year from the previous
// record of the file) and compared with its DATE. A benchmark, not a test.
//
//   build/bench/dateline-day-accuracy [REUTERS FOLDER]   (default: the shared reuters21578)
#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "date_evidence.h"
#include "file_io.h"
#include "readers/reader.h"

namespace fs = std::filesystem;
using namespace dateline;

int main(int argc, char** argv) {
  const std::string folder = argc > 1 ? argv[1] : DATELINE_SHARED_CORPORA "/reuters21578";
  if (argc > 2 || (argc == 2 && std::string_view(argv[1]).starts_with("-"))) {
    std::fprintf(stderr, "usage: dateline-day-accuracy [FOLDER of reut2-*.sgm]\n");
    return 2;
  }
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(folder, ec))
    if (e.path().extension() == ".sgm") files.push_back(e.path().string());
  if (ec || files.empty()) {
    std::fprintf(stderr, "dateline-day-accuracy: %s: no .sgm files\n", folder.c_str());
    return 1;
  }
  std::sort(files.begin(), files.end());

  std::size_t with_dateline = 0, with_day = 0, same = 0, one_off = 0, undated = 0;
  std::vector<std::string> further;
  std::map<std::string, std::size_t> without_day;
  for (const auto& path : files) {
    std::string error;
    const std::string content = read_whole_file(path, error).value_or(std::string());
    std::optional<std::int64_t> previous;  // the DATE of the file's previous record
    ReaderOutput out{[&](Article&& a) {
                       if (!a.date) return;
                       const std::int64_t truth = a.date->unix_seconds;
                       const auto neighbour = previous;
                       previous = truth;
                       if (a.dateline.empty()) return;
                       ++with_dateline;
                       const auto day = dateline_day(a.dateline);
                       if (!day) {
                         ++without_day[a.dateline];
                         return;
                       }
                       ++with_day;
                       a.date.reset();
                       settle_date(a, DateEvidence{std::nullopt, std::nullopt, neighbour, {}});
                       if (!a.date) {
                         ++undated;  // the file's first record: no neighbour to give a year
                         return;
                       }
                       const auto off = days_of(a.date->unix_seconds) - days_of(truth);
                       if (off == 0) {
                         ++same;
                       } else if (off == 1 || off == -1) {
                         ++one_off;
                       } else {
                         further.push_back(fmt::format(
                             "{:+5} days  {}: '{}' read as {}, DATE {}", off, a.id, a.dateline,
                             format_iso8601(a.date->unix_seconds, DatePrecision::day),
                             format_iso8601(truth, DatePrecision::day)));
                       }
                     },
                     [](Problem&&) {}};
    read_articles(Format::reuters, content, SourceFile{path, path}, out);
  }
  const std::size_t dated = same + one_off + further.size();
  auto pct = [](std::size_t n, std::size_t of) {
    return of ? 100.0 * static_cast<double>(n) / static_cast<double>(of) : 0.0;
  };
  std::printf("%s", fmt::format("{}: {} records with a dateline and a DATE\n"
                                "  dateline names a day:          {} ({:.2f}%)\n"
                                "  dated from it (year from the previous record): {}\n"
                                "    the DATE's day:              {} ({:.2f}%)\n"
                                "    one day off:                 {} ({:.2f}%)\n"
                                "    further off:                 {} ({:.2f}%)\n"
                                "  first of its file, no year:    {}\n",
                                folder, with_dateline, with_day, pct(with_day, with_dateline),
                                dated, same, pct(same, dated), one_off, pct(one_off, dated),
                                further.size(), pct(further.size(), dated), undated)
                        .c_str());
  std::printf("Further off than a day:\n");
  for (const auto& line : further) std::printf("  %s\n", line.c_str());
  std::printf("Datelines without a day (%zu distinct), most frequent first:\n", without_day.size());
  std::vector<std::pair<std::string, std::size_t>> rows(without_day.begin(), without_day.end());
  std::stable_sort(rows.begin(), rows.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  for (std::size_t i = 0; i < rows.size() && i < 20; ++i)
    std::printf("  %4zu  '%s'\n", rows[i].second, rows[i].first.c_str());
  return 0;
}
