// The web page's input and output: hostile parameters are decoded, bounded and refused with a
// reason; everything rendered is escaped.
#include <doctest/doctest.h>
#include <fmt/format.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <optional>

#include "cgi_request.h"
#include "cgi_response.h"
#include "cpu_limit.h"
#include "db_path.h"
#include "errors.h"
#include "render_html.h"

using namespace dateline;

namespace {

CgiParams parse(std::string_view qs) { return parse_cgi_params(parse_query_string(qs)); }

Results one_hit(const std::string& title, const std::string& url, const std::string& place_name) {
  Results r;
  r.estimate = r.lower_bound = r.upper_bound = r.stories = 25;
  Hit h;
  h.rank = 1;
  h.doc.id = "x:1";
  h.doc.title = title;
  h.doc.url = url;
  Place p;
  p.id = "kyiv-ua";
  p.name = place_name;
  h.doc.places.push_back(p);
  h.snippet.text = "<b>not bold</b> and cocoa";
  h.snippet.highlights = {{20, 25}};
  r.hits.push_back(h);
  Facets f;
  f.places.push_back({"kyiv-ua", "Kyiv \"<x>\"", 3});
  f.years.push_back({"1987", "1987", 25});
  r.facets = f;
  return r;
}

}  // namespace

TEST_SUITE("searcher") {
  TEST_CASE("query strings are decoded: + and %XX, malformed escapes kept") {
    const auto pairs =
        parse_query_string("q=rolling+power%20outages&place=Ky%D1%97v&bad=%zz%4&empty&;x=1");
    REQUIRE(pairs.size() == 5);
    CHECK(pairs[0] == std::pair<std::string, std::string>{"q", "rolling power outages"});
    CHECK(pairs[1].second == "Kyїv");
    CHECK(pairs[2].second == "%zz%4");
    CHECK(pairs[3] == std::pair<std::string, std::string>{"empty", ""});
  }

  TEST_CASE("a query string longer than 8 KiB is refused before it is decoded") {
    // Every parameter the page reads fits in 3 KiB even %-escaped; 8 KiB is what servers
    // themselves allow in a request line.
    const std::string pad = "&utm=" + std::string(max_query_string_bytes, 'x');
    CHECK_THROWS_WITH_AS(parse_query_string("q=cocoa" + pad), doctest::Contains("8192 bytes"),
                         UsageError);
    const std::string q(max_query_bytes, 'a');
    std::string escaped;
    for (char c : q) escaped += "%" + fmt::format("{:02X}", c);
    std::string longest = "q=" + escaped;
    for (int i = 0; i < 5; ++i) longest += "&place=" + std::string(max_value_bytes, 'p');
    longest += "&from=1987-03-01&to=1987-03-31&sort=relevance&page=50&n=50&format=json";
    CHECK(longest.size() < max_query_string_bytes);
    CHECK(parse(longest).q == q);
  }

  TEST_CASE("parameters are bounded and validated, with the parameter named") {
    CHECK_THROWS_WITH_AS(parse("q=" + std::string(max_query_bytes + 1, 'a')),
                         doctest::Contains("'q'"), UsageError);
    CHECK_THROWS_WITH_AS(parse("page=0"), doctest::Contains("'page'"), UsageError);
    CHECK_THROWS_WITH_AS(parse("page=51"), doctest::Contains("'page'"), UsageError);
    CHECK_THROWS_WITH_AS(parse("page=2x"), doctest::Contains("'page'"), UsageError);
    CHECK_THROWS_WITH_AS(parse("n=1000"), doctest::Contains("'n'"), UsageError);
    CHECK_THROWS_WITH_AS(parse("sort=random"), doctest::Contains("'sort'"), UsageError);
    CHECK_THROWS_WITH_AS(parse("format=xml"), doctest::Contains("'format'"), UsageError);
    CHECK_THROWS_WITH_AS(parse("from=yesterday"), doctest::Contains("'from'"), UsageError);
    CHECK_THROWS_WITH_AS(parse("q=%FF%FE"), doctest::Contains("UTF-8"), UsageError);
    CHECK_THROWS_AS(parse("place=a&place=b&place=c&place=d&place=e&place=f"), UsageError);
  }

  TEST_CASE("a from or to year outside 1000-2999 is a 400 naming the parameter and the value") {
    // Issue 12: from=0000-01-02&to=9999-12-30 was a valid range and cost seconds of CPU.
    CHECK_THROWS_WITH_AS(parse("from=0000-01-02&to=9999-12-30"),
                         doctest::Contains("'from' '0000-01-02'"), UsageError);
    CHECK_THROWS_WITH_AS(parse("to=9999-12-30"), doctest::Contains("'to' '9999-12-30'"),
                         UsageError);
    CHECK_THROWS_WITH_AS(parse("to=9999-12-30"), doctest::Contains("1000 to 2999"), UsageError);
    CHECK_THROWS_AS(parse("from=0999-12-31"), UsageError);
    CHECK_THROWS_AS(parse("to=3000"), UsageError);
    const CgiParams edges = parse("from=1000&to=2999-12-31");
    CHECK(edges.from == "1000");
    CHECK(edges.to == "2999-12-31");
  }

  TEST_CASE("the database is DATELINE_DB, else under an absolute home, never the working folder") {
    // Issue 12: with neither DATELINE_DB nor HOME the page opened ./.local/share/dateline/db.
    struct SavedEnv {
      std::vector<std::pair<const char*, std::optional<std::string>>> saved;
      SavedEnv() {
        for (const char* name : {"DATELINE_DB", "HOME", "XDG_DATA_HOME"}) {
          const char* v = std::getenv(name);
          saved.emplace_back(name, v ? std::optional<std::string>(v) : std::nullopt);
          unsetenv(name);
        }
      }
      ~SavedEnv() {
        for (const auto& [name, v] : saved)
          v ? (void)setenv(name, v->c_str(), 1) : (void)unsetenv(name);
      }
    } env;
    CHECK_FALSE(configured_db_path(""));
    setenv("HOME", "relative", 1);
    CHECK_FALSE(configured_db_path(""));
    setenv("XDG_DATA_HOME", "also/relative", 1);
    CHECK_FALSE(configured_db_path(""));
    CHECK(default_db_path() == "~/.local/share/dateline/db");  // what --help shows
    setenv("HOME", "/home/reader", 1);
    CHECK(configured_db_path("") == "/home/reader/.local/share/dateline/db");
    setenv("XDG_DATA_HOME", "/data", 1);
    CHECK(configured_db_path("") == "/data/dateline/db");
    setenv("DATELINE_DB", "/srv/db/", 1);
    CHECK(configured_db_path("") == "/srv/db");
    CHECK(configured_db_path("given") == "given");  // --db is the reader's own choice
  }

  TEST_CASE("unknown parameters are ignored and control characters blanked") {
    const CgiParams p =
        parse("q=cocoa%0D%0AX-Injected:%201&utm_source=feed&db=/etc/passwd&page=2&n=20&sort=date");
    CHECK(p.q == "cocoa  X-Injected: 1");
    CHECK(p.page == 2);
    CHECK(p.per_page == 20);
    CHECK(p.sort == "date");
    const SearchRequest r = to_search_request(p);
    CHECK(r.offset == 20);
    CHECK(r.limit == 20);
    CHECK(r.facets);
  }

  TEST_CASE("the front page lists the newest articles, with the whole archive's lists") {
    const SearchRequest front = to_search_request(parse(""));
    CHECK(front.query == "date:..");
    CHECK(front.limit == 10);  // the newest articles, and the whole archive's facets
    CHECK(front.sort == SortOrder::date);
    CHECK(front.facets);
    // The page's facet lists are the terminal's: the same output (README).
    CHECK(front.facet_limit == SearchRequest{}.facet_limit);
    // Asked for JSON, an empty request stays empty (and is refused by the core).
    CHECK(to_search_request(parse("format=json")).query.empty());
    CHECK(to_search_request(parse("place=usa")).query.empty());
  }

  TEST_CASE("NAME=VALUE arguments from a shell are taken as they are") {
    const char* argv[] = {"dateline.cgi", "q=cocoa beans", "place=usa", "flag"};
    const auto pairs = parse_arguments(4, argv);
    REQUIRE(pairs.size() == 3);
    CHECK(pairs[0] == std::pair<std::string, std::string>{"q", "cocoa beans"});
    CHECK(pairs[2] == std::pair<std::string, std::string>{"flag", ""});
  }

  TEST_CASE("a response carries its status, type, length and safety headers; HEAD has no body") {
    const std::string r = cgi_response(400, html_type, "<p>x</p>", false);
    CHECK(r.starts_with("Status: 400 Bad Request\r\nContent-Type: text/html; charset=utf-8\r\n"));
    CHECK(r.find("Content-Security-Policy: default-src 'none';") != std::string::npos);
    CHECK(r.find("X-Content-Type-Options: nosniff\r\n") != std::string::npos);
    CHECK(r.ends_with("Content-Length: 8\r\n\r\n<p>x</p>"));
    CHECK(cgi_response(200, json_type, "{}", true).ends_with("Content-Length: 2\r\n\r\n"));
    CHECK(
        cgi_response(503, html_type, "", false).starts_with("Status: 503 Service Unavailable\r\n"));
  }

  TEST_CASE("a page link reads back as the same parameters") {
    CgiParams p;
    p.q = "\"rolling power\" & <outages>";
    p.places = {"kyiv-ua", "us"};
    p.from = "1987-03";
    p.to = "1987-04";
    p.sort = "date";
    p.page = 3;
    const std::string link = page_link(p);
    CHECK(link.find_first_of("<>\" ") == std::string::npos);
    const CgiParams back = parse(std::string_view(link).substr(1));
    CHECK(back.q == p.q);
    CHECK(back.places == p.places);
    CHECK(back.from == p.from);
    CHECK(back.to == p.to);
    CHECK(back.sort == p.sort);
    CHECK(back.page == 3);
  }

  TEST_CASE("the page escapes titles, places, facets and the query, and links only http(s) URLs") {
    CgiParams p;
    p.q = "\"><img src=x onerror=alert(1)>";
    const std::string html = render_html(
        one_hit("<script>alert('t')</script>", "javascript:alert(1)", "<b>Kyiv</b>"), page_view(p));
    CHECK(html.find("<script>") == std::string::npos);
    CHECK(html.find("<img") == std::string::npos);
    CHECK(html.find("javascript:") == std::string::npos);
    CHECK(html.find("<b>Kyiv</b>") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt;") != std::string::npos);
    CHECK(html.find("value=\"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\"") != std::string::npos);
    // The snippet keeps its own highlight and its text stays escaped.
    CHECK(html.find("&lt;b&gt;not bold&lt;/b&gt; and <b>cocoa</b>") != std::string::npos);
    CHECK(html.find("Kyiv &quot;&lt;x&gt;&quot;") != std::string::npos);
    // A facet link adds the place and goes back to page 1.
    CHECK(
        html.find("href=\"?q=%22%3E%3Cimg+src%3Dx+onerror%3Dalert%281%29%3E&amp;place=kyiv-ua\"") !=
        std::string::npos);
    // The headline opens the article's own page, carrying the query to mark its words.
    CHECK(html.find(
              "<h2><a href=\"?id=x%3A1&amp;q=%22%3E%3Cimg+src%3Dx+onerror%3Dalert%281%29%3E\">") !=
          std::string::npos);
  }

  TEST_CASE("pages: a next link while there are more, never past the page limit") {
    CgiParams p;
    p.q = "cocoa";
    const std::string html = render_html(one_hit("T", "", "Kyiv"), page_view(p));
    CHECK(html.find("rel=\"next\" href=\"?q=cocoa&amp;page=2\"") != std::string::npos);
    CHECK(html.find("Page 1 of 3") != std::string::npos);
    CHECK(html.find("rel=\"prev\"") == std::string::npos);
  }

  TEST_CASE("no results: help, and a way out of the filters") {
    CgiParams p;
    p.q = "zzyzx";
    p.places = {"kyiv-ua"};
    Results empty;
    const std::string html = render_html(empty, page_view(p));
    CHECK(html.find("No articles match “zzyzx”") != std::string::npos);
    CHECK(html.find("href=\"?q=zzyzx\">Search without the place kyiv-ua") != std::string::npos);
    p.from = "1987";
    const std::string two = render_html(empty, page_view(p));
    CHECK(two.find("href=\"?q=zzyzx&amp;from=1987\">Search without the place") !=
          std::string::npos);
    CHECK(two.find("href=\"?q=zzyzx&amp;place=kyiv-ua\">Search without the dates") !=
          std::string::npos);
    CHECK(two.find("href=\"?q=zzyzx\">Search without any filter") != std::string::npos);
  }

  TEST_CASE("past its CPU limit the page answers the prepared 503 at once, and exits") {
    // The backstop whatever a request costs: the kernel's RLIMIT_CPU, in a child that spins.
    int out[2];
    REQUIRE(pipe(out) == 0);
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
      dup2(out[1], STDOUT_FILENO);
      close(out[0]);
      alarm(30);  // should the limit never come, a failure rather than a test that hangs
      set_cpu_limit_response(cgi_response(503, html_type, "<p>too long</p>", false));
      limit_cpu(1);
      volatile unsigned long spin = 0;
      while (true) spin = spin + 1;
    }
    close(out[1]);
    std::string response;
    char buffer[4096];
    for (ssize_t n; (n = read(out[0], buffer, sizeof buffer)) > 0;) response.append(buffer, n);
    close(out[0]);
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    CHECK(WIFEXITED(status));
    CHECK(response == cgi_response(503, html_type, "<p>too long</p>", false));
  }

  TEST_CASE("DATELINE_CGI_CPU_SECONDS is a whole number of seconds from 1 to 3600") {
    CHECK(parse_cpu_seconds("10") == 10u);
    CHECK(parse_cpu_seconds("3600") == 3600u);
    for (const char* bad : {"", "0", "3601", "1.5", "10s", "-1", "99999999999"}) {
      CAPTURE(bad);
      CHECK_FALSE(parse_cpu_seconds(bad));
    }
  }
}
