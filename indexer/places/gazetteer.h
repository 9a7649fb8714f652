// The gazetteer: GeoNames as Debian ships it in libtimezonemap-data (cities15000.txt,
// admin1Codes.txt, countryInfo.txt; CC BY 4.0), loaded once into flat vectors and one name
// index. Only the indexer loads it; the searcher resolves names through aliases the indexer
// stored in the database (schema.h), so a CGI request never parses these 5 MB.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dateline {

struct GazetteerEntry {
  enum class Kind : std::uint8_t { country, region, city };
  Kind kind = Kind::city;
  std::string id;       // canonical: "ua" (country), "ua-12" (region), "kyiv-ua" (city)
  std::string name;     // as an English-language reader writes it: "Kyiv", "Odesa Oblast"
  std::string country;  // ISO 3166 alpha-2, upper case
  std::string region;   // id of the admin region ("ua-12"); empty for countries
  std::uint32_t population = 0;
  bool capital = false;
  std::uint8_t own_names = 1;  // names_of() starts with the place's own names (primary, ASCII,
                               // a modern rename); the rest are aliases ("Africa" for Mahdia)
};

class Gazetteer {
 public:
  // Reads the three GeoNames files from `dir`; throws std::runtime_error naming a missing or
  // malformed file.
  static Gazetteer load(const std::string& dir);
  // $DATELINE_GAZETTEER, else Debian's /usr/share/libtimezonemap/ui.
  static std::string default_dir();

  // Entries a name may mean, by slug(name): "kiev", "kyiv" and "київ" all give Kyiv.
  // `for_mentions` restricts to names fit for finding places in running text (no airport
  // codes, no abbreviations, Latin script); queries and tags use every alternate name.
  const std::vector<std::uint32_t>& lookup(std::string_view name, bool for_mentions = false) const;

  const GazetteerEntry& entry(std::uint32_t index) const { return entries_[index]; }
  // Whether one of `entries` is a country ("Georgia", "Jordan").
  bool any_country(const std::vector<std::uint32_t>& entries) const;
  // The country entry for an ISO code ("UA" or "ua"), or nullptr.
  const GazetteerEntry* country(std::string_view iso2) const;
  const GazetteerEntry* by_id(std::string_view id) const;
  std::optional<std::uint32_t> index_of(std::string_view id) const;
  // Every name of an entry (primary, ASCII and alternate), for the database's alias table.
  const std::vector<std::string>& names_of(std::uint32_t index) const { return names_[index]; }
  std::size_t size() const { return entries_.size(); }

 private:
  std::uint32_t add(GazetteerEntry entry, std::vector<std::string> names);
  void index_name(std::uint32_t index, std::string_view name, bool for_mentions);

  std::vector<GazetteerEntry> entries_;
  std::vector<std::vector<std::string>> names_;
  std::unordered_map<std::string, std::vector<std::uint32_t>> all_names_;
  std::unordered_map<std::string, std::vector<std::uint32_t>> mention_names_;
  std::unordered_map<std::string, std::uint32_t> ids_;
};

}  // namespace dateline
