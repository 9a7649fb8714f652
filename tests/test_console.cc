// indexer/console.h: which progress display dateline-index chooses, and how diagnostics print.
#include <doctest/doctest.h>

#include <cstdio>

#include "console.h"

TEST_SUITE("indexer") {
  TEST_CASE("--progress auto gives a bar on a terminal, lines in a log, nothing when quiet") {
    std::FILE* sink = std::tmpfile();
    REQUIRE(sink != nullptr);
    const auto terminal = dateline::make_console(sink, "auto", false, true, 30);
    CHECK(terminal.progress != nullptr);
    CHECK(terminal.bar != nullptr);
    const auto log = dateline::make_console(sink, "auto", false, false, 30);
    CHECK(log.progress != nullptr);
    CHECK(log.bar == nullptr);
    const auto quiet = dateline::make_console(sink, "auto", true, true, 30);
    CHECK(quiet.progress == nullptr);
    std::fclose(sink);
  }

  TEST_CASE("an explicit --progress wins over the terminal test and --quiet") {
    std::FILE* sink = std::tmpfile();
    REQUIRE(sink != nullptr);
    CHECK(dateline::make_console(sink, "bar", true, false, 30).bar != nullptr);
    const auto lines = dateline::make_console(sink, "lines", false, true, 30);
    CHECK(lines.progress != nullptr);
    CHECK(lines.bar == nullptr);
    CHECK(dateline::make_console(sink, "none", false, true, 30).progress == nullptr);
    std::fclose(sink);
  }
}
