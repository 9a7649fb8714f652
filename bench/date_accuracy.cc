// date-accuracy: how many Usenet `Date:` headers dateline's parser reads to the right instant,
// judged by an independent oracle, GNU date (`date -u -d TEXT +%s`). A benchmark, not a test:
// it prints figures and every header the two disagree on, for a person to check.
//
//   build/bench/date-accuracy [FOLDER]   (default: the shared mini_newsgroups)
#include <fmt/format.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "dates.h"
#include "text.h"

extern char** environ;

namespace {

namespace fs = std::filesystem;

// The Date: header of a post, folded lines joined; nullopt when the header block has none.
std::optional<std::string> date_header(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::string line;
  std::optional<std::string> value;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) break;  // end of the headers
    if (value && (line[0] == ' ' || line[0] == '\t')) {
      *value += " " + line;
      continue;
    }
    if (value) break;
    if (dateline::starts_with_ci(line, "Date:")) value = line.substr(5);
  }
  if (value) *value = dateline::squeeze_spaces(*value);
  return value;
}

// GNU date's reading of `text` (no shell: the header is one argv entry).
std::optional<std::int64_t> oracle(const std::string& text) {
  int out[2];
  if (pipe(out) != 0) return std::nullopt;
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
  posix_spawn_file_actions_addclose(&actions, out[0]);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", 0, 0);
  std::vector<std::string> args{"date", "-u", "-d", text, "+%s"};
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  const int rc = posix_spawnp(&pid, "date", &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(out[1]);
  std::string got;
  char buf[256];
  for (ssize_t n; (n = read(out[0], buf, sizeof buf)) > 0;)
    got.append(buf, static_cast<std::size_t>(n));
  close(out[0]);
  if (rc != 0) return std::nullopt;
  int status = 0;
  waitpid(pid, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return std::nullopt;
  try {
    return std::stoll(got);
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

std::string iso(std::optional<std::int64_t> t) {
  return t ? dateline::format_iso8601(*t, dateline::DatePrecision::second)
           : std::string("(unparsed)");
}

}  // namespace

int main(int argc, char** argv) {
  const std::string folder = argc > 1 ? argv[1] : DATELINE_SHARED_CORPORA "/mini_newsgroups";
  if (argc > 2 || (argc == 2 && std::string_view(argv[1]).starts_with("-"))) {
    std::fprintf(stderr, "usage: date-accuracy [FOLDER of Usenet posts]\n");
    return 2;
  }
  std::vector<std::string> files;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(folder, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (it->is_regular_file()) files.push_back(it->path().string());
  }
  if (ec || files.empty()) {
    std::fprintf(stderr, "date-accuracy: %s: no files (%s)\n", folder.c_str(),
                 ec ? ec.message().c_str() : "empty");
    return 1;
  }
  std::sort(files.begin(), files.end());

  std::size_t headers = 0, parsed = 0, oracle_parsed = 0, agree = 0;
  std::vector<std::string> report;
  for (const auto& path : files) {
    const auto header = date_header(path);
    if (!header) {
      report.push_back(fmt::format("no Date: header      {}", path));
      continue;
    }
    ++headers;
    const auto ours = dateline::parse_date(*header);
    const auto theirs = oracle(*header);
    if (ours) ++parsed;
    if (theirs) ++oracle_parsed;
    if (ours && theirs && ours->unix_seconds == *theirs) {
      ++agree;
      continue;
    }
    const char* what = !ours     ? "dateline cannot read"
                       : !theirs ? "GNU date cannot read"
                                 : "DISAGREE            ";
    report.push_back(fmt::format("{} {}: '{}': dateline {}, GNU date {}", what, path, *header,
                                 iso(ours ? std::optional(ours->unix_seconds) : std::nullopt),
                                 iso(theirs)));
  }
  std::printf(
      "%s",
      fmt::format("{}: {} files, {} Date: headers\n"
                  "  parsed by dateline:            {}\n"
                  "  parsed by GNU date (oracle):   {}\n"
                  "  same instant as GNU date:      {} ({:.2f}% of the headers)\n",
                  folder, files.size(), headers, parsed, oracle_parsed, agree,
                  headers ? 100.0 * static_cast<double>(agree) / static_cast<double>(headers) : 0.0)
          .c_str());
  if (!report.empty()) std::printf("Not confirmed by the oracle (check these by hand):\n");
  for (const auto& line : report) std::printf("  %s\n", line.c_str());
  return 0;
}
