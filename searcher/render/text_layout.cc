#include "text_layout.h"

namespace dateline {

std::size_t display_width(std::string_view s) {
  std::size_t n = 0;
  bool escape = false;
  for (char c : s) {
    if (c == '\x1b') escape = true;
    if (escape) {
      if (c == 'm') escape = false;
      continue;
    }
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  }
  return n;
}

std::string wrap(std::string_view text, std::size_t width, std::string_view indent) {
  std::string out(indent);
  std::size_t column = 0;
  while (!text.empty()) {
    const auto space = text.find(' ');
    const std::string_view word = text.substr(0, space);
    text.remove_prefix(space == std::string_view::npos ? text.size() : space + 1);
    if (word.empty()) continue;
    const std::size_t w = display_width(word);
    if (column > 0 && column + 1 + w > width) {
      out += '\n';
      out += indent;
      column = 0;
    } else if (column > 0) {
      out += ' ';
      ++column;
    }
    out += word;
    column += w;
  }
  return out;
}

std::string date_source_note(DateSource source) {
  switch (source) {
    case DateSource::dateline:
      return " (from dateline)";
    case DateSource::text:
      return " (from text)";
    case DateSource::crawl:
      return " (crawl date)";
    case DateSource::file_time:
      return " (file time)";
    case DateSource::metadata:
      break;
  }
  return "";
}

}  // namespace dateline
