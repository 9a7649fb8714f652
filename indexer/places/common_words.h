// Common English words (lower-case entries of Debian's wamerican word list): a capitalised
// "March", "Police" or "Reading" at the start of a sentence is a word, not the town.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>

namespace dateline {

class CommonWords {
 public:
  // An empty list when the file is missing: mention matching is then only less careful.
  static CommonWords load(const std::string& path = "/usr/share/dict/words");
  bool contains(std::string_view word) const;  // case-insensitive
  // Also a proper noun in the list ("Ken", "Tony", "March"): at the start of a sentence such a
  // word may be a given name, so it is not skipped as a plain word.
  bool proper(std::string_view word) const;
  std::size_t size() const { return words_.size(); }

 private:
  std::unordered_set<std::string> words_;
  std::unordered_set<std::string> proper_;
};

}  // namespace dateline
