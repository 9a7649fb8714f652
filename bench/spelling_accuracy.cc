// Measures "did you mean" on a development set of real misspellings (bench/spelling/
// misspellings.tsv: a query, TAB, the suggestion expected, empty for a query right as typed)
// over a database the caller built. Prints what was right, wrong, missed and offered in vain.
// A measuring tool, not a test.
//
//   build/bench/spelling-accuracy DB [SET.tsv]
#include <fmt/format.h>

#include <string>
#include <vector>

#include "file_io.h"
#include "query_case.h"
#include "searcher.h"
#include "text.h"

using namespace dateline;

int main(int argc, char** argv) {
  if (argc < 2) {
    fmt::print(stderr, "usage: spelling-accuracy DB [SET.tsv]\n");
    return 2;
  }
  const std::string set_path = argc > 2 ? argv[2] : "bench/spelling/misspellings.tsv";
  std::string error;
  const auto set = read_whole_file(set_path, error);
  if (!set) {
    fmt::print(stderr, "spelling-accuracy: {}: {}\n", set_path, error);
    return 1;
  }
  Searcher searcher(argv[1]);
  std::size_t right = 0, wrong = 0, missed = 0, in_vain = 0, quiet = 0;
  for (std::string_view line : split_lines(*set)) {
    if (line.empty() || line[0] == '#') continue;
    const auto tab = line.find('\t');
    const std::string query(line.substr(0, tab));
    const std::string expected =
        tab == std::string_view::npos ? "" : std::string(line.substr(tab + 1));
    SearchRequest request;
    request.query = query;
    request.limit = 0;
    const std::string got = lower_case(searcher.search(request).suggestion);
    const char* verdict = "right";
    if (expected.empty() && got.empty()) {
      ++quiet;
      verdict = "right (none)";
    } else if (expected.empty()) {
      ++in_vain;
      verdict = "offered in vain";
    } else if (got.empty()) {
      ++missed;
      verdict = "missed";
    } else if (got == expected) {
      ++right;
    } else {
      ++wrong;
      verdict = "wrong";
    }
    fmt::print("{:<16} {:<28} -> {}\n", verdict, query, got.empty() ? "(none)" : got);
  }
  const std::size_t misspelt = right + wrong + missed;
  fmt::print("\nmisspelt queries: {} of {} corrected right, {} wrong, {} missed\n", right, misspelt,
             wrong, missed);
  fmt::print("queries right as typed: {} of {} left alone, {} offered a correction in vain\n",
             quiet, quiet + in_vain, in_vain);
  return 0;
}
