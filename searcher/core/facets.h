// Facet counting over the whole match set (the Enquire is run with checkatleast = doccount).
#pragma once

#include <xapian.h>

#include <cstdint>
#include <map>
#include <string>

#include "results.h"
#include "schema.h"
#include "search_request.h"

namespace dateline {

// Counts the places (or countries) of every matching document. They are multi-valued, so they
// live in one slot as "id\tname\n" lines (schema.h) and Xapian's ValueCountMatchSpy cannot
// count them.
class PlaceCountSpy final : public Xapian::MatchSpy {
 public:
  explicit PlaceCountSpy(unsigned slot = schema::slot::places) : slot_(slot) {}
  void operator()(const Xapian::Document& doc, double weight) override;
  Xapian::MatchSpy* clone() const override { return new PlaceCountSpy(slot_); }
  std::string name() const override { return "dateline.PlaceCountSpy"; }

  struct Entry {
    std::string name;
    std::uint64_t count = 0;
  };
  const std::map<std::string, Entry>& counts() const { return counts_; }

 private:
  unsigned slot_;
  std::map<std::string, Entry> counts_;
};

// The finest date facet that stays readable for matches dated from `first_day` to `last_day`
// (days since 1970-01-01): days up to about two months, months up to about three years, years
// beyond.
DateGranularity choose_date_granularity(std::int32_t first_day, std::int32_t last_day);

// Facets from the spies after get_mset(): the top `place_limit` places and countries, every
// year and month, and every day when the granularity (`requested`, or chosen from the span
// when automatic) is day. `days` counts slot::day (YYYYMMDD), which gives all three.
Facets collect_facets(const PlaceCountSpy& places, const PlaceCountSpy& countries,
                      const Xapian::ValueCountMatchSpy& days, unsigned place_limit,
                      DateGranularity requested);

}  // namespace dateline
