#include "facets.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "dates.h"

namespace dateline {

namespace {

constexpr std::array<const char*, 12> month_names{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

std::vector<FacetCount> top(const PlaceCountSpy& spy, unsigned limit) {
  std::vector<FacetCount> out;
  for (const auto& [id, e] : spy.counts()) out.push_back({id, e.name, e.count});
  std::stable_sort(out.begin(), out.end(),
                   [](const FacetCount& a, const FacetCount& b) { return a.count > b.count; });
  if (out.size() > limit) out.resize(limit);
  return out;
}

bool all_digits(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

void PlaceCountSpy::operator()(const Xapian::Document& doc, double) {
  const std::string value = doc.get_value(slot_);
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

DateGranularity choose_date_granularity(std::int32_t first_day, std::int32_t last_day) {
  // The finest unit that keeps the list short: at most ~36 months, at most ~62 days.
  constexpr std::int32_t max_days_by_month = 3 * 365 + 1;
  constexpr std::int32_t max_days_by_day = 62;
  const std::int32_t span = last_day - first_day;
  if (span > max_days_by_month) return DateGranularity::year;
  if (span > max_days_by_day) return DateGranularity::month;
  return DateGranularity::day;
}

Facets collect_facets(const PlaceCountSpy& places, const PlaceCountSpy& countries,
                      const Xapian::ValueCountMatchSpy& days, unsigned place_limit,
                      DateGranularity requested) {
  Facets f;
  f.places = top(places, place_limit);
  f.countries = top(countries, place_limit);

  std::uint64_t dated = 0;
  std::vector<FacetCount> all_days;
  for (auto it = days.values_begin(); it != days.values_end(); ++it) {
    const std::string yyyymmdd = *it;  // ascending: values come back in byte order
    const std::uint64_t n = it.get_termfreq();
    dated += n;
    if (yyyymmdd.size() != 8 || !all_digits(yyyymmdd)) continue;
    const std::string year = yyyymmdd.substr(0, 4);
    const std::string month = year + "-" + yyyymmdd.substr(4, 2);
    const std::size_t m = static_cast<std::size_t>(std::stoi(yyyymmdd.substr(4, 2)) + 11) % 12;
    const int day = std::stoi(yyyymmdd.substr(6, 2));
    all_days.push_back({month + "-" + yyyymmdd.substr(6, 2),
                        fmt::format("{} {} {}", day, month_names[m], year), n});
    if (f.months.empty() || f.months.back().value != month)
      f.months.push_back({month, fmt::format("{} {}", month_names[m], year), 0});
    f.months.back().count += n;
    if (f.years.empty() || f.years.back().value != year) f.years.push_back({year, year, 0});
    f.years.back().count += n;
  }
  f.undated = days.get_total() - dated;

  f.date_granularity = requested;
  if (requested == DateGranularity::automatic) {
    f.date_granularity =
        all_days.empty()
            ? DateGranularity::day
            : choose_date_granularity(parse_day_bound(all_days.front().value, false).value_or(0),
                                      parse_day_bound(all_days.back().value, false).value_or(0));
  }
  if (f.date_granularity == DateGranularity::day) f.days = std::move(all_days);
  return f;
}

}  // namespace dateline
