// The real gazetteer and resolver for the place tests, and helpers to ask what a text yields.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "places/common_words.h"
#include "places/gazetteer.h"
#include "places/gazetteer_resolver.h"

namespace dateline::testing {

inline const Gazetteer& gazetteer() {
  static const Gazetteer g = Gazetteer::load(Gazetteer::default_dir());
  return g;
}

inline const GazetteerPlaceResolver& resolver() {
  static const CommonWords words = CommonWords::load();
  static const GazetteerPlaceResolver r(gazetteer(), words);
  return r;
}

inline std::vector<Place> resolve(const std::string& title, const std::string& body,
                                  const std::string& dateline = "",
                                  std::vector<std::string> tags = {}) {
  Article a;
  a.title = title;
  a.body = body;
  a.dateline = dateline;
  for (auto& t : tags) a.places.push_back({t, PlaceRole::tag});
  return resolver().resolve(a);
}

inline std::string ids(const std::vector<Place>& places) {
  std::string out;
  for (const auto& p : places)
    out += (out.empty() ? "" : " ") + p.id + "/" + std::string(role_name(p.role));
  return out;
}

inline bool has(const std::vector<Place>& places, const std::string& id) {
  return std::any_of(places.begin(), places.end(), [&](const Place& p) { return p.id == id; });
}

inline bool has_country(const std::vector<Place>& places, const std::string& iso2) {
  return std::any_of(places.begin(), places.end(),
                     [&](const Place& p) { return p.country == iso2; });
}

}  // namespace dateline::testing
