#include "similarity_key.h"

#include <fmt/format.h>

#include "text.h"

namespace dateline {

namespace {

// Long enough to hold a lead whatever its later paragraphs say; short enough that a correction
// in the second paragraph does not make a new story.
constexpr std::size_t lead_words = 40;
// Fewer words than this and two different stories ("Markets closed.") would share a key.
constexpr std::size_t min_words = 8;

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::string similarity_key(std::string_view lead) {
  std::string words;
  std::size_t n = 0;
  std::string word;
  auto flush = [&] {
    if (word.empty()) return;
    words += word;
    words += ' ';
    word.clear();
    ++n;
  };
  for (char c : lead) {
    if (n >= lead_words) break;
    if (is_ascii_letter(c) || static_cast<unsigned char>(c) >= 0x80) {
      word += ascii_lower(c);
    } else if (!is_digit(c)) {
      flush();  // digits are skipped without ending a word: a corrected figure keeps the key
    }
  }
  flush();
  if (n < min_words) return {};
  return fmt::format("{:016x}", fnv1a64(words));
}

}  // namespace dateline
