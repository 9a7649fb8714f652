#include "evaluation.h"

#include <fmt/format.h>

#include <chrono>
#include <fstream>

namespace dateline::eval {

namespace fs = std::filesystem;

namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::string lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

// trec_eval's formats, so that `--work DIR` leaves every ranking for a second opinion:
//   qrels.txt: 1 0 184 3        run.txt: 1 Q0 184 1 1000 dateline
void write_qrels(const Collection& collection, const fs::path& file) {
  fs::create_directories(file.parent_path());
  std::ofstream out(file);
  for (const auto& [query, judgments] : collection.judgments)
    for (const auto& [doc, gain] : judgments) out << fmt::format("{} 0 {} {}\n", query, doc, gain);
}

void write_run(std::ofstream& out, const std::string& query, const Ranking& ranking,
               const std::string& tag) {
  // trec_eval orders by score, not by rank: the score falls with the rank.
  for (std::size_t i = 0; i < ranking.size(); ++i)
    out << fmt::format("{} Q0 {} {} {} {}\n", query, ranking[i], i + 1, ranking.size() - i, tag);
}

}  // namespace

CollectionRun evaluate(const Collection& collection, const std::vector<SearchSystem*>& systems,
                       const fs::path& work_dir, std::size_t depth) {
  CollectionRun run;
  run.collection = collection.name;
  run.documents = collection.documents.size();
  run.empty_documents = collection.empty_documents;
  run.gains = collection.gains;
  std::vector<const EvalQuery*> judged;
  for (const auto& q : collection.queries) {
    const auto j = collection.judgments.find(q.id);
    const std::size_t r = j == collection.judgments.end() ? 0 : relevant_count(j->second);
    if (r == 0) {
      ++run.unjudged;  // no ranking can score on it: it would only dilute every system alike
      continue;
    }
    judged.push_back(&q);
    run.relevant += r;
  }
  run.queries = judged.size();
  write_qrels(collection, work_dir / lower(collection.name) / "qrels.txt");

  for (SearchSystem* system : systems) {
    SystemRun s;
    s.system = system->name();
    const fs::path dir = work_dir / lower(collection.name) / lower(system->name());
    fs::remove_all(dir);
    fs::create_directories(dir);

    auto start = std::chrono::steady_clock::now();
    system->index(collection, dir);
    s.index_seconds = seconds_since(start);

    ScoreMeans means;
    std::ofstream trec_run(dir / "run.txt");
    start = std::chrono::steady_clock::now();
    for (const EvalQuery* q : judged) {
      const auto query_start = std::chrono::steady_clock::now();
      const SearchOutcome outcome = system->search(q->text, depth);
      s.query_seconds.push_back(seconds_since(query_start));
      if (outcome.rejected) {
        ++s.rejected;
        if (s.first_rejection.empty()) s.first_rejection = "'" + q->text + "': " + outcome.message;
      }
      if (outcome.ranking.empty()) ++s.zero_results;
      s.per_query.push_back(score(outcome.ranking, collection.judgments.at(q->id)));
      means.add(s.per_query.back());
      write_run(trec_run, q->id, outcome.ranking, s.system);
    }
    s.search_seconds = seconds_since(start);
    s.means = means.means();
    run.systems.push_back(std::move(s));
  }
  return run;
}

}  // namespace dateline::eval
