#include "places/place_resolver.h"

#include <algorithm>

#include "text.h"

namespace dateline {

void add_place(std::vector<Place>& places, Place place) {
  auto it =
      std::find_if(places.begin(), places.end(), [&](const Place& q) { return q.id == place.id; });
  if (it == places.end()) {
    places.push_back(std::move(place));
  } else if (place.role == PlaceRole::dateline) {
    it->role = PlaceRole::dateline;
  }
}

std::string dateline_place_name(std::string_view dateline) {
  std::string_view s = trim(dateline);
  const auto cut = s.find_first_of(",(");
  return std::string(trim(s.substr(0, cut)));
}

std::vector<Place> NamePlaceResolver::resolve(const Article& article) const {
  std::vector<Place> out;
  auto add = [&](std::string_view name, PlaceRole role) {
    Place p;
    p.id = slug(name);
    p.name = display_name(name);
    p.role = role;
    if (!p.id.empty()) add_place(out, std::move(p));
  };
  for (const auto& name : article.places) {
    add(name.text, name.role);
  }
  if (!article.dateline.empty()) add(dateline_place_name(article.dateline), PlaceRole::dateline);
  return out;
}

std::vector<std::string> NamePlaceResolver::aliases(const Place& place) const {
  return {place.name, place.id};
}

}  // namespace dateline
