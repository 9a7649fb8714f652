#include "day_sample.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <utility>
#include <vector>

#include "schema.h"
#include "text.h"

namespace dateline {

namespace {

// FNV-1a's low bits vary little between dates a day apart: mixed (splitmix64's finaliser) so
// that which days are picked looks random, yet is the same for every search of the archive.
std::uint64_t day_hash(std::string_view term) {
  std::uint64_t h = fnv1a64(term);
  h = (h ^ (h >> 30)) * 0xbf58476d1ce4e5b9ULL;
  h = (h ^ (h >> 27)) * 0x94d049bb133111ebULL;
  return h ^ (h >> 31);
}

struct Day {
  std::uint64_t hash;
  std::string term;
  Xapian::doccount articles;
};

}  // namespace

double DaySample::day_weight(std::string_view yyyymmdd) const {
  const auto it = month_weight.find(yyyymmdd.substr(0, 6));
  return it == month_weight.end() ? 0.0 : it->second;
}

DaySample sample_days(const Xapian::Database& db, double fraction) {
  const std::string prefix(schema::prefix::day);
  constexpr std::size_t term_size = 9;  // D + YYYYMMDD
  DaySample sample;
  std::vector<Xapian::Query> terms;
  std::vector<Day> month;  // the days of one month: terms come in date order
  auto sample_month = [&] {
    if (month.empty()) return;
    double articles = 0;
    for (const Day& d : month) articles += d.articles;
    const auto keep = std::clamp<std::size_t>(
        static_cast<std::size_t>(std::llround(fraction * static_cast<double>(month.size()))), 1,
        month.size());
    std::partial_sort(month.begin(), month.begin() + static_cast<std::ptrdiff_t>(keep), month.end(),
                      [](const Day& a, const Day& b) { return a.hash < b.hash; });
    double sampled = 0;
    for (std::size_t i = 0; i < keep; ++i) {
      sampled += month[i].articles;
      terms.emplace_back(month[i].term);
    }
    sample.month_weight[month.front().term.substr(prefix.size(), 6)] =
        sampled > 0 ? articles / sampled : 0.0;
    sample.days += month.size();
    sample.sampled_days += keep;
    month.clear();
  };
  for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it) {
    std::string term = *it;
    if (term.size() != term_size) continue;
    if (!month.empty() && month.front().term.compare(0, 7, term, 0, 7) != 0) sample_month();
    month.push_back({day_hash(term), std::move(term), it.get_termfreq()});
  }
  sample_month();
  sample.filter = Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
  return sample;
}

}  // namespace dateline
