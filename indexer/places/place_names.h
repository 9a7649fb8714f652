// Names GeoNames lacks: former and short country names news uses (Reuters 1987 tags such as
// "ussr", "west-germany"), demonyms ("Ukrainian" counts towards Ukraine), and the modern
// English names of places GeoNames' 2022 snapshot still spells the old way (Kiev -> Kyiv).
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace dateline::place_names {

struct CountryName {
  std::string_view name;  // as written, any case; matched by slug()
  std::string_view iso2;
};

// Country names and codes beyond countryInfo.txt's own names.
std::span<const CountryName> extra_country_names();

// "Ukrainian" -> UA, "West German" -> DE. Plurals ("Ukrainians") are derived by the matcher.
std::span<const CountryName> demonyms();

// Upper-case abbreviations that name a country only when written in capitals: "US" (not "us"),
// "UK", "UAE", "USSR".
std::span<const CountryName> capital_abbreviations();

// A state that no longer exists keeps its own identity: a 1987 story about the USSR is not
// about Russia, and before `ended` a place in one of its successors counts under it.
struct FormerCountry {
  std::string_view iso2;        // ISO 3166-3's former alpha-2: "SU"
  std::string_view name;        // "Soviet Union"
  std::string_view names;       // other names, '|'-separated: "USSR|U.S.S.R.|ussr"
  std::string_view successors;  // ISO codes of the states on its former territory, ' '-separated
  std::int64_t ended = 0;       // Unix time of its end
};
std::span<const FormerCountry> former_countries();

struct Rename {
  std::uint32_t geonameid;  // for a city; 0 when `admin1` names a region
  std::string_view admin1;  // "UA.17" for a region
  std::string_view name;    // the modern English name
};

struct RegionAbbreviation {
  std::string_view abbreviation;  // AP style, as in datelines: "Calif.", "N.J.", "Ont."
  std::string_view admin1;        // "US.CA"
};

// The abbreviations wire datelines use for US states and Canadian provinces.
std::span<const RegionAbbreviation> region_abbreviations();

// Modern names that win over GeoNames' primary name for display and ids.
std::span<const Rename> renames();

}  // namespace dateline::place_names
