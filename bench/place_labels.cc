#include "place_labels.h"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <stdexcept>

#include "text.h"

namespace dateline::bench {

namespace {

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    const auto cut = s.find(sep, start);
    out.push_back(s.substr(start, cut == std::string::npos ? std::string::npos : cut - start));
    if (cut == std::string::npos) break;
    start = cut + 1;
  }
  return out;
}

std::vector<GoldCity> cities_of(const std::string& field, const std::string& where) {
  std::vector<GoldCity> out;
  if (field == "-" || field.empty()) return out;
  for (const auto& item : split(field, ';')) {
    const auto slash = item.rfind('/');
    if (slash == std::string::npos || slash + 3 != item.size())
      throw std::runtime_error(fmt::format("{}: city '{}' is not Name/CC", where, item));
    out.push_back({item.substr(0, slash), item.substr(slash + 1)});
  }
  return out;
}

double ratio(std::size_t a, std::size_t b) {
  return b == 0 ? 0.0 : static_cast<double>(a) / static_cast<double>(b);
}

}  // namespace

double Counts::precision() const { return ratio(tp, tp + fp); }
double Counts::recall() const { return ratio(tp, tp + fn); }
double Counts::f1() const {
  const double p = precision(), r = recall();
  return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

std::vector<Labels> load_labels(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(fmt::format("{}: cannot read the label file", path));
  std::vector<Labels> out;
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line[0] == '#' || line.starts_with("id\t")) continue;
    const std::string where = fmt::format("{}:{}", path, number);
    const auto f = split(line, '\t');
    if (f.size() != 4)
      throw std::runtime_error(fmt::format("{}: expected 4 tab-separated fields", where));
    Labels l;
    l.id = f[0];
    if (f[1] != "*") {
      l.countries.emplace();
      if (f[1] != "-")
        for (const auto& c : split(f[1], ' '))
          if (!c.empty()) l.countries->insert(c);
    }
    l.cities = cities_of(f[2], where);
    l.mentioned = cities_of(f[3], where);
    out.push_back(std::move(l));
  }
  return out;
}

void score(const Labels& gold, const std::vector<Place>& found, const Gazetteer& gazetteer,
           Score& out) {
  ++out.articles;
  if (gold.countries) {
    std::set<std::string> countries;
    for (const auto& p : found)
      if (!p.country.empty()) countries.insert(p.country);
    for (const auto& c : countries) {
      if (gold.countries->contains(c)) {
        ++out.countries.tp;
      } else {
        ++out.countries.fp;
        ++out.false_countries[c];
      }
    }
    for (const auto& c : *gold.countries) {
      if (!countries.contains(c)) {
        ++out.countries.fn;
        ++out.missed_countries[c];
      }
    }
  }
  if (!gold.has_cities) return;
  // A found city is right when its country matches and one of its names is the label's.
  // The city's own country, not the story's (a 1987 Moscow counts under the Soviet Union).
  auto matches = [&](const Place& p, const GoldCity& g) {
    const auto i = gazetteer.index_of(p.id);
    const std::string& country = i ? gazetteer.entry(*i).country : p.country;
    if (country != g.country) return false;
    if (slug(p.name) == slug(g.name)) return true;
    if (!i) return false;
    const auto& names = gazetteer.names_of(*i);
    return std::any_of(names.begin(), names.end(),
                       [&](const std::string& n) { return slug(n) == slug(g.name); });
  };
  std::vector<bool> story_found(gold.cities.size(), false);
  for (const auto& p : found) {
    if (p.kind != "city") continue;
    bool right = false;
    for (std::size_t k = 0; k < gold.cities.size(); ++k) {
      if (matches(p, gold.cities[k])) {
        right = true;
        story_found[k] = true;
      }
    }
    for (const auto& g : gold.mentioned) right = right || matches(p, g);
    if (right) {
      ++out.cities.tp;
    } else {
      ++out.cities.fp;
      out.wrong_cities.push_back(fmt::format("{}: {}", gold.id, p.id));
    }
  }
  for (bool f : story_found) ++(f ? out.story_cities.tp : out.story_cities.fn);
}

}  // namespace dateline::bench
