#include "query_case.h"

#include <xapian.h>

#include <array>

namespace dateline {

namespace {

constexpr std::array<std::string_view, 6> operators{"AND", "OR", "NOT", "XOR", "NEAR", "ADJ"};

bool word_byte(char c) {
  const auto b = static_cast<unsigned char>(c);
  return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b >= 0x80;
}

}  // namespace

bool is_query_operator(std::string_view word) {
  for (auto op : operators)
    if (word == op) return true;
  return false;
}

std::string lower_case(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (Xapian::Utf8Iterator it(text.data(), text.size()); it != Xapian::Utf8Iterator(); ++it)
    Xapian::Unicode::append_utf8(out, Xapian::Unicode::tolower(*it));
  return out;
}

std::string lower_case_words(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    if (!word_byte(text[i])) {
      out += text[i++];
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && word_byte(text[end])) ++end;
    const std::string_view word = text.substr(i, end - i);
    if (word == "id" && end < text.size() && text[end] == ':') {
      // `id:VALUE` up to the next space, or a quoted value, as typed.
      std::size_t value_end = end + 1;
      if (value_end < text.size() && text[value_end] == '"') {
        value_end = text.find('"', value_end + 1);
        value_end = value_end == std::string_view::npos ? text.size() : value_end + 1;
      } else {
        while (value_end < text.size() && text[value_end] != ' ') ++value_end;
      }
      out += text.substr(i, value_end - i);
      i = value_end;
      continue;
    }
    out += is_query_operator(word) ? std::string(word) : lower_case(word);
    i = end;
  }
  return out;
}

}  // namespace dateline
