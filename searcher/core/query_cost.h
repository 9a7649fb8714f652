// What a query will cost to run, estimated from the index before it runs. The page refuses a
// query over its budget (a 400 saying why) instead of spending seconds of CPU on it: the cost
// grows with the words, wildcards and phrases a hostile `q` packs into 400 bytes, where a
// reader's query costs at most a few passes over the archive. Calibrated on all of
// Reuters-21578 (tests/e2e/cgi_cost.sh measures the worst requests).
#pragma once

#include <xapian.h>

#include <cstdint>

namespace dateline {

// The parts of a query's cost, each counted in what the matcher does.
struct QueryCost {
  std::uint64_t postings = 0;  // postings read (AND skips most of its common words')
  std::uint64_t lists = 0;     // posting lists opened: a word one, a wildcard up to 100
  std::uint64_t scanned = 0;   // words a wildcard looked at to pick its expansions

  // All of it in postings read: on Reuters-21578 opening a list in a large OR costs about the
  // CPU of 80 postings read (57 three-letter wildcards ORed: 2,104 lists, 82,000 postings,
  // 0.13 s of CPU; 26 one-letter ones: 2,573 lists, 1.2 million postings, 0.5 s), and looking
  // at a word to expand a wildcard about 4.
  std::uint64_t total() const { return postings + 80 * lists + 4 * scanned; }
};

// A phrase or NEAR reads every term's positions in each document that has them all: on
// Reuters-21578 an OR of NEARs of common words costs about this many times the CPU of the same
// words ANDed.
inline constexpr std::uint64_t positional_factor = 3;

// `query`'s cost, estimated: a word's postings are its frequency; a wildcard's those of the
// `max_expansion` most frequent words it expands to (what the QueryParser keeps); an OR reads
// every part whole, an AND is driven by its rarest part and skips the others to it (a wildcard's
// 100 lists skip 100 times), a phrase or NEAR reads positions too (positional_factor); whatever
// matches every document (only exclusions, a value range) reads them all. Lists and scanned
// words are paid whatever the operators: Xapian opens them all before matching.
QueryCost estimated_cost(const Xapian::Database& db, const Xapian::Query& query,
                         Xapian::termcount max_expansion);

}  // namespace dateline
