// Choosing what an ambiguous name means: "Paris" is Paris, France unless the story is in Texas,
// "London" the capital, not London, Ontario or the City of London. Readings are ranked by a
// prior (population, how many languages name the place, capital status) and by the story's
// other places; a mention is resolved only when one reading clearly wins.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "places/gazetteer.h"

namespace dateline {

struct PlaceContext {
  std::set<std::string> countries;  // ISO codes of the story's established places
  std::set<std::string> regions;    // region ids ("us-tx") of its established cities and regions
};

struct ChoiceRules {
  bool want_region = false;  // "Odesa region": a region, not the city
  bool strict = true;        // a mention: only a reading that clearly wins (tags, datelines: best)
  std::string_view surface;  // the name as written, to prefer readings whose own name it is
};

// How famous a reading is: log population + 2 log of its names in other languages + capital.
double place_prior(const Gazetteer& gazetteer, std::uint32_t index);

std::optional<std::uint32_t> choose_reading(const Gazetteer& gazetteer,
                                            const std::vector<std::uint32_t>& entries,
                                            const PlaceContext& context, const ChoiceRules& rules);

}  // namespace dateline
