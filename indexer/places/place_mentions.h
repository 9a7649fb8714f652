// Finding place names in running text: runs of capitalised words ("Rio de Janeiro", "Odesa",
// "Bank of Japan"), each a candidate the resolver looks up in the gazetteer.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dateline {

struct Token {
  std::string text;  // possessive "’s"/"'s" and edge punctuation removed
  bool capitalised = false;
  bool sentence_start = false;
  bool comma_after = false;  // "Paris, Texas"
  bool possessive = false;   // "London's": ends its name ("London's Abbey Road" is two names)
  std::size_t offset = 0;
  std::size_t sentence = 0;  // 0 for the first sentence of the text
};

// A run of capitalised tokens, joined by connectors ("of", "de", "and") when a capitalised
// token follows them.
struct Run {
  std::vector<Token> tokens;
  std::string next_word;   // the lower-case word after the run: "region", "said"
  std::string prev_word;   // the lower-case word before the run, "the" skipped: "in"
  bool after_the = false;  // "the Moroccan", "in the UK"
  std::string prev_word2;  // the lower-case word before that: "southwest" in "southwest of"
  std::size_t first = 0;   // token indexes: runs k and k+1 are adjacent when first == last + 1
  std::size_t last = 0;
  bool in_title = false;
};

std::vector<Token> tokenize(std::string_view text);
std::vector<Run> capitalised_runs(std::string_view text, bool in_title);

// The lower-case words that join the capitalised words of one name: "of" (Bank of Japan),
// "de" (Rio de Janeiro), "and" (Trinidad and Tobago), "al", "el", "la", "du".
bool is_connector(std::string_view word);

}  // namespace dateline
