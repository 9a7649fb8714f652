// Repeated problems, summed up: the same problem (its reason with the numbers in it left out,
// so "NEWID 12: no <TEXT>" and "NEWID 13: no <TEXT>" are one) is shown for its first few
// records in the whole run, then counted; the run ends with one line for each problem that was
// not shown in full. A damaged archive must not flood the log (83,088 "empty body" lines at a
// million articles).
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace dateline {

class RepeatedProblems {
 public:
  static constexpr std::size_t shown = 10;

  // True while `reason` has been seen at most `shown` times in the run (in `file` this time).
  bool show(std::string_view reason, const std::string& file);
  // "N more records with the problem 'REASON' not shown (M in all, in F files)", for each
  // problem seen more than `shown` times, in the order they were first seen.
  std::vector<std::string> summary() const;

 private:
  struct Seen {
    std::size_t order = 0;
    std::string reason;  // as first seen
    std::size_t count = 0;
    std::size_t files = 0;
    std::string last_file;
  };
  std::map<std::string, Seen> seen_;  // by the reason's shape
};

// `reason` with each run of digits as '#': what makes two problems the same one.
std::string problem_shape(std::string_view reason);

}  // namespace dateline
