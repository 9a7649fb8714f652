// The gazetteer and the place resolver, on the real GeoNames files (libtimezonemap-data).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "place_test_support.h"

using namespace dateline;

using namespace dateline::testing;

namespace {

std::string dateline_id(const std::string& dateline) {
  const auto places = resolve("", "", dateline);
  return places.empty() ? std::string() : places.front().id;
}

}  // namespace

TEST_SUITE("indexer") {
  TEST_CASE("Kiev, Kyiv and Київ are one place with its region and country") {
    const auto city = gazetteer().index_of("kyiv-ua");
    REQUIRE(city);
    for (const char* name : {"Kiev", "Kyiv", "Київ", "KYIV"}) {
      CAPTURE(name);
      const auto& found = gazetteer().lookup(name);
      CHECK(std::find(found.begin(), found.end(), *city) != found.end());
    }
    const auto* e = gazetteer().by_id("kyiv-ua");
    REQUIRE(e != nullptr);
    CHECK(e->name == "Kyiv");
    CHECK(e->country == "UA");
    CHECK(e->region == "ua-12");
    CHECK(gazetteer().by_id("ua")->name == "Ukraine");
  }

  TEST_CASE("datelines in every convention of the corpora") {
    CHECK(dateline_id("MIAMI") == "miami-us");
    CHECK(dateline_id("KYIV, Ukraine (AP)") == "kyiv-ua");
    CHECK(dateline_id("LONDON, March 9") == "london-gb");
    CHECK(dateline_id("WASHINGTON (Reuters)") == "washington-d-c-us");
    CHECK(dateline_id("PARIS") == "paris-fr");
    CHECK(dateline_id("SALVADOR, Feb 26") == "salvador-br");
    // AP state abbreviations narrow a US town down.
    CHECK(gazetteer().by_id(dateline_id("CAMBRIDGE, Mass., April 9"))->country == "US");
    CHECK(gazetteer().by_id(dateline_id("SAN MATEO, Calif., March 2"))->country == "US");
    CHECK(dateline_id("PARIS, Texas") == "paris-us");  // the only Paris of the US in GeoNames' list
    CHECK(gazetteer().by_id("paris-us")->region == "us-tx");
  }

  TEST_CASE("a dateline place counts as the dateline, with its country") {
    const auto places = resolve("Talks", "U.S. special envoy Steve Witkoff held talks.", "MIAMI");
    REQUIRE_FALSE(places.empty());
    CHECK(places[0].id == "miami-us");
    CHECK(places[0].role == PlaceRole::dateline);
    CHECK(places[0].country == "US");
    CHECK(places[0].region_name == "Florida");
    CHECK(places[0].country_name == "United States");
  }

  TEST_CASE("source tags, including Reuters' codes for countries that no longer exist") {
    CHECK(ids(resolve("", "", "", {"usa"})) == "us/tag");
    CHECK(ids(resolve("", "", "", {"west-germany"})) == "de/tag");
    CHECK(ids(resolve("", "", "", {"ussr"})) == "su/tag");
    CHECK(ids(resolve("", "", "", {"uk"})) == "gb/tag");
    CHECK(ids(resolve("", "", "", {"el-salvador"})) == "sv/tag");
  }

  TEST_CASE("demonyms count towards their country") {
    const auto places =
        resolve("",
                "Ukrainian officials met Russian envoys. Ukrainians and Russians agreed. "
                "Ukrainian and Russian teams will meet again.");
    CHECK(has(places, "ua"));
    CHECK(has(places, "ru"));
  }

  TEST_CASE("Odesa region is the Odesa oblast, not the city") {
    const auto places =
        resolve("", "Officials in the Odesa region reported 9,500 subscribers without heating.");
    CHECK(has(places, "ua-17"));
    CHECK_FALSE(has(places, "odesa-ua"));
  }

  TEST_CASE("Georgia is the US state in a story from Atlanta, the country in one from Tbilisi") {
    CHECK(has(
        resolve("",
                "Voters in Georgia went to the polls. Georgia counted all night. Georgia decided.",
                "ATLANTA"),
        "us-ga"));
    CHECK(has(resolve("", "Voters in Georgia went to the polls.", "TBILISI"), "ge"));
  }

  TEST_CASE("Paris, Texas is not Paris, France") {
    const auto places = resolve("", "The plant in Paris, Texas, will close.", "DALLAS");
    CHECK(has(places, "paris-us"));
    CHECK_FALSE(has(places, "paris-fr"));
  }

  TEST_CASE("Jordan the person is not Jordan the country") {
    CHECK_FALSE(has(
        resolve("", "Michael Jordan scored 40 points. Michael Jordan smiled. Michael Jordan left."),
        "jo"));
    CHECK(has(resolve("", "King Hussein arrived in Jordan for talks."), "jo"));
  }

  TEST_CASE("common words and translated alternate names are not towns") {
    // "March" (a town in England), "Reading", "Police" (Poland) and "White House" (an
    // alternate name of Casablanca) are words here.
    const auto places =
        resolve("", "March sales rose. Reading the figures, Police said the White House was told.");
    CHECK(places.empty());
  }

  TEST_CASE("a town inside a longer name is not a mention") {
    CHECK_FALSE(has(resolve("", "Shares on the Tokyo Stock Exchange fell."), "tokyo-jp"));
    CHECK(has(resolve("", "Shares fell in Tokyo today, dealers in Tokyo said."), "tokyo-jp"));
  }

  TEST_CASE(
      "the scraped sample: Miami dateline; Kyiv, Moscow, Fastiv and Odesa mentioned; US, UA, RU") {
    const std::string body =
        "U.S. special envoy Steve Witkoff held two days of talks with Ukraine’s senior negotiator "
        "Rustem "
        "Umerov in Miami, U.S. officials said Friday. Witkoff met Russian President Vladimir Putin "
        "in "
        "Moscow this week. Kyiv’s air force said Russia struck with 653 drones. A drone strike "
        "burned the "
        "main railway station building in Fastiv, about 70 kilometers southwest of Kyiv. Officials "
        "in "
        "the Odesa region reported outages. Russia has repeatedly targeted Ukraine’s power grid.";
    const auto places = resolve(
        "U.S. and Ukrainian Officials Extend Talks into Third Consecutive Day", body, "MIAMI");
    CAPTURE(ids(places));
    REQUIRE_FALSE(places.empty());
    CHECK(places[0].id == "miami-us");
    for (const char* id : {"kyiv-ua", "moscow-ru", "fastiv-ua", "ua-17"}) {
      CAPTURE(id);
      CHECK(has(places, id));
    }
    std::vector<std::string> countries;
    for (const auto& p : places) countries.push_back(p.country);
    for (const char* cc : {"US", "UA", "RU"})
      CHECK(std::find(countries.begin(), countries.end(), cc) != countries.end());
  }
}
