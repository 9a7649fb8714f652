// indexer/readers/reader_warc.cc: response records holding pages are articles; the rest of a
// crawl is passed over; damage costs the damaged record alone. tests/fixtures/warc/crawl.warc
// is described in tests/fixtures/README.md.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <string>

#include "archive_writer.h"
#include "dates.h"
#include "reader_support.h"
#include "readers/reader_warc.h"

using dateline::Format;
using dateline::Problem;
using dateline::SourceFile;
using dateline::test::fixture;
using dateline::test::read_as;

namespace {

const SourceFile crawl{"crawl.warc", "/srv/crawls/crawl.warc", "crawls/crawl.warc"};

std::int64_t unix_of(const char* iso) { return dateline::parse_date(iso)->unix_seconds; }

// A record as a crawler writes it, its Content-Length counted.
std::string record(const std::string& type, const std::string& uri, const std::string& block,
                   const std::string& content_type = "application/http;msgtype=response") {
  return fmt::format(
             "WARC/1.0\r\nWARC-Type: {}\r\nWARC-Target-URI: {}\r\nWARC-Date: "
             "2024-05-02T10:00:00Z\r\nContent-Type: {}\r\nContent-Length: {}\r\n\r\n",
             type, uri, content_type, block.size()) +
         block + "\r\n\r\n";
}

std::string response(const std::string& headers, const std::string& body) {
  return "HTTP/1.1 200 OK\r\n" + headers + "\r\n" + body;
}

std::string page(const std::string& title) {
  return "<!DOCTYPE html><html lang=\"en\"><head><title>" + title +
         "</title></head>\n<body><article><h1>" + title +
         "</h1>\n<p>The council voted on Tuesday to rebuild the old market hall, which has stood "
         "empty since the fire of last winter destroyed its roof and most of the stalls.</p>\n"
         "<p>Traders who moved to a car park across the road said they hoped to return before "
         "the summer, when visitors fill the town and its streets every weekend.</p>\n"
         "</article></body></html>\n";
}

std::size_t problems_of(const dateline::test::Read& r, Problem::Kind kind) {
  return static_cast<std::size_t>(std::count_if(r.problems.begin(), r.problems.end(),
                                                [&](const Problem& p) { return p.kind == kind; }));
}

}  // namespace

TEST_SUITE("indexer") {
  TEST_CASE("each HTML response of a crawl is an article, known by its target URI") {
    const auto r = read_as(Format::warc, fixture("warc/crawl.warc"), crawl);
    REQUIRE(r.articles.size() == 3);
    const auto& strike = r.by_id("https://harbour.example/news/strike-ends?utm_source=feed");
    CHECK(strike.format == "warc");
    CHECK(strike.line == 25);  // the record's WARC/1.1 line
    CHECK(strike.title == "Dock workers end strike after pay deal");
    CHECK(strike.dateline == "ROTTERDAM");
    CHECK(strike.byline == "Ines Ruiz");
    // The page's canonical URL is its URL; the URI it was fetched by stays its id.
    CHECK(strike.url == "https://harbour.example/news/strike-ends");
    // The page's own date is its date, the crawl's is only evidence.
    REQUIRE(strike.date);
    CHECK(strike.date->unix_seconds == unix_of("2024-03-01T07:30:00Z"));
    CHECK(strike.date->source == dateline::DateSource::metadata);
    CHECK(strike.crawled == unix_of("2024-03-11T09:00:02Z"));
  }

  TEST_CASE("a page without a date carries the crawl's, to the second, as evidence only") {
    const auto r = read_as(Format::warc, fixture("warc/crawl.warc"), crawl);
    // WARC/1.0's examples wrote the URI in angle brackets; WARC/1.1 dates have fractions.
    const auto& ferry = r.by_id("https://ferries.example/fr/reprise");
    CHECK_FALSE(ferry.date);
    CHECK(ferry.crawled == unix_of("2024-03-13T16:45:10Z"));
    CHECK(ferry.url == "https://ferries.example/fr/reprise");
    CHECK(ferry.language == "fr");
  }

  TEST_CASE("the HTTP header's charset decodes the page, sent chunked") {
    const auto r = read_as(Format::warc, fixture("warc/crawl.warc"), crawl);
    const auto& ferry = r.by_id("https://ferries.example/fr/reprise");
    CHECK(ferry.body.find("repris son service mercredi après une semaine d'arrêt") !=
          std::string::npos);
    CHECK(ferry.body.find("\r\n") == std::string::npos);  // no chunk sizes left in the text
  }

  TEST_CASE("requests, metadata, images and redirects pass without a word; a cut record does not") {
    const auto r = read_as(Format::warc, fixture("warc/crawl.warc"), crawl);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].line == 161);
    CHECK(r.problems[0].kind == Problem::Kind::rejected);
    CHECK(r.problems[0].reason.starts_with("truncated WARC record: Content-Length"));
  }

  TEST_CASE("a damaged record costs itself alone") {
    const std::string good = record("response", "https://town.example/market",
                                    response("Content-Type: text/html\r\n", page("Market hall")));
    std::string no_length = record("response", "https://town.example/lost", "HTTP/1.1 200 OK\r\n");
    no_length.replace(no_length.find("Content-Length: "), 18, "Content-Length: x");
    const std::string after = record("response", "https://town.example/after",
                                     response("Content-Type: text/html\r\n", page("Ferry")));
    const std::string content = no_length + "garbage between records\r\n" + good + after;
    const auto r = read_as(Format::warc, content, crawl);
    CHECK(r.articles.size() == 2);
    r.by_id("https://town.example/market");
    r.by_id("https://town.example/after");
    CHECK(problems_of(r, Problem::Kind::rejected) >= 1);
    CHECK(r.at_line(1).size() == 1);
    CHECK(r.at_line(1)[0]->reason == "WARC record without a valid Content-Length (skipped)");
  }

  TEST_CASE("text that is no WARC record is skipped to the next record, and named") {
    const std::string good = record("response", "https://town.example/market",
                                    response("Content-Type: text/html\r\n", page("Market hall")));
    const auto r = read_as(Format::warc, good + "stray line\nanother\n" + good, crawl);
    CHECK(r.articles.size() == 2);
    const std::size_t stray_line =
        1 + static_cast<std::size_t>(std::count(good.begin(), good.end(), '\n'));
    REQUIRE(r.at_line(stray_line).size() == 1);
    CHECK(r.at_line(stray_line)[0]->reason == "not a WARC record (skipped to the next)");
  }

  TEST_CASE("a gzip-encoded page is inflated; an encoding not read is named") {
    const std::string gz = dateline::test::compress("gzip", page("Market hall"));
    const std::string content =
        record("response", "https://town.example/gz",
               response("Content-Type: text/html\r\nContent-Encoding: gzip\r\n", gz)) +
        record("response", "https://town.example/br",
               response("Content-Type: text/html\r\nContent-Encoding: br\r\n", "\x1b\x2f")) +
        record("response", "https://town.example/none", response("", page("Ferry")));
    const auto r = read_as(Format::warc, content, crawl);
    REQUIRE(r.articles.size() == 2);
    CHECK(r.by_id("https://town.example/gz").title == "Market hall");
    // No Content-Type: a page that says it is HTML is one.
    CHECK(r.by_id("https://town.example/none").title == "Ferry");
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].reason == "content encoding 'br' is not read (skipped)");
  }

  TEST_CASE("a page's problems are named by their line in the WARC file") {
    const std::string empty_page =
        "<html><head><title>Only a title</title></head>\n<body>\n<nav>Home</nav>\n</body></html>";
    const std::string content = record("response", "https://town.example/empty",
                                       response("Content-Type: text/html\r\n", empty_page));
    const auto r = read_as(Format::warc, content, crawl);
    REQUIRE(r.articles.size() == 1);
    REQUIRE(r.problems.size() == 1);
    // WARC header 7 lines and the blank, the HTTP status, a field and the blank: the page starts
    // on line 11, its <body> on line 12.
    CHECK(r.problems[0].line == 12);
    CHECK(r.problems[0].kind == Problem::Kind::warning);
  }

  TEST_CASE("read as a stream, a byte at a time, a crawl gives what it gives read whole") {
    const std::string content = fixture("warc/crawl.warc");
    std::size_t pos = 0;
    const dateline::ByteReader one_byte = [&](char* buffer, std::size_t, std::string&) {
      if (pos == content.size()) return std::ptrdiff_t{0};
      buffer[0] = content[pos++];
      return std::ptrdiff_t{1};
    };
    dateline::test::Read streamed;
    dateline::ReaderOutput out{
        [&](dateline::Article&& a) { streamed.articles.push_back(std::move(a)); },
        [&](Problem&& p) { streamed.problems.push_back(std::move(p)); }};
    std::string error;
    CHECK(dateline::detail::read_warc_stream(one_byte, {}, crawl, out, error));
    const auto whole = read_as(Format::warc, content, crawl);
    REQUIRE(streamed.articles.size() == whole.articles.size());
    for (std::size_t i = 0; i < whole.articles.size(); ++i) {
      CHECK(streamed.articles[i].id == whole.articles[i].id);
      CHECK(streamed.articles[i].line == whole.articles[i].line);
      CHECK(streamed.articles[i].body == whole.articles[i].body);
    }
    REQUIRE(streamed.problems.size() == whole.problems.size());
    CHECK(streamed.problems[0].line == whole.problems[0].line);
  }

  TEST_CASE("a large record no one reads is passed over, and pages over the limit are named") {
    const std::string video = record(
        "response", "https://town.example/film.mp4",
        response("Content-Type: video/mp4\r\n", std::string(12 << 20, '\n')));  // 12 Mi lines
    const std::string huge_page =
        record("response", "https://town.example/huge",
               response("Content-Type: text/html\r\n", "<html><body>" + std::string(5 << 20, 'x')));
    const std::string good = record("response", "https://town.example/market",
                                    response("Content-Type: text/html\r\n", page("Market hall")));
    const std::string content = video + huge_page + good;
    std::size_t pos = 0;
    const dateline::ByteReader read = [&](char* buffer, std::size_t size, std::string&) {
      const std::size_t n = std::min(size, content.size() - pos);
      std::copy_n(content.data() + pos, n, buffer);
      pos += n;
      return static_cast<std::ptrdiff_t>(n);
    };
    dateline::test::Read r;
    dateline::ReaderOutput out{[&](dateline::Article&& a) { r.articles.push_back(std::move(a)); },
                               [&](Problem&& p) { r.problems.push_back(std::move(p)); }};
    std::string error;
    CHECK(dateline::detail::read_warc_stream(read, {}, crawl, out, error));
    REQUIRE(r.articles.size() == 1);
    const std::size_t good_line =
        1 + static_cast<std::size_t>(std::count(video.begin(), video.end(), '\n') +
                                     std::count(huge_page.begin(), huge_page.end(), '\n'));
    CHECK(r.articles[0].line == good_line);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].reason.find("is over the limit") != std::string::npos);
  }
}
