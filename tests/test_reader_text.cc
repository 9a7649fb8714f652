// indexer/reader_text.cc: scraped articles and the BBC layout (headline, blank line, paragraphs).
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "reader_support.h"
#include "readers/reader.h"
#include "readers/record_limits.h"

using dateline::Article;
using dateline::Format;
using dateline::Problem;
using dateline::SourceFile;

using dateline::test::fixture;
using dateline::test::Read;

namespace {

Read read_text(std::string_view content, const SourceFile& file = {"a.txt", "/abs/a.txt"}) {
  return dateline::test::read_as(Format::text, content, file);
}

Article read_one(std::string_view content) {
  Read r = read_text(content);
  REQUIRE(r.articles.size() == 1);
  return r.articles.front();
}

std::size_t count(const std::string& s, std::string_view what) {
  std::size_t n = 0;
  for (auto pos = s.find(what); pos != std::string::npos; pos = s.find(what, pos + what.size()))
    ++n;
  return n;
}

}  // namespace

TEST_SUITE("indexer") {
  TEST_CASE(
      "the scraped Axadle Times article yields its headline, dateline, byline and publisher") {
    const SourceFile file{"scraped/000_3d5143969e8ee521.txt",
                          "/corpora/scraped/000_3d5143969e8ee521.txt"};
    Read r = read_text(fixture("scraped_miami.txt"), file);
    CHECK(r.problems.empty());
    REQUIRE(r.articles.size() == 1);
    const Article& a = r.articles.front();

    CHECK(a.title == "U.S. and Ukrainian Officials Extend Talks into Third Consecutive Day");
    CHECK(a.dateline == "MIAMI");
    CHECK(a.byline == "Abdiwahab Ahmed");
    CHECK(a.source == "Axadle Times");
    CHECK(a.id == file.canonical_path);
    CHECK(a.origin == file.display_path);
    CHECK(a.format == "text");
    CHECK(a.line == 1);
    CHECK_FALSE(a.date.has_value());  // the file has none, and the reader invents none

    SUBCASE("the body is the story, paragraph by paragraph, dateline removed") {
      CHECK(a.body.starts_with(
          "U.S. special envoy Steve Witkoff held two days of “productive” talks"));
      CHECK_FALSE(a.body.starts_with("MIAMI"));
      CHECK(a.body.find("rolling power outages") != std::string::npos);
      CHECK(a.body.find("Umerov") != std::string::npos);
      CHECK(a.body.ends_with("a negotiated end to the conflict."));
      CHECK(count(a.body, "\n\n") == 9);  // ten paragraphs
    }
    SUBCASE("page furniture, byline and publisher are not body text") {
      for (std::string_view furniture : {"Advertisement", "cookies", "Read More", "Accept",
                                         "Abdiwahab", "Axadle", "Monitoring"}) {
        CAPTURE(furniture);
        CHECK(a.body.find(furniture) == std::string::npos);
      }
    }
  }

  TEST_CASE("a text file over the record limit is rejected at line 1, before it is read") {
    // A 50 MB body peaked at 1.2 GB of memory: the limit is checked before any copy is made.
    const Read r = read_text("Headline\n\n" + std::string(dateline::limits::max_record_bytes, 'w'));
    CHECK(r.articles.empty());
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].line == 1);
    CHECK(r.problems[0].reason ==
          "article of 4194314 bytes is over the limit of 4194304 (rejected)");
    // Under the file limit, the body alone is over its own.
    const Read body =
        read_text("Headline\n\n" + std::string(dateline::limits::max_body_bytes + 1, 'w'));
    CHECK(body.articles.empty());
    REQUIRE(body.problems.size() == 1);
    CHECK(
        body.problems[0].reason.starts_with("body of 1048577 bytes is over the limit of 1048576"));
  }

  TEST_CASE("a BBC article has a headline and a body, and no dateline or byline") {
    Read r = read_text(fixture("bbc_business_001.txt"),
                       {"bbc/business/001.txt", "/corpora/bbc/business/001.txt"});
    CHECK(r.problems.empty());
    REQUIRE(r.articles.size() == 1);
    const Article& a = r.articles.front();
    CHECK(a.title == "Ad sales boost Time Warner profit");
    CHECK(a.dateline.empty());
    CHECK(a.byline.empty());
    CHECK(a.source.empty());
    CHECK(a.id == "/corpora/bbc/business/001.txt");
    CHECK(a.body.starts_with(
        "Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (£600m)"));
    CHECK(a.body.ends_with("as a loss on the value of that stake."));
    CHECK(count(a.body, "\n\n") == 4);  // five paragraphs
  }

  TEST_CASE("datelines with a region and an agency keep the place and drop the agency") {
    const Article a =
        read_one("Strikes hit the capital\n\nKYIV, Ukraine (AP) — Drones struck overnight.\n");
    CHECK(a.dateline == "KYIV, Ukraine");
    CHECK(a.body == "Drones struck overnight.");

    const Article b = read_one("Markets calm\n\nLONDON - Shares were steady.\n");
    CHECK(b.dateline == "LONDON");
    CHECK(b.body == "Shares were steady.");
  }

  TEST_CASE("a paragraph that merely starts in capitals is not a dateline") {
    const Article a = read_one("Headline\n\nNATO members met on Friday to discuss the plan.\n");
    CHECK(a.dateline.empty());
    CHECK(a.body == "NATO members met on Friday to discuss the plan.");
  }

  TEST_CASE("a byline and a publisher in two closing paragraphs are taken off the body") {
    const Article a = read_one(
        "Headline\n\nThe story.\n\nBy Jane Doe and John Roe\n\nDaily Planet staff report\n");
    CHECK(a.byline == "Jane Doe and John Roe");
    CHECK(a.source == "Daily Planet");
    CHECK(a.body == "The story.");
  }

  TEST_CASE("a byline right after the headline is taken off the body") {
    const Article a = read_one("Headline\n\nBy Jane Doe\n\nLONDON — The story.\n");
    CHECK(a.byline == "Jane Doe");
    CHECK(a.dateline == "LONDON");
    CHECK(a.body == "The story.");
  }

  TEST_CASE("a closing sentence that opens with By is text, not a byline") {
    const Article a = read_one(
        "Headline\n\nThe story.\n\nBy the time talks ended on Friday,\nofficials had agreed to "
        "meet.\n");
    CHECK(a.byline.empty());
    CHECK(a.source.empty());
    CHECK(a.body ==
          "The story.\n\nBy the time talks ended on Friday, officials had agreed to meet.");
  }

  TEST_CASE("an opening sentence that starts with By is text, not a byline") {
    // bbc/tech/118.txt
    const Article a = read_one(
        "Progress on new internet domains\n\nBy early 2005 the net could have two new domain "
        "names.\n\n"
        "The .post and .travel net domains have been given preliminary approval.\n");
    CHECK(a.byline.empty());
    CHECK(
        a.body.starts_with("By early 2005 the net could have two new domain names.\n\nThe .post"));
  }

  TEST_CASE("lines of one paragraph are joined, CRLF and a byte-order mark are harmless") {
    const Article a =
        read_one("\xEF\xBB\xBF  Headline  \r\n\r\nFirst line\r\nsecond line.\r\n\r\nNext.\r\n");
    CHECK(a.title == "Headline");
    CHECK(a.body == "First line second line.\n\nNext.");
  }

  TEST_CASE("a file starting with blank lines reports the headline's line") {
    const Article a = read_one("\n\nHeadline\n\nBody.\n");
    CHECK(a.title == "Headline");
    CHECK(a.line == 3);
  }

  TEST_CASE("a file with only a headline is an article with an empty body") {
    const Article a = read_one("Just a headline\n");
    CHECK(a.title == "Just a headline");
    CHECK(a.body.empty());
  }

  TEST_CASE("an empty file is rejected, not indexed") {
    for (std::string_view content : {"", "\n\n  \n", "\xEF\xBB\xBF"}) {
      CAPTURE(content);
      Read r = read_text(content);
      CHECK(r.articles.empty());
      REQUIRE(r.problems.size() == 1);
      CHECK(r.problems[0].kind == Problem::Kind::rejected);
      CHECK(r.problems[0].line == 1);
    }
  }

  TEST_CASE("invalid UTF-8 is repaired as Latin-1 with a warning") {
    Read r = read_text("M\xFCnchen bids\n\nThe city of M\xFCnchen said so.\n");
    REQUIRE(r.articles.size() == 1);
    CHECK(r.articles[0].title == "München bids");
    CHECK(r.articles[0].body == "The city of München said so.");
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].kind == Problem::Kind::warning);
    CHECK(r.problems[0].line == 1);
  }

}  // TEST_SUITE

TEST_SUITE("indexer") {
  TEST_CASE("a headline whose text is all page furniture is indexed by its title, with a warning") {
    const Read r = read_text("Markets close higher\n\n- Advertisement -\n\nRead More\n");
    REQUIRE(r.articles.size() == 1);
    CHECK(r.articles[0].title == "Markets close higher");
    CHECK(r.articles[0].body.empty());
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].kind == Problem::Kind::warning);
    CHECK(r.problems[0].line == 1);
    CHECK(r.problems[0].reason.find("empty body") != std::string::npos);
  }
}
