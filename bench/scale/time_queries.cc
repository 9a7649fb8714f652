// scale-time-queries: every query of the benchmark's TSV as its own OS process, as the CGI
// pays for one (start, open the database, search, print, exit), timed from spawn to exit.
// Prints "p50 p95 p99 failures" in milliseconds: with --repeat R the median of each percentile
// over R passes. --times FILE keeps each query's median time (the slow ones are the story).
//
//   scale-time-queries [--repeat R] [--times FILE] QUERIES_TSV MODE -- PROGRAM ARG...
//
// MODE says how a query becomes arguments after PROGRAM ARG...:
//   dateline  the filter's arguments (place:..., --from ... --to ...), then the words
//   words     the words, one argument each (filters left out)
//   joined    the words as one argument (filters left out): quest's QUERY
#include <fcntl.h>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

extern char** environ;

namespace {

std::vector<std::string> split(const std::string& text, char sep) {
  std::vector<std::string> out;
  std::string item;
  std::istringstream in(text);
  while (std::getline(in, item, sep))
    if (!item.empty() || sep == '\t') out.push_back(item);
  return out;
}

// Wall milliseconds of one process, or a negative number when it failed.
double run(const std::vector<std::string>& argv) {
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  const auto start = std::chrono::steady_clock::now();
  pid_t pid = 0;
  const int rc = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) return -1;
  int status = 0;
  waitpid(pid, &status, 0);
  const std::chrono::duration<double, std::milli> took = std::chrono::steady_clock::now() - start;
  return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? took.count() : -1;
}

// Nearest rank: the smallest time with at least p of the queries at or under it.
double percentile(std::vector<double> times, double p) {
  std::sort(times.begin(), times.end());
  const auto rank = static_cast<std::size_t>(std::ceil(p * static_cast<double>(times.size())));
  return times[std::max<std::size_t>(rank, 1) - 1];
}

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  int repeat = 1;
  std::string times_file;
  while (args.size() >= 2 && (args[0] == "--repeat" || args[0] == "--times")) {
    (args[0] == "--repeat" ? void(repeat = std::stoi(args[1])) : void(times_file = args[1]));
    args.erase(args.begin(), args.begin() + 2);
  }
  const auto dashes = std::find(args.begin(), args.end(), "--");
  if (args.size() < 4 || dashes != args.begin() + 2 || dashes + 1 == args.end() || repeat < 1) {
    fmt::print(stderr,
               "usage: scale-time-queries [--repeat R] [--times FILE] QUERIES_TSV "
               "dateline|words|joined -- PROGRAM ARG...\n");
    return 2;
  }
  const std::string mode = args[1];
  const std::vector<std::string> command(dashes + 1, args.end());
  std::vector<std::vector<std::string>> queries;  // kind, words, filter
  std::ifstream in(args[0]);
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) queries.push_back(split(line, '\t'));
  if (queries.empty()) {
    fmt::print(stderr, "scale-time-queries: {}: no queries\n", args[0]);
    return 1;
  }
  std::vector<std::vector<double>> per_query(queries.size());
  std::vector<double> p50, p95, p99;
  int failures = 0;
  for (int pass = 0; pass < repeat; ++pass) {
    std::vector<double> times;
    for (std::size_t i = 0; i < queries.size(); ++i) {
      const auto& q = queries[i];
      std::vector<std::string> argv_q = command;
      const auto words = split(q.size() > 1 ? q[1] : "", ' ');
      if (mode == "dateline" && q.size() > 2)
        for (const auto& f : split(q[2], ' ')) argv_q.push_back(f);
      if (mode == "joined") {
        argv_q.push_back(q.size() > 1 ? q[1] : "");
      } else {
        argv_q.insert(argv_q.end(), words.begin(), words.end());
      }
      double ms = run(argv_q);
      if (ms < 0) {
        if (failures++ == 0)
          fmt::print(stderr, "scale-time-queries: failed: {}\n", fmt::join(argv_q, " "));
        ms = 0;
      }
      times.push_back(ms);
      per_query[i].push_back(ms);
    }
    p50.push_back(percentile(times, 0.50));
    p95.push_back(percentile(times, 0.95));
    p99.push_back(percentile(times, 0.99));
  }
  if (!times_file.empty()) {
    std::ofstream out(times_file);
    for (std::size_t i = 0; i < queries.size(); ++i)
      out << fmt::format("{:.1f}\t{}\n", median(per_query[i]), fmt::join(queries[i], "\t"));
  }
  fmt::print("{:.1f} {:.1f} {:.1f} {}\n", median(p50), median(p95), median(p99), failures);
  return 0;
}
