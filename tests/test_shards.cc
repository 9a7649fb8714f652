// Shards (issue 14): the corpus database split in two, opened through a stub file as local
// databases and as databases served by the stock xapian-tcpsrv, answers every request as the one
// database does, JSON for JSON; the side database holds the spelling data and the alias table;
// a shard that is down is an error naming it, or with allow_partial a result marked partial.
#include <doctest/doctest.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "cgi_request.h"
#include "corpus_db.h"
#include "errors.h"
#include "render_html.h"
#include "render_json.h"
#include "render_text.h"
#include "schema.h"
#include "searcher.h"
#include "temp_dir.h"

extern char** environ;

using namespace dateline;

namespace {

// The corpus database dealt round-robin into `n` shards (document i to shard (i - 1) mod n,
// so that the shards together number every document as the one database does), each holding
// the schema version; the spelling data and the whole metadata go to a side database.
void split_corpus(const std::string& folder, unsigned n) {
  const Xapian::Database& whole = test::corpus_db();
  std::vector<Xapian::WritableDatabase> shards;
  for (unsigned i = 0; i < n; ++i) {
    shards.emplace_back(folder + "/shard" + std::to_string(i), Xapian::DB_CREATE_OR_OVERWRITE);
    shards.back().set_metadata(std::string(schema::version_key), std::string(schema::version));
  }
  const Xapian::docid last = whole.get_lastdocid();
  for (Xapian::docid id = 1; id <= last; ++id) {
    shards[(id - 1) % n].replace_document((id - 1) / n + 1, whole.get_document(id));
  }
  Xapian::WritableDatabase side(folder + "/side", Xapian::DB_CREATE_OR_OVERWRITE);
  for (auto it = whole.metadata_keys_begin(); it != whole.metadata_keys_end(); ++it) {
    side.set_metadata(*it, whole.get_metadata(*it));
  }
  for (auto it = whole.spellings_begin(); it != whole.spellings_end(); ++it) {
    side.add_spelling(*it, it.get_termfreq());
  }
  for (auto& shard : shards) shard.commit();
  side.commit();
}

void write_file(const std::string& path, const std::string& text) { std::ofstream(path) << text; }

// A port free on 127.0.0.1 a moment ago.
unsigned free_port() {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  REQUIRE(bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
  socklen_t len = sizeof addr;
  getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  close(fd);
  return ntohs(addr.sin_port);
}

// The stock xapian-tcpsrv serving `db` on 127.0.0.1, stopped with the object.
class TcpServer {
 public:
  explicit TcpServer(const std::string& db) : port_(free_port()) {
    const std::string port = std::to_string(port_);
    std::vector<std::string> args = {"xapian-tcpsrv", "--port",  port, "--interface",
                                     "127.0.0.1",     "--quiet", db};
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    // Not found is a failure, not a skipped check: .ci/install-deps installs xapian-tools.
    // Its own process group: the server forks a child per connection, and a stopped shard is
    // the server and every child of it.
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);
    posix_spawnattr_setpgroup(&attr, 0);
    const int spawned = posix_spawnp(&pid_, "xapian-tcpsrv", nullptr, &attr, argv.data(), environ);
    posix_spawnattr_destroy(&attr);
    REQUIRE_MESSAGE(spawned == 0, "xapian-tcpsrv (Debian's xapian-tools) is needed");
    for (int i = 0; i < 100; ++i) {
      try {
        Xapian::Remote::open("127.0.0.1", port_, 2000, 2000);
        return;
      } catch (const Xapian::NetworkError&) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
      }
    }
    FAIL("xapian-tcpsrv did not start serving " << db);
  }
  ~TcpServer() { stop(); }
  TcpServer(const TcpServer&) = delete;
  TcpServer& operator=(const TcpServer&) = delete;
  void stop() {
    if (pid_ <= 0) return;
    kill(-pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
    pid_ = 0;
  }
  std::string line() const { return "remote 127.0.0.1:" + std::to_string(port_); }

 private:
  unsigned port_;
  pid_t pid_ = 0;
};

std::vector<SearchRequest> requests() {
  std::vector<SearchRequest> out;
  const auto add = [&out](const std::string& q, auto&& change) {
    SearchRequest r;
    r.query = q;
    change(r);
    out.push_back(r);
  };
  const auto none = [](SearchRequest&) {};
  add("oil", none);
  add("oil", [](SearchRequest& r) { r.facets = true; });
  add("oil prices", [](SearchRequest& r) { r.offset = 10; });
  add("oil", [](SearchRequest& r) { r.sort = SortOrder::date; });
  add("oil", [](SearchRequest& r) { r.all = true, r.facets = true; });
  add("oil", [](SearchRequest& r) { r.recency_half_life = 7 * 86400; });
  add("\"interest rates\"", none);
  add("goverment", none);  // did you mean: the side database's spelling data
  add("place:london", [](SearchRequest& r) { r.facets = true; });
  add("country:uk trade", none);
  add("", [](SearchRequest& r) { r.places = {"Tokyo"}, r.facets = true; });
  add("", [](SearchRequest& r) { r.like = "reuters21578:990"; });
  add("bank OR banks -germany", [](SearchRequest& r) { r.limit = 30; });
  // Wildcards are expanded once on the whole archive (wildcards.h), not shard by shard.
  add("econom*", [](SearchRequest& r) { r.limit = 30; });
  add("s* oil", none);
  return out;
}

// The JSON answer, without the one field documented to differ on shards (README, "Shards"):
// the passage a snippet shows is chosen by Xapian's term weights, whose upper bounds it takes
// per shard, so a hit's snippet may show another passage of the same article. Every snippet
// must still be there.
std::string answer(Searcher& s, const SearchRequest& r) {
  Results results = s.search(r);
  for (auto& hit : results.hits) {
    CHECK_FALSE(hit.snippet.text.empty());
    hit.snippet = {};
  }
  return render_json(results, r);
}

// The first line where two JSON answers differ, with its number; empty when they are the same.
std::string first_difference(const std::string& a, const std::string& b) {
  std::size_t line = 1, start = 0;
  for (std::size_t i = 0; i < std::min(a.size(), b.size()); ++i) {
    if (a[i] != b[i]) {
      const auto line_of = [start](const std::string& s) {
        return s.substr(start, s.find('\n', start) - start);
      };
      return "line " + std::to_string(line) + ": [" + line_of(a) + "] vs [" + line_of(b) + "]";
    }
    if (a[i] == '\n') ++line, start = i + 1;
  }
  return a.size() == b.size() ? std::string() : "one answer is longer";
}

void check_same_as_one_database(const std::string& stub) {
  Searcher one(test::corpus_db());
  Searcher shards(stub);
  for (const SearchRequest& r : requests()) {
    CAPTURE(r.query);
    CAPTURE(r.like);
    CHECK(first_difference(answer(shards, r), answer(one, r)) == "");
  }
}

}  // namespace

TEST_SUITE("shards") {
  TEST_CASE("two local shards and a side database answer as the one database") {
    const test::TempDir dir;
    split_corpus(dir.path, 2);
    write_file(dir.path + "/stub",
               "# dateline-side side\nauto shard0\nauto " + dir.path + "/shard1\n");
    check_same_as_one_database(dir.path + "/stub");
  }

  TEST_CASE("three shards served by xapian-tcpsrv answer as the one database") {
    const test::TempDir dir;
    split_corpus(dir.path, 3);
    TcpServer a(dir.path + "/shard0"), b(dir.path + "/shard1"), c(dir.path + "/shard2");
    write_file(dir.path + "/stub",
               "# dateline-side side\n" + a.line() + "\n" + b.line() + "\n" + c.line() + "\n");
    check_same_as_one_database(dir.path + "/stub");

    SUBCASE("without the side database there is no spelling data to suggest from") {
      write_file(dir.path + "/bare", a.line() + "\n" + b.line() + "\n" + c.line() + "\n");
      Searcher bare(dir.path + "/bare");
      SearchRequest r;
      r.query = "goverment";
      CHECK(bare.search(r).suggestion.empty());
      Searcher sided(dir.path + "/stub");
      CHECK(sided.search(r).suggestion == "government");
    }

    SUBCASE("a shard that stops answering: an error naming it, or partial results") {
      Searcher strict(dir.path + "/stub");
      ShardOptions partial_options;
      partial_options.allow_partial = true;
      Searcher lenient(dir.path + "/stub", partial_options);
      SearchRequest r;
      r.query = "oil";
      const Results whole = lenient.search(r);
      CHECK_FALSE(whole.partial());
      b.stop();
      const std::string port = b.line().substr(b.line().rfind(':') + 1);
      CHECK_THROWS_WITH_AS(strict.search(r), doctest::Contains(port.c_str()), DatabaseError);
      const Results part = lenient.search(r);
      CHECK(part.partial());
      REQUIRE(part.missing_shards.size() == 1);
      CHECK(part.missing_shards[0] == b.line());
      CHECK(part.shards == 3);
      CHECK(part.estimate < whole.estimate);
      CHECK(part.estimate > 0);
      CHECK(render_json(part, r).find("\"partial\": true") != std::string::npos);
      const std::string said = "Partial results: 1 of 3 shards did not answer (" + b.line() + ").";
      CHECK(render_text(part, r, {}).find(said) != std::string::npos);
      // The public page says how many, not where they are.
      const std::string page = render_html(part, page_view(CgiParams{}));
      CHECK(page.find("Partial results: 1 of 3 shards did not answer.") != std::string::npos);
      CHECK(page.find("127.0.0.1") == std::string::npos);
      CHECK(render_text(whole, r, {}).find("Partial") == std::string::npos);
      // Opened after the shard went down: the same two answers.
      CHECK_THROWS_WITH_AS(Searcher(dir.path + "/stub"), doctest::Contains(":3: shard 'remote"),
                           DatabaseError);
      Searcher late(dir.path + "/stub", partial_options);
      CHECK(late.search(r).estimate == part.estimate);
    }
  }

  TEST_CASE("stub files that cannot be served are errors naming the line") {
    const test::TempDir dir;
    split_corpus(dir.path, 2);
    const std::string stub = dir.path + "/stub";
    write_file(stub, "auto shard0\nauto gone\n");
    CHECK_THROWS_WITH_AS(Searcher{stub}, doctest::Contains("stub:2: shard 'auto gone'"),
                         DatabaseError);
    ShardOptions partial;
    partial.allow_partial = true;
    Searcher some(stub, partial);
    SearchRequest r;
    r.query = "oil";
    const Results results = some.search(r);
    CHECK(results.missing_shards == std::vector<std::string>{"auto gone"});
    CHECK(results.estimate > 0);

    write_file(stub, "remote nohost\n");
    CHECK_THROWS_WITH_AS(Searcher{stub}, doctest::Contains("HOST:PORT"), DatabaseError);
    write_file(stub, "# nothing but a comment\n");
    CHECK_THROWS_WITH_AS(Searcher{stub}, doctest::Contains("lists no shard"), DatabaseError);
    write_file(stub, "auto gone\nauto gone2\n");
    CHECK_THROWS_WITH_AS(Searcher(stub, partial), doctest::Contains("no shard answered"),
                         DatabaseError);
    write_file(stub, "# dateline-side nowhere\nauto shard0\n");
    CHECK_THROWS_WITH_AS(Searcher{stub}, doctest::Contains("nowhere"), DatabaseError);
  }
}
