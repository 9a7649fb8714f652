#include "repeated_problems.h"

#include <fmt/format.h>

#include <algorithm>

namespace dateline {

std::string problem_shape(std::string_view reason) {
  std::string out;
  out.reserve(reason.size());
  for (std::size_t i = 0; i < reason.size(); ++i) {
    const bool digit = reason[i] >= '0' && reason[i] <= '9';
    if (!digit) {
      out += reason[i];
    } else if (out.empty() || out.back() != '#' || i == 0 || reason[i - 1] < '0' ||
               reason[i - 1] > '9') {
      out += '#';
    }
  }
  return out;
}

bool RepeatedProblems::show(std::string_view reason, const std::string& file) {
  auto [it, fresh] = seen_.try_emplace(problem_shape(reason));
  Seen& s = it->second;
  if (fresh) {
    s.order = seen_.size();
    s.reason = reason;
  }
  if (s.last_file != file || s.files == 0) {
    ++s.files;
    s.last_file = file;
  }
  return ++s.count <= shown;
}

std::vector<std::string> RepeatedProblems::summary() const {
  std::vector<const Seen*> over;
  for (const auto& [shape, s] : seen_)
    if (s.count > shown) over.push_back(&s);
  std::sort(over.begin(), over.end(),
            [](const Seen* a, const Seen* b) { return a->order < b->order; });
  std::vector<std::string> out;
  for (const Seen* s : over) {
    const bool numbered = problem_shape(s->reason) != s->reason;
    out.push_back(
        fmt::format("{} more records with the problem '{}' not shown ({} in all, in {} "
                    "file{}{})",
                    s->count - shown, numbered ? problem_shape(s->reason) : s->reason, s->count,
                    s->files, s->files == 1 ? "" : "s", numbered ? "; # stands for a number" : ""));
  }
  return out;
}

}  // namespace dateline
