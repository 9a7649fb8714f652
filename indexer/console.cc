#include "console.h"

#include <unistd.h>

#include "log_text.h"
#include "progress_lines.h"

namespace dateline {

DiagnosticSink Console::diagnostics() {
  return [quiet = quiet, bar = bar](const std::string& line) {
    if (quiet && line.find(": warning: ") != std::string::npos) return;
    if (bar != nullptr) {
      bar->message("dateline-index: " + log_line(line));
    } else {
      std::fprintf(stderr, "dateline-index: %s\n", log_line(line).c_str());
    }
  };
}

void Console::done() {
  if (progress) progress->done();
}

Console make_console(std::FILE* err, const std::string& mode, bool quiet, bool stderr_is_terminal,
                     double line_interval_seconds) {
  std::string chosen = mode;
  if (chosen == "auto") chosen = quiet ? "none" : stderr_is_terminal ? "bar" : "lines";
  Console console;
  console.quiet = quiet;
  if (chosen == "bar") {
    auto terminal =
        std::make_unique<TerminalProgress>(err, [] { return terminal_columns(STDERR_FILENO); });
    console.bar = terminal.get();
    console.progress = std::move(terminal);
  } else if (chosen == "lines") {
    console.progress = std::make_unique<LinesProgress>(err, line_interval_seconds);
  }
  return console;
}

}  // namespace dateline
