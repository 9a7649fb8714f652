// indexer/pipeline.cc on files too large to be read whole (over 16 MiB): read in pieces that end
// where a record ends, with the lines, ids and messages of the whole file.
#include <doctest/doctest.h>
#include <xapian.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "pipeline.h"
#include "temp_dir.h"

namespace {

struct Run {
  std::vector<std::string> diagnostics;
  dateline::IndexSummary summary;
};

Run index(const std::string& db, const std::string& source) {
  dateline::IndexOptions o;
  o.db_path = db;
  o.sources = {source};
  o.threads = 2;
  Run r;
  r.summary = dateline::run_index(o, [&r](const std::string& l) { r.diagnostics.push_back(l); });
  return r;
}

bool has(const std::vector<std::string>& lines, const std::string& text) {
  for (const auto& l : lines)
    if (l.find(text) != std::string::npos) return true;
  return false;
}

const std::string filler(500, 'x');

}  // namespace

TEST_SUITE("indexer") {
  TEST_CASE("a 20 MB JSON Lines file is read in pieces with the whole file's lines and ids") {
    dateline::test::TempDir dir;
    const std::string path = dir.path + "/big.jsonl";
    constexpr int records = 42000;
    constexpr int broken = 31337;  // a line somewhere past the first 8 MiB piece
    {
      std::ofstream out(path, std::ios::binary);
      for (int line = 1; line <= records; ++line) {
        if (line == broken) {
          out << "{\"title\": \"cut off\n";
          continue;
        }
        // No id: each record's id is PATH#LINE, so a wrong line count shows in the ids.
        out << R"({"title": "Story )" << line << R"(", "body": "Grain prices rose )" << filler
            << R"( today.", "date": "2025-12-05"})"
            << "\n";
      }
    }
    REQUIRE(std::filesystem::file_size(path) > (17u << 20));  // read whole up to 16 MiB
    const Run r = index(dir.path + "/db", path);
    CHECK(r.summary.indexed == records - 1);
    CHECK(r.summary.rejected == 1);
    CHECK(has(r.diagnostics, "big.jsonl:" + std::to_string(broken) + ": malformed JSON"));
    const Xapian::Database db(dir.path + "/db");
    // A file named as a SOURCE is known by its folder's name and its own (sources.h).
    const std::string identity = std::filesystem::path(dir.path).filename().string() + "/big.jsonl";
    for (int line : {1, broken - 1, broken + 1, records}) {
      CAPTURE(line);
      const std::string term = "Q" + identity + "#" + std::to_string(line);
      REQUIRE(db.term_exists(term));
      const Xapian::Document doc = db.get_document(*db.postlist_begin(term));
      CHECK(doc.get_data().find("Story " + std::to_string(line) + "\"") != std::string::npos);
    }
    // A rerun reads nothing: the hash of the pieces is the hash of the file.
    const Run again = index(dir.path + "/db", path);
    CHECK(again.summary.added + again.summary.replaced == 0);
  }

  TEST_CASE("a 20 MB Reuters file is read in pieces, no record cut, lines as in the file") {
    dateline::test::TempDir dir;
    const std::string path = dir.path + "/reut2-big.sgm";
    constexpr int records = 30000;
    constexpr int broken = 23456;
    std::size_t broken_line = 0;
    {
      std::ofstream out(path, std::ios::binary);
      std::size_t line = 1;
      out << "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n";
      ++line;
      for (int id = 1; id <= records; ++id) {
        if (id == broken) {
          broken_line = line;
          out << "<REUTERS NEWID=\"" << id << "\">\n<TEXT>no end\n";
          line += 2;
          continue;
        }
        out << "<REUTERS NEWID=\"" << id << "\">\n<DATE> 5-MAR-1987 09:00:00.00</DATE>\n"
            << "<TEXT>\n<TITLE>WHEAT STORY " << id << "</TITLE>\n<BODY>Wheat prices rose " << filler
            << ".\n</BODY></TEXT>\n</REUTERS>\n";
        line += 7;
      }
    }
    REQUIRE(std::filesystem::file_size(path) > (17u << 20));
    const Run r = index(dir.path + "/db", path);
    CHECK(r.summary.indexed == records - 1);
    CHECK(r.summary.rejected == 1);
    CHECK(has(r.diagnostics,
              "reut2-big.sgm:" + std::to_string(broken_line) + ": unterminated <REUTERS> record"));
    const Xapian::Database db(dir.path + "/db");
    CHECK(db.get_doccount() == records - 1);
  }
}

TEST_SUITE("indexer") {
  // A feed is one XML document: cut into pieces it would be lost whole, so it is read whole.
  TEST_CASE("a 20 MB RSS feed is read whole: every item is an article") {
    dateline::test::TempDir dir;
    const std::string path = dir.path + "/big.rss";
    constexpr int items = 30000;
    {
      std::ofstream out(path, std::ios::binary);
      out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\">\n<channel>\n"
          << "<title>Big Wire</title>\n<link>https://wire.example/</link>\n";
      for (int item = 1; item <= items; ++item) {
        out << "<item>\n<title>Grain story " << item << "</title>\n"
            << "<link>https://wire.example/story/" << item << "</link>\n"
            << "<pubDate>Fri, 05 Dec 2025 09:30:00 +0000</pubDate>\n"
            << "<description>Grain prices rose " << filler << " today.</description>\n</item>\n";
      }
      out << "</channel>\n</rss>\n";
    }
    REQUIRE(std::filesystem::file_size(path) > (17u << 20));  // past what is read whole elsewhere
    const Run r = index(dir.path + "/db", path);
    CHECK(r.summary.indexed == items);
    CHECK(r.summary.rejected == 0);
    const Xapian::Database db(dir.path + "/db");
    CHECK(db.get_doccount() == items);
  }

  TEST_CASE("a feed over the document limit is rejected unread, named with its size") {
    dateline::test::TempDir dir;
    const std::string path = dir.path + "/huge.rss";
    {
      std::ofstream out(path, std::ios::binary);
      out << "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Huge</title>\n";
      const std::string padding(1 << 20, ' ');
      for (int mb = 0; mb < 65; ++mb) out << padding;
      out << "</channel></rss>\n";
    }
    const Run r = index(dir.path + "/db", path);
    CHECK(r.summary.indexed == 0);
    CHECK(r.summary.rejected == 1);
    CHECK(has(r.diagnostics, "huge.rss:1: feed of "));
    CHECK(has(r.diagnostics, "is over the limit of 67108864 (rejected)"));
  }
}
