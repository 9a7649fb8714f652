#include "facets.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "schema.h"

namespace dateline {

void PlaceCountSpy::operator()(const Xapian::Document& doc, double) {
  const std::string value = doc.get_value(schema::slot::places);
  std::string_view rest = value;
  while (!rest.empty()) {
    const auto nl = rest.find('\n');
    const std::string_view line = rest.substr(0, nl);
    rest.remove_prefix(nl == std::string_view::npos ? rest.size() : nl + 1);
    const auto tab = line.find('\t');
    const std::string id(line.substr(0, tab));
    if (id.empty()) continue;
    Entry& e = counts_[id];
    if (e.count++ == 0 && tab != std::string_view::npos) e.name = line.substr(tab + 1);
  }
}

Facets collect_facets(const PlaceCountSpy& places, const Xapian::ValueCountMatchSpy& months,
                      unsigned place_limit) {
  Facets f;
  for (const auto& [id, e] : places.counts()) f.places.push_back({id, e.name, e.count});
  std::stable_sort(f.places.begin(), f.places.end(),
                   [](const FacetCount& a, const FacetCount& b) { return a.count > b.count; });
  if (f.places.size() > place_limit) f.places.resize(place_limit);

  static constexpr std::array<const char*, 12> month_names{
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  std::uint64_t dated = 0;
  for (auto it = months.values_begin(); it != months.values_end(); ++it) {
    const std::string yyyymm = *it;  // ascending: values come back in byte order
    const std::uint64_t n = it.get_termfreq();
    dated += n;
    if (yyyymm.size() != 6) continue;
    const std::string year = yyyymm.substr(0, 4);
    const int month = std::stoi(yyyymm.substr(4, 2));
    f.months.push_back({year + "-" + yyyymm.substr(4, 2),
                        fmt::format("{} {}", month_names[static_cast<std::size_t>(month - 1) % 12], year), n});
    if (f.years.empty() || f.years.back().value != year) f.years.push_back({year, year, 0});
    f.years.back().count += n;
  }
  f.undated = months.get_total() - dated;
  return f;
}

}  // namespace dateline
