#include "dateline_system.h"

#include <fmt/format.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "subprocess.h"

namespace dateline::eval {

namespace fs = std::filesystem;

namespace {

// The last line of the program's stderr: dateline-index's summary, or the error that stopped it.
std::string last_line(std::string text) {
  while (!text.empty() && text.back() == '\n') text.pop_back();
  const auto newline = text.rfind('\n');
  return newline == std::string::npos ? text : text.substr(newline + 1);
}

}  // namespace

void write_jsonl(const Collection& collection, const fs::path& file) {
  std::ofstream out(file, std::ios::binary);
  for (const auto& d : collection.documents) {
    nlohmann::ordered_json j{{"id", d.id}};
    if (!d.title.empty()) j["title"] = d.title;
    j["body"] = d.body;
    out << j.dump() << '\n';
  }
  if (!out.flush()) throw std::runtime_error(fmt::format("{}: cannot write", file.string()));
}

void DatelineSystem::index(const Collection& collection, const fs::path& work_dir) {
  const fs::path jsonl = work_dir / (collection.name + ".jsonl");
  write_jsonl(collection, jsonl);
  db_ = work_dir / "db";
  // The collections are not news and carry no dates: one fixed date keeps the indexer from
  // looking for dates in the text (a date the text mentions is not when it was written).
  const auto r =
      run_process({indexer_.string(), "--db", db_.string(), "--format", "jsonl", "--date",
                   "2000-01-01", "--progress", "none", "--quiet", jsonl.string()});
  if (r.exit_code != 0)
    throw std::runtime_error(
        fmt::format("{} exited with {}: {}", indexer_.string(), r.exit_code, last_line(r.err)));
}

SearchOutcome DatelineSystem::search(const std::string& query, std::size_t depth) {
  const auto r = run_process({searcher_.string(), "--db", db_.string(), "--limit",
                              std::to_string(depth), "--json", "--", query});
  SearchOutcome outcome;
  if (r.exit_code == 2) {  // the query parser refused it: the reader gets nothing
    outcome.rejected = true;
    outcome.message = last_line(r.err);
    return outcome;
  }
  if (r.exit_code != 0)
    throw std::runtime_error(fmt::format("{} exited with {} on '{}': {}", searcher_.string(),
                                         r.exit_code, query, last_line(r.err)));
  const auto j = nlohmann::json::parse(r.out);
  for (const auto& hit : j.at("hits")) outcome.ranking.push_back(hit.at("id").get<std::string>());
  return outcome;
}

}  // namespace dateline::eval
