// HTML to plain text: what an RSS item's content:encoded, an Atom entry's HTML content, a page's
// main content and a Readability reference all become before they are indexed or compared.
#pragma once

#include <libxml/HTMLparser.h>

#include <string>
#include <string_view>

namespace dateline {

// The text of an HTML fragment or document (UTF-8): block elements (p, div, br, li, h1-h6,
// blockquote, tr, ...) end paragraphs, paragraphs are separated by a blank line as
// Article::body expects, script, style and the document's head are dropped, entities decoded,
// whitespace squeezed. Broken markup is read as a browser would, never rejected.
std::string html_to_text(std::string_view html);

namespace detail {

// An HTML parser's options for text we did not write: no error output, no network, recover.
// The text is UTF-8 by then (charset.h converts pages first): a <meta charset> inside it must
// not make libxml2 decode it a second time.
inline constexpr int html_parse_options = HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                          HTML_PARSE_NONET | HTML_PARSE_RECOVER |
                                          HTML_PARSE_IGNORE_ENC;

// libxml2 parses HTML as a document; its node names are lower-case.
bool is_html_block(const xmlNode* node);
// Elements whose content is never text a reader sees (script, style, template, svg, ...).
bool is_html_hidden(const xmlNode* node);

// The text of `node` and its descendants, as html_to_text lays it out.
std::string node_text(const xmlNode* node);

}  // namespace detail
}  // namespace dateline
