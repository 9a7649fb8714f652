// dateline-search: parse arguments, call the search core, render, map failures to exit codes.
#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <unistd.h>
#include <xapian.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>

#include "dates.h"
#include "db_path.h"
#include "errors.h"
#include "exit_codes.h"
#include "render_json.h"
#include "render_text.h"
#include "recency.h"
#include "searcher.h"

namespace {

constexpr const char* footer = R"(
Query syntax: words are ANDed; "a phrase"; +must -not; OR, NOT, AND and parentheses;
fields title:, author:, place:, dateline:, source:, topic:, lang:, id:; date ranges
date:1987-03-01..1987-03-31 (days, months such as 1987-03, or years; either end may be open).
--recent counts back from now (or from $DATELINE_NOW, e.g. 2025-12-10T00:00:00Z, for tests):
36h, 7d, 2w, 3m (calendar months), 1y.
Start a query word with '-' inside quotes ('cocoa -brazil') or after '--'.

Exit codes:
  0  success (no hits is a success)
  1  runtime failure: missing, foreign or unreadable database
  2  usage error: bad option or query syntax
)";

std::int32_t day_bound(const std::string& text, bool end, const char* option) {
  if (auto d = dateline::parse_day_bound(text, end)) return *d;
  throw dateline::UsageError(fmt::format("{} '{}': not a date (use 1987, 1987-03 or 1987-03-09)", option, text));
}

// Now, or $DATELINE_NOW when set: tests and reproducible reports pin the clock with it.
std::int64_t now_seconds() {
  const char* pinned = std::getenv("DATELINE_NOW");
  if (pinned == nullptr || *pinned == '\0') return static_cast<std::int64_t>(std::time(nullptr));
  if (auto d = dateline::parse_date(pinned)) return d->unix_seconds;
  throw dateline::UsageError(fmt::format("DATELINE_NOW '{}': not a date (use 2025-12-10T00:00:00Z)", pinned));
}

dateline::TimeWindow recent_window(const std::string& span) {
  const std::int64_t now = now_seconds();
  if (auto since = dateline::recent_since(span, now)) return {*since, now};
  throw dateline::UsageError(fmt::format("--recent '{}': not a span (use 36h, 7d, 2w, 3m or 1y)", span));
}

dateline::DateGranularity granularity(const std::string& name) {
  using G = dateline::DateGranularity;
  if (name == "year") return G::year;
  if (name == "month") return G::month;
  if (name == "day") return G::day;
  return G::automatic;
}

bool use_color(const std::string& mode) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && *no_color != '\0') return false;
  const char* term = std::getenv("TERM");
  return isatty(STDOUT_FILENO) != 0 && !(term != nullptr && std::string_view(term) == "dumb");
}

}  // namespace

int main(int argc, char** argv) {
  namespace ec = dateline::exit_code;
  CLI::App app{"Search a dateline database of news articles.", "dateline-search"};
  app.footer(footer);
  dateline::SearchRequest request;
  std::string db;
  std::string from;
  std::string to;
  std::string recent;
  std::string date_facet = "auto";
  std::string sort = "relevance";
  std::string color = "auto";
  std::vector<std::string> words;
  bool json = false;
  bool explain = false;
  app.add_option("--db", db, "Database to search (default: $DATELINE_DB, else " + dateline::default_db_path() + ")");
  app.add_option("--from", from, "Only articles dated on or after this day, month or year");
  app.add_option("--to", to, "Only articles dated on or before this day, month or year");
  app.add_option("--recent", recent, "Only articles dated in this span before now: 36h, 7d, 2w, 3m, 1y")
      ->type_name("SPAN");
  app.add_option("--place", request.places, "Only articles at this place (repeat for any of several)");
  app.add_option("--sort", sort, "Order of hits")->check(CLI::IsMember({"relevance", "date"}));
  app.add_option("--limit", request.limit, "Hits to show (0-1000; 0 for counts and facets only)")->check(CLI::Range(0, 1000));
  app.add_option("--offset", request.offset, "Hits to skip, for paging")->check(CLI::Range(0, 100000));
  std::string recency;
  app.add_option("--recency", recency, "Blend relevance with freshness: a half-life such as 30d (off by default)");
  app.add_flag("--all", request.all, "Show every copy of a republished story (collapsed into one hit by default)");
  app.add_option("--like", request.like, "Articles like the one with this id (more like this)");
  app.add_flag("--facets", request.facets, "Count places, countries and dates over all matches");
  app.add_option("--date-facet", date_facet,
                 "Date facets by year, month or day (auto: the finest that suits the matches' span)")
      ->check(CLI::IsMember({"auto", "year", "month", "day"}));
  app.add_option("--language", request.language, "Stemming language of the query (default en)");
  app.add_flag("--json", json, "Print one JSON object (schema in README.md)");
  app.add_option("--color", color, "Bold matches on a terminal")->check(CLI::IsMember({"auto", "always", "never"}));
  app.add_flag("--explain", explain, "Print the parsed query to stderr");
  app.add_option("QUERY", words, "Query words");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int rc = app.exit(e);
    return rc == 0 ? ec::ok : ec::usage;
  }
  for (const auto& w : words) request.query += (request.query.empty() ? "" : " ") + w;
  request.sort = sort == "date" ? dateline::SortOrder::date : dateline::SortOrder::relevance;
  const std::string db_path = dateline::resolve_db_path(db);

  try {
    if (!from.empty()) request.from = day_bound(from, false, "--from");
    if (!to.empty()) request.to = day_bound(to, true, "--to");
    if (!recent.empty()) request.recent = recent_window(recent);
    if (!recency.empty() && (request.recency_half_life = dateline::parse_half_life(recency, now_seconds())) == 0)
      throw dateline::UsageError("--recency '" + recency + "': give a half-life such as 12h, 30d, 2w, 6m or 1y");
    request.date_facet = granularity(date_facet);
    dateline::Searcher searcher(db_path);
    const dateline::Results results = searcher.search(request);
    if (explain) std::fprintf(stderr, "dateline-search: %s\n", results.query_description.c_str());
    const std::string out = json ? dateline::render_json(results, request)
                                 : dateline::render_text(results, request, {use_color(color), 100});
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
