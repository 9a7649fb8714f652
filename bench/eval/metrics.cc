#include "metrics.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <unordered_set>

namespace dateline::eval {

namespace {

// The gain at each rank of the first k. A document listed twice earns its gain once: a system
// that repeated a relevant hit must not be paid twice for it.
std::vector<double> gains(const Ranking& ranking, const Judgments& judgments, std::size_t k) {
  std::vector<double> out;
  std::unordered_set<std::string> seen;
  const std::size_t n = std::min(k, ranking.size());
  out.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    const auto j = judgments.find(ranking[i]);
    const bool first = seen.insert(ranking[i]).second;
    out.push_back(first && j != judgments.end() && j->second > 0 ? j->second : 0.0);
  }
  return out;
}

std::size_t relevant_in_first(const Ranking& ranking, const Judgments& judgments, std::size_t k) {
  const auto g = gains(ranking, judgments, k);
  return static_cast<std::size_t>(
      std::count_if(g.begin(), g.end(), [](double x) { return x > 0; }));
}

double dcg(const std::vector<double>& gains_by_rank) {
  double sum = 0;
  for (std::size_t i = 0; i < gains_by_rank.size(); ++i)
    sum += gains_by_rank[i] / std::log2(static_cast<double>(i) + 2.0);
  return sum;
}

}  // namespace

std::size_t relevant_count(const Judgments& judgments) {
  return static_cast<std::size_t>(std::count_if(judgments.begin(), judgments.end(),
                                                [](const auto& j) { return j.second > 0; }));
}

double average_precision(const Ranking& ranking, const Judgments& judgments) {
  const std::size_t r = relevant_count(judgments);
  if (r == 0) return 0;
  const auto g = gains(ranking, judgments, ranking.size());
  double sum = 0;
  std::size_t found = 0;
  for (std::size_t i = 0; i < g.size(); ++i) {
    if (g[i] <= 0) continue;
    ++found;
    sum += static_cast<double>(found) / static_cast<double>(i + 1);
  }
  return sum / static_cast<double>(r);
}

double precision_at(const Ranking& ranking, const Judgments& judgments, std::size_t k) {
  if (k == 0) return 0;
  return static_cast<double>(relevant_in_first(ranking, judgments, k)) / static_cast<double>(k);
}

double recall_at(const Ranking& ranking, const Judgments& judgments, std::size_t k) {
  const std::size_t r = relevant_count(judgments);
  if (r == 0) return 0;
  return static_cast<double>(relevant_in_first(ranking, judgments, k)) / static_cast<double>(r);
}

double ndcg_at(const Ranking& ranking, const Judgments& judgments, std::size_t k) {
  std::vector<double> ideal;
  for (const auto& [id, gain] : judgments)
    if (gain > 0) ideal.push_back(gain);
  std::sort(ideal.begin(), ideal.end(), std::greater<>());
  if (ideal.size() > k) ideal.resize(k);
  const double best = dcg(ideal);
  return best > 0 ? dcg(gains(ranking, judgments, k)) / best : 0.0;
}

Scores score(const Ranking& ranking, const Judgments& judgments) {
  return {average_precision(ranking, judgments), ndcg_at(ranking, judgments, 10),
          precision_at(ranking, judgments, 10), recall_at(ranking, judgments, 100)};
}

void ScoreMeans::add(const Scores& s) {
  sums_.ap += s.ap;
  sums_.ndcg10 += s.ndcg10;
  sums_.p10 += s.p10;
  sums_.r100 += s.r100;
  ++queries_;
}

Scores ScoreMeans::means() const {
  if (queries_ == 0) return {};
  const auto n = static_cast<double>(queries_);
  return {sums_.ap / n, sums_.ndcg10 / n, sums_.p10 / n, sums_.r100 / n};
}

}  // namespace dateline::eval
