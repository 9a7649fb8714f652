#include "places/place_mentions.h"

#include <array>

namespace dateline {

namespace {

bool is_ascii_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool is_ascii_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool is_ascii_alpha(unsigned char c) { return is_ascii_upper(c) || is_ascii_lower(c); }

// Word characters: letters (any script, as UTF-8 lead and continuation bytes), digits, and the
// joiners inside names ("U.S.", "Guinea-Bissau", "N'Djamena").
bool word_byte(unsigned char c) { return c >= 0x80 || is_ascii_alpha(c) || (c >= '0' && c <= '9'); }

bool upper_lead(std::string_view w) {
  if (w.empty()) return false;
  const auto c = static_cast<unsigned char>(w[0]);
  if (is_ascii_upper(c)) return true;
  // Latin-1 supplement capitals (À..Þ) encoded as C3 80..C3 9E.
  return c == 0xC3 && w.size() > 1 && static_cast<unsigned char>(w[1]) >= 0x80 &&
         static_cast<unsigned char>(w[1]) <= 0x9E;
}

}  // namespace

bool is_connector(std::string_view word) {
  static constexpr std::array<std::string_view, 12> connectors{
      "of", "de", "da", "do", "del", "la", "le", "el", "and", "upon", "al", "du"};
  for (auto c : connectors)
    if (word == c) return true;
  return false;
}

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  bool sentence_start = true;
  std::size_t sentence = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (!word_byte(c)) {
      if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == ';')
        sentence_start = true;
      if (c == ',' && !tokens.empty()) tokens.back().comma_after = true;
      ++i;
      continue;
    }
    const std::size_t start = i;
    while (i < text.size()) {
      const auto b = static_cast<unsigned char>(text[i]);
      if (word_byte(b)) {
        ++i;
      } else if ((b == '.' || b == '-' || b == '\'') && i + 1 < text.size() &&
                 word_byte(static_cast<unsigned char>(text[i + 1]))) {
        ++i;  // "U.S", "Guinea-Bissau", "N'Djamena"
      } else {
        break;
      }
    }
    std::string word(text.substr(start, i - start));
    // "U.S." keeps its final period when the word is dotted initials.
    if (i < text.size() && text[i] == '.' && word.size() >= 3 && word[word.size() - 2] == '.') {
      word += '.';
      ++i;
    }
    // Possessives: "Kyiv’s", "Ukraine's".
    bool possessive = false;
    for (std::string_view s : {"\xE2\x80\x99s", "'s"}) {
      if (word.size() > s.size() + 1 && std::string_view(word).ends_with(s)) {
        word.resize(word.size() - s.size());
        possessive = true;
      }
    }
    Token t;
    t.possessive = possessive;
    t.text = std::move(word);
    t.capitalised = upper_lead(t.text);
    t.sentence_start = sentence_start;
    if (sentence_start && !tokens.empty()) ++sentence;
    t.sentence = sentence;
    t.offset = start;
    tokens.push_back(std::move(t));
    // A dotted abbreviation ("U.S.", "Gen.") does not end the sentence for our purpose.
    sentence_start = false;
  }
  return tokens;
}

std::vector<Run> capitalised_runs(std::string_view text, bool in_title) {
  const auto tokens = tokenize(text);
  std::vector<Run> runs;
  std::size_t i = 0;
  while (i < tokens.size()) {
    if (!tokens[i].capitalised) {
      ++i;
      continue;
    }
    Run run;
    run.in_title = in_title;
    run.first = i;
    // The words before the run, "the" skipped: "in the UK" is after "in".
    std::size_t before = i;
    if (before > 0 && tokens[before - 1].text == "the" && !tokens[before].sentence_start) {
      run.after_the = true;
      --before;
    }
    if (before > 0 && !tokens[before - 1].capitalised && !tokens[before].sentence_start) {
      run.prev_word = tokens[before - 1].text;
      if (before > 1 && !tokens[before - 2].capitalised && !tokens[before - 1].sentence_start)
        run.prev_word2 = tokens[before - 2].text;
    }
    run.tokens.push_back(tokens[i]);
    ++i;
    while (i < tokens.size() && !run.tokens.back().comma_after && !run.tokens.back().possessive) {
      if (tokens[i].capitalised && !tokens[i].sentence_start) {
        run.tokens.push_back(tokens[i]);
        ++i;
      } else if (is_connector(tokens[i].text) && i + 1 < tokens.size() &&
                 tokens[i + 1].capitalised && !tokens[i + 1].sentence_start) {
        run.tokens.push_back(tokens[i]);
        run.tokens.push_back(tokens[i + 1]);
        i += 2;
      } else {
        break;
      }
    }
    run.last = i - 1;
    if (i < tokens.size() && !tokens[i].capitalised) run.next_word = tokens[i].text;
    runs.push_back(std::move(run));
  }
  return runs;
}

}  // namespace dateline
