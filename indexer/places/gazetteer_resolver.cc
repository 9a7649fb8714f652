#include "places/gazetteer_resolver.h"

#include <algorithm>
#include <array>
#include <map>

#include "places/place_mentions.h"
#include "places/place_names.h"
#include "text.h"

namespace dateline {

using Kind = GazetteerEntry::Kind;

// A place name found in the text, before it is resolved.
struct GazetteerPlaceResolver::Candidate {
  std::string surface;
  std::vector<std::uint32_t> entries;
  std::string demonym;     // ISO code when the words are a demonym ("Ukrainian")
  bool whole_run = false;  // the name is the whole capitalised run, not part of a longer name
  bool inside_name =
      false;  // an unknown capitalised word precedes it in its run ("Michael Jordan")
  bool region_word = false;  // "Odesa region", "Kiev province"
  bool common_word = false;  // "March", "Police": a word of the language as well as a town
  bool shouting = false;     // all capitals: a ticker or acronym more often than a town
  std::string qualifier;     // "Paris, Texas" -> "Texas"
  bool all_common = false;   // every word a common word ("White House"): only a primary name counts
  bool prominent = false;    // in the headline or the lead
};

namespace {

bool is_title_word(std::string_view w) {
  static constexpr std::array<std::string_view, 24> titles{
      "President", "Prime",     "Minister",   "Mr",      "Mrs",        "Ms",
      "Dr",        "Gen",       "General",    "King",    "Queen",      "Governor",
      "Senator",   "Secretary", "Chancellor", "Premier", "Ambassador", "Mayor",
      "Sheikh",    "Prince",    "Foreign",    "Finance", "Trade",      "Deputy"};
  return std::find(titles.begin(), titles.end(), w) != titles.end();
}

// Bytes of the body that count as its lead: a place named there is what the story is about.
// Tuned on Reuters-21578 TRAIN (bench/place-accuracy): 120 bytes and 3 mentions gave the best
// F1 with precision above 0.9; 300 bytes or 2 mentions let passing mentions through.
constexpr std::size_t lead_bytes = 120;
// Times a country must be named, outside headline and lead, to count.
constexpr std::size_t min_mentions = 3;

bool is_region_word(std::string_view w) {
  return w == "region" || w == "province" || w == "oblast" || w == "state" || w == "county";
}

bool has_lower(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

std::string join(const std::vector<Token>& tokens, std::size_t from, std::size_t to) {
  std::string out;
  for (std::size_t i = from; i < to; ++i) {
    if (!out.empty()) out += ' ';
    out += tokens[i].text;
  }
  return out;
}

}  // namespace

GazetteerPlaceResolver::GazetteerPlaceResolver(const Gazetteer& gazetteer, const CommonWords& words)
    : gazetteer_(gazetteer), words_(words) {
  for (const auto& d : place_names::demonyms()) {
    demonyms_[slug(d.name)] = std::string(d.iso2);
    // Plurals of the nouns: "Ukrainians", "Russians", "Iraqis".
    if (d.name.ends_with("an") || d.name.ends_with("i"))
      demonyms_[slug(std::string(d.name) + "s")] = std::string(d.iso2);
  }
}

std::string GazetteerPlaceResolver::demonym_country(std::string_view words) const {
  const auto it = demonyms_.find(slug(words));
  return it == demonyms_.end() ? std::string() : it->second;
}

bool GazetteerPlaceResolver::names_country(const std::vector<std::uint32_t>& entries) const {
  return std::any_of(entries.begin(), entries.end(),
                     [&](std::uint32_t e) { return gazetteer_.entry(e).kind == Kind::country; });
}

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

std::optional<std::uint32_t> GazetteerPlaceResolver::choose(
    const std::vector<std::uint32_t>& entries, const Context& context, bool want_region,
    bool strict) const {
  std::vector<std::uint32_t> countries;
  std::vector<std::uint32_t> others;
  for (auto i : entries)
    (gazetteer_.entry(i).kind == Kind::country ? countries : others).push_back(i);
  if (want_region) {
    std::vector<std::uint32_t> regions;
    for (auto i : others)
      if (gazetteer_.entry(i).kind == Kind::region) regions.push_back(i);
    if (regions.size() == 1) return regions.front();  // "Odesa region": only one such region
    if (!regions.empty()) others = regions;
  }
  // Cities before regions, then the most populous: the reading a newsroom means by default.
  std::sort(others.begin(), others.end(), [&](std::uint32_t a, std::uint32_t b) {
    const auto& ea = gazetteer_.entry(a);
    const auto& eb = gazetteer_.entry(b);
    if ((ea.kind == Kind::city) != (eb.kind == Kind::city)) return ea.kind == Kind::city;
    if (ea.population != eb.population) return ea.population > eb.population;
    return ea.capital && !eb.capital;  // London, not the City of London (same population)
  });
  std::vector<std::uint32_t> in_context;
  for (auto i : others)
    if (context.contains(gazetteer_.entry(i).country)) in_context.push_back(i);

  if (!countries.empty()) {
    // "Georgia" in a story already in the United States is the state, elsewhere the country.
    const auto& country = gazetteer_.entry(countries.front());
    if (!in_context.empty() && !context.contains(country.country)) return in_context.front();
    return countries.front();
  }
  if (!in_context.empty()) return in_context.front();
  if (others.empty()) return std::nullopt;
  const auto& top = gazetteer_.entry(others.front());
  if (!strict) return others.front();
  const std::uint32_t second = others.size() > 1 ? gazetteer_.entry(others[1]).population : 0;
  // Without context, only a name whose best reading clearly dominates is taken.
  if (top.capital && top.population >= 3 * second) return others.front();
  if (top.population >= 100000 && top.population >= 5 * second) return others.front();
  return std::nullopt;
}

std::optional<std::uint32_t> GazetteerPlaceResolver::resolve_tag(std::string_view tag) const {
  const auto& entries = gazetteer_.lookup(tag);
  if (entries.empty()) return std::nullopt;
  // Sources tag countries far more often than towns.
  return choose(entries, {}, false, false);
}

std::optional<std::uint32_t> GazetteerPlaceResolver::resolve_dateline(
    std::string_view dateline, const Context& context) const {
  const std::string name = dateline_place_name(dateline);
  if (name.empty()) return std::nullopt;
  std::vector<std::uint32_t> entries = gazetteer_.lookup(name);
  // "KYIV, Ukraine (AP)": what follows the comma narrows the city down, unless it is a date
  // ("LONDON, March 9").
  const auto comma = dateline.find(',');
  if (comma != std::string_view::npos) {
    std::string_view rest = trim(dateline.substr(comma + 1));
    rest = trim(rest.substr(0, rest.find_first_of("(,")));
    std::vector<std::string> within;
    for (auto i : gazetteer_.lookup(rest)) {
      const auto& e = gazetteer_.entry(i);
      within.push_back(e.kind == Kind::country ? e.country : e.id);
    }
    if (!within.empty()) {
      std::vector<std::uint32_t> narrowed;
      for (auto i : entries) {
        const auto& e = gazetteer_.entry(i);
        if (std::find(within.begin(), within.end(), e.country) != within.end() ||
            std::find(within.begin(), within.end(), e.region) != within.end())
          narrowed.push_back(i);
      }
      if (!narrowed.empty()) entries = narrowed;
    }
  }
  if (entries.empty()) return std::nullopt;
  // A dateline names a city: "SINGAPORE" is the city, "KUWAIT" the capital of its country.
  std::vector<std::uint32_t> cities;
  for (auto i : entries)
    if (gazetteer_.entry(i).kind == Kind::city) cities.push_back(i);
  if (!cities.empty()) {
    if (auto c = choose(cities, context, false, false)) {
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
  return choose(entries, context, false, false);
}

std::vector<GazetteerPlaceResolver::Candidate> GazetteerPlaceResolver::mention_candidates(
    const Article& article) const {
  std::vector<Candidate> out;
  // An all-capitals headline (Reuters) gives no capitalisation to go by: the body repeats it.
  // In an all-capitals headline only country names and demonyms are trusted.
  std::vector<std::pair<std::string_view, bool>> parts;
  parts.emplace_back(article.title, true);
  parts.emplace_back(article.body, false);
  const bool shouted_title = !has_lower(article.title);
  for (const auto& [text, in_title] : parts) {
    const auto runs = capitalised_runs(text, in_title);
    for (std::size_t k = 0; k < runs.size(); ++k) {
      const auto& tokens = runs[k].tokens;
      const std::size_t n = tokens.size();
      // Tokens that do not make a name part of a longer one: "In", "The" opening a sentence,
      // titles ("President"), connectors.
      auto neutral = [&](std::size_t i) {
        return is_connector(tokens[i].text) || is_title_word(tokens[i].text) ||
               (i == 0 && tokens[i].sentence_start && words_.contains(tokens[i].text));
      };
      bool unknown_before = false;
      std::vector<bool> used(n, false);
      std::vector<Candidate> run_out;
      for (std::size_t i = 0; i < n;) {
        if (neutral(i)) {
          if (is_connector(tokens[i].text)) unknown_before = false;  // "King Hussein of Jordan"
          ++i;
          continue;
        }
        bool matched = false;
        for (std::size_t len = std::min<std::size_t>(5, n - i); len >= 1 && !matched; --len) {
          if (is_connector(tokens[i + len - 1].text)) continue;
          const std::string surface = join(tokens, i, i + len);
          Candidate c;
          c.demonym = demonym_country(surface);
          if (c.demonym.empty()) c.entries = gazetteer_.lookup(surface, true);
          if (c.demonym.empty() && c.entries.empty()) continue;
          if (in_title && shouted_title) {
            if (c.demonym.empty() && !names_country(c.entries)) continue;
            std::erase_if(c.entries, [&](std::uint32_t e) {
              return gazetteer_.entry(e).kind != Kind::country;
            });
          }
          c.surface = surface;
          c.prominent = in_title || tokens[i].offset < lead_bytes;
          c.all_common =
              len > 1 && std::all_of(tokens.begin() + static_cast<std::ptrdiff_t>(i),
                                     tokens.begin() + static_cast<std::ptrdiff_t>(i + len),
                                     [&](const Token& t) {
                                       return is_connector(t.text) || words_.contains(t.text);
                                     });
          c.inside_name = unknown_before;
          c.common_word = len == 1 && words_.contains(surface);
          c.shouting = !has_lower(surface) && !(in_title && shouted_title);
          const bool ends_run = i + len == n;
          c.region_word = ends_run && is_region_word(runs[k].next_word);
          if (ends_run && tokens.back().comma_after && k + 1 < runs.size() &&
              runs[k + 1].first == runs[k].last + 1)
            c.qualifier = join(runs[k + 1].tokens, 0, runs[k + 1].tokens.size());
          for (std::size_t j = i; j < i + len; ++j) used[j] = true;
          // A town name before a country name makes a person's or a firm's name ("Michael
          // Jordan": Michael is a parish of the Isle of Man); a country or demonym does not.
          unknown_before = c.demonym.empty() && !names_country(c.entries);
          run_out.push_back(std::move(c));
          i += len;
          matched = true;
        }
        if (!matched) {
          unknown_before = true;
          ++i;
        }
      }
      // A name is the whole run when every other token of the run is neutral.
      bool others_neutral = true;
      for (std::size_t i = 0; i < n; ++i)
        if (!used[i] && !neutral(i)) others_neutral = false;
      for (auto& c : run_out) {
        c.whole_run = others_neutral && run_out.size() == 1;
        out.push_back(std::move(c));
      }
    }
  }
  return out;
}

std::vector<Place> GazetteerPlaceResolver::resolve(const Article& article) const {
  std::vector<Place> places;
  Context context;
  auto add = [&](std::uint32_t index, PlaceRole role) {
    Place p = make_place(index, role);
    context.insert(p.country);
    add_place(places, std::move(p));
  };
  for (const auto& name : article.places) {
    if (auto i = resolve_tag(name.text)) add(*i, name.role);
  }
  if (!article.dateline.empty()) {
    if (auto i = resolve_dateline(article.dateline, context)) add(*i, PlaceRole::dateline);
  }

  const auto candidates = mention_candidates(article);
  // Countries and demonyms first: they need no context and give context to the town names.
  std::vector<std::pair<std::uint32_t, const Candidate*>> mentions;
  std::vector<const Candidate*> towns;
  Context mentioned = context;
  for (const auto& c : candidates) {
    if (!c.demonym.empty()) {
      if (auto i = gazetteer_.index_of(ascii_lower(c.demonym))) {
        mentions.emplace_back(*i, &c);
        mentioned.insert(c.demonym);
      }
      continue;
    }
    if (names_country(c.entries) && !c.region_word) {
      if (c.inside_name && c.surface.find(' ') == std::string::npos) continue;  // "Michael Jordan"
      towns.push_back(&c);  // resolved below: "Georgia" may be the state
      continue;
    }
    const bool anchored = c.region_word || !c.qualifier.empty();
    if (!anchored && (!c.whole_run || c.inside_name || c.common_word || c.shouting)) continue;
    towns.push_back(&c);
  }
  for (const Candidate* c : towns) {
    std::vector<std::uint32_t> entries = c->entries;
    if (c->all_common) {
      // "White House" is an alternate name of Casablanca; only a place's own name counts here.
      std::erase_if(entries, [&](std::uint32_t i) {
        return slug(gazetteer_.names_of(i).front()) != slug(c->surface);
      });
    }
    if (!c->qualifier.empty()) {
      std::vector<std::uint32_t> narrowed;
      const auto& within = gazetteer_.lookup(c->qualifier);
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
      if (!narrowed.empty()) entries = narrowed;
    }
    if (auto i = choose(entries, mentioned, c->region_word, true)) mentions.emplace_back(*i, c);
  }
  // A country named once in passing ("listed in Luxembourg") is not what the story is about:
  // mentions count when their country is the dateline's or a tag's, is named in the headline
  // or the lead, or is named at least min_mentions (3) times.
  struct Evidence {
    std::size_t count = 0;
    bool prominent = false;
  };
  std::map<std::string, Evidence> evidence;
  for (const auto& [i, c] : mentions) {
    auto& e = evidence[gazetteer_.entry(i).country];
    ++e.count;
    e.prominent = e.prominent || c->prominent;
  }
  for (const auto& [i, c] : mentions) {
    const std::string& country = gazetteer_.entry(i).country;
    const auto& e = evidence[country];
    if (context.contains(country) || e.prominent || e.count >= min_mentions)
      add(i, PlaceRole::mention);
  }
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
