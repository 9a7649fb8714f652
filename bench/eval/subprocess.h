// Runs a program without a shell (the query texts contain quotes, parentheses and dashes that a
// shell would read) and collects what it printed.
#pragma once

#include <string>
#include <vector>

namespace dateline::eval {

struct ProcessResult {
  int exit_code = -1;  // -1 when it died of a signal
  std::string out;
  std::string err;
};

// argv[0] is the program's path. Throws std::runtime_error when it cannot be started.
ProcessResult run_process(const std::vector<std::string>& argv);

}  // namespace dateline::eval
