// The reader's page (issue 15): an article's own page, the Atom feed and the OpenSearch
// description, the page's address, the count of stories and articles, chosen facet values,
// and no dead ends (a page past the last, a 400 that keeps the query).
#include <doctest/doctest.h>
#include <fmt/format.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "cgi_request.h"
#include "corpus_db.h"
#include "html_escape.h"
#include "render_feed.h"
#include "render_html.h"
#include "searcher.h"

using namespace dateline;

namespace {

// The root element's name and namespace of `text` parsed as XML; empty when it is not XML.
std::pair<std::string, std::string> xml_root(const std::string& text) {
  xmlDocPtr doc = xmlReadMemory(text.data(), static_cast<int>(text.size()), "feed.xml", nullptr,
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (doc == nullptr) return {};
  const xmlNode* root = xmlDocGetRootElement(doc);
  std::pair<std::string, std::string> out{
      reinterpret_cast<const char*>(root->name),
      root->ns ? reinterpret_cast<const char*>(root->ns->href) : ""};
  xmlFreeDoc(doc);
  return out;
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_SUITE("searcher") {
  TEST_CASE("an article's page: one h1, provenance, place links, marked words, more like this") {
    Searcher s(test::corpus_db());
    SearchRequest r;
    r.query = "heating oil";
    r.limit = 1;
    const std::string id = s.search(r).hits.at(0).doc.id;
    auto article = s.article(id, "heating oil");
    REQUIRE(article);
    article->doc.url = "javascript:alert(1)";
    SearchRequest like;
    like.like = id;
    like.limit = 5;
    const Results more = s.search(like);
    REQUIRE_FALSE(more.hits.empty());
    CgiParams p;
    p.q = "heating oil";
    const std::string html = render_article_html(*article, more, page_view(p));
    CHECK(count(html, "<h1") == 1);
    CHECK(html.find("(dated by the source)") != std::string::npos);
    CHECK(html.find("<b>") != std::string::npos);
    CHECK(html.find("javascript:") == std::string::npos);
    CHECK(html.find("← Back to the results") != std::string::npos);
    REQUIRE_FALSE(article->doc.places.empty());
    CHECK(html.find("<a href=\"?q=&amp;place=" + article->doc.places[0].id) != std::string::npos);
    CHECK(html.find("class=\"related more-like-this\"") != std::string::npos);
    CHECK(html.find("?id=" + url_encode(more.hits[0].doc.id)) != std::string::npos);
    article->doc.url = "https://news.invalid/a?b=1&c=2";
    const std::string linked = render_article_html(*article, more, page_view(p));
    CHECK(
        linked.find("<a href=\"https://news.invalid/a?b=1&amp;c=2\" rel=\"nofollow noopener\">") !=
        std::string::npos);
  }

  TEST_CASE("the Atom feed is well-formed Atom, newest first, every link escaped") {
    Searcher s(test::corpus_db());
    CgiParams p;
    p.q = "oil";
    p.format = "atom";
    const Results res = s.search(to_search_request(p));
    REQUIRE(res.hits.size() == 10);
    const std::string feed = render_atom(res, page_view(p), "https://example.invalid/dateline.cgi");
    const auto [root, ns] = xml_root(feed);
    CHECK(root == "feed");
    CHECK(ns == "http://www.w3.org/2005/Atom");
    CHECK(count(feed, "<entry>") == 10);
    CHECK(feed.find("href=\"https://example.invalid/dateline.cgi?q=oil&amp;format=atom\"") !=
          std::string::npos);
    // Newest first: each entry's <updated> no later than the one before it.
    std::string previous = "9999";
    for (auto at = feed.find("<entry>"); at != std::string::npos;
         at = feed.find("<entry>", at + 1)) {
      const auto u = feed.find("<updated>", at) + 9;
      const std::string when = feed.substr(u, 20);
      CHECK(when <= previous);
      previous = when;
    }
    // A hostile query stays text in the feed.
    p.q = "</title><script>";
    const std::string hostile = render_atom(Results{}, page_view(p), "");
    CHECK(xml_root(hostile).first == "feed");
    CHECK(hostile.find("<script>") == std::string::npos);
  }

  TEST_CASE("the OpenSearch description names the page's search") {
    const std::string d = render_opensearch("https://example.invalid/cgi-bin/dateline.cgi");
    const auto [root, ns] = xml_root(d);
    CHECK(root == "OpenSearchDescription");
    CHECK(ns == "http://a9.com/-/spec/opensearch/1.1/");
    CHECK(d.find("template=\"https://example.invalid/cgi-bin/dateline.cgi?q={searchTerms}\"") !=
          std::string::npos);
  }

  TEST_CASE("the page's address: configured, else a plain Host and the script, else none") {
    CHECK(page_base("https://news.invalid/s", nullptr, "evil", "/x") == "https://news.invalid/s");
    CHECK(page_base("ftp://x", nullptr, nullptr, nullptr).empty());
    CHECK(page_base(nullptr, "on", "news.invalid:8443", "/cgi-bin/dateline.cgi") ==
          "https://news.invalid:8443/cgi-bin/dateline.cgi");
    CHECK(page_base(nullptr, nullptr, "127.0.0.1", "/dateline.cgi") ==
          "http://127.0.0.1/dateline.cgi");
    CHECK(page_base(nullptr, nullptr, "x\"><script>", "/dateline.cgi").empty());
    CHECK(page_base(nullptr, nullptr, "news.invalid", "/a b").empty());
    CHECK(page_base(nullptr, nullptr, nullptr, "/dateline.cgi").empty());
  }

  TEST_CASE("counts say stories and articles; a chosen place is marked and its link removes it") {
    Searcher s(test::corpus_db());
    CgiParams p;
    p.q = "said";
    Results res = s.search(to_search_request(p));
    REQUIRE(res.stories < res.estimate);
    std::string html = render_html(res, page_view(p));
    CHECK(html.find(fmt::format("data-articles=\"{}\" data-stories=\"{}\"", res.estimate,
                                res.stories)) != std::string::npos);
    CHECK(html.find(fmt::format("{} stories ({} articles)", res.stories, res.estimate)) !=
          std::string::npos);
    CHECK(html.find("#copies\">+") != std::string::npos);
    REQUIRE(res.facets);
    REQUIRE_FALSE(res.facets->places.empty());
    const std::string chosen = res.facets->places[0].value;
    p.places = {chosen};
    res = s.search(to_search_request(p));
    html = render_html(res, page_view(p));
    CHECK(html.find("<a href=\"?q=said\" aria-current=\"true\">✓ ") != std::string::npos);
    CHECK(html.find("href=\"#facets\"") < html.find("class=\"hit\""));
  }

  TEST_CASE("no dead ends: past the last page a link to it; a 400 keeps the reader's words") {
    Searcher s(test::corpus_db());
    CgiParams p;
    p.q = "cocoa";
    p.page = 40;
    const Results res = s.search(to_search_request(p));
    REQUIRE(res.hits.empty());
    REQUIRE(res.estimate > 0);
    const std::string html = render_html(res, page_view(p));
    CHECK(html.find("past the last one") != std::string::npos);
    CHECK(html.find("<a href=\"?q=cocoa\">Go to the last page (page 1)</a>") != std::string::npos);
    const auto pairs = parse_query_string("q=cocoa+beans&page=999");
    CHECK_THROWS(parse_cgi_params(pairs));
    CHECK(salvage_query(pairs) == "cocoa beans");
    CHECK(salvage_query(parse_query_string("q=%FF%FE")).empty());
    CgiParams kept;
    kept.q = salvage_query(pairs);
    const std::string page = render_error_html(400, "parameter 'page' ...", page_view(kept));
    CHECK(page.find("name=\"q\" value=\"cocoa beans\"") != std::string::npos);
    CHECK(count(page, "<h1") == 1);
  }
}
