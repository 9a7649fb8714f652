// GazetteerPlaceResolver: places from tags, the dateline and mentions in the text, resolved
// against GeoNames with the article's own context, each normalised to one canonical id with
// its region and country.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "places/common_words.h"
#include "places/gazetteer.h"
#include "places/mention_finder.h"
#include "places/place_choice.h"
#include "places/place_resolver.h"
#include "places/salience.h"

namespace dateline {

class GazetteerPlaceResolver final : public PlaceResolver {
 public:
  GazetteerPlaceResolver(const Gazetteer& gazetteer, const CommonWords& words);

  std::vector<Place> resolve(const Article& article) const override;
  std::vector<std::string> aliases(const Place& place) const override;

  // What the text says about each country it names, before the salience decision, with the
  // article's tags and dateline as context (bench/place-salience-train learns from these).
  std::vector<std::pair<std::string, CountryEvidence>> mention_evidence(
      const Article& article) const;

 private:
  struct Resolution {
    Resolution() = default;
    Resolution(const Resolution&) = delete;  // `resolved` points into `mentions`
    Resolution& operator=(const Resolution&) = delete;
    Resolution(Resolution&&) = default;  // a moved vector keeps its elements where they are
    Resolution& operator=(Resolution&&) = default;
    std::vector<Mention> mentions;
    std::vector<ResolvedMention> resolved;  // points into `mentions`
    std::vector<Place> unlisted;            // "Cannes, France" when the gazetteer lacks it
  };
  Resolution resolve_mentions(const Article& article, const PlaceContext& context) const;
  std::optional<Place> unlisted_town(const Mention& mention) const;
  std::vector<Place> established_places(const Article& article, PlaceContext& context) const;

  Place make_place(std::uint32_t index, PlaceRole role) const;
  std::optional<std::uint32_t> resolve_tag(std::string_view tag) const;
  std::optional<std::uint32_t> resolve_dateline(std::string_view dateline,
                                                const PlaceContext& context) const;
  std::vector<std::uint32_t> narrow_by_qualifier(const std::vector<std::uint32_t>& entries,
                                                 std::string_view qualifier) const;
  // Before a former state ended, a place in one of its successors counts under it.
  void apply_former_countries(std::vector<Place>& places, const Article& article) const;

  const Gazetteer& gazetteer_;
  MentionFinder finder_;
};

}  // namespace dateline
