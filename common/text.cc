#include "text.h"

#include <fmt/format.h>
#include <xapian.h>

#include <cstdint>

#include "schema.h"

namespace dateline {

namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

}  // namespace

std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) return 1;
  std::size_t len = 0;
  std::uint32_t min = 0;
  std::uint32_t cp = 0;
  if ((b0 & 0xE0) == 0xC0) {
    len = 2, min = 0x80, cp = b0 & 0x1F;
  } else if ((b0 & 0xF0) == 0xE0) {
    len = 3, min = 0x800, cp = b0 & 0x0F;
  } else if ((b0 & 0xF8) == 0xF0) {
    len = 4, min = 0x10000, cp = b0 & 0x07;
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  for (std::size_t k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

std::size_t first_invalid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t n = utf8_sequence_length(s, i);
    if (n == 0) return i;
    i += n;
  }
  return std::string_view::npos;
}

bool is_valid_utf8(std::string_view s) { return first_invalid_utf8(s) == std::string_view::npos; }

std::string repair_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 8);
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t n = utf8_sequence_length(s, i);
    if (n != 0) {
      out.append(s.substr(i, n));
      i += n;
      continue;
    }
    const auto b = static_cast<unsigned char>(s[i++]);
    out += static_cast<char>(0xC0 | (b >> 6));
    out += static_cast<char>(0x80 | (b & 0x3F));
  }
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

std::string squeeze_spaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  for (char c : trim(s)) {
    if (is_space(c)) {
      pending_space = true;
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

std::string slug(std::string_view s) {
  std::string out;
  bool pending_dash = false;
  const std::string in(s);
  for (Xapian::Utf8Iterator it(in); it != Xapian::Utf8Iterator(); ++it) {
    const unsigned ch = *it;
    if (Xapian::Unicode::is_wordchar(ch)) {
      if (pending_dash && !out.empty()) out += '-';
      pending_dash = false;
      Xapian::Unicode::append_utf8(out, Xapian::Unicode::tolower(ch));
    } else if (ch != '\'' && ch != 0x2019) {  // "Ukraine's" stays one word
      pending_dash = true;
    }
  }
  return out;
}

std::string display_name(std::string_view s) {
  std::string out;
  bool word_start = true;
  const std::string in(s);
  for (Xapian::Utf8Iterator it(in); it != Xapian::Utf8Iterator(); ++it) {
    unsigned ch = *it;
    if (ch == '-' || ch == '_') ch = ' ';
    if (Xapian::Unicode::is_wordchar(ch)) {
      ch = word_start ? Xapian::Unicode::toupper(ch) : Xapian::Unicode::tolower(ch);
      word_start = false;
    } else {
      word_start = ch != '\'' && ch != 0x2019;
    }
    Xapian::Unicode::append_utf8(out, ch);
  }
  return squeeze_spaces(out);
}

std::string make_term(std::string_view prefix, std::string_view value) {
  std::string term(prefix);
  term += value;
  if (term.size() <= schema::max_term_bytes) return term;
  // Keep a readable head and make the tail unique: Omega hashes long terms the same way.
  // FNV-1a: stable across runs and platforms, unlike std::hash.
  const std::uint64_t h = fnv1a64(value);
  term.resize(schema::max_term_bytes - 17);
  // Do not cut a UTF-8 sequence in half.
  while (!term.empty() && (static_cast<unsigned char>(term.back()) & 0xC0) == 0x80) term.pop_back();
  if (!term.empty() && static_cast<unsigned char>(term.back()) >= 0xC0) term.pop_back();
  term += fmt::format("#{:016x}", h);
  return term;
}

std::vector<std::string_view> split_lines(std::string_view s) {
  std::vector<std::string_view> lines;
  while (!s.empty()) {
    const auto nl = s.find('\n');
    std::string_view line = s.substr(0, nl);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    if (nl == std::string_view::npos) break;
    s.remove_prefix(nl + 1);
  }
  return lines;
}

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (ascii_lower(s[i]) != ascii_lower(prefix[i])) return false;
  }
  return true;
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

std::uint64_t fnv1a64(std::string_view s, std::uint64_t h) {
  constexpr std::uint64_t prime = 0x100000001b3ULL;
  for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * prime;
  return h;
}

}  // namespace dateline
