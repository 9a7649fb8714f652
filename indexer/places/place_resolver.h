// Place resolution: from the names a source wrote (tags, dateline) to canonical places.
// This is the seam the gazetteer (GeoNames) plugs into; NamePlaceResolver normalises names
// without one, so `place:miami` already works for a dateline "MIAMI".
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "article.h"
#include "place.h"

namespace dateline {

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

// Adds `place` to `places` unless one of the same id is there; a tag that is also the dateline
// is reported as the dateline. Both resolvers keep their places this way.
void add_place(std::vector<Place>& places, Place place);

// The place a dateline names: "KYIV, Ukraine" -> "KYIV", "WASHINGTON (Reuters)" -> "WASHINGTON".
std::string dateline_place_name(std::string_view dateline);

}  // namespace dateline
