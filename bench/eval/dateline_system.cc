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
  if (shared_ != nullptr) {  // evaluate() runs the systems in order: the shared one came first
    db_ = shared_->db_;
    return;
  }
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
  // CSV: the same ranking as --json, without the thousand snippets a reader's page would show.
  std::vector<std::string> argv{searcher_.string(),    "--db",     db_.string(), "--limit",
                                std::to_string(depth), "--format", "csv"};
  argv.insert(argv.end(), options_.begin(), options_.end());
  argv.insert(argv.end(), {"--", query});
  const auto r = run_process(argv);
  SearchOutcome outcome;
  if (r.exit_code == 2) {  // the query parser refused it: the reader gets nothing
    outcome.rejected = true;
    outcome.message = last_line(r.err);
    return outcome;
  }
  if (r.exit_code != 0)
    throw std::runtime_error(fmt::format("{} exited with {} on '{}': {}", searcher_.string(),
                                         r.exit_code, query, last_line(r.err)));
  // A row per hit after the header, its id the first field (ids hold no comma or quote); a
  // quoted field may hold line breaks, so rows are found outside quotes only.
  bool quoted = false;
  bool header = true;
  std::string id;
  bool in_id = true;
  for (const char c : r.out) {
    if (c == '"') quoted = !quoted;
    if (!quoted && c == '\n') {
      if (!header && !id.empty()) outcome.ranking.push_back(id);
      header = false;
      id.clear();
      in_id = true;
      continue;
    }
    if (!quoted && c == ',') in_id = false;
    if (in_id && c != '\r') id += c;
  }
  return outcome;
}

}  // namespace dateline::eval
