// Learns the salience model (indexer/places/salience_model.h): which countries a story names
// are places of the story. Examples are the countries named in Reuters-21578 TRAIN stories with
// their tags removed, each story taken twice: with its dateline, and without it (as most modern
// news comes, the text alone speaks), a country being a positive example when the story's
// PLACES tags hold it; and the countries named in the hand-labelled BBC training set
// (bench/places/bbc-train.tsv, disjoint from the development set), weighted as much as Reuters.
// Fits a logistic regression by iteratively reweighted least squares with a small ridge, chooses
// the threshold with the best mean F1 over the two, and prints the header (or writes it with
// --write PATH).
//
//   build/bench/place-salience-train [--write PATH] [--beta B] [--labels DIR] [CORPORA_DIR]
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

#include "place_corpora.h"
#include "place_labels.h"
#include "places/common_words.h"
#include "places/gazetteer.h"
#include "places/gazetteer_resolver.h"

using namespace dateline;
using namespace dateline::bench;

namespace {

constexpr std::size_t n = salience_features;
using Vec = std::array<double, n>;

struct Example {
  Vec x;
  bool positive;
  double weight = 1.0;
};

double sigmoid(double z) { return 1.0 / (1.0 + std::exp(-z)); }

double dot(const Vec& w, const Vec& x) {
  double z = 0;
  for (std::size_t i = 0; i < n; ++i) z += w[i] * x[i];
  return z;
}

// Solves A w = b by Gaussian elimination with partial pivoting (A is n x n, small).
Vec solve(std::array<Vec, n> a, Vec b) {
  for (std::size_t c = 0; c < n; ++c) {
    std::size_t pivot = c;
    for (std::size_t r = c + 1; r < n; ++r)
      if (std::abs(a[r][c]) > std::abs(a[pivot][c])) pivot = r;
    std::swap(a[c], a[pivot]);
    std::swap(b[c], b[pivot]);
    for (std::size_t r = c + 1; r < n; ++r) {
      const double f = a[r][c] / a[c][c];
      for (std::size_t k = c; k < n; ++k) a[r][k] -= f * a[c][k];
      b[r] -= f * b[c];
    }
  }
  Vec w{};
  for (std::size_t c = n; c-- > 0;) {
    double s = b[c];
    for (std::size_t k = c + 1; k < n; ++k) s -= a[c][k] * w[k];
    w[c] = s / a[c][c];
  }
  return w;
}

Vec fit(const std::vector<Example>& examples, double ridge) {
  Vec w{};
  for (int iteration = 0; iteration < 25; ++iteration) {
    std::array<Vec, n> hessian{};
    Vec gradient{};
    for (std::size_t i = 0; i < n; ++i) {
      hessian[i][i] = ridge;
      gradient[i] = -ridge * w[i];
    }
    for (const auto& e : examples) {
      const double p = sigmoid(dot(w, e.x));
      const double weight = e.weight * std::max(p * (1 - p), 1e-9);
      for (std::size_t i = 0; i < n; ++i) {
        gradient[i] += e.weight * ((e.positive ? 1.0 : 0.0) - p) * e.x[i];
        for (std::size_t k = 0; k < n; ++k) hessian[i][k] += weight * e.x[i] * e.x[k];
      }
    }
    const Vec step = solve(hessian, gradient);
    double change = 0;
    for (std::size_t i = 0; i < n; ++i) {
      w[i] += step[i];
      change = std::max(change, std::abs(step[i]));
    }
    if (change < 1e-8) break;
  }
  return w;
}

// F-beta of the examples at a threshold: beta 1 weighs precision and recall alike, beta 0.5
// precision more (a wrong place in a facet costs a reader's trust more than a missing one).
double f_at(const std::vector<Example>& examples, const Vec& w, double threshold,
            double beta = 1.0) {
  std::size_t tp = 0, fp = 0, fn = 0;
  for (const auto& e : examples) {
    const bool yes = sigmoid(dot(w, e.x)) >= threshold;
    if (yes && e.positive) ++tp;
    if (yes && !e.positive) ++fp;
    if (!yes && e.positive) ++fn;
  }
  const double b2 = beta * beta;
  const double t = static_cast<double>(tp);
  return tp ? (1 + b2) * t / ((1 + b2) * t + b2 * static_cast<double>(fn) + static_cast<double>(fp))
            : 0.0;
}

}  // namespace

int main(int argc, char** argv) {
  std::string corpora = DATELINE_SHARED_CORPORA;
  std::string labels = DATELINE_PLACE_LABELS;
  std::string write;
  // F1 by default; below 1 weighs precision more (a wrong place in a facet costs a reader's
  // trust more than a missing one), above 1 recall.
  double beta = 1.0;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--write" && i + 1 < argc)
      write = argv[++i];
    else if (a == "--beta" && i + 1 < argc)
      beta = std::stod(argv[++i]);
    else if (a == "--labels" && i + 1 < argc)
      labels = argv[++i];
    else
      corpora = a;
  }
  const Gazetteer gazetteer = Gazetteer::load(Gazetteer::default_dir());
  const CommonWords words = CommonWords::load();
  const GazetteerPlaceResolver resolver(gazetteer, words);

  std::vector<Example> wire, modern;
  std::size_t unknown = 0;
  for_each_reuters(corpora + "/reuters21578", [&](const std::string& split, Article&& a) {
    if (split != "TRAIN" || a.places.empty()) return;
    const auto gold = tag_countries(a, resolver, unknown);
    a.places.clear();
    // Each story twice: as wire copy (its dateline places it) and as most modern news comes,
    // without a dateline.
    for (int pass = 0; pass < 2; ++pass) {
      if (pass == 1) a.dateline.clear();
      for (const auto& [cc, ev] : resolver.mention_evidence(a))
        if (ev.mentions > 0) wire.push_back({features_of(ev), gold.contains(cc)});
    }
  });
  for (const auto& l : load_labels(labels + "/bbc-train.tsv")) {
    const auto a = read_one_article(corpora + "/" + l.id);
    if (!a || !l.countries) continue;
    for (const auto& [cc, ev] : resolver.mention_evidence(*a))
      if (ev.mentions > 0) modern.push_back({features_of(ev), l.countries->contains(cc)});
  }
  // The two kinds of text weigh the same in the fit, however many examples each has.
  std::vector<Example> examples = wire;
  for (auto e : modern) {
    e.weight = static_cast<double>(wire.size()) / static_cast<double>(modern.size());
    examples.push_back(e);
  }
  if (wire.empty() || modern.empty()) {
    fmt::print(stderr, "no examples: is {} the shared corpora folder?\n", corpora);
    return 1;
  }
  const Vec w = fit(examples, 1.0);

  // The threshold with the best mean F-beta over the two kinds of text.
  // The curve is flat near its top, so the middle of the thresholds within 0.002 of the best
  // is taken rather than the noisy argmax.
  std::vector<std::pair<double, double>> curve;  // threshold, mean F-beta
  double best = -1;
  for (double t = 0.2; t <= 0.8001; t += 0.025) {
    curve.emplace_back(t, (f_at(wire, w, t, beta) + f_at(modern, w, t, beta)) / 2);
    best = std::max(best, curve.back().second);
  }
  std::vector<double> near_best;
  for (const auto& [t, f] : curve)
    if (f >= best - 0.002) near_best.push_back(t);
  const double threshold = near_best[near_best.size() / 2];
  const double wire_f1 = f_at(wire, w, threshold), modern_f1 = f_at(modern, w, threshold);
  fmt::print(stderr,
             "Reuters-21578 TRAIN (tags hidden, with and without datelines): {} countries named, "
             "F1 {:.3f}; BBC training set: {} countries named, F1 {:.3f}; threshold {:.3f}\n",
             wire.size(), wire_f1, modern.size(), modern_f1, threshold);
  if (unknown > 0) fmt::print(stderr, "Reuters tags no country resolves: {}\n", unknown);

  std::string weights;
  for (std::size_t i = 0; i < n; ++i) weights += fmt::format("{}{:.4f}", i ? ", " : "", w[i]);
  const std::string header = fmt::format(
      "// Generated by build/bench/place-salience-train (bench/place_salience_train.cc) from\n"
      "// Reuters-21578 TRAIN (PLACES tags as labels, with and without datelines; {} countries\n"
      "// named, F1 {:.3f}) and bench/places/bbc-train.tsv ({} countries named, F1 {:.3f}),\n"
      "// weighted equally. Do not edit; run it again.\n"
      "#pragma once\n\n#include <array>\n\nnamespace dateline::salience_model {{\n\n"
      "// bias, in_title, first_sentence, log1p(mentions), share, specific, demonym_only,\n"
      "// first_position, most_named, log1p(kB), placed_elsewhere, located\n"
      "constexpr std::array<double, {}> weights{{{}}};\n"
      "constexpr double threshold = {:.3f};\n\n}}  // namespace dateline::salience_model\n",
      wire.size(), wire_f1, modern.size(), modern_f1, n, weights, threshold);
  if (write.empty()) {
    fmt::print("{}", header);
  } else {
    std::FILE* f = std::fopen(write.c_str(), "w");
    if (f == nullptr) {
      fmt::print(stderr, "{}: cannot write\n", write);
      return 1;
    }
    fmt::print(f, "{}", header);
    std::fclose(f);
  }
  return 0;
}
