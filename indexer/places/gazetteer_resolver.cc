#include "places/gazetteer_resolver.h"

#include <algorithm>
#include <set>

#include "places/place_names.h"
#include "places/salience.h"
#include "text.h"

namespace dateline {

using Kind = GazetteerEntry::Kind;

GazetteerPlaceResolver::GazetteerPlaceResolver(const Gazetteer& gazetteer, const CommonWords& words)
    : gazetteer_(gazetteer), finder_(gazetteer, words) {}

Place GazetteerPlaceResolver::make_place(std::uint32_t index, PlaceRole role) const {
  const GazetteerEntry& e = gazetteer_.entry(index);
  Place p;
  p.id = e.id;
  p.name = e.name;
  p.country = e.country;
  p.role = role;
  p.kind = e.kind == Kind::country ? "country" : e.kind == Kind::region ? "region" : "city";
  if (e.kind == Kind::city) {
    p.region = e.region;
    if (const auto* r = gazetteer_.by_id(e.region)) p.region_name = r->name;
  }
  if (const auto* c = gazetteer_.country(e.country)) p.country_name = c->name;
  return p;
}

std::optional<std::uint32_t> GazetteerPlaceResolver::resolve_tag(std::string_view tag) const {
  const auto& entries = gazetteer_.lookup(tag);
  if (entries.empty()) return std::nullopt;
  // Sources tag countries far more often than towns.
  return choose_reading(gazetteer_, entries, {}, {false, false, tag});
}

std::vector<std::uint32_t> GazetteerPlaceResolver::narrow_by_qualifier(
    const std::vector<std::uint32_t>& entries, std::string_view qualifier) const {
  std::vector<std::uint32_t> narrowed;
  const auto& within = gazetteer_.lookup(qualifier);
  for (auto i : entries) {
    const auto& e = gazetteer_.entry(i);
    for (auto w : within) {
      const auto& q = gazetteer_.entry(w);
      if ((q.kind == Kind::country && q.country == e.country && e.kind != Kind::country) ||
          q.id == e.region) {
        narrowed.push_back(i);
        break;
      }
    }
  }
  return narrowed;
}

std::optional<std::uint32_t> GazetteerPlaceResolver::resolve_dateline(
    std::string_view dateline, const PlaceContext& context) const {
  const std::string name = dateline_place_name(dateline);
  if (name.empty()) return std::nullopt;
  std::vector<std::uint32_t> entries = gazetteer_.lookup(name);
  // "KYIV, Ukraine (AP)": what follows the comma narrows the city down, unless it is a date
  // ("LONDON, March 9").
  const auto comma = dateline.find(',');
  std::string_view rest;
  if (comma != std::string_view::npos) {
    rest = trim(dateline.substr(comma + 1));
    rest = trim(rest.substr(0, rest.find_first_of("(,")));
    if (auto narrowed = narrow_by_qualifier(entries, rest); !narrowed.empty())
      entries = std::move(narrowed);
  }
  if (entries.empty() && !rest.empty()) {
    // "NORCROSS, Ga.": a town too small for the gazetteer is still in Georgia.
    // A region first: "Pa." is Pennsylvania, not Panama's ISO code.
    const auto& within = gazetteer_.lookup(rest);
    for (const auto kind : {Kind::region, Kind::country})
      for (auto i : within)
        if (gazetteer_.entry(i).kind == kind) return i;
  }
  if (entries.empty()) return std::nullopt;
  // A dateline names a city: "SINGAPORE" is the city, "KUWAIT" the capital of its country.
  std::vector<std::uint32_t> cities;
  for (auto i : entries)
    if (gazetteer_.entry(i).kind == Kind::city) cities.push_back(i);
  const ChoiceRules rules{false, false, name};
  if (!cities.empty()) {
    if (auto c = choose_reading(gazetteer_, cities, context, rules)) {
      for (auto i : entries) {
        const auto& e = gazetteer_.entry(i);
        // The name is a country's and this city is not in it: the country was meant.
        if (e.kind == Kind::country && e.country != gazetteer_.entry(*c).country &&
            gazetteer_.entry(*c).population < 1000000)
          return i;
      }
      return c;
    }
  }
  return choose_reading(gazetteer_, entries, context, rules);
}

void GazetteerPlaceResolver::apply_former_countries(std::vector<Place>& places,
                                                    const Article& article) const {
  if (!article.date) return;
  for (const auto& f : place_names::former_countries()) {
    if (article.date->unix_seconds >= f.ended) continue;
    for (auto& p : places) {
      if (p.country.empty() || p.kind == "country") continue;
      if (f.successors.find(p.country) == std::string_view::npos || p.country.size() != 2) continue;
      p.country = std::string(f.iso2);
      p.country_name = std::string(f.name);
    }
  }
}

std::vector<Place> GazetteerPlaceResolver::established_places(const Article& article,
                                                              PlaceContext& context) const {
  std::vector<Place> places;
  auto add = [&](std::uint32_t index, PlaceRole role) {
    Place p = make_place(index, role);
    context.countries.insert(p.country);
    if (p.kind == "city") context.regions.insert(p.region);
    if (p.kind == "region") context.regions.insert(p.id);
    add_place(places, std::move(p));
  };
  for (const auto& name : article.places) {
    if (auto i = resolve_tag(name.text)) add(*i, PlaceRole::tag);
  }
  if (!article.dateline.empty()) {
    if (auto i = resolve_dateline(article.dateline, context)) add(*i, PlaceRole::dateline);
  }
  return places;
}

GazetteerPlaceResolver::Resolution GazetteerPlaceResolver::resolve_mentions(
    const Article& article, const PlaceContext& context) const {
  Resolution r;
  r.mentions = finder_.find(article);
  // Countries, demonyms and abbreviations first: they need no context and give context to
  // the town names.
  PlaceContext mentioned = context;
  std::vector<const Mention*> towns;
  for (const auto& m : r.mentions) {
    if (m.person || m.feature) continue;
    if (!m.country.empty()) {
      if (auto i = gazetteer_.index_of(ascii_lower(m.country))) {
        r.resolved.push_back({*i, &m});
        if (!m.nationality && !m.inside_name) mentioned.countries.insert(m.country);
      }
      continue;
    }
    if (m.unlisted) {
      towns.push_back(&m);
      continue;
    }
    if (gazetteer_.any_country(m.entries) && !m.region_word) {
      towns.push_back(&m);  // resolved below: "Georgia" may be the state
      continue;
    }
    const bool anchored = m.region_word || !m.qualifier.empty();
    if (m.club || m.inside_name || (m.weak_town && !anchored)) continue;
    towns.push_back(&m);
  }
  std::set<const Mention*> qualified;  // "Paris, Texas": the qualifier holds the town
  for (const Mention* m : towns) {
    if (m->unlisted) {
      if (auto p = unlisted_town(*m)) r.unlisted.push_back(std::move(*p));
      continue;
    }
    std::vector<std::uint32_t> entries = m->entries;
    if (m->all_common) {
      // "White House" is an alternate name of Casablanca; only a place's own name counts here.
      std::erase_if(entries, [&](std::uint32_t i) {
        return slug(gazetteer_.names_of(i).front()) != slug(m->surface);
      });
    }
    bool anchored = m->region_word;
    if (!m->qualifier.empty()) {
      if (auto narrowed = narrow_by_qualifier(entries, m->qualifier); !narrowed.empty()) {
        entries = std::move(narrowed);
        anchored = true;
        qualified.insert(m);
      }
    }
    // A name the qualifier pins down ("Cannes, France") needs no fame.
    const ChoiceRules rules{m->region_word, !anchored, m->surface};
    if (auto i = choose_reading(gazetteer_, entries, mentioned, rules))
      r.resolved.push_back({*i, m});
  }
  // A town is a place of the story when the text writes it as a location at least once ("in
  // Leeds", "Cannes, France"); a bare "Leeds" is as often the club, a surname or a firm. A bare
  // capital stands for its country ("Moscow said") and counts for the country only.
  std::set<std::uint32_t> located;
  for (const auto& [i, m] : r.resolved)
    if (m->locative || m->region_word || qualified.contains(m)) located.insert(i);
  std::vector<ResolvedMention> kept;
  for (auto [i, m] : r.resolved) {
    const auto& e = gazetteer_.entry(i);
    if (e.kind == Kind::city && !located.contains(i)) {
      if (!e.capital) continue;
      const auto country = gazetteer_.index_of(ascii_lower(e.country));
      if (!country) continue;
      i = *country;
    }
    kept.push_back({i, m});
  }
  r.resolved = std::move(kept);
  return r;
}

std::optional<Place> GazetteerPlaceResolver::unlisted_town(const Mention& m) const {
  // A region first, as for datelines: "Smallville, Georgia" is in the US state.
  const auto& within = gazetteer_.lookup(m.qualifier);
  std::optional<std::uint32_t> q;
  for (const auto kind : {Kind::region, Kind::country})
    for (auto w : within)
      if (!q && gazetteer_.entry(w).kind == kind) q = w;
  if (!q) return std::nullopt;
  const auto& e = gazetteer_.entry(*q);
  Place p;
  p.id = slug(m.surface) + "-" + ascii_lower(e.country);
  p.name = m.surface;
  p.country = e.country;
  p.kind = "city";
  p.role = PlaceRole::mention;
  if (e.kind == Kind::region) {
    p.region = e.id;
    p.region_name = e.name;
  }
  if (const auto* c = gazetteer_.country(e.country)) p.country_name = c->name;
  return p;
}

std::vector<std::pair<std::string, CountryEvidence>> GazetteerPlaceResolver::mention_evidence(
    const Article& article) const {
  PlaceContext context;
  established_places(article, context);
  const auto r = resolve_mentions(article, context);
  auto evidence = country_evidence(gazetteer_, r.resolved, article.body.size(), context.countries);
  // The dateline's and the tags' countries need no evidence.
  std::erase_if(evidence, [&](const auto& e) { return context.countries.contains(e.first); });
  return evidence;
}

std::vector<Place> GazetteerPlaceResolver::resolve(const Article& article) const {
  PlaceContext context;
  std::vector<Place> places = established_places(article, context);
  auto r = resolve_mentions(article, context);
  std::set<std::string> countries = context.countries;
  for (const auto i :
       salient_mentions(gazetteer_, r.resolved, context.countries, article.body.size())) {
    Place p = make_place(i, PlaceRole::mention);
    countries.insert(p.country);
    add_place(places, std::move(p));
  }
  for (auto& p : r.unlisted)
    if (countries.contains(p.country)) add_place(places, std::move(p));
  apply_former_countries(places, article);
  return places;
}

std::vector<std::string> GazetteerPlaceResolver::aliases(const Place& place) const {
  std::vector<std::string> names{place.id, place.name};
  if (auto i = gazetteer_.index_of(place.id)) {
    const auto& all = gazetteer_.names_of(*i);
    names.insert(names.end(), all.begin(), all.end());
  }
  return names;
}

}  // namespace dateline
