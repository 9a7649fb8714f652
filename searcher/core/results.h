// What the search core returns: plain structs, no Xapian types, rendered by the front ends.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "document_data.h"
#include "search_request.h"

namespace dateline {

// Where a snippet's text matched the query: bytes [begin, end) of Snippet::text, always whole
// UTF-8 sequences (whole words, as Xapian marks them).
struct Highlight {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool operator==(const Highlight&) const = default;
};

// A passage of an article as plain text (no markup, no escaping: each renderer escapes for its
// own medium) with the matched words' offsets, in order and never overlapping.
struct Snippet {
  std::string text;
  std::vector<Highlight> highlights;
};

struct Hit {
  unsigned rank = 0;     // 1-based, over the whole result list
  double score = 0;      // BM25 weight; 0 when browsing without query words
  unsigned similar = 0;  // other matching copies of this story collapsed into this hit (at least)
  StoredDocument doc;
  Snippet snippet;
  Snippet title;  // doc.title with the query's matches marked (none when browsing)
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
  // False when the match set was too large to count whole at a bounded cost: every count above
  // is then an estimate from a sample of `sampled` matching articles spread over the archive's
  // days (facet_counter.h), and each renderer says so.
  bool exact = true;
  std::uint64_t sampled = 0;  // 0 when exact
};

struct Results {
  std::uint64_t estimate = 0;
  std::uint64_t lower_bound = 0;
  std::uint64_t upper_bound = 0;
  std::uint64_t stories =
      0;  // hits once republished copies are collapsed (estimate); pages count these
  bool stories_exact = true;  // false: `stories` is Xapian's estimate
  bool exact() const { return lower_bound == upper_bound; }
  std::vector<Hit> hits;
  std::optional<Facets> facets;
  // No article had all the words: the words were ORed instead (relax_rule.h).
  bool relaxed = false;
  // "Did you mean": the query with misspelt words corrected, when it found little; else empty.
  std::string suggestion;
  // Stems pseudo-relevance feedback ranked the hits with besides the query's words, best first
  // (query_expansion.h); empty when the query was not expanded.
  std::vector<std::string> expansion;
  std::string query_description;  // Xapian's description of the parsed query (for --explain, tests)
  // Shards of a stub file (archive.h) searched, and those that did not answer (allow_partial):
  // when any is missing the results are partial, and every output says so.
  std::size_t shards = 1;
  std::vector<std::string> missing_shards;
  bool partial() const { return !missing_shards.empty(); }
  double seconds = 0;
};

// One article whole, as its own page shows it (dateline-search --show, the page's ?id=).
struct ArticleView {
  StoredDocument doc;
  Snippet title;  // doc.title, with the words of the query it was opened from marked
  Snippet body;   // doc.text, likewise
  // The other copies of the story (the same similarity key: the hits' "+N similar"), oldest
  // first, without their text.
  std::vector<StoredDocument> copies;
};

}  // namespace dateline
