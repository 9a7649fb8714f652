// Place: a canonical place attached to an article. The indexer resolves it (indexer/places/),
// the document data stores it, the searcher displays it.
#pragma once

#include <string>
#include <string_view>

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

}  // namespace dateline
