// Measures place extraction at country and city level, on three kinds of text:
//  - Reuters-21578 stories of one split (LEWISSPLIT, TEST by default) WITHOUT their PLACES tags,
//    their countries compared with the gold tags (wire copy with a dateline on every story);
//  - the hand-labelled development sets in bench/places (BBC News, mini_newsgroups: modern and
//    informal text without datelines; rules in bench/places/LABELLING.md);
//  - city precision on Reuters TEST stories whose cities were labelled by hand, as indexed.
// A measuring tool, not a test: tune on TRAIN and the development sets, judge elsewhere.
//
//   build/bench/place-accuracy [--split TEST|TRAIN] [--errors N] [--explain CC] [--details SET]
//                              [--corpora DIR] [--labels DIR] [REUTERS_DIR]
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "place_corpora.h"
#include "place_labels.h"
#include "places/common_words.h"
#include "places/gazetteer.h"
#include "places/gazetteer_resolver.h"

using namespace dateline;
using namespace dateline::bench;

namespace {

struct Options {
  std::string split = "TEST";
  std::size_t show = 20;
  std::string corpora = DATELINE_SHARED_CORPORA;
  std::string labels = DATELINE_PLACE_LABELS;
  std::string reuters;
  std::string explain;  // CC: print the places behind each Reuters error on CC
  std::string details;  // a set's name: print each of its articles' differences
};

std::set<std::string> countries_of(const std::vector<Place>& places) {
  std::set<std::string> out;
  for (const auto& p : places)
    if (!p.country.empty()) out.insert(p.country);
  return out;
}

void print_top(const std::map<std::string, std::size_t>& m, const char* what, std::size_t show) {
  std::vector<std::pair<std::size_t, std::string>> v;
  for (const auto& [k, n] : m) v.emplace_back(n, k);
  std::sort(v.rbegin(), v.rend());
  fmt::print("  most frequent {}:", what);
  for (std::size_t i = 0; i < std::min(show, v.size()); ++i)
    fmt::print(" {} {}", v[i].second, v[i].first);
  fmt::print("\n");
}

void print_score_line(const std::string& name, const Score& s, bool countries) {
  if (countries)
    fmt::print("{:<38} {:>6}  {:>9.3f} {:>6.3f} {:>6.3f}", name, s.articles,
               s.countries.precision(), s.countries.recall(), s.countries.f1());
  else
    fmt::print("{:<38} {:>6}  {:>9} {:>6} {:>6}", name, s.articles, "", "", "");
  const std::size_t cities = s.cities.tp + s.cities.fp;
  if (cities > 0 || s.story_cities.tp + s.story_cities.fn > 0)
    fmt::print("   {:>6.3f} ({:>4})  {:>6.3f}\n", s.cities.precision(), cities,
               s.story_cities.recall());
  else
    fmt::print("\n");
}

void print_errors(const std::string& name, const Score& s, std::size_t show) {
  fmt::print("{}:\n", name);
  print_top(s.false_countries, "false countries", show);
  print_top(s.missed_countries, "missed countries", show);
  fmt::print("  wrong cities:");
  for (std::size_t i = 0; i < std::min(show, s.wrong_cities.size()); ++i)
    fmt::print(" [{}]", s.wrong_cities[i]);
  fmt::print("\n");
}

std::string describe(const std::vector<Place>& places) {
  std::string out;
  for (const auto& p : places) out += fmt::format(" {}({})", p.id, role_name(p.role));
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    const bool has_value = i + 1 < argc;
    if (a == "--split" && has_value)
      o.split = argv[++i];
    else if (a == "--errors" && has_value)
      o.show = std::stoul(argv[++i]);
    else if (a == "--explain" && has_value)
      o.explain = argv[++i];
    else if (a == "--details" && has_value)
      o.details = argv[++i];
    else if (a == "--corpora" && has_value)
      o.corpora = argv[++i];
    else if (a == "--labels" && has_value)
      o.labels = argv[++i];
    else
      o.reuters = a;
  }
  if (o.reuters.empty()) o.reuters = o.corpora + "/reuters21578";
  const Gazetteer gazetteer = Gazetteer::load(Gazetteer::default_dir());
  const CommonWords words = CommonWords::load();
  const GazetteerPlaceResolver resolver(gazetteer, words);

  // Reuters: countries with the tags hidden, cities as indexed (tags given) on the labelled.
  std::map<std::string, Labels> reuters_cities;
  for (auto& l : load_labels(o.labels + "/reuters-test-cities.tsv")) reuters_cities[l.id] = l;
  Score reuters, reuters_city, reuters_bare;
  std::size_t unmapped = 0;
  for_each_reuters(o.reuters, [&](const std::string& split, Article&& a) {
    if (const auto it = reuters_cities.find(a.id); it != reuters_cities.end()) {
      const auto places = resolver.resolve(a);
      score(it->second, places, gazetteer, reuters_city);
      if (o.details == "reuters") fmt::print("{}:{}\n", a.id, describe(places));
    }
    if (split != o.split || a.places.empty()) return;
    Labels gold;
    gold.id = a.id;
    gold.countries = tag_countries(a, resolver, unmapped);
    gold.has_cities = false;
    a.places.clear();  // the extractor never sees the gold tags
    const auto places = resolver.resolve(a);
    if (!o.explain.empty()) {
      const auto found = countries_of(places);
      if (found.contains(o.explain) != gold.countries->contains(o.explain))
        fmt::print("{} {} {} (dateline '{}'):{}\n", o.explain,
                   found.contains(o.explain) ? "false" : "missed", a.id, a.dateline,
                   describe(places));
    }
    score(gold, places, gazetteer, reuters);
    // The same stories as modern news often comes: no dateline either.
    a.dateline.clear();
    score(gold, resolver.resolve(a), gazetteer, reuters_bare);
  });

  struct DevSet {
    std::string name, file, label;
  };
  const std::vector<DevSet> sets{
      {"bbc", "bbc-dev.tsv", "BBC News dev (hand-labelled)"},
      {"newsgroups", "newsgroups-dev.tsv", "mini_newsgroups dev (hand-labelled)"}};
  std::vector<std::pair<const DevSet*, Score>> dev;
  for (const auto& set : sets) {
    Score s;
    for (const auto& l : load_labels(o.labels + "/" + set.file)) {
      const auto article = read_one_article(o.corpora + "/" + l.id);
      if (!article) {
        fmt::print(stderr, "{}/{}: cannot read the article\n", o.corpora, l.id);
        continue;
      }
      const auto places = resolver.resolve(*article);
      if (o.details == set.name) {
        const auto found = countries_of(places);
        if (found != *l.countries) {
          fmt::print("{}: gold", l.id);
          for (const auto& c : *l.countries) fmt::print(" {}", c);
          fmt::print(" | found{}\n", describe(places));
        }
      }
      score(l, places, gazetteer, s);
    }
    dev.emplace_back(&set, std::move(s));
  }

  fmt::print("{:<38} {:>6}  {:>9} {:>6} {:>6}   {:>6} {:>6}  {:>6}\n", "set", "docs", "country P",
             "R", "F1", "city P", "(found)", "R");
  print_score_line(fmt::format("Reuters {} (tags hidden)", o.split), reuters, true);
  print_score_line(fmt::format("Reuters {} (tags, datelines hidden)", o.split), reuters_bare, true);
  print_score_line("Reuters TEST cities (hand-labelled)", reuters_city, false);
  for (const auto& [set, s] : dev) print_score_line(set->label, s, true);
  if (unmapped > 0) fmt::print("Reuters gold tags the gazetteer does not know: {}\n", unmapped);
  fmt::print("\n");
  print_errors(fmt::format("Reuters {}", o.split), reuters, o.show);
  print_errors("Reuters TEST cities", reuters_city, o.show);
  for (const auto& [set, s] : dev) print_errors(set->label, s, o.show);
  return 0;
}
