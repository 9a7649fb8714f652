#include "ranking.h"

#include <array>
#include <utility>

namespace dateline {

namespace {

constexpr std::array<std::pair<Weighting, std::string_view>, 6> names{{
    {Weighting::bm25, "bm25"},
    {Weighting::bm25plus, "bm25+"},
    {Weighting::dph, "dph"},
    {Weighting::dlh, "dlh"},
    {Weighting::pl2plus, "pl2+"},
    {Weighting::lm, "lm"},
}};

// BM25 with k1 = 1.5 and b = 0.75, tuned with bench/eval on CRAN, MED and NPL: the only
// setting tried (k1 1.0-2.0, b 0.5-0.9) that beat FTS5 and plain Xapian on all three in both
// MAP and nDCG@10. Xapian's defaults (1.0, 0.5) under-weight repeated words and long documents'
// normalisation.
constexpr double k1 = 1.5, k2 = 0, k3 = 1, b = 0.75, min_normlen = 0.5;

// LM with Dirichlet smoothing: mu is about the collections' average document length times a
// few (Zhai & Lafferty's 2,000 is for web pages; news and abstracts are shorter).
constexpr double dirichlet_mu = 1000;

}  // namespace

std::string_view weighting_name(Weighting w) {
  for (const auto& [value, name] : names)
    if (value == w) return name;
  return "bm25";
}

std::optional<Weighting> weighting_from_name(std::string_view name) {
  for (const auto& [value, n] : names)
    if (n == name) return value;
  return std::nullopt;
}

std::vector<std::string> weighting_names() {
  std::vector<std::string> out;
  for (const auto& [value, name] : names) out.emplace_back(name);
  return out;
}

std::unique_ptr<Xapian::Weight> make_weight(Weighting w) {
  switch (w) {
    case Weighting::bm25plus:
      return std::make_unique<Xapian::BM25PlusWeight>(k1, k2, k3, b, min_normlen, 1.0);
    case Weighting::dph:
      return std::make_unique<Xapian::DPHWeight>();
    case Weighting::dlh:
      return std::make_unique<Xapian::DLHWeight>();
    case Weighting::pl2plus:
      return std::make_unique<Xapian::PL2PlusWeight>();
    case Weighting::lm:
      return std::make_unique<Xapian::LMWeight>(0.0, Xapian::Weight::DIRICHLET_SMOOTHING,
                                                dirichlet_mu, dirichlet_mu);
    case Weighting::bm25:
      break;
  }
  return std::make_unique<Xapian::BM25Weight>(k1, k2, k3, b, min_normlen);
}

}  // namespace dateline
