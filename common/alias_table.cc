#include "alias_table.h"

#include "schema.h"
#include "text.h"

namespace dateline {

std::vector<std::string> split_alias_ids(const std::string& value) {
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

std::vector<std::string> place_ids_for(const Xapian::Database& db, std::string_view name) {
  const std::string key = slug(name);
  if (key.empty()) return {};
  auto ids = split_alias_ids(db.get_metadata(alias_key(name)));
  if (ids.empty()) ids.push_back(key);
  return ids;
}

}  // namespace dateline
