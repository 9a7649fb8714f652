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
    if (line.empty() || line.find('\'') != std::string::npos) continue;
    if (line[0] >= 'a' && line[0] <= 'z')
      w.words_.insert(line);
    else if (line[0] >= 'A' && line[0] <= 'Z')
      w.proper_.insert(ascii_lower(line));
  }
  return w;
}

bool CommonWords::contains(std::string_view word) const {
  return words_.contains(ascii_lower(word));
}

bool CommonWords::proper(std::string_view word) const {
  return proper_.contains(ascii_lower(word));
}

}  // namespace dateline
