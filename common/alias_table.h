// The alias table in the database's metadata (schema.h): every name of every place the index
// holds, mapped to canonical place ids. The indexer writes it from the gazetteer; the searcher
// reads it, so `place:kiev`, `place:Київ` and `country:ukraine` resolve without loading GeoNames.
#pragma once

#include <xapian.h>

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "places.h"

namespace dateline {

class AliasWriter {
 public:
  // Records the names of `place` and of its region and country, once per id per run.
  void note(const Place& place, const PlaceResolver& resolver, Xapian::WritableDatabase& db);

 private:
  void add(std::string_view name, const std::string& id, Xapian::WritableDatabase& db);
  std::set<std::string> done_;
};

// Place ids a typed name may mean: the alias table's entry for slug(name), else the slug itself
// (a place the gazetteer does not know is stored under its slug).
std::vector<std::string> place_ids_for(const Xapian::Database& db, std::string_view name);

}  // namespace dateline
