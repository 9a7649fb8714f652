// indexer/pipeline.h: whole runs of run_index on a temporary folder, rerun as the nightly job
// reruns them. The gazetteer is used as dateline-index uses it.
#include <doctest/doctest.h>
#include <sys/stat.h>
#include <xapian.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "document_data.h"
#include "errors.h"
#include "pipeline.h"
#include "publish.h"
#include "schema.h"
#include "temp_dir.h"
#include "text.h"

namespace fs = std::filesystem;
using dateline::IndexOptions;
using dateline::IndexSummary;

namespace {

void write_file(const std::string& path, const std::string& content) {
  fs::create_directories(fs::path(path).parent_path());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << content;
  REQUIRE(out.good());
}

std::string record(const std::string& id, const std::string& title) {
  return R"({"id": ")" + id + R"(", "title": ")" + title +
         R"(", "body": "Prices rose in Paris today.", "date": "2025-12-05"})" + "\n";
}

std::string records(std::size_t n, const std::string& title) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += record("r" + std::to_string(i), title);
  return out;
}

struct Folder {
  dateline::test::TempDir dir;
  std::string db = dir.path + "/db";
  std::string src = dir.path + "/src";
  std::vector<std::string> diagnostics;
  unsigned threads = 0;

  IndexSummary run(std::vector<std::string> sources = {}, const std::atomic<bool>* stop = nullptr,
                   dateline::ProgressReporter* progress = nullptr) {
    IndexOptions o;
    o.db_path = db;
    o.sources = sources.empty() ? std::vector<std::string>{src} : std::move(sources);
    o.stop = stop;
    o.progress = progress;
    o.threads = threads;
    return dateline::run_index(o, [this](const std::string& line) { diagnostics.push_back(line); });
  }
  Xapian::Database open() const { return Xapian::Database(db); }
  std::string title_of(const std::string& id) const {
    const Xapian::Database d = open();
    const std::string term = dateline::make_term(dateline::schema::prefix::id, id);
    REQUIRE_MESSAGE(d.term_exists(term), "no document ", id);
    return dateline::parse_document_data(d.get_document(*d.postlist_begin(term)).get_data()).title;
  }
};

// Xapian 1.4 has no get_spelling_frequency(): the spelling table's own count of `word`.
Xapian::doccount spelling_frequency(const Xapian::Database& d, const std::string& word) {
  for (auto it = d.spellings_begin(); it != d.spellings_end(); ++it)
    if (*it == word) return it.get_termfreq();
  return 0;
}

// Asks the run to stop once it has indexed `after` articles (the run reports progress every
// 250 articles and after every file).
class StopAfter final : public dateline::ProgressReporter {
 public:
  StopAfter(std::atomic<bool>& flag, std::size_t after) : flag_(flag), after_(after) {}
  void update(const dateline::ProgressUpdate& u) override {
    if (u.articles >= after_) flag_ = true;
  }
  void done() override {}

 private:
  std::atomic<bool>& flag_;
  std::size_t after_;
};

}  // namespace

TEST_SUITE("indexer") {
  TEST_CASE("a SOURCE that is no regular file is named and skipped, never read") {
    // A FIFO blocked the run forever while it held the lock; /dev/zero grew without bound.
    Folder f;
    write_file(f.src + "/a.jsonl", record("a1", "Markets"));
    const std::string fifo = f.dir.path + "/pipe";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const IndexSummary s = f.run({f.src, fifo, "/dev/zero"});
    CHECK(s.added == 1);
    CHECK(s.files_skipped == 2);
    std::string all;
    for (const auto& d : f.diagnostics) all += d + "\n";
    CHECK(all.find(fifo + ": skipped: not a regular file") != std::string::npos);
    CHECK(all.find("/dev/zero: skipped: not a regular file") != std::string::npos);
  }

  TEST_CASE("a file emptied or overwritten with binary loses its articles, and says so") {
    // Such a file kept its old articles searchable ("0 deleted", exit 0).
    Folder f;
    write_file(f.src + "/a.jsonl", records(3, "Markets"));
    write_file(f.src + "/b.jsonl", record("b1", "Harvest") + record("b2", "Harvest"));
    CHECK(f.run().documents == 5);
    write_file(f.src + "/a.jsonl", "");
    std::string binary(4096, '\0');
    write_file(f.src + "/b.jsonl", binary);
    const IndexSummary s = f.run();
    CHECK(s.deleted == 5);
    CHECK(s.documents == 0);
    CHECK(f.open().get_doccount() == 0);
    std::string all;
    for (const auto& d : f.diagnostics) all += d + "\n";
    CAPTURE(all);
    CHECK(all.find("a.jsonl: no articles any more (its 3 articles indexed earlier are removed)") !=
          std::string::npos);
    CHECK(all.find("b.jsonl: skipped: not an article format dateline reads (its 2 articles") !=
          std::string::npos);
  }

  TEST_CASE("a file of 90,000 unterminated records is read at once and logged in a few lines") {
    // 1.8 MB of "<REUTERS " took 108 s (each record searched to the end of the file for its
    // closing tag) and wrote 200,000 log lines.
    Folder f;
    std::string content;
    for (int i = 0; i < 90000; ++i) content += "<REUTERS NEWID=\"" + std::to_string(i) + "\">\n";
    write_file(f.src + "/reut2-broken.sgm", content);
    write_file(f.src + "/a.jsonl", record("a1", "Markets"));
    const IndexSummary s = f.run();
    CHECK(s.rejected == 90000);
    CHECK(s.added == 1);
    CHECK(f.diagnostics.size() < 20);
    std::string all;
    for (const auto& d : f.diagnostics) all += d + "\n";
    CHECK(all.find("89990 more records with the problem 'unterminated <REUTERS> record' not "
                   "shown") != std::string::npos);
  }

  TEST_CASE("a number out of range or a symlink loop is that record's or file's problem alone") {
    // Each stopped the whole nightly run (exit 1, the file unnamed, nothing after it indexed).
    Folder f;
    write_file(f.src + "/a.jsonl", "{\"id\":\"a\",\"title\":\"T\",\"body\":\"b\",\"n\":1e400}\n" +
                                       record("b1", "Harvest"));
    std::filesystem::create_symlink("l2", f.src + "/l1");
    std::filesystem::create_symlink("l1", f.src + "/l2");
    write_file(f.src + "/z.jsonl", record("z1", "Markets"));
    const IndexSummary s = f.run();
    CHECK(s.added == 2);
    CHECK(s.rejected == 1);
    CHECK(s.files_skipped == 2);
    std::string all;
    for (const auto& d : f.diagnostics) all += d + "\n";
    CAPTURE(all);
    CHECK(all.find("a.jsonl:1: malformed JSON: a number out of range") != std::string::npos);
    CHECK(all.find("l1: skipped: ") != std::string::npos);
  }

  TEST_CASE("a file name that is not UTF-8 is indexed, and a rerun finds it unchanged") {
    // It stopped the whole nightly run: the file state's JSON could not hold the name.
    Folder f;
    write_file(f.src + "/caf\xe9.jsonl", record("c1", "Coffee"));
    write_file(f.src + "/z.jsonl", record("z1", "Markets"));
    const IndexSummary first = f.run();
    CHECK(first.added == 2);
    CHECK(f.title_of("c1") == "Coffee");
    const IndexSummary second = f.run();
    CHECK(second.files_unchanged == 2);
    CHECK(second.added + second.replaced + second.deleted == 0);
    fs::remove(f.src + "/caf\xe9.jsonl");
    CHECK(f.run().deleted == 1);
  }

  TEST_CASE("a date outside the news years is dropped with a warning, not stored") {
    // 9999-12-31 as "unknown" widened every date range to ten millennia.
    Folder f;
    write_file(f.src + "/a.jsonl",
               "{\"id\": \"far\", \"title\": \"T\", \"body\": \"Wheat.\", \"date\": "
               "\"9999-12-31\"}\n" +
                   record("ok", "Markets"));
    const IndexSummary s = f.run();
    CHECK(s.added == 2);
    CHECK(s.warnings >= 1);
    std::string all;
    for (const auto& d : f.diagnostics) all += d + "\n";
    CHECK(all.find("a.jsonl:1: warning: date 9999-12-31 is outside the years 1000-2999 news is "
                   "dated in (dropped)") != std::string::npos);
    const Xapian::Database d = f.open();
    CHECK(d.get_value_upper_bound(dateline::schema::slot::day) == "20251205");
  }

  TEST_CASE("a rerun over unchanged files writes nothing") {
    Folder f;
    write_file(f.src + "/a.jsonl", records(3, "Markets"));
    write_file(f.src + "/b.jsonl", record("b1", "Harvest"));
    const IndexSummary first = f.run();
    CHECK(first.added == 4);
    CHECK(first.files_read == 2);
    const Xapian::rev revision = f.open().get_revision();

    const IndexSummary again = f.run();
    CHECK(again.files_unchanged == 2);
    CHECK(again.files_read == 0);
    CHECK(again.added + again.replaced + again.deleted == 0);
    CHECK(again.documents == 4);
    CHECK(f.open().get_revision() == revision);
  }

  TEST_CASE(
      "a file touched but unchanged in content is not read again, and nothing is re-indexed") {
    Folder f;
    write_file(f.src + "/a.jsonl", records(2, "Markets"));
    f.run();
    fs::last_write_time(f.src + "/a.jsonl",
                        fs::file_time_type::clock::now() + std::chrono::hours(1));
    const IndexSummary again = f.run();
    CHECK(again.files_unchanged == 1);
    CHECK(again.added + again.replaced + again.deleted == 0);
    // Its new time is noted: the next run does not even hash it.
    const Xapian::rev revision = f.open().get_revision();
    CHECK(f.run().files_unchanged == 1);
    CHECK(f.open().get_revision() == revision);
  }

  TEST_CASE("a changed file replaces its articles, and a record gone from it loses its document") {
    Folder f;
    write_file(f.src + "/a.jsonl",
               record("x", "Old title") + record("y", "Kept") + record("z", "Dropped"));
    f.run();
    REQUIRE(f.open().get_doccount() == 3);

    write_file(f.src + "/a.jsonl", record("x", "New title") + record("y", "Kept"));
    const IndexSummary s = f.run();
    CHECK(s.replaced == 2);
    CHECK(s.added == 0);
    CHECK(s.deleted == 1);
    CHECK(s.documents == 2);
    CHECK(f.title_of("x") == "New title");
    CHECK_FALSE(f.open().term_exists("Qz"));
  }

  TEST_CASE("a file gone from under its folder takes its articles with it") {
    Folder f;
    write_file(f.src + "/a.jsonl", records(2, "Markets"));
    write_file(f.src + "/b.jsonl", record("b1", "Harvest"));
    f.run();
    fs::remove(f.src + "/a.jsonl");
    const IndexSummary s = f.run();
    CHECK(s.deleted == 2);
    CHECK(s.files_unchanged == 1);
    CHECK(s.documents == 1);
    CHECK(f.open().term_exists("Qb1"));
  }

  TEST_CASE("a file of a source not named in this run is kept, unless --prune") {
    Folder f;
    write_file(f.src + "/a/one.jsonl", record("a1", "Markets"));
    write_file(f.src + "/b/two.jsonl", record("b1", "Harvest"));
    f.run({f.src + "/a", f.src + "/b"});
    CHECK(f.run({f.src + "/a"}).deleted == 0);
    CHECK(f.open().get_doccount() == 2);

    IndexOptions o;
    o.db_path = f.db;
    o.sources = {f.src + "/a"};
    o.prune = true;
    CHECK(dateline::run_index(o, [](const std::string&) {}).deleted == 1);
    CHECK(f.open().get_doccount() == 1);
  }

  TEST_CASE(
      "a duplicate id is counted once as a duplicate and the later record replaces the earlier") {
    Folder f;
    write_file(f.src + "/a.jsonl", record("same", "First") + record("other", "Other"));
    write_file(f.src + "/b.jsonl", record("same", "Second"));
    const IndexSummary s = f.run();
    CHECK(s.duplicates == 1);
    CHECK(s.indexed == 2);
    CHECK(s.documents == 2);
    CHECK(f.title_of("same") == "Second");
    REQUIRE(f.diagnostics.size() == 1);
    CHECK(f.diagnostics[0] == f.src + "/b.jsonl:1: warning: id 'same' also at " + f.src +
                                  "/a.jsonl:1; this record replaces it");
  }

  TEST_CASE(
      "a stop requested mid-file commits what was indexed and reports interrupted; a rerun "
      "finishes") {
    Folder f;
    write_file(f.src + "/big.jsonl", records(600, "Markets"));
    std::atomic<bool> stop{false};
    StopAfter stopper(stop, 250);
    const IndexSummary s = f.run({}, &stop, &stopper);
    CHECK(s.interrupted);
    CHECK(s.indexed == 250);
    CHECK(s.documents == 250);
    CHECK(f.open().get_doccount() == 250);  // committed

    const IndexSummary rest = f.run();
    CHECK_FALSE(rest.interrupted);
    CHECK(rest.files_unchanged == 0);  // the interrupted file is read again, in full
    CHECK(rest.replaced == 250);
    CHECK(rest.added == 350);
    CHECK(rest.documents == 600);
  }

  TEST_CASE("a stop requested before the first file writes nothing and reports interrupted") {
    Folder f;
    write_file(f.src + "/a.jsonl", records(2, "Markets"));
    const std::atomic<bool> stop{true};
    const IndexSummary s = f.run({}, &stop);
    CHECK(s.interrupted);
    CHECK(s.indexed == 0);
    CHECK(f.open().get_doccount() == 0);
    CHECK_FALSE(f.run().interrupted);
    CHECK(f.open().get_doccount() == 2);
  }

  TEST_CASE("a run on a database another indexer holds fails at once with LockedError") {
    Folder f;
    write_file(f.src + "/a.jsonl", records(1, "Markets"));
    const dateline::IndexLock held(f.db);
    CHECK_THROWS_AS(f.run(), dateline::LockedError);
  }

  TEST_CASE("a database Xapian cannot lock for writing is an error with its cause, not 'locked'") {
    // A read-only or foreign database made Xapian's DatabaseLockError, which was reported as
    // "another dateline-index is writing" (exit 75, "try again later"): a broken nightly job
    // looked healthy. Here Xapian's lock file cannot be opened (it is a folder).
    Folder f;
    write_file(f.src + "/a.jsonl", records(1, "Markets"));
    f.run();
    write_file(f.src + "/b.jsonl", records(1, "Harvest"));
    std::filesystem::remove(f.db + "/flintlock");
    std::filesystem::create_directory(f.db + "/flintlock");
    CHECK_THROWS_AS(f.run(), dateline::DatabaseError);
    try {
      f.run();
    } catch (const dateline::DatabaseError& e) {
      CHECK(std::string(e.what()).find("cannot open for writing") != std::string::npos);
    }
  }

  TEST_CASE("the database's words feed did-you-mean, once per occurrence") {
    Folder f;
    write_file(f.src + "/a.jsonl", record("a", "Cocoa harvest") + record("b", "Cocoa prices"));
    f.run();
    const Xapian::Database d = f.open();
    CHECK(spelling_frequency(d, "cocoa") == 2);
    CHECK(spelling_frequency(d, "paris") == 2);   // the body, once per record
    CHECK(spelling_frequency(d, "Scocoa") == 0);  // fielded terms feed nothing
    CHECK(d.get_spelling_suggestion("cocao") == "cocoa");
  }
}  // TEST_SUITE

TEST_SUITE("indexer") {
  TEST_CASE(
      "a text article's id is its path below the SOURCE folder, so a moved archive keeps it") {
    Folder f;
    const std::string story = "Cocoa harvest\n\nRain delayed the cocoa harvest in Bahia.\n";
    write_file(f.src + "/news/2025/a.txt", story);
    write_file(f.src + "/news/2025/b.txt", "Sugar quota\n\nThe sugar quota was cut again.\n");
    const std::string first = f.dir.path + "/first/news";
    const std::string second = f.dir.path + "/mounted/elsewhere/news";
    fs::create_directories(fs::path(first).parent_path());
    fs::rename(f.src + "/news", first);
    CHECK(f.run({first}).added == 2);
    CHECK(f.title_of("news/2025/a.txt") == "Cocoa harvest");

    // The archive moves (a remount, a new disk): same ids, no second copy of each article.
    fs::create_directories(fs::path(second).parent_path());
    fs::rename(first, second);
    const IndexSummary moved = f.run({second});
    CHECK(moved.added == 0);
    CHECK(moved.replaced == 2);
    CHECK(f.open().get_doccount() == 2);
  }

  TEST_CASE("a file named as the SOURCE is identified by its folder's name and its own") {
    Folder f;
    write_file(f.src + "/inbox/story.txt",
               "Cocoa harvest\n\nRain delayed the cocoa harvest in Bahia.\n");
    CHECK(f.run({f.src + "/inbox/story.txt"}).added == 1);
    CHECK(f.title_of("inbox/story.txt") == "Cocoa harvest");
  }

  TEST_CASE("two SOURCE folders with the same layout keep their articles apart by folder name") {
    Folder f;
    write_file(f.src + "/bbc/tech/001.txt", "Phones\n\nA new phone was sold.\n");
    write_file(f.src + "/guardian/tech/001.txt", "Chips\n\nA new chip was made.\n");
    CHECK(f.run({f.src + "/bbc", f.src + "/guardian"}).added == 2);
    CHECK(f.title_of("bbc/tech/001.txt") == "Phones");
    CHECK(f.title_of("guardian/tech/001.txt") == "Chips");
  }
}
