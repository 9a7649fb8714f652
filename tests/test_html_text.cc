// indexer/readers/html_text.h: HTML fragments (feed content, page content) to paragraphs.
#include <doctest/doctest.h>

#include <string>

#include "readers/html_text.h"

using dateline::html_to_text;

TEST_SUITE("indexer") {
  TEST_CASE("block elements end paragraphs, inline elements do not") {
    CHECK(html_to_text("<p>One <b>bold</b>ly said.</p><p>Two.</p>") == "One boldly said.\n\nTwo.");
    CHECK(html_to_text("<div>a<div>b</div>c</div>") == "a\n\nb\n\nc");
    CHECK(html_to_text("line one<br>line two<br/>") == "line one\n\nline two");
    CHECK(html_to_text("<ul><li>first</li><li>second</li></ul>") == "first\n\nsecond");
    CHECK(html_to_text("<h2>Head</h2>text <blockquote>quoted</blockquote>") ==
          "Head\n\ntext\n\nquoted");
    CHECK(html_to_text("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>") ==
          "a b\n\nc");
  }

  TEST_CASE("scripts, styles and comments are never text") {
    CHECK(html_to_text("<p>kept<script>var x = 1;</script></p><style>p{}</style>"
                       "<noscript>enable JS</noscript><!-- note --><p>too</p>") == "kept\n\ntoo");
  }

  TEST_CASE("entities are decoded and whitespace, non-breaking spaces included, squeezed") {
    CHECK(html_to_text("<p>  Fish &amp; chips&nbsp;&nbsp;for &#8364;5 &mdash;\n  cheap </p>") ==
          "Fish & chips for \u20ac5 \u2014 cheap");
    CHECK(html_to_text("caf\xC3\xA9 <i>na\xC3\xAFve</i>") == "caf\xC3\xA9 na\xC3\xAFve");
  }

  TEST_CASE("broken markup is read as a browser would, and empty input is empty text") {
    CHECK(html_to_text("<p>unclosed <b>bold<p>next") == "unclosed bold\n\nnext");
    CHECK(html_to_text("plain text, no tags") == "plain text, no tags");
    CHECK(html_to_text("").empty());
    CHECK(html_to_text("   ").empty());
    CHECK(html_to_text("<div></div>").empty());
  }

  TEST_CASE("a whole document's head is not text") {
    CHECK(html_to_text("<html><head><title>T</title></head><body><p>Body</p></body></html>") ==
          "Body");
  }
}
