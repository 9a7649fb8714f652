// dateline-eval: CRAN, MED and NPL through dateline (the built programs, default settings),
// SQLite FTS5 and plain Xapian; prints MAP, nDCG@10, P@10 and R@100 side by side. A measurement,
// not a test: bench/eval/run-eval.sh builds first and runs it.
//
//   build/bench/eval/dateline-eval [--indexer PATH] [--searcher PATH] [--depth N] [--markdown]
//                                  [--only cran,med,npl] [--work DIR] [EVAL_DIR]
#include <fmt/format.h>
#include <unistd.h>
#include <xapian.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "collection.h"
#include "dateline_system.h"
#include "evaluation.h"
#include "fts5_system.h"
#include "report.h"
#include "xapian_system.h"

namespace fs = std::filesystem;
using namespace dateline::eval;

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
    DatelineSystem dateline(indexer, searcher);
    Fts5System fts5;
    XapianSystem xapian;
    const std::vector<SearchSystem*> systems{&dateline, &fts5, &xapian};

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
    const std::string report = format_report(runs, depth);
    std::fwrite(report.data(), 1, report.size(), stdout);
    if (markdown) {
      const std::string table = "\n" + format_markdown(runs);
      std::fwrite(table.data(), 1, table.size(), stdout);
    }
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
