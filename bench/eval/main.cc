// dateline-eval: CRAN, MED and NPL through dateline (the built programs, default settings),
// dateline as it ranked before feedback (dateline-plain: BM25, --no-expand), SQLite FTS5 and
// plain Xapian; prints MAP, nDCG@10, P@10 and R@100 side by side, each of dateline's
// differences with its p-value, and the latency per query. A measurement, not a test:
// bench/eval/run-eval.sh builds first and runs it.
//
//   build/bench/eval/dateline-eval [--indexer PATH] [--searcher PATH] [--depth N] [--markdown]
//                                  [--only cran,med,npl] [--work DIR] [--tried]
//                                  [--variant 'NAME=OPTIONS' ...] [EVAL_DIR]
#include <fmt/format.h>
#include <unistd.h>
#include <xapian.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "collection.h"
#include "comparison.h"
#include "dateline_system.h"
#include "evaluation.h"
#include "fts5_system.h"
#include "report.h"
#include "xapian_system.h"

namespace fs = std::filesystem;
using namespace dateline::eval;

namespace {

std::vector<std::string> split_words(const std::string& text) {
  std::vector<std::string> out;
  std::string word;
  for (char c : text) {
    if (c == ' ') {
      if (!word.empty()) out.push_back(word);
      word.clear();
    } else {
      word += c;
    }
  }
  if (!word.empty()) out.push_back(word);
  return out;
}

// What README "Ranking" reports as tried: each of Xapian's weighting schemes without and with
// feedback, and the feedback's settings around the defaults.
std::vector<std::pair<std::string, std::string>> tried_variants() {
  std::vector<std::pair<std::string, std::string>> out;
  for (const std::string w : {"bm25+", "dph", "dlh", "pl2+", "lm"}) {
    out.emplace_back("dateline-" + w, "--weighting " + w + " --no-expand");
    out.emplace_back("dateline-" + w + "-feedback", "--weighting " + w);
  }
  for (const std::string docs : {"3", "10"})
    out.emplace_back("dateline-docs-" + docs, "--expand-docs " + docs);
  for (const std::string terms : {"20", "80"})
    out.emplace_back("dateline-terms-" + terms, "--expand-terms " + terms);
  for (const std::string weight : {"0.5", "2"})
    out.emplace_back("dateline-weight-" + weight, "--expand-weight " + weight);
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Evaluate dateline, SQLite FTS5 and plain Xapian on judged collections.",
               "dateline-eval"};
  std::string indexer = DATELINE_INDEX_PROGRAM;
  std::string searcher = DATELINE_SEARCH_PROGRAM;
  std::string eval_dir = DATELINE_SHARED_EVAL;
  std::vector<std::string> only{"cran", "med", "npl"};
  std::string work;
  std::size_t depth = 1000;
  bool markdown = false;
  app.add_option("--indexer", indexer, "dateline-index to run")->capture_default_str();
  app.add_option("--searcher", searcher, "dateline-search to run")->capture_default_str();
  app.add_option("--depth", depth, "Hits per query (dateline-search takes at most 1000)")
      ->check(CLI::Range(100, 1000))
      ->capture_default_str();
  app.add_option("--only", only, "Collections to run, comma-separated")
      ->delimiter(',')
      ->check(CLI::IsMember({"cran", "med", "npl"}))
      ->capture_default_str();
  app.add_option("--work", work,
                 "Keep the indexes, qrels and rankings (trec_eval's formats) in this folder "
                 "(default: a temporary one, removed)");
  app.add_flag("--markdown", markdown, "Also print the figures as one Markdown table");
  bool tried = false;
  app.add_flag("--tried", tried,
               "Also run every ranking variant README \"Ranking\" reports (weightings, "
               "feedback settings): some ten minutes more");
  std::vector<std::string> variant_specs;
  app.add_option("--variant", variant_specs,
                 "Also run dateline-search with these options, as NAME=OPTIONS "
                 "('dph=--weighting dph'); repeat for several")
      ->allow_extra_args(false);
  app.add_option("EVAL_DIR", eval_dir, "Folder of cran/, med/ and npl/")->capture_default_str();
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;  // the project's usage exit code, not CLI11's
  }

  const auto started = std::chrono::steady_clock::now();
  fs::path work_dir = work;
  bool remove_work = false;
  try {
    if (work_dir.empty()) {
      std::string tmpl = (fs::temp_directory_path() / "dateline-eval-XXXXXX").string();
      if (mkdtemp(tmpl.data()) == nullptr)
        throw std::runtime_error("cannot create a temporary folder");
      work_dir = tmpl;
      remove_work = true;
    }
    DatelineSystem dateline("dateline", indexer, searcher);
    DatelineSystem plain("dateline-plain", indexer, searcher,
                         {"--weighting", "bm25", "--no-expand"}, &dateline);
    Fts5System fts5;
    XapianSystem xapian;
    std::vector<SearchSystem*> systems{&dateline, &plain, &fts5, &xapian};
    std::vector<std::pair<std::string, std::string>> variants;
    if (tried) variants = tried_variants();
    for (const auto& spec : variant_specs) {
      const auto eq = spec.find('=');
      if (eq == std::string::npos || eq == 0)
        throw std::runtime_error(fmt::format("--variant '{}': give NAME=OPTIONS", spec));
      variants.emplace_back("dateline-" + spec.substr(0, eq), spec.substr(eq + 1));
    }
    std::vector<std::unique_ptr<DatelineSystem>> variant_systems;
    for (const auto& [name, options] : variants) {
      variant_systems.push_back(std::make_unique<DatelineSystem>(name, indexer, searcher,
                                                                 split_words(options), &dateline));
      systems.push_back(variant_systems.back().get());
    }

    std::vector<CollectionRun> runs;
    for (const std::string name : {"cran", "med", "npl"}) {
      if (std::find(only.begin(), only.end(), name) == only.end()) continue;
      const fs::path dir = fs::path(eval_dir) / name;
      const Collection c = name == "cran"  ? read_cran(dir)
                           : name == "med" ? read_med(dir)
                                           : read_npl(dir);
      std::fprintf(stderr, "dateline-eval: %s: %zu documents, %zu queries\n", c.name.c_str(),
                   c.documents.size(), c.queries.size());
      runs.push_back(evaluate(c, systems, work_dir, depth));
    }
    std::string report = format_report(runs, depth);
    report +=
        "\n" + format_comparisons(runs, "dateline", {"FTS5", "Xapian", "dateline-plain"}, false);
    if (!variants.empty())
      report += "\n" + format_variants(runs, "dateline", "dateline-plain", false);
    report += "\n" + format_latency(runs, "dateline-plain");
    for (const auto& v : variant_systems) {
      std::string options;
      for (const auto& o : v->options()) options += " " + o;
      report += fmt::format("  {}:{}\n", v->name(), options);
    }
    if (markdown) {
      report += "\n" + format_markdown(runs);
      report += "\n" + format_comparisons(runs, "dateline", {"FTS5", "dateline-plain"}, true);
      if (!variants.empty())
        report += "\n" + format_variants(runs, "dateline", "dateline-plain", true);
    }
    std::fwrite(report.data(), 1, report.size(), stdout);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::printf("\nEvaluation took %.1f s.\n", seconds);
    if (remove_work) fs::remove_all(work_dir);
    return std::fflush(stdout) == 0 ? 0 : 1;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "dateline-eval: %s\n", e.what());
  } catch (const Xapian::Error& e) {
    std::fprintf(stderr, "dateline-eval: %s\n", e.get_description().c_str());
  }
  if (remove_work) fs::remove_all(work_dir);
  return 1;
}
