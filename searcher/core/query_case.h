// Letter case in a query: case must not change what matches. Xapian's QueryParser leaves a
// capitalised word unstemmed (`Reagan` finds "Reagan" but not "Reagan's"), so the words are
// lower-cased before parsing; the boolean operators (AND, OR, NOT, XOR, NEAR, ADJ) and the
// value of `id:` (ids are exact) keep theirs. Phrases are unaffected: their words are matched
// unstemmed and lower-cased either way.
#pragma once

#include <string>
#include <string_view>

namespace dateline {

// Whether `word` is one of the QueryParser's boolean operators as written (in capitals).
bool is_query_operator(std::string_view word);

// Every letter lower-cased (Unicode-aware).
std::string lower_case(std::string_view text);

// Every letter lower-cased except in the operator words and in the value after `id:`.
std::string lower_case_words(std::string_view text);

}  // namespace dateline
