// HTML article pages, as saved by a browser or a crawler: one article per page.
//
//   <meta property="og:title" content="United States to Lift Sudan Sanctions" />
//   ...
//   <p class="story-body-text story-content" data-para-count="194" data-total-count="194">LONDON
//   — After nearly 20 years of hostile relations, the American government plans to reverse ...
//
// (The New York Times, 13 January 2017, one of Readability's test pages in ../shared/html-pages.)
// The page's bytes become UTF-8 first (charset.h), then libxml2's HTML parser builds the tree a
// browser would; metadata is read from the whole tree (html_metadata.h), the text from its main
// content only (html_extract.h).
#include <fmt/format.h>

#include <algorithm>
#include <limits>
#include <memory>

#include "readers/charset.h"
#include "readers/html_extract.h"
#include "readers/html_metadata.h"
#include "readers/html_text.h"
#include "readers/leading_dateline.h"
#include "readers/reader.h"
#include "text.h"

namespace dateline::detail {

namespace {

// The first line of the page's <body>, for problems that concern the page as a whole.
std::size_t body_line(const xmlDoc* doc) {
  const xmlNode* root = xmlDocGetRootElement(doc);
  for (const xmlNode* c = root ? root->children : nullptr; c; c = c->next)
    if (c->type == XML_ELEMENT_NODE && xmlStrEqual(c->name, BAD_CAST "body"))
      return static_cast<std::size_t>(std::max(1L, xmlGetLineNo(c)));
  return 1;
}

std::optional<ArticleDate> page_date(const PageMetadata& m, std::size_t line, ReaderOutput& out) {
  if (!m.published.empty()) return metadata_date(m.published, line, m.published_field, out);
  if (!m.article_time.empty()) return metadata_date(m.article_time, line, "<time datetime>", out);
  // A "last modified" date is when the page last changed, not when the story ran: only when
  // the page gives nothing else, and then it is still the page's own statement.
  if (!m.modified.empty()) return metadata_date(m.modified, line, m.modified_field, out);
  return std::nullopt;
}

// A lead photo's caption and credit often come before the story's first paragraph: the
// dateline is looked for in the first few.
constexpr int dateline_paragraphs = 3;

void take_dateline(Article& a) {
  std::size_t begin = 0;
  for (int i = 0; i < dateline_paragraphs && begin < a.body.size(); ++i) {
    const auto end = a.body.find("\n\n", begin);
    const std::size_t size = end == std::string::npos ? std::string::npos : end - begin;
    if (auto dl = split_dateline(a.body.substr(begin, size))) {
      a.dateline = std::move(dl->first);
      a.body.replace(begin, size, dl->second);
      return;
    }
    if (end == std::string::npos) return;
    begin = end + 2;
  }
}

}  // namespace

void read_html(std::string_view content, const SourceFile& file, ReaderOutput& out) {
  const Utf8Text decoded = html_to_utf8(content);
  if (!decoded.unknown_declared.empty())
    out.problem({1,
                 fmt::format("unknown charset '{}' (read as {})", decoded.unknown_declared,
                             decoded.charset),
                 Problem::Kind::warning});
  const std::string page = checked_utf8(decoded.text, 1, out);
  if (page.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
    out.problem({1, "page too large for the HTML parser", Problem::Kind::rejected});
    return;
  }
  const std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc(
      htmlReadMemory(page.data(), static_cast<int>(page.size()), nullptr, "UTF-8",
                     html_parse_options),
      &xmlFreeDoc);
  if (!doc || !xmlDocGetRootElement(doc.get())) {
    out.problem({1, "empty page", Problem::Kind::rejected});
    return;
  }

  const PageMetadata meta = read_page_metadata(doc.get());
  const MainContent main = extract_main_content(doc.get(), meta.title);
  const std::size_t line = main.line > 0 ? main.line : body_line(doc.get());

  Article a = new_article("html", file, line);
  a.id = file.id_path();
  a.title = meta.title;
  a.byline = meta.byline;
  a.source = meta.site_name;
  a.url = meta.url;
  a.language = meta.language;
  a.body = main.text;
  a.date = page_date(meta, line, out);
  take_dateline(a);
  if (a.body.empty() && a.title.empty()) {
    out.problem({body_line(doc.get()), "HTML page with no title and no main text",
                 Problem::Kind::rejected});
    return;
  }
  if (a.body.empty())
    out.problem({body_line(doc.get()), "HTML page with no main text (indexed by its title alone)",
                 Problem::Kind::warning});
  out.article(std::move(a));
}

}  // namespace dateline::detail
