#include "common_words.h"

#include <fstream>

#include "text.h"

namespace dateline {

CommonWords CommonWords::load(const std::string& path) {
  CommonWords w;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    // Only words the list spells in lower case are common words; "Paris" is a proper noun.
    if (!line.empty() && line[0] >= 'a' && line[0] <= 'z' && line.find('\'') == std::string::npos) {
      w.words_.insert(line);
    }
  }
  return w;
}

bool CommonWords::contains(std::string_view word) const {
  std::string key(word);
  for (char& c : key)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return words_.contains(key);
}

void CommonWords::add(std::string_view word) { words_.emplace(word); }

}  // namespace dateline
