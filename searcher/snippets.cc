#include "snippets.h"

#include <array>

namespace dateline {

Snippet make_snippet(const Xapian::MSet& mset, const std::string& text, const Xapian::Stem& stemmer,
                     std::size_t length) {
  const std::string begin(1, Snippet::highlight_begin);
  const std::string end(1, Snippet::highlight_end);
  return {mset.snippet(text, length, stemmer,
                       Xapian::MSet::SNIPPET_BACKGROUND_MODEL | Xapian::MSet::SNIPPET_EXHAUSTIVE, begin,
                       end, "…")};
}

Snippet lead_snippet(const std::string& text, std::size_t length) {
  std::string_view lead = text;
  bool cut = false;
  if (lead.size() > length) {
    std::size_t end = lead.rfind(' ', length);
    if (end == std::string_view::npos || end < length / 2) end = length;
    // Never split a UTF-8 sequence.
    while (end > 0 && (static_cast<unsigned char>(lead[end]) & 0xC0) == 0x80) --end;
    lead = lead.substr(0, end);
    cut = true;
  }
  return {html_escape(lead) + (cut ? "…" : "")};
}

std::string html_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 16);
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string snippet_html(const Snippet& snippet) {
  std::string out;
  out.reserve(snippet.marked.size() + 32);
  for (char c : snippet.marked) {
    if (c == Snippet::highlight_begin) {
      out += "<b>";
    } else if (c == Snippet::highlight_end) {
      out += "</b>";
    } else {
      out += c;
    }
  }
  return out;
}

std::string html_unescape(std::string_view s) {
  static constexpr std::array<std::pair<std::string_view, char>, 6> entities{{
      {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&#39;", '\''}, {"&#x27;", '\''},
  }};
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    bool replaced = false;
    if (s[i] == '&') {
      for (const auto& [entity, ch] : entities) {
        if (s.substr(i, entity.size()) == entity) {
          out += ch;
          i += entity.size();
          replaced = true;
          break;
        }
      }
    }
    if (!replaced) out += s[i++];
  }
  return out;
}

std::string snippet_plain(const Snippet& snippet, std::string_view on, std::string_view off) {
  std::string out;
  for (char c : html_unescape(snippet.marked)) {
    if (c == Snippet::highlight_begin) {
      out += on;
    } else if (c == Snippet::highlight_end) {
      out += off;
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace dateline
