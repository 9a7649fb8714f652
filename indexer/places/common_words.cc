#include "places/common_words.h"

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
  return words_.contains(ascii_lower(word));
}

}  // namespace dateline
