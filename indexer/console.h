// What dateline-index shows on stderr while it runs: the progress reporter the user asked for
// (a bar for a person at a terminal, lines for a log, nothing), and diagnostics printed so
// that they never land on the bar's remains.
#pragma once

#include <cstdio>
#include <memory>
#include <string>

#include "diagnostics.h"
#include "progress.h"
#include "progress_terminal.h"

namespace dateline {

struct Console {
  std::unique_ptr<ProgressReporter> progress;  // null for --progress none
  TerminalProgress* bar = nullptr;             // the progress, when it is a bar
  bool quiet = false;                          // --quiet: no warnings

  // Prints one diagnostic line ("file:line: reason") as "dateline-index: ..."; warnings are
  // dropped when quiet.
  DiagnosticSink diagnostics();
  // Ends the progress display (idempotent).
  void done();
};

// `mode` is --progress: "auto" (a bar when `stderr_is_terminal`, else lines; none when
// quiet), "bar", "lines" or "none".
Console make_console(std::FILE* err, const std::string& mode, bool quiet, bool stderr_is_terminal,
                     double line_interval_seconds);

}  // namespace dateline
