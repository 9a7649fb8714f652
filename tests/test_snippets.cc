// Snippets: matched words (and their stemmed variants) highlighted, text escaped, cut cleanly.
#include <doctest/doctest.h>

#include "corpus_db.h"
#include "html_escape.h"
#include "render_text.h"
#include "searcher.h"
#include "snippet_markup.h"
#include "snippets.h"

using namespace dateline;

namespace {

Hit first_hit(const std::string& q) {
  Searcher s(test::corpus_db());
  SearchRequest r;
  r.query = q;
  const Results res = s.search(r);
  REQUIRE_FALSE(res.hits.empty());
  return res.hits[0];
}

}  // namespace

TEST_SUITE("searcher") {
  TEST_CASE("the snippet shows the matched word, highlighted") {
    const Hit h = first_hit("Umerov");
    CHECK(snippet_html(h.snippet).find("<b>Umerov</b>") != std::string::npos);
    REQUIRE_FALSE(h.snippet.highlights.empty());
    const Highlight& first = h.snippet.highlights.front();
    CHECK(h.snippet.text.substr(first.begin, first.end - first.begin) == "Umerov");
    CHECK(snippet_plain(h.snippet, "[", "]").find("[Umerov]") != std::string::npos);
    CHECK(snippet_plain(h.snippet).find("Umerov") != std::string::npos);
  }

  TEST_CASE("stemmed variants of the query words are highlighted") {
    const Hit h = first_hit("outage repair");
    const std::string html = snippet_html(h.snippet);
    CHECK(html.find("<b>outages</b>") != std::string::npos);
    CHECK(html.find("<b>repairs</b>") != std::string::npos);
  }

  TEST_CASE("snippets are HTML-escaped: a Reuters '<ATFC>' ticker is text, not a tag") {
    const Hit h = first_hit("Atico financial");
    const std::string html = snippet_html(h.snippet);
    CHECK(h.doc.title == "ATICO FINANCIAL CORP <ATFC> 4TH QTR NET");
    CHECK(html.find('<') == html.find("<b>"));  // the only tags are ours
    const std::string all = snippet_plain(h.snippet);
    CHECK(all.find("&lt;") == std::string::npos);  // plain text is unescaped
  }

  TEST_CASE("the snippet is bounded and leaves out page furniture") {
    const Hit h = first_hit("\"rolling power outages\"");
    const std::string plain = snippet_plain(h.snippet);
    CHECK(plain.size() < 400);
    CHECK(plain.find("Advertisement") == std::string::npos);
    CHECK(plain.find("cookies") == std::string::npos);
  }

  TEST_CASE("a lead snippet is cut at a word boundary and never inside a UTF-8 character") {
    const std::string text =
        "Kyiv’s air force said Russia struck with 653 drones and 51 missiles across Україна";
    for (std::size_t len = 5; len < text.size(); ++len) {
      CAPTURE(len);
      const std::string s = snippet_plain(lead_snippet(text, len));
      std::size_t i = 0;
      // Well-formed UTF-8 throughout.
      while (i < s.size()) {
        const auto b = static_cast<unsigned char>(s[i]);
        const std::size_t n = b < 0x80         ? 1
                              : (b >> 5) == 6  ? 2
                              : (b >> 4) == 14 ? 3
                              : (b >> 3) == 30 ? 4
                                               : 0;
        REQUIRE(n != 0);
        REQUIRE(i + n <= s.size());
        i += n;
      }
    }
    CHECK(snippet_plain(lead_snippet(text, 30)) == "Kyiv’s air force said Russia…");
    CHECK(snippet_plain(lead_snippet("short", 30)) == "short");
  }

  TEST_CASE(
      "html_escape escapes hostile text for attributes; html_escape_text for text between tags") {
    const std::string hostile = "\"><img src=x onerror=alert(1)> & 'quoted'";
    CHECK(html_escape(hostile) ==
          "&quot;&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &#39;quoted&#39;");
    CHECK(html_escape_text(hostile) == "\"&gt;&lt;img src=x onerror=alert(1)&gt; &amp; 'quoted'");
  }

  TEST_CASE("Xapian's snippet markup becomes plain text with the matches' byte offsets") {
    const Snippet s =
        detail::snippet_from_markup("…the <b>Kyiv</b> &amp; <b>Київ</b> &lt;b&gt;talks&lt;/b&gt;…");
    CHECK(s.text == "…the Kyiv & Київ <b>talks</b>…");
    REQUIRE(s.highlights.size() == 2);
    CHECK(s.text.substr(s.highlights[0].begin, s.highlights[0].end - s.highlights[0].begin) ==
          "Kyiv");
    CHECK(s.text.substr(s.highlights[1].begin, s.highlights[1].end - s.highlights[1].begin) ==
          "Київ");
    CHECK(snippet_html(s) == "…the <b>Kyiv</b> &amp; <b>Київ</b> &lt;b&gt;talks&lt;/b&gt;…");
    CHECK(snippet_plain(s, "[", "]") == "…the [Kyiv] & [Київ] <b>talks</b>…");
  }

  TEST_CASE("an article's own control bytes and tags are text, never highlights") {
    // What the old \x02/\x03 marks would have taken for a highlight, and a literal tag.
    const std::string text = "oil \x02 price \x03 and <b>gas</b>";
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    Xapian::Document doc;
    Xapian::TermGenerator tg;
    tg.set_stemmer(Xapian::Stem("en"));
    tg.set_document(doc);
    tg.index_text(text);
    db.add_document(doc);
    Xapian::Enquire enquire(db);
    enquire.set_query(Xapian::Query("oil"));
    const Snippet s = make_snippet(enquire.get_mset(0, 1), text, Xapian::Stem("en"));
    CHECK(s.text == text);
    REQUIRE(s.highlights.size() == 1);
    CHECK(s.highlights[0] == Highlight{0, 3});
    CHECK(terminal_safe(snippet_plain(s)) == "oil  price  and <b>gas</b>");
    // HTML forbids control characters: the page and the JSON snippet leave them out.
    CHECK(snippet_html(s) == "<b>oil</b>  price  and &lt;b&gt;gas&lt;/b&gt;");
  }

  TEST_CASE("control bytes never reach the page: HTML forbids them, even where they are text") {
    // Issue 12: \x02 and \x03 in an article once confused the snippet's marks; they are plain
    // text since snippets became offsets, and now they are left out of HTML altogether (a
    // validator's "forbidden code point"), tab, newline and carriage return kept.
    CHECK(html_escape("a\x02"
                      "b\x03"
                      "c\x1b[31m\x7f\x01") == "abc[31m");
    CHECK(html_escape_text("tab\tnl\ncr\r\x02") == "tab\tnl\ncr\r");
    const Snippet s{
        "\x02"
        "cocoa\x03 \x03"
        "prices\x02",
        {{1, 6}, {9, 15}}};
    CHECK(snippet_html(s) == "<b>cocoa</b> <b>prices</b>");
  }

  TEST_CASE("highlights that do not fit the text are ignored, not read past it") {
    const Snippet s{"cocoa", {{2, 1}, {0, 9}, {0, 5}}};
    CHECK(snippet_plain(s, "[", "]") == "[cocoa]");
  }

  TEST_CASE("terminal output drops control characters from article text") {
    CHECK(terminal_safe("a\x1b[31mred\x07 bell") == "a[31mred bell");
    CHECK(terminal_safe("tab\there") == "tab here");
  }
}

TEST_SUITE("searcher") {
  TEST_CASE("a snippet starts and ends on word boundaries of the article's text") {
    for (const char* q : {"Umerov", "cocoa", "oil prices", "\"rolling power outages\""}) {
      CAPTURE(q);
      const Hit h = first_hit(q);
      std::string s = snippet_plain(h.snippet);
      const std::string ellipsis = "…";
      bool cut_start = s.starts_with(ellipsis);
      if (cut_start) s.erase(0, ellipsis.size());
      bool cut_end = s.ends_with(ellipsis);
      if (cut_end) s.erase(s.size() - ellipsis.size());
      // The snippet is a stretch of the article's text: whole words at both ends.
      const std::string& text = h.doc.text;
      const auto at = text.find(s);
      REQUIRE(at != std::string::npos);
      auto word_char = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      };
      if (at > 0) CHECK_FALSE(word_char(text[at - 1]));
      if (at + s.size() < text.size()) CHECK_FALSE(word_char(text[at + s.size()]));
      if (!cut_start && at > 0) {
        // No ellipsis: the snippet starts a sentence.
        std::size_t k = at;
        while (k > 0 && (text[k - 1] == ' ' || text[k - 1] == '\n')) --k;
        CAPTURE(text.substr(k > 20 ? k - 20 : 0, 40));
        CHECK((k == 0 || std::string_view(".!?\"").find(text[k - 1]) != std::string_view::npos ||
               std::string_view(text).substr(0, k).ends_with("”")));
      }
      CHECK(s.size() <= 400);
    }
  }
}
