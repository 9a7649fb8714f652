// Hand-labelled place development sets (bench/places/*.tsv, rules in bench/places/LABELLING.md)
// and the scores place-accuracy prints for them: country precision/recall and city precision.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "place.h"
#include "places/gazetteer.h"

namespace dateline::bench {

struct GoldCity {
  std::string name;  // as labelled: "New York City"
  std::string country;
};

struct Labels {
  std::string id;
  std::optional<std::set<std::string>> countries;  // nullopt: the set labels no countries ("*")
  bool has_cities = true;                          // false: the set labels no cities
  std::vector<GoldCity> cities;                    // places of the story
  std::vector<GoldCity> mentioned;                 // other real references to cities
};

// Reads a label file; throws std::runtime_error naming `path:line` for a malformed line.
std::vector<Labels> load_labels(const std::string& path);

struct Counts {
  std::size_t tp = 0, fp = 0, fn = 0;
  double precision() const;
  double recall() const;
  double f1() const;
};

struct Score {
  std::size_t articles = 0;
  Counts countries;
  Counts cities;        // precision: found cities that are in `cities` or `mentioned`
  Counts story_cities;  // recall: the labelled `cities` found (tp) or missed (fn)
  std::map<std::string, std::size_t> false_countries, missed_countries;
  std::vector<std::string> wrong_cities;  // "id: found-id"
};

// Scores the places found for one article against its labels.
void score(const Labels& gold, const std::vector<Place>& found, const Gazetteer& gazetteer,
           Score& out);

}  // namespace dateline::bench
