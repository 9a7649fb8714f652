// Snippets: the passage of an article around the matched words, with the matches marked.
// Xapian's MSet::snippet picks the passage (stemmed variants count) and HTML-escapes it; the
// renderers turn the marks into <b>, terminal bold, or nothing.
#pragma once

#include <xapian.h>

#include <string>

#include "results.h"

namespace dateline {

// About `length` bytes of `text` around the query's matches (its opening when nothing matches).
Snippet make_snippet(const Xapian::MSet& mset, const std::string& text, const Xapian::Stem& stemmer,
                     std::size_t length = 280);

// The opening of `text`, about `length` bytes cut at a word boundary: what a hit shows when
// there are no query words to centre on (browsing a place or a month).
Snippet lead_snippet(const std::string& text, std::size_t length = 280);

// The snippet as HTML: escaped text, matches in <b>…</b>. Safe inside HTML and JSON.
std::string snippet_html(const Snippet& snippet);

// The snippet as plain text, matches between `on` and `off` (ANSI bold, or empty strings).
std::string snippet_plain(const Snippet& snippet, std::string_view on = "", std::string_view off = "");

// Escapes & < > " ' for HTML text and attribute values.
std::string html_escape(std::string_view s);

// Unescapes &amp; &lt; &gt; &quot; &#39; (what Xapian's escaping produces).
std::string html_unescape(std::string_view s);

}  // namespace dateline
