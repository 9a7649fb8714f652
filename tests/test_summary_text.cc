// indexer/summary_text.h and stop_signals.h: what dateline-index prints at the end of a run and
// when it is asked to stop. Scripts and the e2e tests read these words.
#include <doctest/doctest.h>
#include <signal.h>

#include <string>

#include "exit_codes.h"
#include "stop_signals.h"
#include "summary_text.h"

using dateline::IndexSummary;

TEST_SUITE("indexer") {
  TEST_CASE(
      "a finished run's summary is the changes line, then the counts line scripts read last") {
    IndexSummary s;
    s.indexed = 5;
    s.added = 4;
    s.replaced = 1;
    s.files_read = 2;
    s.documents = 5;
    s.seconds = 1.25;
    const auto lines = dateline::summary_lines(s, "/srv/db", false);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] ==
          "dateline-index: incremental: 4 added, 1 replaced, 0 deleted, 0 files unchanged");
    CHECK(lines[1] ==
          "dateline-index: 5 indexed, 0 rejected, 0 repaired with a warning, 0 duplicate ids, 0 "
          "without a "
          "date; files: 2 read, 0 skipped, 0 unreadable; 5 documents in /srv/db (1.2s)");
    CHECK(dateline::exit_code_of(s) == dateline::exit_code::ok);
  }

  TEST_CASE("an interrupted rebuild says so first, and estimated dates get a line of their own") {
    IndexSummary s;
    s.interrupted = true;
    s.indexed = 7;
    s.dated_by_dateline = 2;
    s.dated_by_file_time = 1;
    s.published = "/srv/db.generations/gen-1";
    const auto lines = dateline::summary_lines(s, "/srv/db", true);
    REQUIRE(lines.size() == 4);
    CHECK(lines[0] == "dateline-index: interrupted: committed 7 articles; rerun to finish");
    CHECK(lines[1] ==
          "dateline-index: dates not in the metadata: 0 from --date, 2 from datelines, 0 from the "
          "text, 1 from "
          "file times");
    CHECK(lines[2] ==
          "dateline-index: rebuild: 0 added, 0 replaced, 0 deleted, 0 files unchanged; published "
          "/srv/db.generations/gen-1");
    CHECK(dateline::exit_code_of(s) == dateline::exit_code::failure);
  }

  TEST_CASE("rejected records give exit code 3, unreadable files 1") {
    IndexSummary s;
    s.rejected = 1;
    CHECK(dateline::exit_code_of(s) == dateline::exit_code::records_rejected);
    s.files_failed = 1;
    CHECK(dateline::exit_code_of(s) == dateline::exit_code::failure);
  }

  TEST_CASE("SIGTERM sets the stop flag, and the message blanks a progress bar first") {
    dateline::install_stop_handlers(10);
    CHECK(dateline::stop_message_text(SIGTERM) ==
          "\r         \rdateline-index: terminated: committing what is indexed\n");
    dateline::install_stop_handlers(0);
    CHECK(dateline::stop_message_text(SIGINT) ==
          "dateline-index: interrupted: committing what is indexed (Ctrl-C again quits at once)\n");
    REQUIRE_FALSE(dateline::stop_requested.load());
    raise(SIGTERM);
    CHECK(dateline::stop_requested.load());
    // Leave the test process as it was.
    dateline::stop_requested = false;
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
  }
}  // TEST_SUITE
