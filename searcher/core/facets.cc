#include "facets.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>

#include "dates.h"
#include "text.h"

namespace dateline {

namespace {

constexpr std::array<const char*, 12> month_names{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

bool all_digits(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_day(std::string_view yyyymmdd) { return yyyymmdd.size() == 8 && all_digits(yyyymmdd); }

// Each combination the spy counted ("id\tname\n" lines) adds its documents to each of its ids.
// An id takes the name written in its most frequent combination (the first, in byte order, of
// equally frequent ones): the indexer writes one name per id, so this only chooses between
// spellings of a place kept as written.
void split_combinations(const Xapian::ValueCountMatchSpy& spy, double weight,
                        std::map<std::string, FacetTally::Place>& out) {
  for (auto it = spy.values_begin(); it != spy.values_end(); ++it) {
    const std::string combination = *it;
    const Xapian::doccount documents = it.get_termfreq();
    std::string_view rest = combination;
    while (!rest.empty()) {
      const auto nl = rest.find('\n');
      const std::string_view line = rest.substr(0, nl);
      rest.remove_prefix(nl == std::string_view::npos ? rest.size() : nl + 1);
      const auto tab = line.find('\t');
      const std::string_view id = line.substr(0, tab);
      if (id.empty()) continue;
      FacetTally::Place& place = out[std::string(id)];
      place.count += weight * documents;
      if (tab != std::string_view::npos && documents > place.name_documents) {
        place.name = line.substr(tab + 1);
        place.name_documents = documents;
      }
    }
  }
}

std::uint64_t whole(double count) { return static_cast<std::uint64_t>(std::llround(count)); }

// Whether the reader chose `c` (a place filter names its id, or its name as a slug matches).
bool is_chosen(const FacetCount& c, const std::vector<std::string>& chosen) {
  return std::any_of(chosen.begin(), chosen.end(), [&](const std::string& name) {
    return name == c.value || (!c.label.empty() && slug(name) == slug(c.label));
  });
}

std::vector<FacetCount> top(const std::map<std::string, FacetTally::Place>& places, unsigned limit,
                            const std::vector<std::string>& chosen) {
  std::vector<FacetCount> out;
  for (const auto& [id, p] : places) out.push_back({id, p.name, whole(p.count)});
  // Ties keep the map's order: by id.
  std::stable_sort(out.begin(), out.end(),
                   [](const FacetCount& a, const FacetCount& b) { return a.count > b.count; });
  if (out.size() > limit) {
    // The chosen places stay listed however few their articles, after the top ones.
    const auto cut = out.begin() + limit;
    const auto kept = std::stable_partition(
        cut, out.end(), [&](const FacetCount& c) { return is_chosen(c, chosen); });
    out.erase(kept, out.end());
  }
  return out;
}

}  // namespace

void FacetSpies::attach(Xapian::Enquire& enquire) {
  enquire.add_matchspy(&places);
  enquire.add_matchspy(&countries);
  enquire.add_matchspy(&days);
}

bool saw_every_match(const FacetSpies& spies, const Xapian::MSet& mset,
                     Xapian::doccount check_at_least) {
  return spies.seen() < check_at_least ||
         spies.seen() == mset.get_uncollapsed_matches_upper_bound();
}

void FacetTally::add(const FacetSpies& spies) {
  split_combinations(spies.places, 1.0, places_);
  split_combinations(spies.countries, 1.0, countries_);
  for (auto it = spies.days.values_begin(); it != spies.days.values_end(); ++it)
    days_[*it] += it.get_termfreq();
  total_ += spies.seen();
  counted_ += spies.seen();
}

void FacetTally::add_sample(const FacetSpies& spies,
                            const std::function<double(std::string_view)>& day_weight,
                            double undated_weight) {
  double dated = 0;
  double dated_weighted = 0;
  for (auto it = spies.days.values_begin(); it != spies.days.values_end(); ++it) {
    const std::string yyyymmdd = *it;
    const double documents = it.get_termfreq();
    const double weighted = documents * day_weight(yyyymmdd);
    days_[yyyymmdd] += weighted;
    dated += documents;
    dated_weighted += weighted;
  }
  const double undated = spies.seen() - dated;
  // Places and countries are not counted day by day: the sample's documents as a whole stand
  // for as many matches as its days say (a ratio estimate).
  const double seen_weighted = dated_weighted + undated * undated_weight;
  const double weight = spies.seen() > 0 ? seen_weighted / spies.seen() : 0.0;
  split_combinations(spies.places, weight, places_);
  split_combinations(spies.countries, weight, countries_);
  total_ += seen_weighted;
  counted_ += spies.seen();
  exact_ = false;
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

Facets collect_facets(const FacetTally& tally, unsigned place_limit, DateGranularity requested,
                      const std::vector<std::string>& chosen) {
  Facets f;
  f.exact = tally.exact();
  f.places = top(tally.places(), place_limit, chosen);
  f.countries = top(tally.countries(), place_limit, chosen);

  double dated = 0;
  std::vector<FacetCount> all_days;
  std::vector<double> month_counts;
  std::vector<double> year_counts;
  for (const auto& [yyyymmdd, n] : tally.days()) {  // ascending: values in byte order
    dated += n;
    if (!is_day(yyyymmdd)) continue;
    const std::string year = yyyymmdd.substr(0, 4);
    const std::string month = year + "-" + yyyymmdd.substr(4, 2);
    const std::size_t m = static_cast<std::size_t>(std::stoi(yyyymmdd.substr(4, 2)) + 11) % 12;
    const int day = std::stoi(yyyymmdd.substr(6, 2));
    all_days.push_back({month + "-" + yyyymmdd.substr(6, 2),
                        fmt::format("{} {} {}", day, month_names[m], year), whole(n)});
    if (f.months.empty() || f.months.back().value != month) {
      f.months.push_back({month, fmt::format("{} {}", month_names[m], year), 0});
      month_counts.push_back(0);
    }
    month_counts.back() += n;
    if (f.years.empty() || f.years.back().value != year) {
      f.years.push_back({year, year, 0});
      year_counts.push_back(0);
    }
    year_counts.back() += n;
  }
  // Months and years are rounded from their own sums, not summed from rounded days.
  for (std::size_t i = 0; i < f.months.size(); ++i) f.months[i].count = whole(month_counts[i]);
  for (std::size_t i = 0; i < f.years.size(); ++i) f.years[i].count = whole(year_counts[i]);
  f.undated = whole(std::max(0.0, tally.total() - dated));

  f.date_granularity = requested;
  if (requested == DateGranularity::automatic) {
    f.date_granularity =
        all_days.empty()
            ? DateGranularity::day
            : choose_date_granularity(parse_day_bound(all_days.front().value, false).value_or(0),
                                      parse_day_bound(all_days.back().value, false).value_or(0));
  }
  if (!f.exact && f.date_granularity == DateGranularity::day)
    f.date_granularity = DateGranularity::month;
  if (f.date_granularity == DateGranularity::day) f.days = std::move(all_days);
  return f;
}

}  // namespace dateline
