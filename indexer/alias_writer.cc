#include "alias_writer.h"

#include "alias_table.h"
#include "text.h"

namespace dateline {

void AliasWriter::add_name(std::string_view name, const std::string& id,
                           Xapian::WritableDatabase& db) {
  if (slug(name).empty()) return;
  const std::string key = alias_key(name);
  std::string value = db.get_metadata(key);
  for (const auto& existing : split_alias_ids(value))
    if (existing == id) return;
  if (!value.empty()) value += ' ';
  value += id;
  db.set_metadata(key, value);
}

void AliasWriter::add(const PlaceAliases& aliases, Xapian::WritableDatabase& db) {
  if (aliases.id.empty() || !done_.insert(aliases.id).second) return;
  for (const auto& name : aliases.names) add_name(name, aliases.id, db);
}

void AliasWriter::note(const Place& place, const PlaceResolver& resolver,
                       Xapian::WritableDatabase& db) {
  for (const auto& a : place_aliases({place}, resolver)) add(a, db);
}

}  // namespace dateline
