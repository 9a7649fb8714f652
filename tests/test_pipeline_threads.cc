// indexer/analysis_pool.h and repeated_problems.h through run_index: the bundled corpus indexed
// with analysing threads gives the very index one thread gives (docids, terms, positions,
// values, data, metadata, spelling) and the same messages in the same order; repeated problems
// are summed up over the whole run.
#include <doctest/doctest.h>
#include <xapian.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "pipeline.h"
#include "repeated_problems.h"
#include "temp_dir.h"

namespace fs = std::filesystem;

namespace {

struct Run {
  std::vector<std::string> diagnostics;
  dateline::IndexSummary summary;
};

Run index(const std::string& db, const std::vector<std::string>& sources, unsigned threads,
          std::size_t batch = 2000) {
  dateline::IndexOptions o;
  o.db_path = db;
  o.sources = sources;
  o.threads = threads;
  o.batch_size = batch;
  Run r;
  r.summary = dateline::run_index(o, [&r](const std::string& l) { r.diagnostics.push_back(l); });
  return r;
}

// Everything a search can read of the database, in docid order.
std::string dump(const std::string& path) {
  const Xapian::Database db(path);
  std::string out;
  for (auto d = db.postlist_begin(""); d != db.postlist_end(""); ++d) {
    const Xapian::Document doc = db.get_document(*d);
    out += "doc " + std::to_string(*d) + " " + doc.get_data() + "\n";
    for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
      out += " " + *t + ":" + std::to_string(t.get_wdf());
      for (auto p = t.positionlist_begin(); p != t.positionlist_end(); ++p)
        out += "," + std::to_string(*p);
    }
    for (auto v = doc.values_begin(); v != doc.values_end(); ++v)
      out += "\n v" + std::to_string(v.get_valueno()) + "=" + *v;
    out += "\n";
  }
  for (auto k = db.metadata_keys_begin(); k != db.metadata_keys_end(); ++k)
    out += "meta " + *k + "=" + db.get_metadata(*k) + "\n";
  for (auto w = db.spellings_begin(); w != db.spellings_end(); ++w)
    out += "spell " + *w + ":" + std::to_string(w.get_termfreq()) + "\n";
  return out;
}

void write_file(const std::string& path, const std::string& content) {
  fs::create_directories(fs::path(path).parent_path());
  std::ofstream(path, std::ios::binary) << content;
}

}  // namespace

TEST_SUITE("indexer") {
  TEST_CASE("analysing threads change nothing in the index or the messages") {
    dateline::test::TempDir dir;
    // One-article files of two formats (the pipeline runs across file ends), kept small
    // enough for the sanitizers' build.
    const std::vector<std::string> corpus{DATELINE_CORPUS "/bbc", DATELINE_CORPUS "/newsgroups"};
    // A small batch: commits fall while articles are still in flight.
    const Run one = index(dir.path + "/one", corpus, 0, 13);
    REQUIRE(one.summary.indexed > 70);  // 40 BBC articles, 40 posts
    const std::string expected = dump(dir.path + "/one");
    for (unsigned threads : {1u, 2u, 5u}) {
      CAPTURE(threads);
      const Run many = index(dir.path + "/t" + std::to_string(threads), corpus, threads, 13);
      CHECK(many.summary.indexed == one.summary.indexed);
      CHECK(many.summary.added == one.summary.added);
      CHECK(many.summary.warnings == one.summary.warnings);
      CHECK(many.diagnostics == one.diagnostics);
      CHECK(dump(dir.path + "/t" + std::to_string(threads)) == expected);
    }
  }

  TEST_CASE("a rerun with threads sees every file unchanged and writes nothing") {
    dateline::test::TempDir dir;
    const std::vector<std::string> corpus{DATELINE_CORPUS "/bbc"};
    index(dir.path + "/db", corpus, 2);
    const std::string before = dump(dir.path + "/db");
    const Run again = index(dir.path + "/db", corpus, 2);
    CHECK(again.summary.added == 0);
    CHECK(again.summary.replaced == 0);
    CHECK(again.summary.deleted == 0);
    CHECK(dump(dir.path + "/db") == before);
  }

  TEST_CASE("a problem repeated over many files is shown ten times, then summed up once") {
    dateline::test::TempDir dir;
    for (int f = 0; f < 30; ++f) {
      std::string lines;
      for (int i = 0; i < 5; ++i)
        lines += R"({"id": "f)" + std::to_string(f) + "-" + std::to_string(i) +
                 R"(", "title": "Headline only", "date": "2025-12-05"})" + "\n";
      write_file(dir.path + "/src/f" + std::to_string(f) + ".jsonl", lines);
    }
    const Run r = index(dir.path + "/db", {dir.path + "/src"}, 2);
    CHECK(r.summary.indexed == 150);
    CHECK(r.summary.warnings == 150);
    REQUIRE(r.diagnostics.size() == 11);
    for (std::size_t i = 0; i < 10; ++i)
      CHECK(r.diagnostics[i].find(": warning: empty body") != std::string::npos);
    CHECK(r.diagnostics[10] ==
          "140 more records with the problem 'empty body (indexed by its title alone)' not shown "
          "(150 in all, in 30 files)");
  }

  TEST_CASE("problems that differ only in their numbers are one problem") {
    CHECK(dateline::problem_shape("NEWID 12793: empty story") == "NEWID #: empty story");
    CHECK(dateline::problem_shape("line 7 of 1234") == "line # of #");
    CHECK(dateline::problem_shape("no numbers") == "no numbers");
    dateline::RepeatedProblems repeats;
    for (int i = 0; i < 12; ++i)
      CHECK(repeats.show("NEWID " + std::to_string(i) + ": no <TEXT>", "a.sgm") == (i < 10));
    CHECK(repeats.show("another problem", "a.sgm"));
    REQUIRE(repeats.summary().size() == 1);
    CHECK(repeats.summary()[0] ==
          "2 more records with the problem 'NEWID #: no <TEXT>' not shown (12 in all, in 1 file; "
          "# stands for a number)");
  }
}
