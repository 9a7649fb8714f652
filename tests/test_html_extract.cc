// indexer/readers/html_extract.h and html_metadata.h: main content and metadata of web pages,
// on small documents written for each rule.
#include <doctest/doctest.h>

#include <memory>
#include <string>

#include "readers/html_extract.h"
#include "readers/html_metadata.h"
#include "readers/html_text.h"

using dateline::extract_main_content;
using dateline::read_page_metadata;

namespace {

using Doc = std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)>;

Doc parse(std::string_view html) {
  return Doc(htmlReadMemory(html.data(), static_cast<int>(html.size()), nullptr, "UTF-8",
                            dateline::detail::html_parse_options),
             &xmlFreeDoc);
}

// The first element named `name` in document order.
const xmlNode* find(const xmlNode* node, std::string_view name) {
  for (; node; node = node->next) {
    if (node->type == XML_ELEMENT_NODE && name == reinterpret_cast<const char*>(node->name))
      return node;
    if (const xmlNode* found = find(node->children, name)) return found;
  }
  return nullptr;
}

const xmlNode* element(const Doc& doc, std::string_view name) {
  const xmlNode* n = find(xmlDocGetRootElement(doc.get()), name);
  REQUIRE(n != nullptr);
  return n;
}

const std::string story =
    "<p>The council voted on Tuesday to close the old library, which has stood on the square "
    "since 1902, and to move its books to the new school.</p>"
    "<p>Dozens of readers protested outside the town hall, holding signs and reading aloud, "
    "while the vote was taken inside, the police said.</p>"
    "<p>The building will be sold, and the money spent on the school's roof, the mayor said, "
    "adding that no staff would lose their jobs.</p>";

}  // namespace

TEST_SUITE("indexer") {
  TEST_CASE("class names and ids weigh for the story's container or against furniture") {
    auto weight = [](std::string_view tag) {
      Doc doc = parse("<html><body>" + std::string(tag) + "</div></body></html>");
      return dateline::detail::class_weight(element(doc, "div"));
    };
    CHECK(weight("<div class=\"article-body\">") > 0);
    CHECK(weight("<div id=\"story\">") > 0);
    CHECK(weight("<div itemprop=\"articleBody\">") > 0);
    CHECK(weight("<div class=\"comment-list\">") < 0);
    CHECK(weight("<div class=\"share-bar\">") < 0);
    CHECK(weight("<div class=\"ad-slot\">") < 0);
    CHECK(weight("<div class=\"sidebar\" id=\"related\">") < 0);
    CHECK(weight("<div class=\"shadow download head\">") == 0);  // "ad" only as a word of its own
    CHECK(weight("<div>") == 0);
  }

  TEST_CASE("furniture is known by its element, its role, its visibility or its name") {
    auto furniture = [](std::string_view tag) {
      Doc doc = parse("<html><body>" + std::string(tag) + "</div></body></html>");
      return dateline::detail::is_furniture(element(doc, "div"));
    };
    CHECK(furniture("<div role=\"navigation\">"));
    CHECK(furniture("<div style=\"display: none\">"));
    CHECK(furniture("<div hidden>"));
    CHECK(furniture("<div aria-hidden=\"true\">"));
    CHECK(furniture("<div class=\"cookie-consent\">"));
    CHECK(furniture("<div id=\"comments\">"));
    CHECK(furniture("<div class=\"social-share\">"));
    CHECK_FALSE(furniture("<div class=\"article-content has-comments\">"));  // says content too
    CHECK_FALSE(furniture("<div class=\"story\">"));
    Doc nav = parse("<html><body><nav><a href=/>Home</a></nav></body></html>");
    CHECK(dateline::detail::is_furniture(element(nav, "nav")));
  }

  TEST_CASE("link density is the share of an element's text inside links") {
    Doc doc = parse(
        "<html><body><ul><li><a href=/a>One</a></li><li><a href=/b>Two</a></li></ul>"
        "<p>Some words and <a href=/c>a link</a></p></body></html>");
    CHECK(dateline::detail::link_density(element(doc, "ul")) == doctest::Approx(1.0));
    CHECK(dateline::detail::link_density(element(doc, "p")) == doctest::Approx(5.0 / 17));
  }

  TEST_CASE("the container of the story's paragraphs wins over menus, teasers and comments") {
    Doc doc = parse(
        "<html><body><div id=wrap>"
        "<div class=menu><ul><li><a href=/1>Home</a></li><li><a href=/2>News</a></li></ul></div>"
        "<div class=teaser><p><a href=/t>Read our other story about the weather, the traffic "
        "and the trains</a></p></div>"
        "<div class=main>" +
        story +
        "<div class=newsletter><p>Sign up for our newsletter, it is free and comes every day "
        "of the week.</p></div></div>"
        "<div class=comments><p>What a shame, I learned to read in that library, and so did my "
        "children.</p></div>"
        "</div></body></html>");
    const dateline::MainContent m = extract_main_content(doc.get(), "");
    CHECK(m.text == dateline::html_to_text(story));
    CHECK(m.line == 1);
  }

  TEST_CASE("paragraphs split by an advertisement stay one story") {
    Doc doc = parse("<html><body><div class=page><div class=text>" + story +
                    "</div><div class=advert><p>Buy a car today, special prices, interest "
                    "free.</p></div><div class=text><p>A farewell reading will be held on "
                    "Saturday, with coffee and cake, the librarian said.</p>" +
                    story + "</div></div></body></html>");
    const std::string text = extract_main_content(doc.get(), "").text;
    CHECK(text.find("A farewell reading") != std::string::npos);
    CHECK(text.find("Buy a car") == std::string::npos);
  }

  TEST_CASE("the headline repeated above the story is left to the title") {
    Doc doc = parse("<html><body><article><h1>Library to close</h1>" + story +
                    "</article></body></html>");
    CHECK(extract_main_content(doc.get(), "Library to close").text.starts_with("The council"));
    CHECK(extract_main_content(doc.get(), "").text.starts_with("Library to close\n\n"));
  }

  TEST_CASE("a page with nothing but furniture has no main content") {
    Doc doc = parse(
        "<html><body><nav><a href=/>Home</a></nav><footer>(c) 2024</footer>"
        "</body></html>");
    CHECK(extract_main_content(doc.get(), "").text.empty());
  }

  TEST_CASE("the document title loses the site's name, and only that") {
    using dateline::detail::clean_document_title;
    const struct {
      const char* title;
      const char* site;
      const char* expected;
    } cases[] = {
        {"Bridge reopens after repairs | The Herald", "", "Bridge reopens after repairs"},
        {"Bridge reopens after repairs - The Herald", "", "Bridge reopens after repairs"},
        {"Bridge reopens after repairs \u2014 The Herald", "", "Bridge reopens after repairs"},
        {"Bridge reopens - The Herald", "The Herald", "Bridge reopens"},
        {"The Herald | Bridge reopens", "The Herald", "Bridge reopens"},
        {"Tests | Code | Jane Doe", "", "Tests | Code"},
        {"Mozilla - Wikipedia", "", "Mozilla - Wikipedia"},  // a name, not a headline
        {"Bridge reopens", "", "Bridge reopens"},
        {"Well-known author signs copies", "", "Well-known author signs copies"},
        {"  Bridge\n   reopens  ", "", "Bridge reopens"},
        {"港町で百年続く祭りが再開 | 海辺新聞", "", "港町で百年続く祭りが再開"},
    };
    for (const auto& c : cases) {
      CAPTURE(c.title);
      CHECK(clean_document_title(c.title, c.site) == c.expected);
    }
  }

  TEST_CASE("bylines lose their 'By' and language tags become ISO 639-1 codes") {
    using dateline::detail::clean_byline;
    using dateline::detail::language_from_tag;
    CHECK(clean_byline("By Jane Doe") == "Jane Doe");
    CHECK(clean_byline("  by\n  Jane Doe ") == "Jane Doe");
    CHECK(clean_byline("BY: Jane Doe") == "Jane Doe");
    CHECK(clean_byline("Written by Jane Doe") == "Jane Doe");
    CHECK(clean_byline("Byron Smith") == "Byron Smith");
    CHECK(language_from_tag("en-US") == "en");
    CHECK(language_from_tag("pt_BR") == "pt");
    CHECK(language_from_tag("DE") == "de");
    CHECK(language_from_tag("") == "");
    CHECK(language_from_tag("english") == "");
  }

  TEST_CASE("metadata: Open Graph, Dublin Core, microdata, rel=author and the markup") {
    SUBCASE("a property beats a name, and RDFa lists several properties at once") {
      Doc doc = parse(
          "<html><head><meta name=\"DC.title\" content=\"By name\">"
          "<meta property=\"dc:title\" content=\"By property\">"
          "<meta property=\"dc:creator og:site_name\" content=\"Kim Lee\">"
          "<meta name=\"author\" content=\"Not this one\"></head></html>");
      const auto m = read_page_metadata(doc.get());
      CHECK(m.title == "By property");
      CHECK(m.byline == "Kim Lee");
      CHECK(m.site_name == "Kim Lee");
    }
    SUBCASE("microdata author and rel=author, then a byline element") {
      Doc a = parse(
          "<html><body><span itemprop=author itemscope><span itemprop=name>Ana "
          "Ruiz</span></span><a rel=author href=/x>Other</a></body></html>");
      CHECK(read_page_metadata(a.get()).byline == "Ana Ruiz");
      Doc b = parse("<html><body><a rel=\"author\" href=/x>Sam Cole</a></body></html>");
      CHECK(read_page_metadata(b.get()).byline == "Sam Cole");
      Doc c = parse("<html><body><div class=\"article-byline\">By Lou Park</div></body></html>");
      CHECK(read_page_metadata(c.get()).byline == "Lou Park");
    }
    SUBCASE("a headline from <h1> when there is no title at all") {
      Doc doc = parse("<html><body><h1>Only a heading</h1></body></html>");
      CHECK(read_page_metadata(doc.get()).title == "Only a heading");
    }
    SUBCASE("the canonical URL, made absolute against <base>, else og:url") {
      Doc a = parse(
          "<html><head><base href=\"https://news.example/world/\">"
          "<link rel=canonical href=\"story-1.html\"></head></html>");
      CHECK(read_page_metadata(a.get()).url == "https://news.example/world/story-1.html");
      Doc b = parse(
          "<html><head><meta property=og:url content=\"https://news.example/s\">"
          "</head></html>");
      CHECK(read_page_metadata(b.get()).url == "https://news.example/s");
    }
    SUBCASE("JSON-LD name or headline: the one nearer the page's <title>") {
      Doc doc = parse(
          "<html><head><title>Hermitian matrix - Encyclopedia</title><script "
          "type=\"application/ld+json\">{\"@type\":\"Article\",\"name\":\"Hermitian matrix\","
          "\"headline\":\"matrix equal to its conjugate transpose\",\"author\":\"Many "
          "contributors\"}</script></head></html>");
      const auto m = read_page_metadata(doc.get());
      CHECK(m.title == "Hermitian matrix");
      CHECK(m.byline == "Many contributors");
    }
    SUBCASE("broken JSON-LD is ignored") {
      Doc doc = parse(
          "<html><head><title>Kept title</title><script "
          "type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
          "\"headline\": </script></head></html>");
      CHECK(read_page_metadata(doc.get()).title == "Kept title");
    }
  }
}
