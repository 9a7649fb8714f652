// Measures place extraction: runs the resolver over Reuters-21578 records of one split
// (LEWISSPLIT, TEST by default) WITHOUT their PLACES tags, and compares the countries found with
// the gold PLACES at country level. Prints micro precision, recall and F1 and the most frequent
// errors. A measuring tool, not a test: tune on TRAIN, report TEST.
//
//   build/bench/place-accuracy [--split TEST|TRAIN] [--errors N] [REUTERS_DIR]
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "file_io.h"
#include "places/common_words.h"
#include "places/gazetteer.h"
#include "places/gazetteer_resolver.h"
#include "readers/reader.h"

namespace fs = std::filesystem;
using namespace dateline;

namespace {

std::set<std::string> countries_of(const std::vector<Place>& places) {
  std::set<std::string> out;
  for (const auto& p : places)
    if (!p.country.empty()) out.insert(p.country);
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  std::string split = "TEST";
  std::size_t show = 20;
  std::string dir = "../shared/corpora/reuters21578";
  std::string explain;  // --explain CC: print the places behind each false positive CC
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--split" && i + 1 < argc)
      split = argv[++i];
    else if (a == "--errors" && i + 1 < argc)
      show = std::stoul(argv[++i]);
    else if (a == "--explain" && i + 1 < argc)
      explain = argv[++i];
    else
      dir = a;
  }
  const Gazetteer gazetteer = Gazetteer::load(Gazetteer::default_dir());
  const CommonWords words = CommonWords::load();
  const GazetteerPlaceResolver resolver(gazetteer, words);

  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".sgm") files.push_back(e.path());
  std::sort(files.begin(), files.end());

  const std::regex attrs(R"re(LEWISSPLIT="(\w+)"[^>]*NEWID="(\d+)")re");
  std::size_t docs = 0, tp = 0, fp = 0, fn = 0, unmapped = 0;
  std::map<std::string, std::size_t> false_pos, false_neg;
  std::map<std::string, std::size_t> unmapped_tags;
  for (const auto& path : files) {
    std::string error;
    const std::string content = read_whole_file(path.string(), error).value_or(std::string());
    std::set<std::string> in_split;
    for (std::sregex_iterator it(content.begin(), content.end(), attrs), end; it != end; ++it)
      if ((*it)[1] == split) in_split.insert("reuters21578:" + (*it)[2].str());

    ReaderOutput out;
    out.problem = [](Problem&&) {};
    out.article = [&](Article&& a) {
      if (!in_split.contains(a.id) || a.places.empty()) return;
      std::set<std::string> gold;
      for (const auto& tag : a.places) {
        Article only_tag;
        only_tag.places = {tag};
        const auto c = countries_of(resolver.resolve(only_tag));
        if (c.empty()) {
          ++unmapped;
          ++unmapped_tags[tag.text];
        }
        gold.insert(c.begin(), c.end());
      }
      a.places.clear();  // the extractor never sees the gold tags
      const auto places = resolver.resolve(a);
      const std::set<std::string> found = countries_of(places);
      if (!explain.empty() && !found.contains(explain) && gold.contains(explain)) {
        fmt::print("missed {} in {} (dateline '{}'): found", explain, a.id, a.dateline);
        for (const auto& p : places) fmt::print(" {}", p.id);
        fmt::print("\n");
      }
      if (!explain.empty() && found.contains(explain) && !gold.contains(explain)) {
        for (const auto& p : places)
          if (p.country == explain)
            fmt::print("{} {} {} ({})\n", a.id, p.id, role_name(p.role), p.kind);
      }
      ++docs;
      for (const auto& c : found) {
        if (gold.contains(c))
          ++tp;
        else
          ++fp, ++false_pos[c];
      }
      for (const auto& c : gold)
        if (!found.contains(c)) ++fn, ++false_neg[c];
    };
    read_articles(Format::reuters, content, SourceFile{path.string(), path.string()}, out);
  }

  const double precision = tp + fp ? static_cast<double>(tp) / static_cast<double>(tp + fp) : 0;
  const double recall = tp + fn ? static_cast<double>(tp) / static_cast<double>(tp + fn) : 0;
  const double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
  fmt::print(
      "Reuters-21578 {} split: {} stories with PLACES tags (tags hidden from the extractor)\n",
      split, docs);
  fmt::print("country level: precision {:.3f}  recall {:.3f}  F1 {:.3f}  (tp {}, fp {}, fn {})\n",
             precision, recall, f1, tp, fp, fn);
  if (unmapped > 0) {
    fmt::print("gold tags the gazetteer does not know: {}\n", unmapped);
    for (const auto& [t, n] : unmapped_tags) fmt::print("  {} x{}\n", t, n);
  }
  auto top = [&](const std::map<std::string, std::size_t>& m, const char* what) {
    std::vector<std::pair<std::size_t, std::string>> v;
    for (const auto& [k, n] : m) v.emplace_back(n, k);
    std::sort(v.rbegin(), v.rend());
    fmt::print("most frequent {}:", what);
    for (std::size_t i = 0; i < std::min(show, v.size()); ++i)
      fmt::print(" {} {}", v[i].second, v[i].first);
    fmt::print("\n");
  };
  top(false_pos, "false positives (found, not in gold)");
  top(false_neg, "false negatives (in gold, not found)");
  return 0;
}
