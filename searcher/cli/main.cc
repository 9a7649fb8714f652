// dateline-search: parse arguments, call the search core, render, map failures to exit codes.
#include <unistd.h>
#include <xapian.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <cstdlib>
#include <ctime>

#include "cli_options.h"
#include "db_path.h"
#include "errors.h"
#include "exit_codes.h"
#include "render_csv.h"
#include "render_json.h"
#include "render_text.h"
#include "searcher.h"
#include "version.h"

namespace {

constexpr const char* footer = R"(
Query syntax: words are ANDed (case and accents never matter); "a phrase" (exact);
+must -not; OR, NOT, AND, NEAR and parentheses; econom* (a wildcard);
fields title:, author:, place:, dateline:, country:, source:, topic:, lang:, id:;
dates date:1987, date:1987-03, date:1987-03-09, date:1987-03..1987-04 (either end may be
open: date:1987-03.., date:..1987-02); dates here and in --from/--to are years 1000 to 2999.
--recent counts back from now (or from $DATELINE_NOW, e.g. 2025-12-10T00:00:00Z, for tests):
36h, 7d, 2w, 3m (calendar months), 1y.
Start a query word with '-' inside quotes ('cocoa -brazil') or after '--'.

Exit codes:
  0  success (no hits is a success)
  1  runtime failure: missing, foreign or unreadable database, or none given (no --db,
     no DATELINE_DB and no HOME), or a shard that does not answer (see --allow-partial)
  2  usage error: bad option or query syntax
)";

}  // namespace

int main(int argc, char** argv) {
  namespace ec = dateline::exit_code;
  CLI::App app{"Search a dateline database of news articles.", "dateline-search"};
  app.footer(footer);
  app.set_version_flag("--version", dateline::version_text("dateline-search"),
                       "Print the version and exit");
  dateline::CliOptions options;
  dateline::SearchRequest& request = options.request;
  std::string db;
  bool json = false;
  bool explain = false;
  app.add_option(
      "--db", db,
      "Database to search (default: $DATELINE_DB, else " + dateline::default_db_path() + ")");
  app.add_option("--from", options.from, "Only articles dated on or after this day, month or year");
  app.add_option("--to", options.to, "Only articles dated on or before this day, month or year");
  app.add_option("--recent", options.recent,
                 "Only articles dated in this span before now: 36h, 7d, 2w, 3m, 1y")
      ->type_name("SPAN");
  app.add_option("--place", request.places,
                 "Only articles at this place (repeat for any of several)");
  app.add_option("--sort", options.sort, "Order of hits")
      ->check(CLI::IsMember({"relevance", "date"}));
  app.add_option("--limit", request.limit, "Hits to show (0-1000; 0 for counts and facets only)")
      ->check(CLI::Range(0, 1000));
  app.add_option("--offset", request.offset, "Hits to skip, for paging")
      ->check(CLI::Range(0, 100000));
  app.add_option("--recency", options.recency,
                 "Blend relevance with freshness: a half-life such as 30d (off by default)");
  app.add_flag("--all", request.all,
               "Show every copy of a republished story (collapsed into one hit by default)");
  app.add_option("--like", request.like, "Articles like the one with this id (more like this)");
  app.add_flag("--facets", request.facets, "Count places, countries and dates over all matches");
  app.add_option(
         "--date-facet", options.date_facet,
         "Date facets by year, month or day (auto: the finest that suits the matches' span)")
      ->check(CLI::IsMember({"auto", "year", "month", "day"}));
  app.add_option("--language", request.language, "Stemming language of the query (default en)");
  app.add_option("--weighting", options.weighting,
                 "Ranking formula: bm25 (the default), bm25+, dph, dlh, pl2+ or lm")
      ->check(CLI::IsMember(dateline::weighting_names()));
  app.add_flag("--proximity", request.proximity,
               "Rank higher where two adjacent query words that look like one name stand side "
               "by side (off by default)");
  auto* no_expand =
      app.add_flag("--no-expand", options.no_expand,
                   "Rank by the query's words alone: no terms from the first hits (feedback)");
  app.add_option("--expand-docs", request.expansion.docs,
                 "Feedback: first stories whose terms rank a plain query's matches")
      ->check(CLI::Range(1u, dateline::max_expansion_docs))
      ->capture_default_str()
      ->excludes(no_expand);
  app.add_option("--expand-terms", request.expansion.terms, "Feedback: terms taken from them")
      ->check(CLI::Range(1u, dateline::max_expansion_terms))
      ->capture_default_str()
      ->excludes(no_expand);
  app.add_option("--expand-weight", request.expansion.weight,
                 "Feedback: the added terms' weight together, per word of the query")
      ->check(CLI::Range(0.0, dateline::max_expansion_weight))
      ->capture_default_str()
      ->excludes(no_expand);
  std::string format = "text";
  app.add_option("--format", format,
                 "Output: text (for a terminal), json (one object, schema in README.md) or csv "
                 "(one row per hit, for a spreadsheet)")
      ->check(CLI::IsMember({"text", "json", "csv"}));
  app.add_flag("--json", json, "Print one JSON object: --format json");
  std::string show;
  app.add_option("--show", show,
                 "Print the whole article with this id (its text, places, topics, copies); "
                 "QUERY words, if any, are marked in it")
      ->type_name("ID");
  app.add_option("--color", options.color, "Bold matches on a terminal")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  app.add_flag("--explain", explain, "Print the parsed query to stderr");
  dateline::ShardOptions shards;
  app.add_flag("--allow-partial", shards.allow_partial,
               "On shards (a stub file as --db): search those that answer when some do not, "
               "and say which are missing");
  app.add_option("QUERY", options.words, "Query words");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int rc = app.exit(e);
    return rc == 0 ? ec::ok : ec::usage;
  }
  const auto configured = dateline::configured_db_path(db);
  if (!configured) {
    std::fprintf(stderr,
                 "dateline-search: no database: give --db PATH or set DATELINE_DB (without an "
                 "absolute HOME there is no default, and none relative to this folder)\n");
    return ec::failure;
  }
  const std::string& db_path = *configured;
  const dateline::CliEnvironment env{std::getenv("DATELINE_NOW"), std::getenv("NO_COLOR"),
                                     std::getenv("TERM"), isatty(STDOUT_FILENO) != 0,
                                     static_cast<std::int64_t>(std::time(nullptr))};

  if (json) {
    if (app.count("--format") > 0 && format != "json") {
      std::fprintf(stderr, "dateline-search: --json and --format %s ask for two outputs\n",
                   format.c_str());
      return ec::usage;
    }
    format = "json";
  }
  try {
    dateline::SearchRequest asked = dateline::search_request(options, env);
    asked.snippets = format != "csv";  // a spreadsheet row has no passage: none is made
    dateline::Searcher searcher(db_path, shards);
    if (!show.empty()) {
      if (format == "csv") throw dateline::UsageError("--show prints one article: text or json");
      const auto article = searcher.article(show, asked.query);
      if (!article) {
        std::fprintf(stderr, "dateline-search: no article has the id '%s'\n", show.c_str());
        return ec::failure;
      }
      const std::string out =
          format == "json"
              ? dateline::render_article_json(*article)
              : dateline::render_article_text(*article, {dateline::use_color(options.color, env)});
      std::fwrite(out.data(), 1, out.size(), stdout);
      return std::fflush(stdout) == 0 ? ec::ok : ec::failure;
    }
    const dateline::Results results = searcher.search(asked);
    if (explain) std::fprintf(stderr, "dateline-search: %s\n", results.query_description.c_str());
    const bool expansion_asked =
        app.count("--expand-docs") + app.count("--expand-terms") + app.count("--expand-weight") > 0;
    if (expansion_asked && results.expansion.empty() && asked.expansion.weight > 0)
      std::fprintf(stderr,
                   "dateline-search: note: --expand-* not applied: feedback ranks only the "
                   "matches of plain words sorted by relevance (no quotes, operators, fields, "
                   "wildcards, --like or --sort date)\n");
    const std::string out =
        format == "json" ? dateline::render_json(results, asked)
        : format == "csv"
            ? dateline::render_csv(results)
            : dateline::render_text(results, asked, {dateline::use_color(options.color, env)});
    std::fwrite(out.data(), 1, out.size(), stdout);
    return std::fflush(stdout) == 0 ? ec::ok : ec::failure;
  } catch (const dateline::UsageError& e) {
    std::fprintf(stderr, "dateline-search: %s\n", e.what());
    return ec::usage;
  } catch (const dateline::DatabaseError& e) {
    std::fprintf(stderr, "dateline-search: %s\n", e.what());
    return ec::failure;
  } catch (const Xapian::Error& e) {
    std::fprintf(stderr, "dateline-search: %s: %s\n", db_path.c_str(), e.get_description().c_str());
    return ec::failure;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "dateline-search: %s\n", e.what());
    return ec::failure;
  }
}
