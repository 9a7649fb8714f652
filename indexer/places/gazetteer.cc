#include "places/gazetteer.h"

#include <fmt/format.h>
#include <xapian.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <stdexcept>

#include "file_io.h"
#include "places/place_names.h"
#include "text.h"

namespace dateline {

namespace {

std::vector<std::string_view> fields(std::string_view line) {
  std::vector<std::string_view> out;
  while (true) {
    const auto tab = line.find('\t');
    out.push_back(line.substr(0, tab));
    if (tab == std::string_view::npos) break;
    line.remove_prefix(tab + 1);
  }
  return out;
}

std::string read_whole(const std::string& path) {
  std::string error;
  auto content = read_whole_file(path, error);
  if (!content)
    throw std::runtime_error(
        fmt::format("{}: cannot read the gazetteer (install libtimezonemap-data)", path));
  return std::move(*content);
}

// cities15000.txt has 19 columns; the loader reads up to the population, column 15 (index 14).
constexpr std::size_t city_fields_read = 15;

// Each data line of a GeoNames file with its 1-based line number; comments skipped.
template <class Fn>
void for_each_line(const std::string& path, std::size_t min_fields, Fn fn) {
  const std::string content = read_whole(path);
  std::size_t number = 0;
  for (std::string_view line : split_lines(content)) {
    ++number;
    if (line.empty() || line.front() == '#') continue;
    const auto f = fields(line);
    if (f.size() < min_fields)
      throw std::runtime_error(fmt::format("{}:{}: expected {} tab-separated fields, found {}",
                                           path, number, min_fields, f.size()));
    fn(f);
  }
}

std::uint32_t to_u32(std::string_view s) {
  return static_cast<std::uint32_t>(std::strtoul(std::string(s).c_str(), nullptr, 10));
}

// Fit for matching running English text: Latin script, has a lower-case letter (so not an
// airport code or an abbreviation), at least three letters.
bool mention_name(std::string_view name) {
  if (name.size() < 3) return false;
  bool lower = false;
  const std::string s(name);
  for (Xapian::Utf8Iterator it(s); it != Xapian::Utf8Iterator(); ++it) {
    const unsigned ch = *it;
    if (ch >= 'a' && ch <= 'z') lower = true;
    if (ch >= 0x250) return false;  // beyond Latin Extended-B
    if (ch < 0x80 && !((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == ' ' ||
                       ch == '-' || ch == '\'' || ch == '.'))
      return false;
  }
  return lower;
}

const std::vector<std::uint32_t> no_entries;

}  // namespace

std::string Gazetteer::default_dir() {
  if (const char* dir = std::getenv("DATELINE_GAZETTEER"); dir != nullptr && *dir != '\0')
    return dir;
  return "/usr/share/libtimezonemap/ui";
}

std::uint32_t Gazetteer::add(GazetteerEntry entry, std::vector<std::string> names) {
  const auto index = static_cast<std::uint32_t>(entries_.size());
  ids_.emplace(entry.id, index);
  entries_.push_back(std::move(entry));
  names_.push_back(std::move(names));
  return index;
}

void Gazetteer::index_name(std::uint32_t index, std::string_view name, bool for_mentions) {
  const std::string key = slug(name);
  if (key.empty()) return;
  auto& all = all_names_[key];
  if (std::find(all.begin(), all.end(), index) == all.end()) all.push_back(index);
  if (for_mentions) {
    auto& m = mention_names_[key];
    if (std::find(m.begin(), m.end(), index) == m.end()) m.push_back(index);
  }
}

Gazetteer Gazetteer::load(const std::string& dir) {
  Gazetteer g;
  std::map<std::string, std::string_view> city_renames;
  std::map<std::string, std::string_view> region_renames;
  for (const auto& r : place_names::renames()) {
    if (r.geonameid != 0)
      city_renames[std::to_string(r.geonameid)] = r.name;
    else
      region_renames[std::string(r.admin1)] = r.name;
  }

  // Former states first: they keep their codes ("CS" is Czechoslovakia here; GeoNames gives it
  // to Serbia and Montenegro, which place_names lists as a name of Serbia).
  for (const auto& f : place_names::former_countries()) {
    const auto i = g.add({GazetteerEntry::Kind::country,
                          ascii_lower(f.iso2),
                          std::string(f.name),
                          std::string(f.iso2),
                          {},
                          0,
                          false},
                         {std::string(f.name), std::string(f.iso2)});
    g.index_name(i, f.name, true);
    g.index_name(i, f.iso2, false);
    for (std::string_view rest = f.names; !rest.empty();) {
      const auto bar = rest.find('|');
      const std::string_view n = rest.substr(0, bar);
      g.names_[i].emplace_back(n);
      g.index_name(i, n, mention_name(n));
      rest.remove_prefix(bar == std::string_view::npos ? rest.size() : bar + 1);
    }
  }
  // Countries: ISO, ISO3, ISO-Numeric, fips, Country, Capital, Area, Population, ...
  for_each_line(dir + "/countryInfo.txt", 8, [&](const std::vector<std::string_view>& f) {
    if (g.ids_.contains(ascii_lower(f[0]))) return;
    GazetteerEntry e{GazetteerEntry::Kind::country,
                     ascii_lower(f[0]),
                     std::string(f[4]),
                     std::string(f[0]),
                     {},
                     to_u32(f[7]),
                     false};
    const auto i = g.add(std::move(e), {std::string(f[4]), std::string(f[0]), std::string(f[1])});
    g.index_name(i, f[4], true);
    g.index_name(i, f[0], false);
    g.index_name(i, f[1], false);
  });
  for (const auto& n : place_names::extra_country_names()) {
    const auto it = g.ids_.find(ascii_lower(n.iso2));
    if (it == g.ids_.end()) continue;
    g.names_[it->second].emplace_back(n.name);
    g.index_name(it->second, n.name, true);
  }

  // Regions: "UA.17<TAB>Odessa<TAB>Odessa<TAB>698738".
  for_each_line(dir + "/admin1Codes.txt", 4, [&](const std::vector<std::string_view>& f) {
    const std::string code(f[0]);
    const auto dot = code.find('.');
    if (dot == std::string::npos) return;
    const std::string cc = code.substr(0, dot);
    const auto renamed = region_renames.find(code);
    GazetteerEntry e{
        GazetteerEntry::Kind::region,
        ascii_lower(cc) + "-" + ascii_lower(code.substr(dot + 1)),
        renamed != region_renames.end() ? std::string(renamed->second) : std::string(f[1]),
        cc,
        {},
        0,
        false};
    std::vector<std::string> names{std::string(f[1]), std::string(f[2])};
    e.own_names = 2;
    if (renamed != region_renames.end()) {
      names.emplace_back(renamed->second);
      // "Odesa Oblast" is also "Odesa" when followed by "region" in the text.
      std::string_view short_name = renamed->second;
      for (std::string_view suffix : {" Oblast", " Province", " Region"})
        if (short_name.ends_with(suffix)) short_name.remove_suffix(suffix.size());
      names.emplace_back(short_name);
      e.own_names = 4;
    }
    const auto i = g.add(std::move(e), names);
    for (const auto& n : g.names_[i]) g.index_name(i, n, mention_name(n));
  });

  for (const auto& a : place_names::region_abbreviations()) {
    const std::string code(a.admin1);
    const auto dot = code.find('.');
    if (auto i = g.index_of(ascii_lower(code.substr(0, dot)) + "-" +
                            ascii_lower(code.substr(dot + 1)))) {
      g.names_[*i].emplace_back(a.abbreviation);
      g.index_name(*i, a.abbreviation, false);
    }
  }

  // Cities: geonameid, name, asciiname, alternatenames, lat, lon, class, code, cc, cc2, admin1,
  // admin2, admin3, admin4, population, ...
  struct City {
    std::vector<std::string_view> f;
    std::string display;
  };
  std::vector<City> cities;
  std::map<std::string, int> base_count;
  std::map<std::string, int> admin_count;
  const std::string cities_content = read_whole(dir + "/cities15000.txt");
  std::size_t number = 0;
  for (std::string_view line : split_lines(cities_content)) {
    ++number;
    if (line.empty()) continue;
    auto f = fields(line);
    if (f.size() < city_fields_read)
      throw std::runtime_error(
          fmt::format("{}/cities15000.txt:{}: expected {} tab-separated fields, found {}", dir,
                      number, city_fields_read, f.size()));
    const auto renamed = city_renames.find(std::string(f[0]));
    std::string display =
        renamed != city_renames.end() ? std::string(renamed->second) : std::string(f[1]);
    const std::string base =
        slug(renamed != city_renames.end() ? renamed->second : f[2]) + "-" + ascii_lower(f[8]);
    ++base_count[base];
    ++admin_count[base + "-" + ascii_lower(f[10])];
    cities.push_back({std::move(f), std::move(display)});
  }
  for (auto& c : cities) {
    const auto& f = c.f;
    const auto renamed = city_renames.find(std::string(f[0]));
    const std::string base =
        slug(renamed != city_renames.end() ? renamed->second : f[2]) + "-" + ascii_lower(f[8]);
    std::string id = base;
    if (base_count[base] > 1) {
      id = base + "-" + ascii_lower(f[10]);
      if (admin_count[id] > 1) id += "-" + std::string(f[0]);
    }
    GazetteerEntry e{GazetteerEntry::Kind::city,
                     std::move(id),
                     c.display,
                     std::string(f[8]),
                     ascii_lower(f[8]) + "-" + ascii_lower(f[10]),
                     to_u32(f[14]),
                     f[7] == "PPLC"};
    std::vector<std::string> names{std::string(f[1]), std::string(f[2])};
    if (renamed != city_renames.end()) names.emplace_back(renamed->second);
    e.own_names = static_cast<std::uint8_t>(names.size());
    for (std::string_view alt = f[3]; !alt.empty();) {
      const auto comma = alt.find(',');
      const std::string_view n = alt.substr(0, comma);
      if (!n.empty()) names.emplace_back(n);
      alt.remove_prefix(comma == std::string_view::npos ? alt.size() : comma + 1);
    }
    const auto i = g.add(std::move(e), std::move(names));
    for (const auto& n : g.names_[i]) g.index_name(i, n, mention_name(n));
  }
  // A region is as populous as its cities: "Florida" outweighs Florida, Cuba.
  for (const auto& city : g.entries_) {
    if (city.kind != GazetteerEntry::Kind::city) continue;
    if (const auto r = g.ids_.find(city.region); r != g.ids_.end())
      g.entries_[r->second].population += city.population;
  }
  return g;
}

const std::vector<std::uint32_t>& Gazetteer::lookup(std::string_view name,
                                                    bool for_mentions) const {
  const auto& index = for_mentions ? mention_names_ : all_names_;
  const auto it = index.find(slug(name));
  return it == index.end() ? no_entries : it->second;
}

bool Gazetteer::any_country(const std::vector<std::uint32_t>& entries) const {
  return std::any_of(entries.begin(), entries.end(), [&](std::uint32_t e) {
    return entries_[e].kind == GazetteerEntry::Kind::country;
  });
}

const GazetteerEntry* Gazetteer::country(std::string_view iso2) const {
  return by_id(ascii_lower(iso2));
}

const GazetteerEntry* Gazetteer::by_id(std::string_view id) const {
  const auto i = index_of(id);
  return i ? &entries_[*i] : nullptr;
}

std::optional<std::uint32_t> Gazetteer::index_of(std::string_view id) const {
  const auto it = ids_.find(std::string(id));
  if (it == ids_.end()) return std::nullopt;
  return it->second;
}

}  // namespace dateline
