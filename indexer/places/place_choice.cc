#include "places/place_choice.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "text.h"

namespace dateline {

using Kind = GazetteerEntry::Kind;

namespace {

// Tuned on Reuters TRAIN and the development sets (bench/place-accuracy).
constexpr double capital_bonus = 1.5;
constexpr double names_weight = 2.0;
constexpr double country_context_bonus = 2.0;
constexpr double alternate_name_penalty = 1.5;  // "Salvador" is San Salvador only by alias
constexpr double min_margin = 1.5;              // a mention's best reading must win by this
constexpr double min_prior = 17.0;              // ... and be this famous without context
constexpr double min_prior_in_context = 14.0;   // ... or this famous in a country of the story
constexpr double min_alias_prior = 19.0;        // a mention by an alias: famous places only
                                                // ("Kiev" for Kyiv; not "Africa" for Mahdia)

bool own_name(const Gazetteer& g, std::uint32_t i, std::string_view surface) {
  if (surface.empty()) return true;
  const auto& names = g.names_of(i);
  const std::string key = slug(surface);
  const std::size_t own = std::min<std::size_t>(names.size(), g.entry(i).own_names);
  for (std::size_t k = 0; k < own; ++k)
    if (slug(names[k]) == key) return true;
  return false;
}

}  // namespace

double place_prior(const Gazetteer& gazetteer, std::uint32_t index) {
  const auto& e = gazetteer.entry(index);
  // Names in other languages measure fame better than population: Venice, Italy has 62 and
  // Venice, Florida 11, for populations of 51,000 and 21,000.
  return std::log(1.0 + e.population) +
         names_weight * std::log(1.0 + static_cast<double>(gazetteer.names_of(index).size())) +
         (e.capital ? capital_bonus : 0.0);
}

std::optional<std::uint32_t> choose_reading(const Gazetteer& gazetteer,
                                            const std::vector<std::uint32_t>& entries,
                                            const PlaceContext& context, const ChoiceRules& rules) {
  std::vector<std::uint32_t> countries, cities, regions;
  for (auto i : entries) {
    const auto kind = gazetteer.entry(i).kind;
    (kind == Kind::country ? countries : kind == Kind::city ? cities : regions).push_back(i);
  }
  if (rules.want_region && !regions.empty()) {
    if (regions.size() == 1) return regions.front();  // "Odesa region": only one such region
    cities = regions;
  } else {
    // "Florida" is the state before Florida, Cuba; a city and a region of one name in one
    // country are the city ("New York").
    cities.insert(cities.end(), regions.begin(), regions.end());
  }
  // One reading per country: the capital or the place whose own name this is ("London" is the
  // capital, not the City of London, which GeoNames gives the same population).
  std::map<std::string, std::uint32_t> per_country;
  auto better_same_country = [&](std::uint32_t a, std::uint32_t b) {
    const auto& ea = gazetteer.entry(a);
    const auto& eb = gazetteer.entry(b);
    if ((ea.kind == Kind::city) != (eb.kind == Kind::city)) return ea.kind == Kind::city;
    if (ea.capital != eb.capital) return ea.capital;
    const bool oa = own_name(gazetteer, a, rules.surface),
               ob = own_name(gazetteer, b, rules.surface);
    if (oa != ob) return oa;
    return ea.population > eb.population;
  };
  std::vector<std::uint32_t> readings;
  for (auto i : cities) {
    const auto& cc = gazetteer.entry(i).country;
    // In a region the story is in, a town keeps its own reading ("Paris" near Dallas).
    if (context.regions.contains(gazetteer.entry(i).region)) {
      readings.push_back(i);
      continue;
    }
    auto [it, fresh] = per_country.emplace(cc, i);
    if (!fresh && better_same_country(i, it->second)) it->second = i;
  }
  for (const auto& [cc, i] : per_country) readings.push_back(i);

  if (rules.strict) {
    std::erase_if(readings, [&](std::uint32_t i) {
      return !own_name(gazetteer, i, rules.surface) && place_prior(gazetteer, i) < min_alias_prior;
    });
  }
  auto score = [&](std::uint32_t i) {
    const auto& e = gazetteer.entry(i);
    double s = place_prior(gazetteer, i);
    if (!own_name(gazetteer, i, rules.surface)) s -= alternate_name_penalty;
    if (context.countries.contains(e.country)) s += country_context_bonus;
    return s;
  };
  // A town in a region the story is already in wins outright: "Paris" in a story from Dallas.
  std::vector<std::uint32_t> in_region;
  for (auto i : readings)
    if (context.regions.contains(gazetteer.entry(i).region)) in_region.push_back(i);

  if (!countries.empty()) {
    // "Georgia" in a story already in the United States is the state, elsewhere the country.
    const auto& country = gazetteer.entry(countries.front());
    if (!context.countries.contains(country.country)) {
      for (auto i : readings)
        if (context.countries.contains(gazetteer.entry(i).country) &&
            gazetteer.entry(i).kind == Kind::region)
          return i;
      if (!in_region.empty()) return in_region.front();
    }
    return countries.front();
  }
  if (!in_region.empty()) {
    return *std::max_element(in_region.begin(), in_region.end(),
                             [&](auto a, auto b) { return score(a) < score(b); });
  }
  if (readings.empty()) return std::nullopt;
  std::sort(readings.begin(), readings.end(), [&](auto a, auto b) { return score(a) > score(b); });
  const std::uint32_t best = readings.front();
  if (!rules.strict) return best;
  // The runner-up: another country's reading, or a town of the same name elsewhere in the same
  // country ("Westminster": Colorado or California), unless the best is the capital.
  double second = -1e9;
  if (readings.size() > 1) second = score(readings[1]);
  const auto& top = gazetteer.entry(best);
  for (auto i : cities) {
    const auto& e = gazetteer.entry(i);
    if (i == best || top.capital || e.country != top.country || e.region == top.region ||
        !own_name(gazetteer, i, rules.surface))
      continue;
    second = std::max(second, score(i));
  }
  const double margin = second > -1e9 ? score(best) - second : min_margin;
  const bool in_context = context.countries.contains(gazetteer.entry(best).country);
  if (margin < min_margin) return std::nullopt;
  if (place_prior(gazetteer, best) < (in_context ? min_prior_in_context : min_prior))
    return std::nullopt;
  return best;
}

}  // namespace dateline
