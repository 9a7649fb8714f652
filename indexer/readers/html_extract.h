// The main content of a web page: the story's text without the navigation, advertisements,
// share buttons, comments, related links and cookie banners around it. Our own heuristics, in
// the spirit of Arc90's Readability: text blocks vote for the containers that hold them, by
// their length and commas, against their links and what their class names say.
#pragma once

#include <libxml/tree.h>

#include <string>
#include <string_view>
#include <vector>

namespace dateline {

struct MainContent {
  std::string text;      // paragraphs separated by blank lines; empty when the page has none
  std::size_t line = 0;  // the page's line the content starts on (0: unknown)
};

// Finds the main content of `doc` and returns its text (`doc` is left as it was: the work is
// done on a copy). `title` (the article's, when known) is dropped from the text's first
// paragraph, where pages repeat their headline.
MainContent extract_main_content(const xmlDoc* doc, std::string_view title);

namespace detail {

// What an element's class, id and role say: positive for "article", "content", "story",
// "body"; negative for "comment", "share", "related", "promo", "sidebar", ... (0 when neither).
int class_weight(const xmlNode* node);

// Never shown: hidden by an attribute or a style, or never text (script, style, template).
bool is_hidden(const xmlNode* node);

// Furniture by what the element is (nav, aside, footer, a form control, role=navigation) or
// because it is hidden.
bool is_furniture_element(const xmlNode* node);

// Page furniture by its markup alone (nav, footer, hidden, role=navigation, a class such as
// "share-buttons" or "cookie-banner" with nothing that says "content"), removed before scoring.
bool is_furniture(const xmlNode* node);

// The share of an element's text inside links: 1 for a menu, near 0 for a story.
double link_density(const xmlNode* node);

}  // namespace detail
}  // namespace dateline
