#include "report.h"

#include <fmt/format.h>

namespace dateline::eval {

namespace {

// Macro average: every collection counts once, whatever its number of queries, so NPL's 93 do
// not outweigh MED's 30 (the rows then compare like with like across systems).
std::vector<SystemRun> averages(const std::vector<CollectionRun>& runs, std::size_t& queries) {
  std::vector<SystemRun> out;
  queries = 0;
  if (runs.empty()) return out;
  out.resize(runs.front().systems.size());
  for (const auto& run : runs) {
    queries += run.queries;
    for (std::size_t i = 0; i < out.size() && i < run.systems.size(); ++i) {
      const SystemRun& s = run.systems[i];
      SystemRun& a = out[i];
      a.system = s.system;
      a.means.ap += s.means.ap;
      a.means.ndcg10 += s.means.ndcg10;
      a.means.p10 += s.means.p10;
      a.means.r100 += s.means.r100;
      a.zero_results += s.zero_results;
      a.rejected += s.rejected;
      a.index_seconds += s.index_seconds;
      a.search_seconds += s.search_seconds;
    }
  }
  const auto n = static_cast<double>(runs.size());
  for (auto& a : out) {
    a.means.ap /= n;
    a.means.ndcg10 /= n;
    a.means.p10 /= n;
    a.means.r100 /= n;
  }
  return out;
}

std::string header() {
  return fmt::format("  {:<10} {:>6} {:>8} {:>6} {:>6} {:>11} {:>8} {:>9}\n", "system", "MAP",
                     "nDCG@10", "P@10", "R@100", "no results", "index s", "search s");
}

std::string row(const SystemRun& s, std::size_t queries) {
  return fmt::format("  {:<10} {:>6.4f} {:>8.4f} {:>6.4f} {:>6.4f} {:>11} {:>8.1f} {:>9.1f}\n",
                     s.system, s.means.ap, s.means.ndcg10, s.means.p10, s.means.r100,
                     fmt::format("{}/{}", s.zero_results, queries), s.index_seconds,
                     s.search_seconds);
}

}  // namespace

std::string format_report(const std::vector<CollectionRun>& runs, std::size_t depth) {
  std::string out;
  for (const auto& run : runs) {
    out += fmt::format("{}: {} documents", run.collection, run.documents);
    if (run.empty_documents > 0)
      out += fmt::format(" ({} empty ones left out)", run.empty_documents);
    out += fmt::format(", {} judged queries", run.queries);
    if (run.unjudged > 0)
      out += fmt::format(" ({} without a relevant document left out)", run.unjudged);
    out += fmt::format(", {} relevant judgments; {}\n", run.relevant, run.gains);
    out += header();
    for (const auto& s : run.systems) out += row(s, run.queries);
    for (const auto& s : run.systems)
      if (s.rejected > 0)
        out += fmt::format("  {} refused {} queries (counted as no results), e.g. {}\n", s.system,
                           s.rejected, s.first_rejection);
    out += '\n';
  }
  std::size_t queries = 0;
  const auto avg = averages(runs, queries);
  out += fmt::format(
      "Average over the {} collections (each counts once; no results and seconds summed)\n",
      runs.size());
  out += header();
  for (const auto& a : avg) out += row(a, queries);
  out += fmt::format(
      "\nRankings {} deep; MAP over those, nDCG@10 with linear gains and log2(rank + 1) "
      "discounts.\n",
      depth);
  return out;
}

std::string format_markdown(const std::vector<CollectionRun>& runs) {
  std::string out =
      "| collection | system | MAP | nDCG@10 | P@10 | R@100 | queries with no results |\n";
  out += "| --- | --- | ---: | ---: | ---: | ---: | ---: |\n";
  auto line = [&out](const std::string& collection, const SystemRun& s, std::size_t queries) {
    out += fmt::format("| {} | {} | {:.4f} | {:.4f} | {:.4f} | {:.4f} | {}/{} |\n", collection,
                       s.system, s.means.ap, s.means.ndcg10, s.means.p10, s.means.r100,
                       s.zero_results, queries);
  };
  for (const auto& run : runs)
    for (const auto& s : run.systems) line(run.collection, s, run.queries);
  std::size_t queries = 0;
  for (const auto& a : averages(runs, queries)) line("average", a, queries);
  return out;
}

}  // namespace dateline::eval
