// Facet counting with Xapian's built-in ValueCountMatchSpy, which the remote backend runs too
// (issue 14): a run's spies count the slots of every document that run examines, and a tally
// adds up one or more runs into the Facets a reader sees. facet_counter.h decides which runs.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "results.h"
#include "schema.h"
#include "search_request.h"

namespace dateline {

// The spies of one run. A document's places are one value, its set of "id\tname\n" lines
// (schema.h), so the places and countries spies count combinations of places; FacetTally
// splits them into exact per-place counts.
struct FacetSpies {
  Xapian::ValueCountMatchSpy places{schema::slot::places};
  Xapian::ValueCountMatchSpy countries{schema::slot::countries};
  // Days give months and years too, and the span that picks the date granularity.
  Xapian::ValueCountMatchSpy days{schema::slot::day};

  void attach(Xapian::Enquire& enquire);
  // Documents the run examined, dated or not.
  Xapian::doccount seen() const { return days.get_total(); }
};

// Whether a run's spies saw every match of its query, given the `check_at_least` it ran with.
// The matcher examines every candidate until that many matches are kept (after collapsing), so
// seeing fewer means it ran out of matches; past it, only the count says, when it is exact
// (collapsing leaves Xapian's bounds apart even when every match was seen).
bool saw_every_match(const FacetSpies& spies, const Xapian::MSet& mset,
                     Xapian::doccount check_at_least);

// Counts added up from runs. A run that counted every match of its part of the query adds
// its counts as they are (exact); a run over a sample adds each dated document as the number
// of articles it stands for (its month's weight), and its places and countries scaled alike.
class FacetTally {
 public:
  // Every document `spies` saw, counted once.
  void add(const FacetSpies& spies);
  // A sample: each document dated `yyyymmdd` stands for day_weight(yyyymmdd) matches; an
  // undated one (there are none in a day sample) for `undated_weight`.
  void add_sample(const FacetSpies& spies,
                  const std::function<double(std::string_view yyyymmdd)>& day_weight,
                  double undated_weight);

  bool exact() const { return exact_; }
  double total() const { return total_; }
  // Documents the runs examined (not weighted).
  std::uint64_t counted() const { return counted_; }

  struct Place {
    std::string name;
    double count = 0;
    Xapian::doccount name_documents = 0;  // of the combination the name was taken from
  };
  const std::map<std::string, Place>& places() const { return places_; }
  const std::map<std::string, Place>& countries() const { return countries_; }
  const std::map<std::string, double>& days() const { return days_; }  // YYYYMMDD, ascending

 private:
  std::map<std::string, Place> places_;
  std::map<std::string, Place> countries_;
  std::map<std::string, double> days_;
  double total_ = 0;
  std::uint64_t counted_ = 0;
  bool exact_ = true;
};

// The finest date facet that stays readable for matches dated from `first_day` to `last_day`
// (days since 1970-01-01): days up to about two months, months up to about three years, years
// beyond.
DateGranularity choose_date_granularity(std::int32_t first_day, std::int32_t last_day);

// Facets from a tally: the top `place_limit` places and countries (most first, ties by id),
// every year and month, and every day when the granularity (`requested`, or chosen from the
// span when automatic) is day. An estimate goes no finer than months: a sample of days says
// nothing of the days it left out. Counts are rounded to whole articles. A place or country
// `chosen` names (by id or name, as a place filter does) is listed even past the top ones.
Facets collect_facets(const FacetTally& tally, unsigned place_limit, DateGranularity requested,
                      const std::vector<std::string>& chosen = {});

}  // namespace dateline
