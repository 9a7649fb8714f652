// indexer/stats_json.h: --stats-json's object, and the write that is never seen half done.
#include <doctest/doctest.h>

#include <filesystem>
#include <system_error>

#include "file_io.h"
#include "stats_json.h"

using namespace dateline;

TEST_SUITE("indexer") {
  TEST_CASE("the stats JSON holds every summary count, the exit code, the times and the database") {
    IndexSummary s;
    s.files_read = 22;
    s.files_unchanged = 20;
    s.added = 3;
    s.replaced = 1000;
    s.deleted = 12;
    s.indexed = 1003;
    s.rejected = 1;
    s.documents = 21577;
    s.seconds = 17.25;
    RunRecord run{"/var/lib/dateline/db", 1764943380, 1764943397, 3, "", std::nullopt};
    const nlohmann::json j = stats_json(s, run);
    CHECK(j["files_read"] == 22);
    CHECK(j["files_unchanged"] == 20);
    CHECK(j["added"] == 3);
    CHECK(j["replaced"] == 1000);
    CHECK(j["deleted"] == 12);
    CHECK(j["rejected"] == 1);
    CHECK(j["documents"] == 21577);
    CHECK(j["seconds"] == 17.25);
    CHECK(j["interrupted"] == false);
    CHECK(j["published"].is_null());
    CHECK(j["exit_code"] == 3);
    CHECK(j["started"] == "2025-12-05T14:03:00Z");
    CHECK(j["finished"] == "2025-12-05T14:03:17Z");
    CHECK(j["db"] == "/var/lib/dateline/db");
    CHECK(j["error"].is_null());
    for (const char* key :
         {"files_skipped", "files_failed", "duplicates", "warnings", "undated", "dated_by_option",
          "dated_by_dateline", "dated_by_text", "dated_by_crawl", "dated_by_file_time"}) {
      CAPTURE(key);
      CHECK(j.contains(key));
    }
    CHECK(j.size() == 26);  // a new IndexSummary field belongs here and in README.md
  }

  TEST_CASE("a run stopped by a failure says why, and a rebuild what it published") {
    IndexSummary s;
    s.published = "db.3";
    RunRecord run{"db", 0, 0, 75, "db: another dateline-index is writing to this database", 4000};
    const nlohmann::json j = stats_json(s, run);
    CHECK(j["exit_code"] == 75);
    CHECK(j["error"] == "db: another dateline-index is writing to this database");
    CHECK(j["published"] == "db.3");
    // The live database's count, not the run's own (it wrote nothing): 4,000, never 0.
    CHECK(j["documents"] == 4000);
  }

  TEST_CASE("a failed run whose database cannot be read reports its documents as unknown") {
    IndexSummary s;
    RunRecord run{"db", 0, 0, 1, "db: cannot open", std::nullopt};
    CHECK(stats_json(s, run)["documents"].is_null());
  }

  TEST_CASE("the file is replaced whole, and no temporary file stays behind") {
    namespace fs = std::filesystem;
    const fs::path dir =
        fs::temp_directory_path() / ("dateline-stats-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const std::string path = (dir / "last-run.json").string();
    write_file_atomically(path, "{\"old\": 1}\n");
    write_file_atomically(path, "{\"new\": 2}\n");
    std::string error;
    CHECK(dateline::read_whole_file(path, error) == "{\"new\": 2}\n");
    CHECK_FALSE(fs::exists(path + ".tmp"));
    CHECK_THROWS_AS(write_file_atomically((dir / "no-such-folder" / "x.json").string(), "{}"),
                    std::system_error);
    fs::remove_all(dir);
  }
}
