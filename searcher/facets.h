// Facet counting over the whole match set (the Enquire is run with checkatleast = doccount).
#pragma once

#include <xapian.h>

#include <map>
#include <string>

#include "results.h"

namespace dateline {

// Counts the places of every matching document. Places are multi-valued, so they live in one
// slot as "id\tname\n" lines (schema.h) and Xapian's ValueCountMatchSpy cannot count them.
class PlaceCountSpy final : public Xapian::MatchSpy {
 public:
  void operator()(const Xapian::Document& doc, double weight) override;
  Xapian::MatchSpy* clone() const override { return new PlaceCountSpy(); }
  std::string name() const override { return "dateline.PlaceCountSpy"; }

  struct Entry {
    std::string name;
    std::uint64_t count = 0;
  };
  const std::map<std::string, Entry>& counts() const { return counts_; }

 private:
  std::map<std::string, Entry> counts_;
};

// Facets from the spies after get_mset(): top `place_limit` places, every year and month.
Facets collect_facets(const PlaceCountSpy& places, const Xapian::ValueCountMatchSpy& months,
                      unsigned place_limit);

}  // namespace dateline
