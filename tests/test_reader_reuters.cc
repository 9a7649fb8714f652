// indexer/reader_reuters.cc on tests/fixtures/reuters_sample.sgm: real Reuters-21578 records
// holding the collection's quirks (see tests/fixtures/README.md for where each one came from).
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "reader_support.h"
#include "readers/reader.h"
#include "readers/record_limits.h"

using dateline::Article;
using dateline::DatePrecision;
using dateline::Format;
using dateline::PlaceRole;
using dateline::Problem;
using dateline::SourceFile;

using dateline::test::fixture;
using dateline::test::Read;

namespace {

Read read_reuters(std::string_view content) {
  return dateline::test::read_as(Format::reuters, content,
                                 SourceFile{"reuters_sample.sgm", "/abs/reuters_sample.sgm"});
}

const Read& sample() {
  static const Read r = read_reuters(fixture("reuters_sample.sgm"));
  return r;
}

std::vector<std::string> place_texts(const Article& a) {
  std::vector<std::string> out;
  for (const auto& p : a.places) {
    CHECK(p.role == PlaceRole::tag);
    out.push_back(p.text);
  }
  return out;
}

}  // namespace

TEST_SUITE("indexer") {
  TEST_CASE("every readable record of the sample is read, in file order, with its first line") {
    std::vector<std::string> ids;
    std::vector<std::size_t> lines;
    for (const auto& a : sample().articles) {
      ids.push_back(a.id);
      lines.push_back(a.line);
    }
    CHECK(ids == std::vector<std::string>{"reuters21578:1", "reuters21578:30", "reuters21578:575",
                                          "reuters21578:994", "reuters21578:10595",
                                          "reuters21578:17192", "reuters21578:17980",
                                          "reuters21578:3"});
    CHECK(lines == std::vector<std::size_t>{2, 74, 93, 114, 134, 160, 195, 317});
    for (const auto& a : sample().articles) {
      CHECK(a.format == "reuters");
      CHECK(a.source == "Reuters");
      CHECK(a.language == "en");
      CHECK(a.origin == "reuters_sample.sgm");
    }
  }

  TEST_CASE("a normal story has its title, dateline, tags, date and body without the sign-off") {
    const Article& a = sample().by_id("reuters21578:1");
    CHECK(a.title == "BAHIA COCOA REVIEW");
    CHECK(a.dateline == "SALVADOR, Feb 26");
    CHECK(a.topics == std::vector<std::string>{"cocoa"});
    CHECK(place_texts(a) == std::vector<std::string>{"el-salvador", "usa", "uruguay"});
    REQUIRE(a.date.has_value());
    CHECK(a.date->unix_seconds == 541350061);  // 26-FEB-1987 15:01:01.79
    CHECK(a.date->precision == DatePrecision::second);
    CHECK(a.body.starts_with(
        "Showers continued throughout the week in the Bahia cocoa zone, alleviating"));
    CHECK(a.body.ends_with("after carnival which ends midday on February 27."));
    CHECK(a.body.find("Reuter") == std::string::npos);
    // The wire's indented lines are paragraph breaks; the other line breaks are not.
    CHECK(a.body.find("\n\nThe dry period means the temporao will be late this year.\n\n") !=
          std::string::npos);
    CHECK(a.body.find("in\nthe Bahia") == std::string::npos);
  }

  TEST_CASE("the upper-case REUTER sign-off is stripped too") {
    const Article& a = sample().by_id("reuters21578:17192");
    CHECK(a.body.ends_with("no interest in the construction firm."));
    CHECK(a.body.find("REUTER") == std::string::npos);
  }

  TEST_CASE("a BRIEF is its headline only: its Blah blah blah is not indexed") {
    const Article& a = sample().by_id("reuters21578:30");
    CHECK(a.title == "ASSETS OF MONEY MARKET MUTUAL FUNDS ROSE 720.4 MLN DLRS IN LATEST WEEK");
    CHECK(a.body.empty());
    CHECK(a.topics == std::vector<std::string>{"money-supply"});
    CHECK(a.places.empty());
  }

  TEST_CASE("entities are decoded in titles and bodies") {
    const Article& a = sample().by_id("reuters21578:575");
    CHECK(a.title == "CINCINNATI BELL INC <CSN> RAISES QUARTERLY");
    CHECK(a.dateline == "CINCINNATI, March 2");  // the DATELINE element spans two lines
    CHECK(a.body == "Qtly div 48 cts vs 44 cts prior\n\nPay May One\n\nRecord April One");
    CHECK(a.topics.empty());
    CHECK(a.places.empty());

    const Article& b = sample().by_id("reuters21578:17192");
    CHECK(b.body.find("Kumagai Gumi Co Ltd <KUMT.TOK> is seeking") != std::string::npos);
    CHECK(b.body.find("&lt;") == std::string::npos);
  }

  TEST_CASE("an UNPROC story takes its first line as headline, and the rest as body") {
    const Article& a = sample().by_id("reuters21578:994");
    CHECK(a.title == "U.S. SHAREHOLDER MEETINGS - MARCH 3");
    CHECK(a.body == "None Reportedd");
    CHECK(a.dateline.empty());
    CHECK(place_texts(a) == std::vector<std::string>{"usa"});
  }

  TEST_CASE("a DATE with codes glued after the time keeps the full time") {
    // <DATE>27-MAR-1987 13:59:06.41&#5;&#5;&#5;F</DATE> in reut2-010.sgm
    const Article& a = sample().by_id("reuters21578:10595");
    REQUIRE(a.date.has_value());
    CHECK(a.date->unix_seconds == 543851946);  // 1987-03-27T13:59:06Z
    CHECK(a.date->precision == DatePrecision::second);
    CHECK(a.title == "STERLING <STRL> FILES FOR STOCK OFFERING");
    CHECK(a.dateline == "AKRON, Ohio, March 27");
  }

  TEST_CASE("a DATE with a broken time keeps its day and warns") {
    // <DATE>31-MAR-1987 605:12:19.12</DATE>, NEWID 17192 in reut2-017.sgm
    const Article& a = sample().by_id("reuters21578:17192");
    REQUIRE(a.date.has_value());
    CHECK(a.date->unix_seconds == 544147200);  // 1987-03-31T00:00:00Z
    CHECK(a.date->precision == DatePrecision::day);
    CHECK(a.dateline == "HONG KONG, March 31");
    CHECK(place_texts(a) == std::vector<std::string>{"hong-kong"});

    const auto& problems = sample().problems;
    const auto it = std::find_if(problems.begin(), problems.end(),
                                 [](const Problem& p) { return p.line == 160; });
    REQUIRE(it != problems.end());
    CHECK(it->kind == Problem::Kind::warning);
    CHECK(it->reason.find("17192") != std::string::npos);
    CHECK(it->reason.find("605:12:19.12") != std::string::npos);
  }

  TEST_CASE("the raw 0xFC byte of reut2-017.sgm is read as a Latin-1 u-umlaut, with a warning") {
    const Article& a = sample().by_id("reuters21578:17980");
    CHECK(a.title == "LAWSON SAYS LOUVRE CURRENCY ACCORD SATISFACTORY");
    CHECK(a.body.find("world economic growth.\xC3\xBCside measures") != std::string::npos);
    CHECK(place_texts(a) == std::vector<std::string>{"uk", "west-germany", "japan", "usa"});
    CHECK(a.topics == std::vector<std::string>{"money-fx"});

    const auto& problems = sample().problems;
    const auto it = std::find_if(problems.begin(), problems.end(), [](const Problem& p) {
      return p.line == 217;
    });  // the line holding the byte
    REQUIRE(it != problems.end());
    CHECK(it->kind == Problem::Kind::warning);
    CHECK(it->reason.find("UTF-8") != std::string::npos);
  }

  TEST_CASE("the empty UNPROC record is rejected with a problem naming its line") {
    CHECK(std::none_of(sample().articles.begin(), sample().articles.end(),
                       [](const Article& a) { return a.id == "reuters21578:12793"; }));
    const auto& problems = sample().problems;
    const auto it = std::find_if(problems.begin(), problems.end(),
                                 [](const Problem& p) { return p.line == 286; });
    REQUIRE(it != problems.end());
    CHECK(it->kind == Problem::Kind::rejected);
    CHECK(it->reason.find("12793") != std::string::npos);
  }

  TEST_CASE("a record over the size limit is rejected alone, the next one read") {
    const std::string huge = "<REUTERS NEWID=\"1\">\n<TEXT><BODY>" +
                             std::string(dateline::limits::max_record_bytes, 'x') +
                             "</BODY></TEXT>\n</REUTERS>\n";
    const std::string fine =
        "<REUTERS NEWID=\"2\">\n<DATE>26-FEB-1987 15:01:01.79</DATE>\n<TEXT><TITLE>GRAIN "
        "SHIPS</TITLE><BODY>Wheat sailed.</BODY>"
        "</TEXT>\n</REUTERS>\n";
    const Read r =
        dateline::test::read_as(Format::reuters, huge + fine, SourceFile{"r.sgm", "/r.sgm"});
    REQUIRE(r.articles.size() == 1);
    CHECK(r.articles[0].title == "GRAIN SHIPS");
    CHECK(r.articles[0].line == 4);
    CHECK(r.articles[0].date.has_value());
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].line == 1);
    CHECK(r.problems[0].reason.starts_with("record of "));
    CHECK(r.problems[0].reason.ends_with("is over the limit of 4194304 (rejected)"));
  }

  TEST_CASE("a truncated record is rejected and the good record after it is still read") {
    const auto& problems = sample().problems;
    const auto it = std::find_if(problems.begin(), problems.end(),
                                 [](const Problem& p) { return p.line == 299; });
    REQUIRE(it != problems.end());
    CHECK(it->kind == Problem::Kind::rejected);
    CHECK(it->reason.find("unterminated") != std::string::npos);

    CHECK(std::none_of(sample().articles.begin(), sample().articles.end(),
                       [](const Article& a) { return a.id == "reuters21578:2"; }));
    const Article& a = sample().by_id("reuters21578:3");
    CHECK(a.title == "TEXAS COMMERCE BANCSHARES <TCB> FILES PLAN");
    CHECK(a.dateline == "HOUSTON, Feb 26");
    CHECK(a.body.ends_with("7.5 billion dlrs in deposits."));
    CHECK(a.line == 317);
  }

  TEST_CASE("the sample reports exactly its four problems") {
    std::vector<std::pair<std::size_t, Problem::Kind>> got;
    for (const auto& p : sample().problems) got.emplace_back(p.line, p.kind);
    CHECK(got ==
          std::vector<std::pair<std::size_t, Problem::Kind>>{{160, Problem::Kind::warning},
                                                             {217, Problem::Kind::warning},
                                                             {286, Problem::Kind::rejected},
                                                             {299, Problem::Kind::rejected}});
  }

  TEST_CASE("a truncated last record is rejected without losing the records before it") {
    const std::string content =
        "<REUTERS TOPICS=\"NO\" NEWID=\"7\">\n<DATE>26-FEB-1987 15:01:01.79</DATE>\n"
        "<TEXT><TITLE>FIRST</TITLE><BODY>Body.\n Reuter\n&#3;</BODY></TEXT>\n</REUTERS>\n"
        "<REUTERS TOPICS=\"NO\" NEWID=\"8\">\n<DATE>26-FEB-1987 "
        "15:01:01.79</DATE>\n<TEXT><TITLE>CUT";
    const Read r = read_reuters(content);
    REQUIRE(r.articles.size() == 1);
    CHECK(r.articles[0].id == "reuters21578:7");
    CHECK(r.articles[0].body == "Body.");
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].line == 7);
    CHECK(r.problems[0].kind == Problem::Kind::rejected);
  }

  TEST_CASE("a record without a numeric NEWID or without TEXT is rejected") {
    const Read r = read_reuters(
        "<REUTERS NEWID=\"x1\"><DATE>26-FEB-1987</DATE><TEXT><TITLE>T</TITLE></TEXT></REUTERS>\n"
        "<REUTERS NEWID=\"9\"><DATE>26-FEB-1987</DATE></REUTERS>\n");
    CHECK(r.articles.empty());
    REQUIRE(r.problems.size() == 2);
    CHECK(r.problems[0].line == 1);
    CHECK(r.problems[0].kind == Problem::Kind::rejected);
    CHECK(r.problems[1].line == 2);
    CHECK(r.problems[1].kind == Problem::Kind::rejected);
  }

  TEST_CASE("one NUL byte near the start costs neither the file nor its records") {
    // A NUL in the first 4 KiB made the whole file "binary": all 1,000 stories of a Reuters
    // file were skipped, exit 0.
    std::string content = fixture("reuters_sample.sgm");
    const auto body = content.find("<BODY>");
    REQUIRE(body != std::string::npos);
    REQUIRE(body < 4096);
    content.insert(body + 6, std::string(1, '\0'));
    CHECK(dateline::detect_format(content, "reut2-000.sgm") == Format::reuters);
    const Read r = read_reuters(content);
    CHECK(r.articles.size() == sample().articles.size());
    for (const auto& a : r.articles) CHECK(a.body.find('\0') == std::string::npos);
    bool named = false;
    for (const auto& p : r.problems)
      named = named || (p.reason == "NUL byte removed" && p.kind == Problem::Kind::warning);
    CHECK(named);
    // A real binary file (NULs throughout) is still not an article format.
    std::string binary(4096, 'x');
    for (std::size_t i = 0; i < binary.size(); i += 16) binary[i] = '\0';
    CHECK(dateline::detect_format("<REUTERS " + binary, "x.sgm") == std::nullopt);
  }
}  // TEST_SUITE
