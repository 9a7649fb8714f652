// Place resolution: from the names a source wrote (tags, dateline) to canonical places.
// This is the seam the gazetteer (GeoNames) plugs into; NamePlaceResolver normalises names
// without one, so `place:miami` already works for a dateline "MIAMI".
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "article.h"

namespace dateline {

struct Place {
  std::string id;       // canonical id: the form stored in XP terms and typed after place:
  std::string name;     // as a reader would write it: "El Salvador"
  std::string country;  // ISO 3166 alpha-2 when known (the gazetteer fills it)
  PlaceRole role = PlaceRole::tag;
  std::string kind = "place";  // "city", "region", "country"; "place" when not in the gazetteer
  std::string region;          // id of the admin region a city lies in ("ua-12")
  std::string region_name;     // "Kyiv City"
  std::string country_name;    // "Ukraine"
};

std::string_view role_name(PlaceRole role);

class PlaceResolver {
 public:
  virtual ~PlaceResolver() = default;
  // Canonical places of an article, one per id, in order of trust (tags, dateline, mentions).
  virtual std::vector<Place> resolve(const Article& article) const = 0;
  // Every name a reader may search a place by (the database's alias table, schema.h).
  virtual std::vector<std::string> aliases(const Place& place) const = 0;
};

class NamePlaceResolver final : public PlaceResolver {
 public:
  std::vector<Place> resolve(const Article& article) const override;
  std::vector<std::string> aliases(const Place& place) const override;
};

// The place a dateline names: "KYIV, Ukraine" -> "KYIV", "WASHINGTON (Reuters)" -> "WASHINGTON".
std::string dateline_place_name(std::string_view dateline);

}  // namespace dateline
