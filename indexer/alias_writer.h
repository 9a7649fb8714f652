// The writing side of the alias table (schema.h; the reading side, place_ids_for, is in
// common/alias_table.h): every name of every place the index holds, mapped to its ids.
#pragma once

#include <xapian.h>

#include <set>
#include <string>
#include <string_view>

#include "analysis.h"
#include "place.h"
#include "places/place_resolver.h"

namespace dateline {

class AliasWriter {
 public:
  // Adds the names of one place to `db`'s alias table, once per id per writer.
  void add(const PlaceAliases& aliases, Xapian::WritableDatabase& db);
  // The names `resolver` gives `place`, its region and its country (analysis.h's place_aliases).
  void note(const Place& place, const PlaceResolver& resolver, Xapian::WritableDatabase& db);

 private:
  void add_name(std::string_view name, const std::string& id, Xapian::WritableDatabase& db);
  std::set<std::string> done_;
};

}  // namespace dateline
