// HTML to plain text over libxml2's HTML parser: it decodes entities and repairs broken markup
// as browsers do; this file only decides where paragraphs end and what is never text.
#include "readers/html_text.h"

#include <libxml/HTMLparser.h>

#include <algorithm>
#include <array>
#include <memory>

#include "text.h"

namespace dateline {

namespace {

std::string_view name_of(const xmlNode* node) {
  return node->name ? reinterpret_cast<const char*>(node->name) : "";
}

template <std::size_t N>
bool one_of(std::string_view name, const std::array<std::string_view, N>& names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// Collects text into paragraphs: block boundaries close the paragraph being built.
class ParagraphWriter {
 public:
  void text(std::string_view t) { current_ += t; }
  void space() { current_ += ' '; }
  void end_paragraph() {
    // U+00A0 (&nbsp;) spaces words as a space does: squeeze it too.
    std::string plain;
    plain.reserve(current_.size());
    for (std::size_t i = 0; i < current_.size(); ++i) {
      if (current_.compare(i, 2, "\xC2\xA0") == 0) {
        plain += ' ';
        ++i;
      } else {
        plain += current_[i];
      }
    }
    current_.clear();
    std::string p = squeeze_spaces(plain);
    if (p.empty()) return;
    if (!out_.empty()) out_ += "\n\n";
    out_ += p;
  }
  std::string finish() {
    end_paragraph();
    return std::move(out_);
  }

 private:
  std::string current_;
  std::string out_;
};

void walk(const xmlNode* node, ParagraphWriter& w) {
  for (; node; node = node->next) {
    if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
      if (node->content) w.text(reinterpret_cast<const char*>(node->content));
      continue;
    }
    if (node->type != XML_ELEMENT_NODE || detail::is_html_hidden(node)) continue;
    const std::string_view name = name_of(node);
    const bool block = detail::is_html_block(node);
    if (block) w.end_paragraph();
    // Table cells and images' neighbours are separate words, not separate paragraphs.
    if (name == "td" || name == "th") w.space();
    walk(node->children, w);
    if (block) w.end_paragraph();
    if (name == "td" || name == "th") w.space();
  }
}

}  // namespace

namespace detail {

bool is_html_block(const xmlNode* node) {
  static constexpr std::array<std::string_view, 44> blocks{
      "address", "article", "aside",   "blockquote", "body",  "br",    "caption",  "center",
      "dd",      "details", "dialog",  "div",        "dl",    "dt",    "fieldset", "figcaption",
      "figure",  "footer",  "form",    "h1",         "h2",    "h3",    "h4",       "h5",
      "h6",      "header",  "hr",      "html",       "li",    "main",  "nav",      "ol",
      "p",       "pre",     "section", "summary",    "table", "tbody", "thead",    "tfoot",
      "tr",      "ul",      "option",  "menu"};
  return one_of(name_of(node), blocks);
}

bool is_html_hidden(const xmlNode* node) {
  static constexpr std::array<std::string_view, 13> hidden{
      "script", "style",  "noscript", "template", "head",     "svg",   "math",
      "iframe", "object", "embed",    "select",   "textarea", "canvas"};
  return one_of(name_of(node), hidden);
}

std::string node_text(const xmlNode* node) {
  ParagraphWriter w;
  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
    if (node->content) w.text(reinterpret_cast<const char*>(node->content));
  } else if (node->type == XML_DOCUMENT_NODE || node->type == XML_HTML_DOCUMENT_NODE) {
    walk(node->children, w);
  } else if (!is_html_hidden(node)) {
    walk(node->children, w);
  }
  return w.finish();
}

}  // namespace detail

std::string html_to_text(std::string_view html) {
  if (trim(html).empty()) return {};
  const std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc(
      htmlReadMemory(html.data(), static_cast<int>(html.size()), nullptr, "UTF-8",
                     detail::html_parse_options),
      &xmlFreeDoc);
  if (!doc) return {};
  return detail::node_text(reinterpret_cast<const xmlNode*>(doc.get()));
}

}  // namespace dateline
