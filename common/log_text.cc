#include "log_text.h"

#include <fmt/format.h>

#include "text.h"

namespace dateline {

namespace {

void append_escaped(std::string_view s, std::string& out) {
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    const std::size_t n = utf8_sequence_length(s, i);
    // U+0080..U+009F are encoded C2 80..C2 9F.
    const bool c1 = n == 2 && b == 0xC2 && static_cast<unsigned char>(s[i + 1]) < 0xA0;
    if (n == 1 && b >= 0x20 && b != 0x7F) {
      out += s[i];
    } else if (b == '\n') {
      out += "\\n";
    } else if (b == '\r') {
      out += "\\r";
    } else if (b == '\t') {
      out += "\\t";
    } else if (n > 1 && !c1) {
      out.append(s.substr(i, n));
    } else {
      for (std::size_t k = 0; k < (n == 0 ? 1 : n); ++k)
        out += fmt::format("\\x{:02x}", static_cast<unsigned char>(s[i + k]));
    }
    i += n == 0 ? 1 : n;
  }
}

// Moves `i` back (or forward) to the start of a UTF-8 sequence, within 3 bytes.
std::size_t sequence_start(std::string_view s, std::size_t i) {
  for (int k = 0; k < 3 && i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80; ++k)
    ++i;
  return i;
}

}  // namespace

std::string log_safe(std::string_view text, std::size_t max_bytes) {
  std::string out;
  if (text.size() <= max_bytes) {
    append_escaped(text, out);
    return out;
  }
  const std::size_t head = sequence_start(text, max_bytes / 2);
  const std::size_t tail = sequence_start(text, text.size() - max_bytes / 4);
  append_escaped(text.substr(0, head), out);
  out += fmt::format("…[{} bytes cut]…", tail - head);
  append_escaped(text.substr(tail), out);
  return out;
}

}  // namespace dateline
