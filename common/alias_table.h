// The alias table in the database's metadata (schema.h): every name of every place the index
// holds, mapped to canonical place ids. The indexer writes it from the gazetteer
// (indexer/alias_writer.h); the searcher reads it, so `place:kiev`, `place:Київ` and
// `country:ukraine` resolve without loading GeoNames.
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <vector>

namespace dateline {

// Place ids a typed name may mean: the alias table's entry for slug(name), else the slug itself
// (a place the gazetteer does not know is stored under its slug).
std::vector<std::string> place_ids_for(const Xapian::Database& db, std::string_view name);

// The metadata key of a name's entry, and the ids an entry holds (space-separated): shared
// with the writer.
std::string alias_key(std::string_view name);
std::vector<std::string> split_alias_ids(const std::string& value);

}  // namespace dateline
