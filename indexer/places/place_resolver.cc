#include "places/place_resolver.h"

#include <algorithm>

#include "text.h"

namespace dateline {

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
    if (p.id.empty()) return;
    auto it = std::find_if(out.begin(), out.end(), [&](const Place& q) { return q.id == p.id; });
    if (it == out.end()) {
      out.push_back(std::move(p));
    } else if (role == PlaceRole::dateline) {
      it->role = role;  // a tag that is also the dateline is reported as the dateline
    }
  };
  for (const auto& name : article.places) {
    add(name.text, name.role);
  }
  if (!article.dateline.empty()) add(dateline_place_name(article.dateline), PlaceRole::dateline);
  return out;
}

std::vector<std::string> NamePlaceResolver::aliases(const Place& place) const { return {place.name, place.id}; }

}  // namespace dateline
