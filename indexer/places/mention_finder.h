// Finding the places a text names: each capitalised name the gazetteer or the country lists
// know, with what its context says about it (a person, a club, a nationality, part of a longer
// name), for the resolver to choose a reading and the salience rule to weigh.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "article.h"
#include "places/common_words.h"
#include "places/gazetteer.h"

namespace dateline {

struct Mention {
  std::string surface;
  std::vector<std::uint32_t> entries;  // gazetteer readings
  std::string country;   // ISO code named directly by a demonym or a capital abbreviation
  bool demonym = false;  // "Ukrainian" (not "UK")
  bool in_title = false;
  std::size_t offset = 0;    // byte offset in its text
  std::size_t sentence = 0;  // sentence index in its text (0: the first)
  std::string qualifier;     // "Paris, Texas" -> "Texas"
  bool region_word = false;  // "Odesa region"
  bool all_common = false;   // every word a common word ("White House"): own names only
  bool unlisted = false;     // not in the gazetteer, placed by its qualifier: "Cannes, France"
  bool locative = false;     // written as a location: "in Leeds", "near Kyiv", "London's Soho"
  bool based = false;        // "Paris-based": where a firm is, a town on its own
  bool attributive = false;  // before a lower-case word: "UK charts", "the Iraq war"
  // Why it may not be a place of the story:
  bool inside_name = false;  // part of a longer name: "Tokyo Stock Exchange", "Michael Jordan"
  bool weak_town = false;    // a town not on its own: a sentence-start common word, shouting
  bool person = false;       // a person's name in this article: "Ken Livingstone said"
  bool club = false;         // a club: "Newcastle manager", "beat Chelsea"
  bool nationality = false;  // "France's Snecma", "Bekele of Ethiopia"
  bool feature = false;      // "Gulf of Mexico"
};

class MentionFinder {
 public:
  MentionFinder(const Gazetteer& gazetteer, const CommonWords& words);
  std::vector<Mention> find(const Article& article) const;
  // The country a demonym names ("Ukrainian", "Ukrainians", "West German"), or empty.
  std::string demonym_country(std::string_view words) const;

 private:
  std::unordered_set<std::string> people(std::string_view text) const;

  const Gazetteer& gazetteer_;
  const CommonWords& words_;
  std::unordered_map<std::string, std::string> demonyms_;       // slug -> ISO code
  std::unordered_map<std::string, std::string> abbreviations_;  // exact "US" -> ISO code
};

}  // namespace dateline
