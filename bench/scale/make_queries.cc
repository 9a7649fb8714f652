// scale-make-queries: the scale benchmark's 260 queries, from the words of Reuters-21578 TEST
// headlines (what readers of a wire archive type), deterministic. 200 plain queries of one to
// three neighbouring headline words; 60 of one or two words with a filter: 20 place:TAG and
// 20 country:TAG from the story's own PLACES, 20 date ranges (--from/--to: a month span, a
// fortnight, a run of years). Written as TSV: kind, words, dateline's filter arguments.
//
//   scale-make-queries [--reuters DIR] > bench/scale/queries.tsv
#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "reuters_stories.h"
#include "splitmix64.h"

namespace {

using dateline::scale::splitmix64;
using dateline::scale::Story;

constexpr std::uint64_t seed = 0x9E7A11E5ULL;

// Headline words a reader would type: letters only, four or more, not function words or the
// wire's abbreviations.
std::vector<std::string> query_words(const std::string& title) {
  static const std::set<std::string> skip = {
      "about", "after", "again", "also", "been", "before", "corp", "from", "have", "into",
      "it's",  "more",  "over",  "qtr",  "says", "said",   "sees", "than", "that", "their",
      "they",  "this",  "unit",  "were", "will", "with",   "year", "inc",  "ltd",  "shr",
      "cts",   "dlrs",  "mln",   "pct",  "vs",   "avg",    "shrs", "revs", "note", "sets"};
  std::vector<std::string> words;
  std::string word;
  auto flush = [&] {
    if (word.size() >= 4 && !skip.contains(word)) words.push_back(word);
    word.clear();
  };
  for (char c : title) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
      word += static_cast<char>(c | 0x20);
    else
      flush();
  }
  flush();
  return words;
}

struct Query {
  std::string kind, words, filter;
};

}  // namespace

int main(int argc, char** argv) {
  std::string reuters = DATELINE_SHARED_CORPORA "/reuters21578";
  if (argc == 3 && std::string(argv[1]) == "--reuters") reuters = argv[2];
  std::vector<Story> tests;
  try {
    for (auto& s : dateline::scale::read_reuters(reuters))
      if (s.test && !query_words(s.title).empty()) tests.push_back(std::move(s));
  } catch (const std::exception& e) {
    fmt::print(stderr, "scale-make-queries: {}\n", e.what());
    return 1;
  }
  static const char* const date_ranges[] = {
      "--from 1987-03 --to 1987-04", "--from 1987-03-01 --to 1987-03-15", "--from 1980 --to 1987",
      "--from 1987-06 --to 1987-10", "--from 1985-01 --to 1986-12",
  };
  std::vector<Query> queries;
  std::set<std::string> seen;
  for (std::uint64_t i = 0; queries.size() < 260; ++i) {
    const std::uint64_t r = splitmix64(seed + i);
    const Story& story = tests[r % tests.size()];
    const auto words = query_words(story.title);
    const std::size_t n = queries.size();
    Query q;
    std::size_t count = n < 200 ? 1 + (n % 5) / 2 : 1 + (n % 2);  // 1, 1, 2, 2, 3 words
    count = std::min(count, words.size());
    const std::size_t start = (r >> 32) % (words.size() - count + 1);
    for (std::size_t w = start; w < start + count; ++w)
      q.words += (q.words.empty() ? "" : " ") + words[w];
    if (n < 200) {
      q.kind = "plain";
    } else if (n < 240) {
      // Reuters tags name countries (usa, west-germany) and a few cities and regions.
      if (story.places.empty()) continue;
      const std::string& tag = story.places[(r >> 16) % story.places.size()];
      q.kind = n < 220 ? "place" : "country";
      q.filter = fmt::format("{}:{}", q.kind, tag);
    } else {
      q.kind = "date";
      q.filter = date_ranges[n % std::size(date_ranges)];
    }
    if (!seen.insert(q.words + "\t" + q.filter).second) continue;
    queries.push_back(q);
  }
  for (const auto& q : queries) fmt::print("{}\t{}\t{}\n", q.kind, q.words, q.filter);
  return 0;
}
