#include "spelling.h"

#include <algorithm>
#include <string_view>

#include "query_case.h"

namespace dateline {

namespace {

bool word_byte(char c) {
  const auto b = static_cast<unsigned char>(c);
  return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b >= 0x80 || c == '\'';
}

// Articles whose text has `word` in any form the stemmer folds it to.
Xapian::doccount documents_with(const Xapian::Database& db, const Xapian::Stem& stemmer,
                                const std::string& word) {
  return db.get_termfreq("Z" + stemmer(word));
}

}  // namespace

std::string spelling_correction(const Xapian::Database& db, const Xapian::Database& spelling,
                                const std::string& query, const Xapian::Stem& stemmer,
                                const Xapian::Stopper* stopper, const SpellingRule& rule) {
  const auto rare = std::max<Xapian::doccount>(
      rule.rare_documents, static_cast<Xapian::doccount>(rule.rare_fraction * db.get_doccount()));
  std::string out;
  bool changed = false;
  std::size_t i = 0;
  while (i < query.size()) {
    const char c = query[i];
    if (!word_byte(c) || c == '\'') {
      out += c;
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < query.size() &&
           (word_byte(query[end]) || (query[end] >= '0' && query[end] <= '9')))
      ++end;
    const std::string word = query.substr(i, end - i);
    const bool field = end < query.size() && query[end] == ':';
    if (field) {
      // A field and its value are the reader's exact filter: copied up to the next space.
      std::size_t value_end = query.find(' ', end);
      if (value_end == std::string::npos) value_end = query.size();
      out += query.substr(i, value_end - i);
      i = value_end;
      continue;
    }
    i = end;
    const bool has_digit = word.find_first_of("0123456789") != std::string::npos;
    if (is_query_operator(word) || has_digit || (end < query.size() && query[end] == '*')) {
      out += word;
      continue;
    }
    const std::string lower = lower_case(word);
    const Xapian::doccount known = documents_with(db, stemmer, lower);
    std::string suggestion;
    if (known <= rare) suggestion = spelling.get_spelling_suggestion(lower, rule.max_edit_distance);
    const bool stop = !suggestion.empty() && stopper != nullptr && (*stopper)(suggestion);
    // A word the index lacks takes any correction it knows; a rare one only a far more common.
    const Xapian::doccount needed =
        known == 0 ? 1 : static_cast<Xapian::doccount>(rule.min_ratio * known);
    if (!suggestion.empty() && !stop && documents_with(db, stemmer, suggestion) >= needed) {
      out += suggestion;
      changed = true;
    } else {
      out += word;
    }
  }
  return changed ? out : std::string();
}

}  // namespace dateline
