// indexer/reader.h detect_format: content first, extension second, and nothing for files that are
// not articles (the README, word lists and DTD that sit next to the Reuters .sgm files).
#include <doctest/doctest.h>

#include <fstream>
#include <optional>
#include <sstream>
#include <string>

#include "reader_support.h"
#include "readers/reader.h"

using dateline::detect_format;
using dateline::Format;

using dateline::test::fixture;

namespace {

// Header block of mini_newsgroups/comp.graphics/38386: "Article-I.D.:" has dots in its name.
constexpr std::string_view article_id_post =
    "Xref: cantaloupe.srv.cs.cmu.edu comp.graphics:38386\n"
    "Path: cantaloupe.srv.cs.cmu.edu!das-news.harvard.edu!ogicse!emory\n"
    "From: harti@mikro.ee.tu-berlin.de (Stefan Hartmann (Behse))\n"
    "Newsgroups: comp.graphics,alt.binaries.pictures.utilities,alt.graphics.pixutils\n"
    "Subject: Genoa graphics board Drivers FTP site!\n"
    "Message-ID: <1qpf1r$9ti@mailgzrz.TU-Berlin.DE>\n"
    "Date: 17 Apr 93 17:33:47 GMT\n"
    "Article-I.D.: mailgzrz.1qpf1r$9ti\n"
    "Organization: TUBerlin/ZRZ\n"
    "Lines: 29\n"
    "\n"
    "Hello.\n";

}  // namespace

TEST_SUITE("indexer") {
  TEST_CASE("each corpus fixture is detected as its own format") {
    CHECK(detect_format(fixture("reuters_sample.sgm"), "reut2-000.sgm") == Format::reuters);
    CHECK(detect_format(fixture("jsonl_sample.jsonl"), "articles.jsonl") == Format::jsonl);
    CHECK(detect_format(fixture("news_sci_crypt_15385"), "sci.crypt/15385") == Format::rfc822);
    CHECK(detect_format(fixture("news_talk_religion_misc_84244"), "talk.religion.misc/84244") ==
          Format::rfc822);
    CHECK(detect_format(fixture("news_talk_religion_misc_84317"), "talk.religion.misc/84317") ==
          Format::rfc822);
    CHECK(detect_format(fixture("scraped_miami.txt"), "scraped/000_3d5143969e8ee521.txt") ==
          Format::text);
    CHECK(detect_format(fixture("bbc_business_001.txt"), "bbc/business/001.txt") == Format::text);
  }

  TEST_CASE("content decides before the file name does") {
    // A Reuters record without the DOCTYPE line, a JSON line, a news post and an article, each
    // under a name that suggests something else.
    CHECK(
        detect_format("<REUTERS TOPICS=\"NO\" NEWID=\"2\">\n<DATE>26-FEB-1987</DATE>\n</REUTERS>\n",
                      "notes.txt") == Format::reuters);
    CHECK(detect_format("\n  {\"id\": 1, \"title\": \"t\"}\n", "dump.txt") == Format::jsonl);
    CHECK(detect_format(fixture("news_sci_crypt_15385"), "post.sgm") == Format::rfc822);
    CHECK(detect_format(fixture("reuters_sample.sgm"), "x.jsonl") == Format::reuters);
    CHECK(detect_format(fixture("scraped_miami.txt"), "article") == Format::text);
  }

  TEST_CASE("a news post whose header names contain dots is still a news post") {
    CHECK(detect_format(article_id_post, "comp.graphics/38386") == Format::rfc822);
  }

  TEST_CASE("the extension decides only when the content says nothing") {
    CHECK(detect_format("", "reut2-000.sgm") == Format::reuters);
    CHECK(detect_format("", "articles.jsonl") == Format::jsonl);
    CHECK(detect_format("", "articles.ndjson") == Format::jsonl);
    CHECK(detect_format("", "message.eml") == Format::rfc822);
    CHECK_FALSE(detect_format("", "notes.txt").has_value());
    CHECK_FALSE(
        detect_format("", "dir.sgm/file").has_value());  // a dot in a folder is no extension
  }

  TEST_CASE("a text article with a byte-order mark or CRLF line ends is text") {
    CHECK(detect_format("\xEF\xBB\xBFHeadline\n\nBody text.\n", "a.txt") == Format::text);
    CHECK(detect_format("Headline\r\n\r\nBody text.\r\n", "a.txt") == Format::text);
  }

  TEST_CASE("files next to the corpora that are not articles are not detected") {
    SUBCASE("the Reuters README opens with a blank line") {
      CHECK_FALSE(
          detect_format(fixture("reuters_README_head.txt"), "reuters21578/README.txt").has_value());
    }
    SUBCASE("a word list has no blank line after its first line") {
      CHECK_FALSE(detect_format(fixture("all-places-strings.lc.txt"),
                                "reuters21578/all-places-strings.lc.txt")
                      .has_value());
    }
    SUBCASE("the DTD is SGML but no Reuters record") {
      CHECK_FALSE(detect_format(fixture("lewis.dtd"), "reuters21578/lewis.dtd").has_value());
    }
    SUBCASE("a binary file is refused whatever its name or first byte") {
      const std::string binary("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10", 20);
      CHECK_FALSE(detect_format(binary, "image.png").has_value());
      CHECK_FALSE(detect_format(binary, "reut2-000.sgm").has_value());
      const std::string brace("{\"id\": 1}\n\0\0\0", 13);
      CHECK_FALSE(detect_format(brace, "articles.jsonl").has_value());
      const std::string headline("Headline\n\nBody\0text", 19);
      CHECK_FALSE(detect_format(headline, "a.txt").has_value());
    }
    SUBCASE("two header-like lines are not a news post") {
      CHECK_FALSE(detect_format("Note: one\nThing: two\n\nbody\n", "notes").has_value());
    }
    SUBCASE("a Markdown file with a headline and a blank line is not an article") {
      CHECK_FALSE(detect_format("# dateline\n\nA news search engine.\n", "README.md").has_value());
    }
  }

  TEST_CASE("format names round-trip") {
    for (Format f : {Format::text, Format::jsonl, Format::reuters, Format::rfc822}) {
      const std::string_view name = dateline::format_name(f);
      CAPTURE(name);
      CHECK(dateline::format_from_name(dateline::format_name(f)) == f);
    }
    CHECK(dateline::format_name(Format::rfc822) == "rfc822");
    CHECK_FALSE(dateline::format_from_name("sgml").has_value());
  }

}  // TEST_SUITE
