// GazetteerPlaceResolver: places from tags, the dateline and mentions in the text, resolved
// against GeoNames with the article's own context, each normalised to one canonical id with
// its region and country.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "places/common_words.h"
#include "places/gazetteer.h"
#include "places/place_resolver.h"

namespace dateline {

class GazetteerPlaceResolver final : public PlaceResolver {
 public:
  GazetteerPlaceResolver(const Gazetteer& gazetteer, const CommonWords& words);

  std::vector<Place> resolve(const Article& article) const override;
  std::vector<std::string> aliases(const Place& place) const override;

  // The country a demonym names ("Ukrainian", "Ukrainians", "West German"), or empty.
  std::string demonym_country(std::string_view words) const;

 private:
  struct Candidate;
  using Context = std::set<std::string>;  // ISO codes of countries already established

  Place make_place(std::uint32_t index, PlaceRole role) const;
  bool names_country(const std::vector<std::uint32_t>& entries) const;
  std::optional<std::uint32_t> resolve_tag(std::string_view tag) const;
  std::optional<std::uint32_t> resolve_dateline(std::string_view dateline,
                                                const Context& context) const;
  std::optional<std::uint32_t> choose(const std::vector<std::uint32_t>& entries,
                                      const Context& context, bool want_region, bool strict) const;
  std::vector<Candidate> mention_candidates(const Article& article) const;

  const Gazetteer& gazetteer_;
  const CommonWords& words_;
  std::unordered_map<std::string, std::string> demonyms_;  // slug -> ISO code
};

}  // namespace dateline
