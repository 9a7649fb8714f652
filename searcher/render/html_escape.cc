#include "html_escape.h"

namespace dateline {

namespace {

std::string escape(std::string_view s, bool quotes) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += quotes ? "&quot;" : "\"";
        break;
      case '\'':
        out += quotes ? "&#39;" : "'";
        break;
      default:
        out += c;
    }
  }
  return out;
}

}  // namespace

std::string html_escape(std::string_view s) { return escape(s, true); }

std::string html_escape_text(std::string_view s) { return escape(s, false); }

}  // namespace dateline
