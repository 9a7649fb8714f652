#include <fmt/format.h>

#include <algorithm>

#include "dates.h"
#include "render_text.h"
#include "snippet_markup.h"
#include "text_layout.h"

namespace dateline {

namespace {

constexpr std::string_view bold = "\x1b[1m";
constexpr std::string_view dim = "\x1b[2m";
constexpr std::string_view reset = "\x1b[0m";

// Like terminal_safe, but a paragraph break survives: the body is laid out paragraph by
// paragraph.
std::string keep_newlines(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (u == '\n') {
      out += '\n';
    } else if (u == '\t') {
      out += ' ';
    } else if (u >= 0x20 && u != 0x7f) {
      out += c;
    }
  }
  return out;
}

std::string date_line(const StoredDocument& d) {
  if (!d.date) return "date unknown";
  return format_iso8601(d.date->unix_seconds, d.date->precision) + date_source_note(d.date->source);
}

}  // namespace

std::string render_article_text(const ArticleView& article, const TextStyle& style) {
  const StoredDocument& d = article.doc;
  const std::string_view on_bold = style.color ? bold : "";
  const std::string_view on_dim = style.color ? dim : "";
  const std::string_view off = style.color ? reset : "";
  const unsigned width = std::max(style.width, 40U);
  const auto safe = [](std::string_view s) { return terminal_safe(s); };
  std::string out;
  const std::string title =
      d.title.empty() ? std::string("(no title)") : mark_snippet(article.title, "", "", safe);
  out += wrap(fmt::format("{}{}{}", on_bold, title, off), width, "") + "\n";
  std::string meta = date_line(d);
  if (!d.byline.empty()) meta += " · " + d.byline;
  if (!d.source.empty()) meta += " · " + d.source;
  out += fmt::format("{}{}{}\n", on_dim, terminal_safe(meta), off);
  const auto field = [&](std::string_view name, const std::string& value) {
    if (!value.empty())
      out += wrap(fmt::format("{}{}:{} {}", on_dim, name, off, terminal_safe(value)), width, "") +
             "\n";
  };
  std::string dateline;
  std::string places;
  for (const auto& p : d.places) {
    if (p.role == PlaceRole::dateline && dateline.empty()) dateline = p.name;
    places += fmt::format("{}{} ({})", places.empty() ? "" : ", ", p.name, p.id);
  }
  field("Dateline", dateline);
  field("Places", places);
  std::string topics;
  for (const auto& t : d.topics) topics += (topics.empty() ? "" : ", ") + t;
  field("Topics", topics);
  field("URL", d.url);
  field("Id", d.id);
  out += '\n';
  // The query's words in bold, then paragraph by paragraph (a blank line between them).
  const std::string body = mark_snippet(article.body, on_bold, off, keep_newlines);
  std::size_t start = 0;
  while (start < body.size()) {
    std::size_t end = body.find("\n\n", start);
    if (end == std::string::npos) end = body.size();
    std::string paragraph = body.substr(start, end - start);
    std::replace(paragraph.begin(), paragraph.end(), '\n', ' ');
    if (paragraph.find_first_not_of(' ') != std::string::npos)
      out += wrap(paragraph, width, "") + "\n\n";
    start = end + 2;
  }
  if (!article.copies.empty()) {
    out +=
        fmt::format("{}Other copies of this story ({}):{}\n", on_bold, article.copies.size(), off);
    for (const auto& copy : article.copies)
      out +=
          terminal_safe(fmt::format("  {} · {} · {}", date_line(copy), copy.title, copy.id)) + "\n";
  }
  return out;
}

}  // namespace dateline
