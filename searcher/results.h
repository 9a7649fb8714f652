// What the search core returns: plain structs, no Xapian types, rendered by the front ends.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "document_data.h"
#include "search_request.h"

namespace dateline {

// A snippet with its highlighted spans marked: text is HTML-escaped, each highlight between
// highlight_begin and highlight_end (control characters never found in escaped text).
struct Snippet {
  static constexpr char highlight_begin = '\x02';
  static constexpr char highlight_end = '\x03';
  std::string marked;
};

struct Hit {
  unsigned rank = 0;  // 1-based, over the whole result list
  double score = 0;   // BM25 weight; 0 when browsing without query words
  unsigned similar = 0;  // other matching copies of this story collapsed into this hit (at least)
  StoredDocument doc;
  Snippet snippet;
};

struct FacetCount {
  std::string value;  // id to filter on: "miami", "1987", "1987-03", "1987-03-05"
  std::string label;  // as a reader would write it
  std::uint64_t count = 0;
};

struct Facets {
  std::vector<FacetCount> places;     // most frequent first
  std::vector<FacetCount> countries;  // most frequent first
  std::vector<FacetCount> years;      // chronological
  std::vector<FacetCount> months;     // chronological
  std::vector<FacetCount> days;       // chronological; only when date_granularity is day
  DateGranularity date_granularity = DateGranularity::year;  // never automatic
  std::uint64_t undated = 0;
};

struct Results {
  std::uint64_t estimate = 0;
  std::uint64_t lower_bound = 0;
  std::uint64_t upper_bound = 0;
  std::uint64_t stories = 0;  // hits once republished copies are collapsed (estimate); pages count these
  bool exact() const { return lower_bound == upper_bound; }
  std::vector<Hit> hits;
  std::optional<Facets> facets;
  // No article had all the words: the words were ORed instead (searcher.cc's rule).
  bool relaxed = false;
  // "Did you mean": the query with misspelt words corrected, when it found little; else empty.
  std::string suggestion;
  std::string query_description;  // Xapian's description of the parsed query (for --explain, tests)
  double seconds = 0;
};

}  // namespace dateline
