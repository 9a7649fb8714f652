#include "alias_table.h"

#include "schema.h"
#include "text.h"

namespace dateline {

namespace {

std::vector<std::string> split_ids(const std::string& value) {
  std::vector<std::string> ids;
  std::string_view rest = value;
  while (!rest.empty()) {
    const auto space = rest.find(' ');
    if (space != 0) ids.emplace_back(rest.substr(0, space));
    if (space == std::string_view::npos) break;
    rest.remove_prefix(space + 1);
  }
  return ids;
}

std::string alias_key(std::string_view name) {
  return make_term(schema::alias_key_prefix, slug(name));
}

}  // namespace

void AliasWriter::add(std::string_view name, const std::string& id, Xapian::WritableDatabase& db) {
  if (slug(name).empty()) return;
  const std::string key = alias_key(name);
  std::string value = db.get_metadata(key);
  for (const auto& existing : split_ids(value))
    if (existing == id) return;
  if (!value.empty()) value += ' ';
  value += id;
  db.set_metadata(key, value);
}

void AliasWriter::note(const Place& place, const PlaceResolver& resolver, Xapian::WritableDatabase& db) {
  auto record = [&](const Place& p) {
    if (p.id.empty() || !done_.insert(p.id).second) return;
    for (const auto& name : resolver.aliases(p)) add(name, p.id, db);
  };
  record(place);
  if (!place.region.empty()) {
    Place region;
    region.id = place.region;
    region.name = place.region_name;
    record(region);
  }
  if (!place.country.empty()) {
    Place country;
    country.id = slug(place.country);
    country.name = place.country_name;
    record(country);
  }
}

std::vector<std::string> place_ids_for(const Xapian::Database& db, std::string_view name) {
  const std::string key = slug(name);
  if (key.empty()) return {};
  auto ids = split_ids(db.get_metadata(alias_key(name)));
  if (ids.empty()) ids.push_back(key);
  return ids;
}

}  // namespace dateline
