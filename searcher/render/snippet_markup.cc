#include "snippet_markup.h"

#include "html_escape.h"

namespace dateline {

std::string mark_snippet(const Snippet& snippet, std::string_view on, std::string_view off,
                         const Escape& escape) {
  const std::string_view text = snippet.text;
  std::string out;
  out.reserve(text.size() + snippet.highlights.size() * (on.size() + off.size()));
  std::size_t at = 0;
  for (const Highlight& h : snippet.highlights) {
    if (h.begin < at || h.end > text.size() || h.begin >= h.end) continue;  // not from snippets.h
    out += escape(text.substr(at, h.begin - at));
    out += on;
    out += escape(text.substr(h.begin, h.end - h.begin));
    out += off;
    at = h.end;
  }
  out += escape(text.substr(at));
  return out;
}

std::string snippet_html(const Snippet& snippet) {
  return mark_snippet(snippet, "<b>", "</b>", html_escape_text);
}

std::string snippet_plain(const Snippet& snippet, std::string_view on, std::string_view off) {
  return mark_snippet(snippet, on, off, [](std::string_view s) { return std::string(s); });
}

Snippet marked_title(const Hit& hit) {
  if (hit.title.text == hit.doc.title) return hit.title;
  return {hit.doc.title, {}};
}

}  // namespace dateline
