// indexer/reader_rfc822.cc on real mini_newsgroups posts (tests/fixtures/news_*) and a few
// hand-made headers for the cases the sample lacks.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "reader_support.h"
#include "readers/reader.h"

using dateline::Article;
using dateline::DatePrecision;
using dateline::DateSource;
using dateline::Format;
using dateline::Problem;
using dateline::SourceFile;

using dateline::test::fixture;
using dateline::test::Read;

namespace {

Read read_post(std::string_view content, const SourceFile& file = {"post", "/abs/post"}) {
  return dateline::test::read_as(Format::rfc822, content, file);
}

Article read_one(std::string_view content) {
  const Read r = read_post(content);
  CHECK(r.problems.empty());
  REQUIRE(r.articles.size() == 1);
  return r.articles.front();
}

}  // namespace

TEST_SUITE("indexer") {
  TEST_CASE("a Usenet post yields id, title, byline, newsgroups and date from its headers") {
    // talk.religion.misc/84244: a References: header folded onto a tab-indented line.
    const Read r = read_post(fixture("news_talk_religion_misc_84244"),
                             {"talk.religion.misc/84244", "/corpora/talk.religion.misc/84244"});
    CHECK(r.problems.empty());
    REQUIRE(r.articles.size() == 1);
    const Article& a = r.articles.front();
    CHECK(a.id == "BEVAN.93Apr25180358@panda.cs.man.ac.uk");
    CHECK(a.title == "Re: Davidians and compassion");
    CHECK(a.byline == "Stephen J Bevan");
    CHECK(a.topics == std::vector<std::string>{"talk.religion.misc"});
    CHECK(a.source == "Usenet");
    CHECK(a.format == "rfc822");
    CHECK(a.origin == "talk.religion.misc/84244");
    CHECK(a.line == 1);
    REQUIRE(a.date.has_value());
    CHECK(a.date->unix_seconds == 735757438);  // 25 Apr 93 17:03:58 GMT
    CHECK(a.date->precision == DatePrecision::second);
    CHECK(a.date->source == DateSource::metadata);

    SUBCASE("the body starts after the blank line, not at the folded header line") {
      CHECK(a.body.starts_with(
          "In article <1e9e02bm40FM01@JUTS.ccc.amdahl.com> agr00@ccc.amdahl.com"));
      CHECK(a.body.ends_with("Er, why not?"));
      // The post's own line breaks and indentation are kept.
      CHECK(a.body.find("writes:\n   Surely you are not") != std::string::npos);
      CHECK(a.body.find("Sender:") == std::string::npos);
    }
  }

  TEST_CASE(
      "a cross-posted post lists every newsgroup, and a zone with a glued comment is parsed") {
    // sci.crypt/15385: Date: Sun, 18 Apr 93 13:35:23 EDT(-0400)
    const Article a = read_one(fixture("news_sci_crypt_15385"));
    CHECK(a.id == "01010064.ve2cqb@titipu.resun.com");
    CHECK(a.title == "Re: Clipper Chip, PLEASE RESTRICT YOUR FOLLOWUPS");
    CHECK(a.byline == "Edward Reid");
    CHECK(a.topics == std::vector<std::string>{"sci.crypt", "alt.security", "comp.org.eff.talk",
                                               "comp.security.misc", "comp.org.acm",
                                               "comp.org.ieee"});
    REQUIRE(a.date.has_value());
    CHECK(a.date->unix_seconds == 735154523);  // date -u -d '1993-04-18 13:35:23 -0400' +%s
    CHECK(a.body.starts_with("Too many newsgroups.  'nough said?  Thanx."));
  }

  TEST_CASE("a post from a bare address with a full weekday name and two folded lines") {
    // talk.religion.misc/84317: From: <34AEJ7D@CMUVM.BITNET>, Date: Thursday, 22 Apr 1993 12:37:44
    // EDT
    const Article a = read_one(fixture("news_talk_religion_misc_84317"));
    CHECK(a.id == "93112.12374434AEJ7D@CMUVM.BITNET");
    CHECK(a.title == "Re: Who's next? Mormons and Jews?");
    CHECK(a.byline == "34AEJ7D@CMUVM.BITNET");
    CHECK(a.topics == std::vector<std::string>{"talk.religion.misc", "talk.politics.guns",
                                               "soc.culture.jewish"});
    REQUIRE(a.date.has_value());
    CHECK(a.date->unix_seconds == 735496664);  // date -u -d '1993-04-22 12:37:44 EDT' +%s
    CHECK(a.body.starts_with("In article <1993Apr21.045548.17418@news.cs.brandeis.edu>,\n"));
    CHECK(a.body.ends_with("All automobiles should be banned immediately."));
  }

  TEST_CASE("From: forms give the author's name") {
    struct Case {
      const char* from;
      const char* byline;
    };
    for (const Case c : {Case{"leech@cs.unc.edu (Jon Leech)", "Jon Leech"},
                         Case{"Jon Leech <leech@cs.unc.edu>", "Jon Leech"},
                         Case{"\"Jane Q. Doe\" <jane@news.invalid>", "Jane Q. Doe"},
                         Case{"<RVESTERM@vma.cc.nd.edu>", "RVESTERM@vma.cc.nd.edu"},
                         Case{"plain@news.invalid", "plain@news.invalid"}}) {
      const std::string_view from = c.from;
      CAPTURE(from);
      const Article a = read_one(std::string("From: ") + c.from + "\nSubject: s\n\nbody\n");
      CHECK(a.byline == c.byline);
    }
  }

  TEST_CASE("a folded Subject is unfolded into one line") {
    const Article a = read_one("Subject: A long\n   subject line\nFrom: a@b (A)\n\nBody.\n");
    CHECK(a.title == "A long subject line");
    CHECK(a.body == "Body.");
  }

  TEST_CASE("header names are case-insensitive and the first of a repeated header wins") {
    const Article a = read_one(
        "SUBJECT: first\nsubject: second\nmessage-id: <x@y>\nNEWSGROUPS: a.b , c.d\n\nBody.\n");
    CHECK(a.title == "first");
    CHECK(a.id == "x@y");
    CHECK(a.topics == std::vector<std::string>{"a.b", "c.d"});
  }

  TEST_CASE("a post without a Message-ID is identified by its canonical path") {
    const Read r = read_post("Subject: s\n\nbody\n", {"news/1", "/corpora/news/1"});
    REQUIRE(r.articles.size() == 1);
    CHECK(r.articles[0].id == "/corpora/news/1");
  }

  TEST_CASE("CRLF line ends are read like LF") {
    const Article a = read_one("Subject: s\r\nMessage-ID: <m@n>\r\n\r\nline one\r\nline two\r\n");
    CHECK(a.title == "s");
    CHECK(a.id == "m@n");
    CHECK(a.body == "line one\nline two");
  }

  TEST_CASE("an unrecognised Date: is a warning on its header line, and the post has no date") {
    const Read r = read_post("Subject: s\nFrom: a@b\nDate: sometime in April\n\nbody\n");
    REQUIRE(r.articles.size() == 1);
    CHECK_FALSE(r.articles[0].date.has_value());
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].line == 3);
    CHECK(r.problems[0].kind == Problem::Kind::warning);
  }

  TEST_CASE("a header line without a colon rejects the post, naming the line") {
    const Read r = read_post("Subject: s\nFrom: a@b\nthis is no header\n\nbody\n");
    CHECK(r.articles.empty());
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].line == 3);
    CHECK(r.problems[0].kind == Problem::Kind::rejected);
  }

  TEST_CASE("a post with neither Subject nor body is rejected") {
    const Read r = read_post("From: a@b\nMessage-ID: <x@y>\n\n\n");
    CHECK(r.articles.empty());
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].kind == Problem::Kind::rejected);
  }

}  // TEST_SUITE
