// bench/eval/metrics.h: the figures of the evaluation table, against examples computed by hand.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "metrics.h"
#include "significance.h"

using namespace dateline::eval;

namespace {

Ranking numbered(int from, int to) {
  Ranking r;
  for (int i = from; i <= to; ++i) r.push_back("d" + std::to_string(i));
  return r;
}

}  // namespace

TEST_SUITE("bench") {
  TEST_CASE("a graded ranking scores as computed by hand") {
    // Ranking d1 ... d12. Relevant: d1 (gain 3) at rank 1, d3 (gain 1) at 3, d6 (gain 2) at 6,
    // d11 (gain 1) at 11, and d20 (gain 2), never retrieved; d2 is judged, not relevant. R = 5.
    //
    // AP      = (P@1 + P@3 + P@6 + P@11) / R = (1 + 2/3 + 3/6 + 4/11) / 5
    //         = (1 + 0.666667 + 0.5 + 0.363636) / 5 = 2.530303 / 5 = 0.506061
    // P@10    = 3 relevant in the first ten (d1, d3, d6) / 10 = 0.3
    // R@100   = 4 of the 5 relevant retrieved = 0.8
    // DCG@10  = 3/log2(2) + 1/log2(4) + 2/log2(7) = 3 + 0.5 + 2/2.807355 = 4.212414
    // IDCG@10 = gains 3, 2, 2, 1, 1 in order: 3/log2(2) + 2/log2(3) + 2/log2(4) + 1/log2(5)
    //           + 1/log2(6) = 3 + 1.261860 + 1 + 0.430677 + 0.386853 = 6.079390
    // nDCG@10 = 4.212414 / 6.079390 = 0.692901
    const Ranking ranking = numbered(1, 12);
    const Judgments judgments{{"d1", 3}, {"d2", 0}, {"d3", 1}, {"d6", 2}, {"d11", 1}, {"d20", 2}};
    CHECK(relevant_count(judgments) == 5);
    CHECK(average_precision(ranking, judgments) == doctest::Approx(0.506061).epsilon(1e-5));
    CHECK(precision_at(ranking, judgments, 10) == doctest::Approx(0.3));
    CHECK(recall_at(ranking, judgments, 100) == doctest::Approx(0.8));
    CHECK(ndcg_at(ranking, judgments, 10) == doctest::Approx(0.692901).epsilon(1e-5));

    const Scores s = score(ranking, judgments);
    CHECK(s.ap == doctest::Approx(0.506061).epsilon(1e-5));
    CHECK(s.ndcg10 == doctest::Approx(0.692901).epsilon(1e-5));
    CHECK(s.p10 == doctest::Approx(0.3));
    CHECK(s.r100 == doctest::Approx(0.8));
  }

  TEST_CASE("a query that returned nothing scores 0 on every figure") {
    const Scores s = score({}, Judgments{{"d1", 1}});
    CHECK(s.ap == 0);
    CHECK(s.ndcg10 == 0);
    CHECK(s.p10 == 0);
    CHECK(s.r100 == 0);
  }

  TEST_CASE("precision at 10 divides by 10 even when fewer were retrieved") {
    // One hit, the only relevant document: perfect except P@10 = 1/10.
    const Scores s = score({"d1"}, Judgments{{"d1", 1}});
    CHECK(s.ap == doctest::Approx(1.0));
    CHECK(s.ndcg10 == doctest::Approx(1.0));
    CHECK(s.p10 == doctest::Approx(0.1));
    CHECK(s.r100 == doctest::Approx(1.0));
  }

  TEST_CASE("a relevant document retrieved twice counts once") {
    // d1 d1 d2, relevant d1 and d9: AP = (1/1) / 2 = 0.5, not (1 + 2/2) / 2.
    const Ranking ranking{"d1", "d1", "d2"};
    const Judgments judgments{{"d1", 1}, {"d9", 1}};
    CHECK(average_precision(ranking, judgments) == doctest::Approx(0.5));
    CHECK(precision_at(ranking, judgments, 10) == doctest::Approx(0.1));
    CHECK(recall_at(ranking, judgments, 100) == doctest::Approx(0.5));
  }

  TEST_CASE("relevant documents past rank 100 count in AP but not in recall at 100") {
    // d1 ... d150; relevant d1 and d150. AP = (1/1 + 2/150) / 2 = 0.506667; R@100 = 1/2.
    const Ranking ranking = numbered(1, 150);
    const Judgments judgments{{"d1", 1}, {"d150", 1}};
    CHECK(average_precision(ranking, judgments) == doctest::Approx(0.506667).epsilon(1e-5));
    CHECK(recall_at(ranking, judgments, 100) == doctest::Approx(0.5));
    // DCG@10 = 1; IDCG@10 = 1 + 1/log2(3) = 1.630930; nDCG@10 = 0.613147
    CHECK(ndcg_at(ranking, judgments, 10) == doctest::Approx(0.613147).epsilon(1e-5));
  }

  TEST_CASE("the ideal ranking has nDCG 1 and a reversed graded one less") {
    const Judgments judgments{{"a", 4}, {"b", 2}, {"c", 1}};
    CHECK(ndcg_at({"a", "b", "c"}, judgments, 10) == doctest::Approx(1.0));
    // DCG = 1 + 2/log2(3) + 4/log2(4) = 1 + 1.261860 + 2 = 4.261860
    // IDCG = 4 + 2/log2(3) + 1/log2(4) = 4 + 1.261860 + 0.5 = 5.761860; nDCG = 0.739667
    CHECK(ndcg_at({"c", "b", "a"}, judgments, 10) == doctest::Approx(0.739667).epsilon(1e-5));
  }

  TEST_CASE("means are over every query added, the empty ones included") {
    ScoreMeans means;
    means.add(score({"d1"}, Judgments{{"d1", 1}}));  // AP 1, nDCG 1, P@10 0.1, R@100 1
    means.add(score({}, Judgments{{"d1", 1}}));      // all 0
    CHECK(means.queries() == 2);
    const Scores m = means.means();
    CHECK(m.ap == doctest::Approx(0.5));
    CHECK(m.ndcg10 == doctest::Approx(0.5));
    CHECK(m.p10 == doctest::Approx(0.05));
    CHECK(m.r100 == doctest::Approx(0.5));
  }

  TEST_CASE("the randomisation test's p-value matches the exact permutation distribution") {
    // Five queries, each +1: of the 2^5 sign assignments only "all +" and "all -" reach a
    // mean of magnitude 1, so the exact two-sided p is 2/32 = 0.0625; 20,000 random trials
    // land within 0.01 of it.
    const std::vector<Differences> five{{1, 1, 1, 1, 1}};
    CHECK(macro_mean(five) == doctest::Approx(1.0));
    CHECK(randomisation_p(five, 20000) == doctest::Approx(0.0625).epsilon(0.16));
    // Twelve queries each +1: exact p 2/4096, under 0.001.
    const std::vector<Differences> twelve{std::vector<double>(12, 1.0)};
    CHECK(randomisation_p(twelve, 20000) < 0.002);
    // No difference at all, or differences that cancel: nothing to see.
    CHECK(randomisation_p({{0, 0, 0}}) == 1.0);
    CHECK(randomisation_p({{1, -1}}) == doctest::Approx(1.0));
  }

  TEST_CASE("the statistic is a macro average: each collection counts once") {
    // Collection means 2 and 0, whatever their sizes; an empty collection is skipped.
    CHECK(macro_mean({{1, 3}, {0, 0, 0, 0}, {}}) == doctest::Approx(1.0));
    CHECK(macro_mean({}) == 0.0);
  }
}
