// indexer/pipeline.h on compressed files, bundles and standard input, and --extract
// (run_extract): members read as files under the bundle's name, a bundle one file to the
// incremental state, and an extract that indexes to the same articles as its sources.
#include <doctest/doctest.h>
#include <fcntl.h>
#include <unistd.h>
#include <xapian.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "archive_writer.h"
#include "document_data.h"
#include "file_state.h"
#include "interchange_json.h"
#include "pipeline.h"
#include "schema.h"
#include "temp_dir.h"
#include "text.h"

namespace fs = std::filesystem;
using dateline::IndexOptions;
using dateline::IndexSummary;
using dateline::test::Bundle;
using dateline::test::make_archive;

namespace {

void write_file(const std::string& path, const std::string& content) {
  fs::create_directories(fs::path(path).parent_path());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << content;
  REQUIRE(out.good());
}

std::string story(const std::string& title, const std::string& text) {
  return title + "\n\n" + text + "\n";
}

struct Run {
  dateline::test::TempDir dir;
  std::string db = dir.path + "/db";
  std::string src = dir.path + "/src";
  std::vector<std::string> diagnostics;

  IndexOptions options(std::vector<std::string> sources) const {
    IndexOptions o;
    o.db_path = db;
    o.sources = sources.empty() ? std::vector<std::string>{src} : std::move(sources);
    return o;
  }
  IndexSummary run(std::vector<std::string> sources = {}, const std::string& stdin_name = "stdin") {
    diagnostics.clear();
    IndexOptions o = options(std::move(sources));
    o.stdin_name = stdin_name;
    return dateline::run_index(o, [this](const std::string& l) { diagnostics.push_back(l); });
  }
  bool said(const std::string& text) const {
    for (const auto& d : diagnostics)
      if (d.find(text) != std::string::npos) return true;
    return false;
  }
  bool has(const std::string& id) const {
    return Xapian::Database(db).term_exists(dateline::make_term(dateline::schema::prefix::id, id));
  }
  dateline::StoredDocument document(const std::string& id) const {
    const Xapian::Database d(db);
    const std::string term = dateline::make_term(dateline::schema::prefix::id, id);
    REQUIRE_MESSAGE(d.term_exists(term), "no document ", id);
    return dateline::parse_document_data(d.get_document(*d.postlist_begin(term)).get_data());
  }
};

// Standard input read from `path` while it lives.
struct StdinFrom {
  int saved = ::dup(STDIN_FILENO);
  explicit StdinFrom(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY);
    REQUIRE(fd >= 0);
    ::dup2(fd, STDIN_FILENO);
    ::close(fd);
  }
  ~StdinFrom() {
    ::dup2(saved, STDIN_FILENO);
    ::close(saved);
  }
  StdinFrom(const StdinFrom&) = delete;
  StdinFrom& operator=(const StdinFrom&) = delete;
};

const std::string harvest = story("Harvest begins early", "Farmers near Lyon began the harvest.");
const std::string markets = story("Markets rally", "Shares rose in Frankfurt on Monday.");
const std::string floods = story("Floods close roads", "Rain closed roads around Porto.");

}  // namespace

TEST_SUITE("indexer") {
  TEST_CASE("a gzipped tar's members are read as files, named bundle:member, ids under it") {
    Run r;
    write_file(r.src + "/bundle.tar.gz",
               make_archive(Bundle::tar, "gzip",
                            {{"news/a.txt", harvest},
                             {"news/b.jsonl", "{\"title\": \"Wheat\", \"body\": \"Up.\"}\n{cut\n"},
                             {"README.md", "# What this is\n\nA bundle.\n"}}));
    const IndexSummary s = r.run();
    CAPTURE(r.diagnostics);
    CHECK(s.added == 2);
    CHECK(s.rejected == 1);
    CHECK(s.files_read == 2);
    CHECK(s.files_skipped == 1);
    CHECK(r.said("src/bundle.tar.gz:news/b.jsonl:2: malformed JSON"));
    CHECK(r.said("src/bundle.tar.gz:README.md: skipped: not an article format dateline reads"));
    // Ids as for files, the bundle standing for a folder: moving it keeps them.
    CHECK(r.document("src/bundle.tar.gz/news/a.txt").title == "Harvest begins early");
    CHECK(r.has("src/bundle.tar.gz/news/b.jsonl#1"));
    CHECK(r.document("src/bundle.tar.gz/news/a.txt").origin == r.src + "/bundle.tar.gz:news/a.txt");
  }

  TEST_CASE("zips and tars of every compression are read alike") {
    Run r;
    const std::vector<dateline::test::Member> members{{"a.txt", harvest}};
    write_file(r.src + "/z.zip", make_archive(Bundle::zip, "", {{"a.txt", markets}}));
    write_file(r.src + "/t.tar", make_archive(Bundle::tar, "", members));
    write_file(r.src + "/t.tar.bz2", make_archive(Bundle::tar, "bzip2", members));
    write_file(r.src + "/t.txz", make_archive(Bundle::tar, "xz", members));
    write_file(r.src + "/t.tar.zst", make_archive(Bundle::tar, "zstd", members));
    const IndexSummary s = r.run();
    CAPTURE(r.diagnostics);
    CHECK(s.added == 5);
    CHECK(r.document("src/z.zip/a.txt").title == "Markets rally");
    CHECK(r.has("src/t.txz/a.txt"));
  }

  TEST_CASE("a compressed file is the file it compresses: its id is the same") {
    Run r;
    write_file(r.src + "/a.txt", harvest);
    CHECK(r.run().added == 1);
    fs::remove(r.src + "/a.txt");
    write_file(r.src + "/a.txt.gz", dateline::test::compress("gzip", harvest));
    write_file(r.src + "/b.jsonl.xz",
               dateline::test::compress("xz", "{\"title\": \"Wheat\", \"body\": \"Up.\"}\n"));
    const IndexSummary s = r.run();
    CAPTURE(r.diagnostics);
    CHECK(s.replaced == 1);
    CHECK(s.added == 1);
    CHECK(s.documents == 2);
    CHECK(r.document("src/a.txt").title == "Harvest begins early");
    CHECK(r.has("src/b.jsonl#1"));
  }

  TEST_CASE(
      "an unchanged bundle is not read; a changed one is read whole, its gone members' "
      "articles deleted") {
    Run r;
    const std::string bundle = r.src + "/bundle.tgz";
    write_file(bundle, make_archive(Bundle::tar, "gzip", {{"a.txt", harvest}, {"b.txt", markets}}));
    CHECK(r.run().added == 2);
    const IndexSummary again = r.run();
    CHECK(again.files_unchanged == 1);
    CHECK(again.files_read == 0);
    write_file(bundle,
               make_archive(Bundle::tar, "gzip",
                            {{"a.txt", story("Harvest ends", "Done.")}, {"c.txt", floods}}));
    const IndexSummary changed = r.run();
    CHECK(changed.replaced == 1);
    CHECK(changed.added == 1);
    CHECK(changed.deleted == 1);
    CHECK_FALSE(r.has("src/bundle.tgz/b.txt"));
    CHECK(r.document("src/bundle.tgz/a.txt").title == "Harvest ends");
    fs::remove(bundle);
    CHECK(r.run().deleted == 2);
  }

  TEST_CASE("a bundle moved to another folder of the same name replaces its articles") {
    Run r;
    write_file(r.src + "/bundle.zip", make_archive(Bundle::zip, "", {{"a.txt", harvest}}));
    CHECK(r.run().added == 1);
    const std::string moved = r.dir.path + "/mnt/src";
    fs::create_directories(moved);
    fs::rename(r.src + "/bundle.zip", moved + "/bundle.zip");
    const IndexSummary s = r.run({moved});
    CHECK(s.replaced == 1);
    CHECK(s.documents == 1);
  }

  TEST_CASE("a member over the record limit is rejected alone, the rest of the bundle read") {
    Run r;
    const std::string big(5 << 20, 'a');
    write_file(
        r.src + "/bundle.tar.gz",
        make_archive(Bundle::tar, "gzip", {{"big.txt", "Big\n\n" + big}, {"b.txt", markets}}));
    // A compressed stream says not how large it is: read up to the limit, no further.
    write_file(r.src + "/huge.txt.gz", dateline::test::compress("gzip", "Huge\n\n" + big));
    const IndexSummary s = r.run();
    CAPTURE(r.diagnostics);
    CHECK(s.added == 1);
    CHECK(s.rejected == 2);
    CHECK(r.said("bundle.tar.gz:big.txt:1: article of 5242885 bytes is over the limit of 4194304"));
    CHECK(r.said("huge.txt.gz:1: article of 4194305 bytes is over the limit of 4194304"));
  }

  TEST_CASE("a large JSON Lines member is read in pieces with the member's lines") {
    Run r;
    std::string lines;
    const std::string filler(400, 'x');
    constexpr int records = 50000;  // some 21 MB: more than is read whole
    for (int i = 1; i <= records; ++i)
      lines += i == 40000 ? std::string("{broken\n")
                          : "{\"title\": \"Story " + std::to_string(i) + "\", \"body\": \"" +
                                filler + "\"}\n";
    REQUIRE(lines.size() > (17u << 20));
    write_file(r.src + "/big.jsonl.gz", dateline::test::compress("gzip", lines));
    const IndexSummary s = r.run();
    CHECK(s.added == records - 1);
    CHECK(r.said("big.jsonl.gz:40000: malformed JSON"));
    CHECK(r.document("src/big.jsonl#50000").title == "Story 50000");
  }

  TEST_CASE("a WARC file too large to be read whole is read record by record, gzipped or not") {
    Run r;
    const auto record = [](const std::string& uri, const std::string& block) {
      return "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri +
             "\r\nContent-Type: application/http;msgtype=response\r\nContent-Length: " +
             std::to_string(block.size()) + "\r\n\r\n" + block + "\r\n\r\n";
    };
    // A 17 MiB video no reader keeps, then a page: some 2.7 million lines before it.
    const std::string video =
        record("https://town.example/film.mp4",
               "HTTP/1.1 200 OK\r\nContent-Type: video/mp4\r\n\r\n" + std::string(17 << 20, '\n'));
    const std::string page = record(
        "https://town.example/market",
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><head><title>Market hall "
        "reopens</title></head><body><article><h1>Market hall reopens</h1><p>Traders returned "
        "to the old market hall on Saturday, a year after the fire.</p></article></body></html>");
    write_file(r.src + "/crawl.warc", video + page);
    write_file(r.src + "/crawl2.warc.gz", dateline::test::compress("gzip", video + page));
    const IndexSummary s = r.run();
    CAPTURE(r.diagnostics);
    CHECK(s.rejected == 0);
    CHECK(s.added == 1);
    CHECK(s.duplicates == 1);  // the same page in both files
    const std::string line =
        std::to_string(1 + static_cast<std::size_t>(std::count(video.begin(), video.end(), '\n')));
    CHECK(r.document("https://town.example/market").origin == r.src + "/crawl2.warc.gz");
    CHECK(r.said("crawl2.warc.gz:" + line + ": warning: id 'https://town.example/market' also at " +
                 r.src + "/crawl.warc:" + line));
  }

  TEST_CASE("a truncated bundle keeps the articles it held and is read again by the next run") {
    Run r;
    std::vector<dateline::test::Member> members;
    for (int i = 0; i < 30; ++i)
      members.push_back({"m" + std::to_string(i) + ".txt",
                         story("Story " + std::to_string(i), std::string(2000, 'w') + " end.")});
    const std::string whole = make_archive(Bundle::tar, "", members);
    const std::string bundle = r.src + "/bundle.tar";
    write_file(bundle, whole);
    CHECK(r.run().added == 30);
    write_file(bundle, whole.substr(0, whole.size() / 2));
    const IndexSummary cut = r.run();
    CHECK(cut.files_failed == 1);
    CHECK(cut.deleted == 0);
    CHECK(cut.documents == 30);
    CHECK(r.said("bundle.tar: damaged: "));
    CHECK(r.run().files_failed == 1);  // no state stored: read again
  }

  TEST_CASE("standard input is read every run, compressed or not, named by --stdin-name") {
    Run r;
    const std::string input = r.dir.path + "/input";
    write_file(input, dateline::test::compress(
                          "gzip",
                          "{\"title\": \"Wheat\", \"body\": \"Up.\"}\n{\"id\": \"x1\", "
                          "\"title\": \"Barley\", \"body\": \"Down.\"}\n{cut\n"));
    {
      StdinFrom in(input);
      const IndexSummary s = r.run({"-"}, "feed.jsonl");
      CAPTURE(r.diagnostics);
      CHECK(s.added == 2);
      CHECK(r.said("feed.jsonl:3: malformed JSON"));
    }
    CHECK(r.has("feed.jsonl#1"));
    CHECK(r.has("x1"));
    {
      StdinFrom in(input);
      const IndexSummary again = r.run({"-"}, "feed.jsonl");
      CHECK(again.replaced == 2);  // no state: read again, replacing by id
      CHECK(again.deleted == 0);
    }
    CHECK(dateline::all_file_states(Xapian::Database(r.db)).empty());
    // A plain text on standard input, its name the default.
    write_file(input, harvest);
    StdinFrom in(input);
    CHECK(r.run({"-"}).added == 1);
    CHECK(r.document("stdin").title == "Harvest begins early");
  }

  TEST_CASE("a bundle on standard input has its members read as files") {
    Run r;
    const std::string input = r.dir.path + "/input";
    write_file(input, make_archive(Bundle::zip, "", {{"a.txt", harvest}, {"b/c.txt", markets}}));
    StdinFrom in(input);
    const IndexSummary s = r.run({"-"});
    CHECK(s.added == 2);
    CHECK(r.has("stdin/b/c.txt"));
  }

  TEST_CASE("an extract writes no database and indexes to the articles its sources index to") {
    Run r;
    const std::string fixtures = DATELINE_FIXTURES;
    std::string lines;
    IndexOptions o = r.options({fixtures});
    const IndexSummary extracted = dateline::run_extract(
        o, [](const std::string&) {},
        [&](const dateline::AnalysedArticle& a) { lines += dateline::interchange_json(a) + "\n"; });
    CHECK_FALSE(fs::exists(r.db));
    CHECK(extracted.indexed > 40);
    CHECK(extracted.rejected > 0);
    CHECK(extracted.dated_by_crawl == 1);  // the WARC fixture's page without a date

    const IndexSummary direct = r.run({fixtures});
    const std::string db_direct = r.db;
    r.db = r.dir.path + "/db-extract";
    write_file(r.dir.path + "/extract/all.jsonl", lines);
    const IndexSummary again = r.run({r.dir.path + "/extract"});
    CHECK(again.rejected == 0);
    CHECK(again.documents == direct.documents);

    const Xapian::Database a(db_direct);
    const Xapian::Database b(r.db);
    for (auto it = a.allterms_begin("Q"); it != a.allterms_end("Q"); ++it) {
      const std::string term = *it;
      CAPTURE(term);
      REQUIRE(b.term_exists(term));
      const auto x =
          dateline::parse_document_data(a.get_document(*a.postlist_begin(term)).get_data());
      const auto y =
          dateline::parse_document_data(b.get_document(*b.postlist_begin(term)).get_data());
      CHECK(x.title == y.title);
      CHECK(x.text == y.text);
      CHECK(x.source == y.source);
      CHECK(x.byline == y.byline);
      CHECK(x.url == y.url);
      CHECK(x.language == y.language);
      CHECK(x.topics == y.topics);
      REQUIRE(x.date.has_value() == y.date.has_value());
      if (x.date) {
        CHECK(x.date->unix_seconds == y.date->unix_seconds);
        CHECK(x.date->precision == y.date->precision);
        CHECK(x.date->source == y.date->source);
      }
      REQUIRE(x.places.size() == y.places.size());
      for (std::size_t i = 0; i < x.places.size(); ++i) {
        CHECK(x.places[i].id == y.places[i].id);
        CHECK(x.places[i].role == y.places[i].role);
      }
    }
  }
}
