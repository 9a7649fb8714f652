// Relevance metrics of one ranked list against one query's judgments, shared by every system the
// evaluation compares, so that a difference in the table is the systems' and never the
// arithmetic's. Textbook definitions (Manning, Raghavan & Schütze, ch. 8; nDCG as in Järvelin &
// Kekäläinen 2002, with linear gains and a log2(rank + 1) discount).
#pragma once

#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

namespace dateline::eval {

// Document ids, best first.
using Ranking = std::vector<std::string>;

// One query's judged documents and their gains; a gain above 0 is relevant. A document not
// listed is not relevant.
using Judgments = std::unordered_map<std::string, double>;

// Relevant documents among the judgments (R).
std::size_t relevant_count(const Judgments& judgments);

// The mean of precision at the rank of each relevant document retrieved, over all R relevant
// documents (those never retrieved count 0). 0 when R is 0.
double average_precision(const Ranking& ranking, const Judgments& judgments);

// Relevant documents in the first k, divided by k even when fewer than k were retrieved.
double precision_at(const Ranking& ranking, const Judgments& judgments, std::size_t k);

// Relevant documents in the first k, divided by R. 0 when R is 0.
double recall_at(const Ranking& ranking, const Judgments& judgments, std::size_t k);

// DCG of the first k (gain / log2(rank + 1)) over the DCG of the best possible first k drawn from
// all the judgments. 0 when R is 0.
double ndcg_at(const Ranking& ranking, const Judgments& judgments, std::size_t k);

// The four figures the evaluation reports for one query (or their means over queries).
struct Scores {
  double ap = 0;
  double ndcg10 = 0;
  double p10 = 0;
  double r100 = 0;
};

Scores score(const Ranking& ranking, const Judgments& judgments);

// Means over the queries added; a query with an empty ranking counts 0 on every figure.
class ScoreMeans {
 public:
  void add(const Scores& s);
  Scores means() const;
  std::size_t queries() const { return queries_; }

 private:
  Scores sums_;
  std::size_t queries_ = 0;
};

}  // namespace dateline::eval
