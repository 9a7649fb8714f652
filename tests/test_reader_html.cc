// indexer/readers/reader_html.cc: HTML article pages, one article per page, from the fixtures in
// tests/fixtures/html (written for these tests; see the fixtures README).
#include <doctest/doctest.h>

#include <string>

#include "dates.h"
#include "reader_support.h"
#include "readers/reader.h"

using dateline::Article;
using dateline::DatePrecision;
using dateline::DateSource;
using dateline::detect_format;
using dateline::Format;
using dateline::Problem;
using dateline::SourceFile;

using dateline::test::fixture;
using dateline::test::Read;

namespace {

Read read_html(std::string_view content, const SourceFile& file = {"a.html", "/abs/a.html"}) {
  return dateline::test::read_as(Format::html, content, file);
}

Article read_one(std::string_view content) {
  Read r = read_html(content);
  REQUIRE(r.articles.size() == 1);
  return r.articles.front();
}

bool has(const std::string& text, std::string_view what) {
  return text.find(what) != std::string::npos;
}

std::int64_t instant(std::string_view iso) {
  const auto d = dateline::parse_date(iso);
  REQUIRE(d.has_value());
  return d->unix_seconds;
}

std::size_t paragraphs(const std::string& body) {
  std::size_t n = body.empty() ? 0 : 1;
  for (auto at = body.find("\n\n"); at != std::string::npos; at = body.find("\n\n", at + 2)) ++n;
  return n;
}

}  // namespace

TEST_SUITE("indexer") {
  TEST_CASE("a news page yields its story alone, without the furniture around it") {
    const SourceFile file{"pages/bridge.html", "/archive/pages/bridge.html"};
    Read r = read_html(fixture("html/news_article.html"), file);
    CHECK(r.problems.empty());
    REQUIRE(r.articles.size() == 1);
    const Article& a = r.articles.front();

    CHECK(a.title == "Harbour bridge reopens after three years of repairs");
    CHECK(a.byline == "Maria Lindqvist");
    CHECK(a.source == "The Coastal Herald");
    CHECK(a.url == "https://herald.example/news/harbour-bridge-reopens");
    CHECK(a.language == "en");
    CHECK(a.format == "html");
    CHECK(a.id == file.canonical_path);
    CHECK(a.origin == file.display_path);
    REQUIRE(a.date.has_value());
    CHECK(a.date->unix_seconds == instant("2024-03-14T08:30:00Z"));  // published, not modified
    CHECK(a.date->source == DateSource::metadata);

    CHECK(a.body.starts_with("The old harbour bridge reopened to traffic on Thursday morning"));
    CHECK(a.body.ends_with("the transport authority said."));
    CHECK(paragraphs(a.body) == 5);
    CHECK(has(a.body, "\u201cWe would rather spend the money once"));
    for (std::string_view furniture :
         {"cookie", "Sport", "Advertisement", "Share on", "Subscribe", "Related", "Ferry timetable",
          "Comments", "My commute", "All rights reserved", "Harbour bridge reopens"}) {
      CAPTURE(furniture);
      CHECK_FALSE(has(a.body, furniture));
    }
  }

  TEST_CASE("schema.org JSON-LD gives the headline, every author, the date and the publisher") {
    const Article a = read_one(fixture("html/json_ld.html"));
    CHECK(a.title == "Stadtrat beschließt neues Radwegenetz");
    CHECK(a.byline == "Jonas Weber, Lea Schmitt");
    CHECK(a.source == "Rheinische Morgenpost");
    CHECK(a.language == "de");
    REQUIRE(a.date.has_value());
    CHECK(a.date->unix_seconds == instant("2023-11-02T06:15:00Z"));
    CHECK(a.body.starts_with("Der Stadtrat hat am Mittwochabend"));
    CHECK(paragraphs(a.body) == 3);
    CHECK_FALSE(has(a.body, "Lokales"));
  }

  TEST_CASE("a dateline opening the first paragraph is the article's dateline") {
    const Article a = read_one(fixture("html/dateline.html"));
    CHECK(a.dateline == "KYIV, Ukraine");
    CHECK(a.body.starts_with("Engineers restored electricity to most of the capital"));
    CHECK(a.title == "Power restored to most of the capital after overnight strikes");
    CHECK(a.byline == "Olena Kovalenko");
    REQUIRE(a.date.has_value());
    CHECK(a.date->unix_seconds == instant("2024-06-20"));
    CHECK(a.date->precision == DatePrecision::day);
  }

  TEST_CASE("a dateline after a lead photo's caption is still the dateline") {
    const Article a = read_one(
        "<html><body><article><figure><img src=a.jpg><figcaption>Crews at the substation on "
        "Thursday, after the overnight strikes.</figcaption></figure><p>KYIV, Ukraine (AP) — "
        "Engineers restored electricity to most of the capital by Thursday afternoon.</p><p>About "
        "30,000 households were still without power, the city said.</p></article></body></html>");
    CHECK(a.dateline == "KYIV, Ukraine");
    CHECK(
        a.body.starts_with("Crews at the substation on Thursday, after the overnight "
                           "strikes.\n\nEngineers restored electricity"));
  }

  TEST_CASE("pages in Windows-1252, Shift-JIS and GBK are read in their declared charsets") {
    SUBCASE("Windows-1252, declared with http-equiv") {
      Read r = read_html(fixture("html/windows1252.html"));
      CHECK(r.problems.empty());  // no "invalid UTF-8": the bytes were decoded, not repaired
      REQUIRE(r.articles.size() == 1);
      const Article& a = r.articles.front();
      CHECK(a.title == "Le café du port ferme ses portes après 80 ans");
      CHECK(a.language == "fr");
      CHECK(has(a.body, "« Nous avons tout essayé », a-t-elle déclaré"));
      CHECK(has(a.body, "de 900 € à 2 400 € par mois depuis la vente de l’immeuble"));
    }
    SUBCASE("Shift-JIS") {
      const Article a = read_one(fixture("html/shift_jis.html"));
      CHECK(a.title == "港町で百年続く祭りが再開");  // " | 海辺新聞", the paper's name, removed
      CHECK(a.language == "ja");
      CHECK(a.body.starts_with("感染症の流行で四年間中止されていた港町の夏祭りが"));
      CHECK(has(a.body, "実行委員長は「子どもたちの笑顔を再び見ることができて本当にうれしい」"));
      CHECK(paragraphs(a.body) == 3);
    }
    SUBCASE("GBK") {
      const Article a = read_one(fixture("html/gbk.html"));
      CHECK(a.title == "山区小学开通第一条公交线路_社会新闻_江城日报");
      CHECK(a.language == "zh");
      CHECK(a.body.starts_with("本报讯 昨天上午，连接县城和山区三所小学的第一条公交线路正式开通"));
      CHECK(has(a.body, "家里人终于放心了。"));
    }
  }

  TEST_CASE("a page without a declared charset is detected") {
    auto without_declaration = [](std::string page, std::string_view declaration) {
      const auto at = page.find(declaration);
      REQUIRE(at != std::string::npos);
      page.erase(at, declaration.size());
      return page;
    };
    SUBCASE("GBK") {
      const Article a =
          read_one(without_declaration(fixture("html/gbk.html"), "<meta charset=\"gbk\">"));
      CHECK(has(a.body, "连接县城和山区三所小学的第一条公交线路"));
    }
    SUBCASE("Shift-JIS") {
      const Article a = read_one(without_declaration(
          fixture("html/shift_jis.html"),
          "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">"));
      CHECK(has(a.body, "祭りの名物である船のパレード"));
    }
  }

  TEST_CASE("a page with a title and no main text is indexed by its title, with a warning") {
    Read r = read_html(fixture("html/no_content.html"));
    REQUIRE(r.articles.size() == 1);
    CHECK(r.articles.front().title == "Page not found");
    CHECK(r.articles.front().body.empty());
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems.front().kind == Problem::Kind::warning);
    CHECK(r.problems.front().line == 4);  // <body>
    CHECK(has(r.problems.front().reason, "no main text"));
  }

  TEST_CASE("a page with neither title nor text is rejected, naming its line") {
    Read r = read_html(fixture("html/empty_page.html"));
    CHECK(r.articles.empty());
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems.front().kind == Problem::Kind::rejected);
    CHECK(r.problems.front().line == 2);
    CHECK(read_html("").articles.empty());
    CHECK(read_html("   \n").problems.front().kind == Problem::Kind::rejected);
  }

  TEST_CASE("broken markup and stray bytes cost nothing but a warning") {
    Read r = read_html(
        "<html><head><title>Flood warning for the valley</title><meta charset=utf-8>"
        "<body><div><p>Rivers rose by two metres overnight and the caf\xE9 on the bridge"
        " was evacuated, officials said.<p>More rain is expected on Friday, forecasters said"
        " <b>after <i>the</b> storm</i>");
    REQUIRE(r.articles.size() == 1);
    const Article& a = r.articles.front();
    CHECK(a.title == "Flood warning for the valley");
    CHECK(has(a.body, "the café on the bridge was evacuated"));
    CHECK(has(a.body, "\n\nMore rain is expected on Friday, forecasters said after the storm"));
    REQUIRE(r.problems.size() == 1);
    CHECK(has(r.problems.front().reason, "invalid UTF-8"));
  }

  TEST_CASE("the publication date is the page's own, a last-modified date only failing that") {
    auto page = [](std::string_view head) {
      return "<html><head>" + std::string(head) +
             "</head><body><p>Enough words here to make a paragraph of the story.</p></body>"
             "</html>";
    };
    SUBCASE("modified alone") {
      const Article a = read_one(
          page("<meta property=\"article:modified_time\" content=\"2020-05-01T12:00:00Z\">"));
      REQUIRE(a.date.has_value());
      CHECK(a.date->unix_seconds == instant("2020-05-01T12:00:00Z"));
    }
    SUBCASE("itemprop=datePublished beats a <time> and the modified date") {
      const Article a = read_one(
          "<html><head><meta itemprop=dateModified content=2021-01-09></head><body><article>"
          "<time datetime=2021-01-08>8 January</time><span itemprop=datePublished "
          "content=2021-01-07></span><p>Enough words here to make a paragraph of the story.</p>"
          "</article></body></html>");
      REQUIRE(a.date.has_value());
      CHECK(a.date->unix_seconds == instant("2021-01-07"));
    }
    SUBCASE("a <time datetime> in the article") {
      const Article a = read_one(
          "<html><body><time datetime=2019-02-02>site clock</time><article><time "
          "datetime=\"2019-03-04T05:06:07Z\">4 March</time><p>Enough words here to make a "
          "paragraph of the story.</p></article></body></html>");
      REQUIRE(a.date.has_value());
      CHECK(a.date->unix_seconds == instant("2019-03-04T05:06:07Z"));
    }
    SUBCASE("an unreadable date is a warning, the article kept") {
      Read r = read_html(page("<meta property=\"article:published_time\" content=\"soon\">"));
      REQUIRE(r.articles.size() == 1);
      CHECK_FALSE(r.articles.front().date.has_value());
      REQUIRE(r.problems.size() == 1);
      CHECK(has(r.problems.front().reason, "article:published_time"));
    }
  }

  TEST_CASE("HTML is detected by its doctype or root element, or by its name and markup") {
    CHECK(detect_format("<!DOCTYPE html>\n<html><body></body></html>", "page") == Format::html);
    CHECK(detect_format("\xEF\xBB\xBF  <!-- saved from url=(0042) -->\n<HTML lang=en>", "x") ==
          Format::html);
    CHECK(detect_format("<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 "
                        "Strict//EN\">\n<html>",
                        "story.xhtml") == Format::html);
    CHECK(detect_format(fixture("html/shift_jis.html"), "a") == Format::html);
    CHECK(detect_format("<div><p>A fragment saved by a scraper.</p></div>", "story.htm") ==
          Format::html);
    CHECK(detect_format("<div><p>Markup in a text file.</p></div>", "notes") != Format::html);
    CHECK(detect_format("<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n<REUTERS>", "reut2-000.sgm") ==
          Format::reuters);
    CHECK(dateline::format_name(Format::html) == "html");
    CHECK(dateline::format_from_name("html") == Format::html);
    CHECK(dateline::one_article_per_file(Format::html));
  }
}
